// TimexTense: cue words read from the lexicon (kTenseCue, kModal, kPastAux, kDeterminer, kInfinitive,
// kPossessive, kPresentBe),
// so another language supplies its own cues in its lexicon table.
#include "timex/TimexTense.h"

namespace lede::core::timex {

namespace {

constexpr size_t kWindow = 10; // tokens looked at on each side of the expression
constexpr size_t kAuxReach = 4; // how far an auxiliary may stand before the word it modifies

bool isBoundary(const TimexToken &t)
{
    return endsSentence(t);
}

bool hasClass(const TimexToken &t, uint32_t cls)
{
    return t.lex && (t.lex->classes & cls);
}

// An auxiliary of class `cls` shortly before token k in the same sentence ("will be paid", "had
// been scheduled").
bool auxiliaryBefore(const std::vector<TimexToken> &toks, size_t k, uint32_t cls, bool pluperfectOnly = false)
{
    for (size_t j = k; j > 0 && k - j < kAuxReach;) {
        --j;
        if (isBoundary(toks[j]))
            return false;
        if (hasClass(toks[j], cls) && (!pluperfectOnly || toks[j].lex->tense == -2))
            return true;
    }
    return false;
}

// "as soon as Tuesday", "as early as next month": the earliest possible time, which lies ahead.
bool earliestPossible(const std::vector<TimexToken> &toks, size_t first)
{
    return first >= 3 && hasClass(toks[first - 1], kAsWord) && hasClass(toks[first - 2], kSoonWord)
        && hasClass(toks[first - 3], kAsWord);
}

// A past auxiliary anywhere in the window around [first, end) within the sentence.
bool pastAuxiliaryInClause(const std::vector<TimexToken> &toks, size_t first, size_t end)
{
    for (size_t k = first; k > 0 && first - k < kWindow;) {
        --k;
        if (isBoundary(toks[k]))
            break;
        if (hasClass(toks[k], kPastAux))
            return true;
    }
    for (size_t k = end; k < toks.size() && k - end < kWindow && !isBoundary(toks[k]); ++k)
        if (hasClass(toks[k], kPastAux))
            return true;
    return false;
}

bool cueIs(const TimexToken &t, int cue)
{
    return hasClass(t, kTenseCue) && t.lex->tense == cue;
}

// A perfect "have" at k ("should have left"), not the "have to" of obligation ("will have to decide").
bool perfectAt(const std::vector<TimexToken> &toks, size_t k)
{
    return k < toks.size() && cueIs(toks[k], kCuePerfect) && !(k + 1 < toks.size() && hasClass(toks[k + 1], kInfinitive));
}

// A modal shortly before token k: Future ("will be released"), or Past when a perfect "have" stands
// between them ("should have been paid", "would have met"); Unknown without one.
Tense modalBefore(const std::vector<TimexToken> &toks, size_t k)
{
    bool perfect = false;
    for (size_t j = k; j > 0 && k - j < kAuxReach;) {
        --j;
        if (isBoundary(toks[j]))
            return Tense::Unknown;
        if (perfectAt(toks, j))
            perfect = true;
        if (hasClass(toks[j], kModal))
            return perfect ? Tense::Past : Tense::Future;
    }
    return Tense::Unknown;
}

// Whether token k begins a sentence, a quotation or a line.
bool startsSentence(const std::vector<TimexToken> &toks, size_t k)
{
    if (k == 0 || toks[k].lineBefore)
        return true;
    const TimexToken &p = toks[k - 1];
    return isBoundary(p) || (p.kind == TokKind::Punct && (p.ch == u'"' || p.ch == u'`' || p.ch == u'\u201c' || p.ch == u':'));
}

// "Ask me on Friday", "Call us Monday": a sentence opened by a verb with an object pronoun asks
// for something still to come; so does "let's" anywhere ("let's meet Friday").
bool requestAt(const std::vector<TimexToken> &toks, size_t k)
{
    const TimexToken &t = toks[k];
    if (cueIs(t, kCueLet))
        return k + 2 < toks.size() && toks[k + 1].kind == TokKind::Punct && (toks[k + 1].ch == u'\'' || toks[k + 1].ch == u'\u2019')
            && !toks[k + 1].spaceBefore && hasClass(toks[k + 2], kPossessive) && !toks[k + 2].spaceBefore;
    if (cueIs(t, kCueRequest))
        return true;
    return t.kind == TokKind::Word && startsSentence(toks, k) && k + 1 < toks.size() && cueIs(toks[k + 1], kCueObject)
        && !toks[k + 1].capitalized && !hasClass(t, kTenseCue | kDeterminer);
}

// The tense a cue word at k gives, or Unknown when it is not one. A past form after a modal is future
// ("will be released"); a future cue after a past auxiliary is past ("had been scheduled", "was due").
Tense cueAt(const std::vector<TimexToken> &toks, size_t k)
{
    const TimexToken &t = toks[k];
    if (hasClass(t, kTenseCue) && t.lex->tense > kCueFuture) // clause shapers, read by requestAt/modalBefore
        return Tense::Unknown;
    if (hasClass(t, kTenseCue)) {
        if (t.lex->tense > 0) {
            // "were planning to drive", "was expected to arrive": the planned act still lies ahead
            // unless the plan is told in the pluperfect.
            const bool planAhead = k + 1 < toks.size() && hasClass(toks[k + 1], kInfinitive);
            if (hasClass(t, kModal))
                return perfectAt(toks, k + 1) ? Tense::Past : Tense::Future;
            return auxiliaryBefore(toks, k, kPastAux, planAhead) ? Tense::Past : Tense::Future;
        }
        return modalBefore(toks, k) == Tense::Future ? Tense::Future : Tense::Past;
    }
    // An "-ed" word is a past form, unless it is an adjective right after a determiner ("the
    // reduced dividend").
    if (t.edSuffix) {
        if (k >= 1 && hasClass(toks[k - 1], kDeterminer))
            return Tense::Unknown;
        return modalBefore(toks, k) == Tense::Future ? Tense::Future : Tense::Past;
    }
    return Tense::Unknown;
}

// "Wednesday's ruling", "Friday's close": an event the day already holds, so the day is today or
// past whatever the clause's tense (news speaks of "Friday's trading" the Monday after).
bool possessiveAfter(const std::vector<TimexToken> &toks, size_t end)
{
    return end + 1 < toks.size() && toks[end].kind == TokKind::Punct && toks[end].ch == u'\''
        && !toks[end].spaceBefore && !toks[end + 1].spaceBefore && hasClass(toks[end + 1], kPossessive);
}

// "is to resume trading Tuesday", "are to meet Monday": be + to-infinitive is a plan ahead.
bool beToAt(const std::vector<TimexToken> &toks, size_t k)
{
    return k >= 1 && hasClass(toks[k], kInfinitive) && hasClass(toks[k - 1], kPresentBe);
}

} // namespace

ClauseTense tenseAround(const std::vector<TimexToken> &toks, size_t first, size_t end)
{
    constexpr ClauseTense kPast{Tense::Past, false}, kFuture{Tense::Future, false}, kRequest{Tense::Future, true};
    // "set to resume Monday", "due to open Friday": an infinitive just before points ahead, unless
    // a past auxiliary puts the plan itself in the past ("had been due to lapse Friday").
    if (first >= 2 && toks[first - 1].kind == TokKind::Word && !toks[first - 1].edSuffix && hasClass(toks[first - 2], kInfinitive)
        && !auxiliaryBefore(toks, first - 2, kPastAux))
        return kFuture;
    if (possessiveAfter(toks, end))
        return kPast;
    // "as soon as Tuesday"; "until Tuesday" (a deadline or a postponement runs to a time ahead,
    // unless a past auxiliary tells of a state that has ended: "until Thursday, the crew had not ...").
    if (earliestPossible(toks, first))
        return kFuture;
    if (first >= 1 && hasClass(toks[first - 1], kUntilWord) && !pastAuxiliaryInClause(toks, first, end))
        return kFuture;
    for (size_t k = first; k > 0 && first - k < kWindow;) {
        --k;
        if (isBoundary(toks[k]))
            break;
        if (requestAt(toks, k))
            return kRequest;
        if (const Tense t = cueAt(toks, k); t != Tense::Unknown)
            return {t, false};
        if (beToAt(toks, k))
            return kFuture;
        if (toks[k].lineBefore)
            break;
    }
    for (size_t k = end; k < toks.size() && k - end < kWindow; ++k) {
        if (isBoundary(toks[k]) || (k > end && toks[k].lineBefore))
            break;
        if (const Tense t = cueAt(toks, k); t != Tense::Unknown)
            return {t, false};
    }
    return {};
}

} // namespace lede::core::timex

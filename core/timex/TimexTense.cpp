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
    return t.kind == TokKind::Punct && (t.ch == u'.' || t.ch == u'!' || t.ch == u'?' || t.ch == u';');
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

// "as soon as Tuesday", "as early as next week": the earliest possible time, which lies ahead.
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

// The tense a cue word at k gives, or Unknown when it is not one. A past form after a modal is future
// ("will be released"); a future cue after a past auxiliary is past ("had been scheduled", "was due").
Tense cueAt(const std::vector<TimexToken> &toks, size_t k)
{
    const TimexToken &t = toks[k];
    if (hasClass(t, kTenseCue)) {
        if (t.lex->tense > 0) {
            // "were planning to drive", "was expected to arrive": the planned act still lies ahead
            // unless the plan is told in the pluperfect.
            const bool planAhead = k + 1 < toks.size() && hasClass(toks[k + 1], kInfinitive);
            return auxiliaryBefore(toks, k, kPastAux, planAhead) && !hasClass(t, kModal) ? Tense::Past : Tense::Future;
        }
        return auxiliaryBefore(toks, k, kModal) ? Tense::Future : Tense::Past;
    }
    // An "-ed" word is a past form, unless it is an adjective right after a determiner ("the
    // reduced dividend").
    if (t.edSuffix) {
        if (k >= 1 && hasClass(toks[k - 1], kDeterminer))
            return Tense::Unknown;
        return auxiliaryBefore(toks, k, kModal) ? Tense::Future : Tense::Past;
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

Tense tenseAround(const std::vector<TimexToken> &toks, size_t first, size_t end)
{
    // "set to resume Monday", "due to open Friday": an infinitive just before points ahead, unless
    // a past auxiliary puts the plan itself in the past ("had been due to expire Friday").
    if (first >= 2 && toks[first - 1].kind == TokKind::Word && !toks[first - 1].edSuffix && hasClass(toks[first - 2], kInfinitive)
        && !auxiliaryBefore(toks, first - 2, kPastAux))
        return Tense::Future;
    if (possessiveAfter(toks, end))
        return Tense::Past;
    // "as soon as Tuesday"; "until Tuesday" (a deadline or a postponement runs to a time ahead,
    // unless a past auxiliary tells of a state that has ended: "until Thursday, they had not ...").
    if (earliestPossible(toks, first))
        return Tense::Future;
    if (first >= 1 && hasClass(toks[first - 1], kUntilWord) && !pastAuxiliaryInClause(toks, first, end))
        return Tense::Future;
    for (size_t k = first; k > 0 && first - k < kWindow;) {
        --k;
        if (isBoundary(toks[k]))
            break;
        if (const Tense t = cueAt(toks, k); t != Tense::Unknown)
            return t;
        if (beToAt(toks, k))
            return Tense::Future;
        if (toks[k].lineBefore)
            break;
    }
    for (size_t k = end; k < toks.size() && k - end < kWindow; ++k) {
        if (isBoundary(toks[k]) || (k > end && toks[k].lineBefore))
            break;
        if (const Tense t = cueAt(toks, k); t != Tense::Unknown)
            return t;
    }
    return Tense::Unknown;
}

} // namespace lede::core::timex

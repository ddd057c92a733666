// TimexTagger: scans light tokens, tries the grammar's rules only where a rule can start, keeps the
// longest normalisable match, widens it by span prefixes, resolves it in context, then joins ranges (TimexRanges).
#include "timex/TimexTagger.h"

#include "timex/CalendarMath.h"
#include "timex/TimexRanges.h"
#include "timex/TimexRules.h"
#include "timex/TimexTense.h"
#include "timex/TimexTokenizer.h"

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace lede::core {

using namespace timex;

namespace {

thread_local uint64_t t_workUnits = 0;
constexpr int kAsideYears = 20;

// Whether `p` matches the tokens starting at `at` (false past the end of the text).
bool matchesAt(const TimexPattern &p, const std::vector<TimexToken> &toks, size_t at)
{
    TimexMatch m;
    return at < toks.size() && p.mayStartAt(toks[at]) && p.match(toks, at, m);
}

bool vetoed(const TimexGrammar &g, const std::vector<TimexToken> &toks, size_t end)
{
    if (end >= toks.size())
        return false;
    TimexMatch m;
    for (const TimexPattern &v : g.vetoes())
        if (v.mayStartAt(toks[end]) && v.match(toks, end, m))
            return true;
    return false;
}

// Whether the expression starting at token `first` opens its sentence, perhaps after a preposition
// ("In 1937, Japan invaded"): where a narrative moves on rather than making an aside.
bool opensSentence(const std::vector<TimexToken> &toks, size_t first)
{
    size_t k = first;
    if (k > 0 && toks[k - 1].kind == TokKind::Word && !toks[k].lineBefore && !(toks[k - 1].lex && (toks[k - 1].lex->classes & kDeterminer)))
        --k; // "In", "By", "From"; not "The" ("The 1614 rules differed")
    if (k == 0 || toks[k].lineBefore)
        return true;
    const TimexToken &p = toks[k - 1];
    return endsSentence(p);
}

// "(1790)", "the Constitution (1791)": a year in brackets dates something named, not the story.
bool parenthetical(const std::vector<TimexToken> &toks, size_t first, size_t end)
{
    auto punct = [&](size_t k, char16_t c) { return k < toks.size() && toks[k].kind == TokKind::Punct && toks[k].ch == c; };
    return first > 0 && punct(first - 1, u'(') && punct(end, u')');
}

// A narrative told year by year makes asides: to a distant year ("the Estates-General had not met
// since 1614", "a report declassified in 2005"), to a year in brackets ("the Constitution (1791)"),
// to a year still planned ("a campaign planned for 1976"), back to a year before ("repeating their
// successes of the previous year"). Such a bare year is no new anchor for the months and days after.
bool narrativeAside(const FoundTimex &f, const TimexContext &ctx, const std::vector<TimexToken> &toks,
                    RuleFamily family, const TimexMatch &m)
{
    if (!f.mentioned.knownYear() || f.mentioned.month != 0 || !ctx.lastMentioned.knownYear())
        return false;
    const bool distant = std::abs(f.mentioned.year - ctx.lastMentioned.year) > kAsideYears && !opensSentence(toks, f.firstTok);
    const bool lookingBack = family == RuleFamily::Relative && ((m.relative != INT_MIN && m.relative < 0) || m.shift < 0);
    return distant || parenthetical(toks, f.firstTok, f.endTok) || ctx.tense == Tense::Future || lookingBack;
}

// "ABC's \"This Week\"", "\"60 Minutes\"", "\"High Noon\"": words that are lower case in running text,
// capitalised in the middle of a sentence, name a show or a film, not a time. A capitalised word
// just before counts with them ("High Noon").
bool looksLikeTitle(const std::vector<TimexToken> &toks, size_t first, size_t end)
{
    constexpr uint32_t kLowerCaseWords = kUnit | kRelative | kPartOfDay | kDeictic | kVague | kSetAdverb | kSeason | kLiteral;
    auto startsSentenceAt = [&](size_t k) {
        return k == 0 || toks[k].lineBefore || endsSentence(toks[k - 1])
            || (toks[k - 1].kind == TokKind::Punct && toks[k - 1].ch == u':');
    };
    size_t from = first;
    if (from > 0 && toks[from - 1].kind == TokKind::Word && toks[from - 1].capitalized && !toks[from - 1].lex && !startsSentenceAt(from - 1))
        --from; // "High Noon"
    if (startsSentenceAt(from))
        return false;
    size_t words = 0, tokens = 0;
    bool lowerCaseWord = false;
    for (size_t k = from; k < end; ++k) {
        const TimexToken &t = toks[k];
        if (t.kind == TokKind::Punct)
            continue;
        ++tokens;
        if (t.kind != TokKind::Word)
            continue;
        if (!t.capitalized || (t.lex && (t.lex->classes & (kMonth | kWeekday | kHoliday)))) // "Thanksgiving Day"
            return false;
        ++words;
        // Words of three letters or more: "Q3 2021" keeps its capital Q. An era ("BCE") is written in
        // capitals even where a rule also reads it as a literal.
        lowerCaseWord = lowerCaseWord
            || (t.lex && (t.lex->classes & kLowerCaseWords) && !(t.lex->classes & kEra) && t.end - t.start >= 3);
    }
    if (words < 1 || tokens < 2 || !lowerCaseWord)
        return false;
    // In a headline every longer word is capitalised ("Senate to Vote Next Week"): there the capitals
    // say nothing. Only a few words around are looked at, so the test stays linear.
    constexpr size_t kAround = 8;
    size_t seen = 0, capitalised = 0;
    for (size_t k = from; k > 0 && from - k < kAround && !toks[k].lineBefore;) {
        --k;
        if (toks[k].kind == TokKind::Word && toks[k].end - toks[k].start >= 4) {
            ++seen;
            capitalised += toks[k].capitalized ? 1 : 0;
        }
    }
    for (size_t k = end; k < toks.size() && k - end < kAround && !toks[k].lineBefore; ++k) {
        if (toks[k].kind == TokKind::Word && toks[k].end - toks[k].start >= 4) {
            ++seen;
            capitalised += toks[k].capitalized ? 1 : 0;
        }
    }
    return seen == 0 || capitalised * 3 < seen * 2;
}

struct Candidate
{
    int end;
    size_t rule;
    TimexMatch match;
};

// Whether a match its rule could not normalise names a day its month does not have: "31 February", "June 31",
// "30/02/2021" read either way round, and "29 February" without a year in a common year (the rule refuses it only
// when the year from the context is no leap year).
bool namesImpossibleDay(const TimexMatch &m)
{
    int month = m.month, day = m.day;
    if (month > 12 && day >= 1 && day <= 12)
        std::swap(month, day);
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return false;
    if (m.year == TimexMatch::kUnset)
        return day > calendar::daysInMonth(2000, month) || (month == 2 && day == 29);
    return day > calendar::daysInMonth(m.bce ? 1 - m.year : m.year, month);
}

// A value with FUTURE_REF or PAST_REF in it cut back to the REF; a range "A/B" end by end.
std::string withinRange(const std::string &value)
{
    const size_t slash = value.find('/');
    if (slash == std::string::npos)
        return valueWithinRange(value);
    return valueWithinRange(value.substr(0, slash)) + "/" + valueWithinRange(value.substr(slash + 1));
}

bool isTrailingPunct(const TimexToken &t)
{
    return t.kind == TokKind::Punct && (t.ch == u',' || t.ch == u'-' || t.ch == u'/' || t.ch == u':' || t.ch == u'(');
}

// "at 9 p.m. on Friday", "at 6:15 am on October 9, 1962": a time takes the day named right after it,
// where it was first given the day under discussion.
void timesOnTheirDay(std::vector<FoundTimex> &found, const std::vector<TimexToken> &toks, const TimexGrammar &g)
{
    for (size_t i = 0; i + 1 < found.size(); ++i) {
        FoundTimex &a = found[i];
        const FoundTimex &b = found[i + 1];
        const size_t t = a.timex.value.find('T');
        if (a.timex.type != TimexType::Time || b.timex.type != TimexType::Date || !b.mentioned.full() || t == std::string::npos
            || b.firstTok != a.endTok + 1 || !g.isTimeDayLink(toks[a.endTok]))
            continue;
        a.timex.value = dateValue(b.mentioned.year, b.mentioned.month, b.mentioned.day) + a.timex.value.substr(t);
        a.mentioned = b.mentioned;
    }
}

// True when `range` shares a character with one of `sorted` (TimexOptions::skip).
bool overlapsSkipped(const std::vector<TextRange> &sorted, const TextRange &range)
{
    const auto it = std::upper_bound(sorted.begin(), sorted.end(), range.start,
                                     [](int32_t pos, const TextRange &r) { return pos < r.end; });
    return it != sorted.end() && it->overlaps(range);
}

} // namespace

uint64_t TimexTagger::lastWorkUnits()
{
    return t_workUnits;
}

std::vector<Timex> TimexTagger::tag(std::u16string_view text, const Segmentation &seg, const TimexOptions &options,
                                    const StopToken &stop)
{
    return tagWithReference(text, seg, options, stop).timexes;
}

TimexResult TimexTagger::tagWithReference(std::u16string_view text, const Segmentation &seg,
                                          const TimexOptions &options, const StopToken &stop)
{
    const TimexGrammar &g = TimexGrammar::english();
    std::vector<TimexToken> toks;
    tokenizeForTimex(text, g.lexicon(), toks);
    // The segmentation knows abbreviations ("Gov. Smith"): their full stops end no sentence, so tense
    // cues read across them.
    std::vector<TextRange> sentences;
    sentences.reserve(seg.sentences.size());
    for (const Sentence &s : seg.sentences)
        sentences.push_back(s.range);
    markSentenceInnerStops(toks, sentences);
    t_workUnits = toks.size();

    TimexResult result;
    TimexContext ctx;
    ctx.dayFirst = options.dayFirst;
    if (options.reference.date) {
        // The rules count years astronomically, as CalendarDate does (44 BC is -43); yearValue writes "BC0044".
        ctx.deictic = options.reference.date;
        result.reference = options.reference;
    }
    const bool narrative = !options.reference.date && options.narrativeAnchoring;
    ctx.narrative = narrative;

    std::vector<FoundTimex> found;
    std::vector<Candidate> cands;
    size_t lastEnd = 0;
    const auto &rules = g.rules();
    const uint32_t articleA = g.literalId("a"), articleAn = g.literalId("an");
    for (size_t i = 0; i < toks.size(); ++i) {
        if ((i & 1023) == 0 && stop.stopRequested())
            break;
        const TimexToken &tok = toks[i];
        if (tok.kind == TokKind::Word && (!tok.lex || (!g.canStandAlone(*tok.lex)
                                                       && (i + 1 == toks.size() || (toks[i + 1].kind == TokKind::Word && !toks[i + 1].lex)))))
            continue;
        if (!options.skip.empty() && overlapsSkipped(options.skip, {tok.start, tok.end}))
            continue;
        cands.clear();
        for (const uint16_t r : g.rulesStartingAt(tok)) {
            ++t_workUnits;
            TimexMatch m;
            if (rules[r].pattern.match(toks, i, m))
                cands.push_back({m.tokenEnd, r, m});
        }
        if (cands.empty())
            continue;
        std::stable_sort(cands.begin(), cands.end(), [](const Candidate &a, const Candidate &b) { return a.end > b.end; });
        const ClauseTense clause = tenseAround(toks, i, static_cast<size_t>(cands.front().end));
        ctx.tense = clause.tense;
        ctx.request = clause.request;
        std::optional<TimexValue> value;
        const Candidate *chosen = nullptr;
        const Candidate *impossible = nullptr; // the longest match that names a day its month does not have
        for (const Candidate &c : cands) {
            if (vetoed(g, toks, static_cast<size_t>(c.end)))
                continue;
            if (const auto &v = rules[c.rule].notFollowedBy; v && matchesAt(*v, toks, static_cast<size_t>(c.end)))
                continue;
            if (const auto &v = rules[c.rule].followedBy; v && !matchesAt(*v, toks, static_cast<size_t>(c.end)))
                continue;
            if (const auto &v = rules[c.rule].precededBy; v && !(i > 0 && matchesAt(*v, toks, i - 1)))
                continue;
            value = rules[c.rule].normalise(c.match, ctx);
            if (value) {
                chosen = &c;
                break;
            }
            if (!impossible && namesImpossibleDay(c.match))
                impossible = &c;
        }
        // "31 February 2020" is no date, and neither are its parts: "February 2020" would be a value the text does
        // not state, "February" alone would even take the reference year. Its words are passed over. "29 February"
        // in a common year's story is a real day of some leap year: it keeps its words, with the year unknown.
        if (impossible && (!chosen || impossible->end > chosen->end)) {
            if (impossible->match.year == TimexMatch::kUnset && impossible->match.month == 2
                && impossible->match.day == 29) {
                chosen = impossible;
                value = TimexValue{TimexType::Date, "XXXX-02-29", {}};
            } else {
                lastEnd = static_cast<size_t>(impossible->end);
                i = lastEnd - 1;
                continue;
            }
        }
        if (!chosen)
            continue;
        size_t end = static_cast<size_t>(chosen->end);
        while (end > i + 1 && isTrailingPunct(toks[end - 1]))
            --end;
        for (const TimexPattern &suffix : g.suffixes()) {
            TimexMatch sm;
            if (end < toks.size() && suffix.mayStartAt(toks[end]) && suffix.match(toks, end, sm)) {
                end = static_cast<size_t>(sm.tokenEnd);
                break;
            }
        }
        size_t start = i;
        const bool startsRelative = toks[i].lex && (toks[i].lex->classes & kRelative);
        const bool startsNumeric = toks[i].kind == TokKind::Number
            || (toks[i].lex && ((toks[i].lex->classes & (kCardinal | kFew)) || toks[i].lex->id == articleA || toks[i].lex->id == articleAn));
        for (const auto &[prefix, numericOnly, relativeOnly] : g.prefixes()) {
            if ((numericOnly && !startsNumeric) || (relativeOnly && !startsRelative))
                continue;
            for (size_t k = 4; k >= 1; --k) {
                if (start < k || start - k < lastEnd)
                    continue;
                ++t_workUnits;
                TimexMatch pm;
                if (prefix.match(toks, start - k, pm, start)) {
                    start -= k;
                    break;
                }
            }
        }
        if (!options.skip.empty() && overlapsSkipped(options.skip, {toks[start].start, toks[end - 1].end}))
            continue; // in code, or reaching into it: a later token may still start a date in prose
        if (looksLikeTitle(toks, start, end)) {
            i = end - 1;
            lastEnd = end;
            continue;
        }
        FoundTimex f;
        f.timex.range = {toks[start].start, toks[end - 1].end};
        f.timex.type = value->type;
        f.timex.value = value->value;
        f.firstTok = start;
        f.endTok = end;
        f.mentioned = value->mentioned;
        f.contextYear = value->contextYear;
        f.timex.unresolved = value->unresolved;
        const bool aside = narrative && narrativeAside(f, ctx, toks, rules[chosen->rule].family, chosen->match);
        if (f.mentioned.knownYear() && !aside) {
            ctx.lastMentioned = f.mentioned;
            if (narrative) {
                if (f.mentioned.full())
                    ctx.deictic = CalendarDate{f.mentioned.year, f.mentioned.month, f.mentioned.day};
                else if (ctx.deictic && ctx.deictic->year != f.mentioned.year)
                    ctx.deictic.reset();
                if (result.reference.source == ReferenceSource::None) {
                    result.reference.source = ReferenceSource::Narrative;
                    result.reference.date = CalendarDate{f.mentioned.year, f.mentioned.month, f.mentioned.day};
                }
            }
        }
        ctx.noteReportingPeriod(*value);
        found.push_back(std::move(f));
        lastEnd = end;
        i = end - 1;
    }
    timesOnTheirDay(found, toks, g);
    shareRangeYear(found, toks, g);
    addBareRangeEnds(found, toks, g);
    if (options.mergeRanges)
        joinRanges(found, toks, g);
    result.timexes.reserve(found.size());
    for (FoundTimex &f : found) {
        if (!options.skip.empty() && overlapsSkipped(options.skip, f.timex.range)) // bare range ends too
            continue;
        f.timex.value = withinRange(f.timex.value);
        f.timex.rangeStart = valueWithinRange(std::move(f.timex.rangeStart));
        f.timex.rangeEnd = valueWithinRange(std::move(f.timex.rangeEnd));
        result.timexes.push_back(std::move(f.timex));
    }
    return result;
}

} // namespace lede::core

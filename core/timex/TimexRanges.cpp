// TimexRanges: the passes over dates joined by a connector, run once the tagger has found every expression.
#include "timex/TimexRanges.h"

#include "timex/CalendarMath.h"

#include <optional>
#include <string>
#include <utility>

namespace lede::core::timex {

// "April 21–24", "1939–45": a bare number after a connector completes a range begun by `a`.
static std::optional<std::string> bareRangeEnd(const FoundTimex &a, const std::vector<TimexToken> &toks, size_t numTok)
{
    const TimexToken &n = toks[numTok];
    if (n.kind != TokKind::Number || n.number < 0
        || (numTok + 1 < toks.size() && !toks[numTok + 1].spaceBefore && toks[numTok + 1].kind != TokKind::Punct))
        return std::nullopt;
    const PartialDate &d = a.mentioned;
    if (a.timex.type != TimexType::Date || !d.knownYear())
        return std::nullopt;
    if (d.day > 0 && n.digits <= 2 && n.number > d.day && n.number <= calendar::daysInMonth(d.year, d.month))
        return dateValue(d.year, d.month, static_cast<int>(n.number));
    if (d.month == 0 && d.day == 0 && d.year > 0 && n.digits == 2) {
        const int y = d.year / 100 * 100 + static_cast<int>(n.number);
        if (y > d.year)
            return yearValue(y);
    }
    return std::nullopt;
}

void joinRanges(std::vector<FoundTimex> &found, const std::vector<TimexToken> &toks, const TimexGrammar &g)
{
    std::vector<FoundTimex> out;
    out.reserve(found.size());
    for (size_t i = 0; i < found.size(); ++i) {
        FoundTimex a = found[i];
        const bool dateLike = a.timex.type == TimexType::Date || a.timex.type == TimexType::Time;
        const size_t c = a.endTok;
        const bool opened =
            a.firstTok > 0 && g.isRangeOpener(toks[a.firstTok - 1]) && (i == 0 || found[i - 1].endTok < a.firstTok);
        if (dateLike && c + 1 < toks.size() && g.isRangeConnector(toks[c]) && !toks[c + 1].lineBefore) {
            const bool isAnd = toks[c].kind == TokKind::Word && toks[c].lex && toks[c].lex->classes & kLiteral
                && toks[c].end - toks[c].start == 3 && !g.isRangeOpener(toks[c])
                && g.literalId("and") == toks[c].lex->id;
            const bool andOk = !isAnd || (opened && toks[a.firstTok - 1].lex->id == g.literalId("between"));
            std::optional<std::string> endValue;
            size_t endTok = 0;
            int32_t endOffset = 0;
            if (andOk && i + 1 < found.size() && found[i + 1].firstTok == c + 1
                && found[i + 1].timex.type == a.timex.type) {
                endValue = found[i + 1].timex.value;
                endTok = found[i + 1].endTok;
                endOffset = found[i + 1].timex.range.end;
                ++i;
            } else if (andOk && (i + 1 >= found.size() || found[i + 1].firstTok > c + 1)) {
                endValue = bareRangeEnd(a, toks, c + 1);
                endTok = c + 2;
                endOffset = toks[c + 1].end;
            }
            if (endValue) {
                a.timex.rangeStart = a.timex.value;
                a.timex.rangeEnd = *endValue;
                a.timex.value = a.timex.rangeStart + "/" + a.timex.rangeEnd;
                a.timex.range.end = endOffset;
                a.endTok = endTok;
                if (opened) {
                    a.firstTok -= 1;
                    a.timex.range.start = toks[a.firstTok].start;
                }
            }
        }
        out.push_back(std::move(a));
    }
    found.swap(out);
}

void shareRangeYear(std::vector<FoundTimex> &found, const std::vector<TimexToken> &toks, const TimexGrammar &g)
{
    for (size_t i = 0; i + 1 < found.size(); ++i) {
        FoundTimex &a = found[i];
        const FoundTimex &b = found[i + 1];
        const size_t c = a.endTok;
        if (!a.contextYear || a.timex.type != TimexType::Date || b.timex.type != TimexType::Date || b.contextYear
            || b.firstTok != c + 1 || !g.isRangeConnector(toks[c]) || !b.mentioned.knownYear() || b.mentioned.month == 0
            || a.mentioned.month == 0)
            continue;
        // "December 1942 to February 1943" runs over the year end.
        const int year = a.mentioned.month > b.mentioned.month ? b.mentioned.year - 1 : b.mentioned.year;
        if (a.mentioned.day > 0 && !calendar::isValidDate(year, a.mentioned.month, a.mentioned.day))
            continue;
        a.mentioned.year = year;
        a.timex.value = a.mentioned.day > 0 ? dateValue(year, a.mentioned.month, a.mentioned.day)
                                            : monthValue(year, a.mentioned.month);
    }
}

// "22–25 April 1951", "480–479 BC": a bare number before a connector starts a range ended by `b`.
static std::optional<std::string> bareRangeStart(const FoundTimex &b, const std::vector<TimexToken> &toks,
                                                 size_t numTok)
{
    const TimexToken &n = toks[numTok];
    if (n.kind != TokKind::Number || n.number < 1
        || (numTok > 0 && !n.spaceBefore && toks[numTok - 1].kind != TokKind::Punct))
        return std::nullopt;
    const PartialDate &d = b.mentioned;
    if (b.timex.type != TimexType::Date || !d.knownYear())
        return std::nullopt;
    if (d.day > 0 && n.digits <= 2 && n.number < d.day)
        return dateValue(d.year, d.month, static_cast<int>(n.number));
    // "from 490 to 480 BC": the bare start is a BC year too (480 BC is the astronomical year -479).
    if (d.month == 0 && d.year <= 0 && n.digits <= 4 && n.number > 1 - d.year)
        return yearValue(1 - static_cast<int>(n.number));
    return std::nullopt;
}

void addBareRangeEnds(std::vector<FoundTimex> &found, const std::vector<TimexToken> &toks, const TimexGrammar &g)
{
    std::vector<FoundTimex> out;
    out.reserve(found.size());
    for (size_t i = 0; i < found.size(); ++i) {
        const FoundTimex &a = found[i];
        const size_t f = a.firstTok;
        if (f >= 2 && g.isRangeConnector(toks[f - 1]) && toks[f - 1].kind == TokKind::Punct && !toks[f].lineBefore
            && (out.empty() || out.back().endTok <= f - 2)) {
            if (auto v = bareRangeStart(a, toks, f - 2)) {
                FoundTimex b;
                b.timex.range = {toks[f - 2].start, toks[f - 2].end};
                b.timex.type = TimexType::Date;
                b.timex.value = *v;
                b.firstTok = f - 2;
                b.endTok = f - 1;
                out.push_back(std::move(b));
            }
        }
        out.push_back(found[i]);
        const size_t c = a.endTok;
        if (c + 1 >= toks.size() || !g.isRangeConnector(toks[c]) || toks[c + 1].lineBefore
            || (i + 1 < found.size() && found[i + 1].firstTok <= c + 1))
            continue;
        if (toks[c].kind == TokKind::Word && toks[c].lex && toks[c].lex->id == g.literalId("and"))
            continue;
        if (auto v = bareRangeEnd(a, toks, c + 1); v && !(i + 1 < found.size() && found[i + 1].firstTok <= c + 1)) {
            FoundTimex b;
            b.timex.range = {toks[c + 1].start, toks[c + 1].end};
            b.timex.type = TimexType::Date;
            b.timex.value = *v;
            b.firstTok = c + 1;
            b.endTok = c + 2;
            out.push_back(std::move(b));
        }
    }
    found.swap(out);
}

} // namespace lede::core::timex

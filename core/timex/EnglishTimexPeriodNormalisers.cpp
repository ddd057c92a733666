// The English normalisers of calendar periods that business news reports on: quarters, halves,
// the year end, and the year-ago comparisons ("a year earlier", "the year-earlier period") that
// follow the reporting period under discussion (TimexContext::noteReportingPeriod).
#include "timex/EnglishTimexNormalisers.h"

#include "timex/EnglishTimexValues.h"

#include <climits>
#include <string>

namespace lede::core::timex::en {

V quarterOf(const M &m, const C &c)
{
    if (m.ordinal < 1 || m.ordinal > 4)
        return std::nullopt;
    int y = yearOf(m);
    if (y == kUnset) {
        const PartialDate a = c.narrative ? c.anaphoric() : deicticAnchor(c);
        y = a.year;
        if (m.relative != INT_MIN && a.knownYear())
            y += m.relative;
        // "the fourth quarter" reported in January is last year's: a quarter not yet begun is
        // meant only when the clause looks ahead.
        else if (!c.narrative && a.knownYear() && a.month > 0 && (m.ordinal - 1) * 3 + 1 > a.month && c.tense != Tense::Future)
            --y;
    }
    TimexValue v = *text(yearValue(y) + "-Q" + std::to_string(m.ordinal));
    if (yearOf(m) != kUnset) // "the third quarter of 1990" names a year; "the third quarter" does not
        v.mentioned = {y, 0, 0};
    return v;
}
V quarterWord(const M &m, const C &c)
{
    if (m.number < 1 || m.number > 4) // also keeps a huge number from overflowing the cast
        return std::nullopt;
    M q = m;
    q.ordinal = static_cast<int>(m.number);
    return quarterOf(q, c);
}
V latestQuarter(const M &, const C &c)
{
    // Business news reports on the last completed quarter: "the quarter" in October is Q3, unless
    // the article has named the quarter it reports on (a fiscal quarter may end at another time).
    if (c.lastQuarter > 0)
        return text(yearValue(c.lastQuarterYear) + "-Q" + std::to_string(c.lastQuarter));
    const PartialDate a = deicticAnchor(c);
    if (!a.knownYear() || a.month == 0)
        return text("XXXX-QX");
    return text(C::shifted(a, Unit::Quarter, -1));
}
V reportedQuarter(const M &m, const C &c)
{
    // "this quarter's results" after a report on a quarter that has ended are that quarter's;
    // without one they are the current quarter's.
    if (c.reportingQuarter())
        return text(yearValue(c.lastQuarterYear) + "-Q" + std::to_string(c.lastQuarter));
    M t = m;
    t.relative = 0;
    t.unit = Unit::Quarter;
    return relativeUnit(t, c);
}
V yearEnd(const M &, const C &c)
{
    const PartialDate a = deicticAnchor(c);
    return a.knownYear() ? year(a.year) : text("XXXX");
}
V yearAgo(const M &, const C &c)
{
    if (c.reportingQuarter())
        return comparisonQuarter(c, -1);
    const PartialDate a = deicticAnchor(c);
    return a.knownYear() ? year(a.year - 1) : text("XXXX");
}
V yearAgoQuarter(const M &m, const C &c)
{
    // "the year-ago quarter", "last year's quarter": the reported quarter one year back;
    // with an ordinal, that quarter of last year. Either is a comparison, not itself reported on.
    const int years = m.relative == INT_MIN ? -1 : m.relative;
    TimexValue v;
    if (c.lastQuarter > 0 && !(m.ordinal >= 1 && m.ordinal <= 4)) {
        v = *comparisonQuarter(c, years);
    } else {
        PartialDate a = deicticAnchor(c);
        if (!a.knownYear() || a.month == 0)
            return text("XXXX-QX");
        a.year += years;
        v = *text(m.ordinal >= 1 && m.ordinal <= 4 ? yearValue(a.year) + "-Q" + std::to_string(m.ordinal)
                                                   : C::shifted(a, Unit::Quarter, -1));
    }
    v.comparison = true;
    return v;
}
V yearAgoPeriod(const M &m, const C &c)
{
    // "the year-earlier period" is the reporting period one year back: a quarter, or, after "the
    // nine months", the same run of months (TimeML values it as that duration).
    if (c.periodMonths > 0)
        return text("P" + std::to_string(c.periodMonths) + "M", TimexType::Duration);
    return yearAgoQuarter(m, c);
}
V yearQuarter(const M &m, const C &c)
{
    // "the 1988 quarter": the quarter under discussion, in that year.
    const int q = c.lastQuarter > 0 ? c.lastQuarter : c.namedQuarter;
    TimexValue v = *text(yearValue(yearOf(m)) + "-Q" + (q > 0 ? std::to_string(q) : std::string("X")));
    v.comparison = true;
    return v;
}
V yearPeriod(const M &m, const C &c)
{
    // "the 1988 period": the reporting period in that year — a quarter, else the year.
    if (c.reportingQuarter())
        return yearQuarter(m, c);
    return year(yearOf(m));
}
V anaphoricQuarter(const M &m, const C &c)
{
    // "that quarter", "the same quarter": the quarter named last.
    if (c.namedQuarter > 0)
        return text(yearValue(c.namedQuarterYear) + "-Q" + std::to_string(c.namedQuarter));
    return anaphoricUnit(m, c);
}
V halfOf(const M &m, const C &c)
{
    // "the last half of 1989" is its second half.
    const int half = m.ordinal == 0 && m.relative == -1 ? 2 : m.ordinal;
    if (half < 1 || half > 2)
        return std::nullopt;
    const int y = yearOf(m) != kUnset ? yearOf(m) : deicticAnchor(c).year;
    TimexValue v = *text(yearValue(y) + "-H" + std::to_string(half));
    if (yearOf(m) != kUnset)
        v.mentioned = {y, 0, 0};
    return v;
}

} // namespace lede::core::timex::en

// Value-building helpers shared by the English normaliser files (EnglishTimexNormalisers.cpp,
// EnglishTimexPeriodNormalisers.cpp). Internal to core/timex.
#pragma once

#include "timex/CalendarMath.h"
#include "timex/EnglishTimexNormalisers.h"

#include <optional>
#include <string>

namespace lede::core::timex::en {

// Short names keep the normaliser definitions readable; they live in the internal `en` namespace only.
namespace cal = lede::core::calendar;
using V = std::optional<TimexValue>;
using M = TimexMatch;
using C = TimexContext;
constexpr int kUnset = TimexMatch::kUnset;

// The astronomical year the match names, as CalendarDate counts (1 BC is 0, 44 BC is -43), so that counting
// across the start of the era ("the year after 1 BC") needs no special case.
inline int yearOf(const M &m)
{
    if (m.year == kUnset)
        return kUnset;
    return m.bce ? 1 - m.year : m.year;
}

inline V date(int y, int mo, int d, TimexType type = TimexType::Date)
{
    // "February 30" is not a date; with an unknown year, February 29 is allowed.
    if (mo < 1 || mo > 12 || d < 1 || d > (y == kUnset ? (mo == 2 ? 29 : cal::daysInMonth(2001, mo)) : cal::daysInMonth(y, mo)))
        return std::nullopt;
    return TimexValue{type, dateValue(y, mo, d), {y, mo, d}};
}
inline V month(int y, int mo)
{
    return TimexValue{TimexType::Date, monthValue(y, mo), {y, mo, 0}};
}
// The reported quarter moved by whole years ("a year ago" after "the third quarter"): a comparison.
inline V comparisonQuarter(const C &c, int years)
{
    TimexValue v{TimexType::Date, yearValue(c.lastQuarterYear + years) + "-Q" + std::to_string(c.lastQuarter), {}};
    v.comparison = true;
    return v;
}
inline PartialDate deicticAnchor(const C &c)
{
    return c.deictic ? PartialDate{c.deictic->year, c.deictic->month, c.deictic->day} : c.lastMentioned;
}
inline V year(int y)
{
    return TimexValue{TimexType::Date, yearValue(y), {y, 0, 0}};
}
inline V text(std::string v, TimexType type = TimexType::Date)
{
    return TimexValue{type, std::move(v), {}};
}

// The public unit of an internal one; clock units have none (a relative hour is never left unresolved).
inline TimexUnit publicUnit(Unit u)
{
    switch (u) {
    case Unit::Day: return TimexUnit::Day;
    case Unit::Week: return TimexUnit::Week;
    case Unit::Weekend: return TimexUnit::Weekend;
    case Unit::Month: return TimexUnit::Month;
    case Unit::Quarter: return TimexUnit::Quarter;
    case Unit::Half: return TimexUnit::Half;
    case Unit::Year: return TimexUnit::Year;
    case Unit::Decade: return TimexUnit::Decade;
    case Unit::Century: return TimexUnit::Century;
    case Unit::Millennium: return TimexUnit::Millennium;
    default: return TimexUnit::None;
    }
}

// Marks a value left with X for want of a reference date, with what the text counted from it.
inline V unresolvedBy(V v, Unit unit, int amount)
{
    if (v)
        v->unresolved = {publicUnit(unit), amount};
    return v;
}

// Marks a value whose year the context supplied, so a range end that names one may replace it.
inline V withContextYear(V v)
{
    if (v)
        v->contextYear = true;
    return v;
}

} // namespace lede::core::timex::en

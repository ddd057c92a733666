// The English normalisers of a part named within a relative period — "the second half of next year",
// "the third quarter of last year", "the spring of next year", "March of next year", "Tuesday of
// next week" — which are one date, not a part and a period side by side.
// Without a date to count from, the value keeps X for the year and says what the text counted.
#include "timex/EnglishTimexNormalisers.h"

#include "timex/EnglishTimexValues.h"

#include <climits>
#include <string>

namespace lede::core::timex::en {

namespace {

// The year a "next year", "the following year" or "the year" names, kUnset without an anchor.
// "the year" alone is the year under discussion, as currentUnit() takes it.
int relativeYear(const M &m, const C &c)
{
    const int dir = m.relative == INT_MIN ? 0 : m.relative;
    const bool anaphoric = m.anaphoric || (m.relative == INT_MIN && c.lastMentioned.full());
    const PartialDate a = anaphoric ? c.anaphoric() : deicticAnchor(c);
    return a.knownYear() ? a.year + dir : kUnset;
}

// Marks a value whose year was left X for want of a reference date ("next year": +1 year).
V withYearOffset(V v, const M &m, int year)
{
    if (year != kUnset || m.anaphoric)
        return v;
    return unresolvedBy(std::move(v), Unit::Year, m.relative == INT_MIN ? 0 : m.relative);
}

} // namespace

V halfOfRelativeYear(const M &m, const C &c)
{
    if (m.ordinal < 1 || m.ordinal > 2)
        return std::nullopt;
    const int y = relativeYear(m, c);
    return withYearOffset(text(yearValue(y) + "-H" + std::to_string(m.ordinal)), m, y);
}

V quarterOfRelativeYear(const M &m, const C &c)
{
    if (m.ordinal < 1 || m.ordinal > 4)
        return std::nullopt;
    const int y = relativeYear(m, c);
    return withYearOffset(text(yearValue(y) + "-Q" + std::to_string(m.ordinal)), m, y);
}

V seasonOfRelativeYear(const M &m, const C &c)
{
    if (m.season < 1 || m.season > 4)
        return std::nullopt;
    const int y = relativeYear(m, c);
    return withYearOffset(text(yearValue(y) + "-" + seasonCode(m.season)), m, y);
}

V monthOfRelativeYearPhrase(const M &m, const C &c)
{
    const int y = relativeYear(m, c);
    V v = month(y, m.month);
    if (y != kUnset)
        v->mentioned = {y, m.month, 0};
    return withYearOffset(std::move(v), m, y);
}

V weekdayOfRelativeWeek(const M &m, const C &c)
{
    // "Tuesday of next week": that weekday in the week one on from the reference date's.
    if (m.weekday < 1 || m.weekday > 7)
        return std::nullopt;
    const int dir = m.relative == INT_MIN ? 0 : m.relative;
    const PartialDate a = m.anaphoric ? c.anaphoric() : deicticAnchor(c);
    if (!a.full()) {
        V v = text("XXXX-WXX-" + std::to_string(m.weekday));
        return m.anaphoric ? v : unresolvedBy(std::move(v), Unit::Week, dir);
    }
    const CalendarDate inWeek = cal::addDays({a.year, a.month, a.day}, 7LL * dir);
    const CalendarDate d = cal::addDays(inWeek, m.weekday - cal::isoWeekday(inWeek));
    return date(d.year, d.month, d.day);
}

} // namespace lede::core::timex::en

// The English normalisers of times of day: clock times, noon and midnight, and the parts of a day ("Friday
// morning", "last night", "overnight"), each on the day it falls on.
#include "timex/EnglishTimexNormalisers.h"

#include "timex/EnglishTimexValues.h"

#include <climits>
#include <string>

namespace lede::core::timex::en {

// The day a time of day falls on, as a TIMEX3 date; nullopt for a day that does not exist
// ("the morning of 31 February 2001").
static std::optional<std::string> dayPart(const M &m, const C &c, PartialDate &day)
{
    if (m.deictic != INT_MIN && c.deictic) {
        const CalendarDate d = cal::addDays(*c.deictic, m.deictic);
        day = {d.year, d.month, d.day};
    } else if (m.weekday) {
        if (auto d = c.weekdayDate(m.weekday, m.relative == INT_MIN ? 0 : m.relative))
            day = {d->year, d->month, d->day};
        else
            return "XXXX-WXX-" + std::to_string(m.weekday);
    } else if (m.month && m.day) {
        day = {yearOf(m) != kUnset ? yearOf(m) : c.yearFor(m.month, m.day), m.month, m.day};
        if (!date(day.year, day.month, day.day))
            return std::nullopt;
    } else if (c.lastMentioned.full()) {
        // "at 10 p.m." belongs to the day under discussion, which is the reference date only
        // until another day is named.
        day = c.lastMentioned;
    } else if (c.deictic && m.deictic == INT_MIN) {
        day = {c.deictic->year, c.deictic->month, c.deictic->day};
    } else {
        return "XXXX-XX-XX";
    }
    return dateValue(day.year, day.month, day.day);
}
V clockTime(const M &m, const C &c)
{
    if (m.hour < 0 || m.hour > 24)
        return std::nullopt;
    PartialDate day;
    const auto d = dayPart(m, c, day);
    if (!d)
        return std::nullopt;
    return TimexValue{TimexType::Time, *d + timeSuffix(m.hour, m.minute, m.second), day};
}
V clockInPartOfDay(const M &m, const C &c)
{
    // "4 in the morning", "9 in the evening"
    if (m.number < 1 || m.number > 12)
        return std::nullopt;
    M t = m;
    t.hour = static_cast<int>(m.number) % 12
        + (m.partOfDay >= 2 && m.partOfDay <= 4 && !(m.partOfDay == 4 && m.number < 5) ? 12 : 0);
    return clockTime(t, c);
}
V noon(const M &m, const C &c)
{
    M t = m;
    t.hour = 12;
    return clockTime(t, c);
}
V midnight(const M &m, const C &c)
{
    M t = m;
    t.hour = 24;
    PartialDate day;
    const auto d = dayPart(t, c, day);
    if (!d)
        return std::nullopt;
    return TimexValue{TimexType::Time, *d + "T24:00", day};
}
V partOfDay(const M &m, const C &c)
{
    // "Tuesday nights", "Sunday mornings": every such part of that weekday.
    if (m.weekday && m.plural)
        return everyWeekday(m, c);
    PartialDate day;
    M t = m;
    if (t.anaphoric && t.relative != INT_MIN && t.relative != 0 && !t.weekday && c.lastMentioned.full()) {
        // "the next morning", "the previous evening": the day after (before) the day under discussion.
        const CalendarDate d =
            cal::addDays({c.lastMentioned.year, c.lastMentioned.month, c.lastMentioned.day}, t.relative);
        return TimexValue{TimexType::Time,
                          dateValue(d.year, d.month, d.day) + "T" + partOfDayCode(m.partOfDay),
                          {d.year, d.month, d.day}};
    }
    if (t.relative == -1 && t.partOfDay == 4 && t.deictic == INT_MIN) // "last night" = yesterday night
        t.deictic = -1;
    else if (t.relative == 0 && t.deictic == INT_MIN && !t.weekday) // "this morning"
        t.deictic = 0;
    const auto d = dayPart(t, c, day);
    if (!d)
        return std::nullopt;
    // TimeBank annotates "Friday morning" as a date, "this morning" as a time.
    TimexValue v{m.weekday ? TimexType::Date : TimexType::Time, *d + "T" + partOfDayCode(m.partOfDay), day};
    if (!day.knownYear() && t.deictic != INT_MIN && !m.weekday) // "yesterday evening" with no date to count from
        v.unresolved = {TimexUnit::Day, t.deictic};
    return v;
}
V overnight(const M &m, const C &c)
{
    // "losses overnight in New York", said of a day: the night that led into that day.
    PartialDate day;
    M t = m;
    t.partOfDay = 4;
    const auto d = dayPart(t, c, day);
    if (!d || !day.full())
        return partOfDay(t, c);
    const CalendarDate before = cal::addDays({day.year, day.month, day.day}, -1);
    return TimexValue{TimexType::Time, dateValue(before.year, before.month, before.day) + "TNI",
                      day}; // the day stays the one discussed
}
V tonight(const M &m, const C &c)
{
    M t = m;
    t.deictic = 0;
    t.partOfDay = 4;
    return partOfDay(t, c);
}

} // namespace lede::core::timex::en

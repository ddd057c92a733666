// The English normalisers of holidays: "Christmas", "Easter week", "Labor Day 1998", "New Year's Eve".
// The lexicon writes each holiday's rule as text (see EnglishTimexLexicon.cpp); it is read here.
#include "timex/EnglishTimexNormalisers.h"

#include "timex/EnglishTimexValues.h"

#include <charconv>
#include <climits>
#include <string_view>

namespace lede::core::timex::en {

namespace {

// A holiday rule read from its lexicon text: a fixed day, a day counted from Easter, or the n-th
// weekday of a month moved by some days.
struct HolidayRule
{
    enum class Kind : uint8_t { Fixed, Easter, NthWeekday } kind = Kind::Fixed;
    bool needsDay = false; // "Labor" is the holiday only in "Labor Day"
    int month = 0, day = 0;   // Fixed: the day; NthWeekday: the month
    int weekday = 0, nth = 0; // NthWeekday
    int offset = 0;           // days added (Easter, NthWeekday)
};

// Reads a signed integer at `s`, advancing it; 0 on malformed text (lexicon data, checked by tests).
int readInt(std::string_view &s)
{
    int v = 0;
    const char *begin = s.data() + (!s.empty() && s.front() == '+' ? 1 : 0);
    const auto r = std::from_chars(begin, s.data() + s.size(), v);
    s.remove_prefix(static_cast<size_t>(r.ptr - s.data()));
    return v;
}

HolidayRule parseRule(std::string_view s)
{
    HolidayRule r;
    if (s.substr(0, 2) == "D:") {
        r.needsDay = true;
        s.remove_prefix(2);
    }
    if (!s.empty() && s.front() == 'E') {
        s.remove_prefix(1);
        r.kind = HolidayRule::Kind::Easter;
        r.month = 4; // roughly, to pick the year around the reference date
        r.offset = readInt(s);
        return r;
    }
    r.month = readInt(s);
    if (!s.empty() && s.front() == '-') {
        s.remove_prefix(1);
        r.day = readInt(s);
        return r;
    }
    r.kind = HolidayRule::Kind::NthWeekday;
    if (!s.empty() && s.front() == '/') {
        s.remove_prefix(1);
        r.weekday = readInt(s);
    }
    if (!s.empty() && s.front() == '/') {
        s.remove_prefix(1);
        r.nth = readInt(s);
    }
    if (!s.empty())
        r.offset = readInt(s);
    return r;
}

CalendarDate dateIn(const HolidayRule &r, int year)
{
    switch (r.kind) {
    case HolidayRule::Kind::Fixed: return {year, r.month, r.day};
    case HolidayRule::Kind::Easter: return cal::addDays(cal::easterSunday(year), r.offset);
    case HolidayRule::Kind::NthWeekday: return cal::addDays(cal::nthWeekdayOfMonth(year, r.month, r.weekday, r.nth), r.offset);
    }
    return {year, 1, 1};
}

// The holiday's date in the year the text names, else the year the context suggests; nullopt when
// no year is known (the value then keeps what is certain).
std::optional<CalendarDate> holidayDate(const HolidayRule &r, const M &m, const C &c)
{
    int y = yearOf(m);
    if (y == kUnset)
        y = c.yearFor(r.month, r.day > 0 ? r.day : 15);
    if (y == kUnset)
        return std::nullopt;
    return dateIn(r, y);
}

V unknownYear(const HolidayRule &r)
{
    if (r.kind == HolidayRule::Kind::Fixed)
        return date(kUnset, r.month, r.day);
    return text(r.kind == HolidayRule::Kind::NthWeekday ? monthValue(kUnset, r.month) + "-XX" : std::string("XXXX-XX-XX"));
}

V onDate(const CalendarDate &d)
{
    return date(d.year, d.month, d.day);
}

} // namespace

V holiday(const M &m, const C &c)
{
    const HolidayRule r = parseRule(m.word->holiday);
    if (r.needsDay)
        return std::nullopt;
    return holidayDay(m, c);
}
V holidayDay(const M &m, const C &c)
{
    const HolidayRule r = parseRule(m.word->holiday);
    const auto d = holidayDate(r, m, c);
    return d ? onDate(*d) : unknownYear(r);
}
V holidayEve(const M &m, const C &c)
{
    // "Christmas Eve": the day before.
    const HolidayRule r = parseRule(m.word->holiday);
    if (r.needsDay)
        return std::nullopt;
    const auto d = holidayDate(r, m, c);
    if (!d)
        return r.kind == HolidayRule::Kind::Fixed && r.day > 1 ? date(kUnset, r.month, r.day - 1) : text("XXXX-XX-XX");
    return onDate(cal::addDays(*d, -1));
}
V holidayWeek(const M &m, const C &c)
{
    // "Easter week", "Thanksgiving week": the week holding the holiday.
    const HolidayRule r = parseRule(m.word->holiday);
    if (r.needsDay)
        return std::nullopt;
    const auto d = holidayDate(r, m, c);
    return text(d ? weekValue(*d) : std::string("XXXX-WXX"));
}
// "Labor Day weekend", "Easter weekend": the weekend a Monday holiday ends, else the one it begins
// or falls in.
static V weekendOf(const HolidayRule &r, const M &m, const C &c)
{
    const auto d = holidayDate(r, m, c);
    if (!d)
        return text("XXXX-WXX-WE");
    const CalendarDate sunday = cal::isoWeekday(*d) == 1 ? cal::addDays(*d, -1) : *d;
    return text(weekValue(sunday) + "-WE");
}
V holidayWeekend(const M &m, const C &c)
{
    const HolidayRule r = parseRule(m.word->holiday);
    if (r.needsDay)
        return std::nullopt;
    return weekendOf(r, m, c);
}
V holidayWeekendOfDay(const M &m, const C &c)
{
    return weekendOf(parseRule(m.word->holiday), m, c);
}
V holidayWeekday(const M &m, const C &c)
{
    // "Easter Monday", "Easter Sunday": that weekday on or after the holiday.
    const HolidayRule r = parseRule(m.word->holiday);
    if (r.needsDay)
        return std::nullopt;
    const auto d = holidayDate(r, m, c);
    if (!d)
        return text("XXXX-XX-XX");
    return onDate(C::weekdayFrom(*d, m.weekday, 1, false));
}
V holidayRel(const M &m, const C &c)
{
    if (parseRule(m.word->holiday).needsDay) // "last Labor" is no holiday; "last Labor Day" is
        return std::nullopt;
    return holidayRelDay(m, c);
}
V holidayRelDay(const M &m, const C &c)
{
    // "last Thanksgiving": the latest one before the reference date; "next Christmas" the first after.
    const HolidayRule r = parseRule(m.word->holiday);
    if (m.relative == 0 || m.relative == INT_MIN || !c.deictic)
        return holidayDay(m, c);
    const CalendarDate now = *c.deictic;
    CalendarDate d = dateIn(r, now.year);
    if (m.relative < 0 && !(d < now))
        d = dateIn(r, now.year - 1);
    else if (m.relative > 0 && !(now < d))
        d = dateIn(r, now.year + 1);
    return onDate(d);
}
V newYearsDay(const M &m, const C &c)
{
    const int y = yearOf(m) != kUnset ? yearOf(m) : c.yearFor(1, 1);
    return date(y, 1, 1);
}
V newYearsEve(const M &m, const C &c)
{
    const int y = yearOf(m) != kUnset ? yearOf(m) : c.yearFor(12, 31);
    return date(y, 12, 31);
}

} // namespace lede::core::timex::en

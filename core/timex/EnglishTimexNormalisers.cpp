// The normalisers of the English rule table (see EnglishTimexRules.cpp for the patterns that use them): explicit
// and relative dates, durations, sets and vague references. Times of day, business periods, holidays, compounds
// and discourse references have files of their own (EnglishTimex*Normalisers.cpp, EnglishTimexHolidays.cpp).
#include "timex/EnglishTimexNormalisers.h"

#include "timex/EnglishTimexValues.h"

#include <climits>
#include <cstdio>
#include <string>

namespace lede::core::timex::en {

// --- explicit dates ---
V monthDayYear(const M &m, const C &) { return date(yearOf(m), m.month, m.day); }
V monthDay(const M &m, const C &c) { return withContextYear(date(c.yearFor(m.month, m.day), m.month, m.day)); }
// "'99", "Feb. '22": the year with those last two digits in the century around the anchor, taken in
// the past unless it lies at most ten years ahead ("'99" is 1899 in a story of 1898, 1999 in 2025).
static int expandedYear(const M &m, const C &c)
{
    const int y = yearOf(m);
    if (!m.twoDigitYear || y == kUnset)
        return y;
    const int anchor = c.deictic && !c.narrative ? c.deictic->year : c.lastMentioned.knownYear() ? c.lastMentioned.year : kUnset;
    if (anchor == kUnset)
        return y;
    const int base = anchor - ((anchor % 100) + 100) % 100;
    int r = base + y % 100;
    if (r > anchor + 10)
        r -= 100;
    else if (r < anchor - 90)
        r += 100;
    return r;
}
V monthYear(const M &m, const C &c) { return month(expandedYear(m, c), m.month); }
V monthOnly(const M &m, const C &c) { return withContextYear(month(c.yearFor(m.month, 0), m.month)); }
V yearOnly(const M &m, const C &c) { return year(expandedYear(m, c)); }
V plausibleYear(const M &m, const C &)
{
    // A lone four-digit number is a year only in the range where prose names years that way;
    // "1190" or "2613" alone are counts. Older years come with a month, "in", or an era.
    if (m.year < 1400 || m.year > 2100)
        return std::nullopt;
    return year(m.year);
}
// "AD 862", "410 CE": the era makes any number up to the present a year.
V eraYear(const M &m, const C &)
{
    if (m.number < 1 || m.number > 2999 || m.number != static_cast<int>(m.number))
        return std::nullopt;
    return year(static_cast<int>(m.number));
}
V yearNumber(const M &m, const C &)
{
    // "the year two thousand", "the year 862": a year written as a plain number after "the year".
    if (m.number < 1 || m.number > 2999 || m.number != static_cast<int>(m.number))
        return std::nullopt;
    return year(static_cast<int>(m.number));
}
V slashed(const M &m, const C &c)
{
    // 02/24/2022 or 24/02/2022: a part above 12 decides; otherwise the document's locale.
    const int a = m.month, b = m.day;
    if (a > 12 || (b <= 12 && c.dayFirst))
        return date(m.year, b, a);
    return date(m.year, a, b);
}
V weekOf(const M &m, const C &c)
{
    const int y = yearOf(m) != kUnset ? yearOf(m) : c.yearFor(m.month, m.day);
    if (y == kUnset || !cal::isValidDate(y, m.month, m.day))
        return text("XXXX-WXX");
    return text(weekValue({y, m.month, m.day}));
}
V decade(const M &m, const C &) { return text(std::to_string(m.decade)); }
V century(const M &m, const C &)
{
    if (m.ordinal < 1 || m.ordinal > 30)
        return std::nullopt;
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", m.ordinal - 1);
    return text(buf);
}
// "the 5th century BC": the BC 400s, written as TIMEX3 writes BC years ("BC04"), counted like "19" for
// the twentieth century.
V centuryBce(const M &m, const C &)
{
    if (m.ordinal < 1 || m.ordinal > 99)
        return std::nullopt;
    char buf[8];
    std::snprintf(buf, sizeof buf, "BC%02d", m.ordinal - 1);
    return text(buf);
}
// "the third millennium": "2", the years 2000–2999 (one digit of a four-digit year).
V millennium(const M &m, const C &)
{
    if (m.ordinal < 1 || m.ordinal > 9)
        return std::nullopt;
    return text(std::to_string(m.ordinal - 1));
}
V millenniumBce(const M &m, const C &)
{
    if (m.ordinal < 1 || m.ordinal > 9)
        return std::nullopt;
    return text("BC" + std::to_string(m.ordinal - 1));
}
V seasonYear(const M &m, const C &)
{
    // "the spring of 1915" names the year the story is in, for the months that follow.
    TimexValue v = *text(yearValue(yearOf(m)) + "-" + seasonCode(m.season));
    v.mentioned = {yearOf(m), 0, 0};
    return v;
}
V seasonNow(const M &m, const C &c)
{
    int y = c.yearFor(m.season == 4 ? 1 : m.season * 3 + 2, 0);
    return text(yearValue(y) + "-" + seasonCode(m.season));
}
V seasonBare(const M &m, const C &c)
{
    // "spring" and "fall" alone are far more often verbs than seasons.
    if (m.season == 1 || m.season == 3)
        return std::nullopt;
    return seasonNow(m, c);
}
// Where each season begins (northern hemisphere, astronomical), so that "next spring" said on
// March 14 is the spring about to begin a week later, not the one a year on.
static CalendarDate seasonStart(int year, int season)
{
    static constexpr int kStart[5][2] = {{1, 1}, {3, 20}, {6, 21}, {9, 22}, {12, 21}};
    return {year, kStart[season][0], kStart[season][1]};
}
V seasonRel(const M &m, const C &c)
{
    if (!c.deictic || m.season < 1 || m.season > 4)
        return text(std::string("XXXX-") + seasonCode(m.season));
    // "last fall": the latest fall that has ended (a season is labelled with the year it starts in).
    const int seasonMonth[5] = {0, 3, 6, 9, 12};
    const CalendarDate now = *c.deictic;
    int y = now.year;
    if (m.relative < 0 && seasonMonth[m.season] >= now.month - 1)
        --y;
    // "next spring": the first spring still to begin.
    if (m.relative > 0 && seasonStart(y, m.season) <= now)
        ++y;
    return text(yearValue(y) + "-" + seasonCode(m.season));
}
V seasonComing(const M &m, const C &c)
{
    // "the coming spring", "this coming spring": the spring under way, else the next to begin.
    if (!c.deictic || m.season < 1 || m.season > 4)
        return text(std::string("XXXX-") + seasonCode(m.season));
    const CalendarDate now = *c.deictic;
    for (int y = now.year - 1; y <= now.year + 1; ++y) {
        const CalendarDate end = m.season == 4 ? seasonStart(y + 1, 1) : seasonStart(y, m.season + 1);
        if (now < end)
            return text(yearValue(y) + "-" + seasonCode(m.season));
    }
    return text(yearValue(now.year + 1) + "-" + seasonCode(m.season));
}

// --- relative dates ---
V deicticDay(const M &m, const C &c)
{
    if (!c.deictic)
        return m.deictic == 0 ? text("PRESENT_REF") : unresolvedBy(text("XXXX-XX-XX"), Unit::Day, m.deictic);
    const CalendarDate d = cal::addDays(*c.deictic, m.deictic);
    return date(d.year, d.month, d.day);
}
V weekday(const M &m, const C &c)
{
    const bool hasDirection = m.relative != INT_MIN && m.relative != 0;
    // "the previous Friday", "the following Monday" count from the day under discussion.
    if (hasDirection && m.anaphoric && c.lastMentioned.full()) {
        const CalendarDate d = C::weekdayFrom({c.lastMentioned.year, c.lastMentioned.month, c.lastMentioned.day}, m.weekday, m.relative, true);
        return date(d.year, d.month, d.day);
    }
    const auto d = c.weekdayDate(m.weekday, hasDirection ? m.relative : 0, hasDirection);
    if (!d)
        return text("XXXX-WXX-" + std::to_string(m.weekday));
    return date(d->year, d->month, d->day);
}
V relativeUnit(const M &m, const C &c)
{
    // "last week", "next month", "this year" against the reference date; "the following day",
    // "the previous year" against the last date mentioned.
    // "coming weeks", "past years" are stretches of unknown length: left to the duration rules.
    if (m.unit == Unit::Second || m.unit == Unit::Minute || m.unit == Unit::Hour || m.unit == Unit::None || m.plural)
        return std::nullopt;
    const int dir = m.relative == INT_MIN ? 0 : m.relative;
    const PartialDate a = m.anaphoric ? c.anaphoric() : deicticAnchor(c);
    TimexValue v{TimexType::Date, C::shifted(a, m.unit, dir), {}};
    if (!a.knownYear() && !m.anaphoric)
        v.unresolved = {publicUnit(m.unit), dir};
    if (m.unit == Unit::Day && a.full()) {
        const CalendarDate d = cal::addDays({a.year, a.month, a.day}, dir);
        v.mentioned = {d.year, d.month, d.day};
    } else if (m.unit == Unit::Year && a.knownYear()) {
        v.mentioned = {a.year + dir, 0, 0};
    }
    return v;
}
// "results for the full year": the whole of the current (reporting) year, as "this year" is.
V fullYear(const M &m, const C &c)
{
    if (m.unit != Unit::Year || m.plural)
        return std::nullopt;
    M t = m;
    t.relative = 0;
    return relativeUnit(t, c);
}
V relativeUnitThe(const M &m, const C &c)
{
    // "the next day" follows the day under discussion, where "next week" counts from today.
    M t = m;
    if (m.unit == Unit::Day && m.relative == 1)
        t.anaphoric = true;
    return relativeUnit(t, c);
}
V partOfDayThe(const M &m, const C &c)
{
    // "the next morning" likewise follows the day under discussion.
    M t = m;
    if (m.relative == 1)
        t.anaphoric = true;
    return partOfDay(t, c);
}
V anaphoricUnit(const M &m, const C &c)
{
    M t = m;
    t.anaphoric = true;
    t.relative = 0;
    return relativeUnit(t, c);
}
V relativeMonth(const M &m, const C &c)
{
    // "the previous April" counts from the month under discussion; "last April" from today.
    const PartialDate a = m.anaphoric || !c.deictic ? c.anaphoric() : deicticAnchor(c);
    if (!a.knownYear() || a.month == 0)
        return month(c.yearFor(m.month, 0), m.month);
    int y = a.year;
    // "last February" said in March is a year back: the month just ended is "last month".
    if (m.relative < 0 && m.month >= a.month - (m.anaphoric ? 0 : 1))
        --y;
    if (m.relative > 0 && m.month <= a.month)
        ++y;
    return month(y, m.month);
}
V monthOfRelativeYear(const M &m, const C &c)
{
    if (!c.deictic)
        return unresolvedBy(month(kUnset, m.month), Unit::Year, m.relative == INT_MIN ? 0 : m.relative);
    return month(c.deictic->year + (m.relative == INT_MIN ? 0 : m.relative), m.month);
}
static V shiftedUnit(const M &m, const C &c, bool deictic)
{
    const int dir = m.shift;
    if (m.number == TimexMatch::kSome || m.number < 0)
        return text(dir < 0 ? "PAST_REF" : "FUTURE_REF");
    if (m.number > 100000)
        return std::nullopt;
    // "a year ago" after "the third quarter" compares quarters: the same quarter a year back.
    if (m.unit == Unit::Year && m.number == 1 && c.reportingQuarter())
        return comparisonQuarter(c, dir);
    // In news the comparison is with the reference year, not with a year already shifted.
    if (m.unit >= Unit::Month && !c.narrative && c.deictic)
        deictic = true;
    const PartialDate a = deictic ? deicticAnchor(c) : c.anaphoric();
    const int n = static_cast<int>(m.number) * dir;
    TimexValue v{TimexType::Date, C::shifted(a, m.unit, n), {}};
    if (!a.knownYear() && deictic)
        v.unresolved = {publicUnit(m.unit), n};
    if (m.unit == Unit::Day && a.full()) {
        const CalendarDate d = cal::addDays({a.year, a.month, a.day}, n);
        v.mentioned = {d.year, d.month, d.day};
    } else if (m.unit == Unit::Year && a.knownYear()) {
        v.mentioned = {a.year + n, 0, 0};
    }
    return v;
}
V ago(const M &m, const C &c) { return shiftedUnit(m, c, m.shiftFromNow); }
V agoArticle(const M &m, const C &c)
{
    if (m.unit == Unit::Second)
        return std::nullopt;
    M t = m;
    t.number = m.number < 0 ? 1 : m.number;
    return ago(t, c);
}

// --- durations ---
V duration(const M &m, const C &)
{
    if (m.unit == Unit::None || m.number > 1000000)
        return std::nullopt;
    return text(durationValue(m.number, m.unit), TimexType::Duration);
}
V durationArticle(const M &m, const C &c)
{
    if (m.unit == Unit::Second || m.plural) // "a second chance"
        return std::nullopt;
    M t = m;
    t.number = 1;
    return duration(t, c);
}
V durationHundreds(const M &m, const C &c)
{
    // "a hundred years", "a thousand days"
    if (m.number != 100 && m.number != 1000)
        return std::nullopt;
    return duration(m, c);
}
V durationAndHalf(const M &m, const C &c)
{
    M t = m;
    t.number = (m.number < 0 ? 1 : m.number) + 0.5;
    return duration(t, c);
}
V durationCompound(const M &m, const C &c)
{
    // Compound adjectives take the singular ("four-day"); "three-quarters" is a fraction.
    if (m.plural)
        return std::nullopt;
    return duration(m, c);
}
V durationVagueQualified(const M &m, const C &c)
{
    M t = m;
    t.qualified = true;
    return durationVague(t, c);
}
V durationCouple(const M &m, const C &c)
{
    M t = m;
    t.number = 2;
    return duration(t, c);
}
V durationVague(const M &m, const C &c)
{
    // A bare "quarters" is lodging ("winter quarters") far more often than time; "coming quarters",
    // "recent quarters" (a qualifier matched) are time.
    const bool qualified = m.relative != INT_MIN || m.qualified;
    if (!m.plural || m.unit == Unit::Second || m.unit == Unit::Weekend || (m.unit == Unit::Quarter && !qualified))
        return std::nullopt;
    M t = m;
    t.number = TimexMatch::kSome;
    return duration(t, c);
}
V durationSingular(const M &m, const C &c)
{
    if (m.plural)
        return std::nullopt;
    M t = m;
    t.number = 1;
    return duration(t, c);
}
// "the year ended March 31" is the twelve months up to that date (TimeML: P1Y), not the calendar
// year. Quarters are left out: "the quarter ended Sept. 30" is annotated as the quarter itself.
V accountingYear(const M &m, const C &c)
{
    if (m.unit != Unit::Year)
        return std::nullopt;
    return durationSingular(m, c);
}
V weekend(const M &m, const C &c)
{
    M t = m;
    t.relative = m.relative == INT_MIN ? 0 : m.relative;
    // "the weekend" said on a weekday in the past tense is the one just gone.
    if (m.relative == INT_MIN && c.tense == Tense::Past && c.deictic && cal::isoWeekday(*c.deictic) <= 5)
        t.relative = -1;
    t.unit = Unit::Weekend;
    return relativeUnit(t, c);
}

// --- sets ---
V setAdverb(const M &m, const C &) { return text(m.word->setValue, TimexType::Set); }
V everyUnit(const M &m, const C &)
{
    return text(durationValue(m.number < 0 ? 1 : m.number, m.unit), TimexType::Set);
}
V everyWeekday(const M &m, const C &)
{
    std::string v = "XXXX-WXX-" + std::to_string(m.weekday);
    if (m.partOfDay)
        v += std::string("T") + partOfDayCode(m.partOfDay);
    return text(v, TimexType::Set);
}
V everyMonth(const M &m, const C &) { return text(monthValue(kUnset, m.month), TimexType::Set); }

// --- vague references ---
V vague(const M &m, const C &) { return text(m.word->vague); }
V presentRef(const M &, const C &) { return text("PRESENT_REF"); }
V pastRef(const M &, const C &) { return text("PAST_REF"); }
V futureRef(const M &, const C &) { return text("FUTURE_REF"); }

} // namespace lede::core::timex::en

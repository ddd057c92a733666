// TimexContext: anchor arithmetic and TIMEX3 value formatting.
#include "timex/TimexContext.h"

#include "timex/CalendarMath.h"

#include <cmath>
#include <cstdio>

namespace lede::core::timex {

namespace cal = lede::core::calendar;

PartialDate TimexContext::anaphoric() const
{
    if (lastMentioned.knownYear())
        return lastMentioned;
    if (deictic)
        return {deictic->year, deictic->month, deictic->day};
    return {};
}

void TimexContext::noteReportingPeriod(const TimexValue &v)
{
    const std::string &s = v.value;
    auto digits = [&](size_t from, size_t n) {
        if (s.size() < from + n)
            return false;
        for (size_t i = from; i < from + n; ++i)
            if (s[i] < '0' || s[i] > '9')
                return false;
        return true;
    };
    if (v.type == TimexType::Date && s.size() == 7 && digits(0, 4) && s[4] == '-' && s[5] == 'Q' && s[6] >= '1' && s[6] <= '4') {
        const int year = std::stoi(s.substr(0, 4)), quarter = s[6] - '0';
        namedQuarterYear = year;
        namedQuarter = quarter;
        // Results are reported for a quarter that has ended; one still running or to come is a
        // forecast. Of the ended quarters named, the latest is the one reported on ("third-quarter
        // net ... compared with a flat second quarter").
        const bool ended = !deictic || narrative || year < deictic->year || (year == deictic->year && quarter * 3 < deictic->month);
        const bool later = lastQuarter == 0 || year > lastQuarterYear || (year == lastQuarterYear && quarter >= lastQuarter);
        if (!v.comparison && ended && (later || periodMonths > 0)) {
            lastQuarterYear = year;
            lastQuarter = quarter;
            periodMonths = 0;
        }
        return;
    }
    // Half-year, nine-month and twelve-month results: "for the nine months, takings grew ...".
    if (v.type == TimexType::Duration && (s == "P6M" || s == "P9M" || s == "P12M"))
        periodMonths = std::stoi(s.substr(1, s.size() - 2));
}

int TimexContext::yearFor(int month, int day) const
{
    const PartialDate a = deictic && !narrative ? PartialDate{deictic->year, deictic->month, deictic->day} : lastMentioned;
    if (!a.knownYear())
        return TimexMatch::kUnset;
    if (a.month == 0)
        return a.year;
    // A month named without a year is taken in the anchor's year unless the tense or the distance
    // says otherwise: "in December" said in January in the past tense is last December; "in January"
    // said in November without a tense cue is the coming January. Tense cues are noisy ("extended
    // until Nov. 16"), so the tense moves a month across the year end only when it is over two
    // months away.
    const int delta = month - a.month;
    // A narrative is told in the past tense throughout and moves forward: the tense says nothing
    // about the year, and a month named after a date of that year belongs to the same year; only
    // "in January" right after a December has turned the year.
    if (narrative)
        return a.month == 12 && month == 1 ? a.year + 1 : a.year;
    if (tense == Tense::Past && delta > 2)
        return a.year - 1;
    if (tense == Tense::Future && delta < -2)
        return a.year + 1;
    if (tense == Tense::Unknown && delta > 6)
        return a.year - 1;
    if (tense == Tense::Unknown && delta < -6)
        return a.year + 1;
    (void)day;
    return a.year;
}

std::optional<CalendarDate> TimexContext::weekdayDate(int weekday, int direction, bool explicitDirection) const
{
    CalendarDate a;
    if (deictic)
        a = *deictic;
    else if (lastMentioned.full())
        a = {lastMentioned.year, lastMentioned.month, lastMentioned.day};
    else
        return std::nullopt;
    if (direction == 0) {
        direction = tense == Tense::Future ? 1 : -1;
        explicitDirection = explicitDirection || (request && tense == Tense::Future);
    }
    return weekdayFrom(a, weekday, direction, explicitDirection);
}

CalendarDate TimexContext::weekdayFrom(const CalendarDate &a, int weekday, int direction, bool explicitDirection)
{
    const int today = cal::isoWeekday(a);
    if (direction > 0) {
        int ahead = (weekday - today + 7) % 7;
        if (ahead == 0 && explicitDirection)
            ahead = 7;
        return cal::addDays(a, ahead);
    }
    int back = (today - weekday + 7) % 7;
    if (back == 0 && explicitDirection)
        back = 7;
    return cal::addDays(a, -back);
}

std::string TimexContext::shifted(const PartialDate &a, Unit unit, int n)
{
    if (!a.knownYear()) {
        switch (unit) {
        case Unit::Day: return "XXXX-XX-XX";
        case Unit::Week: return "XXXX-WXX";
        case Unit::Weekend: return "XXXX-WXX-WE";
        case Unit::Month: return "XXXX-XX";
        case Unit::Quarter: return "XXXX-QX";
        case Unit::Half: return "XXXX-HX";
        case Unit::Decade: return "XXX";
        case Unit::Century: return "XX";
        default: return "XXXX";
        }
    }
    const CalendarDate d{a.year, a.month > 0 ? a.month : 1, a.day > 0 ? a.day : 1};
    switch (unit) {
    case Unit::Second:
    case Unit::Minute:
    case Unit::Hour:
    case Unit::Day:
        // A day counted from a month or a year keeps its granularity, its unknown parts X:
        // "that same day" after "last October" is 1998-10-XX.
        if (a.day == 0)
            return a.month > 0 ? monthValue(a.year, a.month) + "-XX" : yearValue(a.year) + "-XX-XX";
        {
            const CalendarDate r = cal::addDays(d, unit == Unit::Day ? n : 0);
            return dateValue(r.year, r.month, r.day);
        }
    case Unit::Week:
    case Unit::Weekend:
        if (a.day == 0)
            return yearValue(a.year) + (unit == Unit::Weekend ? "-WXX-WE" : "-WXX");
        return weekValue(cal::addDays(d, 7LL * n)) + (unit == Unit::Weekend ? "-WE" : "");
    case Unit::Month:
        if (a.month == 0)
            return yearValue(a.year);
        {
            const CalendarDate r = cal::addMonths(d, n);
            return monthValue(r.year, r.month);
        }
    case Unit::Quarter: {
        if (a.month == 0)
            return yearValue(a.year);
        const CalendarDate r = cal::addMonths(d, 3 * n);
        return yearValue(r.year) + "-Q" + std::to_string((r.month - 1) / 3 + 1);
    }
    case Unit::Half: {
        if (a.month == 0)
            return yearValue(a.year);
        const CalendarDate r = cal::addMonths(d, 6 * n);
        return yearValue(r.year) + "-H" + std::to_string((r.month - 1) / 6 + 1);
    }
    case Unit::Year: return yearValue(a.year + n);
    case Unit::Decade:
    case Unit::Century:
    case Unit::Millennium: {
        const int digits = unit == Unit::Decade ? 1 : unit == Unit::Century ? 2 : 3;
        const int step = unit == Unit::Decade ? 10 : unit == Unit::Century ? 100 : 1000;
        const std::string y = yearValue(a.year + step * n);
        if (y.back() == 'F') // FUTURE_REF, PAST_REF
            return y;
        return y.substr(0, y.size() - static_cast<size_t>(digits));
    }
    case Unit::None: break;
    }
    return yearValue(a.year);
}

std::string yearValue(int year)
{
    if (year == TimexMatch::kUnset)
        return "XXXX";
    // A TIMEX3 year has four digits. A year past them (a reference date near 9999 and "next year") can only be
    // told as the future or the past; valueWithinRange() drops whatever was appended to these.
    if (year > kLastTimexYear)
        return "FUTURE_REF";
    if (year < kFirstTimexYear)
        return "PAST_REF";
    char buf[24];
    if (year <= 0) // astronomical 0 is 1 BC, which TIMEX3 writes BC0001
        std::snprintf(buf, sizeof buf, "BC%04d", 1 - year);
    else
        std::snprintf(buf, sizeof buf, "%04d", year);
    return buf;
}

std::string valueWithinRange(std::string value)
{
    for (const std::string_view ref : {std::string_view("FUTURE_REF"), std::string_view("PAST_REF")}) {
        if (value.size() > ref.size() && value.compare(0, ref.size(), ref) == 0)
            value.resize(ref.size());
    }
    return value;
}

std::string monthValue(int year, int month)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "-%02d", month);
    return yearValue(year) + buf;
}

std::string dateValue(int year, int month, int day)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "-%02d", day);
    return monthValue(year, month) + buf;
}

std::string weekValue(const CalendarDate &d)
{
    const cal::IsoWeek w = cal::isoWeek(d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "-W%02d", w.week);
    return yearValue(w.year) + buf;
}

std::string durationValue(double number, Unit unit)
{
    // A counted decade is written in years (P20Y for "two decades"), as ISO 8601 has no decade and
    // most TimeML annotation does so; an uncounted one keeps its unit (PXDE for "decades").
    if (unit == Unit::Decade && number != TimexMatch::kSome && number > 0) {
        number *= 10;
        unit = Unit::Year;
    }
    // Halves go to the next smaller unit, as TIMEX3 has no fractions of calendar units: P2Y6M, PT5H30M.
    if (number >= 0 && number - std::floor(number) == 0.5) {
        const std::string w = std::to_string(static_cast<long long>(std::floor(number)));
        switch (unit) {
        case Unit::Year: return "P" + w + "Y6M";
        case Unit::Day: return "P" + w + "DT12H";
        case Unit::Hour: return "PT" + w + "H30M";
        case Unit::Minute: return "PT" + w + "M30S";
        default: break;
        }
    }
    std::string n;
    if (number == TimexMatch::kSome || number < 0)
        n = "X";
    else if (number == std::floor(number))
        n = std::to_string(static_cast<long long>(number));
    else {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", number);
        n = buf;
    }
    switch (unit) {
    case Unit::Second: return "PT" + n + "S";
    case Unit::Minute: return "PT" + n + "M";
    case Unit::Hour: return "PT" + n + "H";
    case Unit::Day: return "P" + n + "D";
    case Unit::Week: return "P" + n + "W";
    case Unit::Weekend: return "P" + n + "WE";
    case Unit::Month: return "P" + n + "M";
    case Unit::Quarter: return "P" + n + "Q";
    case Unit::Half: return "P" + n + "H";
    case Unit::Year: return "P" + n + "Y";
    case Unit::Decade: return "P" + n + "DE";
    case Unit::Century: return "P" + n + "CE";
    case Unit::Millennium: return "P" + n + "ML";
    case Unit::None: break;
    }
    return "P" + n + "X";
}

std::string timeSuffix(int hour, int minute, int second)
{
    char buf[48];
    if (second >= 0)
        std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hour, minute < 0 ? 0 : minute, second);
    else
        std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute < 0 ? 0 : minute);
    return buf;
}

const char *partOfDayCode(int p)
{
    static const char *kCodes[] = {"DT", "MO", "AF", "EV", "NI", "DT"};
    return p >= 0 && p <= 5 ? kCodes[p] : "DT";
}

const char *seasonCode(int s)
{
    static const char *kCodes[] = {"XX", "SP", "SU", "FA", "WI"};
    return s >= 0 && s <= 4 ? kCodes[s] : "XX";
}

} // namespace lede::core::timex

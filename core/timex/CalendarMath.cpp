// CalendarMath: day numbers via Howard Hinnant's civil-date algorithms (public domain formulas).
#include "timex/CalendarMath.h"

namespace lede::core::calendar {

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

bool isValidDate(int year, int month, int day)
{
    return day >= 1 && day <= daysInMonth(year, month);
}

int64_t toDayNumber(const CalendarDate &d)
{
    const int64_t y = static_cast<int64_t>(d.year) - (d.month <= 2 ? 1 : 0);
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t mp = (d.month + 9) % 12; // March = 0
    const int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CalendarDate fromDayNumber(int64_t z)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

CalendarDate addDays(const CalendarDate &d, int64_t days)
{
    return fromDayNumber(toDayNumber(d) + days);
}

CalendarDate addMonths(const CalendarDate &d, int months)
{
    const int64_t total = static_cast<int64_t>(d.year) * 12 + (d.month - 1) + months;
    int64_t year = total >= 0 ? total / 12 : (total - 11) / 12;
    const int month = static_cast<int>(total - year * 12) + 1;
    CalendarDate r{static_cast<int>(year), month, d.day};
    const int last = daysInMonth(r.year, r.month);
    if (r.day > last)
        r.day = last;
    return r;
}

int isoWeekday(const CalendarDate &d)
{
    const int64_t n = toDayNumber(d); // 1970-01-01 was a Thursday (4)
    const int64_t w = ((n % 7) + 7 + 3) % 7; // Monday = 0
    return static_cast<int>(w) + 1;
}

IsoWeek isoWeek(const CalendarDate &d)
{
    // The ISO week belongs to the year that holds its Thursday.
    const CalendarDate thursday = addDays(d, 4 - isoWeekday(d));
    const int64_t jan1 = toDayNumber({thursday.year, 1, 1});
    const int week = static_cast<int>((toDayNumber(thursday) - jan1) / 7) + 1;
    return {thursday.year, week};
}

CalendarDate easterSunday(int year)
{
    // Floor division keeps the arithmetic defined for year 0 and BCE years too.
    auto fdiv = [](int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); };
    auto fmod = [&](int64_t a, int64_t b) { return a - b * fdiv(a, b); };
    const int64_t y = year;
    const int64_t a = fmod(y, 19), b = fdiv(y, 100), c = fmod(y, 100);
    const int64_t d = fdiv(b, 4), e = fmod(b, 4), f = fdiv(b + 8, 25), g = fdiv(b - f + 1, 3);
    const int64_t h = fmod(19 * a + b - d - g + 15, 30);
    const int64_t i = fdiv(c, 4), k = fmod(c, 4);
    const int64_t l = fmod(32 + 2 * e + 2 * i - h - k, 7);
    const int64_t m = fdiv(a + 11 * h + 22 * l, 451);
    const int64_t month = fdiv(h + l - 7 * m + 114, 31);
    const int64_t day = fmod(h + l - 7 * m + 114, 31) + 1;
    return {year, static_cast<int>(month), static_cast<int>(day)};
}

CalendarDate nthWeekdayOfMonth(int year, int month, int weekday, int n)
{
    const int last = daysInMonth(year, month);
    if (last == 0 || weekday < 1 || weekday > 7)
        return {year, month < 1 ? 1 : month > 12 ? 12 : month, 1};
    const int first = 1 + (weekday - isoWeekday({year, month, 1}) + 7) % 7;
    const int count = (last - first) / 7 + 1;
    const int k = n < 0 || n > count ? count : n == 0 ? 1 : n;
    return {year, month, first + 7 * (k - 1)};
}

} // namespace lede::core::calendar

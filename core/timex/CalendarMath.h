// CalendarMath: proleptic Gregorian arithmetic used to resolve relative temporal expressions.
// Pure integer functions (no <chrono> calendar types: g++ 12's support is partial).
#pragma once

#include "timex/Timex.h"

#include <cstdint>

namespace lede::core::calendar {

bool isLeapYear(int year);
int daysInMonth(int year, int month); // 0 for a month outside 1–12
bool isValidDate(int year, int month, int day);

// Days since 1970-01-01 (negative before); valid for any int year.
int64_t toDayNumber(const CalendarDate &d);
CalendarDate fromDayNumber(int64_t days);

CalendarDate addDays(const CalendarDate &d, int64_t days);
// Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29).
CalendarDate addMonths(const CalendarDate &d, int months);

int isoWeekday(const CalendarDate &d); // Monday = 1 … Sunday = 7

struct IsoWeek
{
    int year = 0;
    int week = 0; // 1–53
};
IsoWeek isoWeek(const CalendarDate &d);

// Easter Sunday of a Gregorian year (the anonymous Gregorian computus; years 1583 onwards are exact,
// earlier ones follow the same proleptic rule).
CalendarDate easterSunday(int year);
// The n-th given weekday (1 = Monday) of a month: n = 1 the first, n = -1 the last. n is clamped to
// what the month holds (a fifth Monday that does not exist is the last one).
CalendarDate nthWeekdayOfMonth(int year, int month, int weekday, int n);

} // namespace lede::core::calendar

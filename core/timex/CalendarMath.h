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

} // namespace lede::core::calendar

// timexInterval: the calendar bounds of a TIMEX3 value at its granularity (see Event.h for the shapes).
// A value is read as a year part (digits, "BC" digits, "-" digits or "XXXX"), then at most one
// refinement (month, day, week, quarter, half, season), then anything after "T" (a time of that day).
#include "events/Event.h"

#include "timex/CalendarMath.h"

#include <cctype>

namespace lede::core {

namespace {

namespace cal = calendar;

constexpr int kLeapYear = 2000; // lengths of months for a value without a year: February has 29 days

bool allDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (const char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
    return true;
}

int number(std::string_view s)
{
    int n = 0;
    for (const char c : s)
        n = n * 10 + (c - '0');
    return n;
}

// The years a year part covers, as astronomical years (1 BCE = 0): "2025", "199" (a decade), "19" (a
// century), "2" (a millennium); "BC0044" is 44 BCE, "-0043" the same year written as ISO 8601 does.
struct YearSpan
{
    int first = 0;
    int last = 0;
    bool single = false; // one year: a month, week, season … may follow
};

std::optional<YearSpan> yearSpan(std::string_view part)
{
    bool bc = false, negative = false;
    if (part.substr(0, 2) == "BC") {
        bc = true;
        part.remove_prefix(2);
    } else if (!part.empty() && (part.front() == '-' || part.front() == '+')) {
        negative = part.front() == '-';
        part.remove_prefix(1);
    }
    if (!allDigits(part) || part.size() > 6)
        return std::nullopt;
    // A part of 4 digits or more names a year; shorter ones name the first digits of a year of four.
    const int width = part.size() >= 4 ? 1 : (part.size() == 3 ? 10 : part.size() == 2 ? 100 : 1000);
    const int low = number(part) * width; // in the numbering the value is written in
    const int high = low + width - 1;
    if (bc) // BC years count backwards from 1 BCE = astronomical 0: the BC 400s run from 499 BCE to 400 BCE
        return YearSpan{1 - high, 1 - low, width == 1};
    if (negative)
        return YearSpan{-high, -low, width == 1};
    return YearSpan{low, high, width == 1};
}

CalendarDate lastDay(int year, int month)
{
    return {year, month, cal::daysInMonth(year, month)};
}

// Monday of ISO week `week` of `year`: the week holding 4 January is week 1.
CalendarDate isoWeekMonday(int year, int week)
{
    const CalendarDate jan4{year, 1, 4};
    return cal::addDays(jan4, 7LL * (week - 1) - (cal::isoWeekday(jan4) - 1));
}

// The refinement after a single year: "03", "03-14", "W11", "W11-3", "W11-WE", "Q1", "H2", "SP".
// Returns nullopt when it cannot be read; an unknown refinement ("WXX", "QX", "XX") keeps the year.
std::optional<DateInterval> refine(int year, std::string_view rest)
{
    const CalendarDate jan1{year, 1, 1}, dec31{year, 12, 31};
    const DateInterval wholeYear{EventAnchor::Dated, jan1, dec31};
    if (rest.empty())
        return wholeYear;
    if (rest.size() >= 2 && allDigits(rest.substr(0, 2))) {
        const int month = number(rest.substr(0, 2));
        if (month < 1 || month > 12)
            return std::nullopt;
        rest.remove_prefix(2);
        if (rest.empty() || rest == "-XX")
            return DateInterval{EventAnchor::Dated, {year, month, 1}, lastDay(year, month)};
        if (rest.size() == 3 && rest[0] == '-' && allDigits(rest.substr(1))) {
            const int day = number(rest.substr(1));
            if (!cal::isValidDate(year, month, day))
                return std::nullopt;
            return DateInterval{EventAnchor::Dated, {year, month, day}, {year, month, day}};
        }
        return std::nullopt;
    }
    // Seasons by meteorological months; a winter runs from December into the next year's February.
    if (rest == "SP")
        return DateInterval{EventAnchor::Dated, {year, 3, 1}, lastDay(year, 5)};
    if (rest == "SU")
        return DateInterval{EventAnchor::Dated, {year, 6, 1}, lastDay(year, 8)};
    if (rest == "FA")
        return DateInterval{EventAnchor::Dated, {year, 9, 1}, lastDay(year, 11)};
    if (rest == "WI")
        return DateInterval{EventAnchor::Dated, {year, 12, 1}, lastDay(year + 1, 2)};
    if (rest.front() == 'W') {
        rest.remove_prefix(1);
        if (rest.substr(0, 2) == "XX")
            return wholeYear;
        if (rest.size() < 2 || !allDigits(rest.substr(0, 2)))
            return std::nullopt;
        const int week = number(rest.substr(0, 2));
        if (week < 1 || week > 53)
            return std::nullopt;
        const CalendarDate monday = isoWeekMonday(year, week);
        rest.remove_prefix(2);
        if (rest.empty())
            return DateInterval{EventAnchor::Dated, monday, cal::addDays(monday, 6)};
        if (rest == "-WE")
            return DateInterval{EventAnchor::Dated, cal::addDays(monday, 5), cal::addDays(monday, 6)};
        if (rest.size() == 2 && rest[0] == '-' && rest[1] >= '1' && rest[1] <= '7') {
            const CalendarDate d = cal::addDays(monday, rest[1] - '1');
            return DateInterval{EventAnchor::Dated, d, d};
        }
        return std::nullopt;
    }
    if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'H')) {
        if (rest[1] == 'X')
            return wholeYear;
        const int n = rest[1] - '0';
        const int months = rest[0] == 'Q' ? 3 : 6;
        if (n < 1 || n > 12 / months)
            return std::nullopt;
        const int first = (n - 1) * months + 1;
        return DateInterval{EventAnchor::Dated, {year, first, 1}, lastDay(year, first + months - 1)};
    }
    if (rest == "XX")
        return wholeYear;
    return std::nullopt;
}

// "XXXX-03-14", "XXXX-03", "XXXX-SP": month (and day) known, year not. A winter crosses the year end,
// which a value without a year cannot place, so it gives nothing.
std::optional<DateInterval> refineWithoutYear(std::string_view rest)
{
    auto r = refine(kLeapYear, rest);
    if (!r || r->start.year != r->end.year || (r->start.month == 1 && r->end.month == 12) || rest.front() == 'W')
        return std::nullopt;
    r->anchor = EventAnchor::YearUnknown;
    r->start.year = 0;
    r->end.year = 0;
    return r;
}

std::optional<DateInterval> singleInterval(std::string_view value)
{
    if (const size_t t = value.find('T'); t != std::string_view::npos)
        value = value.substr(0, t); // a time names a moment of its day; the day is what the timeline shows
    // The year part ends at the first '-' that is not a leading sign.
    const size_t dash = value.find('-', value.empty() || value.front() == '-' || value.front() == '+' ? 1 : 0);
    const std::string_view yearPart = value.substr(0, dash);
    const std::string_view rest = dash == std::string_view::npos ? std::string_view() : value.substr(dash + 1);
    if (yearPart == "XXXX")
        return rest.empty() ? std::nullopt : refineWithoutYear(rest);
    const std::optional<YearSpan> years = yearSpan(yearPart);
    if (!years)
        return std::nullopt;
    if (!years->single)
        return rest.empty()
            ? std::optional(DateInterval{EventAnchor::Dated, {years->first, 1, 1}, {years->last, 12, 31}})
            : std::nullopt;
    return refine(years->first, rest);
}

} // namespace

std::optional<DateInterval> timexInterval(std::string_view value)
{
    // A range "START/END" covers both ends.
    if (const size_t slash = value.find('/'); slash != std::string_view::npos) {
        const auto a = singleInterval(value.substr(0, slash));
        const auto b = singleInterval(value.substr(slash + 1));
        if (!a || !b || a->anchor != b->anchor)
            return a && !b ? a : std::nullopt;
        if (b->end < a->start)
            return std::nullopt;
        return DateInterval{a->anchor, a->start, b->end};
    }
    return singleInterval(value);
}

} // namespace lede::core

// TimexContext: what a rule's normaliser may ask while resolving one expression — the anchor dates,
// the tense around the expression — and the TIMEX3 value formatting shared by all rule tables.
#pragma once

#include "timex/Timex.h"
#include "timex/TimexLexicon.h"
#include "timex/TimexPattern.h"

#include <optional>
#include <string>

namespace lede::core::timex {

// A date known to some granularity: month/day 0 when unknown (a year, a month).
struct PartialDate
{
    int year = TimexMatch::kUnset;
    int month = 0;
    int day = 0;
    bool knownYear() const { return year != TimexMatch::kUnset; }
    bool full() const { return knownYear() && month > 0 && day > 0; }
};

// What a normaliser produces.
struct TimexValue
{
    TimexType type = TimexType::Date;
    std::string value;
    PartialDate mentioned; // the calendar date this expression names, for later anaphora ("the next day")
    bool comparison = false; // a year-ago comparison period: not itself a quarter under discussion
    bool contextYear = false; // the year came from the context, not the text ("in June" → 1955-06)
    TimexOffset unresolved;   // "next year" with no date to count from: what it counts (Timex::unresolved)
};

enum class Tense : int8_t { Past = -1, Unknown = 0, Future = 1 };

class TimexContext final
{
public:
    // Deictic anchor ("yesterday", "last week"): the reference date, else the narrative anchor.
    std::optional<CalendarDate> deictic;
    // Anaphoric anchor ("the following day", "a year earlier"): the last date mentioned, else deictic.
    PartialDate lastMentioned;
    Tense tense = Tense::Unknown;
    bool request = false; // the clause asks for something ahead ("Ask me on Friday"): a weekday is never today
    bool dayFirst = false;
    bool narrative = false; // no reference date: years come from the last date mentioned
    // The reporting period of business news, which "a year ago" and "the year-earlier period" compare
    // with: the last quarter named that is neither a comparison nor still to come ("2021-Q3")...
    int lastQuarterYear = TimexMatch::kUnset;
    int lastQuarter = 0;
    // ... or, when named after it, a run of months ("the first nine months": 9); 0 otherwise.
    int periodMonths = 0;
    // Any quarter named, comparisons included: "that quarter" points back to it.
    int namedQuarterYear = TimexMatch::kUnset;
    int namedQuarter = 0;

    // Whether the reporting period under discussion is a quarter (so comparisons are quarters).
    bool reportingQuarter() const { return lastQuarter > 0 && periodMonths == 0; }
    // Records an expression just found: quarters and month runs become the reporting period.
    void noteReportingPeriod(const TimexValue &v);

    PartialDate anaphoric() const;

    // Year for a month (and day) named without one: the anchor's, moved by tense across the year end.
    int yearFor(int month, int day) const;
    // The weekday nearest the anchor in the direction the tense suggests (past when unknown); the
    // anchor's own day counts ("said Friday" on a Friday is that day). `explicitDirection` is for
    // "last Friday"/"next Friday", which never mean today.
    std::optional<CalendarDate> weekdayDate(int weekday, int direction, bool explicitDirection = false) const;
    // The same from a given day ("the previous Friday" counts from the day last mentioned).
    static CalendarDate weekdayFrom(const CalendarDate &anchor, int weekday, int direction, bool explicitDirection);

    // An anchor moved by n units, at that unit's granularity: 2022-04-25 -1 week → 2022-W16.
    static std::string shifted(const PartialDate &anchor, Unit unit, int n);
};

// TIMEX3 value formatting. Years are astronomical (CalendarDate's; 1 BC is 0). Unknown parts print as X; years
// below 1000 keep four digits, years before the era take "BC" (0 → BC0001, -43 → BC0044). A year TIMEX3 cannot
// write in four digits (after 9999, before 9999 BC) becomes FUTURE_REF or PAST_REF.
inline constexpr int kLastTimexYear = 9999;
inline constexpr int kFirstTimexYear = 1 - 9999;
std::string yearValue(int year);
// `value` with anything built on a FUTURE_REF or PAST_REF year ("FUTURE_REF-SP") cut back to the REF alone.
std::string valueWithinRange(std::string value);
std::string dateValue(int year, int month, int day);
std::string monthValue(int year, int month);
std::string weekValue(const CalendarDate &d);
std::string durationValue(double number, Unit unit); // number kSome → X
std::string timeSuffix(int hour, int minute, int second);  // "T15:00"
const char *partOfDayCode(int partOfDay);                  // "MO", "AF", "EV", "NI", "DT"
const char *seasonCode(int season);                        // "SP", "SU", "FA", "WI"

} // namespace lede::core::timex

// Events: the dated happenings of one document, each anchored to a date expression, for the timeline.
// Plain data: offsets, calendar bounds, TIMEX3 values and entity ids. Words for people belong to ui/.
#pragma once

#include "common/TextRange.h"
#include "timex/Timex.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lede::core {

// How an event sits on the calendar.
enum class EventAnchor : uint8_t {
    Dated,       // start/end are full calendar dates (any year, BCE as astronomical years <= 0)
    YearUnknown, // month (and maybe day) known, the year not ("on 14 March" with no reference date):
                 // start/end carry month and day; their year is 0 and means nothing
    Unanchored,  // a date expression that cannot be placed (no reference date for "next Tuesday"); no bounds
};

// The calendar interval a TIMEX3 value covers, inclusive, at its granularity:
// "2023-03" → 2023-03-01…2023-03-31, "199" → 1990-01-01…1999-12-31, "19" → 1900-01-01…1999-12-31,
// "2025-SP" → 2025-03-01…2025-05-31, "2025-W11" → Monday…Sunday, "2025-Q1", "2025-H2", "2025-03-14T10:00"
// → that day, "-0043-03-15" / "BC0044-03-15" → 44 BCE (astronomical -43). A value with an unknown year
// ("XXXX-03-14") gives anchor YearUnknown; one with nothing placeable ("XXXX-WXX-2", "PRESENT_REF",
// "P3D") gives nullopt.
struct DateInterval
{
    EventAnchor anchor = EventAnchor::Dated;
    CalendarDate start;
    CalendarDate end;
    constexpr bool operator==(const DateInterval &) const = default;
};
std::optional<DateInterval> timexInterval(std::string_view value);

struct Event
{
    std::string id;                 // "v1", "v2", … in the order of `events` (chronological)
    EventAnchor anchor = EventAnchor::Dated;
    CalendarDate start;             // inclusive; meaningful unless anchor == Unanchored
    CalendarDate end;               // inclusive; == start for a single day
    std::string value;              // TIMEX3 value; a range is "START/END" of the two ends' values
    TextRange date;                 // the date expression in the text
    TextRange sentence;             // the sentence holding it
    std::u16string summary;         // the clause cut to its core, <= ~120 characters, no date phrase
    std::vector<std::string> participants; // ids of the entities mentioned in the clause, in text order
    std::vector<TextRange> mentions; // every place this event is told (repeated mentions merged); the
                                     // first is (date) itself
};

} // namespace lede::core

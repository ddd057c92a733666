// Temporal expressions (TIMEX3) found in text, normalised against a reference date.
#pragma once

#include "common/TextRange.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lede::core {

enum class TimexType : uint8_t { Date, Time, Duration, Set };
std::string_view timexTypeName(TimexType t); // "date", "time", "duration", "set"

struct CalendarDate
{
    int year = 0;  // proleptic Gregorian; negative for BCE (astronomical: 0 = 1 BCE)
    int month = 0; // 1–12
    int day = 0;   // 1–31
    constexpr bool operator==(const CalendarDate &) const = default;
    constexpr auto operator<=>(const CalendarDate &) const = default;
};

// What a relative expression counts from the reference date ("next year": +1 year, "three days ago":
// -3 days, "yesterday": -1 day), kept when there was no date to count from and the value has X
// where the reference date would go, so a reader can still be told what the text says.
enum class TimexUnit : uint8_t { None, Day, Week, Weekend, Month, Quarter, Half, Year, Decade, Century, Millennium };
struct TimexOffset
{
    TimexUnit unit = TimexUnit::None;
    int amount = 0;
    constexpr bool operator==(const TimexOffset &) const = default;
};

struct Timex
{
    TextRange range;
    TimexType type = TimexType::Date;
    std::string value;      // TIMEX3 value: 2022-04-25, 2022-W16, XXXX-04-25, P4D, PRESENT_REF, ...
    std::string rangeStart; // for ranges ("April 21–24"): TIMEX3 value of the start; else empty
    std::string rangeEnd;   // ... and of the end
    TimexOffset unresolved; // set only when the value could not be resolved for want of a reference date
};

enum class ReferenceSource : uint8_t { None, Metadata, CommandLine, User, Narrative };

struct ReferenceDate
{
    std::optional<CalendarDate> date;
    ReferenceSource source = ReferenceSource::None;
};

} // namespace lede::core

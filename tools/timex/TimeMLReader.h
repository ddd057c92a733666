// TimeMLReader: reads a TimeML .tml file into plain text (tags inside <TEXT> stripped, entities decoded),
// the gold TIMEX3 spans with UTF-16 offsets into that text, and the document creation time.
#pragma once

#include "timex/Timex.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lede::tools {

struct GoldTimex
{
    core::TextRange range;
    std::string type;  // lower case: date, time, duration, set
    std::string value;
};

struct TimeMLDocument
{
    std::u16string text;
    std::vector<GoldTimex> timexes;
    std::optional<core::CalendarDate> dct;
};

// nullopt when the file cannot be read or has no <TEXT> element.
std::optional<TimeMLDocument> readTimeML(const std::filesystem::path &file);

} // namespace lede::tools

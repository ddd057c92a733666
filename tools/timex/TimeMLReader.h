// TimeMLReader: reads a TimeML .tml file into plain text (tags inside <TEXT> stripped, entities decoded),
// the gold TIMEX3 and EVENT spans with UTF-16 offsets into that text, the event instances and temporal
// links (MAKEINSTANCE, TLINK), and the document creation time.
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
    std::string tid; // "t12"; what TLINKs refer to
};

struct GoldEvent
{
    core::TextRange range;
    std::string eid; // "e3"
};

// MAKEINSTANCE: TLINKs point at an instance of an event, not at the event itself.
struct GoldEventInstance
{
    std::string eiid;    // "ei3"
    std::string eventId; // the EVENT's eid
};

// One TLINK. Exactly one of eventInstance / timeId is set on each side.
struct GoldTimeLink
{
    std::string relType;                             // IS_INCLUDED, BEFORE, ...
    std::string eventInstance, timeId;               // the link's source: eventInstanceID or timeID
    std::string relatedEventInstance, relatedTimeId; // its target: relatedToEventInstance or relatedToTime
};

struct TimeMLDocument
{
    std::u16string text;
    std::vector<GoldTimex> timexes; // the TIMEX3s inside <TEXT> that cover text, in text order
    std::vector<GoldEvent> events;  // the EVENTs inside <TEXT>, in text order
    std::vector<GoldEventInstance> instances;
    std::vector<GoldTimeLink> timeLinks;
    std::optional<core::CalendarDate> dct; // the TIMEX3 with functionInDocument="CREATION_TIME"
    std::string dctId;                     // its tid, which TLINKs may name
};

// nullopt when the file cannot be read or has no <TEXT> element.
std::optional<TimeMLDocument> readTimeML(const std::filesystem::path &file);

} // namespace lede::tools

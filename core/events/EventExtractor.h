// EventExtractor: turns a document's dates, sentences and entities into timeline events.
#pragma once

#include "common/StopToken.h"
#include "entities/Entity.h"
#include "events/Event.h"
#include "text/Segmenter.h"
#include "timex/Timex.h"

#include <string_view>
#include <vector>

namespace lede::core {

// Pure and thread-safe. `dates` are the document's date expressions in text order (already resolved against
// the reference date); `entities` the grouped entities (their ids become participants).
// Returns events sorted chronologically (by start, then end, then text position); year-unknown events after
// the dated ones (by month and day), unanchored ones last (text order). Durations, sets and deictic words
// that only restate the reference date ("now", "today" as PRESENT_REF) make no event of their own.
class EventExtractor
{
public:
    static std::vector<Event> extract(std::u16string_view text, const Segmentation &segmentation,
                                      const std::vector<Timex> &dates, const std::vector<Entity> &entities,
                                      const StopToken &stop = {});
};

} // namespace lede::core

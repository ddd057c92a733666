// KnownAcronyms: a small table of acronyms every news reader knows, for grouping "US" with "United States"
// even when the article never spells the name out. Internal to core/entities.
#pragma once

#include <string_view>

namespace lede::core {

// The expansion ("United States") of an acronym given by its folded key ("us", "usa"); empty when unknown.
std::u16string_view knownAcronymExpansion(std::u16string_view acronymKey);

} // namespace lede::core

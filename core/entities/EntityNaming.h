// EntityNaming: writes an entity's canonical name from the spellings of its mentions — the best-cased
// form of its fullest key, headline capitals re-cased, a leading "The" kept only when it belongs to the
// name. Internal to core/entities (EntityGrouper decides which mentions are one entity; this names it).
#pragma once

#include "entities/NameKey.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede::core {

struct Spelling
{
    const NameForm *form = nullptr;
    bool fullest = false;         // a mention of the key chosen as the entity's fullest name
    bool sentenceInitial = false; // the mention opens a sentence (a capital "The" there proves nothing)
};

// `spellings`: every mention of one entity, in text order; at least one must be `fullest`.
std::u16string spellCanonicalName(const std::vector<Spelling> &spellings);

// True when only white space, opening quotes or brackets separate `pos` from the start of the text, a line
// break or a sentence-final mark.
bool startsSentence(std::u16string_view text, int32_t pos);

} // namespace lede::core

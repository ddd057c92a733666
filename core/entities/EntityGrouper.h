// EntityGrouper: groups a document's mentions into entities ("Kaneko" joins "Eri Kaneko",
// "UN" joins "United Nations", "Putin's" and "PUTIN" join "Putin") and picks canonical names.
#pragma once

#include "entities/Entity.h"
#include "ner/NerTagger.h"

#include <string_view>
#include <vector>

namespace lede::core {

class EntityGrouper
{
public:
    // Mentions in any order; returns entities sorted by first mention, ids "e1", "e2", ... in that order.
    static std::vector<Entity> group(std::u16string_view text, const std::vector<Mention> &mentions);
};

} // namespace lede::core

// Entities: mentions grouped into real-world entities within one document.
#pragma once

#include "common/TextRange.h"
#include "ner/EntityType.h"

#include <string>
#include <vector>

namespace lede::core {

struct Entity
{
    std::string id;                 // stable within one analysis: "e1", "e2", ...
    EntityType type = EntityType::Other;
    std::u16string name;            // canonical name: the fullest proper form
    std::vector<TextRange> mentions; // in text order
};

} // namespace lede::core

// CoNLL tag spelling for the internal IOB2 labels.
#include "ner/NerLabels.h"

#include <array>

namespace lede::core::ner {

namespace {
constexpr std::array<std::string_view, kEntityTypeCount> kConllNames = {"PER", "LOC", "ORG", "MISC"};
}

std::string_view conllTypeName(EntityType t)
{
    return kConllNames[static_cast<size_t>(t)];
}

bool conllTypeFromName(std::string_view name, EntityType &out)
{
    for (size_t i = 0; i < kConllNames.size(); ++i) {
        if (kConllNames[i] == name) {
            out = static_cast<EntityType>(i);
            return true;
        }
    }
    return false;
}

uint8_t labelFromConllTag(std::string_view tag, uint8_t previous)
{
    if (tag.size() < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I'))
        return kOutside;
    EntityType type;
    if (!conllTypeFromName(tag.substr(2), type))
        return kOutside;
    // IOB1's I-X after O or another type opens a chunk, exactly as conlleval reads it.
    const bool continues = tag[0] == 'I' && previous != kOutside && labelType(previous) == type;
    return continues ? insideLabel(type) : beginLabel(type);
}

std::string conllTagFromLabel(uint8_t label, uint8_t previous, bool iob1)
{
    if (label == kOutside || label >= kLabelCount)
        return "O";
    const EntityType type = labelType(label);
    char prefix = isBegin(label) ? 'B' : 'I';
    if (iob1 && prefix == 'B') {
        // IOB1 writes B- only where a chunk directly follows one of the same type.
        const bool adjacentSameType = previous != kOutside && previous < kLabelCount && labelType(previous) == type;
        if (!adjacentSameType)
            prefix = 'I';
    }
    std::string out(1, prefix);
    out += '-';
    out += conllTypeName(type);
    return out;
}

} // namespace lede::core::ner

#include "ner/EntityType.h"

#include <array>

namespace lede::core {

namespace {
constexpr std::array<std::string_view, kEntityTypeCount> kNames = {"person", "place", "organization", "other"};
}

std::string_view entityTypeName(EntityType t)
{
    return kNames[static_cast<size_t>(t)];
}

std::optional<EntityType> entityTypeFromName(std::string_view name)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (kNames[i] == name)
            return static_cast<EntityType>(i);
    }
    return std::nullopt;
}

} // namespace lede::core

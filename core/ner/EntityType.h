// Entity types recognised in text.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace lede::core {

enum class EntityType : uint8_t { Person, Place, Organization, Other };
inline constexpr int kEntityTypeCount = 4;

// "person", "place", "organization", "other" (the lede-cli JSON names).
std::string_view entityTypeName(EntityType t);
std::optional<EntityType> entityTypeFromName(std::string_view name);

} // namespace lede::core

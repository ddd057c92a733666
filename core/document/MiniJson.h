// MiniJson: a small JSON reader for the metadata a page embeds (JSON-LD). Depth and size are bounded; a
// malformed script gives std::nullopt, never an exception.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lede::core::json {

struct Value
{
    enum class Type : uint8_t { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    std::string string; // String: the decoded UTF-8; Number and Bool: the literal
    std::vector<Value> items;                          // Array
    std::vector<std::pair<std::string, Value>> members; // Object, in source order

    // The member's value, or nullptr.
    const Value *get(std::string_view key) const;
};

// Nesting deeper than 64 levels is refused.
std::optional<Value> parse(std::string_view text);

} // namespace lede::core::json

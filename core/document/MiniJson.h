// MiniJson: a small JSON reader for the metadata a page embeds (JSON-LD). Depth and size are bounded; a
// malformed script gives std::nullopt, never an exception.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lede::core::json {

struct Value
{
    enum class Type : uint8_t { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    std::string string;       // String: the decoded UTF-8; Number and Bool: the literal
    std::vector<Value> items; // Array
    // Object members in source order: names[i] holds values[i]. (Two vectors because std::pair may not hold
    // the still incomplete Value, while std::vector may.)
    std::vector<std::string> names;
    std::vector<Value> values;

    // The member's value, or nullptr.
    const Value *get(std::string_view key) const;
};

// Nesting deeper than 64 levels is refused.
std::optional<Value> parse(std::string_view text);

} // namespace lede::core::json

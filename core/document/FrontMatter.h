// FrontMatter: the "---" block of key: value lines at the top of Markdown files (Jekyll, Hugo, Pandoc).
#pragma once

#include <string>
#include <string_view>

namespace lede::core {

struct FrontMatter
{
    std::string title;
    std::string author;
    std::string date; // YYYY-MM-DD when the value parses as a date, else empty
    size_t length = 0; // bytes the block occupies at the start of the input; 0 when there is none
};

// Reads a front matter block at the very start of `utf8` (LF line endings). Only flat `key: value`
// lines are read; nested YAML is skipped. Without a closing "---" (or "...") line there is none.
FrontMatter parseFrontMatter(std::string_view utf8);

// "2024-03-05", "2024-03-05T10:00:00Z", "2024/3/5", "March 5, 2024", "5 March 2024", "Mar 5 2024"
// → "2024-03-05"; anything else (or an impossible date) → empty.
std::string normaliseDate(std::string_view value);

} // namespace lede::core

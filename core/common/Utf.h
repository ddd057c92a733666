// UTF-8 / UTF-16 conversion and offset mapping between UTF-16 units and code points.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede::core {

// Invalid input sequences become U+FFFD; never throws.
std::u16string utf8ToUtf16(std::string_view utf8);
std::string utf16ToUtf8(std::u16string_view utf16);

// True when the bytes are well-formed UTF-8.
bool isValidUtf8(std::string_view bytes);

// Maps UTF-16 offsets of one text to code point offsets (for JSON output, where offsets are code points).
class CodePointIndex
{
public:
    explicit CodePointIndex(std::u16string_view text);
    // offset in [0, text.size()]; an offset inside a surrogate pair maps to the pair's code point.
    int64_t toCodePoint(int32_t utf16Offset) const;

private:
    // Positions (UTF-16) of every low surrogate that completes a pair, ascending.
    std::vector<int32_t> m_pairEnds;
};

} // namespace lede::core

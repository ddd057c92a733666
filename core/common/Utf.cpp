#include "common/Utf.h"

#include <algorithm>

#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace lede::core {

std::u16string utf8ToUtf16(std::string_view utf8)
{
    std::u16string out;
    out.reserve(utf8.size());
    const auto *s = reinterpret_cast<const uint8_t *>(utf8.data());
    const int32_t length = static_cast<int32_t>(utf8.size());
    int32_t i = 0;
    while (i < length) {
        UChar32 c;
        U8_NEXT_OR_FFFD(s, i, length, c);
        if (c <= 0xFFFF) {
            out.push_back(static_cast<char16_t>(c));
        } else {
            out.push_back(static_cast<char16_t>(U16_LEAD(c)));
            out.push_back(static_cast<char16_t>(U16_TRAIL(c)));
        }
    }
    return out;
}

std::string utf16ToUtf8(std::u16string_view utf16)
{
    std::string out;
    out.reserve(utf16.size() + utf16.size() / 2);
    const char16_t *s = utf16.data();
    const int32_t length = static_cast<int32_t>(utf16.size());
    int32_t i = 0;
    while (i < length) {
        UChar32 c;
        U16_NEXT_OR_FFFD(s, i, length, c);
        uint8_t buf[4];
        int32_t n = 0;
        U8_APPEND_UNSAFE(buf, n, c); // c is a valid code point (U16_NEXT_OR_FFFD), so 4 bytes suffice
        out.append(reinterpret_cast<const char *>(buf), static_cast<size_t>(n));
    }
    return out;
}

bool isValidUtf8(std::string_view bytes)
{
    const auto *s = reinterpret_cast<const uint8_t *>(bytes.data());
    const int32_t length = static_cast<int32_t>(bytes.size());
    int32_t i = 0;
    while (i < length) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0)
            return false;
    }
    return true;
}

CodePointIndex::CodePointIndex(std::u16string_view text)
{
    for (size_t i = 0; i + 1 < text.size(); ++i) {
        if (U16_IS_LEAD(text[i]) && U16_IS_TRAIL(text[i + 1])) {
            m_pairEnds.push_back(static_cast<int32_t>(i + 1));
            ++i;
        }
    }
}

int64_t CodePointIndex::toCodePoint(int32_t utf16Offset) const
{
    // Every completed pair strictly before the offset saves one unit.
    const auto before = std::lower_bound(m_pairEnds.begin(), m_pairEnds.end(), utf16Offset) - m_pairEnds.begin();
    return static_cast<int64_t>(utf16Offset) - before;
}

} // namespace lede::core

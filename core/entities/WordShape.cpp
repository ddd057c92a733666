// WordShape: token casing and dashes (see WordShape.h).
#include "entities/WordShape.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

namespace lede::core {

WordCase wordCase(std::u16string_view word)
{
    const auto len = static_cast<int32_t>(word.size());
    int32_t i = 0;
    int letters = 0;
    bool firstUpper = false, laterLower = false;
    while (i < len) {
        UChar32 c;
        U16_NEXT(word.data(), i, len, c);
        if (c < 0x80) { // ICU's classes there, without the calls: every word of English text passes here
            const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
            if (!upper && !lower)
                continue;
            if (letters == 0)
                firstUpper = upper;
            else if (lower)
                laterLower = true;
            ++letters;
            continue;
        }
        if (!u_isalpha(c))
            continue;
        if (letters == 0)
            firstUpper = u_isupper(c) || u_istitle(c);
        else if (u_islower(c))
            laterLower = true;
        ++letters;
    }
    if (letters == 0)
        return WordCase::NoLetters;
    if (!firstUpper)
        return WordCase::Lower;
    return letters >= 2 && !laterLower ? WordCase::AllCaps : WordCase::Capitalised;
}

bool isDashToken(std::u16string_view token)
{
    if (token == u"-" || token == u"--")
        return true;
    return token.size() == 1 && (token[0] == 0x2013 || token[0] == 0x2014 || token[0] == 0x2015);
}

bool hasNameCharacters(std::u16string_view w)
{
    const auto len = static_cast<int32_t>(w.size());
    int32_t i = 0;
    while (i < len) {
        UChar32 c;
        U16_NEXT(w.data(), i, len, c);
        if (!u_isalpha(c) && c != u'\'' && c != 0x2019 && c != u'-' && c != u'.')
            return false;
    }
    return true;
}

} // namespace lede::core

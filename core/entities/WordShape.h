// WordShape: how a token is written (lower case, Capitalised, ALL CAPS, no letters) and which tokens are dashes,
// for the rules that read an article's layout (bylines, datelines, headlines). Internal to core/entities.
#pragma once

#include <cstdint>
#include <string_view>

namespace lede::core {

enum class WordCase : uint8_t {
    NoLetters,   // "1996-08-30", ",", "—"
    Lower,       // "sample", "de", "iPhone"
    Capitalised, // "Okonkwo", "O'Neill", "J.", "A", "McDonald"
    AllCaps,     // "GENEVA", "AFP", "U.S." (two or more letters, all upper case)
};

// Decided by the first letter and whether any later letter is lower case. Any script; never throws.
WordCase wordCase(std::u16string_view word);

// True when the word's first letter is upper case (Capitalised or ALL CAPS).
inline bool startsUpper(std::u16string_view word)
{
    if (!word.empty() && word[0] >= u'a' && word[0] <= u'z')
        return false; // the first letter, in lower case: most words of a text, answered without reading them
    const WordCase c = wordCase(word);
    return c == WordCase::Capitalised || c == WordCase::AllCaps;
}

// Only letters, apostrophes, hyphens and an initial's period: how names of people and places are written
// ("O'Neill", "Vasquez-Moreau", "J.", "Saint-Rémy").
bool hasNameCharacters(std::u16string_view word);

// "-", "--", "–", "—", "―" (a dateline's or a byline's separator).
bool isDashToken(std::u16string_view token);

} // namespace lede::core

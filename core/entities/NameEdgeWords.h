// NameEdgeWords: the word lists and word tests NameEdges trims a name's edges by (particles, the small words inside
// names, styles, titles) and the lower-case folding and length/letter filter its scans of a text's tokens use.
// Private to core/entities.
#pragma once

#include "entities/EntityTypeGuess.h"

#include <unicode/uchar.h>

#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>

namespace lede::core::edges {

// ICU's lower case of `c`, without the call for ASCII (a book's words are mostly ASCII, and every token is asked).
inline UChar32 toLower(UChar32 c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    return u_tolower(c);
}

// A word with a lower-case letter and neither a capital nor a digit: "thereof", "the", not "iPhone", "3com", "東京".
bool isLowerCaseWord(std::u16string_view w);

// A particle that leads a name in lower case ("de Gaulle", "van der Merwe", "al-Assad", "bin Salman").
bool isLeadingParticle(std::u16string_view w);

// A lower-case word that belongs inside a name ("Bank of Halden", "Trinidad and Tobago", "the LORD thy God"), or a
// particle: any other lower-case word inside a tagged name is taken for a verb or a noun the tagger ran across.
bool isNameInnerWord(std::u16string_view w);

// The possessive "'s" the tokenizer splits off a word ("Lord" + "'s"). A name the tagger ends with it keeps it:
// "Lord's" (the ground), "Boatmen's" (a bank) are names as written.
bool isPossessiveClitic(std::u16string_view w);

// A title that styles make part of a name ("Pope", "Prince", "Sir"), unlike an office or an honorific.
bool isStyle(std::u16string_view w);

// A person's title, or titles joined by hyphens ("Lieutenant-Colonel").
bool isTitleWord(std::u16string_view w, const TypeCues &cues);

// `w` in lower case, into `out` (whose buffer is reused across the scan of a text's tokens).
void foldLowerInto(std::u16string_view w, std::u16string &out);
std::u16string foldLower(std::u16string_view w);

// Which pairs of length and first letter (folded, modulo 128) the words looked for have: most tokens of a long text
// fail this before they are folded and hashed.
class WordFilter
{
public:
    void add(std::u16string_view folded)
    {
        if (!folded.empty() && folded.size() < kLengths)
            m_pairs.set(folded.size() * kLetters + folded[0] % kLetters);
    }
    bool mayHold(std::u16string_view w) const
    {
        return !w.empty() && w.size() < kLengths
            && m_pairs.test(w.size() * kLetters + static_cast<size_t>(toLower(w[0])) % kLetters);
    }

private:
    static constexpr size_t kLengths = 64, kLetters = 128;
    std::bitset<kLengths * kLetters> m_pairs;
};

} // namespace lede::core::edges

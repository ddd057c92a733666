// TokenInfo: what the features need to know about one token, computed once per token in a
// single pass over its code points (normalised form, lower case, shape, affixes, case flags).
#pragma once

#include <cstdint>
#include <string_view>

namespace lede::core::ner {

struct TokenInfo
{
    enum Flag : uint16_t {
        InitialCap = 1 << 0,  // first letter upper case
        AllCaps = 1 << 1,     // has letters, none lower case
        HasLower = 1 << 2,
        HasLetter = 1 << 3,
        HasDigit = 1 << 4,
        AllDigits = 1 << 5,
        Punctuation = 1 << 6, // no letters or digits at all
        HasHyphen = 1 << 7,
        HasPeriod = 1 << 8,
        NonLatin = 1 << 9,    // a letter outside Latin script
        Replacement = 1 << 10 // contains U+FFFD
    };

    uint64_t word = 0;  // normalised form (curly quotes and dashes folded, digits as 0)
    uint64_t lower = 0; // lower case of `word`
    uint64_t shape = 0; // Xxxx, XX, dd-dd, X.X. (up to 16 characters)
    uint64_t shortShape = 0; // runs collapsed: Xx, X, d-d, X.X.
    uint64_t prefix[4] = {}; // lower-case prefixes of 1..4 code points (0 when the word is shorter)
    uint64_t suffix[4] = {};
    uint16_t flags = 0;
    uint16_t length = 0; // code points, saturating

    bool has(Flag f) const { return (flags & f) != 0; }
    // Field by field: two tokens that compare equal get the same token-only features (FeatureExtractor::Scope).
    bool operator==(const TokenInfo &) const = default;
    // A coarse case class: 0 lower/other, 1 initial capital, 2 all caps, 3 no letters.
    uint8_t caseClass() const
    {
        if (!has(HasLetter))
            return 3;
        if (has(AllCaps))
            return 2;
        return has(InitialCap) ? 1 : 0;
    }
};

// Analyses one token (UTF-16). Linear in its length; unpaired surrogates read as U+FFFD.
TokenInfo analyseToken(std::u16string_view token);

// Hash of a token's normalised lower-case form, as TokenInfo::lower; used to key gazetteer phrases.
uint64_t lowerHash(std::u16string_view token);

} // namespace lede::core::ner

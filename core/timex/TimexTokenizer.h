// TimexTokenizer: a light tokenizer over UTF-16 text for the temporal rules.
// It splits letters, digits and punctuation (so "1990s", "24th", "3pm" and "2022-02-24" become glued
// token runs) and looks each word up in the lexicon once, so rules only run at temporal trigger tokens.
#pragma once

#include "timex/TimexLexicon.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace lede::core::timex {

enum class TokKind : uint8_t { Word, Number, Punct };

struct TimexToken
{
    int32_t start = 0;
    int32_t end = 0;
    TokKind kind = TokKind::Word;
    bool spaceBefore = true;  // white space (or text start) precedes the token
    bool lineBefore = false;  // a line break precedes the token: expressions never cross it
    bool capitalized = false; // first letter upper case
    bool edSuffix = false;    // an ASCII word ending in "ed" (a past-tense cue)
    uint8_t digits = 0;       // for numbers: digit count (capped at 255)
    char16_t ch = 0;          // for punctuation: the character
    int64_t number = -1;      // for numbers of at most 12 digits: the value
    const LexEntry *lex = nullptr;
};

// Tokenizes the whole text into `out` (cleared first; its capacity is reused across calls).
void tokenizeForTimex(std::u16string_view text, const TimexLexicon &lexicon, std::vector<TimexToken> &out);

} // namespace lede::core::timex

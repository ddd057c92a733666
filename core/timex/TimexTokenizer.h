// TimexTokenizer: a light tokenizer over UTF-16 text for the temporal rules.
// It splits letters, digits and punctuation (so "1990s", "24th", "3pm" and "2022-02-24" become glued
// token runs) and looks each word up in the lexicon once, so rules only run at temporal trigger tokens.
#pragma once

#include "common/TextRange.h"
#include "timex/TimexLexicon.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace lede::core::timex {

enum class TokKind : uint8_t { Word, Number, Punct };

// A book has a token per five characters or so, all held at once: the flags are bits, so a token is 32 bytes.
struct TimexToken
{
    int32_t start = 0;
    int32_t end = 0;
    TokKind kind = TokKind::Word;
    uint8_t digits = 0;              // for numbers: digit count (capped at 255)
    char16_t ch = 0;                 // for punctuation: the character
    bool spaceBefore : 1 = true;     // white space (or text start) precedes the token
    bool lineBefore : 1 = false;     // a line break precedes the token: expressions never cross it
    bool capitalized : 1 = false;    // first letter upper case
    bool edSuffix : 1 = false;       // an ASCII word ending in "ed" (a past-tense cue)
    bool insideSentence : 1 = false; // a full stop the sentence segmentation reads as part of its sentence
                                     // (an abbreviation's, "Gov. Smith"): no sentence boundary
    int64_t number = -1;             // for numbers of at most 12 digits: the value
    const LexEntry *lex = nullptr;
};

// Tokenizes the whole text into `out` (cleared first; its capacity is reused across calls).
void tokenizeForTimex(std::u16string_view text, const TimexLexicon &lexicon, std::vector<TimexToken> &out);

// Marks the full stops, question and exclamation marks that end no sentence of `sentences` (sorted
// text ranges) as insideSentence. Without sentences nothing is marked: every such mark ends one.
void markSentenceInnerStops(std::vector<TimexToken> &toks, const std::vector<TextRange> &sentences);

// Whether `t` closes a sentence or a clause the tense cues must not cross: '.', '!', '?' that end a
// sentence, and ';'.
inline bool endsSentence(const TimexToken &t)
{
    return t.kind == TokKind::Punct && !t.insideSentence
        && (t.ch == u'.' || t.ch == u'!' || t.ch == u'?' || t.ch == u';');
}

} // namespace lede::core::timex

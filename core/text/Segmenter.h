// Sentence and word segmentation with ICU break iterators, with abbreviation-aware sentence breaks.
#pragma once

#include "common/Parallel.h"
#include "common/StopToken.h"
#include "common/TextRange.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace lede::core {

enum class TokenKind : uint8_t { Word, Number, Punctuation, Symbol, Other };

struct Token
{
    TextRange range; // UTF-16 offsets into the text, end-exclusive
    TokenKind kind = TokenKind::Word;
};

struct Sentence
{
    TextRange range;          // trimmed of surrounding white space
    int32_t firstToken = 0;   // index into Segmentation::tokens
    int32_t tokenCount = 0;
};

struct Segmentation
{
    std::vector<Sentence> sentences;
    std::vector<Token> tokens; // all tokens of all sentences, in order; no white-space tokens
};

// Thread-safe: each call uses its own break iterators (cloned from cached prototypes).
class Segmenter
{
public:
    // Segments `text`, never letting a sentence cross a range boundary in `blocks` (pass the
    // document's block ranges; an empty list means the whole text is one block). With `parallel`, runs of
    // blocks are segmented at once; the result is the same.
    static Segmentation segment(std::u16string_view text, const std::vector<TextRange> &blocks = {},
                                const StopToken &stop = {}, const ParallelFor &parallel = {});
};

} // namespace lede::core

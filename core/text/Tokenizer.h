// Tokenizer: CoNLL-2003 / Penn-style tokens from ICU word breaks. ICU's word segments are adjusted to
// the conventions the NER model was trained on: hyphenated compounds and dated "1996-08-22" stay
// whole, abbreviations keep their period ("U.S.", "Mr."), "'s" and "n't" are split off, "..." is one token.
#pragma once

#include "common/TextRange.h"
#include "text/Abbreviations.h"
#include "text/Segmenter.h"

#include <memory>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace lede::core {

struct BlockToken
{
    TextRange range;
    TokenKind kind = TokenKind::Word;
    // Set when the token is a word with its abbreviation period attached; the sentence splitter uses it.
    AbbreviationKind abbreviation = AbbreviationKind::None;
};

// Not thread-safe: one per thread (Segmenter::segment makes one per call).
class Tokenizer final
{
public:
    Tokenizer();
    ~Tokenizer();
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    bool valid() const { return m_words != nullptr; }

    // Replaces `out` with the tokens of text[range]; offsets are into `text`.
    void tokenize(std::u16string_view text, TextRange range, std::vector<BlockToken> &out);

private:
    struct Segment
    {
        int32_t start;
        int32_t end;
        int32_t status; // ICU word rule status: UBRK_WORD_NONE, _NUMBER, _LETTER, _KANA, _IDEO ranges
    };

    std::unique_ptr<icu::BreakIterator> m_words;
    std::vector<Segment> m_segments; // reused between blocks to avoid reallocating
};

} // namespace lede::core

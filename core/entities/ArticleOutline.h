// ArticleOutline: where an article's headline, paragraphs and sentences lie, for the rules that read its layout
// (bylines, datelines, names in a headline). Built once per analysis from the segmentation and the block ranges;
// holds views, so the text and the segmentation must outlive it.
#pragma once

#include "common/TextRange.h"
#include "text/Segmenter.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace lede::core {

// How a headline is written, which decides how far its casing hides names.
enum class HeadlineCase : uint8_t {
    None,      // not in a headline, or a headline in sentence case ("Delta towns brace for a flood")
    TitleCase, // "Delta Towns Brace for a Second Flood Season"
    AllCaps,   // "DELTA TOWNS BRACE FOR A SECOND FLOOD SEASON" (the newswire's style)
};

struct OutlineBlock
{
    TextRange range;
    bool heading = false; // a heading block (Markdown "#", HTML <h1>, a plain text's title line)
};

class ArticleOutline final
{
public:
    // `blocks` in text order (a document's blocks); empty: every line of the text is a paragraph.
    ArticleOutline(std::u16string_view text, const Segmentation &segmentation, const std::vector<OutlineBlock> &blocks);

    std::u16string_view text() const { return m_text; }
    size_t sentenceCount() const { return m_seg.sentences.size(); }
    const Sentence &sentence(size_t s) const { return m_seg.sentences[s]; }
    std::span<const Token> tokens(size_t s) const;
    // The tokens from sentence `s` to the end of its paragraph (a dateline's "Ore." may end a sentence of its own).
    std::span<const Token> tokensToParagraphEnd(size_t s) const;
    std::u16string_view textOf(TextRange r) const;

    // The first sentence of a paragraph (a block, or a line when there are no blocks).
    bool opensParagraph(size_t s) const { return m_sentences[s].opensParagraph; }
    // The sentence is all of its paragraph (a line of its own: a byline, "LONDON 1996-08-30").
    bool wholeParagraph(size_t s) const { return m_sentences[s].wholeParagraph; }
    // 0 for the sentences of the first paragraph that has any, 1 for the next, ...
    int32_t paragraphIndex(size_t s) const { return m_sentences[s].paragraph; }
    // In a headline written in Title Case or ALL CAPS: a heading block, or the article's first paragraph when it
    // is short and cased like one. Such casing hides which words are names, so the tagger is least sure there.
    bool inCasedHeadline(size_t s) const { return m_sentences[s].headline != HeadlineCase::None; }
    HeadlineCase headlineCase(size_t s) const { return m_sentences[s].headline; }
    // In a headline however it is cased: a heading block, or the short first paragraph that opens the article.
    bool inHeadline(size_t s) const { return m_sentences[s].inHeadline; }
    // The sentence containing `pos` (an offset into the text); -1 between sentences.
    int64_t sentenceAt(int32_t pos) const;

private:
    struct SentenceInfo
    {
        int32_t paragraph = 0;
        bool opensParagraph = false;
        bool wholeParagraph = false;
        HeadlineCase headline = HeadlineCase::None;
        bool inHeadline = false;
    };

    std::u16string_view m_text;
    const Segmentation &m_seg;
    std::vector<SentenceInfo> m_sentences;

    void markParagraphs(const std::vector<OutlineBlock> &blocks);
    void markHeadlines(const std::vector<OutlineBlock> &blocks);
    HeadlineCase headlineCasing(size_t first, size_t last) const; // of sentences [first, last]
};

} // namespace lede::core

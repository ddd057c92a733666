// ArticleOutline: paragraphs and cased headlines over the segmentation (see ArticleOutline.h).
#include "entities/ArticleOutline.h"

#include "entities/WordShape.h"

#include <algorithm>
#include <iterator>

namespace lede::core {

namespace {

// Words a Title Case headline leaves in lower case ("Talks Stall in Geneva as Rivers Rise").
bool isTitleCaseSmallWord(std::u16string_view w)
{
    static constexpr std::u16string_view kWords[] = {
        u"a",    u"an",   u"and", u"as", u"at",   u"but", u"by",   u"de",   u"for",   u"from",
        u"in",   u"into", u"nor", u"of", u"off",  u"on",  u"onto", u"or",   u"over",  u"per",
        u"than", u"the",  u"to",  u"up", u"upon", u"via", u"vs",   u"with", u"after", u"amid",
    };
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// More words than this and a first paragraph is text, not a headline, whatever its casing.
constexpr int kMaxHeadlineWords = 30;

} // namespace

ArticleOutline::ArticleOutline(std::u16string_view text, const Segmentation &segmentation,
                               const std::vector<OutlineBlock> &blocks)
    : m_text(text), m_seg(segmentation), m_sentences(segmentation.sentences.size())
{
    markParagraphs(blocks);
    markHeadlines(blocks);
}

std::span<const Token> ArticleOutline::tokens(size_t s) const
{
    const Sentence &sentence = m_seg.sentences[s];
    const auto first = static_cast<size_t>(sentence.firstToken), count = static_cast<size_t>(sentence.tokenCount);
    if (first > m_seg.tokens.size() || count > m_seg.tokens.size() - first)
        return {};
    return std::span<const Token>(m_seg.tokens).subspan(first, count);
}

std::span<const Token> ArticleOutline::tokensToParagraphEnd(size_t s) const
{
    size_t last = s;
    while (last + 1 < m_sentences.size() && !m_sentences[last + 1].opensParagraph)
        ++last;
    const std::span<const Token> first = tokens(s), end = tokens(last);
    if (first.empty() && end.empty())
        return {};
    const Token *from = first.empty() ? end.data() : first.data();
    return {from, end.data() + end.size()};
}

std::u16string_view ArticleOutline::textOf(TextRange r) const
{
    if (r.start < 0 || r.end < r.start || static_cast<size_t>(r.end) > m_text.size())
        return {};
    return m_text.substr(static_cast<size_t>(r.start), static_cast<size_t>(r.length()));
}

int64_t ArticleOutline::sentenceAt(int32_t pos) const
{
    const auto &sentences = m_seg.sentences;
    const auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                                     [](int32_t p, const Sentence &s) { return p < s.range.start; });
    if (it == sentences.begin() || !std::prev(it)->range.contains(pos))
        return -1;
    return std::prev(it) - sentences.begin();
}

void ArticleOutline::markParagraphs(const std::vector<OutlineBlock> &blocks)
{
    // A sentence opens a paragraph when it is in another block than the one before it, or a line break lies
    // between them (blocks never hold one, so that only matters for a text without blocks).
    size_t block = 0;
    int64_t previousBlock = -1;
    int32_t paragraph = -1;
    for (size_t s = 0; s < m_sentences.size(); ++s) {
        const TextRange r = m_seg.sentences[s].range;
        while (block < blocks.size() && blocks[block].range.end <= r.start)
            ++block;
        const int64_t own =
            block < blocks.size() && blocks[block].range.start <= r.start ? static_cast<int64_t>(block) : -1;
        bool opens = s == 0 || own != previousBlock;
        if (!opens) {
            const int32_t gapStart = m_seg.sentences[s - 1].range.end;
            opens = textOf({gapStart, r.start}).find(u'\n') != std::u16string_view::npos;
        }
        if (opens)
            ++paragraph;
        m_sentences[s].opensParagraph = opens;
        m_sentences[s].paragraph = paragraph;
        previousBlock = own;
    }
    for (size_t s = 0; s < m_sentences.size(); ++s)
        m_sentences[s].wholeParagraph =
            m_sentences[s].opensParagraph && (s + 1 == m_sentences.size() || m_sentences[s + 1].opensParagraph);
}

HeadlineCase ArticleOutline::headlineCasing(size_t first, size_t last) const
{
    int words = 0, capitalised = 0, allCaps = 0, lowerContent = 0, mixedCase = 0;
    for (size_t s = first; s <= last; ++s) {
        for (const Token &t : tokens(s)) {
            const std::u16string_view w = textOf(t.range);
            switch (wordCase(w)) {
            case WordCase::NoLetters: continue;
            case WordCase::Lower:
                if (!isTitleCaseSmallWord(w))
                    ++lowerContent;
                break;
            case WordCase::Capitalised:
                ++capitalised;
                mixedCase += w.size() > 2 ? 1 : 0; // "A", "I", "J." are capitals in ALL CAPS too
                break;
            case WordCase::AllCaps: ++allCaps; break;
            }
            ++words;
        }
    }
    if (words > kMaxHeadlineWords || lowerContent > 0)
        return HeadlineCase::None;
    if (allCaps >= 2 && mixedCase == 0)
        return HeadlineCase::AllCaps;
    return capitalised + allCaps >= 3 ? HeadlineCase::TitleCase : HeadlineCase::None;
}

void ArticleOutline::markHeadlines(const std::vector<OutlineBlock> &blocks)
{
    size_t block = 0;
    size_t s = 0;
    while (s < m_sentences.size()) {
        size_t end = s + 1; // the paragraph's sentences are [s, end)
        while (end < m_sentences.size() && !m_sentences[end].opensParagraph)
            ++end;
        const TextRange r = m_seg.sentences[s].range;
        while (block < blocks.size() && blocks[block].range.end <= r.start)
            ++block;
        const bool heading = block < blocks.size() && blocks[block].range.start <= r.start && blocks[block].heading;
        // The first paragraph counts as a headline only when something follows it: a text of one line is not one.
        const bool leading = m_sentences[s].paragraph == 0 && end < m_sentences.size();
        if (heading || leading) {
            const HeadlineCase casing = headlineCasing(s, end - 1);
            for (size_t k = s; k < end; ++k) {
                m_sentences[k].headline = casing;
                m_sentences[k].inHeadline = heading || casing != HeadlineCase::None;
            }
        }
        s = end;
    }
}

} // namespace lede::core

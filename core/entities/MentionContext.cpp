// MentionContext: sentence lookup for mentions and keyword-in-context windows (see MentionContext.h).
#include "entities/MentionContext.h"

#include <algorithm>

#include <unicode/utf16.h>

namespace lede::core {

namespace {

// A zero-length range still sits somewhere: look it up as the unit it precedes.
TextRange probe(TextRange r)
{
    return r.empty() ? TextRange{r.start, r.start + 1} : r;
}

bool isBreakSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == 0x00A0 || c == 0x2028 || c == 0x2029;
}

} // namespace

SentenceLocator::SentenceLocator(const Segmentation &segmentation) : m_seg(segmentation) {}

int32_t SentenceLocator::sentenceIndexOf(TextRange mention) const
{
    const TextRange m = probe(mention);
    const auto &s = m_seg.sentences;
    const auto it = std::partition_point(s.begin(), s.end(), [&](const Sentence &x) { return x.range.end <= m.start; });
    if (it == s.end() || it->range.start >= m.end)
        return -1;
    return static_cast<int32_t>(it - s.begin());
}

TextRange SentenceLocator::sentenceOf(TextRange mention) const
{
    const int32_t first = sentenceIndexOf(mention);
    if (first < 0)
        return mention;
    const TextRange m = probe(mention);
    const auto &s = m_seg.sentences;
    TextRange out = s[static_cast<size_t>(first)].range;
    for (size_t i = static_cast<size_t>(first) + 1; i < s.size() && s[i].range.start < m.end; ++i)
        out.end = s[i].range.end; // the mention straddles a boundary: take the next sentence too
    out.start = std::min(out.start, mention.start);
    out.end = std::max(out.end, mention.end);
    return out;
}

std::vector<TextRange> SentenceLocator::sentencesOf(const std::vector<TextRange> &mentions) const
{
    std::vector<TextRange> out;
    out.reserve(mentions.size());
    for (const TextRange &m : mentions)
        out.push_back(sentenceOf(m));
    return out;
}

TextRange contextWindow(std::u16string_view text, TextRange sentence, TextRange mention, int32_t maxUnits)
{
    const auto size = static_cast<int32_t>(text.size());
    mention.start = std::clamp(mention.start, 0, size);
    mention.end = std::clamp(mention.end, mention.start, size);
    TextRange s{std::clamp(std::min(sentence.start, mention.start), 0, size),
                std::clamp(std::max(sentence.end, mention.end), 0, size)};
    if (s.length() <= maxUnits)
        return s;

    // Share what the mention leaves over between both sides; a side that hits the sentence edge gives
    // its unused share to the other.
    const int32_t budget = std::max(0, maxUnits - mention.length());
    int32_t left = std::min(budget / 2, mention.start - s.start);
    const int32_t right = std::min(budget - left, s.end - mention.end);
    left = std::min(budget - right, mention.start - s.start);
    TextRange w{mention.start - left, mention.end + right};

    // Cut at white space so no word is shown in part.
    if (w.start > s.start) {
        int32_t i = w.start;
        while (i < mention.start && !isBreakSpace(text[static_cast<size_t>(i - 1)]))
            ++i;
        w.start = i;
    }
    if (w.end < s.end) {
        int32_t i = w.end;
        while (i > mention.end && !isBreakSpace(text[static_cast<size_t>(i)]))
            --i;
        w.end = i;
    }
    if (w.start < mention.start && U16_IS_TRAIL(text[static_cast<size_t>(w.start)]))
        ++w.start;
    if (w.end > mention.end && U16_IS_LEAD(text[static_cast<size_t>(w.end - 1)]))
        --w.end;
    return w;
}

} // namespace lede::core

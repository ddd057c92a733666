// MentionContext: the sentence around each mention, for keyword-in-context lines and the CSV
// "first sentence" column.
#pragma once

#include "common/TextRange.h"
#include "text/Segmenter.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace lede::core {

class SentenceLocator final
{
public:
    // Keeps a reference to `segmentation`; it must outlive the locator.
    explicit SentenceLocator(const Segmentation &segmentation);
    // A temporary would be gone before the first lookup (a dangling reference), so it does not compile.
    explicit SentenceLocator(Segmentation &&) = delete;

    // The sentence containing `mention`: the union of every sentence it overlaps (a mention straddling a
    // boundary gets both sentences). A mention in no sentence (white space between sentences, or no
    // segmentation) gets the mention range itself. O(log sentences).
    TextRange sentenceOf(TextRange mention) const;

    // The same for many mentions at once (any order); result[i] belongs to mentions[i].
    std::vector<TextRange> sentencesOf(const std::vector<TextRange> &mentions) const;

    // Index of the first sentence overlapping `mention`, or -1.
    int32_t sentenceIndexOf(TextRange mention) const;

private:
    const Segmentation &m_seg;
};

// A keyword-in-context window: `sentence` trimmed to at most about `maxUnits` UTF-16 units around `mention`
// (cut at white space, never inside a surrogate pair, the mention always whole). Long "sentences" (tables,
// unpunctuated text) stay readable in one line.
TextRange contextWindow(std::u16string_view text, TextRange sentence, TextRange mention, int32_t maxUnits = 240);

} // namespace lede::core

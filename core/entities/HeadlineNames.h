// HeadlineNames: the names of an ALL CAPS headline, read through the article's body. In capitals every word looks
// alike, so the tagger misses names there that the body writes in ordinary case: a run of headline words whose key
// the body mentions ("KANEKO WINS" when the body names "Kaneko" or "Eri Kaneko") is marked with the body's type,
// when the tagger left it unmarked. The marked mentions of a headline, in capitals or Title Case, then vote with the
// body's in EntityGrouper like any other: on the CoNLL-2003 dev set and the web text of UNER's EWT dev set, giving
// them a lighter vote (or re-cutting them to the body's names) made the headlines worse, and so did marking body
// names in Title Case headlines, where the tagger already sees capitalised words.
#pragma once

#include "entities/ArticleOutline.h"
#include "entities/MentionEvidence.h"

namespace lede::core {

class HeadlineNames final
{
public:
    // Names of at most this many words are looked for in a headline.
    static constexpr size_t kMaxNameWords = 6;

    // `mentions` in text order, non-overlapping; stays so, with added mentions in their place.
    static void addBodyNames(const ArticleOutline &outline, EvidencedMentions &mentions);
};

} // namespace lede::core

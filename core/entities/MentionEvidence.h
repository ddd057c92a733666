// MentionEvidence: how sure the document is of a mention's type, which decides whether EntityGrouper's vote on an
// entity's type may overrule it; and the mentions that carry it, as the document-level passes hand them to the
// grouper.
#pragma once

#include "ner/NerTagger.h"

#include <cstdint>
#include <vector>

namespace lede::core {

enum class MentionEvidence : uint8_t {
    Tagger,    // the tagger's label (or one the document's other mentions gave it): one vote
    Structure, // the article's layout says it (StructuralName: a byline, a dateline, a credit): never overruled
};

struct EvidencedMentions
{
    std::vector<Mention> mentions;         // in text order, non-overlapping
    std::vector<MentionEvidence> evidence; // one per mention

    void add(const Mention &m, MentionEvidence e)
    {
        mentions.push_back(m);
        evidence.push_back(e);
    }
};

} // namespace lede::core

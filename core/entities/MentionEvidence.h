// MentionEvidence: how sure the document is of a mention's type, which weighs the mention's vote when
// EntityGrouper decides an entity's type; and the mentions that carry it, as the document-level passes hand
// them to the grouper.
#pragma once

#include "ner/NerTagger.h"

#include <cstdint>
#include <vector>

namespace lede::core {

enum class MentionEvidence : uint8_t {
    Tagger,    // the tagger's label (or one the document's other mentions gave it): one vote
    Structure, // the article's layout says it (StructuralName: a byline, a dateline, a credit): three votes
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

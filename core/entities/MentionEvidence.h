// MentionEvidence: how sure the document is of a mention's type, which decides whether EntityGrouper's vote on an
// entity's type may overrule it; and the mentions that carry it, as the document-level passes hand them to the
// grouper.
#pragma once

#include "ner/NerTagger.h"

#include <cstddef>
#include <cstdint>
#include <utility>
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

    // Adds `added` (in text order, apart from one another), each with evidence `e`, keeping the text order; one that
    // overlaps a mention already here is left out. One pass, not an insert each: a book may add thousands.
    void insert(const std::vector<Mention> &added, MentionEvidence e)
    {
        if (added.empty())
            return;
        EvidencedMentions merged;
        merged.mentions.reserve(mentions.size() + added.size());
        merged.evidence.reserve(mentions.size() + added.size());
        size_t a = 0;
        for (size_t i = 0; i <= mentions.size(); ++i) {
            for (; a < added.size() && (i == mentions.size() || added[a].range.start < mentions[i].range.start); ++a) {
                if (!(i < mentions.size() && added[a].range.overlaps(mentions[i].range)))
                    merged.add(added[a], e);
            }
            if (i < mentions.size())
                merged.add(mentions[i], evidence[i]);
        }
        *this = std::move(merged);
    }
};

} // namespace lede::core

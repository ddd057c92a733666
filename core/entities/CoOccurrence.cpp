// CoOccurrence: sentence-level co-occurrence of entities (see CoOccurrence.h).
#include "entities/CoOccurrence.h"

#include <algorithm>
#include <unordered_map>

namespace lede::core {

CoOccurrenceIndex::CoOccurrenceIndex(const std::vector<Entity> &entities, const Segmentation &segmentation)
    : m_entitySentences(entities.size()), m_sentenceEntities(segmentation.sentences.size())
{
    const auto &sentences = segmentation.sentences;
    for (size_t e = 0; e < entities.size(); ++e) {
        auto &mine = m_entitySentences[e];
        for (const TextRange &m : entities[e].mentions) {
            // Sentences are in text order and do not overlap: the first one ending after the mention starts
            // is the first candidate.
            auto it = std::partition_point(sentences.begin(), sentences.end(),
                                           [&](const Sentence &s) { return s.range.end <= m.start; });
            for (; it != sentences.end() && it->range.start < std::max(m.end, m.start + 1); ++it)
                mine.push_back(static_cast<int32_t>(it - sentences.begin()));
        }
        std::sort(mine.begin(), mine.end());
        mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
        for (int32_t s : mine)
            m_sentenceEntities[static_cast<size_t>(s)].push_back(static_cast<uint32_t>(e));
    }
}

const std::vector<int32_t> &CoOccurrenceIndex::sentencesOf(size_t entity) const
{
    static const std::vector<int32_t> kEmpty;
    return entity < m_entitySentences.size() ? m_entitySentences[entity] : kEmpty;
}

std::vector<CoOccurrence> CoOccurrenceIndex::top(size_t entity, size_t limit) const
{
    std::vector<CoOccurrence> out;
    if (entity >= m_entitySentences.size() || limit == 0)
        return out;
    std::unordered_map<uint32_t, int32_t> counts;
    for (int32_t s : m_entitySentences[entity]) {
        for (uint32_t other : m_sentenceEntities[static_cast<size_t>(s)]) {
            if (other != entity)
                ++counts[other];
        }
    }
    out.reserve(counts.size());
    for (const auto &[other, n] : counts)
        out.push_back(CoOccurrence{other, n});
    const auto better = [](const CoOccurrence &a, const CoOccurrence &b) {
        return a.sentences != b.sentences ? a.sentences > b.sentences : a.entity < b.entity;
    };
    const size_t keep = std::min(limit, out.size());
    std::partial_sort(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(keep), out.end(), better);
    out.resize(keep);
    return out;
}

} // namespace lede::core

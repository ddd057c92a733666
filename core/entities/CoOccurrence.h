// CoOccurrence: which entities appear in the same sentences as a given one ("a person shows the other
// entities they appear with most"). Built once per entity list; each query is proportional to the
// entity's mentions times the entities sharing its sentences.
#pragma once

#include "entities/Entity.h"
#include "text/Segmenter.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lede::core {

struct CoOccurrence
{
    size_t entity = 0;   // index into the entity list the index was built from
    int32_t sentences = 0; // number of sentences both appear in
};

class CoOccurrenceIndex final
{
public:
    // A mention belongs to every sentence it overlaps; mentions outside every sentence are ignored.
    CoOccurrenceIndex(const std::vector<Entity> &entities, const Segmentation &segmentation);

    // The entities sharing most sentences with `entity`, most first (ties: lower index, i.e. earlier first
    // mention), at most `limit` of them. An out-of-range index gives an empty list.
    std::vector<CoOccurrence> top(size_t entity, size_t limit) const;

    // Sentence indices (ascending, unique) an entity appears in.
    const std::vector<int32_t> &sentencesOf(size_t entity) const;

private:
    std::vector<std::vector<int32_t>> m_entitySentences; // per entity
    std::vector<std::vector<uint32_t>> m_sentenceEntities; // per sentence: entity indices, unique
};

} // namespace lede::core

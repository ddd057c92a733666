// NerModel: a loaded model ready to tag documents — the feature table, quantised weights,
// transitions, the gazetteer the features were trained with and the two-stage decoder.
#pragma once

#include "common/StopToken.h"
#include "ner/FeatureExtractor.h"
#include "ner/FeatureTable.h"
#include "ner/Gazetteer.h"
#include "ner/ModelFormat.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace lede::core {

class NerModel final
{
public:
    // The gazetteer and both cluster tables are the ones the model file carries.
    explicit NerModel(ner::ModelData data);

    // Longer sentences are decoded in pieces of this many tokens (a 1 MB run-on "sentence" costs
    // the same per token as a short one, and no buffer grows with it).
    static constexpr size_t kMaxSentenceTokens = 200;

    // Labels every token of the document with an internal IOB2 label (NerLabels.h). Sentences
    // longer than kMaxSentenceTokens must already be split (see splitLongSentences).
    // Returns false when stopped (labels are then incomplete).
    // Work done by one tagDocument call, so tests can bound it (time is linear in the input).
    struct Work
    {
        size_t tokens = 0;
        size_t featureLookups = 0; // feature table probes
        size_t viterbiSteps = 0;   // label-pair transitions scored
        size_t longestDecoded = 0; // longest token run given to one Viterbi call
    };
    bool tagDocument(const ner::DocumentTokens &doc, std::vector<uint8_t> &labels, const StopToken &stop = {},
                     Work *work = nullptr) const;

    static void splitLongSentences(ner::DocumentTokens &doc);

    const ner::Gazetteer &gazetteer() const { return *m_gazetteer; }
    const std::string &description() const { return m_data.description; }
    uint32_t stages() const { return m_data.stages; }
    size_t featureCount() const { return m_table.size(); }
    size_t clusterWordCount() const { return m_clusters->size(); }
    size_t embeddingWordCount() const { return m_embeddings->size(); }

private:
    ner::ModelData m_data;
    std::unique_ptr<ner::Gazetteer> m_gazetteer;
    std::unique_ptr<ner::WordClusters> m_clusters;
    std::unique_ptr<ner::WordClusters> m_embeddings;
    ner::FeatureTable m_table;
    ner::FeatureExtractor m_extractor;
};

} // namespace lede::core

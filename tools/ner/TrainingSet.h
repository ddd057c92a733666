// TrainingSet: a CoNLL corpus compiled for perceptron training — per document the tokens, gold
// labels and each token's feature ids (stage-1 and, once computed, stage-2) in CSR arrays.
#pragma once

#include "ner/ConllCorpus.h"
#include "ner/FeatureExtractor.h"
#include "ner/FeatureTable.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lede::tools {

// Feature key ↔ dense id, shared by all sets of one training run.
class FeatureDictionary final
{
public:
    static constexpr uint32_t kUnknown = core::ner::FeatureTable::kMissing;
    // grow: add unseen keys (training data); otherwise unseen keys map to kUnknown.
    uint32_t id(uint64_t key, bool grow);
    uint64_t key(uint32_t id) const { return m_keys[id]; }
    size_t size() const { return m_keys.size(); }

private:
    core::ner::FeatureTable m_index;
    std::vector<uint64_t> m_keys;
};

struct CompiledDocument
{
    std::vector<std::u16string> text; // owns the token strings `tokens` views
    core::ner::DocumentTokens tokens;
    core::ner::DocumentContext context;
    std::vector<uint8_t> gold;
    std::vector<uint32_t> localStart, local;   // token i: local[localStart[i] .. localStart[i+1])
    std::vector<uint32_t> globalStart, global; // stage-2 ids, same layout (empty until compiled)
    std::vector<uint8_t> stage1;               // stage-1 predictions used for the stage-2 features
    // The ids among token i's local features that name its own word, word[wordStart[i] .. wordStart[i+1]): what word
    // dropout hides (Perceptron::setWordDropout); empty unless compiled (TrainingSet::compileWordFeatures).
    std::vector<uint32_t> wordStart, word;
    // The corpus leaves MISC out or annotates only some of it (CorpusSplits.h): a gold O may be a MISC name, so
    // training takes the best labelling that agrees with the gold on everything else, and scoring leaves MISC out.
    bool partialMisc = false;
};

class TrainingSet final
{
public:
    TrainingSet(const core::ner::ConllCorpus &corpus, const core::ner::FeatureExtractor &extractor,
                FeatureDictionary &dictionary, bool grow);

    // Computes stage-2 feature ids from each document's `stage1` labels.
    void compileGlobal(const core::ner::FeatureExtractor &extractor, FeatureDictionary &dictionary, bool grow);

    // Fills each document's word-feature ids (FeatureExtractor::wordFeatures) for its capitalised tokens, or for
    // every token with letters when `allTokens`; other tokens get none, so word dropout leaves them alone. With
    // `affixes`, a token's longer affixes count as its word too (FeatureExtractor::wordFeatures).
    void compileWordFeatures(const core::ner::FeatureExtractor &extractor, FeatureDictionary &dictionary,
                             bool allTokens, bool affixes = false);

    std::vector<CompiledDocument> documents;
    size_t tokenCount = 0;
};

} // namespace lede::tools

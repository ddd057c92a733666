// Perceptron: an averaged structured perceptron (Collins 2002) over TrainingSet documents,
// one sentence per update, with constrained Viterbi decoding. Averaging uses the usual
// timestamp trick (w_avg = w - Σ c·Δ / c), so an update costs only the features it touches.
#pragma once

#include "TrainingSet.h"
#include "ner/Viterbi.h"

#include <cstdint>
#include <random>
#include <vector>

namespace lede::tools {

class Perceptron final
{
public:
    // stage 1 uses local features only; stage 2 local + global.
    Perceptron(size_t featureCount, int stage);

    void resize(size_t featureCount);
    // Word dropout: in each training epoch, every token occurrence that has word features (CompiledDocument::word)
    // loses them with probability `p`, for the decoding and the update of its sentence alike, so the weights learn to
    // tag names by what an unseen name also has. Which occurrences drop is a hash of `seed`, the epoch, the document's
    // place in the epoch's list and the token: deterministic, and no draw from the shuffle's generator. 0 = none.
    void setWordDropout(double p, uint64_t seed);
    void trainEpoch(std::vector<CompiledDocument *> &documents, std::mt19937_64 &rng);

    // Decodes a document with the averaged weights (averaged() must have been called).
    void decode(const CompiledDocument &doc, std::vector<uint8_t> &labels);
    void average();

    const std::vector<float> &averagedWeights() const { return m_avg; }
    const core::ner::Transitions &averagedTransitions() const { return m_avgTransitions; }
    // Restores a snapshot (the best epoch's averaged weights) for decoding.
    void setAveraged(std::vector<float> weights, const core::ner::Transitions &transitions);

private:
    // With `drop` (training), token i's word features are left out where drop[i - b] is set.
    void emissions(const CompiledDocument &doc, uint32_t b, uint32_t e, const std::vector<float> &w,
                   const uint8_t *drop = nullptr);
    // Sets m_drop for tokens b..e of documents[d] in this epoch; false when no token drops.
    bool chooseDropped(const CompiledDocument &doc, uint32_t d, uint32_t b, uint32_t e);
    // For a partial-MISC document: the best labels of tokens b..e under the current weights among those that keep
    // every gold entity and may turn a gold O into MISC, into m_latent (emissions must be computed).
    const uint8_t *latentGold(const CompiledDocument &doc, uint32_t b, uint32_t e);
    template <typename Fn>
    void forEachFeature(const CompiledDocument &doc, uint32_t i, Fn &&fn, bool dropWord = false) const;

    int m_stage;
    std::vector<float> m_w, m_avg; // featureCount × kLabelCount
    std::vector<double> m_wsum;   // Σ c·Δ grows past float precision over many epochs
    core::ner::Transitions m_t, m_tsum, m_avgTransitions;
    double m_c = 1;
    std::vector<float> m_emissions;
    std::vector<uint8_t> m_pred, m_latent, m_drop;
    double m_dropout = 0;
    uint64_t m_dropSeed = 0, m_epoch = 0;
    std::vector<float> m_constrained;
    core::ner::Viterbi m_viterbi;
};

} // namespace lede::tools

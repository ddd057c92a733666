// Averaged structured perceptron training (see Perceptron.h).
#include "Perceptron.h"

#include "ner/FeatureHash.h"

#include <algorithm>

namespace lede::tools {

using namespace core::ner;

Perceptron::Perceptron(size_t featureCount, int stage) : m_stage(stage)
{
    resize(featureCount);
}

void Perceptron::resize(size_t featureCount)
{
    m_w.resize(featureCount * kLabelCount, 0.0f);
    m_wsum.resize(featureCount * kLabelCount, 0.0f);
}

void Perceptron::setWordDropout(double p, uint64_t seed)
{
    m_dropout = p;
    m_dropSeed = seed;
}

template <typename Fn>
void Perceptron::forEachFeature(const CompiledDocument &doc, uint32_t i, Fn &&fn, bool dropWord) const
{
    if (dropWord) {
        const uint32_t *wb = doc.word.data() + doc.wordStart[i], *we = doc.word.data() + doc.wordStart[i + 1];
        for (uint32_t k = doc.localStart[i]; k < doc.localStart[i + 1]; ++k) {
            if (std::find(wb, we, doc.local[k]) == we)
                fn(doc.local[k]);
        }
    } else {
        for (uint32_t k = doc.localStart[i]; k < doc.localStart[i + 1]; ++k)
            fn(doc.local[k]);
    }
    if (m_stage == 2) {
        for (uint32_t k = doc.globalStart[i]; k < doc.globalStart[i + 1]; ++k)
            fn(doc.global[k]);
    }
}

void Perceptron::emissions(const CompiledDocument &doc, uint32_t b, uint32_t e, const std::vector<float> &w,
                           const uint8_t *drop)
{
    m_emissions.assign(size_t{e - b} * kLabelCount, 0.0f);
    for (uint32_t i = b; i < e; ++i) {
        float *em = &m_emissions[size_t{i - b} * kLabelCount];
        forEachFeature(
            doc, i,
            [&](uint32_t f) {
                const float *row = &w[size_t{f} * kLabelCount];
                for (int y = 0; y < kLabelCount; ++y)
                    em[y] += row[y];
            },
            drop && drop[i - b]);
    }
}

bool Perceptron::chooseDropped(const CompiledDocument &doc, uint32_t d, uint32_t b, uint32_t e)
{
    if (m_dropout <= 0 || doc.wordStart.empty())
        return false;
    m_drop.assign(e - b, 0);
    bool any = false;
    const uint64_t epochKey = combine(combine(m_dropSeed, m_epoch), d);
    for (uint32_t i = b; i < e; ++i) {
        if (doc.wordStart[i] == doc.wordStart[i + 1])
            continue;
        const double u = static_cast<double>(combine(epochKey, i) >> 11) * 0x1.0p-53;
        if (u < m_dropout)
            m_drop[i - b] = 1, any = true;
    }
    return any;
}

const uint8_t *Perceptron::latentGold(const CompiledDocument &doc, uint32_t b, uint32_t e)
{
    constexpr float kForbidden = -1e30f;
    const uint8_t miscB = beginLabel(core::EntityType::Other), miscI = insideLabel(core::EntityType::Other);
    m_constrained = m_emissions;
    for (uint32_t i = b; i < e; ++i) {
        float *em = &m_constrained[size_t{i - b} * kLabelCount];
        const uint8_t g = doc.gold[i];
        for (int y = 0; y < kLabelCount; ++y) {
            const bool allowed = y == g || (g == kOutside && (y == miscB || y == miscI));
            if (!allowed)
                em[y] = kForbidden;
        }
    }
    m_latent.resize(e - b);
    m_viterbi.decode(m_constrained.data(), e - b, m_t, m_latent.data());
    return m_latent.data();
}

void Perceptron::trainEpoch(std::vector<CompiledDocument *> &documents, std::mt19937_64 &rng)
{
    // Sentence order is shuffled per epoch; the documents' own feature arrays stay fixed.
    std::vector<std::pair<uint32_t, uint32_t>> order;
    for (uint32_t d = 0; d < documents.size(); ++d) {
        for (uint32_t s = 0; s < documents[d]->tokens.sentenceCount(); ++s)
            order.emplace_back(d, s);
    }
    std::shuffle(order.begin(), order.end(), rng);
    ++m_epoch;

    for (const auto &[d, s] : order) {
        const CompiledDocument &doc = *documents[d];
        const uint32_t b = doc.tokens.sentenceStarts[s], e = doc.tokens.sentenceEnd(s);
        if (b >= e)
            continue;
        const uint8_t *drop = chooseDropped(doc, d, b, e) ? m_drop.data() : nullptr;
        emissions(doc, b, e, m_w, drop);
        m_pred.resize(e - b);
        m_viterbi.decode(m_emissions.data(), e - b, m_t, m_pred.data());
        const uint8_t *gold = doc.partialMisc ? latentGold(doc, b, e) : &doc.gold[b];
        for (uint32_t i = b; i < e; ++i) {
            const uint8_t g = gold[i - b], p = m_pred[i - b];
            const int gPrev = i == b ? -1 : gold[i - b - 1];
            const int pPrev = i == b ? -1 : m_pred[i - b - 1];
            if (g != p) {
                const double c = m_c;
                forEachFeature(
                    doc, i,
                    [&](uint32_t f) {
                        const size_t row = size_t{f} * kLabelCount;
                        m_w[row + g] += 1.0f;
                        m_wsum[row + g] += c;
                        m_w[row + p] -= 1.0f;
                        m_wsum[row + p] -= c;
                    },
                    drop && drop[i - b]);
            }
            if (g != p || gPrev != pPrev) {
                const auto c = static_cast<float>(m_c);
                m_t.score[gPrev + 1][g] += 1.0f;
                m_tsum.score[gPrev + 1][g] += c;
                m_t.score[pPrev + 1][p] -= 1.0f;
                m_tsum.score[pPrev + 1][p] -= c;
            }
        }
        m_c += 1;
    }
}

void Perceptron::average()
{
    const double c = m_c;
    m_avg.resize(m_w.size());
    for (size_t i = 0; i < m_w.size(); ++i)
        m_avg[i] = static_cast<float>(m_w[i] - m_wsum[i] / c);
    for (int p = 0; p <= kLabelCount; ++p) {
        for (int y = 0; y < kLabelCount; ++y)
            m_avgTransitions.score[p][y] = static_cast<float>(m_t.score[p][y] - m_tsum.score[p][y] / c);
    }
}

void Perceptron::setAveraged(std::vector<float> weights, const Transitions &transitions)
{
    m_avg = std::move(weights);
    m_avgTransitions = transitions;
}

void Perceptron::decode(const CompiledDocument &doc, std::vector<uint8_t> &labels)
{
    labels.assign(doc.tokens.tokens.size(), kOutside);
    for (size_t s = 0; s < doc.tokens.sentenceCount(); ++s) {
        const uint32_t b = doc.tokens.sentenceStarts[s], e = doc.tokens.sentenceEnd(s);
        if (b >= e)
            continue;
        emissions(doc, b, e, m_avg);
        m_viterbi.decode(m_emissions.data(), e - b, m_avgTransitions, &labels[b]);
    }
}

} // namespace lede::tools

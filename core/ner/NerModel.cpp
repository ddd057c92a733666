// Two-stage tagging with a loaded model. One table probe per stage-1 feature fetches the
// weights of both stages (they share a row), so the second stage only pays for its few
// document-level features and a second Viterbi pass.
#include "ner/NerModel.h"

#include "ner/Viterbi.h"

#include <algorithm>

namespace lede::core {

using namespace ner;

NerModel::NerModel(ModelData data)
    : m_data(std::move(data)), m_gazetteer(std::make_unique<Gazetteer>(
                                   Gazetteer::frozenFromEntries(m_data.gazetteerPhrases, m_data.gazetteerStarts))),
      m_clusters(std::make_unique<WordClusters>(WordClusters::frozenFromEntries(m_data.clusters))),
      m_embeddings(std::make_unique<WordClusters>(WordClusters::frozenFromEntries(m_data.embeddingClusters))),
      m_table(FeatureTable::frozen(
          m_data.keys.size(), [&](size_t i) { return m_data.keys[i]; },
          [](size_t i) { return static_cast<uint32_t>(i); })),
      m_extractor(m_gazetteer.get(), m_clusters.get(), m_embeddings.get())
{
    // The tables are built in one pass each (the model's keys are distinct); only they are needed from here on.
    m_data.keys = {};
    m_data.gazetteerPhrases = {};
    m_data.gazetteerStarts = {};
    m_data.clusters = {};
    m_data.embeddingClusters = {};
}

void NerModel::splitLongSentences(DocumentTokens &doc)
{
    std::vector<uint32_t> starts;
    starts.reserve(doc.sentenceStarts.size());
    for (size_t s = 0; s < doc.sentenceCount(); ++s) {
        const uint32_t b = doc.sentenceStarts[s], e = doc.sentenceEnd(s);
        starts.push_back(b);
        for (uint32_t p = b + kMaxSentenceTokens; p < e; p += kMaxSentenceTokens)
            starts.push_back(p);
    }
    doc.sentenceStarts = std::move(starts);
}

bool NerModel::tagDocument(const DocumentTokens &doc, std::vector<uint8_t> &labels, const StopToken &stop,
                           Work *work) const
{
    Work local;
    Work &w = work ? *work : local;
    w.tokens += doc.tokens.size();
    const size_t n = doc.tokens.size();
    labels.assign(n, kOutside);
    if (n == 0)
        return true;
    DocumentContext ctx;
    m_extractor.analyse(doc, ctx);

    const uint32_t stages = m_data.stages;
    const size_t rowSize = size_t{stages} * kLabelCount;
    // Stage-2 partial sums (stage-1 features' stage-2 weights), kept for the second pass.
    std::vector<int32_t> partial2(stages == 2 ? n * kLabelCount : 0, 0);
    std::vector<float> emissions;
    std::vector<uint64_t> keys;
    Viterbi viterbi;

    // About half of a token's stage-1 features depend on the token alone, and a book repeats its words: those are
    // scored once per distinct token (equal TokenInfo), their weights summed for both stages. The sums are of
    // integers, so the order does not change them. A token whose `word` hash finds another token's TokenInfo (a
    // collision) is scored alone.
    constexpr uint32_t kAlone = 0xFFFFFFFFu;
    std::vector<uint32_t> typeOf(n, kAlone);
    std::vector<uint32_t> typeToken; // a token of each distinct TokenInfo
    {
        FeatureTable types(n / 8 + 16);
        for (uint32_t i = 0; i < n; ++i) {
            const TokenInfo &t = ctx.info[i];
            const auto next = static_cast<uint32_t>(typeToken.size());
            const uint32_t type = types.insert(t.word, next);
            if (type == next)
                typeToken.push_back(i);
            else if (type == FeatureTable::kMissing || !(ctx.info[typeToken[type]] == t))
                continue;
            typeOf[i] = type;
        }
    }
    std::vector<int32_t> typeSums(typeToken.size() * rowSize, 0);
    for (size_t type = 0; type < typeToken.size(); ++type) {
        keys.clear();
        m_extractor.localFeatures(doc, ctx, typeToken[type], keys, FeatureExtractor::Scope::Token);
        w.featureLookups += keys.size();
        int32_t *sums = &typeSums[type * rowSize];
        for (uint64_t key : keys) {
            const uint32_t row = m_table.find(key);
            if (row == FeatureTable::kMissing)
                continue;
            const int16_t *weights = &m_data.weights[row * rowSize];
            for (size_t y = 0; y < rowSize; ++y)
                sums[y] += weights[y];
        }
    }

    std::vector<uint32_t> offsets, rows;
    for (size_t s = 0; s < doc.sentenceCount(); ++s) {
        if (stop.stopRequested())
            return false;
        const uint32_t b = doc.sentenceStarts[s], e = doc.sentenceEnd(s);
        if (b >= e)
            continue;
        // All keys of the sentence first, then all probes: issuing the prefetches together lets
        // the cache misses of a sentence overlap instead of being paid one after another.
        keys.clear();
        offsets.clear();
        for (uint32_t i = b; i < e; ++i) {
            offsets.push_back(static_cast<uint32_t>(keys.size()));
            m_extractor.localFeatures(doc, ctx, i, keys,
                                      typeOf[i] == kAlone ? FeatureExtractor::Scope::All
                                                          : FeatureExtractor::Scope::Context);
        }
        offsets.push_back(static_cast<uint32_t>(keys.size()));
        for (uint64_t key : keys)
            m_table.prefetch(key);
        w.featureLookups += keys.size();
        rows.resize(keys.size());
        for (size_t k = 0; k < keys.size(); ++k) {
            rows[k] = m_table.find(keys[k]);
            if (rows[k] != FeatureTable::kMissing)
                __builtin_prefetch(&m_data.weights[rows[k] * rowSize]);
        }
        emissions.assign(size_t{e - b} * kLabelCount, 0.0f);
        for (uint32_t i = b; i < e; ++i) {
            int32_t sum1[kLabelCount] = {};
            int32_t *sum2 = stages == 2 ? &partial2[size_t{i} * kLabelCount] : nullptr;
            if (typeOf[i] != kAlone) {
                const int32_t *sums = &typeSums[typeOf[i] * rowSize];
                for (int y = 0; y < kLabelCount; ++y)
                    sum1[y] = sums[y];
                if (sum2) {
                    for (int y = 0; y < kLabelCount; ++y)
                        sum2[y] = sums[kLabelCount + y];
                }
            }
            for (uint32_t k = offsets[i - b]; k < offsets[i - b + 1]; ++k) {
                const uint32_t row = rows[k];
                if (row == FeatureTable::kMissing)
                    continue;
                const int16_t *weights = &m_data.weights[row * rowSize];
                for (int y = 0; y < kLabelCount; ++y)
                    sum1[y] += weights[y];
                if (sum2) {
                    for (int y = 0; y < kLabelCount; ++y)
                        sum2[y] += weights[kLabelCount + y];
                }
            }
            float *em = &emissions[size_t{i - b} * kLabelCount];
            for (int y = 0; y < kLabelCount; ++y)
                em[y] = static_cast<float>(sum1[y]) * m_data.scale[0];
        }
        viterbi.decode(emissions.data(), e - b, m_data.transitions[0], &labels[b]);
        w.viterbiSteps += size_t{e - b} * kLabelCount * kLabelCount;
        w.longestDecoded = std::max<size_t>(w.longestDecoded, e - b);
    }
    if (stages < 2)
        return true;

    FeatureExtractor::GlobalView view;
    view.prepare(ctx, labels);
    std::vector<uint8_t> final(n, kOutside);
    for (size_t s = 0; s < doc.sentenceCount(); ++s) {
        if (stop.stopRequested())
            return false;
        const uint32_t b = doc.sentenceStarts[s], e = doc.sentenceEnd(s);
        if (b >= e)
            continue;
        emissions.assign(size_t{e - b} * kLabelCount, 0.0f);
        for (uint32_t i = b; i < e; ++i) {
            keys.clear();
            m_extractor.globalFeatures(doc, ctx, view, i, keys);
            w.featureLookups += keys.size();
            int32_t *sum2 = &partial2[size_t{i} * kLabelCount];
            for (uint64_t key : keys) {
                const uint32_t row = m_table.find(key);
                if (row == FeatureTable::kMissing)
                    continue;
                const int16_t *weights = &m_data.weights[row * rowSize + kLabelCount];
                for (int y = 0; y < kLabelCount; ++y)
                    sum2[y] += weights[y];
            }
            float *em = &emissions[size_t{i - b} * kLabelCount];
            for (int y = 0; y < kLabelCount; ++y)
                em[y] = static_cast<float>(sum2[y]) * m_data.scale[1];
        }
        viterbi.decode(emissions.data(), e - b, m_data.transitions[1], &final[b]);
        w.viterbiSteps += size_t{e - b} * kLabelCount * kLabelCount;
    }
    labels = std::move(final);
    return true;
}

} // namespace lede::core

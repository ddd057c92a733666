// Two-stage tagging with a loaded model. One table probe per stage-1 feature fetches the
// weights of both stages (they share a row), so the second stage only pays for its few
// document-level features and a second Viterbi pass.
#include "ner/NerModel.h"

#include "ner/Viterbi.h"

#include <algorithm>

namespace lede::core {

using namespace ner;

namespace {

// sums[y] += weights[y] for a row of one or both stages (kLabelCount or twice that): the fixed lengths let the
// compiler unroll and vectorise the adds.
[[gnu::always_inline]] inline void addRow(int32_t *sums, const int16_t *weights, size_t rowSize)
{
    if (rowSize == 2 * kLabelCount) {
        for (int y = 0; y < 2 * kLabelCount; ++y)
            sums[y] += weights[y];
    } else {
        for (int y = 0; y < kLabelCount; ++y)
            sums[y] += weights[y];
    }
}

[[gnu::always_inline]] inline void addSums(int32_t *sums, const int32_t *row, size_t rowSize)
{
    if (rowSize == 2 * kLabelCount) {
        for (int y = 0; y < 2 * kLabelCount; ++y)
            sums[y] += row[y];
    } else {
        for (int y = 0; y < kLabelCount; ++y)
            sums[y] += row[y];
    }
}

} // namespace

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
    // scored once per distinct token (equal TokenInfo), their weights summed for both stages. So are the features
    // one neighbour decides alone (FeatureExtractor::neighbourFeatures): a distinct token's sums for what it lends
    // the tokens two and one before and after it, and the sentence edge's for each offset. The sums are of
    // integers, so the order does not change them.
    constexpr int kOffsets[] = {-2, -1, 1, 2};
    constexpr size_t kRows = 1 + std::size(kOffsets); // per distinct token: its own row, then one per offset
    const std::vector<uint32_t> &typeOf = ctx.infoIndex;
    std::vector<uint32_t> typeToken(ctx.infos.size(), 0); // a token of each distinct TokenInfo
    for (uint32_t i = n; i-- > 0;)
        typeToken[typeOf[i]] = i;
    // The table rows of `keys`, probed a fixed distance behind their prefetches (a few hundred prefetches at once
    // would outnumber what the core can have in flight), each found row's weights prefetched in turn.
    std::vector<uint32_t> offsets, rows;
    auto findRows = [&] {
        constexpr size_t kAhead = 16;
        for (size_t k = 0; k < std::min(kAhead, keys.size()); ++k)
            m_table.prefetch(keys[k]);
        w.featureLookups += keys.size();
        rows.resize(keys.size());
        for (size_t k = 0; k < keys.size(); ++k) {
            if (k + kAhead < keys.size())
                m_table.prefetch(keys[k + kAhead]);
            rows[k] = m_table.find(keys[k]);
            if (rows[k] != FeatureTable::kMissing)
                __builtin_prefetch(&m_data.weights[rows[k] * rowSize]);
        }
    };
    // Into sums + r * rowSize, the weights of keys [offsets[r], offsets[r + 1]) for every r: many rows' keys are
    // probed together, since a distinct token's features are mostly rare ones, away in memory.
    auto sumRows = [&](int32_t *sums) {
        findRows();
        for (size_t r = 0; r + 1 < offsets.size(); ++r) {
            for (uint32_t k = offsets[r]; k < offsets[r + 1]; ++k) {
                if (rows[k] != FeatureTable::kMissing)
                    addRow(sums + r * rowSize, &m_data.weights[rows[k] * rowSize], rowSize);
            }
        }
    };
    constexpr size_t kTypesAtOnce = 32;
    std::vector<int32_t> typeSums(typeToken.size() * kRows * rowSize, 0);
    for (size_t first = 0; first < typeToken.size(); first += kTypesAtOnce) {
        keys.clear();
        offsets.clear();
        for (size_t type = first; type < std::min(typeToken.size(), first + kTypesAtOnce); ++type) {
            offsets.push_back(static_cast<uint32_t>(keys.size()));
            m_extractor.localFeatures(doc, ctx, typeToken[type], keys, FeatureExtractor::Scope::Token);
            for (int offset : kOffsets) {
                offsets.push_back(static_cast<uint32_t>(keys.size()));
                m_extractor.neighbourFeatures(ctx, offset, typeToken[type], keys);
            }
        }
        offsets.push_back(static_cast<uint32_t>(keys.size()));
        sumRows(&typeSums[first * kRows * rowSize]);
    }
    std::vector<int32_t> edgeSums(std::size(kOffsets) * rowSize, 0);
    keys.clear();
    offsets.clear();
    for (int offset : kOffsets) {
        offsets.push_back(static_cast<uint32_t>(keys.size()));
        m_extractor.neighbourFeatures(ctx, offset, DocumentContext::kNone, keys);
    }
    offsets.push_back(static_cast<uint32_t>(keys.size()));
    sumRows(edgeSums.data());

    for (size_t s = 0; s < doc.sentenceCount(); ++s) {
        if (stop.stopRequested())
            return false;
        const uint32_t b = doc.sentenceStarts[s], e = doc.sentenceEnd(s);
        if (b >= e)
            continue;
        // The neighbour at offset o of token i, or kNone past the sentence's edge.
        auto neighbour = [&](uint32_t i, size_t o) {
            const int64_t j = int64_t{i} + kOffsets[o];
            return j < b || j >= e ? DocumentContext::kNone : static_cast<uint32_t>(j);
        };
        // All keys of the sentence first, then their probes (findRows), so that the cache misses of a sentence
        // overlap instead of being paid one after another.
        keys.clear();
        offsets.clear();
        for (uint32_t i = b; i < e; ++i) {
            offsets.push_back(static_cast<uint32_t>(keys.size()));
            m_extractor.localFeatures(doc, ctx, i, keys, FeatureExtractor::Scope::Own);
        }
        offsets.push_back(static_cast<uint32_t>(keys.size()));
        findRows();
        emissions.assign(size_t{e - b} * kLabelCount, 0.0f);
        for (uint32_t i = b; i < e; ++i) {
            // Both stages' sums: stage 1 in [0, kLabelCount), stage 2 after it.
            int32_t sums[2 * kLabelCount] = {};
            addSums(sums, &typeSums[size_t{typeOf[i]} * kRows * rowSize], rowSize);
            for (size_t o = 0; o < std::size(kOffsets); ++o) {
                const uint32_t j = neighbour(i, o);
                if (j == DocumentContext::kNone)
                    addSums(sums, &edgeSums[o * rowSize], rowSize);
                else
                    addSums(sums, &typeSums[(size_t{typeOf[j]} * kRows + 1 + o) * rowSize], rowSize);
            }
            for (uint32_t k = offsets[i - b]; k < offsets[i - b + 1]; ++k) {
                if (rows[k] != FeatureTable::kMissing)
                    addRow(sums, &m_data.weights[rows[k] * rowSize], rowSize);
            }
            if (stages == 2)
                std::copy_n(sums + kLabelCount, kLabelCount, &partial2[size_t{i} * kLabelCount]);
            float *em = &emissions[size_t{i - b} * kLabelCount];
            for (int y = 0; y < kLabelCount; ++y)
                em[y] = static_cast<float>(sums[y]) * m_data.scale[0];
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

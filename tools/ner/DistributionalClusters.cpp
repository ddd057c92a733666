// Recursive spherical 2-means over context vectors (see DistributionalClusters.h).
#include "DistributionalClusters.h"

#include "BisectingSplitter.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace lede::tools {

void DistributionalClusters::addSentence(const std::vector<uint64_t> &keys, const std::vector<std::string> &surface)
{
    if (keys.empty())
        return;
    m_sentences.push_back(keys);
    m_tokens += keys.size();
    for (size_t i = 0; i < keys.size() && i < surface.size(); ++i)
        m_surfaces.emplace_back(keys[i], surface[i]);
}

std::vector<DistributionalClusters::Word> DistributionalClusters::run() const
{
    // Vocabulary, in a fixed order: frequency descending, then key.
    std::unordered_map<uint64_t, uint64_t> counts;
    for (const auto &s : m_sentences)
        for (uint64_t k : s)
            ++counts[k];
    std::unordered_map<uint64_t, std::string> surfaceOf;
    for (const auto &[k, w] : m_surfaces)
        surfaceOf.emplace(k, w);
    std::vector<std::pair<uint64_t, uint64_t>> byCount(counts.begin(), counts.end()); // (key, count)
    std::sort(byCount.begin(), byCount.end(),
              [](const auto &x, const auto &y) { return x.second != y.second ? x.second > y.second : x.first < y.first; });

    std::unordered_map<uint64_t, uint32_t> contextSlot, vocabIndex;
    const auto contexts = static_cast<uint32_t>(m_options.contexts);
    for (size_t i = 0; i < byCount.size() && i < contexts; ++i)
        contextSlot.emplace(byCount[i].first, static_cast<uint32_t>(i));
    std::vector<uint64_t> vocabCounts;
    std::vector<uint64_t> vocabKeys;
    for (const auto &[k, c] : byCount) {
        if (c < static_cast<uint64_t>(m_options.minCount))
            break;
        vocabIndex.emplace(k, static_cast<uint32_t>(vocabKeys.size()));
        vocabKeys.push_back(k);
        vocabCounts.push_back(c);
    }

    // Context counts: dimension (position × (contexts + 2)), positions -1, +1 (then -2, +2); slot `contexts` pools the rare words,
    // slot `contexts + 1` is the sentence boundary.
    const uint32_t perSide = contexts + 2;
    const int window = std::clamp(m_options.window, 1, 2);
    auto slotOf = [&](const std::vector<uint64_t> &s, int64_t j) -> uint32_t {
        if (j < 0 || j >= static_cast<int64_t>(s.size()))
            return contexts + 1;
        const auto it = contextSlot.find(s[static_cast<size_t>(j)]);
        return it == contextSlot.end() ? contexts : it->second;
    };
    std::vector<std::unordered_map<uint32_t, float>> raw(vocabKeys.size());
    for (const auto &s : m_sentences) {
        for (size_t i = 0; i < s.size(); ++i) {
            const auto it = vocabIndex.find(s[i]);
            if (it == vocabIndex.end())
                continue;
            auto &v = raw[it->second];
            for (int d = 1; d <= window; ++d) {
                const uint32_t side = 2 * static_cast<uint32_t>(d - 1);
                v[side * perSide + slotOf(s, static_cast<int64_t>(i) - d)] += 1.0f;
                v[(side + 1) * perSide + slotOf(s, static_cast<int64_t>(i) + d)] += 1.0f;
            }
        }
    }
    // Square roots damp the few very frequent contexts (Hellinger-style), then unit length.
    std::vector<SparseVector> vectors(vocabKeys.size());
    for (size_t w = 0; w < raw.size(); ++w) {
        auto &e = vectors[w].entries;
        e.assign(raw[w].begin(), raw[w].end());
        std::sort(e.begin(), e.end());
        double norm = 0;
        for (auto &[d, x] : e) {
            x = std::sqrt(x);
            norm += double{x} * x;
        }
        const float inv = norm > 0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.0f;
        for (auto &[d, x] : e)
            x *= inv;
    }

    std::vector<uint32_t> all(vocabKeys.size());
    for (uint32_t i = 0; i < all.size(); ++i)
        all[i] = i;
    std::vector<std::string> paths(vocabKeys.size());
    const BisectingSplitter splitter(vectors, vocabCounts, size_t{perSide} * 2 * static_cast<size_t>(window),
                                     m_options.iterations, m_options.depth);
    splitter.split(std::move(all), {}, paths);

    std::vector<Word> out;
    out.reserve(vocabKeys.size());
    for (size_t w = 0; w < vocabKeys.size(); ++w)
        out.push_back(Word{surfaceOf[vocabKeys[w]], vocabCounts[w], paths[w]});
    std::stable_sort(out.begin(), out.end(), [](const Word &x, const Word &y) {
        return x.path != y.path ? x.path < y.path : x.count > y.count;
    });
    return out;
}

} // namespace lede::tools

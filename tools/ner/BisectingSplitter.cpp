// Recursive spherical 2-means (see BisectingSplitter.h).
#include "BisectingSplitter.h"

#include <algorithm>
#include <cmath>

namespace lede::tools {

namespace {

float dot(const SparseVector &v, const std::vector<float> &dense)
{
    float s = 0;
    for (const auto &[d, x] : v.entries)
        s += x * dense[d];
    return s;
}

} // namespace

void BisectingSplitter::split(std::vector<uint32_t> words, const std::string &prefix,
                              std::vector<std::string> &paths) const
{
    if (static_cast<int>(prefix.size()) >= m_depth || words.size() < 2) {
        for (uint32_t w : words)
            paths[w] = prefix.empty() ? "0" : prefix;
        return;
    }
    // Seeds: the most frequent word (ties by index: deterministic) and, below, a second one.
    const uint32_t a = *std::max_element(words.begin(), words.end(), [&](uint32_t x, uint32_t y) {
        return m_weights[x] != m_weights[y] ? m_weights[x] < m_weights[y] : x > y;
    });
    std::vector<float> ca(m_dims, 0.0f), cb(m_dims, 0.0f);
    for (const auto &[d, x] : m_vectors[a].entries)
        ca[d] = x;
    // The second seed is a frequent word unlike the first: the single least similar word is
    // usually an outlier, which splits off alone and leaves long one-sided chains.
    uint32_t b = a;
    float best = -1.0f;
    for (uint32_t w : words) {
        const float score = (1.0f - dot(m_vectors[w], ca)) * std::log1p(static_cast<float>(m_weights[w]));
        if (w != a && score > best) {
            best = score;
            b = w;
        }
    }
    for (const auto &[d, x] : m_vectors[b].entries)
        cb[d] = x;
    std::vector<uint8_t> side(words.size(), 0);
    for (int it = 0; it < m_iterations; ++it) {
        bool moved = false;
        for (size_t i = 0; i < words.size(); ++i) {
            const uint8_t s = dot(m_vectors[words[i]], cb) > dot(m_vectors[words[i]], ca) ? 1 : 0;
            moved = moved || s != side[i];
            side[i] = s;
        }
        if (!moved && it > 0)
            break;
        std::fill(ca.begin(), ca.end(), 0.0f);
        std::fill(cb.begin(), cb.end(), 0.0f);
        for (size_t i = 0; i < words.size(); ++i) {
            std::vector<float> &c = side[i] ? cb : ca;
            for (const auto &[d, x] : m_vectors[words[i]].entries)
                c[d] += x;
        }
        for (std::vector<float> *c : {&ca, &cb}) {
            double norm = 0;
            for (float x : *c)
                norm += double{x} * x;
            if (norm > 0) {
                const float inv = static_cast<float>(1.0 / std::sqrt(norm));
                for (float &x : *c)
                    x *= inv;
            }
        }
    }
    std::vector<uint32_t> left, right;
    for (size_t i = 0; i < words.size(); ++i)
        (side[i] ? right : left).push_back(words[i]);
    if (left.empty() || right.empty()) { // indistinguishable contexts: a leaf
        for (uint32_t w : words)
            paths[w] = prefix.empty() ? "0" : prefix;
        return;
    }
    words = {};
    split(std::move(left), prefix + '0', paths);
    split(std::move(right), prefix + '1', paths);
}

} // namespace lede::tools

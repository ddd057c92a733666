// Constrained first-order Viterbi decoding (see Viterbi.h). Only valid predecessors are
// scored: I-X has two (B-X, I-X), every other label all nine.
#include "ner/Viterbi.h"

#include <array>
#include <limits>

namespace lede::core::ner {

namespace {

constexpr float kImpossible = -std::numeric_limits<float>::infinity();

struct Predecessors
{
    std::array<std::array<uint8_t, kLabelCount>, kLabelCount> of{};
    std::array<uint8_t, kLabelCount> count{};
};

constexpr Predecessors makePredecessors()
{
    Predecessors p;
    for (int y = 0; y < kLabelCount; ++y) {
        for (int q = 0; q < kLabelCount; ++q) {
            if (isValidTransition(q, y))
                p.of[y][p.count[y]++] = static_cast<uint8_t>(q);
        }
    }
    return p;
}

constexpr Predecessors kPredecessors = makePredecessors();

} // namespace

void Viterbi::decode(const float *emissions, size_t n, const Transitions &transitions, uint8_t *labels)
{
    if (n == 0)
        return;
    m_score.resize(n * kLabelCount);
    m_back.resize(n * kLabelCount);
    for (int y = 0; y < kLabelCount; ++y)
        m_score[y] = isValidTransition(-1, y) ? emissions[y] + transitions.score[0][y] : kImpossible;

    for (size_t i = 1; i < n; ++i) {
        const float *prev = &m_score[(i - 1) * kLabelCount];
        float *cur = &m_score[i * kLabelCount];
        uint8_t *back = &m_back[i * kLabelCount];
        for (int y = 0; y < kLabelCount; ++y) {
            float best = kImpossible;
            int arg = kOutside;
            const auto &preds = kPredecessors.of[y];
            for (int k = 0; k < kPredecessors.count[y]; ++k) {
                const int p = preds[k];
                const float s = prev[p] + transitions.score[1 + p][y];
                if (s > best) {
                    best = s;
                    arg = p;
                }
            }
            cur[y] = best + emissions[i * kLabelCount + y];
            back[y] = static_cast<uint8_t>(arg);
        }
    }

    // O and every B-X are always reachable, so the best final score is finite.
    const float *last = &m_score[(n - 1) * kLabelCount];
    int y = kOutside;
    for (int c = 1; c < kLabelCount; ++c) {
        if (last[c] > last[y])
            y = c;
    }
    for (size_t i = n; i-- > 0;) {
        labels[i] = static_cast<uint8_t>(y);
        if (i > 0)
            y = m_back[i * kLabelCount + y];
    }
}

} // namespace lede::core::ner

// Constrained first-order Viterbi decoding (see Viterbi.h). An invalid transition (into I-X from anything but B-X
// or I-X) scores -inf, so it is never chosen; each step scores all labels at once in vector lanes.
#include "ner/Viterbi.h"

#include <limits>

namespace lede::core::ner {

namespace {

constexpr float kImpossible = -std::numeric_limits<float>::infinity();

// The labels of a step in lanes of four (GCC and Clang vector extensions), the last lanes past kLabelCount unused.
constexpr int kLanes = 4;
constexpr int kVectors = (kLabelCount + kLanes - 1) / kLanes;
typedef float Floats __attribute__((vector_size(kLanes * sizeof(float))));
typedef int32_t Ints __attribute__((vector_size(kLanes * sizeof(int32_t))));

} // namespace

void Viterbi::decode(const float *emissions, size_t n, const Transitions &transitions, uint8_t *labels)
{
    if (n == 0)
        return;
    m_score.resize(n * kLabelCount);
    m_back.resize(n * kLabelCount);
    for (int y = 0; y < kLabelCount; ++y)
        m_score[y] = isValidTransition(-1, y) ? emissions[y] + transitions.score[0][y] : kImpossible;

    // Every label's score from every previous label at once, an invalid transition scored -inf: it never beats
    // the best so far (which starts at -inf), and the previous labels are tried in ascending order with a strict
    // comparison, so each label keeps exactly the score and predecessor of trying its valid predecessors alone.
    Floats step[kLabelCount][kVectors];
    for (int p = 0; p < kLabelCount; ++p) {
        for (int y = 0; y < kVectors * kLanes; ++y)
            step[p][y / kLanes][y % kLanes] =
                y < kLabelCount && isValidTransition(p, y) ? transitions.score[1 + p][y] : kImpossible;
    }
    // The three vectors are named, not an array, so that they stay in registers across the loop.
    static_assert(kVectors == 3, "nine labels in three vectors of four");
    const Floats none = {kImpossible, kImpossible, kImpossible, kImpossible};
    const Ints outside = {kOutside, kOutside, kOutside, kOutside};
    for (size_t i = 1; i < n; ++i) {
        const float *prev = &m_score[(i - 1) * kLabelCount];
        Floats best0 = none, best1 = none, best2 = none;
        Ints arg0 = outside, arg1 = outside, arg2 = outside;
        for (int p = 0; p < kLabelCount; ++p) {
            const float from = prev[p];
            const Floats fromAll = {from, from, from, from};
            const Ints label = {p, p, p, p};
            auto relax = [&](Floats &best, Ints &arg, const Floats &transition) {
                const Floats s = fromAll + transition;
                const Ints better = s > best;
                best = better ? s : best;
                arg = better ? label : arg;
            };
            relax(best0, arg0, step[p][0]);
            relax(best1, arg1, step[p][1]);
            relax(best2, arg2, step[p][2]);
        }
        const Floats best[kVectors] = {best0, best1, best2};
        const Ints arg[kVectors] = {arg0, arg1, arg2};
        float *cur = &m_score[i * kLabelCount];
        uint8_t *back = &m_back[i * kLabelCount];
        for (int y = 0; y < kLabelCount; ++y) {
            cur[y] = best[y / kLanes][y % kLanes] + emissions[i * kLabelCount + y];
            back[y] = static_cast<uint8_t>(arg[y / kLanes][y % kLanes]);
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

// Viterbi: best label sequence under emission and transition scores, never producing an
// invalid transition (I-X after O, after another type, or at sentence start).
#pragma once

#include "ner/NerLabels.h"

#include <cstdint>
#include <vector>

namespace lede::core::ner {

// Transition scores: row 0 is the sentence start, row 1 + p the previous label p; column = next label.
struct Transitions
{
    float score[kLabelCount + 1][kLabelCount] = {};
};

class Viterbi final
{
public:
    // emissions: n × kLabelCount scores, row-major. Writes n labels to `labels`.
    // Linear in n; reuses its buffers across calls (one Viterbi per thread).
    void decode(const float *emissions, size_t n, const Transitions &transitions, uint8_t *labels);

private:
    std::vector<float> m_score;
    std::vector<uint8_t> m_back;
};

} // namespace lede::core::ner

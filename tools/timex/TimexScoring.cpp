// One-to-one pairing of gold and system time expressions for the TempEval-3 figures.
#include "TimexScoring.h"

#include <algorithm>

namespace lede::tools {

std::vector<std::pair<size_t, size_t>> matchOneToOne(const std::vector<core::TextRange> &gold,
                                                     const std::vector<core::TextRange> &system)
{
    std::vector<std::pair<size_t, size_t>> pairs;
    std::vector<bool> goldUsed(gold.size(), false), systemUsed(system.size(), false);
    for (size_t g = 0; g < gold.size(); ++g) {
        for (size_t s = 0; s < system.size(); ++s) {
            if (!systemUsed[s] && system[s] == gold[g]) {
                pairs.emplace_back(g, s);
                goldUsed[g] = systemUsed[s] = true;
                break;
            }
        }
    }
    // The remaining overlaps, largest first, so a system range spanning two gold ranges pairs with the
    // one it covers most.
    struct Candidate
    {
        int32_t overlap;
        size_t g, s;
    };
    std::vector<Candidate> candidates;
    for (size_t g = 0; g < gold.size(); ++g) {
        for (size_t s = 0; s < system.size(); ++s) {
            if (goldUsed[g] || systemUsed[s] || !system[s].overlaps(gold[g]))
                continue;
            candidates.push_back(
                {std::min(system[s].end, gold[g].end) - std::max(system[s].start, gold[g].start), g, s});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.overlap > b.overlap; });
    for (const Candidate &c : candidates) {
        if (goldUsed[c.g] || systemUsed[c.s])
            continue;
        pairs.emplace_back(c.g, c.s);
        goldUsed[c.g] = systemUsed[c.s] = true;
    }
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

} // namespace lede::tools

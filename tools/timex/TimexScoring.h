// TimexScoring: pairs gold and system time expressions one-to-one, as TempEval-3's scorer does, so a
// second system expression inside one gold span is a false positive, not a second correct match.
#pragma once

#include "timex/Timex.h"

#include <cstddef>
#include <utility>
#include <vector>

namespace lede::tools {

// (gold index, system index) pairs. Each gold and each system range appears in at most one pair.
// Exact spans pair first; the remaining overlapping pairs are then taken largest overlap first (earlier
// text on a tie), so a better pair is never taken away by a worse one earlier in the text.
std::vector<std::pair<size_t, size_t>> matchOneToOne(const std::vector<core::TextRange> &gold,
                                                     const std::vector<core::TextRange> &system);

} // namespace lede::tools

#include "analysis/CodeRanges.h"

#include <algorithm>

namespace lede::core {

std::vector<TextRange> codeRanges(const Document &doc)
{
    std::vector<TextRange> ranges;
    for (const Block &b : doc.blocks)
        if (b.kind == BlockKind::Preformatted && !b.range.empty())
            ranges.push_back(b.range);
    for (const InlineSpan &s : doc.spans)
        if (s.kind == InlineKind::Code && !s.range.empty())
            ranges.push_back(s.range);
    std::sort(ranges.begin(), ranges.end());
    std::vector<TextRange> merged;
    merged.reserve(ranges.size());
    for (const TextRange &r : ranges) {
        if (!merged.empty() && r.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, r.end);
        else
            merged.push_back(r);
    }
    return merged;
}

bool overlapsAny(const std::vector<TextRange> &sorted, const TextRange &range)
{
    // The first range that ends after `range` starts is the only one that can overlap it.
    const auto it = std::upper_bound(sorted.begin(), sorted.end(), range.start,
                                     [](int32_t pos, const TextRange &r) { return pos < r.end; });
    return it != sorted.end() && it->overlaps(range);
}

} // namespace lede::core

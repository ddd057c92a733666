// AnnotationIndex: spans are clipped per block and sorted by start once, so a block is formatted in O(spans).
#include "annotate/AnnotationIndex.h"

#include <algorithm>

namespace lede::ui {

std::vector<core::TextRange> AnnotationIndex::blocksOf(const core::Document *document)
{
    std::vector<core::TextRange> blocks;
    if (!document)
        return blocks;
    blocks.reserve(document->blocks.size());
    for (const core::Block &b : document->blocks)
        blocks.push_back(b.range);
    if (blocks.empty())
        blocks.push_back({0, static_cast<int32_t>(document->text.size())});
    return blocks;
}

AnnotationIndex AnnotationIndex::build(std::vector<core::TextRange> blocks, const core::Document *document,
                                       const core::Analysis *analysis, const std::vector<core::Entity> &entities)
{
    AnnotationIndex index;
    index.blockRanges = std::move(blocks);
    index.blockSpans.assign(index.blockRanges.size(), {});
    index.blockKinds.assign(index.blockRanges.size(), 0);
    if (!analysis || !document)
        return index;
    const int32_t textSize = static_cast<int32_t>(document->text.size());
    auto valid = [textSize](const core::TextRange &r) { return r.start >= 0 && r.end <= textSize && !r.empty(); };
    index.entityById.reserve(entities.size());
    for (size_t i = 0; i < entities.size(); ++i) {
        const core::Entity &e = entities[i];
        index.entityById.emplace(e.id, static_cast<int>(i));
        for (const core::TextRange &m : e.mentions) {
            if (valid(m))
                index.addSpan(m, highlightKindFor(e.type), static_cast<int>(i));
        }
    }
    const auto &ds = analysis->dates;
    for (size_t i = 0; i < ds.size(); ++i) {
        if (valid(ds[i].range))
            index.addSpan(ds[i].range, HighlightKind::Date, static_cast<int>(i));
    }
    for (auto &spans : index.blockSpans) {
        std::stable_sort(spans.begin(), spans.end(),
                         [](const HighlightSpan &a, const HighlightSpan &b) { return a.start < b.start; });
    }
    return index;
}

int AnnotationIndex::blockOf(int32_t offset) const
{
    // Last block starting at or before offset.
    auto it = std::upper_bound(blockRanges.begin(), blockRanges.end(), offset,
                               [](int32_t o, const core::TextRange &r) { return o < r.start; });
    if (it == blockRanges.begin())
        return -1;
    --it;
    // The end of a block still belongs to it (a cursor after the last character).
    if (offset > it->end)
        return -1;
    return static_cast<int>(it - blockRanges.begin());
}

void AnnotationIndex::addSpan(core::TextRange range, HighlightKind kind, int ref)
{
    // A range may cross block separators (never in practice, but the index must not trust it): clip per block.
    int block = blockOf(range.start);
    if (block < 0) {
        auto it = std::upper_bound(blockRanges.begin(), blockRanges.end(), range.start,
                                   [](int32_t o, const core::TextRange &r) { return o < r.start; });
        block = static_cast<int>(it - blockRanges.begin());
    }
    for (; static_cast<size_t>(block) < blockRanges.size(); ++block) {
        const core::TextRange &br = blockRanges[static_cast<size_t>(block)];
        if (br.start >= range.end)
            break;
        const int32_t s = std::max(range.start, br.start);
        const int32_t e = std::min(range.end, br.end);
        if (e <= s)
            continue;
        blockSpans[static_cast<size_t>(block)].push_back({s - br.start, e - s, kind, ref});
        blockKinds[static_cast<size_t>(block)] |= maskOf(kind);
        ++spanCounts[static_cast<size_t>(kind)];
    }
}

} // namespace lede::ui

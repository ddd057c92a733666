// AnnotationIndex: what the highlighter and the hit tests look up in one analysis — every entity mention and
// date as spans per block, the kinds present in each block, and the entities by id. Built in one pass by a pure
// function that any thread may run: a book's index is made on a worker beside its analysis and handed to the
// AnnotationModel on the UI thread.
#pragma once

#include "analysis/Analysis.h"
#include "annotate/HighlightKind.h"
#include "document/Document.h"
#include "entities/Entity.h"

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace lede::ui {

// One highlighted run inside one block.
struct HighlightSpan
{
    int start = 0; // position in the block (UTF-16)
    int length = 0;
    HighlightKind kind = HighlightKind::Other;
    int ref = -1; // entity index for entity kinds, date index for HighlightKind::Date
};

struct AnnotationIndex
{
    std::unordered_map<std::string, int> entityById;
    std::vector<core::TextRange> blockRanges;
    std::vector<std::vector<HighlightSpan>> blockSpans; // sorted by start
    std::vector<HighlightKindMask> blockKinds;
    std::array<int, kHighlightKindCount> spanCounts{};

    // The blocks of `document`: a document without block structure is one block (the view then holds one
    // QTextBlock); no document has none.
    static std::vector<core::TextRange> blocksOf(const core::Document *document);
    // The index of `entities` and `analysis`'s dates over `blocks` (of `document`'s text); empty but for the
    // blocks without an analysis. Ranges outside the text are left out; one crossing blocks is cut per block.
    static AnnotationIndex build(std::vector<core::TextRange> blocks, const core::Document *document,
                                 const core::Analysis *analysis, const std::vector<core::Entity> &entities);

    // The block holding a core offset (its end included), -1 between blocks.
    int blockOf(int32_t offset) const;

private:
    void addSpan(core::TextRange range, HighlightKind kind, int ref);
};

} // namespace lede::ui

// FuzzChecks: the promises a loaded Document or an Analysis makes to the reader (ranges inside the text, in order,
// non-overlapping where promised), checked with __builtin_trap() so libFuzzer reports a broken one as a crash.
#pragma once

#include "analysis/Analysis.h"
#include "document/Document.h"

#include <cstddef>
#include <vector>

namespace lede::fuzz {

inline void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

inline bool inside(const core::TextRange &r, size_t textSize)
{
    return r.start >= 0 && r.start <= r.end && static_cast<size_t>(r.end) <= textSize;
}

// Blocks in text order, non-overlapping, never holding '\n'; spans inside the text and in order; tables pointing at
// runs of TableCell blocks.
inline void checkDocument(const core::Document &doc)
{
    const size_t n = doc.text.size();
    int32_t previousEnd = 0;
    for (const core::Block &block : doc.blocks) {
        require(inside(block.range, n));
        require(block.range.start >= previousEnd);
        previousEnd = block.range.end;
        for (int32_t i = block.range.start; i < block.range.end; ++i)
            require(doc.text[static_cast<size_t>(i)] != u'\n');
        if (block.kind == core::BlockKind::TableCell)
            require(block.table >= 0 && static_cast<size_t>(block.table) < doc.tables.size());
    }
    int32_t previousStart = 0;
    for (const core::InlineSpan &span : doc.spans) {
        require(inside(span.range, n));
        require(span.range.start >= previousStart);
        previousStart = span.range.start;
    }
    for (const core::Table &table : doc.tables) {
        require(table.firstBlock >= 0 && table.blockCount >= 0);
        require(static_cast<size_t>(table.firstBlock) + static_cast<size_t>(table.blockCount) <= doc.blocks.size());
        for (int b = table.firstBlock; b < table.firstBlock + table.blockCount; ++b) {
            const core::Block &cell = doc.blocks[static_cast<size_t>(b)];
            require(cell.kind == core::BlockKind::TableCell);
            require(cell.row >= 0 && cell.row < table.rows && cell.column >= 0 && cell.column < table.columns);
        }
    }
}

// Sentences and tokens in order and inside the text; entities' mentions inside the text and in order; dates in text
// order and non-overlapping; events pointing at text.
inline void checkAnalysis(const core::Analysis &a, size_t n)
{
    int32_t previousEnd = 0;
    for (const core::Sentence &s : a.segmentation.sentences) {
        require(inside(s.range, n));
        require(s.range.start >= previousEnd);
        previousEnd = s.range.end;
        require(s.firstToken >= 0 && s.tokenCount >= 0);
        require(static_cast<size_t>(s.firstToken) + static_cast<size_t>(s.tokenCount) <= a.segmentation.tokens.size());
    }
    previousEnd = 0;
    for (const core::Token &t : a.segmentation.tokens) {
        require(inside(t.range, n) && !t.range.empty());
        require(t.range.start >= previousEnd);
        previousEnd = t.range.end;
    }
    for (const core::Entity &e : a.entities) {
        require(!e.mentions.empty());
        int32_t end = 0;
        for (const core::TextRange &m : e.mentions) {
            require(inside(m, n) && !m.empty());
            require(m.start >= end);
            end = m.end;
        }
    }
    previousEnd = 0;
    for (const core::Timex &t : a.dates) {
        require(inside(t.range, n) && !t.range.empty());
        require(t.range.start >= previousEnd);
        previousEnd = t.range.end;
    }
    for (const core::Event &e : a.events) {
        require(inside(e.date, n) && inside(e.sentence, n));
        for (const core::TextRange &m : e.mentions)
            require(inside(m, n));
    }
}

} // namespace lede::fuzz

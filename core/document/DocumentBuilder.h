// DocumentBuilder: assembles a Document from a walk over a structured source (DOCX, ODT, PDF): blocks with their
// separators, inline spans, list numbering and tables. Loaders say what they see; the builder keeps the text's
// invariants (no '\n' inside a block, blocks in order, table cells consecutive, spans inside the text).
#pragma once

#include "document/Document.h"

#include <string_view>

namespace lede::core {

class DocumentBuilder final
{
public:
    // Starts a block; text appended until endBlock() belongs to it. Inside a table cell, a new block becomes a
    // line break in the cell instead. A block left empty is dropped (an empty table cell is kept).
    void beginBlock(BlockKind kind, int level = 0, bool ordered = false, int number = 0);
    void endBlock();
    bool inBlock() const { return m_blockOpen; }

    // Text of the open block. With collapse, runs of whitespace become one space and leading whitespace of the
    // block is dropped (HTML and ODF rules); without, the text is kept as written (DOCX w:t). Text outside any
    // block opens a paragraph.
    void appendUtf8(std::string_view utf8, bool collapse);
    void append(std::u16string_view text);
    void lineBreak(); // U+2028

    // A span from `start` (a position from position()) to the current end of the text; merged with the last
    // span of the same kind when they touch, so that a word split over several runs stays one span.
    int32_t position() const { return static_cast<int32_t>(m_doc.text.size()); }
    void addSpan(InlineKind kind, int32_t start, std::string href = {});

    void beginTable();
    void beginRow(bool header);
    void beginCell(bool header = false, int span = 1); // span: the columns the cell covers
    void endCell();
    void endRow();
    void endTable();
    bool inTable() const { return m_tableDepth > 0; }

    // The text of the first level-1 heading (UTF-8), for a title when the metadata has none.
    const std::string &firstHeading() const { return m_firstHeading; }

    Document finish();

private:
    void separate(bool tight);
    void trimTrailingSpace();

    Document m_doc;
    Block m_block;
    bool m_blockOpen = false;
    size_t m_separatorStart = 0;
    // Tables: nested tables are flattened into the outer cell's text.
    int m_tableDepth = 0;
    bool m_cellOpen = false;
    bool m_rowHeader = false;
    int m_row = -1;
    int m_column = 0;
    size_t m_tableStartBlocks = 0;
    size_t m_tableSeparatorStart = 0;
    std::string m_firstHeading;
};

} // namespace lede::core

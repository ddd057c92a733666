// DocumentBuilder: "\n\n" between blocks, "\n" between items of a list and between the cells of a table.
#include "document/DocumentBuilder.h"

#include "common/Utf.h"

#include <algorithm>

namespace lede::core {

namespace {

constexpr char16_t kLineSeparator = 0x2028;

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == 0x00A0 || c == kLineSeparator;
}

} // namespace

void DocumentBuilder::separate(bool tight)
{
    m_separatorStart = m_doc.text.size();
    if (!m_doc.text.empty())
        m_doc.text.append(tight ? u"\n" : u"\n\n");
}

void DocumentBuilder::beginBlock(BlockKind kind, int level, bool ordered, int number)
{
    if (m_cellOpen) {
        // A paragraph inside a cell: a line break within the cell's block, unless the cell is still empty.
        if (m_doc.text.size() > static_cast<size_t>(m_block.range.start) && m_doc.text.back() != kLineSeparator)
            lineBreak();
        return;
    }
    if (m_blockOpen)
        endBlock();
    const bool tight = kind == BlockKind::ListItem && !m_doc.blocks.empty()
        && m_doc.blocks.back().kind == BlockKind::ListItem
        && m_doc.blocks.back().range.end == static_cast<int32_t>(m_doc.text.size());
    separate(tight);
    m_block = Block{};
    m_block.kind = kind;
    m_block.level = level;
    m_block.ordered = ordered;
    m_block.number = number;
    m_block.range.start = position();
    m_blockOpen = true;
}

void DocumentBuilder::trimTrailingSpace()
{
    while (m_doc.text.size() > static_cast<size_t>(m_block.range.start) && isSpace(m_doc.text.back()))
        m_doc.text.pop_back();
    const int32_t end = position();
    // Spans may not reach past the trimmed end; an emptied span goes.
    while (!m_doc.spans.empty() && m_doc.spans.back().range.start >= end
           && m_doc.spans.back().range.start >= m_block.range.start)
        m_doc.spans.pop_back();
    for (auto it = m_doc.spans.rbegin(); it != m_doc.spans.rend() && it->range.end > m_block.range.start; ++it)
        it->range.end = std::min(it->range.end, end);
}

void DocumentBuilder::endBlock()
{
    if (m_cellOpen || !m_blockOpen)
        return;
    m_blockOpen = false;
    trimTrailingSpace();
    m_block.range.end = position();
    if (m_block.range.end == m_block.range.start) {
        m_doc.text.resize(m_separatorStart);
        return;
    }
    if (m_block.kind == BlockKind::Heading && m_block.level == 1 && m_firstHeading.empty())
        m_firstHeading = utf16ToUtf8(std::u16string_view(m_doc.text).substr(static_cast<size_t>(m_block.range.start)));
    m_doc.blocks.push_back(m_block);
}

void DocumentBuilder::append(std::u16string_view text)
{
    if (text.empty())
        return;
    if (!m_blockOpen)
        beginBlock(BlockKind::Paragraph);
    for (const char16_t c : text)
        m_doc.text.push_back(c == u'\n' || c == u'\r' ? u' ' : c);
}

void DocumentBuilder::appendUtf8(std::string_view utf8, bool collapse)
{
    std::u16string text = utf8ToUtf16(utf8);
    if (!collapse) {
        append(text);
        return;
    }
    std::u16string out;
    out.reserve(text.size());
    // A space is kept only after non-space text of this block (or of this call).
    bool lastSpace =
        !m_blockOpen || m_doc.text.size() == static_cast<size_t>(m_block.range.start) || isSpace(m_doc.text.back());
    for (const char16_t c : text) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
            if (!lastSpace)
                out.push_back(u' ');
            lastSpace = true;
        } else {
            out.push_back(c);
            lastSpace = false;
        }
    }
    if (!out.empty())
        append(out);
}

void DocumentBuilder::lineBreak()
{
    if (!m_blockOpen)
        return;
    while (m_doc.text.size() > static_cast<size_t>(m_block.range.start) && m_doc.text.back() == u' ')
        m_doc.text.pop_back();
    m_doc.text.push_back(kLineSeparator);
}

void DocumentBuilder::addSpan(InlineKind kind, int32_t start, std::string href)
{
    const int32_t end = position();
    if (end <= start)
        return;
    for (auto it = m_doc.spans.rbegin(); it != m_doc.spans.rend() && it->range.end >= start; ++it) {
        if (it->kind == kind && it->range.end == start && it->href == href) {
            it->range.end = end;
            return;
        }
    }
    InlineSpan span{kind, {start, end}, std::move(href)};
    // Keep text order (outer span first): a span closing later may start earlier than the last one recorded.
    auto pos =
        std::upper_bound(m_doc.spans.begin(), m_doc.spans.end(), span, [](const InlineSpan &a, const InlineSpan &b) {
            return a.range.start != b.range.start ? a.range.start < b.range.start : a.range.end > b.range.end;
        });
    m_doc.spans.insert(pos, std::move(span));
}

void DocumentBuilder::beginTable()
{
    if (m_tableDepth++ > 0)
        return; // nested: its cells' text flows into the outer cell
    if (m_blockOpen)
        endBlock();
    m_tableStartBlocks = m_doc.blocks.size();
    m_tableSeparatorStart = m_doc.text.size();
    m_row = -1;
}

void DocumentBuilder::beginRow(bool header)
{
    if (m_tableDepth != 1)
        return;
    ++m_row;
    m_column = 0;
    m_rowHeader = header;
}

void DocumentBuilder::beginCell(bool header, int span)
{
    if (m_tableDepth != 1) {
        if (m_cellOpen && m_doc.text.size() > static_cast<size_t>(m_block.range.start)
            && m_doc.text.back() != kLineSeparator)
            m_doc.text.push_back(u' ');
        return;
    }
    if (m_row < 0)
        beginRow(false);
    if (m_blockOpen)
        endBlock();
    const bool firstCell = m_doc.blocks.size() == m_tableStartBlocks;
    separate(!firstCell);
    m_block = Block{};
    m_block.kind = BlockKind::TableCell;
    m_block.table = static_cast<int>(m_doc.tables.size());
    m_block.row = m_row;
    m_block.column = m_column;
    m_column += std::clamp(span, 1, 1000);
    m_block.header = header || m_rowHeader;
    m_block.range.start = position();
    m_blockOpen = true;
    m_cellOpen = true;
}

void DocumentBuilder::endCell()
{
    if (m_tableDepth != 1 || !m_cellOpen)
        return;
    m_cellOpen = false;
    m_blockOpen = false;
    trimTrailingSpace();
    while (m_doc.text.size() > static_cast<size_t>(m_block.range.start) && m_doc.text.back() == kLineSeparator)
        m_doc.text.pop_back();
    m_block.range.end = position();
    m_doc.blocks.push_back(m_block); // empty cells stay: they hold their place in the grid
}

void DocumentBuilder::endRow()
{
    if (m_tableDepth == 1 && m_cellOpen)
        endCell();
}

void DocumentBuilder::endTable()
{
    if (m_tableDepth == 0 || --m_tableDepth > 0)
        return;
    if (m_cellOpen)
        endCell();
    const size_t first = m_tableStartBlocks;
    const size_t count = m_doc.blocks.size() - first;
    bool anyText = false;
    int columns = 0;
    for (size_t i = first; i < m_doc.blocks.size(); ++i) {
        anyText = anyText || !m_doc.blocks[i].range.empty();
        columns = std::max(columns, m_doc.blocks[i].column + 1);
    }
    if (!anyText) { // a layout table with nothing in it
        m_doc.blocks.resize(first);
        m_doc.text.resize(m_tableSeparatorStart);
        return;
    }
    Table table;
    table.firstBlock = static_cast<int>(first);
    table.blockCount = static_cast<int>(count);
    table.rows = m_doc.blocks.back().row + 1;
    table.columns = columns;
    m_doc.tables.push_back(table);
}

Document DocumentBuilder::finish()
{
    while (m_tableDepth > 0)
        endTable();
    endBlock();
    return std::move(m_doc);
}

} // namespace lede::core

// HtmlBlockBuilder: one explicit stack of (element, next child) frames instead of recursion. Block-level
// elements end the current block; text opens one of the kind its ancestors give (heading, list item, quote,
// cell, ...). Whitespace collapses as a browser renders it; <pre> keeps its lines (as U+2028).
#include "document/HtmlBlockBuilder.h"

#include "document/HtmlDom.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace lede::core::html {

namespace {

constexpr char16_t kLineSeparator = 0x2028;
constexpr size_t kMaxCellText = 400; // a table whose cells average more text lays out a page, not data

int headingLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
    }
}

// A data table: no table inside, no headings or long prose in its cells. Others are page layout, read as
// ordinary blocks.
bool isDataTable(const GumboNode *table)
{
    size_t cells = 0;
    size_t textBytes = 0;
    std::vector<const GumboNode *> stack;
    const GumboVector &top = childrenOf(table);
    for (unsigned i = 0; i < top.length; ++i)
        stack.push_back(childAt(top, i));
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT) {
            textBytes += std::char_traits<char>::length(n->v.text.text);
            continue;
        }
        const GumboTag tag = tagOf(n);
        if (tag == GUMBO_TAG_TABLE || headingLevel(tag) > 0 || tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_PRE
            || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL)
            return false;
        if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
            ++cells;
        const GumboVector &kids = childrenOf(n);
        for (unsigned i = 0; i < kids.length; ++i)
            stack.push_back(childAt(kids, i));
    }
    return cells > 0 && textBytes / cells <= kMaxCellText;
}

struct OpenSpan
{
    InlineKind kind;
    int32_t start; // -1 until the first character after the element's start
    std::string href;
    size_t frame; // the element's frame in the walk
};

struct ListState
{
    bool ordered;
    int next;
};

struct Frame
{
    const GumboNode *node;
    unsigned child = 0;
    bool dataTable = false;
};

class Builder
{
public:
    Builder(const ContentSelection &content, const StopToken &stop) : m_content(content), m_stop(stop) {}

    std::optional<Document> run()
    {
        size_t visited = 0;
        for (const GumboNode *root : m_content.roots) {
            m_frames.clear();
            enter(root);
            while (!m_frames.empty()) {
                Frame &f = m_frames.back();
                const GumboVector &kids = childrenOf(f.node);
                if (f.child >= kids.length) {
                    leave();
                    continue;
                }
                const GumboNode *child = childAt(kids, f.child++);
                if ((++visited & 0xFFF) == 0 && m_stop.stopRequested())
                    return std::nullopt;
                if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE
                    || child->type == GUMBO_NODE_CDATA)
                    appendText(child->v.text.text);
                else if (isElement(child))
                    enter(child);
            }
            flush();
        }
        // Spans close inner first; readers want text order, the outer span first.
        std::stable_sort(m_doc.spans.begin(), m_doc.spans.end(), [](const InlineSpan &a, const InlineSpan &b) {
            return a.range.start != b.range.start ? a.range.start < b.range.start : a.range.end > b.range.end;
        });
        return std::move(m_doc);
    }

private:
    void enter(const GumboNode *n)
    {
        if (isInvisible(n) || (!m_content.dropped.empty() && m_content.dropped.count(n)))
            return;
        Frame frame{n};
        const GumboTag tag = tagOf(n);
        const bool inCell = m_cellOpen;
        if (tag == GUMBO_TAG_TABLE && !inCell && m_dataTables == 0 && isDataTable(n)) {
            frame.dataTable = true;
            flush();
            ++m_dataTables;
            m_tableIndex = -1;
            m_row = -1;
        } else if (m_dataTables > 0 && tag == GUMBO_TAG_TR) {
            ++m_row;
            m_column = 0;
        } else if (m_dataTables > 0 && (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)) {
            openCell(tag == GUMBO_TAG_TH);
        } else if (tag == GUMBO_TAG_BR) {
            lineBreak();
        } else if (isBlockLevel(tag) || tag == GUMBO_TAG_CAPTION) {
            if (inCell) {
                if (m_blockOpen && m_out.size() > size_t(m_blockStart))
                    m_pendingBreak = true; // blocks inside a cell become lines of the cell
            } else {
                flush();
            }
            switch (tag) {
            case GUMBO_TAG_UL:
            case GUMBO_TAG_MENU:
            case GUMBO_TAG_DIR: m_lists.push_back({false, 1}); break;
            case GUMBO_TAG_OL: {
                const std::string_view start = attribute(n, "start");
                m_lists.push_back({true, start.empty() ? 1 : std::atoi(std::string(start).c_str())});
                break;
            }
            case GUMBO_TAG_LI:
                ++m_items;
                m_itemNumber = m_lists.empty() ? 0 : m_lists.back().next++;
                break;
            case GUMBO_TAG_BLOCKQUOTE: ++m_quotes; break;
            case GUMBO_TAG_PRE:
            case GUMBO_TAG_LISTING:
            case GUMBO_TAG_XMP: ++m_pre; break;
            case GUMBO_TAG_FIGCAPTION:
            case GUMBO_TAG_CAPTION: ++m_captions; break;
            default:
                if (const int level = headingLevel(tag); level > 0)
                    m_heading = level;
                break;
            }
        } else {
            openSpan(n, tag);
        }
        m_frames.push_back(frame);
    }

    void leave()
    {
        const Frame frame = m_frames.back();
        m_frames.pop_back();
        const GumboTag tag = tagOf(frame.node);
        closeSpans(m_frames.size());
        if (frame.dataTable) {
            flush();
            if (m_tableIndex >= 0) {
                Table &t = m_doc.tables[static_cast<size_t>(m_tableIndex)];
                t.blockCount = static_cast<int>(m_doc.blocks.size()) - t.firstBlock;
                t.rows = 0;
                for (int b = t.firstBlock; b < t.firstBlock + t.blockCount; ++b)
                    t.rows = std::max(t.rows, m_doc.blocks[size_t(b)].row + 1);
            }
            --m_dataTables;
            return;
        }
        if (m_dataTables > 0 && (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)) {
            closeCell();
            return;
        }
        if (!(isBlockLevel(tag) || tag == GUMBO_TAG_CAPTION) || m_cellOpen)
            return;
        flush();
        switch (tag) {
        case GUMBO_TAG_UL:
        case GUMBO_TAG_MENU:
        case GUMBO_TAG_DIR:
        case GUMBO_TAG_OL:
            if (!m_lists.empty())
                m_lists.pop_back();
            break;
        case GUMBO_TAG_LI: m_items = std::max(0, m_items - 1); break;
        case GUMBO_TAG_BLOCKQUOTE: m_quotes = std::max(0, m_quotes - 1); break;
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_LISTING:
        case GUMBO_TAG_XMP: m_pre = std::max(0, m_pre - 1); break;
        case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_CAPTION: m_captions = std::max(0, m_captions - 1); break;
        default:
            if (headingLevel(tag) > 0)
                m_heading = 0;
            break;
        }
    }

    void openSpan(const GumboNode *n, GumboTag tag)
    {
        InlineKind kind;
        std::string href;
        switch (tag) {
        case GUMBO_TAG_EM:
        case GUMBO_TAG_I:
        case GUMBO_TAG_CITE:
        case GUMBO_TAG_DFN: kind = InlineKind::Emphasis; break;
        case GUMBO_TAG_STRONG:
        case GUMBO_TAG_B: kind = InlineKind::Strong; break;
        case GUMBO_TAG_CODE:
        case GUMBO_TAG_KBD:
        case GUMBO_TAG_SAMP:
        case GUMBO_TAG_TT:
            if (m_pre > 0)
                return; // a code block is already code
            kind = InlineKind::Code;
            break;
        case GUMBO_TAG_A: {
            const std::string_view h = attribute(n, "href");
            if (h.empty() || lowerAscii(h.substr(0, 11)) == "javascript:")
                return;
            kind = InlineKind::Link;
            href = std::string(h);
            break;
        }
        default: return;
        }
        m_spans.push_back({kind, -1, std::move(href), m_frames.size()});
        m_spanWaits = true;
    }

    // Closes the spans of frames at or above `depth`.
    void closeSpans(size_t depth)
    {
        while (!m_spans.empty() && m_spans.back().frame >= depth) {
            OpenSpan &s = m_spans.back();
            // Trailing line breaks and spaces (kept in <pre>) are trimmed when the block ends; the span must
            // not reach past that end.
            auto end = static_cast<int32_t>(m_out.size());
            while (end > m_blockStart && (m_out[size_t(end) - 1] == kLineSeparator || m_out[size_t(end) - 1] == u' '))
                --end;
            if (s.start >= 0 && end > s.start && m_blockOpen)
                m_doc.spans.push_back({s.kind, {s.start, end}, std::move(s.href)});
            m_spans.pop_back();
        }
    }

    BlockKind contextKind() const
    {
        if (m_cellOpen)
            return BlockKind::TableCell;
        if (m_heading > 0)
            return BlockKind::Heading;
        if (m_captions > 0)
            return BlockKind::Caption;
        if (m_pre > 0)
            return BlockKind::Preformatted;
        if (m_items > 0)
            return BlockKind::ListItem;
        return m_quotes > 0 ? BlockKind::BlockQuote : BlockKind::Paragraph;
    }

    void openBlock(BlockKind kind)
    {
        m_separatorStart = static_cast<int32_t>(m_out.size());
        if (!m_out.empty()) {
            const bool tight = !m_doc.blocks.empty() && m_doc.blocks.back().kind == kind
                && (kind == BlockKind::ListItem || kind == BlockKind::TableCell);
            m_out.append(tight ? u"\n" : u"\n\n");
        }
        m_blockOpen = true;
        m_blockStart = static_cast<int32_t>(m_out.size());
        m_block = Block{};
        m_block.kind = kind;
        if (kind == BlockKind::Heading) {
            m_block.level = m_heading;
        } else if (kind == BlockKind::ListItem) {
            m_block.level = std::max<int>(1, static_cast<int>(m_lists.size()));
            m_block.ordered = !m_lists.empty() && m_lists.back().ordered;
            m_block.number = m_block.ordered ? m_itemNumber : 0;
        }
        m_pendingSpace = false;
        m_pendingBreak = false;
    }

    // Ends the open block; an empty one is dropped with its separator (table cells are kept: a grid needs them).
    void flush(bool keepEmpty = false)
    {
        if (!m_blockOpen)
            return;
        closeOpenSpanParts();
        while (m_out.size() > size_t(m_blockStart) && (m_out.back() == kLineSeparator || m_out.back() == u' '))
            m_out.pop_back();
        const auto end = static_cast<int32_t>(m_out.size());
        m_blockOpen = false;
        m_pendingSpace = false;
        m_pendingBreak = false;
        m_breaks = 0;
        if (end == m_blockStart && !keepEmpty) {
            m_out.resize(size_t(m_separatorStart));
            return;
        }
        m_block.range = {m_blockStart, end};
        m_doc.blocks.push_back(m_block);
    }

    // A span that runs across a block boundary is cut there and continues in the next block.
    void closeOpenSpanParts()
    {
        int32_t end = static_cast<int32_t>(m_out.size());
        while (end > m_blockStart && (m_out[size_t(end) - 1] == kLineSeparator || m_out[size_t(end) - 1] == u' '))
            --end;
        for (OpenSpan &s : m_spans) {
            if (s.start >= 0 && end > s.start)
                m_doc.spans.push_back({s.kind, {s.start, end}, s.href});
            s.start = -1;
        }
        m_spanWaits = !m_spans.empty();
    }

    void openCell(bool header)
    {
        flush();
        if (m_tableIndex < 0) {
            m_tableIndex = static_cast<int>(m_doc.tables.size());
            Table t;
            t.firstBlock = static_cast<int>(m_doc.blocks.size());
            m_doc.tables.push_back(t);
        }
        m_row = std::max(m_row, 0);
        openBlock(BlockKind::TableCell);
        m_block.table = m_tableIndex;
        m_block.row = m_row;
        m_block.column = m_column++;
        m_block.header = header;
        m_cellOpen = true;
        Table &t = m_doc.tables[size_t(m_tableIndex)];
        t.columns = std::max(t.columns, m_column);
    }

    void closeCell()
    {
        flush(true);
        m_cellOpen = false;
    }

    void lineBreak()
    {
        if (m_pre > 0) {
            appendChar(kLineSeparator);
            return;
        }
        // Two breaks in a row separate paragraphs on pages that use <br> instead of <p>.
        if (++m_breaks >= 2 && !m_cellOpen && m_heading == 0) {
            flush();
            return;
        }
        m_pendingBreak = true;
    }

    void appendChar(char16_t c)
    {
        if (!m_blockOpen)
            openBlock(contextKind());
        m_out.push_back(c);
    }

    void appendText(const char *text)
    {
        const auto *s = reinterpret_cast<const uint8_t *>(text);
        const auto length = static_cast<int32_t>(std::char_traits<char>::length(text));
        const bool pre = m_pre > 0;
        for (int32_t i = 0; i < length;) {
            UChar32 c;
            if (s[i] < 0x80)
                c = s[i++];
            else
                U8_NEXT_OR_FFFD(s, i, length, c);
            if (pre) {
                if (c == '\r')
                    continue;
                if (c == '\n') {
                    if (m_blockOpen && m_out.size() > size_t(m_blockStart))
                        m_out.push_back(kLineSeparator);
                    continue;
                }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0) {
                m_pendingSpace = true;
                continue;
            }
            if (c == 0)
                c = 0xFFFD;
            if (!m_blockOpen)
                openBlock(contextKind());
            if (m_out.size() > size_t(m_blockStart)) {
                if (m_pendingBreak)
                    m_out.push_back(kLineSeparator);
                else if (m_pendingSpace)
                    m_out.push_back(u' ');
            }
            m_pendingSpace = false;
            m_pendingBreak = false;
            m_breaks = 0;
            if (m_spanWaits) {
                for (OpenSpan &span : m_spans) {
                    if (span.start < 0)
                        span.start = static_cast<int32_t>(m_out.size());
                }
                m_spanWaits = false;
            }
            if (c <= 0xFFFF) {
                m_out.push_back(static_cast<char16_t>(c));
            } else {
                m_out.push_back(U16_LEAD(c));
                m_out.push_back(U16_TRAIL(c));
            }
        }
    }

    const ContentSelection &m_content;
    const StopToken &m_stop;
    Document m_doc;
    std::u16string &m_out = m_doc.text;
    std::vector<Frame> m_frames;
    std::vector<OpenSpan> m_spans;
    std::vector<ListState> m_lists;
    Block m_block;
    int32_t m_blockStart = 0;
    int32_t m_separatorStart = 0;
    int m_items = 0;
    int m_itemNumber = 0;
    int m_quotes = 0;
    int m_pre = 0;
    int m_captions = 0;
    int m_heading = 0;
    int m_breaks = 0;
    int m_dataTables = 0;
    int m_tableIndex = -1;
    int m_row = -1;
    int m_column = 0;
    bool m_blockOpen = false;
    bool m_cellOpen = false;
    bool m_pendingSpace = false;
    bool m_pendingBreak = false;
    bool m_spanWaits = false; // an open span has no start yet: the next character starts it
};

} // namespace

std::optional<Document> buildBlocks(const ContentSelection &content, const StopToken &stop)
{
    return Builder(content, stop).run();
}

} // namespace lede::core::html

// MarkdownLoader: md4c's callbacks build the Document: one Block per leaf block (a tight list item's
// text is a leaf too), "\n\n" between blocks ("\n" between items of one list), spans as they close.
// A table's cells are blocks of their own: a tab between the cells of a row and "\n" between rows, so the
// reading text of a table is tab-separated values.
#include "document/MarkdownLoader.h"

#include "common/Utf.h"
#include "document/FrontMatter.h"
#include "document/PlainTextLayout.h"
#include "document/TextDecoder.h"

#include <algorithm>
#include <cstdlib>

#include <md4c.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace lede::core {

namespace {

constexpr char16_t kLineSeparator = 0x2028; // a line break inside a block (Document never has '\n' there)

// The few named entities seen in prose; numeric ones are decoded in general. Others stay as written.
struct NamedEntity
{
    std::string_view name;
    char16_t ch;
};
constexpr NamedEntity kEntities[] = {
    {"amp", u'&'},    {"lt", u'<'},       {"gt", u'>'},       {"quot", u'"'},     {"apos", u'\''},
    {"nbsp", 0x00A0}, {"ndash", 0x2013},  {"mdash", 0x2014},  {"hellip", 0x2026}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},  {"laquo", 0x00AB},  {"raquo", 0x00BB},
    {"copy", 0x00A9}, {"reg", 0x00AE},    {"trade", 0x2122},  {"euro", 0x20AC},   {"pound", 0x00A3},
    {"deg", 0x00B0},  {"shy", 0x00AD},    {"middot", 0x00B7}, {"times", 0x00D7},  {"bull", 0x2022},
};

struct OpenSpan
{
    InlineKind kind;
    int32_t start;
    std::string href;
    bool keep; // false for spans we do not represent (strikethrough, images)
};

struct ListContext
{
    bool ordered;
    int start;
    int items = 0;
};

class Builder final
{
public:
    explicit Builder(const StopToken &stop) : m_stop(stop) {}

    Document doc;
    std::string firstHeading1; // UTF-8

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_QUOTE: ++m_quoteDepth; break;
        case MD_BLOCK_UL: closeImplicitItem(); m_lists.push_back({false, 0}); break;
        case MD_BLOCK_OL:
            closeImplicitItem();
            m_lists.push_back({true, static_cast<int>(static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start)});
            break;
        case MD_BLOCK_LI:
            closeImplicitItem();
            if (!m_lists.empty())
                ++m_lists.back().items;
            ++m_itemDepth;
            m_itemHasBlock = false;
            break;
        case MD_BLOCK_H:
            openLeaf(BlockKind::Heading, static_cast<int>(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level));
            break;
        case MD_BLOCK_P: openLeaf(paragraphKind(), 0); break;
        case MD_BLOCK_CODE: openLeaf(BlockKind::Preformatted, 0); m_inCode = true; break;
        case MD_BLOCK_HTML: m_skipText = true; break; // raw HTML is markup, not reading text
        case MD_BLOCK_TABLE: openTable(); break;
        case MD_BLOCK_THEAD: m_inTableHead = true; break;
        case MD_BLOCK_TBODY: m_inTableHead = false; break;
        case MD_BLOCK_TR: m_cellsInRow = 0; break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: openCell(type == MD_BLOCK_TH || m_inTableHead); break;
        default: break;
        }
        return m_stop.stopRequested() ? 1 : 0;
    }

    int leaveBlock(MD_BLOCKTYPE type, void *)
    {
        switch (type) {
        case MD_BLOCK_QUOTE: --m_quoteDepth; break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            closeImplicitItem();
            if (!m_lists.empty())
                m_lists.pop_back();
            break;
        case MD_BLOCK_LI:
            closeImplicitItem();
            m_itemDepth = std::max(0, m_itemDepth - 1);
            break;
        case MD_BLOCK_H:
        case MD_BLOCK_P: closeLeaf(); break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: closeLeaf(); break;
        case MD_BLOCK_TR:
            if (m_table >= 0)
                ++doc.tables[static_cast<size_t>(m_table)].rows;
            break;
        case MD_BLOCK_THEAD: m_inTableHead = false; break;
        case MD_BLOCK_TABLE: closeTable(); break;
        case MD_BLOCK_CODE:
            while (!m_out.empty() && m_leafOpen && m_out.size() > size_t(m_leafStart) && m_out.back() == kLineSeparator)
                m_out.pop_back(); // md4c ends every code line with '\n'; the last one is not content
            m_inCode = false;
            closeLeaf();
            break;
        case MD_BLOCK_HTML: m_skipText = false; break;
        default: break;
        }
        return 0;
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        if (!m_leafOpen && !m_skipText)
            openImplicitItem(); // a tight list item that starts with a span: the span starts after the separator
        OpenSpan span{InlineKind::Emphasis, static_cast<int32_t>(m_out.size()), {}, true};
        switch (type) {
        case MD_SPAN_EM: span.kind = InlineKind::Emphasis; break;
        case MD_SPAN_STRONG: span.kind = InlineKind::Strong; break;
        case MD_SPAN_CODE: span.kind = InlineKind::Code; break;
        case MD_SPAN_A: {
            span.kind = InlineKind::Link;
            const MD_ATTRIBUTE &href = static_cast<MD_SPAN_A_DETAIL *>(detail)->href;
            span.href.assign(href.text, href.size);
            break;
        }
        case MD_SPAN_IMG: span.keep = false; ++m_imageDepth; break; // alt text is not reading text
        default: span.keep = false; break;
        }
        m_spans.push_back(std::move(span));
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type, void *)
    {
        if (m_spans.empty())
            return 0;
        OpenSpan span = std::move(m_spans.back());
        m_spans.pop_back();
        if (type == MD_SPAN_IMG)
            --m_imageDepth;
        const auto end = static_cast<int32_t>(m_out.size());
        if (span.keep && end > span.start)
            doc.spans.push_back({span.kind, {span.start, end}, std::move(span.href)});
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        if (m_skipText || m_imageDepth > 0 || type == MD_TEXT_HTML)
            return 0;
        if (!m_leafOpen)
            openImplicitItem();
        const std::string_view s(text, size);
        switch (type) {
        case MD_TEXT_NULLCHAR: m_out.push_back(0xFFFD); break;
        case MD_TEXT_BR: m_out.push_back(kLineSeparator); break;
        case MD_TEXT_SOFTBR: softBreak(); break;
        case MD_TEXT_ENTITY: appendEntity(s); break;
        default: appendText(s); break;
        }
        return m_stop.stopRequested() ? 1 : 0;
    }

    void finish()
    {
        // Spans are recorded as they close (inner first); readers want text order, outer span first.
        std::stable_sort(doc.spans.begin(), doc.spans.end(), [](const InlineSpan &a, const InlineSpan &b) {
            return a.range.start != b.range.start ? a.range.start < b.range.start : a.range.end > b.range.end;
        });
        doc.text = std::move(m_out);
    }

private:
    BlockKind paragraphKind() const
    {
        if (m_itemDepth > 0)
            return BlockKind::ListItem;
        return m_quoteDepth > 0 ? BlockKind::BlockQuote : BlockKind::Paragraph;
    }

    void openLeaf(BlockKind kind, int level, std::u16string_view separator = {})
    {
        closeImplicitItem();
        // One '\n' between items of the same list, a blank line elsewhere: the text reads like the source.
        const bool sameList = kind == BlockKind::ListItem && !m_itemHasBlock && !doc.blocks.empty()
            && doc.blocks.back().kind == BlockKind::ListItem;
        m_separatorStart = static_cast<int32_t>(m_out.size());
        // A cell after empty cells at the very start still gets its tab or newline.
        if (!m_out.empty() || (!separator.empty() && !doc.blocks.empty()))
            m_out.append(!separator.empty() ? separator : sameList ? u"\n" : u"\n\n");
        m_leafOpen = true;
        m_leafStart = static_cast<int32_t>(m_out.size());
        m_leaf = Block{};
        m_leaf.kind = kind;
        m_leaf.level = level;
        if (kind == BlockKind::ListItem && !m_lists.empty()) {
            m_leaf.level = static_cast<int>(m_lists.size());
            m_leaf.ordered = m_lists.back().ordered;
            m_leaf.number = m_leaf.ordered ? m_lists.back().start + m_lists.back().items - 1 : 0;
        }
    }

    void closeLeaf()
    {
        if (!m_leafOpen)
            return;
        m_leafOpen = false;
        m_implicitItem = false;
        const auto end = static_cast<int32_t>(m_out.size());
        // Nothing readable (an image alone): drop the block and its separator. An empty table cell stays,
        // as the grid needs it.
        if (end == m_leafStart && m_leaf.kind != BlockKind::TableCell) {
            m_out.resize(static_cast<size_t>(m_separatorStart));
            return;
        }
        m_leaf.range = {m_leafStart, end};
        if (m_leaf.kind == BlockKind::Heading && m_leaf.level == 1 && firstHeading1.empty())
            firstHeading1 = utf16ToUtf8(std::u16string_view(m_out).substr(static_cast<size_t>(m_leafStart)));
        if (m_itemDepth > 0)
            m_itemHasBlock = true;
        doc.blocks.push_back(m_leaf);
    }

    void openTable()
    {
        closeImplicitItem();
        m_table = static_cast<int>(doc.tables.size());
        Table table;
        table.firstBlock = static_cast<int>(doc.blocks.size());
        doc.tables.push_back(table);
    }

    void closeTable()
    {
        if (m_table < 0)
            return;
        Table &table = doc.tables[static_cast<size_t>(m_table)];
        table.blockCount = static_cast<int>(doc.blocks.size()) - table.firstBlock;
        if (table.blockCount == 0)
            doc.tables.pop_back(); // cannot happen with md4c (a table has a header row), but keep the model sound
        m_table = -1;
        m_inTableHead = false;
    }

    // A cell is a leaf: a blank line before the table, a tab before each later cell of a row, '\n' before a row.
    void openCell(bool header)
    {
        if (m_table < 0)
            return;
        Table &table = doc.tables[static_cast<size_t>(m_table)];
        const bool firstCell = static_cast<int>(doc.blocks.size()) == table.firstBlock;
        const int column = m_cellsInRow++;
        openLeaf(BlockKind::TableCell, 0, firstCell ? u"\n\n" : column == 0 ? u"\n" : u"\t");
        m_leaf.table = m_table;
        m_leaf.row = table.rows;
        m_leaf.column = column;
        m_leaf.header = header;
        table.columns = std::max(table.columns, column + 1);
    }

    // Tight lists put text straight into the item, without a paragraph.
    void openImplicitItem()
    {
        openLeaf(paragraphKind(), 0);
        m_implicitItem = true;
    }

    void closeImplicitItem()
    {
        if (m_implicitItem)
            closeLeaf();
    }

    // A line end inside a paragraph reads as one space, never two.
    void softBreak()
    {
        if (m_out.empty() || m_out.back() != u' ')
            m_out.push_back(u' ');
    }

    // Decodes straight into the output: md4c calls this once per text run, millions of times for big files.
    void appendText(std::string_view utf8)
    {
        const auto *s = reinterpret_cast<const uint8_t *>(utf8.data());
        const auto length = static_cast<int32_t>(utf8.size());
        for (int32_t i = 0; i < length;) {
            if (s[i] < 0x80) {
                const char16_t c = s[i++];
                // A line end inside a leaf: kept in code, a space elsewhere. md4c reports soft breaks on their own,
                // but a permissive autolink running into the next line can hand one over inside its text.
                if (c == u'\n' || c == u'\r') {
                    if (m_inCode)
                        m_out.push_back(c == u'\n' ? kLineSeparator : c);
                    else
                        softBreak();
                } else {
                    m_out.push_back(c);
                }
                continue;
            }
            UChar32 c;
            U8_NEXT_OR_FFFD(s, i, length, c);
            if (c <= 0xFFFF) {
                m_out.push_back(static_cast<char16_t>(c));
            } else {
                m_out.push_back(U16_LEAD(c));
                m_out.push_back(U16_TRAIL(c));
            }
        }
    }

    void appendEntity(std::string_view e)
    {
        // e is "&name;" or "&#123;" or "&#x1F600;"
        if (e.size() >= 4 && e[1] == '#') {
            const bool hex = e[2] == 'x' || e[2] == 'X';
            const std::string digits(e.substr(hex ? 3 : 2, e.size() - (hex ? 4 : 3)));
            char *end = nullptr;
            const unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
            if (end && *end == '\0' && !digits.empty() && cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
                if (cp > 0xFFFF) {
                    m_out.push_back(static_cast<char16_t>(0xD7C0 + (cp >> 10)));
                    m_out.push_back(static_cast<char16_t>(0xDC00 | (cp & 0x3FF)));
                } else {
                    m_out.push_back(static_cast<char16_t>(cp));
                }
            } else {
                m_out.push_back(0xFFFD);
            }
            return;
        }
        const std::string_view name = e.size() >= 3 ? e.substr(1, e.size() - 2) : std::string_view();
        for (const NamedEntity &n : kEntities) {
            if (n.name == name) {
                m_out.push_back(n.ch);
                return;
            }
        }
        appendText(e);
    }

    const StopToken &m_stop;
    std::u16string m_out;
    std::vector<OpenSpan> m_spans;
    std::vector<ListContext> m_lists;
    Block m_leaf;
    int32_t m_leafStart = 0;
    int32_t m_separatorStart = 0;
    int m_quoteDepth = 0;
    int m_itemDepth = 0;
    int m_imageDepth = 0;
    int m_cellsInRow = 0;
    int m_table = -1; // index into doc.tables while inside a table
    bool m_inTableHead = false;
    bool m_leafOpen = false;
    bool m_implicitItem = false;
    bool m_itemHasBlock = false;
    bool m_inCode = false;
    bool m_skipText = false;
};

Builder &self(void *userdata) { return *static_cast<Builder *>(userdata); }

} // namespace

std::vector<std::string> MarkdownLoader::extensions() const { return {"md", "markdown", "mkd", "mdown"}; }

std::vector<std::string> MarkdownLoader::mimeTypes() const { return {"text/markdown", "text/x-markdown"}; }

int MarkdownLoader::sniff(std::string_view head) const
{
    if (!looksLikeText(head))
        return 0;
    if (head.substr(0, 4) == "---\n" && parseFrontMatter(head).length > 0)
        return 40;
    if (head.substr(0, 2) == "# ")
        return 20;
    return 0;
}

Result<Document, LoadError> MarkdownLoader::load(std::string_view bytes, const LoadOptions &options) const
{
    auto decoded = decodeText(bytes, options.stop);
    if (!decoded)
        return decoded.error();
    normaliseLineEndings(decoded->text);
    const std::string utf8 = utf16ToUtf8(decoded->text);
    decoded->text = {};

    const FrontMatter front = parseFrontMatter(utf8);
    const std::string_view body = std::string_view(utf8).substr(front.length);

    Builder builder(options.stop);
    MD_PARSER parser{};
    // HTML stays enabled so that md4c recognises raw HTML, which the builder then leaves out.
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
    parser.enter_block = [](MD_BLOCKTYPE t, void *d, void *u) { return self(u).enterBlock(t, d); };
    parser.leave_block = [](MD_BLOCKTYPE t, void *d, void *u) { return self(u).leaveBlock(t, d); };
    parser.enter_span = [](MD_SPANTYPE t, void *d, void *u) { return self(u).enterSpan(t, d); };
    parser.leave_span = [](MD_SPANTYPE t, void *d, void *u) { return self(u).leaveSpan(t, d); };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u) { return self(u).text(t, s, n); };
    const int rc = md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, &builder);
    if (options.stop.stopRequested())
        return LoadError{LoadError::Code::Cancelled, "loading was cancelled"};
    if (rc != 0)
        return LoadError{LoadError::Code::Malformed, "the Markdown parser failed"};
    builder.finish();

    Document doc = std::move(builder.doc);
    doc.meta.format = SourceFormat::Markdown;
    doc.meta.encoding = std::move(decoded->encoding);
    doc.meta.title = !front.title.empty() ? front.title : builder.firstHeading1;
    doc.meta.author = front.author;
    doc.meta.publishedDate = front.date;
    return doc;
}

} // namespace lede::core

// ArticleDocumentBuilder: one QTextBlock per core block, inline spans as character formats.
#include "reader/ArticleDocumentBuilder.h"

#include "reader/ArticleLayout.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QScopeGuard>
#include <QTextList>
#include <QThread>

#include <algorithm>
#include <array>
#include <functional>
#include <queue>
#include <string_view>
#include <vector>

namespace lede::ui {

namespace {

constexpr char16_t kLineSeparator = 0x2028;
constexpr char16_t kParagraphSeparator = 0x2029;
constexpr char16_t kFrameStart = 0xFDD0; // QTextBeginningOfFrame
constexpr char16_t kFrameEnd = 0xFDD1;   // QTextEndOfFrame
constexpr char16_t kReplacement = 0xFFFD;
// Besides digits, what a figure in a table may hold: signs, separators, spaces, currency, percent.
constexpr std::u16string_view kNumberMarks = u" .,+-%$()'\u00A0\u2009\u202F\u2212\u20AC\u00A3\u00A5";

thread_local std::uint64_t t_spanWork = 0; // see ArticleDocumentBuilder::lastSpanWork()

// HTML-style relative sizes (QTextFormat::FontSizeAdjustment, 0 = body): they scale with the
// document's default font, so zooming the view resizes headings too.
constexpr std::array<int, 7> kHeadingSizeAdjustment = {0, 2, 1, 0, 0, 0, 0};

core::TextRange clampedRange(const core::TextRange &r, int32_t textLength)
{
    const int32_t start = std::clamp(r.start, 0, textLength);
    return {start, std::clamp(r.end, start, textLength)};
}

// Text of `range`, with QTextDocument's block-break characters replaced one for one.
QString sanitisedText(const std::u16string &text, core::TextRange range)
{
    QString out(reinterpret_cast<const QChar *>(text.data() + range.start), range.length());
    for (QChar &c : out) {
        switch (c.unicode()) {
        case u'\n':
        case u'\r':
        case kParagraphSeparator: c = QChar(kLineSeparator); break;
        case kFrameStart:
        case kFrameEnd: c = QChar(kReplacement); break;
        default: break;
        }
    }
    return out;
}

class Builder final
{
public:
    Builder(const ArticleStyle &style, const core::Document &doc, QTextDocument &out)
        : m_style(style), m_doc(doc), m_cursor(&out), m_em(ArticleStyle::emPixels(style.bodyFont))
    {
        findNumericColumns();
    }

    bool run(const core::StopToken &stop)
    {
        const auto textLength = static_cast<int32_t>(m_doc.text.size());
        // One edit block around all inserts: the document then records a single change instead of
        // one per insert, which builds a book several times faster.
        m_cursor.beginEditBlock();
        const auto endEdit = qScopeGuard([this] { m_cursor.endEditBlock(); });
        for (std::size_t i = 0; i < m_doc.blocks.size(); ++i) {
            if ((i & 0xff) == 0 && stop.stopRequested())
                return false;
            const core::Block &block = m_doc.blocks[i];
            const bool lastOfList = block.kind == core::BlockKind::ListItem
                && (i + 1 == m_doc.blocks.size() || m_doc.blocks[i + 1].kind != core::BlockKind::ListItem);
            const core::Block *next = i + 1 < m_doc.blocks.size() ? &m_doc.blocks[i + 1] : nullptr;
            startBlock(block, i == 0, lastOfList, next);
            insertInlineText(clampedRange(block.range, textLength));
        }
        return true;
    }

private:
    QTextBlockFormat blockFormat(const core::Block &b, bool lastOfList, const core::Block *next) const
    {
        QTextBlockFormat f = kindFormat(b, lastOfList);
        // A caption keeps close to its table or figure: less space between them than between paragraphs.
        const bool captionNext = next && next->kind == core::BlockKind::Caption;
        const bool tableNext = next && next->kind == core::BlockKind::TableCell && next->table != b.table;
        if ((captionNext && b.kind != core::BlockKind::Caption) || (tableNext && b.kind == core::BlockKind::Caption))
            f.setBottomMargin(std::min(f.bottomMargin(), m_em * 0.35));
        return f;
    }

    QTextBlockFormat kindFormat(const core::Block &b, bool lastOfList) const
    {
        QTextBlockFormat f;
        switch (b.kind) {
        case core::BlockKind::Heading:
            f.setHeadingLevel(std::clamp(b.level, 1, 6));
            f.setTopMargin(m_em * (b.level <= 2 ? 1.1 : 0.8));
            f.setBottomMargin(m_em * 0.45);
            f.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
            break;
        case core::BlockKind::Paragraph:
            f.setBottomMargin(m_em * m_style.paragraphSpacingEm);
            f.setLineHeight(m_style.lineHeightPercent, QTextBlockFormat::ProportionalHeight);
            break;
        case core::BlockKind::ListItem:
            // Items sit close together; the list as a whole is spaced like a paragraph.
            f.setBottomMargin(m_em * (lastOfList ? m_style.paragraphSpacingEm : 0.25));
            f.setLineHeight(m_style.lineHeightPercent, QTextBlockFormat::ProportionalHeight);
            if (b.ordered && b.number > 0)
                f.setProperty(ArticleLayout::ListItemNumberProperty, b.number); // "7." as in the source
            break;
        case core::BlockKind::BlockQuote:
            f.setLeftMargin(m_em * 1.6);
            f.setRightMargin(m_em * 1.0);
            f.setBottomMargin(m_em * m_style.paragraphSpacingEm);
            f.setLineHeight(m_style.lineHeightPercent, QTextBlockFormat::ProportionalHeight);
            break;
        case core::BlockKind::Preformatted:
            f.setLeftMargin(m_em * 0.8);
            f.setBottomMargin(m_em * m_style.paragraphSpacingEm);
            f.setNonBreakableLines(true);
            // Translucent grey reads as a soft panel on light and dark palettes alike.
            f.setBackground(QColor(128, 128, 128, 36));
            break;
        case core::BlockKind::TableCell:
            // ArticleLayout draws a table's cells as one grid; the first cell's top margin and the last
            // one's bottom margin space the grid like a paragraph.
            f.setProperty(ArticleLayout::TableProperty, b.table);
            f.setProperty(ArticleLayout::TableRowProperty, b.row);
            f.setProperty(ArticleLayout::TableColumnProperty, b.column);
            f.setProperty(ArticleLayout::TableHeaderProperty, b.header);
            f.setTopMargin(m_em * 0.35);
            f.setBottomMargin(m_em * m_style.paragraphSpacingEm);
            f.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
            if (rightAligned(b))
                f.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
            break;
        case core::BlockKind::Caption:
            // Set apart from the body: smaller, italic (blockCharFormat), closer to its table or figure.
            f.setTopMargin(m_em * 0.35);
            f.setBottomMargin(m_em * m_style.paragraphSpacingEm * 1.2);
            f.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
            break;
        }
        return f;
    }

    QTextCharFormat blockCharFormat(const core::Block &b) const
    {
        QTextCharFormat f;
        switch (b.kind) {
        case core::BlockKind::Heading:
            f.setFontWeight(QFont::Bold);
            f.setProperty(QTextFormat::FontSizeAdjustment,
                          kHeadingSizeAdjustment[static_cast<std::size_t>(std::clamp(b.level, 1, 6))]);
            break;
        case core::BlockKind::BlockQuote: f.setFontItalic(true); break;
        case core::BlockKind::Caption:
            f.setFontItalic(true);
            f.setProperty(QTextFormat::FontSizeAdjustment, -1);
            break;
        case core::BlockKind::Preformatted: applyMono(f); break;
        case core::BlockKind::TableCell: f.setFontWeight(b.header ? QFont::Bold : QFont::Normal); break;
        case core::BlockKind::Paragraph:
        case core::BlockKind::ListItem: break;
        }
        return f;
    }

    void applyMono(QTextCharFormat &f) const
    {
        f.setFontFamilies(m_style.monoFont.families().isEmpty() ? QStringList{m_style.monoFont.family()}
                                                                : m_style.monoFont.families());
        f.setFontFixedPitch(true);
        f.setFontStyleHint(QFont::Monospace);
        f.setProperty(QTextFormat::FontSizeAdjustment, -1); // monospace faces run large beside serif text
    }

    // Columns whose body cells are all numbers (figures, amounts, percentages) are set flush right, so
    // their digits line up; a table's header row follows its column.
    void findNumericColumns()
    {
        m_numericColumns.assign(m_doc.tables.size(), {});
        const auto textLength = static_cast<int32_t>(m_doc.text.size());
        for (std::size_t t = 0; t < m_doc.tables.size(); ++t) {
            const core::Table &table = m_doc.tables[t];
            std::vector<int> numbers(static_cast<std::size_t>(std::clamp(table.columns, 0, 1000)), 0);
            std::vector<bool> other(numbers.size(), false);
            const auto first = static_cast<std::size_t>(std::max(0, table.firstBlock));
            const std::size_t end =
                std::min(m_doc.blocks.size(), first + static_cast<std::size_t>(std::max(0, table.blockCount)));
            for (std::size_t i = first; i < end; ++i) {
                const core::Block &cell = m_doc.blocks[i];
                const core::TextRange range = clampedRange(cell.range, textLength);
                if (cell.header || range.empty() || cell.column < 0 || cell.column >= static_cast<int>(numbers.size()))
                    continue;
                const std::u16string_view text(m_doc.text.data() + range.start,
                                               static_cast<std::size_t>(range.length()));
                if (looksNumeric(text))
                    ++numbers[static_cast<std::size_t>(cell.column)];
                else
                    other[static_cast<std::size_t>(cell.column)] = true;
            }
            std::vector<bool> &numeric = m_numericColumns[t];
            numeric.resize(numbers.size());
            for (std::size_t c = 0; c < numbers.size(); ++c)
                numeric[c] = numbers[c] > 0 && !other[c];
        }
    }

    static bool looksNumeric(std::u16string_view text)
    {
        bool digit = false;
        for (const char16_t c : text) {
            if (c >= u'0' && c <= u'9')
                digit = true;
            else if (kNumberMarks.find(c) == std::u16string_view::npos)
                return false;
        }
        return digit;
    }

    bool rightAligned(const core::Block &b) const
    {
        if (b.table < 0 || static_cast<std::size_t>(b.table) >= m_numericColumns.size())
            return false;
        const std::vector<bool> &numeric = m_numericColumns[static_cast<std::size_t>(b.table)];
        return b.column >= 0 && static_cast<std::size_t>(b.column) < numeric.size()
            && numeric[static_cast<std::size_t>(b.column)];
    }

    void startBlock(const core::Block &b, bool first, bool lastOfList, const core::Block *next)
    {
        const QTextBlockFormat bf = blockFormat(b, lastOfList, next);
        m_blockChar = blockCharFormat(b);
        if (first) {
            m_cursor.setBlockFormat(bf);
            m_cursor.setBlockCharFormat(m_blockChar);
        } else {
            m_cursor.insertBlock(bf, m_blockChar);
        }
        if (b.kind == core::BlockKind::ListItem)
            attachToList(b);
        else
            m_lists.clear();
    }

    // Consecutive items of one level share a QTextList; deeper levels get their own, indented.
    void attachToList(const core::Block &b)
    {
        const int level = std::clamp(b.level, 1, 8);
        if (static_cast<int>(m_lists.size()) > level)
            m_lists.resize(static_cast<std::size_t>(level));
        if (static_cast<int>(m_lists.size()) == level) {
            QTextList *list = m_lists.back();
            const bool ordered = list->format().style() == QTextListFormat::ListDecimal;
            if (ordered == b.ordered) {
                list->add(m_cursor.block());
                return;
            }
            m_lists.pop_back();
        }
        QTextListFormat lf;
        static constexpr std::array<QTextListFormat::Style, 3> bullets = {
            QTextListFormat::ListDisc, QTextListFormat::ListCircle, QTextListFormat::ListSquare};
        lf.setStyle(b.ordered ? QTextListFormat::ListDecimal : bullets[static_cast<std::size_t>((level - 1) % 3)]);
        lf.setIndent(level);
        QTextList *list = m_cursor.createList(lf);
        m_lists.resize(static_cast<std::size_t>(level), nullptr);
        m_lists.back() = list;
        // A missing intermediate level (a level-3 item right after level 1) reuses this list.
        for (auto &slot : m_lists)
            if (!slot)
                slot = list;
    }

    QTextCharFormat spanFormat(const core::InlineSpan &s, QTextCharFormat f) const
    {
        switch (s.kind) {
        case core::InlineKind::Emphasis: f.setFontItalic(!f.fontItalic()); break;
        case core::InlineKind::Strong: f.setFontWeight(QFont::Bold); break;
        case core::InlineKind::Code:
            applyMono(f);
            f.setBackground(QColor(128, 128, 128, 40));
            break;
        case core::InlineKind::Link: {
            const QString href = QString::fromUtf8(s.href.data(), static_cast<qsizetype>(s.href.size()));
            f.setAnchor(true);
            f.setAnchorHref(href);
            f.setFontUnderline(true);
            if (m_style.linkColour.isValid())
                f.setForeground(m_style.linkColour);
            f.setToolTip(href);
            break;
        }
        }
        return f;
    }

    // Inserts the block's text in runs; each run's format is the block format plus every inline
    // span covering it, applied in the spans' order. Spans arrive sorted by start; `m_open` holds
    // those that may still apply. The runs are swept left to right with a stack of the open spans and
    // the format each one makes: a span that ends is taken off and only the formats above it are made
    // again (none when spans nest, as Markdown's do), so a block costs time linear in its spans, not
    // their square (deeply nested emphasis).
    void insertInlineText(core::TextRange range)
    {
        while (m_nextSpan < m_doc.spans.size() && m_doc.spans[m_nextSpan].range.start < range.end)
            m_open.push_back(&m_doc.spans[m_nextSpan++]);
        std::erase_if(m_open, [&](const core::InlineSpan *s) { return s->range.end <= range.start; });

        if (m_open.empty()) {
            if (!range.empty())
                m_cursor.insertText(sanitisedText(m_doc.text, range), m_blockChar);
            return;
        }
        std::vector<int32_t> cuts{range.start, range.end};
        for (const core::InlineSpan *s : m_open) {
            if (s->range.start > range.start && s->range.start < range.end)
                cuts.push_back(s->range.start);
            if (s->range.end > range.start && s->range.end < range.end)
                cuts.push_back(s->range.end);
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

        // The open spans covering the run, in m_open's order, each with the format it makes (the one below it
        // with the span applied); the top's format is the run's. Ends wait in a min-heap.
        struct Applied
        {
            const core::InlineSpan *span;
            QTextCharFormat format;
        };
        std::vector<Applied> stack;
        using End = std::pair<int32_t, std::size_t>; // (end, push number)
        std::priority_queue<End, std::vector<End>, std::greater<>> ends;
        std::vector<std::size_t> pushNumber; // per stack entry
        std::size_t pushes = 0;
        std::size_t nextOpen = 0; // m_open is in start order: spans join the stack as the sweep reaches them
        for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
            const core::TextRange run{cuts[c], cuts[c + 1]};
            // Spans that ended before this run leave the stack; the formats above the lowest one are made
            // again. Nested spans end at the top, so this is O(1) each for Markdown.
            std::size_t lowest = stack.size();
            while (!ends.empty() && ends.top().first <= run.start) {
                const std::size_t number = ends.top().second;
                ends.pop();
                const auto at = std::lower_bound(pushNumber.begin(), pushNumber.end(), number);
                if (at != pushNumber.end() && *at == number) {
                    const auto index = static_cast<std::size_t>(at - pushNumber.begin());
                    stack[index].span = nullptr;
                    lowest = std::min(lowest, index);
                }
            }
            if (lowest < stack.size()) {
                std::size_t keep = lowest;
                for (std::size_t k = lowest; k < stack.size(); ++k, ++t_spanWork) {
                    if (!stack[k].span)
                        continue;
                    const QTextCharFormat below = keep == 0 ? m_blockChar : stack[keep - 1].format;
                    stack[keep].format = spanFormat(*stack[k].span, below);
                    stack[keep].span = stack[k].span;
                    pushNumber[keep] = pushNumber[k];
                    ++keep;
                }
                stack.resize(keep);
                pushNumber.resize(keep);
            }
            while (nextOpen < m_open.size() && m_open[nextOpen]->range.start <= run.start) {
                const core::InlineSpan *s = m_open[nextOpen++];
                ++t_spanWork;
                if (s->range.end < run.end)
                    continue; // empty, or over before this run
                stack.push_back({s, spanFormat(*s, stack.empty() ? m_blockChar : stack.back().format)});
                pushNumber.push_back(pushes);
                ends.emplace(s->range.end, pushes++);
            }
            ++t_spanWork;
            m_cursor.insertText(sanitisedText(m_doc.text, run), stack.empty() ? m_blockChar : stack.back().format);
        }
    }

    const ArticleStyle &m_style;
    const core::Document &m_doc;
    QTextCursor m_cursor;
    qreal m_em;
    QTextCharFormat m_blockChar;
    std::vector<QTextList *> m_lists; // index = list level - 1
    std::vector<std::vector<bool>> m_numericColumns; // per core table: columns set flush right
    std::size_t m_nextSpan = 0;
    std::vector<const core::InlineSpan *> m_open;
};

} // namespace

ArticleDocumentBuilder::ArticleDocumentBuilder(ArticleStyle style) : m_style(std::move(style)) {}

std::unique_ptr<QTextDocument> ArticleDocumentBuilder::build(const core::Document &doc, const core::StopToken &stop,
                                                             QThread *targetThread) const
{
    auto out = std::make_unique<QTextDocument>();
    out->setUndoRedoEnabled(false); // a read-only view: undo history would only cost memory
    out->setDefaultFont(m_style.bodyFont);
    out->setDocumentMargin(ArticleStyle::emPixels(m_style.bodyFont) * 1.5);
    out->setMetaInformation(QTextDocument::DocumentTitle, QString::fromStdString(doc.meta.title));

    t_spanWork = 0;
    Builder builder(m_style, doc, *out);
    if (!builder.run(stop))
        return nullptr;
    ArticleLayout::prepare(out.get()); // here, off the UI thread: a book has many blocks to measure
    if (targetThread)
        out->moveToThread(targetThread);
    return out;
}

std::uint64_t ArticleDocumentBuilder::lastSpanWork()
{
    return t_spanWork;
}

QString ArticleDocumentBuilder::blockText(const core::Document &doc, std::size_t index)
{
    if (index >= doc.blocks.size())
        return {};
    return sanitisedText(doc.text, clampedRange(doc.blocks[index].range, static_cast<int32_t>(doc.text.size())));
}

} // namespace lede::ui

// Tables and captions in the article view: a grid that fits the column, cells that hit-test, wrap
// and show highlights like any block, tab-separated copies, and captions set apart from the body.
#include "document/Document.h"
#include "reader/ArticleDocumentBuilder.h"
#include "reader/ArticleLayout.h"
#include "reader/ArticleStyle.h"
#include "reader/ArticleView.h"
#include "reader/SelectionText.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

using namespace lede;
using lede::ui::ArticleLayout;
using lede::ui::ArticleStyle;

namespace {

// Builds a core::Document the way the loaders do: blocks joined by "\n\n", a table's cells by tabs
// and newlines.
struct DocBuilder
{
    core::Document doc;

    void separate(std::u16string_view separator)
    {
        if (!doc.text.empty())
            doc.text += separator;
    }
    core::Block &add(core::BlockKind kind, const std::u16string &text, std::u16string_view separator = u"\n\n")
    {
        separate(separator);
        core::Block b;
        b.kind = kind;
        b.range.start = static_cast<int32_t>(doc.text.size());
        doc.text += text;
        b.range.end = static_cast<int32_t>(doc.text.size());
        doc.blocks.push_back(b);
        return doc.blocks.back();
    }
    void table(const std::vector<std::vector<std::u16string>> &rows, bool headerRow = true)
    {
        core::Table t;
        t.firstBlock = static_cast<int>(doc.blocks.size());
        for (std::size_t r = 0; r < rows.size(); ++r) {
            for (std::size_t c = 0; c < rows[r].size(); ++c) {
                core::Block &b = add(core::BlockKind::TableCell, rows[r][c],
                                     r == 0 && c == 0 ? u"\n\n"
                                         : c == 0     ? u"\n"
                                                      : u"\t");
                b.table = static_cast<int>(doc.tables.size());
                b.row = static_cast<int>(r);
                b.column = static_cast<int>(c);
                b.header = headerRow && r == 0;
                t.columns = std::max(t.columns, static_cast<int>(c) + 1);
            }
        }
        t.rows = static_cast<int>(rows.size());
        t.blockCount = static_cast<int>(doc.blocks.size()) - t.firstBlock;
        doc.tables.push_back(t);
    }
};

// A paragraph, a table of people, places and dates with a header row, its caption, a paragraph.
core::Document harbourDocument()
{
    DocBuilder b;
    b.add(core::BlockKind::Paragraph,
          u"The survey crews for the coming season, as the harbour office listed them on Monday.");
    b.table({{u"Skipper", u"Home port", u"Joined", u"Crew"},
             {u"Amara Okafor", u"Bergen", u"12 March 2024", u"14"},
             {u"Lars Henriksen", u"Tromsø, after eleven years on the coastal ferries between Bodø and the islands",
              u"3 April 2021", u"9"},
             {u"Ingrid Solberg", u"Oslo", u"1 June 2019", u"120"}});
    b.add(core::BlockKind::Caption, u"Table 1. Skippers and their home ports.");
    b.add(core::BlockKind::Paragraph, u"Each crew reports to the harbour office before it sails.");
    return b.doc;
}

std::unique_ptr<QTextDocument> buildDocument(const core::Document &doc)
{
    ArticleStyle style = ArticleStyle::fromApplication();
    return lede::ui::ArticleDocumentBuilder(style).build(doc);
}

ArticleLayout *installLayout(QTextDocument *doc, qreal width)
{
    auto *layout = new ArticleLayout(doc);
    doc->setDocumentLayout(layout);
    doc->setPageSize(QSizeF(width, -1));
    layout->layoutAll();
    return layout;
}

QTextBlock cellBlock(const QTextDocument &doc, const core::Document &core, int row, int column)
{
    for (std::size_t i = 0; i < core.blocks.size(); ++i)
        if (core.blocks[i].kind == core::BlockKind::TableCell && core.blocks[i].row == row
            && core.blocks[i].column == column)
            return doc.findBlockByNumber(static_cast<int>(i));
    return {};
}

// Colours every "Oslo" and "Bergen" as the entity highlighter does: additional formats, colour only.
class PlaceHighlighter final : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat place;
        place.setBackground(QColor(255, 0, 0));
        for (const QString &word : {QStringLiteral("Oslo"), QStringLiteral("Bergen")})
            for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
                setFormat(static_cast<int>(at), static_cast<int>(word.size()), place);
    }
};

QImage render(QTextDocument *doc, ArticleLayout *layout)
{
    const QSizeF size = layout->documentSize();
    QImage image(size.toSize() + QSize(1, 1), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    context.clip = QRectF(QPointF(0, 0), size);
    doc->documentLayout()->draw(&painter, context);
    return image;
}

int countColour(const QImage &image, const QRect &area, QRgb colour)
{
    int n = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += image.pixel(x, y) == colour ? 1 : 0;
    return n;
}

} // namespace

class TestArticleTables final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_formAGridInsideTheColumn_data()
    {
        QTest::addColumn<qreal>("width");
        QTest::newRow("wide window") << 900.0;
        QTest::newRow("reading column") << 620.0;
        QTest::newRow("narrow window") << 330.0;
    }

    void cells_formAGridInsideTheColumn()
    {
        QFETCH(qreal, width);
        const core::Document core = harbourDocument();
        auto doc = buildDocument(core);
        ArticleLayout *layout = installLayout(doc.get(), width);
        const qreal margin = doc->documentMargin();
        const QRectF before = layout->blockBoundingRect(doc->begin());
        const QRectF after = layout->blockBoundingRect(doc->findBlockByNumber(18));
        for (int r = 0; r < 4; ++r) {
            for (int c = 0; c < 4; ++c) {
                const QRectF cell = layout->blockBoundingRect(cellBlock(*doc, core, r, c));
                QVERIFY2(cell.left() >= margin && cell.right() <= width - margin,
                         qPrintable(
                             QStringLiteral("cell %1,%2 at %3..%4").arg(r).arg(c).arg(cell.left()).arg(cell.right())));
                QVERIFY(cell.top() > before.bottom());
                QVERIFY(cell.bottom() < after.top());
                QVERIFY(cell.width() > 10);
                if (c > 0) { // the same row: side by side, tops aligned
                    const QRectF left = layout->blockBoundingRect(cellBlock(*doc, core, r, c - 1));
                    QCOMPARE(cell.top(), left.top());
                    QVERIFY(cell.left() > left.right());
                }
                if (r > 0) { // the same column: one below the other, left edges aligned
                    const QRectF above = layout->blockBoundingRect(cellBlock(*doc, core, r - 1, c));
                    QVERIFY(cell.top() > above.bottom());
                }
                // Every line of the cell's text stays inside the cell.
                const QTextLayout *tl = cellBlock(*doc, core, r, c).layout();
                for (int i = 0; i < tl->lineCount(); ++i)
                    QVERIFY(tl->lineAt(i).naturalTextWidth() <= cell.width() + 0.5);
            }
        }
        // The long cell wraps instead of widening the grid past the column.
        QVERIFY(cellBlock(*doc, core, 2, 1).layout()->lineCount() > 1);
        QVERIFY(layout->documentSize().width() <= width);
    }

    void wideTable_wrapsItsCellsToFit()
    {
        DocBuilder b;
        std::vector<std::vector<std::u16string>> rows;
        for (int r = 0; r < 5; ++r) {
            std::vector<std::u16string> row;
            for (int c = 0; c < 7; ++c)
                row.push_back(u"the council of the northern harbour towns met again in the spring");
            rows.push_back(row);
        }
        b.table(rows);
        auto doc = buildDocument(b.doc);
        ArticleLayout *layout = installLayout(doc.get(), 600);
        QVERIFY(layout->documentSize().width() <= 600);
        const QRectF last = layout->blockBoundingRect(doc->lastBlock());
        QVERIFY(last.right() <= 600 - doc->documentMargin());
        QVERIFY(doc->lastBlock().layout()->lineCount() >= 4);
        // Even a grid that cannot fit (columns narrower than two letters) is laid out, and the
        // document widens to hold it instead of clipping it.
        doc->setPageSize(QSizeF(120, -1));
        layout->layoutAll();
        QVERIFY(layout->documentSize().width() >= layout->blockBoundingRect(doc->lastBlock()).right());
    }

    void hitTest_findsTheCharacterInsideACell()
    {
        const core::Document core = harbourDocument();
        auto doc = buildDocument(core);
        ArticleLayout *layout = installLayout(doc.get(), 620);
        for (const auto &[r, c, offset] : {std::tuple{1, 0, 3}, {2, 1, 30}, {3, 1, 2}, {0, 3, 1}, {3, 2, 5}}) {
            const QTextBlock block = cellBlock(*doc, core, r, c);
            const QRectF rect = layout->blockBoundingRect(block);
            const QTextLine line = block.layout()->lineForTextPosition(offset);
            QVERIFY(line.isValid());
            const QPointF point(rect.left() + line.cursorToX(offset) + 0.5, rect.top() + line.y() + line.height() / 2);
            QCOMPARE(layout->hitTest(point, Qt::FuzzyHit), block.position() + offset);
            QCOMPARE(layout->hitTest(point, Qt::ExactHit), block.position() + offset);
        }
        // In a cell's padding beside short text: the nearest place in that cell, not the next cell.
        const QTextBlock oslo = cellBlock(*doc, core, 3, 1);
        const QRectF osloRect = layout->blockBoundingRect(oslo);
        const int hit = layout->hitTest(QPointF(osloRect.right() - 2, osloRect.top() + 4), Qt::FuzzyHit);
        QCOMPARE(doc->findBlock(hit).blockNumber(), oslo.blockNumber());
    }

    void view_clickInACellPlacesTheCursorThere()
    {
        const core::Document core = harbourDocument();
        ui::ArticleView view(ArticleStyle::fromApplication());
        view.resize(800, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setArticleDocument(buildDocument(core).release());
        QTextDocument *doc = view.document();
        const QTextBlock bergen = cellBlock(*doc, core, 1, 1);
        QTextCursor at(doc);
        at.setPosition(bergen.position() + 2);
        const QRect rect = view.cursorRect(at);
        QVERIFY(view.viewport()->rect().contains(rect.center()));
        QCOMPARE(view.cursorForPosition(rect.center() + QPoint(1, 0)).position(), bergen.position() + 2);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rect.center() + QPoint(1, 0));
        QCOMPARE(view.textCursor().position(), bergen.position() + 2);
    }

    void highlightsInsideCells_areDrawnAndKeepTheGrid()
    {
        const core::Document core = harbourDocument();
        auto doc = buildDocument(core);
        ArticleLayout *layout = installLayout(doc.get(), 620);
        const QTextBlock oslo = cellBlock(*doc, core, 3, 1);
        const QRectF before = layout->blockBoundingRect(oslo);
        const QSizeF size = layout->documentSize();
        const QRgb red = qRgb(255, 0, 0);
        QCOMPARE(countColour(render(doc.get(), layout), before.toAlignedRect(), red), 0);

        PlaceHighlighter highlighter(doc.get());
        highlighter.rehighlight(); // at once, not on the next event loop turn
        QVERIFY(layout->isLayoutComplete());
        QCOMPARE(layout->documentSize(), size); // recolouring keeps every height
        QCOMPARE(layout->blockBoundingRect(oslo), before);
        const QImage image = render(doc.get(), layout);
        QVERIFY(countColour(image, before.toAlignedRect(), red) > 20);
        QVERIFY(countColour(image, layout->blockBoundingRect(cellBlock(*doc, core, 1, 1)).toAlignedRect(), red) > 20);
        // Nothing red outside the two highlighted cells.
        const QRectF bergen = layout->blockBoundingRect(cellBlock(*doc, core, 1, 1));
        QCOMPARE(countColour(image, image.rect(), red),
                 countColour(image, before.toAlignedRect(), red) + countColour(image, bergen.toAlignedRect(), red));
    }

    void headerRow_isBoldAndShaded()
    {
        const core::Document core = harbourDocument();
        auto doc = buildDocument(core);
        ArticleLayout *layout = installLayout(doc.get(), 620);
        const QTextBlock header = cellBlock(*doc, core, 0, 0);
        QVERIFY(header.charFormat().fontWeight() >= QFont::Bold);
        QVERIFY(cellBlock(*doc, core, 1, 0).charFormat().fontWeight() < QFont::Bold);
        // Shaded: the header's padding is not the page's white, a body row's is.
        const QImage image = render(doc.get(), layout);
        const QRectF headerText = layout->blockBoundingRect(header);
        const QRectF bodyText = layout->blockBoundingRect(cellBlock(*doc, core, 1, 0));
        QVERIFY(image.pixel(QPointF(headerText.left() - 2, headerText.top() + 2).toPoint()) != qRgb(255, 255, 255));
        QCOMPARE(image.pixel(QPointF(bodyText.left() - 2, bodyText.top() + 2).toPoint()), qRgb(255, 255, 255));
    }

    void numbersColumn_isSetFlushRight()
    {
        const core::Document core = harbourDocument();
        auto doc = buildDocument(core);
        QVERIFY(cellBlock(*doc, core, 2, 3).blockFormat().alignment() & Qt::AlignRight);
        QVERIFY(cellBlock(*doc, core, 0, 3).blockFormat().alignment() & Qt::AlignRight);    // its header too
        QVERIFY(!(cellBlock(*doc, core, 2, 2).blockFormat().alignment() & Qt::AlignRight)); // dates are words
    }

    void caption_isSmallerItalicAndCloseToItsTable()
    {
        const core::Document core = harbourDocument();
        auto doc = buildDocument(core);
        ArticleLayout *layout = installLayout(doc.get(), 620);
        const QTextBlock caption = doc->findBlockByNumber(17);
        QCOMPARE(caption.text(), QStringLiteral("Table 1. Skippers and their home ports."));
        QVERIFY(caption.charFormat().fontItalic());
        QVERIFY(caption.charFormat().intProperty(QTextFormat::FontSizeAdjustment) < 0);
        qreal tableBottom = 0; // the last row's tallest text
        for (int c = 0; c < 4; ++c)
            tableBottom = std::max(tableBottom, layout->blockBoundingRect(cellBlock(*doc, core, 3, c)).bottom());
        const QRectF captionRect = layout->blockBoundingRect(caption);
        const QRectF next = layout->blockBoundingRect(caption.next());
        QVERIFY(captionRect.top() > tableBottom);
        QVERIFY(captionRect.top() - tableBottom < next.top() - captionRect.bottom());
    }

    void copy_joinsARowsCellsWithTabs()
    {
        const core::Document core = harbourDocument();
        auto doc = buildDocument(core);
        QTextCursor cursor(doc.get());
        const QTextBlock from = cellBlock(*doc, core, 0, 2);
        const QTextBlock to = cellBlock(*doc, core, 1, 1);
        cursor.setPosition(from.position());
        cursor.setPosition(to.position() + to.length() - 1, QTextCursor::KeepAnchor);
        QCOMPARE(ui::selectionPlainText(cursor), QStringLiteral("Joined\tCrew\nAmara Okafor\tBergen"));
        // From the paragraph before into the table: a line break between them.
        cursor.setPosition(doc->begin().position() + doc->begin().length() - 8);
        cursor.setPosition(cellBlock(*doc, core, 0, 1).position() + 4, QTextCursor::KeepAnchor);
        QCOMPARE(ui::selectionPlainText(cursor), QStringLiteral("Monday.\nSkipper\tHome"));
    }

    void emptyCellsAndRaggedRows_layOutWithoutGaps()
    {
        DocBuilder b;
        b.table({{u"Port", u"", u"Note"}, {u"", u"Kirkwall"}, {u"Lerwick", u"", u""}});
        auto doc = buildDocument(b.doc);
        ArticleLayout *layout = installLayout(doc.get(), 500);
        QVERIFY(layout->isLayoutComplete());
        const QRectF first = layout->blockBoundingRect(doc->begin());
        const QRectF last = layout->blockBoundingRect(doc->lastBlock());
        QVERIFY(last.top() > first.bottom());
        QVERIFY(layout->documentSize().height() > last.bottom());
        // A point right of the short row's last cell lands in that row.
        const int hit = layout->hitTest(QPointF(480, layout->blockBoundingRect(doc->findBlockByNumber(4)).center().y()),
                                        Qt::FuzzyHit);
        QCOMPARE(doc->findBlock(hit).blockNumber(), 4);
    }
};

QTEST_MAIN(TestArticleTables)
#include "tst_articletables.moc"

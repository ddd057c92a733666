// ArticleLayout: the document layout of the article view, built for books as well as articles.
//
// Why not QTextDocumentLayout: in Qt 6.4 it lays out the root frame in one coordinate space of
// QFixed page height (INT_MAX / 256 px, about 8.4 million px); a text taller than that (a 20 MB
// book in a narrow window) makes its lazy layout loop for ever inside layoutBlock. It also lays
// a block out again whenever a highlighter recolours it.
//
// This layout handles what ArticleDocumentBuilder produces: a flat run of blocks in the root
// frame (no QTextTable, no floats) with block margins, indents, proportional line heights, list
// markers, block backgrounds and non-wrapping preformatted blocks. A table is a run of cell blocks
// laid out as one grid by ArticleTableLayout (see there). Block tops are doubles, so any length
// fits. It is virtualised:
//   - every block starts with an estimated height, worked out when first asked for (showing a book
//     sets its layout, font and width one after the other: one pass over its blocks, not one each);
//     blocks that are painted, hit-tested or asked for are laid out at once, and a background pass
//     lays out the rest in short slices;
//   - when heights are corrected it emits heightsCorrected(), so the view can keep the same text
//     in place;
//   - a change that only recolours measured blocks (colour, background, underline: the formats a
//     highlighter sets) keeps their heights; the lines are made again only when painted or hit,
//     so highlighting a whole book costs no layout beyond what the reader sees.
// This class keeps the heights and decides what is laid out when; ArticleBlockStatics measures the blocks
// once, ArticleBlockLines breaks a block into lines and ArticleBlockPainter paints it.
#pragma once

#include "reader/ArticleBlockStatics.h"
#include "reader/ArticleTableLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QBasicTimer>
#include <QFont>
#include <QTextBlock>

#include <vector>

namespace lede::ui {

class ArticleLayout final : public QAbstractTextDocumentLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleLayout)

public:
    // A block property: the number an ordered list item shows, when the source says (a Markdown
    // list may start at 7). Without it the item shows its place in its QTextList.
    static constexpr int ListItemNumberProperty = QTextFormat::UserProperty + 1;
    // Block properties of a table cell: its table's number in the document, its row and column
    // (0-based) and whether it is a header cell. A table's cells are consecutive blocks, row by row.
    static constexpr int TableProperty = QTextFormat::UserProperty + 2;
    static constexpr int TableRowProperty = QTextFormat::UserProperty + 3;
    static constexpr int TableColumnProperty = QTextFormat::UserProperty + 4;
    static constexpr int TableHeaderProperty = QTextFormat::UserProperty + 5;

    // What the layout reads once from every block (for estimates and margins).
    using BlockStatics = ArticleBlockStatics::Block;
    // Works the block statics out for a document not shown yet, in the thread that owns it (the
    // loader's), and keeps them with it; the layout installed later takes them instead of walking a
    // book's hundreds of thousands of blocks on the UI thread.
    static void prepare(QTextDocument *doc) { ArticleBlockStatics::prepare(doc); }

    explicit ArticleLayout(QTextDocument *doc);
    ~ArticleLayout() override;

    void draw(QPainter *painter, const PaintContext &context) override;
    int hitTest(const QPointF &point, Qt::HitTestAccuracy accuracy) const override;
    int pageCount() const override { return 1; }
    QSizeF documentSize() const override;
    QRectF frameBoundingRect(QTextFrame *frame) const override;
    QRectF blockBoundingRect(const QTextBlock &block) const override;

    // True once every block has been laid out at the current width (no estimates left).
    bool isLayoutComplete() const { return m_unlaidCount == 0; }
    int blockCountLaidOut() const { return static_cast<int>(m_blocks.size()) - m_unlaidCount; }
    // Lays out every block now; for printing-like callers and tests. Blocks the calling thread.
    void layoutAll();
    // Where blocks are, from the current heights (estimated or measured), without laying out.
    int blockNumberAt(qreal y) const;
    qreal blockSpacingTop(int blockNumber) const; // top of the space above the block

Q_SIGNALS:
    // Block heights changed (estimates replaced by measurements, or all estimated again): a view
    // keeps its place by scrolling back to the block it showed at its top (blockSpacingTop()).
    void heightsCorrected();
    // The background pass has laid out every block.
    void layoutCompleted();

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;
    void timerEvent(QTimerEvent *event) override;

private:
    using BlockGeometry = BlockStatics; // with the layout's state of the block (height, exact)

    // What a layout is made from besides the blocks' own formats: a whole-document change that leaves
    // all of it as it was (QTextEdit sets the same page width again when it takes the document) needs
    // nothing done.
    struct Inputs
    {
        double pageWidth = -1;
        QFont font;
        double documentMargin = 0;
        double indentWidth = 0;
        int wrapMode = 0;
        int alignment = 0;
        int optionFlags = 0;
        double tabStopDistance = 0;
        bool designMetrics = false;
        int revision = -1;
        int characterCount = -1;
        bool operator==(const Inputs &) const = default;
    };
    Inputs currentInputs() const;

    void collectBlocks();
    void forgetLayout();
    void ensureEstimates() const;
    void reestimate();
    // Lays `block` (number `index`) out if it is not; returns true when its height changed.
    bool ensureLaidOut(const QTextBlock &block, int index) const;
    void layoutBlock(const QTextBlock &block, BlockGeometry &g) const;
    // Table cells (ArticleLayoutTables.cpp): a grid is laid out when its last cell is.
    bool ensureCellLaidOut(const QTextBlock &cell, int index) const;
    void layoutCell(const QTextBlock &cell, BlockGeometry &g) const;
    void collectTables();
    double contentHeight(int index) const; // a block's height; a cell's is its whole grid's
    QPointF tableOrigin(int grid) const;
    int hitTableCell(int index, const QPointF &point) const;
    void drawTable(QPainter *painter, const PaintContext &context, int grid) const;
    void setHeight(int index, double height) const;
    double blockTop(int index) const;          // top of the block's content
    int blockIndexAt(double y) const;          // the block whose spacing+content covers y
    void ensureTops(int upTo) const;
    double availableWidth(const QTextBlock &block) const;
    void positionLayout(const QTextBlock &block, int index) const;
    void scheduleBackgroundPass();
    void runBackgroundSlice();
    void emitSizeChangedLater() const;
    void drawBlock(QPainter *painter, const PaintContext &context, const QTextBlock &block, int index) const;

    // Mutable: laying out on demand from const queries (hitTest, blockBoundingRect) is the point.
    mutable std::vector<BlockGeometry> m_blocks;
    mutable ArticleTableLayout m_tables;
    mutable std::vector<double> m_tops; // m_tops[i] = top of block i's spacing; valid below m_topsValid
    mutable int m_topsValid = 0;
    mutable double m_totalHeight = 0; // spacing + height of all blocks, plus the tail margin
    mutable int m_unlaidCount = 0;
    mutable double m_maxContentWidth = 0;
    mutable bool m_sizeChangePending = false;
    mutable bool m_estimatesStale = true; // the heights wait for reestimate() (forgetLayout())
    Inputs m_inputs;                      // what the current estimates and layouts were made from
    double m_pageWidth = 0;
    float m_firstTopMargin = 0;
    int m_nextUnlaid = 0; // where the background pass resumes
    QBasicTimer m_backgroundTimer;
};

} // namespace lede::ui

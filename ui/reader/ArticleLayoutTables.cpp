// ArticleLayout's table cells: how the flat run of blocks hands a grid to ArticleTableLayout.
//
// A grid's cells share its top; its height is its last cell's, and the other cells have none (they
// count as laid out from the start). So the last cell is the grid for the block tops, the estimates
// and the background pass, and the grid is laid out, painted and hit-tested as one unit.
#include "reader/ArticleLayout.h"

#include <QPainter>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace lede::ui {

namespace {
constexpr double kUnboundedCellWidth = 1.0e6; // before the view has set a width: nothing wraps
}

void ArticleLayout::collectTables()
{
    m_tables.clear();
    for (std::size_t i = 0; i < m_blocks.size(); ++i)
        if (m_blocks[i].table >= 0)
            m_tables.addCell(static_cast<int>(i), m_blocks[i].table, m_blocks[i].tableRow);
}

bool ArticleLayout::ensureCellLaidOut(const QTextBlock &cell, int index) const
{
    const int grid = m_tables.gridAt(index);
    if (grid < 0)
        return false;
    const int last = m_tables.lastBlock(grid);
    BlockGeometry &g = m_blocks[static_cast<std::size_t>(last)];
    bool changed = false;
    if (!g.exact || !m_tables.isLaidOut(grid)) {
        const bool wasExact = g.exact;
        const double old = g.height;
        layoutBlock(last == index ? cell : document()->findBlockByNumber(last), g);
        if (!wasExact)
            --m_unlaidCount;
        if (g.height != old) {
            setHeight(last, old);
            changed = true;
        }
    }
    m_tables.restoreLines(cell, index); // a highlighter's new colours dropped them
    return changed;
}

void ArticleLayout::layoutCell(const QTextBlock &cell, BlockGeometry &g) const
{
    g.exact = true;
    g.metricFormats = false;
    const int index = cell.blockNumber();
    const int grid = m_tables.gridAt(index);
    if (grid < 0 || index != m_tables.lastBlock(grid)) {
        // No height of its own. Asked again after its fonts changed: the grid is laid out anew when
        // it is next needed, and the height it gets then is corrected like any estimate.
        g.height = 0;
        if (grid >= 0)
            m_tables.invalidate(grid);
        return;
    }
    const double margin = document()->documentMargin();
    const double width = m_pageWidth > 0 ? std::max(1.0, m_pageWidth - 2 * margin) : kUnboundedCellWidth;
    g.height = m_tables.layout(grid, document(), width);
    m_maxContentWidth = std::max(m_maxContentWidth, 2 * margin + m_tables.width(grid));
}

double ArticleLayout::contentHeight(int index) const
{
    const BlockGeometry &g = m_blocks[static_cast<std::size_t>(index)];
    if (g.table < 0)
        return g.height;
    const int grid = m_tables.gridAt(index);
    return grid < 0 ? g.height : m_blocks[static_cast<std::size_t>(m_tables.lastBlock(grid))].height;
}

QPointF ArticleLayout::tableOrigin(int grid) const
{
    return {document()->documentMargin(), blockTop(m_tables.lastBlock(grid))};
}

int ArticleLayout::hitTableCell(int index, const QPointF &point) const
{
    const int grid = m_tables.gridAt(index);
    if (grid < 0)
        return index;
    const int last = m_tables.lastBlock(grid);
    if (ensureCellLaidOut(document()->findBlockByNumber(last), last))
        emitSizeChangedLater();
    return m_tables.cellAt(grid, point - tableOrigin(grid));
}

void ArticleLayout::drawTable(QPainter *painter, const PaintContext &context, int grid) const
{
    const QPointF origin = tableOrigin(grid);
    const QRectF clip = context.clip.isValid() ? context.clip : QRectF(QPointF(0, 0), documentSize());
    m_tables.drawGrid(grid, painter, origin, clip);
    const int last = m_tables.lastBlock(grid);
    int index = m_tables.firstBlock(grid);
    for (QTextBlock cell = document()->findBlockByNumber(index); cell.isValid() && index <= last;
         cell = cell.next(), ++index) {
        if (!m_tables.cellVisible(index, origin, clip))
            continue;
        m_tables.restoreLines(cell, index);
        drawBlock(painter, context, cell, index);
    }
}

} // namespace lede::ui

// ArticleTableLayout: column widths, cell lines, cell positions and grid painting (see the header).
#include "reader/ArticleTableLayout.h"

#include "reader/ArticleLayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace lede::ui {

namespace {

constexpr double kRule = 1.0; // the width of a rule between cells, in pixels
// Column widths come from the first rows only: a table of thousands of rows needs no more to
// find its proportions, and its later rows simply wrap.
constexpr int kMeasuredRows = 400;
// A word wider than this many ems (a URL, a long identifier) does not widen its column further;
// it breaks inside its cell instead.
constexpr double kWidestWordEm = 12.0;
// The narrowest a column's text gets, in ems, before the grid overflows the column instead.
constexpr double kNarrowestColumnEm = 1.6;

// Translucent greys read on light and dark palettes alike (as the code blocks' panel does).
const QColor kRuleColour(128, 128, 128, 110);
const QColor kHeaderBackground(128, 128, 128, 48);
const QColor kStripeBackground(128, 128, 128, 16);

// The index of the interval of `edges` (ascending rule positions) that holds `v`, clamped.
int intervalAt(const std::vector<double> &edges, double v)
{
    const auto it = std::upper_bound(edges.begin(), edges.end(), v);
    return std::clamp(static_cast<int>(it - edges.begin()) - 1, 0, std::max(0, static_cast<int>(edges.size()) - 2));
}

} // namespace

void ArticleTableLayout::clear()
{
    m_grids.clear();
}

void ArticleTableLayout::addCell(int index, int table, int row)
{
    if (m_grids.empty() || m_grids.back().table != table || m_grids.back().last != index - 1) {
        Grid grid;
        grid.table = table;
        grid.first = index;
        m_grids.push_back(std::move(grid));
    }
    Grid &grid = m_grids.back();
    grid.last = index;
    grid.estimatedRows = std::max(grid.estimatedRows, row + 1);
}

int ArticleTableLayout::gridAt(int blockIndex) const
{
    const auto it = std::upper_bound(m_grids.begin(), m_grids.end(), blockIndex,
                                     [](int index, const Grid &g) { return index < g.first; });
    if (it == m_grids.begin())
        return -1;
    const auto grid = static_cast<int>(it - m_grids.begin()) - 1;
    return blockIndex <= m_grids[static_cast<std::size_t>(grid)].last ? grid : -1;
}

const ArticleTableLayout::Grid *ArticleTableLayout::gridOf(int blockIndex) const
{
    const int grid = gridAt(blockIndex);
    return grid < 0 ? nullptr : &m_grids[static_cast<std::size_t>(grid)];
}

double ArticleTableLayout::estimatedHeight(int grid, double lineAdvance) const
{
    const Grid &g = m_grids[static_cast<std::size_t>(grid)];
    // Cells are set at a tighter line height than body text, with padding and a rule.
    return g.estimatedRows * (lineAdvance * 1.7 + kRule) + kRule;
}

void ArticleTableLayout::invalidate()
{
    for (Grid &g : m_grids)
        g.laidOut = false;
}

void ArticleTableLayout::invalidate(int grid)
{
    m_grids[static_cast<std::size_t>(grid)].laidOut = false;
}

double ArticleTableLayout::layoutLines(const QTextBlock &block, double width)
{
    QTextLayout *layout = block.layout();
    const QTextBlockFormat format = block.blockFormat();
    QTextOption option = block.document()->defaultTextOption();
    option.setTextDirection(block.textDirection());
    option.setAlignment(format.hasProperty(QTextFormat::BlockAlignment) ? format.alignment() : Qt::AlignLeading);
    // A word wider than its cell (a long URL) breaks rather than running over the next cell.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    double y = 0;
    double bottom = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLeadingIncluded(true);
        line.setLineWidth(std::max(1.0, width));
        line.setPosition(QPointF(0, y));
        bottom = std::max(bottom, y + line.height());
        y += format.lineHeight(std::ceil(line.ascent() + line.descent() + line.leading()), 1.0);
    }
    layout->endLayout();
    return std::max(y, bottom);
}

void ArticleTableLayout::measure(const QTextBlock &block, double &minWidth, double &maxWidth)
{
    QTextLayout *layout = block.layout();
    QTextOption option = block.document()->defaultTextOption();
    option.setTextDirection(block.textDirection());
    // Unwrapped: the widest line between the cell's own line breaks.
    option.setWrapMode(QTextOption::ManualWrap);
    layout->setTextOption(option);
    maxWidth = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(1.0e6);
        maxWidth = std::max(maxWidth, line.naturalTextWidth());
    }
    layout->endLayout();
    // Wrapped as narrow as it goes: one word per line, so the widest line is the widest word.
    option.setWrapMode(QTextOption::WordWrap);
    layout->setTextOption(option);
    minWidth = 0;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(0);
        minWidth = std::max(minWidth, line.naturalTextWidth());
    }
    layout->endLayout();
}

// Browsers' automatic table layout: every column gets its widest word; what is left of the width is
// shared in proportion to how much more each column would take unwrapped.
std::vector<double> ArticleTableLayout::columnWidths(const std::vector<double> &minima,
                                                     const std::vector<double> &maxima, double available, double floor)
{
    const std::size_t n = minima.size();
    std::vector<double> lo(n);
    std::vector<double> hi(n);
    double sumLo = 0;
    double sumHi = 0;
    for (std::size_t c = 0; c < n; ++c) {
        lo[c] = std::max(std::ceil(minima[c]), floor);
        hi[c] = std::max(std::ceil(maxima[c]), lo[c]);
        sumLo += lo[c];
        sumHi += hi[c];
    }
    if (sumHi <= available)
        return hi;
    std::vector<double> out(n);
    if (sumLo >= available) {
        // Too narrow even for the widest words: shrink them alike (words then break inside cells),
        // never below the floor.
        const double scale = available / sumLo;
        for (std::size_t c = 0; c < n; ++c)
            out[c] = std::max(floor, std::floor(lo[c] * scale));
        return out;
    }
    // Short columns (names, dates, figures) whose whole text fits a fair share of the width keep it
    // unwrapped; the long ones share the rest. Otherwise a column of sentences would squeeze names
    // onto two lines for a few pixels.
    std::vector<bool> settled(n, false);
    double left = available;
    double sumLoLeft = sumLo;
    for (bool changed = true; changed;) {
        changed = false;
        std::size_t open = 0;
        for (std::size_t c = 0; c < n; ++c)
            open += settled[c] ? 0 : 1;
        if (open == 0)
            break;
        const double fair = left / static_cast<double>(open);
        for (std::size_t c = 0; c < n; ++c) {
            // Only while the other columns still get their widest words.
            if (!settled[c] && hi[c] <= fair && left - hi[c] >= sumLoLeft - lo[c]) {
                settled[c] = true;
                out[c] = hi[c];
                left -= hi[c];
                sumLoLeft -= lo[c];
                changed = true;
            }
        }
    }
    double restLo = 0;
    double restHi = 0;
    for (std::size_t c = 0; c < n; ++c) {
        if (!settled[c]) {
            restLo += lo[c];
            restHi += hi[c];
        }
    }
    const double share = restHi > restLo ? std::clamp((left - restLo) / (restHi - restLo), 0.0, 1.0) : 0.0;
    for (std::size_t c = 0; c < n; ++c)
        if (!settled[c])
            out[c] = std::floor(lo[c] + (hi[c] - lo[c]) * share);
    return out;
}

double ArticleTableLayout::layout(int grid, const QTextDocument *doc, double width)
{
    Grid &g = m_grids[static_cast<std::size_t>(grid)];
    const int count = g.last - g.first + 1;
    const double em = QFontMetricsF(doc->defaultFont()).height();
    g.padX = std::round(em * 0.45);
    g.padY = std::round(em * 0.28);

    std::vector<QTextBlock> blocks;
    blocks.reserve(static_cast<std::size_t>(count));
    g.cells.assign(static_cast<std::size_t>(count), Cell{});
    int rows = 0;
    int columns = 0;
    QTextBlock block = doc->findBlockByNumber(g.first);
    for (int i = 0; i < count; ++i, block = block.next()) {
        blocks.push_back(block);
        Cell &c = g.cells[static_cast<std::size_t>(i)];
        const QTextBlockFormat f = block.blockFormat();
        // Clamped: a cell cannot start a row or column beyond the number of cells.
        c.row = std::clamp(f.intProperty(ArticleLayout::TableRowProperty), 0, count - 1);
        c.column = std::clamp(f.intProperty(ArticleLayout::TableColumnProperty), 0, count - 1);
        c.header = f.boolProperty(ArticleLayout::TableHeaderProperty);
        rows = std::max(rows, c.row + 1);
        columns = std::max(columns, c.column + 1);
    }

    std::vector<double> minima(static_cast<std::size_t>(columns), 0.0);
    std::vector<double> maxima(static_cast<std::size_t>(columns), 0.0);
    for (int i = 0; i < count; ++i) {
        const Cell &c = g.cells[static_cast<std::size_t>(i)];
        if (c.row >= kMeasuredRows || !blocks[static_cast<std::size_t>(i)].isValid())
            continue;
        double lo = 0;
        double hi = 0;
        measure(blocks[static_cast<std::size_t>(i)], lo, hi);
        auto &minimum = minima[static_cast<std::size_t>(c.column)];
        auto &maximum = maxima[static_cast<std::size_t>(c.column)];
        minimum = std::max(minimum, std::min(lo, kWidestWordEm * em));
        maximum = std::max(maximum, hi);
    }
    const double chrome = (columns + 1) * kRule + columns * 2 * g.padX;
    const std::vector<double> widths =
        columnWidths(minima, maxima, std::max(0.0, width - chrome), std::round(kNarrowestColumnEm * em));
    g.columnX.assign(static_cast<std::size_t>(columns) + 1, 0.0);
    for (std::size_t c = 0; c < widths.size(); ++c)
        g.columnX[c + 1] = g.columnX[c] + kRule + 2 * g.padX + widths[c];

    std::vector<double> rowHeights(static_cast<std::size_t>(rows), 0.0);
    std::vector<int> headerCells(static_cast<std::size_t>(rows), 0);
    std::vector<int> cellsInRow(static_cast<std::size_t>(rows), 0);
    for (int i = 0; i < count; ++i) {
        Cell &c = g.cells[static_cast<std::size_t>(i)];
        const auto col = static_cast<std::size_t>(c.column);
        const auto row = static_cast<std::size_t>(c.row);
        c.textHeight = blocks[static_cast<std::size_t>(i)].isValid()
            ? layoutLines(blocks[static_cast<std::size_t>(i)], widths[col])
            : 0.0;
        rowHeights[row] = std::max(rowHeights[row], c.textHeight);
        ++cellsInRow[row];
        headerCells[row] += c.header ? 1 : 0;
    }
    g.rowY.assign(static_cast<std::size_t>(rows) + 1, 0.0);
    g.headerRows.assign(static_cast<std::size_t>(rows), false);
    for (std::size_t r = 0; r < rowHeights.size(); ++r) {
        g.rowY[r + 1] = g.rowY[r] + kRule + 2 * g.padY + std::max(rowHeights[r], em * 0.5);
        g.headerRows[r] = cellsInRow[r] > 0 && headerCells[r] == cellsInRow[r];
    }
    g.laidOut = true;
    return height(grid);
}

double ArticleTableLayout::width(int grid) const
{
    const Grid &g = m_grids[static_cast<std::size_t>(grid)];
    return g.columnX.empty() ? 0.0 : g.columnX.back() + kRule;
}

double ArticleTableLayout::height(int grid) const
{
    const Grid &g = m_grids[static_cast<std::size_t>(grid)];
    return g.rowY.empty() ? 0.0 : g.rowY.back() + kRule;
}

QRectF ArticleTableLayout::cellTextRect(int blockIndex) const
{
    const Grid *g = gridOf(blockIndex);
    if (!g || !g->laidOut)
        return {};
    const Cell &c = g->cells[static_cast<std::size_t>(blockIndex - g->first)];
    const auto col = static_cast<std::size_t>(c.column);
    const double x = g->columnX[col] + kRule + g->padX;
    const double y = g->rowY[static_cast<std::size_t>(c.row)] + kRule + g->padY;
    return {x, y, g->columnX[col + 1] - g->padX - x, c.textHeight};
}

int ArticleTableLayout::cellAt(int grid, const QPointF &point) const
{
    const Grid &g = m_grids[static_cast<std::size_t>(grid)];
    if (!g.laidOut || g.cells.empty())
        return g.first;
    const int row = intervalAt(g.rowY, point.y());
    const int column = intervalAt(g.columnX, point.x());
    // Cells are in row-major order: the row's cells are one run; a short row's nearest cell is its last.
    int best = -1;
    int bestDistance = 0;
    for (std::size_t i = 0; i < g.cells.size(); ++i) {
        const Cell &c = g.cells[i];
        if (c.row != row)
            continue;
        const int distance = std::abs(c.column - column);
        if (best < 0 || distance < bestDistance) {
            best = static_cast<int>(i);
            bestDistance = distance;
        }
    }
    if (best < 0) { // a row without cells (malformed): the last cell above it
        for (std::size_t i = 0; i < g.cells.size(); ++i)
            if (g.cells[i].row <= row)
                best = static_cast<int>(i);
    }
    return g.first + std::max(best, 0);
}

void ArticleTableLayout::restoreLines(const QTextBlock &cell, int blockIndex) const
{
    const Grid *g = gridOf(blockIndex);
    if (!g || !g->laidOut || cell.layout()->lineCount() > 0)
        return;
    layoutLines(cell, cellTextRect(blockIndex).width());
}

bool ArticleTableLayout::cellVisible(int blockIndex, const QPointF &origin, const QRectF &clip) const
{
    const Grid *g = gridOf(blockIndex);
    if (!g || !g->laidOut)
        return false;
    const Cell &c = g->cells[static_cast<std::size_t>(blockIndex - g->first)];
    const auto row = static_cast<std::size_t>(c.row);
    return origin.y() + g->rowY[row] <= clip.bottom() && origin.y() + g->rowY[row + 1] + kRule >= clip.top();
}

void ArticleTableLayout::drawGrid(int grid, QPainter *painter, const QPointF &origin, const QRectF &clip) const
{
    const Grid &g = m_grids[static_cast<std::size_t>(grid)];
    if (!g.laidOut || g.rowY.size() < 2)
        return;
    const int firstRow = intervalAt(g.rowY, clip.top() - origin.y());
    const int lastRow = intervalAt(g.rowY, clip.bottom() - origin.y());
    const double left = origin.x();
    const double right = origin.x() + width(grid) - kRule;
    const auto firstBody =
        static_cast<int>(std::find(g.headerRows.begin(), g.headerRows.end(), false) - g.headerRows.begin());

    // Backgrounds: header rows, then every other body row, then header cells in body rows (a
    // header column).
    for (int r = firstRow; r <= lastRow; ++r) {
        const auto row = static_cast<std::size_t>(r);
        const QRectF band(left, origin.y() + g.rowY[row], right - left, g.rowY[row + 1] - g.rowY[row]);
        if (g.headerRows[row])
            painter->fillRect(band, kHeaderBackground);
        else if (r > firstBody && (r - firstBody) % 2 == 1)
            painter->fillRect(band, kStripeBackground);
    }
    for (const Cell &c : g.cells) {
        const auto row = static_cast<std::size_t>(c.row);
        if (!c.header || g.headerRows[row] || c.row < firstRow || c.row > lastRow)
            continue;
        const auto col = static_cast<std::size_t>(c.column);
        painter->fillRect(QRectF(left + g.columnX[col], origin.y() + g.rowY[row], g.columnX[col + 1] - g.columnX[col],
                                 g.rowY[row + 1] - g.rowY[row]),
                          kHeaderBackground);
    }

    // Rules: whole-pixel rectangles stay crisp where lines would blur across two pixels.
    const double top = origin.y() + g.rowY[static_cast<std::size_t>(firstRow)];
    const double bottom = origin.y() + g.rowY[static_cast<std::size_t>(lastRow) + 1] + kRule;
    for (int r = firstRow; r <= lastRow + 1; ++r)
        painter->fillRect(QRectF(left, origin.y() + g.rowY[static_cast<std::size_t>(r)], right - left + kRule, kRule),
                          kRuleColour);
    for (const double x : g.columnX)
        painter->fillRect(QRectF(left + x, top, kRule, bottom - top), kRuleColour);
}

} // namespace lede::ui

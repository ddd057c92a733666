// ArticleTableLayout: the tables of the article view, each laid out as one grid.
//
// ArticleDocumentBuilder makes every table cell a QTextBlock of its own, with block properties for
// its table, row, column and header flag (ArticleLayout::Table*Property), consecutive in row-major
// order. ArticleLayout keeps them in its flat run of blocks: a grid's cells share one top, and the
// grid's whole height is carried by its last cell, so the block tops, estimates and the background
// pass work unchanged. This class does the rest: column widths from the cells' content within the
// column width (the widest word and the unwrapped text of each column, as browsers do), each cell's
// lines, where each cell sits in the grid, which cell a point is in, and the grid's backgrounds and
// rules. A cell's own QTextLayout holds its lines, so highlights (character formats), selections,
// hit-testing and the cursor work inside a cell as in any block.
#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

class QPainter;
class QTextBlock;
class QTextDocument;

namespace lede::ui {

class ArticleTableLayout final
{
public:
    // Forgets every grid (the document's blocks changed).
    void clear();
    // Records block `index` as a cell of document table `table` in `row`. Cells come in block order;
    // consecutive cells of one table form one grid.
    void addCell(int index, int table, int row);
    bool isEmpty() const { return m_grids.empty(); }

    // The grid block `index` belongs to, or -1 when it is no table cell.
    int gridAt(int blockIndex) const;
    int firstBlock(int grid) const { return m_grids[static_cast<std::size_t>(grid)].first; }
    int lastBlock(int grid) const { return m_grids[static_cast<std::size_t>(grid)].last; }

    // The height a grid is given before it is laid out: `lineAdvance` per row plus the cell padding.
    double estimatedHeight(int grid, double lineAdvance) const;

    // Forgets every grid's layout (width, font or zoom changed), or one grid's (a cell's fonts changed).
    void invalidate();
    void invalidate(int grid);
    bool isLaidOut(int grid) const { return m_grids[static_cast<std::size_t>(grid)].laidOut; }

    // Lays out every cell of `grid` to fit `width` pixels; returns the grid's height. The grid is only
    // wider than `width` when its columns could not be narrower (many columns in a narrow window).
    double layout(int grid, const QTextDocument *doc, double width);
    double width(int grid) const;
    double height(int grid) const;

    // A laid-out cell's text origin and text box, relative to its grid's top left.
    QRectF cellTextRect(int blockIndex) const;
    // The cell block under `point` (relative to the grid's top left), or the nearest cell.
    int cellAt(int grid, const QPointF &point) const;
    // Lays a cell's lines out again at its width when they were dropped (a highlighter's new
    // colours); the line breaks are the same, so the grid stays as it was.
    void restoreLines(const QTextBlock &cell, int blockIndex) const;

    // Header backgrounds, alternate row shading and the rules, for the part of `grid` inside `clip`
    // (document coordinates); `origin` is the grid's top left. The cells' text is drawn as blocks.
    void drawGrid(int grid, QPainter *painter, const QPointF &origin, const QRectF &clip) const;
    // Whether a cell's box (document coordinates, given its grid's `origin`) meets `clip`.
    bool cellVisible(int blockIndex, const QPointF &origin, const QRectF &clip) const;

private:
    struct Cell
    {
        int row = 0;
        int column = 0;
        bool header = false;
        double textHeight = 0;
    };
    struct Grid
    {
        int table = -1;
        int first = 0;
        int last = 0;
        int estimatedRows = 1; // from the statics, before layout
        bool laidOut = false;
        double padX = 0;
        double padY = 0;
        std::vector<Cell> cells;      // one per block first..last
        std::vector<double> columnX;  // the left edge of each column's rule, and of the closing rule
        std::vector<double> rowY;     // the top edge of each row's rule, and of the closing rule
        std::vector<bool> headerRows; // rows whose every cell is a header
    };

    const Grid *gridOf(int blockIndex) const;
    static double layoutLines(const QTextBlock &block, double width);
    static void measure(const QTextBlock &block, double &minWidth, double &maxWidth);
    static std::vector<double> columnWidths(const std::vector<double> &minima, const std::vector<double> &maxima,
                                            double available, double floor);

    std::vector<Grid> m_grids; // in block order
};

} // namespace lede::ui

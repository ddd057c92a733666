// ArticleBlockStatics: what ArticleLayout reads once from every block of the article — collapsed margins,
// length, line-height rule, preformatted lines, table cell — for its estimates. A book has hundreds of
// thousands of blocks, so the walk is done where the document is built, on the loader's thread (prepare()),
// and carried with the document to the layout; the UI thread measures only a text changed after that.
#pragma once

#include <QtGlobal>

#include <vector>

class QTextBlock;
class QTextBlockFormat;
class QTextDocument;

namespace lede::ui {

class ArticleBlockStatics final
{
public:
    struct Block
    {
        float spacingBefore = 0;   // collapsed margin above the block (the first: its top margin)
        float bottomMargin = 0;    // the block format's, to collapse with the next block
        float sideMargins = 0;     // left (with list indent) plus right margin
        float lineHeightValue = 0; // the block format's line height rule
        int length = 0;            // characters
        int manualLines = 0;       // lines of a non-wrapping block; 0 when it wraps
        int table = -1;            // table cells: ArticleLayout::TableProperty; else -1
        int tableRow = 0;          // table cells: ArticleLayout::TableRowProperty
        quint8 lineHeightType = 0;
        bool heading = false;
        bool visible = true;
        // ArticleLayout's state for the block, kept here so that the layout takes over the vector measured on
        // the loader's thread as it is: copying a book's blocks into a new one cost the UI thread about 10 ms.
        bool exact = false;         // height measured at the current width (lines may since be dropped)
        bool metricFormats = false; // laid out with additional formats that change text metrics
        double height = 0;          // content height: estimated until exact
    };

    // Measures `doc` in the thread that owns it and keeps the result with it, for take().
    static void prepare(QTextDocument *doc);
    // The statics of every block of `doc`: prepare()'s when they still match its blocks (used once), else
    // measured now.
    static std::vector<Block> take(QTextDocument *doc);
    // The one walk over the blocks.
    static std::vector<Block> measure(const QTextDocument *doc);
    // A block's content height before it is laid out: its lines at `pageWidth` (0 while the view has not set
    // one: a single line) in a font of `charWidth` and `lineHeight`, after its line-height rule. Only near: the
    // real layout corrects it.
    static double estimatedHeight(const Block &g, double pageWidth, double documentMargin, double charWidth,
                                  double lineHeight);
    // Where a block's content starts: its indent (with its list's) and left margin.
    static double contentLeft(const QTextDocument *doc, const QTextBlock &block, const QTextBlockFormat &format);
};

} // namespace lede::ui

// ArticleBlockLines: breaks one ordinary (non-table) block of the article into lines, as QTextDocumentLayout
// would — alignment mirrored for right-to-left text, first-line indent, the block's line-height rule, and
// preformatted lines kept at their natural width — and says whether the block's extra formats change text
// metrics (a highlighter's colours do not, so a recoloured block keeps its line breaks). ArticleLayout decides
// when a block is laid out and keeps the heights; this class does the line breaking.
#pragma once

#include <QList>
#include <QTextLayout>

class QTextBlock;
class QTextDocument;

namespace lede::ui {

class ArticleBlockLines final
{
public:
    struct Result
    {
        double height = 0;          // content height
        double widest = 0;          // the right edge of the widest line, from the block's left
        bool metricFormats = false; // laid out with additional formats that change text metrics
    };

    // Lays `block` of `doc` out with its content starting `left` px in and `width` px wide; `wrap` false
    // keeps its lines as they are (no width known yet).
    static Result layout(const QTextBlock &block, const QTextDocument *doc, double left, double width, bool wrap);
    // Whether any of `ranges` sets a property that moves glyphs or changes line heights.
    static bool hasMetricFormats(const QList<QTextLayout::FormatRange> &ranges);
};

} // namespace lede::ui

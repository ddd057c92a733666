// ArticleBlockLines: the line breaking of one article block.
#include "reader/ArticleBlockLines.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace lede::ui {

namespace {

// Character properties that change colour or decoration only, never glyph advances or line
// heights: a block whose additional formats use only these keeps its line breaks.
bool isMetricNeutral(int property)
{
    switch (property) {
    case QTextFormat::ForegroundBrush:
    case QTextFormat::BackgroundBrush:
    case QTextFormat::TextUnderlineColor:
    case QTextFormat::TextUnderlineStyle:
    case QTextFormat::FontUnderline:
    case QTextFormat::FontOverline:
    case QTextFormat::FontStrikeOut:
    case QTextFormat::TextToolTip:
    case QTextFormat::ObjectIndex: return true;
    default: return property >= QTextFormat::UserProperty;
    }
}

Qt::Alignment visualAlignment(Qt::LayoutDirection direction, Qt::Alignment alignment)
{
    if (direction != Qt::RightToLeft || (alignment & Qt::AlignAbsolute))
        return alignment;
    if (alignment & Qt::AlignLeft)
        return (alignment & ~Qt::AlignLeft) | Qt::AlignRight;
    if (alignment & Qt::AlignRight)
        return (alignment & ~Qt::AlignRight) | Qt::AlignLeft;
    return alignment;
}

} // namespace

bool ArticleBlockLines::hasMetricFormats(const QList<QTextLayout::FormatRange> &ranges)
{
    for (const QTextLayout::FormatRange &range : ranges) {
        const QMap<int, QVariant> properties = range.format.properties();
        for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
            if (!isMetricNeutral(it.key()))
                return true;
        }
    }
    return false;
}

ArticleBlockLines::Result ArticleBlockLines::layout(const QTextBlock &block, const QTextDocument *doc, double left,
                                                    double width, bool wrap)
{
    QTextLayout *layout = block.layout();
    const QTextBlockFormat format = block.blockFormat();
    const Qt::LayoutDirection direction = block.textDirection();
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(direction);
    option.setTabs(format.tabPositions());
    const Qt::Alignment alignment =
        format.hasProperty(QTextFormat::BlockAlignment) ? format.alignment() : option.alignment();
    option.setAlignment(visualAlignment(direction, alignment));
    if (format.nonBreakableLines() || !wrap)
        option.setWrapMode(QTextOption::ManualWrap);
    const bool wraps = option.wrapMode() != QTextOption::ManualWrap && option.wrapMode() != QTextOption::NoWrap;
    layout->setTextOption(option);

    const double textIndent = format.textIndent();
    double y = 0;
    double bottom = 0;
    Result result;
    bool first = true;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLeadingIncluded(true);
        const double indent = first ? textIndent : 0.0;
        line.setLineWidth(std::max(1.0, width - indent));
        // A line that may not wrap (preformatted text) gets its natural width, as in
        // QTextDocumentLayout; hit-testing and selection past the column then still work.
        if (!wraps && line.naturalTextWidth() > width - indent)
            line.setLineWidth(line.naturalTextWidth());
        line.setPosition(QPointF(left + (direction == Qt::RightToLeft ? 0.0 : indent), y));
        // As QTextDocumentLayout does: the line height rule applies to the whole-pixel line box.
        bottom = std::max(bottom, y + line.height());
        y += format.lineHeight(std::ceil(line.ascent() + line.descent() + line.leading()), 1.0);
        result.widest = std::max(result.widest, line.x() + line.naturalTextWidth());
        first = false;
    }
    layout->endLayout();
    result.height = std::max(y, bottom);
    result.metricFormats = hasMetricFormats(layout->formats());
    return result;
}

} // namespace lede::ui

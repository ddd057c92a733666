// ArticleBlockPainter: a block's background, list marker, text, selections and cursor.
#include "reader/ArticleBlockPainter.h"

#include "reader/ArticleLayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>
#include <cmath>

namespace lede::ui {

ArticleBlockPainter::ArticleBlockPainter(QPainter *painter, const QAbstractTextDocumentLayout::PaintContext &context,
                                         const QTextDocument *doc, int cursorWidth)
    : m_painter(painter), m_context(context), m_doc(doc), m_cursorWidth(std::max(1, cursorWidth))
{}

void ArticleBlockPainter::paint(const QTextBlock &block, const QRectF &background) const
{
    QTextLayout *layout = block.layout();
    const QBrush brush = block.blockFormat().background();
    if (brush.style() != Qt::NoBrush)
        m_painter->fillRect(background, brush);

    m_painter->setPen(m_context.palette.color(QPalette::Text));
    if (block.textList())
        drawListMarker(block);

    layout->draw(m_painter, QPointF(0, 0), selectionsIn(block), m_context.clip.isValid() ? m_context.clip : QRectF());

    const int blockStart = block.position();
    if (m_context.cursorPosition >= blockStart && m_context.cursorPosition < blockStart + block.length())
        layout->drawCursor(m_painter, QPointF(0, 0), m_context.cursorPosition - blockStart, m_cursorWidth);
}

QList<QTextLayout::FormatRange> ArticleBlockPainter::selectionsIn(const QTextBlock &block) const
{
    const int blockStart = block.position();
    const int blockEnd = blockStart + block.length();
    QList<QTextLayout::FormatRange> selections;
    for (const QAbstractTextDocumentLayout::Selection &selection : m_context.selections) {
        const int start = selection.cursor.selectionStart();
        const int end = selection.cursor.selectionEnd();
        QTextLayout::FormatRange range;
        range.format = selection.format;
        if (start < end && end > blockStart && start < blockEnd) {
            range.start = std::max(start, blockStart) - blockStart;
            range.length = std::min(end, blockEnd) - blockStart - range.start;
            selections.append(range);
        } else if (start == end && selection.format.hasProperty(QTextFormat::FullWidthSelection)
                   && block.contains(selection.cursor.position())) {
            const QTextLine line = block.layout()->lineForTextPosition(selection.cursor.position() - blockStart);
            if (line.isValid()) {
                range.start = line.textStart();
                range.length = line.textLength();
                selections.append(range);
            }
        }
    }
    return selections;
}

void ArticleBlockPainter::drawListMarker(const QTextBlock &block) const
{
    const QTextLayout *layout = block.layout();
    if (layout->lineCount() == 0)
        return;
    const QTextLine firstLine = layout->lineAt(0);
    const QFont font = block.charFormat().font().resolve(m_doc->defaultFont());
    const QFontMetricsF metrics(font);
    const QPointF origin = layout->position() + QPointF(firstLine.x(), firstLine.y());
    const double baseline = origin.y() + firstLine.ascent();
    const double gap = metrics.horizontalAdvance(QLatin1Char(' '));
    const QColor colour = m_context.palette.color(QPalette::Text);

    const QTextList *list = block.textList();
    const QTextListFormat::Style style = list->format().style();
    QPainter *painter = m_painter;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (style == QTextListFormat::ListDisc || style == QTextListFormat::ListCircle
        || style == QTextListFormat::ListSquare) {
        const double size = std::max(3.0, std::round(metrics.xHeight() * 0.6));
        const QRectF box(origin.x() - gap - size, baseline - metrics.xHeight() / 2 - size / 2, size, size);
        if (style == QTextListFormat::ListCircle) {
            painter->setPen(QPen(colour, 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5));
        } else {
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            if (style == QTextListFormat::ListDisc)
                painter->drawEllipse(box);
            else
                painter->drawRect(box);
        }
    } else {
        const QTextBlockFormat format = block.blockFormat();
        const QString text =
            style == QTextListFormat::ListDecimal && format.hasProperty(ArticleLayout::ListItemNumberProperty)
            ? QString::number(format.intProperty(ArticleLayout::ListItemNumberProperty)) + QLatin1Char('.')
            : list->itemText(block);
        painter->setFont(font);
        painter->setPen(colour);
        painter->drawText(QPointF(origin.x() - gap - metrics.horizontalAdvance(text), baseline), text);
    }
    painter->restore();
}

} // namespace lede::ui

// KwicDelegate: wrapped keyword-in-context lines with the mention emphasised.
#include "annotate/KwicDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace lede::ui {

KwicDelegate::KwicDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

int KwicDelegate::textWidth(const QStyleOptionViewItem &option)
{
    // sizeHint() gets no useful rect from QListView; the viewport's width is what the line will get.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    // A floor keeps a squeezed dock from laying out one character per line (and a zero width from looping).
    return std::max(width - 2 * kHorizontalPadding, 8 * option.fontMetrics.averageCharWidth());
}

qreal KwicDelegate::layOut(QTextLayout &layout, const QStyleOptionViewItem &option, const QModelIndex &index,
                           qreal width)
{
    const QString before = index.data(kBeforeRole).toString();
    const QString mention = index.data(kMentionRole).toString();
    const QString after = index.data(kAfterRole).toString();
    layout.setText(before + mention + after);
    layout.setFont(option.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textOption.setTextDirection(option.direction);
    layout.setTextOption(textOption);
    QTextCharFormat emphasis;
    emphasis.setFontWeight(QFont::Bold);
    layout.setFormats({{static_cast<int>(before.size()), static_cast<int>(mention.size()), emphasis}});
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

void KwicDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextLayout layout;
    const int width = textWidth(opt);
    layOut(layout, opt, index, width);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setClipRect(option.rect);
    painter->setPen(opt.palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(option.rect.left() + kHorizontalPadding, option.rect.top() + kVerticalPadding));
    painter->restore();
}

QSize KwicDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    QTextLayout layout;
    const int width = textWidth(opt);
    const qreal height = layOut(layout, opt, index, width);
    // Width 1: lines take the list's width and wrap, so the list never needs a horizontal scroll bar.
    return {1, static_cast<int>(std::ceil(height)) + 2 * kVerticalPadding};
}

} // namespace lede::ui

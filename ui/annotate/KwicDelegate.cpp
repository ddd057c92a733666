// KwicDelegate: three-part painting of keyword-in-context lines.
#include "annotate/KwicDelegate.h"

#include <QApplication>
#include <QPainter>

namespace lede::ui {

KwicDelegate::KwicDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void KwicDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString before = index.data(kBeforeRole).toString();
    const QString mention = index.data(kMentionRole).toString();
    const QString after = index.data(kAfterRole).toString();
    const QRect r = option.rect.adjusted(6, 0, -6, 0);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(option.font);
    const QFontMetrics bfm(bold);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(option.palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::Text));
    // The mention sits a third of the way in, so the eye finds it in the same column on every line.
    const int mentionWidth = std::min(bfm.horizontalAdvance(mention), r.width() * 2 / 3);
    const int mentionLeft = r.left() + std::max(0, std::min(r.width() / 3, r.width() - mentionWidth));
    const QRect beforeRect(r.left(), r.top(), mentionLeft - r.left(), r.height());
    const QRect mentionRect(mentionLeft, r.top(), mentionWidth, r.height());
    const QRect afterRect(mentionLeft + mentionWidth, r.top(), r.right() - mentionLeft - mentionWidth, r.height());
    painter->setFont(option.font);
    painter->drawText(beforeRect, Qt::AlignRight | Qt::AlignVCenter,
                      fm.elidedText(before, Qt::ElideLeft, beforeRect.width()));
    painter->setFont(bold);
    painter->drawText(mentionRect, Qt::AlignLeft | Qt::AlignVCenter,
                      bfm.elidedText(mention, Qt::ElideRight, mentionRect.width()));
    painter->setFont(option.font);
    painter->drawText(afterRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(after, Qt::ElideRight, afterRect.width()));
    painter->restore();
}

QSize KwicDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(QFontMetrics(option.font).height() + 8);
    // Lines take the list's width; the delegate elides, so a line never needs a horizontal scroll bar.
    s.setWidth(1);
    return s;
}

} // namespace lede::ui

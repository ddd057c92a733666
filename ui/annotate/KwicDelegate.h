// KwicDelegate: paints a keyword-in-context line — the mention's sentence with the mention in bold —
// word-wrapped to the list's width onto as many lines as it needs, so every line can be read
// without a tooltip. The item's height follows the wrapped text (the list must not use uniform sizes).
#pragma once

#include <QStyledItemDelegate>

class QTextLayout;

namespace lede::ui {

class KwicDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KwicDelegate)

public:
    // Item data: Qt::DisplayRole = whole line, kBeforeRole / kMentionRole / kAfterRole = its three parts.
    static constexpr int kBeforeRole = Qt::UserRole + 10;
    static constexpr int kMentionRole = Qt::UserRole + 11;
    static constexpr int kAfterRole = Qt::UserRole + 12;
    // Padding around the text, in pixels.
    static constexpr int kHorizontalPadding = 6;
    static constexpr int kVerticalPadding = 4;

    explicit KwicDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Lays the item's text out at `width` pixels; returns the height it takes.
    static qreal layOut(QTextLayout &layout, const QStyleOptionViewItem &option, const QModelIndex &index,
                        qreal width);
    static int textWidth(const QStyleOptionViewItem &option);
};

} // namespace lede::ui

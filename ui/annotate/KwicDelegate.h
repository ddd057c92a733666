// KwicDelegate: paints a keyword-in-context line — the text before the mention right-aligned and elided at
// the left, the mention in bold, the text after elided at the right — so mentions line up in one column.
#pragma once

#include <QStyledItemDelegate>

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

    explicit KwicDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lede::ui

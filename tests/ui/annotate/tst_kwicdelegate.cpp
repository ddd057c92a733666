// Keyword-in-context lines wrap to the list's width: a long sentence takes several lines in a narrow
// panel and fewer in a wide one, and nothing of it is cut off.
#include "annotate/KwicDelegate.h"

#include <QFontMetrics>
#include <QListView>
#include <QStandardItemModel>
#include <QTest>

using namespace lede::ui;

namespace {
QStandardItem *kwicItem(const QString &before, const QString &mention, const QString &after)
{
    auto *item = new QStandardItem(before + mention + after);
    item->setData(before, KwicDelegate::kBeforeRole);
    item->setData(mention, KwicDelegate::kMentionRole);
    item->setData(after, KwicDelegate::kAfterRole);
    return item;
}

int itemHeightAtWidth(QListView &view, QStandardItemModel &model, int width)
{
    view.resize(width, 400);
    view.show(); // a hidden scroll area lays its viewport out only when shown
    QCoreApplication::processEvents();
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    return view.itemDelegate()->sizeHint(option, model.index(0, 0)).height();
}
} // namespace

class TestKwicDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longSentence_wrapsToListWidth()
    {
        QStandardItemModel model;
        model.appendRow(kwicItem(QStringLiteral("\"We are closer than we were in January, but closer is not enough for "
                                                "the people of "),
                                 QStringLiteral("Port Ardent"),
                                 QStringLiteral(",\" Vasquez-Moreau told reporters outside the building shortly "
                                                "after 7 p.m.")));
        QListView view;
        view.setModel(&model);
        view.setItemDelegate(new KwicDelegate(&view));
        const int lineHeight = QFontMetrics(view.font()).height();
        const int narrow = itemHeightAtWidth(view, model, 220);
        const int wide = itemHeightAtWidth(view, model, 2000);
        QVERIFY2(narrow >= 3 * lineHeight, qPrintable(QString::number(narrow)));
        QVERIFY2(wide < 2 * lineHeight + 2 * KwicDelegate::kVerticalPadding, qPrintable(QString::number(wide)));
    }

    void emptyItem_takesOneLine()
    {
        QStandardItemModel model;
        model.appendRow(kwicItem({}, {}, {}));
        QListView view;
        view.setModel(&model);
        view.setItemDelegate(new KwicDelegate(&view));
        const int h = itemHeightAtWidth(view, model, 300);
        QVERIFY(h > 0);
        QVERIFY(h <= QFontMetrics(view.font()).height() + 2 * KwicDelegate::kVerticalPadding + 2);
    }
};

QTEST_MAIN(TestKwicDelegate)
#include "tst_kwicdelegate.moc"

// The article column always wraps: resizing the window (e.g. a dock growing beside the article) never
// gives the article a horizontal scroll bar, except for a preformatted line wider than the column.
#include "reader/ArticleDocumentBuilder.h"
#include "reader/ArticleView.h"

#include "document/Document.h"

#include <QMainWindow>
#include <QScrollBar>
#include <QTest>
#include <QTextDocument>

using namespace lede;
using namespace lede::ui;

namespace {

core::Document makeDocument(bool widePreformatted)
{
    core::Document doc;
    QString text;
    auto add = [&](core::BlockKind kind, const QString &s) {
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        const auto start = static_cast<int32_t>(text.size());
        text += s;
        doc.blocks.push_back({kind, 0, false, 0, {start, static_cast<int32_t>(text.size())}});
    };
    add(core::BlockKind::Heading, QStringLiteral("Storm season on the coast"));
    for (int i = 0; i < 30; ++i) {
        add(core::BlockKind::Paragraph,
            QStringLiteral("The people of Port Ardent waited for the forecast while Vasquez-Oyelaran of the World "
                           "Meteorological Organization spoke to reporters about the season ahead, %1.")
                .arg(i));
    }
    // An unbreakable token (a long link) must still wrap to the column.
    add(core::BlockKind::Paragraph,
        QStringLiteral("Source: https://example.org/") + QString(200, QLatin1Char('x')) + QStringLiteral("/report"));
    if (widePreformatted)
        add(core::BlockKind::Preformatted, QString(400, QLatin1Char('#')));
    doc.text = text.toStdU16String();
    return doc;
}

} // namespace

class TestArticleViewWrap final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resizeWindow_neverShowsHorizontalScrollBar_data()
    {
        QTest::addColumn<QList<int>>("widths");
        QTest::newRow("shrinking") << QList<int>{1300, 1100, 900, 700, 520, 380};
        QTest::newRow("growing") << QList<int>{380, 520, 700, 900, 1100, 1300};
        QTest::newRow("dock dragged back and forth") << QList<int>{1000, 760, 1000, 620, 1200, 450, 900};
    }

    void resizeWindow_neverShowsHorizontalScrollBar()
    {
        QFETCH(QList<int>, widths);
        QMainWindow window;
        auto *view = new ArticleView(ArticleStyle::fromApplication(), &window);
        window.setCentralWidget(view);
        view->setArticleDocument(
            ArticleDocumentBuilder(view->articleStyle()).build(makeDocument(false)).release());
        window.resize(widths.first(), 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int w : widths) {
            window.resize(w, 700);
            QCoreApplication::processEvents();
            QTRY_COMPARE_WITH_TIMEOUT(view->width(), w, 1000);
            QCoreApplication::processEvents();
            QVERIFY2(view->horizontalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("width %1: text %2 px in a %3 px viewport")
                                    .arg(w)
                                    .arg(view->document()->size().width())
                                    .arg(view->viewport()->width())));
            // The text fills the column: it is not laid out for an older, narrower viewport either.
            QVERIFY(view->document()->size().width() >= view->viewport()->width() - 40);
        }
    }

    void preformattedWiderThanColumn_scrollsHorizontally()
    {
        QMainWindow window;
        auto *view = new ArticleView(ArticleStyle::fromApplication(), &window);
        window.setCentralWidget(view);
        view->setArticleDocument(ArticleDocumentBuilder(view->articleStyle()).build(makeDocument(true)).release());
        window.resize(900, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        QVERIFY(view->horizontalScrollBar()->maximum() > 0);
    }
};

QTEST_MAIN(TestArticleViewWrap)
#include "tst_articleviewwrap.moc"

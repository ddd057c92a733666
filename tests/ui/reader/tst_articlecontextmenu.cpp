// The article view's context menu: Qt's Copy and Select All, and Copy Link Location only where there is a
// link to copy (Qt's stock menu shows it disabled everywhere else).
#include "TextPoint.h"
#include "document/Document.h"
#include "reader/ArticleDocumentBuilder.h"
#include "reader/ArticleView.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMainWindow>
#include <QMenu>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace lede;
using namespace lede::ui;

namespace {

constexpr char16_t kText[] = u"The harbour report is published on the council website every spring.";
constexpr std::u16string_view kLinkWord = u"council website";

std::shared_ptr<core::Document> linkedDocument()
{
    auto doc = std::make_shared<core::Document>();
    doc->text = kText;
    core::Block b;
    b.kind = core::BlockKind::Paragraph;
    b.range = {0, static_cast<int32_t>(doc->text.size())};
    doc->blocks.push_back(b);
    const auto start = static_cast<int32_t>(doc->text.find(kLinkWord));
    doc->spans.push_back(core::InlineSpan{
        core::InlineKind::Link, {start, start + static_cast<int32_t>(kLinkWord.size())}, "https://example.org/report"});
    return doc;
}

struct Offered
{
    QStringList texts;
    bool copyLink = false;
    bool copyLinkEnabled = false;
};

} // namespace

class TestArticleContextMenu final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyLinkLocation_onlyOnALink_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("offered");
        QTest::newRow("plain text") << QStringLiteral("harbour") << false;
        QTest::newRow("a link") << QStringLiteral("website") << true;
    }

    void copyLinkLocation_onlyOnALink()
    {
        QFETCH(QString, word);
        QFETCH(bool, offered);
        QMainWindow window;
        auto *view = new ArticleView(ArticleStyle::fromApplication(), &window);
        window.setCentralWidget(view);
        view->setArticleDocument(ArticleDocumentBuilder(view->articleStyle()).build(*linkedDocument()).release());
        window.resize(1000, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QPoint at = test::pointOn(view, word);
        QCOMPARE(!view->anchorAt(at).isEmpty(), offered); // the point is where the row says
        Offered seen;
        connect(view, &ArticleView::contextMenuRequested, this, [&seen](QMenu *menu, const QPoint &) {
            for (QAction *a : menu->actions()) {
                if (!a->isSeparator())
                    seen.texts << a->text().remove(QLatin1Char('&')).section(QLatin1Char('\t'), 0, 0);
                if (a->objectName() == QLatin1String("link-copy")) {
                    seen.copyLink = true;
                    seen.copyLinkEnabled = a->isEnabled();
                }
            }
            QTimer::singleShot(0, menu, &QMenu::close);
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(view->viewport(), &event);

        QVERIFY2(seen.texts.contains(QStringLiteral("Copy")), qPrintable(seen.texts.join(u'|')));
        QVERIFY(seen.texts.contains(QStringLiteral("Select All")));
        QCOMPARE(seen.texts.contains(QStringLiteral("Copy Link Location")), offered);
        QCOMPARE(seen.copyLink, offered);
        QCOMPARE(seen.copyLinkEnabled, offered);
    }
};

QTEST_MAIN(TestArticleContextMenu)
#include "tst_articlecontextmenu.moc"

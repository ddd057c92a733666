// Opening web pages in the reader, against a local server the test starts: a page into a tab (by openFiles,
// a drop, a recent entry), failures as messages, progress and cancelling, and the Open Location dialog.
#include "TestHttpServer.h"

#include "reader/DocumentTab.h"
#include "reader/FetchErrorText.h"
#include "reader/FileDrop.h"
#include "reader/MainWindow.h"
#include "reader/OpenLocationDialog.h"
#include "reader/ReaderSettings.h"
#include "reader/RecentFiles.h"
#include "reader/RecentFilesMenu.h"
#include "reader/WebAddress.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace lede;
using namespace lede::ui;

class TestOpenUrl final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LedeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_openurl"));
        QVERIFY(m_server.isListening());
    }

    void init()
    {
        auto settings = openReaderSettings();
        settings->clear();
        settings->sync();
    }

    void page_opensInATabNamedByItsTitle()
    {
        MainWindow w;
        QSignalSpy finished(&w, &MainWindow::openRequestFinished);
        const QString url = m_server.url(QStringLiteral("/story.md"));
        w.openFiles({url});
        QCOMPARE(w.tabCount(), 1);
        DocumentTab *tab = w.tabAt(0);
        QVERIFY(tab->isWebPage());
        QTRY_COMPARE(tab->state(), DocumentTab::State::Loaded);
        QCOMPARE(tab->title(), QStringLiteral("Harbour Notes"));
        QCOMPARE(w.tabWidget()->tabText(0), QStringLiteral("Harbour Notes"));
        QVERIFY(w.tabWidget()->tabToolTip(0).contains(url));
        QCOMPARE(QString::fromStdString(tab->document()->meta.sourceUrl), url);
        QVERIFY(!tab->document()->meta.fetchedAt.empty());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.front().front().toStringList().isEmpty());
        QCOMPARE(w.recentFiles()->files().value(0), url); // kept as an address, not made a path
    }

    void pageWhileDownloading_isNamedByItsAddress()
    {
        MainWindow w;
        w.openFiles({m_server.url(QStringLiteral("/redirect"))});
        DocumentTab *tab = w.tabAt(0);
        QCOMPARE(w.tabWidget()->tabText(0),
                 QStringLiteral("127.0.0.1:%1/redirect").arg(m_server.port())); // downloading
        QTRY_COMPARE(tab->state(), DocumentTab::State::Loaded);
        QCOMPARE(tab->title(), QStringLiteral("The lighthouse keeper logged three ships before dawn."));
        QCOMPARE(QString::fromStdString(tab->document()->meta.sourceUrl), m_server.url(QStringLiteral("/page.txt")));
    }

    void sameAddressTwice_bringsTheOpenTabForward()
    {
        MainWindow w;
        const QString url = m_server.url(QStringLiteral("/page.txt"));
        w.openFiles({url});
        QTRY_COMPARE(w.tabAt(0)->state(), DocumentTab::State::Loaded);
        w.openFiles({url});
        QCOMPARE(w.tabCount(), 1);
    }

    void failure_isReportedAndLeavesNoTab_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("404") << QStringLiteral("/missing") << QStringLiteral("error 404");
        QTest::newRow("redirect loop") << QStringLiteral("/loop/0") << QStringLiteral("redirected too many times");
        QTest::newRow("too large") << QStringLiteral("/declared-huge") << QStringLiteral("too large");
    }
    void failure_isReportedAndLeavesNoTab()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        MainWindow w;
        QSignalSpy finished(&w, &MainWindow::openRequestFinished);
        const QString url = m_server.url(path);
        w.openFiles({url});
        QTRY_COMPARE(finished.count(), 1);
        const QStringList failures = finished.front().front().toStringList();
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.front().contains(expected), qPrintable(failures.front()));
        QVERIFY(failures.front().contains(url));
        QCOMPARE(w.tabCount(), 0);
        QVERIFY(w.recentFiles()->files().isEmpty());
    }

    void slowPage_showsProgressAndCancelClosesTheTab()
    {
        MainWindow w;
        QSignalSpy finished(&w, &MainWindow::openRequestFinished);
        w.openFiles({m_server.url(QStringLiteral("/slow"))});
        DocumentTab *tab = w.tabAt(0);
        QTRY_VERIFY(tab->isBusyIndicatorVisible());
        auto *size = tab->findChild<QLabel *>(QStringLiteral("busySize"));
        QVERIFY(size);
        QTRY_VERIFY(size->text().contains(QStringLiteral(" of "))); // the server sent a Content-Length
        auto *cancel = tab->findChild<QPushButton *>(QStringLiteral("cancelLoad"));
        QVERIFY(cancel && cancel->isVisibleTo(tab));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(w.tabCount(), 0);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.front().front().toStringList().isEmpty()); // cancelling is not a failure
        expectServerFree();
    }

    void closingTheTab_stopsTheDownload()
    {
        MainWindow w;
        w.openFiles({m_server.url(QStringLiteral("/slow"))});
        QTRY_VERIFY(w.tabAt(0)->isBusyIndicatorVisible());
        w.closeTab(0);
        QCOMPARE(w.tabCount(), 0);
        expectServerFree();
    }

    void recentPage_reopensFromTheMenu()
    {
        MainWindow w;
        const QString url = m_server.url(QStringLiteral("/story.md"));
        w.recentFiles()->add(url);
        auto *menu = w.findChild<RecentFilesMenu *>();
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow(); // rebuilt lazily
        const QList<QAction *> actions = menu->actions();
        QVERIFY(!actions.isEmpty());
        QCOMPARE(actions.front()->text(), QStringLiteral("&1  127.0.0.1:%1/story.md").arg(m_server.port()));
        QCOMPARE(actions.front()->toolTip(), url);
        actions.front()->trigger();
        QCOMPARE(w.tabCount(), 1);
        QTRY_COMPARE(w.tabAt(0)->state(), DocumentTab::State::Loaded);
        QCOMPARE(w.tabAt(0)->title(), QStringLiteral("Harbour Notes"));
    }

    void droppedLink_opensThePage()
    {
        MainWindow w;
        QMimeData mime;
        const QString url = m_server.url(QStringLiteral("/story.md"));
        mime.setUrls({QUrl(url)});
        QSignalSpy finished(&w, &MainWindow::openRequestFinished);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.front().front().toStringList().isEmpty());
        QCOMPARE(w.tabCount(), 1);
        QCOMPARE(w.tabAt(0)->filePath(), url);
        QCOMPARE(w.tabAt(0)->title(), QStringLiteral("Harbour Notes"));
    }

    void drop_sortsFilesPagesAndOtherAddresses()
    {
        QMimeData mime;
        mime.setUrls({QUrl(QStringLiteral("https://example.org/a")), QUrl::fromLocalFile(QStringLiteral("/tmp/b.txt")),
                      QUrl(QStringLiteral("ftp://example.org/c.txt"))});
        const FileDrop drop = FileDrop::from(&mime);
        QCOMPARE(drop.webUrls, QStringList{QStringLiteral("https://example.org/a")});
        QCOMPARE(drop.localFiles, QStringList{QStringLiteral("/tmp/b.txt")});
        QCOMPARE(drop.remoteUrls, QStringList{QStringLiteral("ftp://example.org/c.txt")});

        QMimeData text; // some applications drag a link as plain text only
        text.setText(QStringLiteral("  https://example.org/news/1 \n"));
        QVERIFY(FileDrop::accepts(&text));
        QCOMPARE(FileDrop::from(&text).webUrls, QStringList{QStringLiteral("https://example.org/news/1")});
        text.setText(QStringLiteral("a sentence, not a link"));
        QVERIFY(!FileDrop::accepts(&text));
    }

    void openLocation_prefillsFromTheClipboardAndChecksTheAddress()
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("https://example.org/news/harbour"));
        OpenLocationDialog dialog;
        QCOMPARE(dialog.addressEdit()->text(), QStringLiteral("https://example.org/news/harbour"));
        auto *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
        QVERIFY(open->isEnabled());

        dialog.addressEdit()->setText(QStringLiteral("ftp://example.org/file"));
        QVERIFY(!open->isEnabled());
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("locationHint"))->text().contains(QStringLiteral("https://")));

        dialog.addressEdit()->setText(QStringLiteral("example.org/story"));
        QVERIFY(open->isEnabled());
        QSignalSpy chosen(&dialog, &OpenLocationDialog::addressChosen);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.front().front().toUrl(), QUrl(QStringLiteral("https://example.org/story")));
    }

    void openLocation_ignoresAClipboardWithoutAnAddress()
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("Some copied sentence."));
        OpenLocationDialog dialog;
        QVERIFY(dialog.addressEdit()->text().isEmpty());
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->isEnabled());
    }

    void userInput_becomesAnAddress_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("address");
        QTest::newRow("full") << QStringLiteral("https://example.org/a?b=1") << QStringLiteral("https://example.org/a?b=1");
        QTest::newRow("upper-case scheme") << QStringLiteral("HTTP://example.org/") << QStringLiteral("http://example.org/");
        QTest::newRow("bare host and path") << QStringLiteral(" example.org/a ") << QStringLiteral("https://example.org/a");
        QTest::newRow("this machine") << QStringLiteral("localhost:8000/a.md") << QStringLiteral("http://localhost:8000/a.md");
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1:8000/a") << QStringLiteral("http://127.0.0.1:8000/a");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org/a") << QString();
        QTest::newRow("file") << QStringLiteral("file:///etc/hostname") << QString();
        QTest::newRow("absolute path") << QStringLiteral("/home/ana/a.txt") << QString();
        QTest::newRow("two words") << QStringLiteral("harbour news") << QString();
        QTest::newRow("no host") << QStringLiteral("https://") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void userInput_becomesAnAddress()
    {
        QFETCH(QString, typed);
        QFETCH(QString, address);
        QCOMPARE(WebAddress::fromUserInput(typed).toString(), address);
    }

    void shortName_isHostAndPath_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("name");
        QTest::newRow("path") << QStringLiteral("https://example.org/news/harbour/") << QStringLiteral("example.org/news/harbour");
        QTest::newRow("query dropped") << QStringLiteral("http://example.org/a?id=7") << QStringLiteral("example.org/a");
        QTest::newRow("host only") << QStringLiteral("https://example.org") << QStringLiteral("example.org");
        QTest::newRow("own port") << QStringLiteral("http://localhost:8000/a.md") << QStringLiteral("localhost:8000/a.md");
        QTest::newRow("escaped") << QStringLiteral("https://example.org/caf%C3%A9") << QStringLiteral("example.org/café");
    }
    void shortName_isHostAndPath()
    {
        QFETCH(QString, url);
        QFETCH(QString, name);
        QCOMPARE(WebAddress::shortName(url), name);
    }

    void everyFetchError_hasItsOwnSentence()
    {
        using Code = core::FetchError::Code;
        QSet<QString> seen;
        for (Code code : {Code::UnsupportedScheme, Code::InvalidUrl, Code::ResolveFailed, Code::ConnectFailed,
                          Code::TimedOut, Code::TooManyRedirects, Code::HttpStatus, Code::TooLarge, Code::TlsFailed,
                          Code::ConnectionLost, Code::Cancelled}) {
            const QString text =
                FetchErrorText::message({code, 503, {}}, QStringLiteral("https://example.org/x"), 20 * 1024 * 1024);
            QVERIFY(text.contains(QStringLiteral("https://example.org/x")));
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
        }
        const QString notFound = FetchErrorText::message({Code::HttpStatus, 404, {}}, QStringLiteral("a"));
        QVERIFY(notFound.contains(QStringLiteral("404")));
        QVERIFY(notFound.contains(QStringLiteral("does not exist")));
        QVERIFY(FetchErrorText::message({Code::TooLarge, 0, {}}, QStringLiteral("a"), 20 * 1024 * 1024)
                    .contains(QStringLiteral("20 MB")));
    }

private:
    // The test server answers one connection at a time: a page that loads now proves the slow download was
    // dropped (else the server would still be trickling its 100 kB to it for almost a minute).
    void expectServerFree()
    {
        MainWindow w;
        w.openFiles({m_server.url(QStringLiteral("/page.txt"))});
        QTRY_COMPARE_WITH_TIMEOUT(w.tabAt(0)->state(), DocumentTab::State::Loaded, 15000);
    }

    TestHttpServer m_server;
};

QTEST_MAIN(TestOpenUrl)
#include "tst_openurl.moc"

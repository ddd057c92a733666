// What readers expect of the window, offscreen: many tabs stay readable, middle-click closes, Ctrl+Tab
// cycles, Ctrl+Shift+T reopens; folders are refused while dragging; an empty file says so; the status bar
// speaks in hours for a book and shows a chosen zoom; problem messages fit their text; export dialogs
// start beside the article; the first window fits the screen.
#include "annotate/AnnotationController.h"
#include "annotate/ReaderIntegration.h"
#include "reader/ArticleView.h"
#include "reader/DocumentTab.h"
#include "reader/MainWindow.h"
#include "reader/ProblemDialog.h"
#include "reader/ReaderSettings.h"
#include "reader/StatusText.h"
#include "reader/TabNavigation.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>

using namespace lede;
using ui::DocumentTab;
using ui::MainWindow;

class TestReaderComfort final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LedeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_readercomfort"));
    }
    void init()
    {
        auto settings = ui::openReaderSettings();
        settings->clear();
        settings->sync();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void tenTabs_titlesElidedWithScrollButtonsAndFullTooltips()
    {
        MainWindow w;
        QStringList paths;
        for (int i = 0; i < 10; ++i)
            paths.append(writeFile(QStringLiteral("report-%1.md").arg(i),
                                   QByteArray("# The harbour authority's winter budget, part ")
                                       + QByteArray::number(i + 1) + " of a very long series\n\nBody text.\n"));
        QVERIFY(openAndWait(w, paths));
        QCOMPARE(w.tabCount(), 10);
        QVERIFY(w.tabWidget()->usesScrollButtons());
        const QFontMetrics metrics(w.tabWidget()->tabBar()->font());
        for (int i = 0; i < 10; ++i) {
            const QString text = w.tabWidget()->tabText(i);
            QVERIFY2(text.endsWith(QChar(0x2026)), qPrintable(text));
            QVERIFY(metrics.horizontalAdvance(text) <= 240);
            const QString tip = w.tabWidget()->tabToolTip(i);
            QVERIFY(tip.contains(w.tabAt(i)->title()));
            QVERIFY(tip.contains(QDir::toNativeSeparators(paths[i])));
        }
    }

    void middleClick_closesThatTab()
    {
        MainWindow w;
        const QStringList paths = threeFiles();
        QVERIFY(openAndWait(w, paths));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTabBar *bar = w.tabWidget()->tabBar();
        QTest::mouseClick(bar, Qt::MiddleButton, {}, bar->tabRect(1).center());
        QCOMPARE(w.tabCount(), 2);
        QCOMPARE(w.tabAt(0)->filePath(), paths[0]);
        QCOMPARE(w.tabAt(1)->filePath(), paths[2]);
    }

    void ctrlTab_andCtrlShiftTab_cycleThroughTabs()
    {
        MainWindow w;
        QVERIFY(openAndWait(w, threeFiles()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w)); // window shortcuts need the active window
        w.currentTab()->view()->setFocus();
        QCOMPARE(w.tabWidget()->currentIndex(), 0);
        QTest::keyClick(w.currentTab()->view(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(w.tabWidget()->currentIndex(), 1);
        QTest::keyClick(w.currentTab()->view(), Qt::Key_Tab, Qt::ControlModifier);
        QTest::keyClick(w.currentTab()->view(), Qt::Key_Tab, Qt::ControlModifier); // wraps
        QCOMPARE(w.tabWidget()->currentIndex(), 0);
        QTest::keyClick(w.currentTab()->view(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.tabWidget()->currentIndex(), 2);
    }

    void ctrlShiftT_reopensTheLastClosedTab()
    {
        MainWindow w;
        const QStringList paths = threeFiles();
        QVERIFY(openAndWait(w, paths));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w)); // window shortcuts need the active window
        w.closeTab(0);
        w.closeTab(0);
        QCOMPARE(w.tabCount(), 1);
        QSignalSpy settled(&w, &MainWindow::openRequestFinished);
        QTest::keyClick(w.currentTab()->view(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!settled.isEmpty() || settled.wait(20000)); // a small file may have opened already
        QCOMPARE(w.tabCount(), 2);
        QCOMPARE(w.currentTab()->filePath(), paths[1]); // the last one closed comes back first
        QCOMPARE(w.currentTab()->state(), DocumentTab::State::Loaded);
        QVERIFY(w.tabNavigation()->reopenClosedTabAction()->isEnabled()); // and the one before is next
    }

    void drag_acceptsFiles_refusesAFolder()
    {
        MainWindow w;
        const QString file = writeFile(QStringLiteral("dropped.txt"), "Some text to read.\n");
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder")));
        QCOMPARE(dragEnterAccepted(w, {file}), true);
        QCOMPARE(dragEnterAccepted(w, {m_dir->filePath(QStringLiteral("folder"))}), false);
        QCOMPARE(dragEnterAccepted(w, {file, m_dir->filePath(QStringLiteral("folder"))}), true);
    }

    void emptyFile_showsThisFileIsEmptyPage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("no bytes") << QByteArray();
        QTest::newRow("blank lines only") << QByteArray("\n   \n\t\n");
    }
    void emptyFile_showsThisFileIsEmptyPage()
    {
        QFETCH(QByteArray, bytes);
        MainWindow w;
        QStringList failures;
        QVERIFY(openAndWait(w, {writeFile(QStringLiteral("empty.txt"), bytes)}, &failures));
        QVERIFY(failures.isEmpty());
        DocumentTab *tab = w.currentTab();
        QVERIFY(tab);
        QCOMPARE(tab->state(), DocumentTab::State::Loaded);
        QVERIFY(tab->isEmptyDocument());
        QVERIFY(tab->emptyPage()->isVisibleTo(tab));
        QVERIFY(!tab->view()->isVisibleTo(tab));
        const auto *title = tab->emptyPage()->findChild<QLabel *>(QStringLiteral("emptyTitle"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("This file is empty"));
        // Opening a real article in the same window shows its text as usual.
        QVERIFY(openAndWait(w, {writeFile(QStringLiteral("full.txt"), "A short piece of text.\n")}));
        QVERIFY(!w.currentTab()->isEmptyDocument());
        QVERIFY(w.currentTab()->view()->isVisibleTo(w.currentTab()));
    }

    void readingTime_minutesForArticlesHoursForBooks_data()
    {
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty text still reads as a minute") << qint64(0) << QStringLiteral("1 min read");
        QTest::newRow("article") << qint64(12) << QStringLiteral("12 min read");
        QTest::newRow("just under an hour") << qint64(59) << QStringLiteral("59 min read");
        QTest::newRow("one hour") << qint64(60) << QStringLiteral("about 1 hour");
        QTest::newRow("hours and minutes, to five") << qint64(97) << QStringLiteral("about 1 h 35 min");
        QTest::newRow("rounds up to the hour") << qint64(179) << QStringLiteral("about 3 hours");
        QTest::newRow("a book") << qint64(3491) << QStringLiteral("about 58 hours");
    }
    void readingTime_minutesForArticlesHoursForBooks()
    {
        QFETCH(qint64, minutes);
        QFETCH(QString, text);
        QCOMPARE(english(ui::StatusText::readingTime(minutes)), text);
    }

    void statusBar_longBook_saysHours_andShowsZoomWhenNot100()
    {
        QByteArray book;
        book.reserve(230 * 700 * 6);
        for (int i = 0; i < 700; ++i) {
            for (int j = 0; j < 230; ++j)
                book += "word ";
            book += "\n\n";
        }
        MainWindow w;
        QVERIFY(openAndWait(w, {writeFile(QStringLiteral("book.txt"), book)}));
        const auto *stats = w.findChild<QLabel *>(QStringLiteral("readingStats"));
        QVERIFY2(english(stats->text()).endsWith(QStringLiteral("about 12 hours")), qPrintable(stats->text()));
        QVERIFY(!stats->text().contains(QStringLiteral("min read")));

        const auto *zoom = w.findChild<QLabel *>(QStringLiteral("zoomLevel"));
        QVERIFY(zoom);
        QVERIFY(zoom->text().isEmpty());
        w.currentTab()->view()->setZoomStep(3);
        QCOMPARE(zoom->text(), QStringLiteral("Zoom 126%"));
        QVERIFY(zoom->isVisibleTo(&w));
        w.currentTab()->view()->resetZoom();
        QVERIFY(!zoom->isVisibleTo(&w));
    }

    void problemMessage_manyLongNames_fitsWithoutClipping()
    {
        QStringList items;
        for (int i = 0; i < 6; ++i)
            items.append(
                QStringLiteral("“a_long_file_name_without_any_spaces_that_cannot_wrap_at_a_word_%1.bin” is not a "
                               "text document; it looks like a binary file.")
                    .arg(i));
        ui::ProblemDialog box(QStringLiteral("6 files could not be opened."), {}, items);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        const auto *list = box.findChild<QTextBrowser *>(QStringLiteral("problemList"));
        QVERIFY(list);
        // Every line is inside the list's viewport: nothing cut off at the side or the bottom.
        QVERIFY(list->document()->idealWidth() <= list->viewport()->width());
        QVERIFY(list->document()->size().height() <= list->viewport()->height() + 1);
        const auto *headline = box.findChild<QLabel *>(QStringLiteral("problemHeadline"));
        QVERIFY(headline->height() >= headline->heightForWidth(headline->width()));
        const QRect screen = box.screen()->availableGeometry();
        QVERIFY(box.width() <= screen.width());
        QVERIFY(box.height() <= screen.height());
    }

    void exportDialogs_startBesideTheArticle()
    {
        MainWindow w;
        ui::AnnotationController *controller = ui::installAnnotations(&w);
        QVERIFY(openAndWait(w, {writeFile(QStringLiteral("notes.txt"), "A short piece of text.\n")}));
        controller->setActiveView(w.currentTab()->view());
        QTRY_VERIFY(controller->activeAnnotator()->model()->document());
        const QString start = controller->exportStartPath(QStringLiteral("notes.pdf"));
        QCOMPARE(QFileInfo(start).absolutePath(), QFileInfo(m_dir->path()).absoluteFilePath());
        QVERIFY(QFileInfo(start).absolutePath() != QDir::currentPath() || QDir::currentPath() == m_dir->path());
    }

    void firstStart_windowFitsTheScreen()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QRect available = w.screen()->availableGeometry();
        QVERIFY2(available.contains(w.geometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4").arg(w.x()).arg(w.y()).arg(w.width()).arg(w.height())));
    }

private:
    // The English plural of a "%Ln thing(s)" source string, as lede_en.qm gives it (the test runs without
    // translations, and the strings are new to the .ts files until they are regenerated).
    static QString english(QString text)
    {
        text.replace(QRegularExpression(QStringLiteral("\\b1 (\\w+)\\(s\\)")), QStringLiteral("1 \\1"));
        return text.replace(QStringLiteral("(s)"), QStringLiteral("s"));
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write test file");
        return path;
    }
    QStringList threeFiles()
    {
        return {writeFile(QStringLiteral("one.txt"), "The first short text.\n"),
                writeFile(QStringLiteral("two.txt"), "The second short text.\n"),
                writeFile(QStringLiteral("three.txt"), "The third short text.\n")};
    }
    static bool openAndWait(MainWindow &w, const QStringList &paths, QStringList *failures = nullptr)
    {
        QSignalSpy finished(&w, &MainWindow::openRequestFinished);
        w.openFiles(paths);
        if (finished.isEmpty() && !finished.wait(30000))
            return false;
        if (failures)
            *failures = finished.front().front().toStringList();
        return true;
    }
    static bool dragEnterAccepted(MainWindow &w, const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls.append(QUrl::fromLocalFile(p));
        mime.setUrls(urls);
        QDragEnterEvent event(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        event.ignore();
        QCoreApplication::sendEvent(&w, &event);
        return event.isAccepted();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestReaderComfort)
#include "tst_readercomfort.moc"

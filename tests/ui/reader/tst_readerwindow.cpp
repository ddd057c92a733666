// Tests the reader window through its public API, offscreen: opening files into tabs, drops with
// bad files among good ones, error messages, recent files, tab and window titles, zoom, and the
// block-mapping contract seen from a loaded tab.
#include "document/Document.h"
#include "reader/AboutDialog.h"
#include "reader/ArticleView.h"
#include "reader/DocumentTab.h"
#include "reader/LoadErrorText.h"
#include "reader/MainWindow.h"
#include "reader/ProblemDialog.h"
#include "reader/ReaderSettings.h"
#include "reader/RecentFiles.h"
#include "reader/RecentFilesMenu.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace lede;
using ui::DocumentTab;
using ui::MainWindow;

class TestReaderWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void openFiles_opensEachInItsOwnTabTitledByArticle();
    void openFiles_sameFileTwice_reusesItsTab();
    void loadedTab_blocksMapOneToOneToCoreDocument();
    void windowTitle_followsCurrentTab();
    void longTitle_isElidedInTabWithFullTooltip();
    void statusBar_showsWordCountAndReadingTime();
    void drop_severalFilesWithBadOnes_opensTheRestAndShowsOneMessage();
    void binaryFile_showsMessageNamingItAndNoTab();
    void folder_isRefusedWithMessage();
    void specialPaths_areRefusedWithTheirRealReason();
    void recentFiles_arePersistedNewestFirstAndCapped();
    void recentFile_missing_isRemovedWithMessage();
    void recentFiles_clearList_emptiesAndPersists();
    void zoom_inOutReset_changesTextSizeAndPersists();
    void zoom_keyboardShortcuts();
    void closeTab_whileLoading_cancelsQuietly();
    void closeWindow_whileLoading_dropsTheResultSafely();
    void closeWindow_whileLoadingWithAFailure_reportsNothingToTheClosingWindow();
    void closeLastTab_showsWelcomePage();
    void geometryAndDockState_persistAcrossRestarts();
    void aboutText_namesVersionLicenceAndDataSources();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    static QStringList problemTexts(const MainWindow &w);
    static bool waitForOpen(MainWindow &w, const QStringList &paths, QStringList *failures = nullptr);
    static QAction *viewAction(const MainWindow &w, const QKeySequence &shortcut);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReaderWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LedeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_readerwindow"));
}

void TestReaderWindow::init()
{
    // A fresh settings file per test: nothing leaks between tests or into the user's settings.
    auto settings = ui::openReaderSettings();
    settings->clear();
    settings->sync();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestReaderWindow::cleanup()
{
    m_dir.reset();
}

QString TestReaderWindow::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

QStringList TestReaderWindow::problemTexts(const MainWindow &w)
{
    QStringList texts;
    for (const ui::ProblemDialog *box : w.findChildren<ui::ProblemDialog *>(QStringLiteral("problemMessage")))
        texts.append(box->text() + u'\n' + box->details() + box->items().join(u'\n'));
    return texts;
}

bool TestReaderWindow::waitForOpen(MainWindow &w, const QStringList &paths, QStringList *failures)
{
    QSignalSpy finished(&w, &MainWindow::openRequestFinished);
    w.openFiles(paths);
    if (finished.isEmpty() && !finished.wait(20000))
        return false;
    if (failures)
        *failures = finished.front().front().toStringList();
    return true;
}

QAction *TestReaderWindow::viewAction(const MainWindow &w, const QKeySequence &shortcut)
{
    for (QAction *a : w.viewMenu()->actions())
        if (a->shortcuts().contains(shortcut))
            return a;
    return nullptr;
}

void TestReaderWindow::openFiles_opensEachInItsOwnTabTitledByArticle()
{
    const QString md = writeFile(QStringLiteral("alpha.md"), "# Alpha report\n\nThe first article.\n");
    const QString txt = writeFile(QStringLiteral("beta.txt"),
                                  "This opening paragraph is long enough that nobody would take it for a title line.\n");
    MainWindow w;
    QSignalSpy created(&w, &MainWindow::tabCreated);
    QStringList failures;
    QVERIFY(waitForOpen(w, {md, txt}, &failures));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(created.count(), 2);
    QCOMPARE(w.tabCount(), 2);
    QCOMPARE(w.tabAt(0)->state(), DocumentTab::State::Loaded);
    QCOMPARE(w.tabWidget()->tabText(0), QStringLiteral("Alpha report"));
    QCOMPARE(w.tabWidget()->tabText(1), QStringLiteral("beta.txt")); // no title: the file name
    QCOMPARE(w.currentTab(), w.tabAt(0)); // the first file of a request is brought to the front
}

void TestReaderWindow::openFiles_sameFileTwice_reusesItsTab()
{
    const QString md = writeFile(QStringLiteral("alpha.md"), "# Alpha\n\nText.\n");
    MainWindow w;
    QVERIFY(waitForOpen(w, {md}));
    QVERIFY(waitForOpen(w, {md}));
    QCOMPARE(w.tabCount(), 1);
}

void TestReaderWindow::loadedTab_blocksMapOneToOneToCoreDocument()
{
    const QString md = writeFile(QStringLiteral("mixed.md"),
                                 "# Title\n\nA *styled* paragraph with a [link](https://example.org).\n\n"
                                 "- one\n- two\n  - nested\n\n> quoted \U0001F600 text\n\n"
                                 "```\ncode line 1\ncode line 2\n```\n\n## Section\n\nLast paragraph.\n");
    MainWindow w;
    DocumentTab *tab = nullptr;
    std::shared_ptr<const core::Document> emitted;
    connect(&w, &MainWindow::tabCreated, this, [&](DocumentTab *t) {
        tab = t;
        connect(t, &DocumentTab::documentLoaded, this, [&](std::shared_ptr<const core::Document> d) { emitted = d; });
    });
    QVERIFY(waitForOpen(w, {md}));
    QVERIFY(tab && emitted);
    QCOMPARE(emitted, tab->document());
    const core::Document &doc = *emitted;
    const QTextDocument *text = tab->view()->document();
    QCOMPARE(static_cast<std::size_t>(text->blockCount()), doc.blocks.size());
    QTextBlock tb = text->begin();
    for (const core::Block &b : doc.blocks) {
        const QString coreText(reinterpret_cast<const QChar *>(doc.text.data() + b.range.start), b.range.length());
        QCOMPARE(tb.text(), coreText);
        tb = tb.next();
    }
    QVERIFY(text->toRawText().contains(QChar(0x2028))); // preformatted lines stay in one block
}

void TestReaderWindow::windowTitle_followsCurrentTab()
{
    const QString a = writeFile(QStringLiteral("a.md"), "# Alpha report\n\nText.\n");
    const QString b = writeFile(QStringLiteral("b.md"), "# Beta report\n\nText.\n");
    MainWindow w;
    QCOMPARE(w.windowTitle(), QStringLiteral("Lede"));
    QVERIFY(waitForOpen(w, {a, b}));
    QCOMPARE(w.windowTitle(), QStringLiteral("Alpha report — Lede"));
    w.tabWidget()->setCurrentIndex(1);
    QCOMPARE(w.windowTitle(), QStringLiteral("Beta report — Lede"));
}

void TestReaderWindow::longTitle_isElidedInTabWithFullTooltip()
{
    const QByteArray title = QByteArray("A very long headline ").repeated(8).trimmed();
    const QString path = writeFile(QStringLiteral("long.md"), "# " + title + "\n\nBody.\n");
    MainWindow w;
    QVERIFY(waitForOpen(w, {path}));
    const QString shown = w.tabWidget()->tabText(0);
    QVERIFY2(shown.size() < title.size() && shown.endsWith(QChar(0x2026)), qPrintable(shown));
    QVERIFY(w.tabWidget()->tabToolTip(0).contains(QString::fromUtf8(title)));
}

void TestReaderWindow::statusBar_showsWordCountAndReadingTime()
{
    QByteArray body = "# Count\n\n";
    for (int i = 0; i < 500; ++i)
        body += "word ";
    const QString path = writeFile(QStringLiteral("count.md"), body + "\n");
    MainWindow w;
    QVERIFY(waitForOpen(w, {path}));
    QCOMPARE(w.currentTab()->stats().words, 501);
    const auto *label = w.findChild<QLabel *>(QStringLiteral("readingStats"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QLocale().toString(501)), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QLatin1Char('3')), qPrintable(label->text())); // 501 words ≈ 3 minutes
}

void TestReaderWindow::drop_severalFilesWithBadOnes_opensTheRestAndShowsOneMessage()
{
    const QString good1 = writeFile(QStringLiteral("good-one.md"), "# One\n\nFirst.\n");
    const QString good2 = writeFile(QStringLiteral("good-two.txt"), "Second article text, long enough to be a paragraph.\n");
    const QString bad = writeFile(QStringLiteral("photo.bin"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 18));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("a-folder")));
    const QString folder = m_dir->filePath(QStringLiteral("a-folder"));

    MainWindow w;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(good1), QUrl::fromLocalFile(bad), QUrl::fromLocalFile(folder),
                  QUrl::fromLocalFile(good2)});
    QSignalSpy finished(&w, &MainWindow::openRequestFinished);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000); // may already have fired: small files load fast

    QCOMPARE(w.tabCount(), 2);
    QCOMPARE(w.tabWidget()->tabText(0), QStringLiteral("One"));
    QCOMPARE(w.tabWidget()->tabText(1), QStringLiteral("good-two.txt"));
    const QStringList messages = problemTexts(w);
    QCOMPARE(messages.size(), 1); // one message for the whole drop
    QVERIFY(messages.front().contains(QStringLiteral("photo.bin")));
    QVERIFY(messages.front().contains(QStringLiteral("a-folder")));
    QVERIFY(!messages.front().contains(QStringLiteral("good-one.md")));
    QCOMPARE(finished.front().front().toStringList().size(), 2);
}

void TestReaderWindow::binaryFile_showsMessageNamingItAndNoTab()
{
    QByteArray bytes(4096, '\0');
    for (int i = 0; i < bytes.size(); i += 7)
        bytes[i] = static_cast<char>(i * 31);
    const QString bad = writeFile(QStringLiteral("archive.dat"), bytes);
    MainWindow w;
    QStringList failures;
    QVERIFY(waitForOpen(w, {bad}, &failures));
    QCOMPARE(failures, QStringList{ui::LoadErrorText::message(core::LoadError::Code::Binary, QStringLiteral("archive.dat"))});
    QCOMPARE(w.tabCount(), 0);
    const QStringList messages = problemTexts(w);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.front().contains(QStringLiteral("archive.dat")));
}

void TestReaderWindow::folder_isRefusedWithMessage()
{
    MainWindow w;
    QStringList failures;
    QVERIFY(waitForOpen(w, {m_dir->path(), m_dir->path() + u'/'}, &failures));
    QCOMPARE(failures.size(), 2);
    QVERIFY(failures.front().contains(QFileInfo(m_dir->path()).fileName()));
    QVERIFY(failures.back().contains(QFileInfo(m_dir->path()).fileName())); // named even with a trailing slash
    QCOMPARE(w.tabCount(), 0);
}

void TestReaderWindow::specialPaths_areRefusedWithTheirRealReason()
{
    const QByteArray dir = QFile::encodeName(m_dir->path());
    QCOMPARE(::symlink(QByteArray(dir + "/b.txt").constData(), QByteArray(dir + "/a.txt").constData()), 0);
    QCOMPARE(::symlink(QByteArray(dir + "/a.txt").constData(), QByteArray(dir + "/b.txt").constData()), 0);
    QCOMPARE(::mkfifo(QByteArray(dir + "/queue").constData(), 0600), 0);
    // A name whose bytes are not UTF-8 reaches Qt with U+FFFD in it; the file is there all the same.
    const QByteArray rawName = QByteArray(dir + "/caf\xE9.txt");
    const int fd = ::open(rawName.constData(), O_WRONLY | O_CREAT, 0644);
    QVERIFY(fd >= 0);
    ::close(fd);

    MainWindow w;
    QStringList failures;
    QVERIFY(waitForOpen(w,
                        {m_dir->filePath(QStringLiteral("a.txt")), m_dir->filePath(QStringLiteral("queue")),
                         QFile::decodeName(rawName), QStringLiteral("/dev/zero")},
                        &failures));
    QCOMPARE(failures.size(), 4);
    QVERIFY2(failures.at(0).contains(QStringLiteral("loop")), qPrintable(failures.at(0)));
    QVERIFY2(failures.at(1).contains(QStringLiteral("device or a pipe")), qPrintable(failures.at(1)));
    QVERIFY2(failures.at(2).contains(QStringLiteral("Rename")), qPrintable(failures.at(2)));
    QVERIFY2(failures.at(3).contains(QStringLiteral("device or a pipe")), qPrintable(failures.at(3)));
    for (const QString &f : failures)
        QVERIFY2(!f.contains(QStringLiteral("does not exist")) && !f.contains(QStringLiteral("folder")), qPrintable(f));
    QCOMPARE(w.tabCount(), 0);
}

void TestReaderWindow::recentFiles_arePersistedNewestFirstAndCapped()
{
    QStringList paths;
    for (int i = 0; i < ui::RecentFiles::maxEntries + 2; ++i)
        paths.append(writeFile(QStringLiteral("r%1.md").arg(i), "# Recent\n\nText.\n"));
    {
        MainWindow w;
        for (const QString &p : paths)
            QVERIFY(waitForOpen(w, {p}));
        QCOMPARE(w.recentFiles()->files().size(), ui::RecentFiles::maxEntries);
        QCOMPARE(w.recentFiles()->files().front(), QFileInfo(paths.back()).absoluteFilePath());
    }
    // A new window (a restart) reads the same list from the settings.
    MainWindow again;
    const QStringList restored = again.recentFiles()->files();
    QCOMPARE(restored.size(), ui::RecentFiles::maxEntries);
    QCOMPARE(restored.front(), QFileInfo(paths.back()).absoluteFilePath());
    QVERIFY(!restored.contains(QFileInfo(paths.front()).absoluteFilePath())); // the oldest fell off
}

void TestReaderWindow::recentFile_missing_isRemovedWithMessage()
{
    const QString kept = writeFile(QStringLiteral("kept.md"), "# Kept\n\nText.\n");
    const QString gone = writeFile(QStringLiteral("gone.md"), "# Gone\n\nText.\n");
    MainWindow w;
    QVERIFY(waitForOpen(w, {kept}));
    QVERIFY(waitForOpen(w, {gone}));
    QVERIFY(QFile::remove(gone));

    auto *menu = w.findChild<ui::RecentFilesMenu *>(QStringLiteral("recentFilesMenu"));
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow(); // the menu rebuilds itself when it is about to open
    QAction *entry = nullptr;
    for (QAction *a : menu->actions())
        if (a->data().toString() == QFileInfo(gone).absoluteFilePath())
            entry = a;
    QVERIFY(entry);
    entry->trigger();

    QVERIFY(!w.recentFiles()->files().contains(QFileInfo(gone).absoluteFilePath()));
    QVERIFY(w.recentFiles()->files().contains(QFileInfo(kept).absoluteFilePath()));
    const QStringList messages = problemTexts(w);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.front().contains(QStringLiteral("gone.md")));
    QCOMPARE(ui::RecentFiles().files(), w.recentFiles()->files()); // the removal is persisted
}

void TestReaderWindow::recentFiles_clearList_emptiesAndPersists()
{
    const QString path = writeFile(QStringLiteral("one.md"), "# One\n\nText.\n");
    MainWindow w;
    QVERIFY(waitForOpen(w, {path}));
    QCOMPARE(w.recentFiles()->files().size(), 1);
    auto *menu = w.findChild<ui::RecentFilesMenu *>(QStringLiteral("recentFilesMenu"));
    Q_EMIT menu->aboutToShow();
    auto *clear = menu->findChild<QAction *>(QStringLiteral("clearRecentFiles"));
    QVERIFY(clear);
    clear->trigger();
    QVERIFY(w.recentFiles()->files().isEmpty());
    QVERIFY(ui::RecentFiles().files().isEmpty());
    Q_EMIT menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 1); // only the disabled "No recent files"
    QVERIFY(!menu->actions().front()->isEnabled());
}

void TestReaderWindow::zoom_inOutReset_changesTextSizeAndPersists()
{
    const QString path = writeFile(QStringLiteral("zoom.md"), "# Zoom\n\nText to zoom.\n");
    MainWindow w;
    QVERIFY(waitForOpen(w, {path}));
    ui::ArticleView *view = w.currentTab()->view();
    const qreal base = view->bodyPointSize();
    QCOMPARE(view->document()->defaultFont().pointSizeF(), base);

    QAction *zoomIn = viewAction(w, QKeySequence(Qt::CTRL | Qt::Key_Equal));
    QAction *zoomOut = viewAction(w, QKeySequence(Qt::CTRL | Qt::Key_Minus));
    QAction *reset = viewAction(w, QKeySequence(Qt::CTRL | Qt::Key_0));
    QVERIFY(zoomIn && zoomOut && reset);

    zoomIn->trigger();
    QVERIFY(view->document()->defaultFont().pointSizeF() > base);
    QCOMPARE(ui::openReaderSettings()->value(ui::key(ui::settingsKey::zoomStep)).toInt(), 1);
    zoomOut->trigger();
    zoomOut->trigger();
    QVERIFY(view->document()->defaultFont().pointSizeF() < base);
    reset->trigger();
    QCOMPARE(view->document()->defaultFont().pointSizeF(), base);
    QCOMPARE(view->zoomStep(), 0);

    zoomIn->trigger();
    zoomIn->trigger();
    // A view created later (another tab, the next start) begins at the remembered zoom.
    ui::ArticleView later(view->articleStyle());
    QCOMPARE(later.zoomStep(), 2);
}

void TestReaderWindow::zoom_keyboardShortcuts()
{
    const QString path = writeFile(QStringLiteral("keys.md"), "# Keys\n\nText.\n");
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(waitForOpen(w, {path}));
    ui::ArticleView *view = w.currentTab()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(view->zoomStep(), 1);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(view->zoomStep(), -1);
    QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view->zoomStep(), 0);
}

void TestReaderWindow::closeTab_whileLoading_cancelsQuietly()
{
    QByteArray big;
    const QByteArray paragraph = "Plenty of words in a paragraph that repeats until the file is large enough.\n\n";
    while (big.size() < 8 * 1024 * 1024)
        big += paragraph;
    const QString path = writeFile(QStringLiteral("big.txt"), big);
    MainWindow w;
    QSignalSpy finished(&w, &MainWindow::openRequestFinished);
    w.openFiles({path});
    QCOMPARE(w.tabCount(), 1);
    QCOMPARE(w.tabAt(0)->state(), DocumentTab::State::Loading);
    w.closeTab(0);
    QCOMPARE(w.tabCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000); // may already have fired: small files load fast
    QVERIFY(finished.front().front().toStringList().isEmpty()); // a cancelled load is no failure
    QVERIFY(problemTexts(w).isEmpty());
    QVERIFY(ui::RecentFiles().files().isEmpty());
}

void TestReaderWindow::closeWindow_whileLoading_dropsTheResultSafely()
{
    QByteArray big;
    while (big.size() < 4 * 1024 * 1024)
        big += "Words enough to keep a worker thread busy for a moment.\n\n";
    const QString path = writeFile(QStringLiteral("busy.txt"), big);
    auto *w = new MainWindow;
    w->openFiles({path});
    QPointer<DocumentTab> tab = w->tabAt(0);
    QVERIFY(tab);
    delete w; // the tab goes with it; its job is told to stop
    QVERIFY(tab.isNull());
    // Whatever the worker still returns lands nowhere; the event loop keeps running.
    QTest::qWait(1500);
    QVERIFY(ui::RecentFiles().files().isEmpty());
}

void TestReaderWindow::closeWindow_whileLoadingWithAFailure_reportsNothingToTheClosingWindow()
{
    // One missing file makes the request a failure; the other file is still loading when the window goes.
    // The tab's destruction settles the request inside the window's destructor: before the fix it reported
    // to a half-destroyed MainWindow (UBSan vptr) and parented a ProblemDialog to it.
    QByteArray big;
    while (big.size() < 4 * 1024 * 1024)
        big += "Slow reading for a background worker, repeated many times over.\n\n";
    const QString path = writeFile(QStringLiteral("slow.txt"), big);
    auto *w = new MainWindow;
    QSignalSpy finished(w, &MainWindow::openRequestFinished);
    w->openFiles({m_dir->filePath(QStringLiteral("missing.txt")), path});
    QCOMPARE(w->tabCount(), 1);
    QCOMPARE(w->tabAt(0)->state(), DocumentTab::State::Loading);
    delete w;
    QCOMPARE(finished.count(), 0);
    QTest::qWait(500);
    for (QWidget *top : QApplication::topLevelWidgets())
        QVERIFY2(!qobject_cast<ui::ProblemDialog *>(top), "a message outlived its window");
}

void TestReaderWindow::closeLastTab_showsWelcomePage()
{
    const QString path = writeFile(QStringLiteral("one.md"), "# One\n\nText.\n");
    MainWindow w;
    w.show();
    QVERIFY(waitForOpen(w, {path}));
    QWidget *welcome = w.findChild<QWidget *>(QStringLiteral("welcomePage"));
    QVERIFY(welcome && !welcome->isVisible());
    QSignalSpy current(&w, &MainWindow::currentTabChanged);
    w.closeTab(0);
    QVERIFY(welcome->isVisible());
    QCOMPARE(w.windowTitle(), QStringLiteral("Lede"));
    QVERIFY(!current.isEmpty());
    QCOMPARE(current.back().front().value<DocumentTab *>(), nullptr);
}

void TestReaderWindow::geometryAndDockState_persistAcrossRestarts()
{
    const auto addPanel = [](MainWindow &w) {
        auto *dock = new QDockWidget(QStringLiteral("Panel"), &w);
        dock->setObjectName(QStringLiteral("testPanel"));
        w.addDockWidget(Qt::RightDockWidgetArea, dock);
        return dock;
    };
    {
        MainWindow w;
        QDockWidget *dock = addPanel(w);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(777, 555);
        dock->hide();
        QTRY_COMPARE(w.size(), QSize(777, 555));
        w.close();
    }
    MainWindow again;
    QDockWidget *dock = addPanel(again);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTRY_COMPARE(again.size(), QSize(777, 555));
    QVERIFY(!dock->isVisible()); // the panel stays closed, as the user left it
}

void TestReaderWindow::aboutText_namesVersionLicenceAndDataSources()
{
    const QString text = ui::AboutDialog::text();
    for (const char *needle : {"0.", "GPL-3.0-or-later", "CoNLL-2003", "Reuters", "GeoNames", "CC BY 4.0", "iso-codes",
                               "first names"})
        QVERIFY2(text.contains(QString::fromUtf8(needle), Qt::CaseInsensitive), needle);
}

QTEST_MAIN(TestReaderWindow)
#include "tst_readerwindow.moc"

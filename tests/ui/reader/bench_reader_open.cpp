// Benchmark: opens a 50 MB plain-text file in the reader window and reports how long it takes
// and how long the UI event loop was ever blocked (a 5 ms timer measures its own lateness).
// Prints figures to compare across commits; fails only if the window froze for over a second.
#include "reader/DocumentTab.h"
#include "reader/ArticleLayout.h"
#include "reader/ArticleView.h"
#include "reader/MainWindow.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QScrollBar>
#include <QTimer>

#include <cstdio>

class BenchReaderOpen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void open50MegabyteText_keepsWindowResponsive();
};

void BenchReaderOpen::open50MegabyteText_keepsWindowResponsive()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Short paragraphs of prose-like text separated by blank lines, like a long book; with
        // LEDE_BENCH_ONE_LINE=1, the same sentences on one single line (a text with no line breaks at all).
        const bool oneLine = qEnvironmentVariableIntValue("LEDE_BENCH_ONE_LINE") == 1;
        const QByteArray para =
            QByteArray("The delegates met again on Monday in Vienna, where the talks about the river "
                       "went on late into the night; nobody expected an agreement before the "
                       "spring floods.")
            + (oneLine ? " " : "\n\n");
        // LEDE_BENCH_MB overrides the size (default 50) to compare smaller files.
        const qint64 megabytes = qEnvironmentVariableIntValue("LEDE_BENCH_MB") > 0
            ? qEnvironmentVariableIntValue("LEDE_BENCH_MB") : 50;
        qint64 written = 0;
        while (written < megabytes * 1024 * 1024)
            written += f.write(para);
    }

    lede::ui::MainWindow w;
    w.resize(1200, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    QElapsedTimer clock;
    qint64 maxStallMs = 0;
    qint64 last = 0;
    QTimer probe;
    probe.setInterval(5);
    bool sawBusyIndicator = false;
    connect(&probe, &QTimer::timeout, this, [&] {
        if (lede::ui::DocumentTab *tab = w.currentTab())
            sawBusyIndicator = sawBusyIndicator || tab->isBusyIndicatorVisible();
        const qint64 now = clock.elapsed();
        maxStallMs = std::max(maxStallMs, now - last - 5);
        last = now;
    });

    QSignalSpy finished(&w, &lede::ui::MainWindow::openRequestFinished);
    clock.start();
    probe.start();
    w.openFiles({path});
    QVERIFY(finished.wait(120000));
    const qint64 loadedMs = clock.elapsed();
    const qint64 stallWhileLoading = maxStallMs;
    QVERIFY(finished.front().front().toStringList().isEmpty());
    lede::ui::DocumentTab *tab = w.currentTab();
    QVERIFY(tab && tab->state() == lede::ui::DocumentTab::State::Loaded);

    // Let the background layout finish, still probing the event loop.
    auto *layout = qobject_cast<lede::ui::ArticleLayout *>(tab->view()->document()->documentLayout());
    QVERIFY(layout);
    QTRY_VERIFY_WITH_TIMEOUT(layout->isLayoutComplete(), 300000);
    const qint64 laidOutMs = clock.elapsed();
    const qint64 stallWhileLayingOut = maxStallMs;
    maxStallMs = 0;
    const double heightPx = layout->documentSize().height();
    // Scroll through the book and back, as a reader dragging the scroll bar would.
    QScrollBar *bar = tab->view()->verticalScrollBar();
    for (int step = 0; step <= 20; ++step) {
        bar->setValue(static_cast<int>(static_cast<qint64>(bar->maximum()) * step / 20));
        QTest::qWait(20);
    }
    probe.stop();

    std::printf("bench_reader_open: %s MB text, %lld blocks, %lld words\n",
                qPrintable(qEnvironmentVariable("LEDE_BENCH_MB", QStringLiteral("50"))), static_cast<long long>(tab->document()->blocks.size()), static_cast<long long>(tab->stats().words));
    std::printf("bench_reader_open: open to loaded %lld ms; max event-loop stall while loading %lld ms\n",
                static_cast<long long>(loadedMs), static_cast<long long>(stallWhileLoading));
    std::printf("bench_reader_open: whole text laid out %lld ms after open, %.0f px tall; max stall until then "
                "%lld ms, while scrolling through it %lld ms\n",
                static_cast<long long>(laidOutMs), heightPx, static_cast<long long>(stallWhileLayingOut),
                static_cast<long long>(maxStallMs));
    QVERIFY2(stallWhileLoading < 1000, "the window froze while loading");
    if (loadedMs > 1000)
        QVERIFY2(sawBusyIndicator, "a load of several seconds showed no busy indicator");
}

QTEST_MAIN(BenchReaderOpen)
#include "bench_reader_open.moc"

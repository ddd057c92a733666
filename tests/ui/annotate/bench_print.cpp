// bench_print: how long Export as PDF and Print block the UI thread on a book (issue #12: printing and export lay
// out in the background). Opens LEDE_BENCH_BOOK (the King James Bible: `tools/bench/kjv-book.sh kjv.txt`) in the
// reader window, waits for its analysis and highlights, then runs each job the way the File menu does after its
// dialog (AnnotationController::exportPdf, ::print to a PDF-file QPrinter, with the progress dialog), with a
// 2 ms timer measuring its own lateness. Prints per job the time to the finished file, the pages, the longest
// event-loop stall and the longest UI-thread CPU time between two ticks. A figure, not a timed assertion.
// Print Preview is not measured: QPrintPreviewWidget asks for its pages on the UI thread by design.
#include "annotate/AnnotationController.h"
#include "annotate/DocumentAnnotator.h"
#include "annotate/PrintJob.h"
#include "annotate/ReaderIntegration.h"
#include "reader/ArticleView.h"
#include "reader/DocumentTab.h"
#include "reader/MainWindow.h"
#include "reader/ReaderSettings.h"

#include "UiTickProbe.h"

#include <QFileInfo>
#include <QPrinter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace lede;

class BenchPrint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LedeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("bench_print"));
        QVERIFY(m_dir.isValid());
    }

    void bookPrintAndPdf_keepTheWindowResponsive()
    {
        const QString book = qEnvironmentVariable("LEDE_BENCH_BOOK");
        if (book.isEmpty())
            QSKIP("set LEDE_BENCH_BOOK to a book, e.g. after tools/bench/kjv-book.sh /tmp/kjv.txt");
        ui::openReaderSettings()->clear();
        ui::MainWindow window;
        ui::AnnotationController *controller = ui::installAnnotations(&window);
        m_controller = controller;
        window.resize(1200, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFiles({book});
        QVERIFY(QTest::qWaitFor([&] { return controller->activeAnnotator() != nullptr; }, 60000));
        ui::DocumentAnnotator *annotator = controller->activeAnnotator();
        QVERIFY(QTest::qWaitFor([&] { return annotator->model()->hasAnalysis(); }, 300000));
        QVERIFY(QTest::qWaitFor([&] { return !annotator->highlighter()->isBusy(); }, 300000));
        std::printf("bench_print: %s, %d blocks\n", qPrintable(QFileInfo(book).fileName()),
                    annotator->model()->blockCount());

        const QString pdf = m_dir.filePath(QStringLiteral("book.pdf"));
        measure("Export as PDF", pdf, [&] { return controller->exportPdf(pdf); });
        const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
        measure("Print (to a PDF-file printer)", printed, [&] {
            auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(printed);
            return controller->print(printer);
        });
    }

private:
    void measure(const char *what, const QString &output, const std::function<ui::PrintJob *()> &start)
    {
        qint64 longestStall = 0;
        qint64 busiestMs = 0;
        test::UiTickProbe probe([&](qint64 stallMs, qint64 busyUs) {
            longestStall = std::max(longestStall, stallMs);
            busiestMs = std::max(busiestMs, busyUs / 1000);
        });
        bool done = false;
        int pages = 0;
        ui::PrintJob::Outcome outcome = ui::PrintJob::Outcome::Failed;
        const qint64 cpuBefore = probe.begin();
        probe.run();
        ui::PrintJob *job = start(); // the UI thread's own share (copying the highlights) is inside the first gap
        QVERIFY2(job, what);
        connect(job, &ui::PrintJob::progress, this, [&](int, int count) { pages = count; });
        connect(job, &ui::PrintJob::finished, this, [&](ui::PrintJob::Outcome o) {
            outcome = o;
            done = true;
        });
        QVERIFY2(QTest::qWaitFor([&] { return done; }, 600000), what);
        const qint64 totalMs = probe.elapsedMs();
        const qint64 cpuMs = (test::threadCpuUs() - cpuBefore) / 1000;
        probe.stop();
        QCOMPARE(outcome, ui::PrintJob::Outcome::Printed);
        std::printf("bench_print: %s: %d pages, %.1f MB, done after %lld ms; longest stall %lld ms, longest UI-thread "
                    "CPU between ticks %lld ms, UI-thread CPU %lld ms in all\n",
                    what, pages, static_cast<double>(QFileInfo(output).size()) / 1e6, totalMs, longestStall, busiestMs,
                    cpuMs);
        QTRY_VERIFY(!m_controller->printJob()); // the next job may start once this one has gone
    }

    QTemporaryDir m_dir;
    ui::AnnotationController *m_controller = nullptr;
};

QTEST_MAIN(BenchPrint)
#include "bench_print.moc"

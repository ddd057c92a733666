// bench_analysis_lands: how long the UI thread is blocked when a book's analysis lands in the reader window
// (corrections, indexes, entity list, context panel, timeline, the first highlights). Opens the book given by
// LEDE_BENCH_BOOK (the King James Bible: `tools/bench/kjv-book.sh kjv.txt`) in a fresh window per run, with
// a 2 ms timer measuring its own lateness, and prints per run and as medians, from the analysis result's arrival
// until a second after the model has it (work Qt defers to later events, such as the entity tree's item layout
// and painting, included):
//   - the longest event-loop stall, wall time;
//   - the longest stretch of UI-thread CPU time between two ticks: the stall as the UI thread's own work, which
//     other processes on a busy machine do not lengthen;
//   - the UI thread's CPU time over the whole stretch (highlighting and background layout slices included).
// A figure to compare across commits, not a timed assertion. LEDE_BENCH_RUNS sets the runs (default 3); the
// first run in a process costs more (fresh memory, fonts), so tools/bench/analysis-lands.sh runs one per process.
#include "annotate/AnnotationController.h"
#include "annotate/DocumentAnnotator.h"
#include "annotate/ReaderIntegration.h"
#include "reader/ArticleView.h"
#include "reader/DocumentTab.h"
#include "reader/MainWindow.h"
#include "reader/ReaderSettings.h"

#include "UiTickProbe.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lede;

namespace {

struct Run
{
    qint64 analysisMs = -1;    // open to the analysis result's arrival
    qint64 landingStallMs = 0; // longest stall from the arrival to a second after analysisChanged
    qint64 busiestGapMs = 0;   // longest UI-thread CPU time between two ticks over the same stretch
    qint64 cpuLandingMs = -1;  // UI-thread CPU from the arrival to a second after analysisChanged
    qint64 otherStallMs = 0;   // longest stall before the arrival (opening, while analysing)
    size_t entities = 0;
};

} // namespace

class BenchAnalysisLands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LedeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("bench_analysis_lands"));
    }

    void bookAnalysis_landsWithoutLongStall()
    {
        const QString book = qEnvironmentVariable("LEDE_BENCH_BOOK");
        if (book.isEmpty())
            QSKIP("set LEDE_BENCH_BOOK to a book, e.g. after tools/bench/kjv-book.sh /tmp/kjv.txt");
        const int asked = qEnvironmentVariableIntValue("LEDE_BENCH_RUNS");
        const int runs = asked > 0 ? asked : 3;
        std::vector<Run> results;
        for (int i = 0; i < runs; ++i) {
            Run run = measureOnce(book);
            if (QTest::currentTestFailed())
                return;
            std::printf("bench_analysis_lands: run %d: analysis %lld ms, %zu entities; landing: longest stall %lld ms, "
                        "longest UI-thread CPU between ticks %lld ms, UI-thread CPU %lld ms in all; longest stall "
                        "before %lld ms\n",
                        i + 1, run.analysisMs, run.entities, run.landingStallMs, run.busiestGapMs, run.cpuLandingMs,
                        run.otherStallMs);
            results.push_back(run);
        }
        auto pick = [&results](qint64 Run::*field) {
            std::vector<qint64> v;
            for (const Run &r : results)
                v.push_back(r.*field);
            return test::medianOf(v);
        };
        std::printf("bench_analysis_lands: median of %d: longest stall while the analysis lands %lld ms, longest "
                    "UI-thread CPU between ticks %lld ms, UI-thread CPU %lld ms in all\n",
                    runs, pick(&Run::landingStallMs), pick(&Run::busiestGapMs), pick(&Run::cpuLandingMs));
    }

private:
    Run measureOnce(const QString &book)
    {
        Run run;
        ui::openReaderSettings()->clear();
        ui::MainWindow window;
        ui::AnnotationController *controller = ui::installAnnotations(&window);
        window.resize(1200, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            QTest::qFail("the window never appeared", __FILE__, __LINE__);
            return run;
        }

        enum Phase { Before, Landing, After };
        Phase phase = Before;
        test::UiTickProbe probe([&](qint64 stallMs, qint64 busyUs) {
            if (phase == Landing) {
                run.landingStallMs = std::max(run.landingStallMs, stallMs);
                run.busiestGapMs = std::max(run.busiestGapMs, busyUs / 1000);
            } else if (phase == Before) {
                run.otherStallMs = std::max(run.otherStallMs, stallMs);
            }
        });

        qint64 cpuAtArrival = 0; // µs
        bool modelHasIt = false;
        QTimer settle;
        settle.setSingleShot(true);
        settle.setInterval(1000);
        connect(&settle, &QTimer::timeout, this, [&] {
            run.cpuLandingMs = (test::threadCpuUs() - cpuAtArrival) / 1000;
            phase = After;
        });
        // The tab and its annotator exist once the window has the tab; the panels are connected by then, so
        // these connections are served after theirs.
        connect(&window, &ui::MainWindow::currentTabChanged, this, [&](ui::DocumentTab *tab) {
            ui::DocumentAnnotator *annotator = tab ? controller->annotatorFor(tab->view()) : nullptr;
            if (!annotator)
                return;
            // busy(false) comes just before finished(), whose first receiver (the annotator) applies the result
            // within the same call: finished() itself would reach us too late.
            connect(annotator->analysis(), &ui::AnalysisController::busy, this, [&](bool running) {
                if (running || phase != Before)
                    return;
                run.analysisMs = probe.elapsedMs();
                cpuAtArrival = test::threadCpuUs();
                phase = Landing;
            });
            connect(annotator->model(), &ui::AnnotationModel::analysisChanged, this, [&, annotator] {
                if (phase != Landing || modelHasIt || !annotator->model()->hasAnalysis())
                    return;
                modelHasIt = true;
                run.entities = annotator->model()->entities().size();
                settle.start();
            });
        });

        probe.begin();
        probe.run();
        window.openFiles({book});
        if (!QTest::qWaitFor([&] { return phase == After; }, 300000))
            QTest::qFail("the analysis never landed", __FILE__, __LINE__);
        probe.stop();
        return run;
    }
};

QTEST_MAIN(BenchAnalysisLands)
#include "bench_analysis_lands.moc"

// bench_correction_lands: how long the UI thread is blocked when the user corrects an entity in a book — a rename
// of the most mentioned person, then Undo and Redo of it — in the reader window with its panels and timeline.
// Opens LEDE_BENCH_BOOK (the King James Bible: `tools/bench/kjv-book.sh kjv.txt`) once, waits for its analysis,
// then per round measures each of the three steps, with a 2 ms timer measuring its own lateness, from the call
// until half a second after the model has the corrected entities:
//   - the UI-thread CPU time of the call itself (what the click costs before the event loop runs again);
//   - the longest stretch of UI-thread CPU time between two ticks (the stall as the UI thread's own work);
//   - the longest event-loop stall, wall time (longer on a busy machine);
//   - the UI thread's CPU time over the whole stretch.
// Prints each round and the medians. A figure to compare across commits, not a timed assertion.
// LEDE_BENCH_RUNS sets the rounds (default 5).
#include "annotate/AnnotationController.h"
#include "annotate/DocumentAnnotator.h"
#include "annotate/ReaderIntegration.h"
#include "reader/ArticleView.h"
#include "reader/DocumentTab.h"
#include "reader/MainWindow.h"
#include "reader/ReaderSettings.h"

#include "UiTickProbe.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace lede;

namespace {

struct Step
{
    qint64 callCpuUs = 0; // UI-thread CPU inside the call
    qint64 busiestUs = 0; // longest UI-thread CPU between two ticks, call included
    qint64 stallMs = 0;   // longest event-loop stall, wall time
    qint64 cpuAllUs = 0;  // UI-thread CPU from the call to half a second after the model has the result
    qint64 landedMs = -1; // from the call until the model has the result
};

} // namespace

class BenchCorrectionLands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LedeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("bench_correction_lands"));
    }

    void bookCorrection_landsWithoutLongStall()
    {
        const QString book = qEnvironmentVariable("LEDE_BENCH_BOOK");
        if (book.isEmpty())
            QSKIP("set LEDE_BENCH_BOOK to a book, e.g. after tools/bench/kjv-book.sh /tmp/kjv.txt");
        const int asked = qEnvironmentVariableIntValue("LEDE_BENCH_RUNS");
        const int runs = asked > 0 ? asked : 5;

        ui::openReaderSettings()->clear();
        ui::MainWindow window;
        ui::AnnotationController *controller = ui::installAnnotations(&window);
        window.resize(1200, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFiles({book});
        QTRY_VERIFY_WITH_TIMEOUT(window.currentTab() && controller->annotatorFor(window.currentTab()->view())
                                     && controller->annotatorFor(window.currentTab()->view())->model()->hasAnalysis(),
                                 300000);
        ui::DocumentAnnotator *annotator = controller->annotatorFor(window.currentTab()->view());
        QTest::qWait(2000); // the first highlights, the timeline and the background layout settle

        // The most mentioned person: the correction that touches the most spans.
        std::string id;
        size_t most = 0;
        for (const core::Entity &e : annotator->model()->entities()) {
            if (e.type == core::EntityType::Person && e.mentions.size() > most) {
                most = e.mentions.size();
                id = e.id;
            }
        }
        QVERIFY(!id.empty());
        const std::u16string original = annotator->model()->entity(id)->name;
        std::printf("bench_correction_lands: %zu entities; renaming one with %zu mentions\n",
                    annotator->model()->entities().size(), most);

        std::vector<Step> renames, undos, redos;
        for (int i = 0; i < runs; ++i) {
            const QString name = QStringLiteral("Renamed %1").arg(i);
            renames.push_back(measure(annotator, [&] { annotator->renameEntity(id, name); }));
            undos.push_back(measure(annotator, [&] { annotator->undoStack()->undo(); }));
            redos.push_back(measure(annotator, [&] { annotator->undoStack()->redo(); }));
            if (QTest::currentTestFailed())
                return;
            for (const auto &[label, step] : {std::pair{"rename", renames.back()}, std::pair{"undo", undos.back()},
                                              std::pair{"redo", redos.back()}})
                std::printf("bench_correction_lands: round %d %s: call %.1f ms UI-thread CPU; longest UI-thread CPU "
                            "between ticks %.1f ms; longest stall %lld ms; UI-thread CPU %.1f ms in all; landed after "
                            "%lld ms\n",
                            i + 1, label, step.callCpuUs / 1000.0, step.busiestUs / 1000.0, step.stallMs,
                            step.cpuAllUs / 1000.0, step.landedMs);
            // Back to the original name for the next round's rename (its own undo step, not measured).
            annotator->undoStack()->undo();
            QTRY_VERIFY_WITH_TIMEOUT(annotator->model()->entity(id) && annotator->model()->entity(id)->name == original,
                                     60000);
            QTest::qWait(300);
        }
        for (const auto &[label, steps] :
             {std::pair{"rename", &renames}, std::pair{"undo", &undos}, std::pair{"redo", &redos}}) {
            auto pick = [steps](qint64 Step::*field) {
                std::vector<qint64> v;
                for (const Step &s : *steps)
                    v.push_back(s.*field);
                return test::medianOf(v);
            };
            std::printf("bench_correction_lands: median of %d %s: call %.1f ms UI-thread CPU; longest UI-thread CPU "
                        "between ticks %.1f ms; longest stall %lld ms; UI-thread CPU %.1f ms in all\n",
                        runs, label, pick(&Step::callCpuUs) / 1000.0, pick(&Step::busiestUs) / 1000.0,
                        pick(&Step::stallMs), pick(&Step::cpuAllUs) / 1000.0);
        }
    }

private:
    Step measure(ui::DocumentAnnotator *annotator, const std::function<void()> &step)
    {
        Step result;
        bool landed = false;
        bool done = false;
        test::UiTickProbe probe([&](qint64 stallMs, qint64 busyUs) {
            result.stallMs = std::max(result.stallMs, stallMs);
            result.busiestUs = std::max(result.busiestUs, busyUs);
        });
        QTimer settle;
        settle.setSingleShot(true);
        settle.setInterval(500);
        qint64 cpuAtCall = 0;
        connect(&settle, &QTimer::timeout, this, [&] {
            result.cpuAllUs = test::threadCpuUs() - cpuAtCall;
            done = true;
        });
        const QMetaObject::Connection changed =
            connect(annotator->model(), &ui::AnnotationModel::entitiesChanged, this, [&] {
                if (landed)
                    return;
                landed = true;
                result.landedMs = probe.elapsedMs();
                settle.start();
            });

        cpuAtCall = probe.begin();
        step();
        result.callCpuUs = test::threadCpuUs() - cpuAtCall;
        result.busiestUs = result.callCpuUs;
        probe.run();
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            QTest::qFail("the correction never landed", __FILE__, __LINE__);
        probe.stop();
        disconnect(changed);
        return result;
    }
};

QTEST_MAIN(BenchCorrectionLands)
#include "bench_correction_lands.moc"

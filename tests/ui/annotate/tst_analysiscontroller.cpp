// Background analysis: results arrive on the UI thread, stale results are dropped, the old job is cancelled,
// and the real pipeline's dates land on the right characters.
#include "AnnotateFixture.h"
#include "annotate/AnalysisController.h"
#include "annotate/AnnotationModel.h"
#include "annotate/EntityHighlighter.h"
#include "annotate/TaggerProvider.h"
#include "common/Utf.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QThread>

#include <atomic>

using namespace lede;
using namespace lede::ui;


class TestAnalysisController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No NER model needed here: these tests are about the job, not the recogniser.
        TaggerProvider::override(nullptr, QStringLiteral("no model in this test"));
    }

    void staleResult_isDropped_andOldJobCancelled()
    {
        QSemaphore releaseFirst;
        std::atomic_bool firstSawStop{false};
        std::atomic_int calls{0};
        AnalysisController controller(nullptr, [&](const core::Document &doc, const core::AnalysisOptions &o) {
            core::Analysis a;
            core::Timex marker;
            marker.value = core::utf16ToUtf8(doc.text);
            a.dates.push_back(marker);
            if (calls.fetch_add(1) == 0) {
                releaseFirst.acquire(); // the first job is slow
                firstSawStop = o.stop.stopRequested();
            }
            return a;
        });
        QSignalSpy finished(&controller, &AnalysisController::finished);
        auto first = std::make_shared<core::Document>();
        first->text = u"first";
        auto second = std::make_shared<core::Document>();
        second->text = u"second";
        controller.start(first);
        QTRY_COMPARE(calls.load(), 1);
        controller.start(second);
        QTRY_COMPARE(finished.size(), 1);
        releaseFirst.release();
        QTest::qWait(200); // give the stale first job time to finish and (not) report
        QCOMPARE(finished.size(), 1);
        const auto analysis = finished.at(0).at(0).value<std::shared_ptr<const core::Analysis>>();
        QCOMPARE(analysis->dates.at(0).value, std::string("second"));
        QVERIFY(firstSawStop.load());
        QVERIFY(!controller.isRunning());
    }

    void destroyingController_cancelsRunningJob()
    {
        QSemaphore release;
        std::atomic_bool sawStop{false};
        {
            AnalysisController controller(nullptr, [&](const core::Document &, const core::AnalysisOptions &o) {
                release.acquire();
                sawStop = o.stop.stopRequested();
                return core::Analysis{};
            });
            auto doc = std::make_shared<core::Document>();
            doc->text = u"x";
            controller.start(doc);
            QTest::qWait(50);
        }
        release.release();
        QTRY_VERIFY(sawStop.load());
    }

    void realPipeline_dateLandsAfterEmoji()
    {
        // core::analyzeDocument (no tagger): the date after an emoji is found and highlighted in place.
        const auto doc = test::AnnotateFixture::document();
        AnalysisController controller;
        AnnotationModel model;
        QTextDocument view;
        EntityHighlighter highlighter(&view, &model);
        view.setPlainText(test::AnnotateFixture::viewText());
        connect(&controller, &AnalysisController::finished, &model,
                [&](std::shared_ptr<const core::Analysis> a) { model.setAnalysis(doc, a, a->entities); });
        controller.start(doc);
        QTRY_VERIFY_WITH_TIMEOUT(model.hasAnalysis(), 10000);
        QTRY_VERIFY(!highlighter.isBusy());
        const QTextBlock b = view.firstBlock();
        const int at = static_cast<int>(b.text().indexOf(QStringLiteral("25 April 2022")));
        bool found = false;
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            found = found || (r.start == at && r.length == 13);
        QVERIFY2(found, "the date is not highlighted on its characters");
        QCOMPARE(model.dates().at(0).value, std::string("2022-04-25"));
    }
};

QTEST_MAIN(TestAnalysisController)
#include "tst_analysiscontroller.moc"

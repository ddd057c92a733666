// An analysis lands in two steps: the corrections are applied and the spans indexed on a worker, then the model
// takes the result on the UI thread. A result made stale meanwhile (another document) never reaches the model,
// and a correction made meanwhile is in what lands. A correction lands the same way: applied on a worker, and of
// a quick run of corrections, undos and redos only the last result reaches the model.
#include "AnnotateFixture.h"
#include "annotate/CorrectionsStore.h"
#include "annotate/DocumentAnnotator.h"
#include "annotate/TaggerProvider.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>

#include <memory>
#include <vector>

using namespace lede;
using namespace lede::ui;

namespace {
core::Analysis fixtureAnalysis(const core::Document &doc, const core::AnalysisOptions &)
{
    return test::AnnotateFixture::analysis(doc);
}

// The fixture's text with one word changed: another document, whose analysis finds the same names.
std::shared_ptr<const core::Document> otherDocument()
{
    auto doc = std::make_shared<core::Document>(*test::AnnotateFixture::document());
    doc->text.replace(doc->text.find(u"tired"), 5, u"weary");
    return doc;
}
} // namespace

class TestAnalysisLanding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        TaggerProvider::override(nullptr);
    }

    void init()
    {
        for (const auto &doc : {test::AnnotateFixture::document(), otherDocument()})
            QFile::remove(CorrectionsStore::pathFor(CorrectionsStore::keyFor(doc->text)));
        m_view = std::make_unique<QTextEdit>();
        m_view->setPlainText(test::AnnotateFixture::viewText());
        m_annotator = new DocumentAnnotator(m_view.get(), m_view.get(), &fixtureAnalysis);
    }

    void cleanup() { m_view.reset(); }

    void anotherDocument_whileTheResultIsPrepared_dropsIt()
    {
        const auto first = test::AnnotateFixture::document();
        const auto second = otherDocument();
        std::vector<const core::Document *> landed;
        connect(m_annotator->model(), &AnnotationModel::analysisChanged, this, [&] {
            if (m_annotator->model()->hasAnalysis())
                landed.push_back(m_annotator->model()->document().get());
        });
        // Served after the annotator's own slot, which has sent the first result to the worker by then.
        bool switched = false;
        connect(m_annotator->analysis(), &AnalysisController::finished, this, [&] {
            if (!std::exchange(switched, true))
                m_annotator->setDocument(second);
        });
        m_annotator->setDocument(first);
        QTRY_VERIFY(!landed.empty());
        QTest::qWait(100); // time for the first result to come back, and (not) land
        QCOMPARE(landed, std::vector<const core::Document *>{second.get()});
    }

    void correction_whileANewAnalysisIsPrepared_isInWhatLands()
    {
        m_annotator->setDocument(test::AnnotateFixture::document());
        QTRY_VERIFY(m_annotator->model()->hasAnalysis());
        const auto shown = m_annotator->model()->analysis();
        // A reference date the user picks: the dates are found again and the result prepared anew; the user
        // renames Paris while that result is on its way.
        bool renamed = false;
        connect(m_annotator->analysis(), &AnalysisController::finished, this, [&] {
            if (!std::exchange(renamed, true))
                m_annotator->renameEntity("e3", QStringLiteral("Lutetia"));
        });
        m_annotator->setReferenceDate({core::CalendarDate{2022, 4, 20}, core::ReferenceSource::User});
        QTRY_VERIFY(m_annotator->model()->analysis() != shown);
        QVERIFY(renamed);
        QCOMPARE(m_annotator->model()->analysis()->reference.source, core::ReferenceSource::User);
        QCOMPARE(QString::fromStdU16String(m_annotator->model()->entity("e3")->name), QStringLiteral("Lutetia"));
        QTest::qWait(100); // the result prepared before the rename must not land after this one
        QCOMPARE(QString::fromStdU16String(m_annotator->model()->entity("e3")->name), QStringLiteral("Lutetia"));
    }

    void correctionUndoRedo_inQuickSuccession_landOnlyTheLastState()
    {
        m_annotator->setDocument(test::AnnotateFixture::document());
        QTRY_VERIFY(m_annotator->model()->hasAnalysis());
        QSignalSpy applied(m_annotator, &DocumentAnnotator::correctionsApplied);
        QSignalSpy changed(m_annotator->model(), &AnnotationModel::entitiesChanged);
        // No event loop between the three: each starts a worker, and the first two results are stale.
        m_annotator->renameEntity("e3", QStringLiteral("Lutetia"));
        QVERIFY(m_annotator->isApplyingCorrections());
        m_annotator->undoStack()->undo();
        m_annotator->undoStack()->redo();
        QCOMPARE(m_annotator->corrections().log().size(), size_t(1)); // the log is current at once
        QTRY_VERIFY(!m_annotator->isApplyingCorrections());
        QCOMPARE(QString::fromStdU16String(m_annotator->model()->entity("e3")->name), QStringLiteral("Lutetia"));
        QTest::qWait(100); // a stale result finishing late must not land after the last one
        QCOMPARE(applied.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(QString::fromStdU16String(m_annotator->model()->entity("e3")->name), QStringLiteral("Lutetia"));
        QVERIFY(m_annotator->undoStack()->canUndo());
        QVERIFY(!m_annotator->undoStack()->canRedo());
    }

    void correctionThenUndo_inQuickSuccession_landsTheOriginal()
    {
        m_annotator->setDocument(test::AnnotateFixture::document());
        QTRY_VERIFY(m_annotator->model()->hasAnalysis());
        const std::u16string original = m_annotator->model()->entity("e3")->name;
        m_annotator->retypeEntity("e3", core::EntityType::Organization);
        m_annotator->undoStack()->undo();
        QTRY_VERIFY(!m_annotator->isApplyingCorrections());
        QTest::qWait(100);
        QCOMPARE(m_annotator->model()->entity("e3")->name, original);
        QCOMPARE(m_annotator->model()->entity("e3")->type, core::EntityType::Place);
        QVERIFY(m_annotator->corrections().log().empty());
        QVERIFY(m_annotator->undoStack()->canRedo());
        // And the redo, taken alone, lands too.
        m_annotator->undoStack()->redo();
        QTRY_COMPARE(m_annotator->model()->entity("e3")->type, core::EntityType::Organization);
    }

    void correction_onATabClosedMeanwhile_doesNotCrash()
    {
        m_annotator->setDocument(test::AnnotateFixture::document());
        QTRY_VERIFY(m_annotator->model()->hasAnalysis());
        m_annotator->renameEntity("e3", QStringLiteral("Lutetia"));
        m_annotator->undoStack()->undo();
        m_annotator->undoStack()->redo();
        QVERIFY(m_annotator->isApplyingCorrections());
        // The tab closes while its corrections are on a worker: the view, and the annotator with it, go.
        QPointer<DocumentAnnotator> annotator = m_annotator;
        m_view.reset();
        QVERIFY(!annotator);
        QTest::qWait(200); // the workers finish; nothing of theirs may reach the annotator that went
        // The same again, with the annotator going through deleteLater as a closed tab's does.
        init();
        m_annotator->setDocument(test::AnnotateFixture::document());
        QTRY_VERIFY(m_annotator->model()->hasAnalysis());
        m_annotator->mergeEntities("e2", "e1");
        QVERIFY(m_annotator->isApplyingCorrections());
        const QPointer<QTextEdit> view = m_view.release();
        view->deleteLater();
        QTRY_VERIFY(!view);
        QTest::qWait(200);
    }

private:
    std::unique_ptr<QTextEdit> m_view;
    DocumentAnnotator *m_annotator = nullptr;
};

QTEST_MAIN(TestAnalysisLanding)
#include "tst_analysislanding.moc"

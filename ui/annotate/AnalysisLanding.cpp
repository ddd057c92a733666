// AnalysisLanding: analyses and corrected entities prepared on workers, and only the newest handed to the model.
#include "annotate/AnalysisLanding.h"

#include "annotate/AnalysisController.h"
#include "annotate/DocumentCorrections.h"
#include "threads/WhenFinished.h"
#include "threads/WorkerPriority.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace lede::ui {

namespace {
// An analysis made ready for the model on a worker.
struct Landing
{
    AnnotationModel::Prepared prepared;
    size_t skippedCorrections = 0;
    qint64 workerMs = 0;
};
} // namespace

AnalysisLanding::AnalysisLanding(AnnotationModel *model, DocumentCorrections *corrections, AnalysisController *analysis)
    : m_model(model), m_corrections(corrections), m_analysis(analysis)
{
    connect(m_corrections, &DocumentCorrections::ready, this, [this] {
        if (m_waitingAnalysis)
            onAnalysisFinished(std::exchange(m_waitingAnalysis, nullptr));
    });
    connect(m_analysis, &AnalysisController::finished, this, &AnalysisLanding::onAnalysisFinished);
}

void AnalysisLanding::setDocument(std::shared_ptr<const core::Document> document)
{
    m_document = std::move(document);
    m_waitingAnalysis.reset();
    m_landing.reset();
    ++m_landingGeneration;
    m_correctedGeneration = ++m_correctingGeneration; // a correction of the old text on its way is dropped
}

void AnalysisLanding::onAnalysisFinished(std::shared_ptr<const core::Analysis> analysis)
{
    // AnalysisController drops results of older start() calls, so this is m_document's analysis.
    std::shared_ptr<const core::Document> document = m_document;
    if (!document)
        return;
    if (!m_corrections->isReady()) {
        m_waitingAnalysis = std::move(analysis);
        return;
    }
    // A reference date the user chose when the document was last open: dates and events found again
    // against it (entities kept) before anything is shown, so the timeline opens as the user left it.
    if (const auto &chosen = m_corrections->log().referenceDate();
        chosen && (analysis->reference.source != core::ReferenceSource::User || analysis->reference.date != chosen)) {
        m_analysis->reanchor(document, analysis, core::ReferenceDate{chosen, core::ReferenceSource::User});
        return;
    }
    land(std::move(analysis));
}

void AnalysisLanding::land(std::shared_ptr<const core::Analysis> analysis)
{
    // Applying the corrections and indexing the spans took a book's landing 15 ms of UI thread: they run on a
    // worker, with copies of the corrections and shared, immutable document and analysis. A newer analysis, a
    // change of the corrections or another document makes the result stale (see m_landingGeneration).
    const int generation = ++m_landingGeneration;
    m_landing = analysis;
    // Shared, not copied: a future hands its result over by copy, and a book's entities and index are megabytes.
    const QFuture<std::shared_ptr<Landing>> prepared =
        QtConcurrent::run([document = m_document, analysis = std::move(analysis), corrections = m_corrections->log()] {
            stepBackForInterface();
            QElapsedTimer clock;
            clock.start();
            auto landing = std::make_shared<Landing>();
            core::CorrectionReport report;
            auto entities = core::applyCorrections(document->text, analysis->entities, corrections, &report);
            landing->skippedCorrections = report.skipped.size();
            landing->prepared = AnnotationModel::prepare(document, analysis, std::move(entities));
            landing->workerMs = clock.elapsed();
            return landing;
        });
    whenFinished(prepared, this, [this, generation](const std::shared_ptr<Landing> &landing) {
        if (generation != m_landingGeneration) {
            qCDebug(lcAnnotate) << "dropping a stale prepared analysis, generation" << generation << "now"
                                << m_landingGeneration;
            return;
        }
        m_landing.reset();
        QElapsedTimer clock; // the UI-thread share of an analysis, for the logs
        clock.start();
        if (landing->skippedCorrections > 0)
            qCInfo(lcAnnotate) << landing->skippedCorrections << "stored corrections no longer apply";
        // The highlighter queues what is on screen first, and formats it at once (a screenful of blocks is
        // a few ms); the rest follows in slices.
        Q_EMIT aboutToLandAnalysis();
        m_model->setPrepared(std::move(landing->prepared));
        Q_EMIT analysisLanded();
        qCDebug(lcAnnotate) << "analysis applied on the UI thread in" << clock.elapsed() << "ms (corrections and index"
                            << "prepared on a worker in" << landing->workerMs << "ms)";
    });
}

void AnalysisLanding::prepareAgain()
{
    if (m_landing)
        land(m_landing);
}

void AnalysisLanding::applyCorrections()
{
    // Applying the log and indexing a book's spans again took 10-15 ms of UI thread per click: a worker does
    // it from the shared, immutable document, analysis and entities and a copy of the log, and the result is
    // taken in one swap. Only the newest result lands (m_correctingGeneration), so a quick run of corrections,
    // undos and redos shows the log as it ends; the log itself, and so the undo stack, is always current.
    const int generation = ++m_correctingGeneration;
    const QFuture<std::shared_ptr<AnnotationModel::PreparedEntities>> corrected =
        QtConcurrent::run([document = m_document, analysis = m_model->analysis(), previous = m_model->sharedEntities(),
                           corrections = m_corrections->log()] {
            stepBackForInterface();
            auto entities = core::applyCorrections(document->text, analysis->entities, corrections);
            return std::make_shared<AnnotationModel::PreparedEntities>(
                AnnotationModel::prepareEntities(document.get(), analysis, *previous, std::move(entities)));
        });
    whenFinished(corrected, this, [this, generation](const std::shared_ptr<AnnotationModel::PreparedEntities> &result) {
        if (generation != m_correctingGeneration)
            return; // a newer correction, undo or redo is on its way
        m_correctedGeneration = generation;
        if (!m_model->setPreparedEntities(std::move(*result)))
            return; // a new analysis landed meanwhile, prepared with the corrections as they are now
        Q_EMIT correctionsLanded();
    });
}

} // namespace lede::ui

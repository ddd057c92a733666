// AnalysisController: background analysis with generations and cancellation.
#include "annotate/AnalysisController.h"

#include "annotate/AnalysisThreads.h"
#include "annotate/HighlightKind.h"
#include "threads/WhenFinished.h"
#include "threads/WorkerPriority.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lede::ui {

namespace {
// Documents longer than this (UTF-16 units) show a busy indicator; short ones finish before it would matter.
constexpr size_t kLongDocument = 200'000;
} // namespace

AnalysisController::AnalysisController(QObject *parent, AnalyzeFunction analyze)
    : QObject(parent), m_analyze(analyze ? std::move(analyze) : AnalyzeFunction(&core::analyzeDocument))
{
}

AnalysisController::~AnalysisController()
{
    cancel();
}

void AnalysisController::cancel()
{
    if (m_stop)
        m_stop->requestStop();
    m_stop.reset();
    ++m_generation; // whatever is in flight is stale now
    if (m_running) {
        m_running = false;
        Q_EMIT busy(false);
    }
}

int AnalysisController::beginJob(const core::Document &document)
{
    m_stop = std::make_unique<core::StopSource>();
    m_running = true;
    m_clock.start();
    Q_EMIT started();
    if (document.text.size() > kLongDocument)
        Q_EMIT busy(true);
    return m_generation;
}

void AnalysisController::start(std::shared_ptr<const core::Document> document, core::ReferenceDate reference)
{
    cancel();
    if (!document)
        return;
    const int generation = beginJob(*document);
    whenFinished(TaggerProvider::shared(), this, [this, generation, document, reference](const TaggerState &state) {
        runWithTagger(generation, document, reference, state);
    });
}

void AnalysisController::runWithTagger(int generation, std::shared_ptr<const core::Document> document,
                                       core::ReferenceDate reference, const TaggerState &state)
{
    if (generation != m_generation || !m_stop)
        return;
    if (!state.tagger && !m_taggerErrorShown) {
        m_taggerErrorShown = true;
        Q_EMIT taggerUnavailable(state.error);
    }
    core::AnalysisOptions options;
    options.tagger = state.tagger;
    options.reference = reference;
    options.stop = m_stop->token();
    options.parallel = analysisParallelFor(); // the book's parts on every core
    // The worker owns copies of everything it touches: the document (shared), the options, the function.
    auto future = QtConcurrent::run([analyze = m_analyze, document, options]() {
        stepBackForInterface();
        return std::make_shared<const core::Analysis>(analyze(*document, options));
    });
    whenFinished(future, this, [this, generation](std::shared_ptr<const core::Analysis> analysis) {
        deliver(generation, std::move(analysis));
    });
}

void AnalysisController::reanchor(std::shared_ptr<const core::Document> document,
                                  std::shared_ptr<const core::Analysis> previous, core::ReferenceDate reference)
{
    cancel();
    if (!document || !previous)
        return;
    const int generation = beginJob(*document);
    // Entities are kept, so no tagger is needed: the dates of a book are found again in well under a second.
    auto future = QtConcurrent::run([document, previous, reference, stop = m_stop->token()]() {
        stepBackForInterface();
        return std::make_shared<const core::Analysis>(core::reanchorDates(*document, *previous, reference, stop));
    });
    whenFinished(future, this, [this, generation](std::shared_ptr<const core::Analysis> analysis) {
        deliver(generation, std::move(analysis));
    });
}

void AnalysisController::deliver(int generation, std::shared_ptr<const core::Analysis> analysis)
{
    if (generation != m_generation) {
        qCDebug(lcAnnotate) << "dropping stale analysis, generation" << generation << "now" << m_generation;
        return;
    }
    m_running = false;
    m_lastDurationMs = m_clock.elapsed();
    Q_EMIT busy(false);
    if (!analysis || analysis->cancelled)
        return;
    Q_EMIT finished(std::move(analysis));
}

} // namespace lede::ui

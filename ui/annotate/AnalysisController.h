// AnalysisController: runs core::analyzeDocument for one document tab in the background.
// Each start() bumps a generation and cancels the previous job's StopSource; a result whose generation is
// not the latest is dropped, so a stale analysis never overwrites a newer one. Results arrive on the UI
// thread through whenFinished(future, this, ...); nothing ever waits in a nested event loop.
#pragma once

#include "analysis/Analysis.h"
#include "annotate/TaggerProvider.h"
#include "common/StopToken.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>

namespace lede::ui {

class AnalysisController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisController)

public:
    using AnalyzeFunction = std::function<core::Analysis(const core::Document &, const core::AnalysisOptions &)>;

    // `analyze` defaults to core::analyzeDocument; tests pass their own to control timing.
    explicit AnalysisController(QObject *parent = nullptr, AnalyzeFunction analyze = {});
    ~AnalysisController() override; // cancels a running job

    // Analyses `document`; cancels any job in flight.
    void start(std::shared_ptr<const core::Document> document, core::ReferenceDate reference = {});
    // Finds `previous`'s dates and events again against `reference` (none: the document's own date),
    // keeping its entities: for a reference date the user picks. Ends in finished() like start(), and
    // like start() it cancels any job in flight and is made stale by a later start() or reanchor().
    void reanchor(std::shared_ptr<const core::Document> document, std::shared_ptr<const core::Analysis> previous,
                  core::ReferenceDate reference);
    void cancel();
    bool isRunning() const { return m_running; }
    int generation() const { return m_generation; }
    // Milliseconds the last finished job took from start() to result.
    qint64 lastDurationMs() const { return m_lastDurationMs; }

Q_SIGNALS:
    void started();
    // Long documents only: the job is running (no fraction is known; show a busy indicator).
    void busy(bool running);
    // The analysis of the document last passed to start(). (The document is not a signal argument: the
    // reader declares that shared_ptr as a metatype itself, and the caller knows what it started.)
    void finished(std::shared_ptr<const lede::core::Analysis> analysis);
    // The model could not be loaded; the analysis still runs without entities.
    void taggerUnavailable(const QString &message);

private:
    // A new job's stop source, clock and signals; returns its generation.
    int beginJob(const core::Document &document);
    void runWithTagger(int generation, std::shared_ptr<const core::Document> document, core::ReferenceDate reference,
                       const TaggerState &state);
    void deliver(int generation, std::shared_ptr<const core::Analysis> analysis);

    AnalyzeFunction m_analyze;
    std::unique_ptr<core::StopSource> m_stop;
    int m_generation = 0;
    bool m_running = false;
    bool m_taggerErrorShown = false;
    QElapsedTimer m_clock;
    qint64 m_lastDurationMs = -1;
};

} // namespace lede::ui

// AnalysisLanding: where one document's worker results arrive and reach its AnnotationModel. An analysis waits
// for the stored corrections, is found again against the user's reference date if it must be, then has the
// corrections applied and its spans indexed on a worker before the model takes it whole; the entities after a
// correction are made the same way. Generation counters drop every result made stale meanwhile (another
// document, a newer analysis or correction). DocumentAnnotator owns one and renews the view when it signals.
#pragma once

#include "annotate/AnnotationModel.h"

#include <QObject>

#include <memory>

namespace lede::ui {

class AnalysisController;
class DocumentCorrections;

class AnalysisLanding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisLanding)

public:
    // Takes the results of `analysis` for `model`, with the corrections of `corrections`; all three outlive us.
    AnalysisLanding(AnnotationModel *model, DocumentCorrections *corrections, AnalysisController *analysis);

    // Another document (or none) is shown: whatever is on its way for the old one is dropped.
    void setDocument(std::shared_ptr<const core::Document> document);

    // The corrections' log changed. An analysis being prepared with the log as it was is prepared again;
    // the model's entities are made again from its analysis (needs model->hasAnalysis()).
    void prepareAgain();
    void applyCorrections();
    // A correction (or its undo or redo) is being applied on a worker: the model shows the entities as they
    // were until correctionsLanded().
    bool isApplyingCorrections() const { return m_correctingGeneration != m_correctedGeneration; }

Q_SIGNALS:
    // Around the model taking a new analysis: the view formats what is on screen first.
    void aboutToLandAnalysis();
    void analysisLanded();
    // The model shows the corrections as they are now (after the last of a quick run of them).
    void correctionsLanded();

private:
    void onAnalysisFinished(std::shared_ptr<const core::Analysis> analysis);
    // Applies the corrections to `analysis` and indexes it on a worker, then hands it to the model.
    void land(std::shared_ptr<const core::Analysis> analysis);

    AnnotationModel *m_model;
    DocumentCorrections *m_corrections;
    AnalysisController *m_analysis;
    std::shared_ptr<const core::Document> m_document;
    // An analysis that finished before the stored corrections were read waits here for them.
    std::shared_ptr<const core::Analysis> m_waitingAnalysis;
    // The analysis being prepared on a worker (null: none), and the generation its result must still carry.
    std::shared_ptr<const core::Analysis> m_landing;
    int m_landingGeneration = 0;
    // The newest correction sent to a worker, and the newest landed (or dropped for a new analysis): a result
    // of an older generation than m_correctingGeneration is stale.
    int m_correctingGeneration = 0;
    int m_correctedGeneration = 0;
};

} // namespace lede::ui

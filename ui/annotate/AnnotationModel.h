// AnnotationModel: one document's analysis as the UI sees it — the (corrected) entities, the dates, and a
// per-block index of highlight spans (AnnotationIndex) built once per analysis so the highlighter formats a block
// in O(spans). A new analysis may be prepared on a worker (prepare()) and handed over whole (setPrepared()), and
// so may the entities after a correction (prepareEntities(), setPreparedEntities()).
// Positions are (block number, position in block): the article's QTextDocument has exactly one QTextBlock
// per core::Block, so core offset o in block i is position o - blocks[i].range.start of QTextBlock i.
#pragma once

#include "analysis/Analysis.h"
#include "annotate/AnnotationIndex.h"
#include "annotate/HighlightKind.h"
#include "document/Document.h"
#include "entities/Entity.h"

#include <QObject>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lede::ui {

// What sits at a point of the text.
struct AnnotationHit
{
    HighlightKind kind = HighlightKind::Other;
    int ref = -1;           // entity or date index
    core::TextRange range;  // the whole mention/date, core offsets
};

class AnnotationModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationModel)

public:
    explicit AnnotationModel(QObject *parent = nullptr);
    ~AnnotationModel() override;

    // Everything a new analysis holds, index included.
    struct Prepared
    {
        std::shared_ptr<const core::Document> document;
        std::shared_ptr<const core::Analysis> analysis;
        std::vector<core::Entity> entities;
        AnnotationIndex index;
    };
    // Builds what setAnalysis() would hold; pure, so a worker thread may run it.
    static Prepared prepare(std::shared_ptr<const core::Document> document,
                            std::shared_ptr<const core::Analysis> analysis, std::vector<core::Entity> entities);

    // A new analysis of `document`; `entities` are the analysis's entities with the user's corrections applied.
    void setAnalysis(std::shared_ptr<const core::Document> document, std::shared_ptr<const core::Analysis> analysis,
                     std::vector<core::Entity> entities);
    // The same, prepared ahead (see prepare()).
    void setPrepared(Prepared prepared);
    // Replaces the entities only (after a correction); dates and segmentation stay.
    void setEntities(std::vector<core::Entity> entities);
    // The entities after a correction with their index and the kinds whose spans moved: made on a worker by
    // prepareEntities() from the model's analysis, handed over whole by setPreparedEntities().
    struct PreparedEntities
    {
        std::shared_ptr<const core::Analysis> analysis; // the analysis they were made from
        std::vector<core::Entity> entities;
        AnnotationIndex index;
        HighlightKindMask changedKinds = 0;
    };
    // Pure, so a worker may run it; `previous` are the entities shown until now (for changedKinds).
    static PreparedEntities prepareEntities(const core::Document *document,
                                            std::shared_ptr<const core::Analysis> analysis,
                                            const std::vector<core::Entity> &previous,
                                            std::vector<core::Entity> entities);
    // Takes a prepared correction in one swap; false, changing nothing, when it was made from another
    // analysis than the model holds now (a new one landed meanwhile, with the corrections applied).
    bool setPreparedEntities(PreparedEntities prepared);
    void clear();

    bool hasAnalysis() const { return m_analysis != nullptr; }
    const std::shared_ptr<const core::Document> &document() const { return m_document; }
    const std::shared_ptr<const core::Analysis> &analysis() const { return m_analysis; }
    const std::vector<core::Entity> &entities() const { return *m_entities; }
    // The same entities, for a worker to read while the model moves on (they are replaced, never changed).
    const std::shared_ptr<const std::vector<core::Entity>> &sharedEntities() const { return m_entities; }
    const std::vector<core::Timex> &dates() const;

    int entityIndex(const std::string &id) const; // -1 when unknown
    const core::Entity *entity(const std::string &id) const;

    int blockCount() const { return static_cast<int>(m_index.blockRanges.size()); }
    const std::vector<HighlightSpan> &spansInBlock(int block) const;
    HighlightKindMask kindsInBlock(int block) const;
    // Total number of spans of each kind (for the legend and tests).
    int spanCount(HighlightKind kind) const { return m_index.spanCounts[static_cast<size_t>(kind)]; }

    // Core offset <-> (block, position in block). blockOf returns -1 for offsets between blocks.
    int blockOf(int32_t offset) const;
    int32_t blockStart(int block) const;
    int32_t toOffset(int block, int positionInBlock) const;

    // The mention or date covering (block, position); entity mentions win over dates.
    std::optional<AnnotationHit> hitAt(int block, int positionInBlock) const;

    // The sentence containing a core offset (whole text when unsegmented).
    core::TextRange sentenceAt(int32_t offset) const;

Q_SIGNALS:
    // Everything changed (new analysis or cleared).
    void analysisChanged();
    // The entities changed (a correction); dates did not. `changedKinds` holds the kinds whose spans moved.
    void entitiesChanged(lede::ui::HighlightKindMask changedKinds);

private:
    std::shared_ptr<const core::Document> m_document;
    std::shared_ptr<const core::Analysis> m_analysis;
    std::shared_ptr<const std::vector<core::Entity>> m_entities = std::make_shared<const std::vector<core::Entity>>();
    AnnotationIndex m_index;
};

} // namespace lede::ui

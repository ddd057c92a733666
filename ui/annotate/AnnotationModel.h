// AnnotationModel: one document's analysis as the UI sees it — the (corrected) entities, the dates, and a
// per-block index of highlight spans built once per analysis so the highlighter formats a block in O(spans).
// Positions are (block number, position in block): the article's QTextDocument has exactly one QTextBlock
// per core::Block, so core offset o in block i is position o - blocks[i].range.start of QTextBlock i.
#pragma once

#include "annotate/HighlightKind.h"
#include "analysis/Analysis.h"
#include "document/Document.h"
#include "entities/Entity.h"

#include <QObject>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace lede::ui {

// One highlighted run inside one block.
struct HighlightSpan
{
    int start = 0;  // position in the block (UTF-16)
    int length = 0;
    HighlightKind kind = HighlightKind::Other;
    int ref = -1;   // entity index for entity kinds, date index for HighlightKind::Date
};

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

    // A new analysis of `document`; `entities` are the analysis's entities with the user's corrections applied.
    void setAnalysis(std::shared_ptr<const core::Document> document, std::shared_ptr<const core::Analysis> analysis,
                     std::vector<core::Entity> entities);
    // Replaces the entities only (after a correction); dates and segmentation stay.
    void setEntities(std::vector<core::Entity> entities);
    void clear();

    bool hasAnalysis() const { return m_analysis != nullptr; }
    const std::shared_ptr<const core::Document> &document() const { return m_document; }
    const std::shared_ptr<const core::Analysis> &analysis() const { return m_analysis; }
    const std::vector<core::Entity> &entities() const { return m_entities; }
    const std::vector<core::Timex> &dates() const;

    int entityIndex(const std::string &id) const; // -1 when unknown
    const core::Entity *entity(const std::string &id) const;

    int blockCount() const { return static_cast<int>(m_blockRanges.size()); }
    const std::vector<HighlightSpan> &spansInBlock(int block) const;
    HighlightKindMask kindsInBlock(int block) const;
    // Total number of spans of each kind (for the legend and tests).
    int spanCount(HighlightKind kind) const { return m_spanCounts[static_cast<int>(kind)]; }

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
    void rebuildIndex();
    void addSpan(core::TextRange range, HighlightKind kind, int ref);

    std::shared_ptr<const core::Document> m_document;
    std::shared_ptr<const core::Analysis> m_analysis;
    std::vector<core::Entity> m_entities;
    std::unordered_map<std::string, int> m_entityById;
    std::vector<core::TextRange> m_blockRanges;
    std::vector<std::vector<HighlightSpan>> m_blockSpans;
    std::vector<HighlightKindMask> m_blockKinds;
    int m_spanCounts[kHighlightKindCount] = {};
};

} // namespace lede::ui

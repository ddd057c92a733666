// AnnotationModel: holds one analysis with its AnnotationIndex and answers position queries from them.
#include "annotate/AnnotationModel.h"

#include <algorithm>

namespace lede::ui {

namespace {
const std::vector<HighlightSpan> kNoSpans;
const std::vector<core::Timex> kNoDates;
} // namespace

AnnotationModel::AnnotationModel(QObject *parent) : QObject(parent) {}

AnnotationModel::~AnnotationModel() = default;

AnnotationModel::Prepared AnnotationModel::prepare(std::shared_ptr<const core::Document> document,
                                                   std::shared_ptr<const core::Analysis> analysis,
                                                   std::vector<core::Entity> entities)
{
    Prepared p;
    p.document = std::move(document);
    p.analysis = p.document ? std::move(analysis) : nullptr;
    p.entities = std::move(entities);
    p.index = AnnotationIndex::build(AnnotationIndex::blocksOf(p.document.get()), p.document.get(), p.analysis.get(),
                                     p.entities);
    return p;
}

void AnnotationModel::setAnalysis(std::shared_ptr<const core::Document> document,
                                  std::shared_ptr<const core::Analysis> analysis, std::vector<core::Entity> entities)
{
    setPrepared(prepare(std::move(document), std::move(analysis), std::move(entities)));
}

void AnnotationModel::setPrepared(Prepared prepared)
{
    m_document = std::move(prepared.document);
    m_analysis = std::move(prepared.analysis);
    m_entities = std::make_shared<const std::vector<core::Entity>>(std::move(prepared.entities));
    m_index = std::move(prepared.index);
    Q_EMIT analysisChanged();
}

void AnnotationModel::setEntities(std::vector<core::Entity> entities)
{
    setPreparedEntities(prepareEntities(m_document.get(), m_analysis, *m_entities, std::move(entities)));
}

AnnotationModel::PreparedEntities AnnotationModel::prepareEntities(const core::Document *document,
                                                                   std::shared_ptr<const core::Analysis> analysis,
                                                                   const std::vector<core::Entity> &previous,
                                                                   std::vector<core::Entity> entities)
{
    PreparedEntities p;
    for (const core::Entity &e : previous)
        p.changedKinds |= maskOf(highlightKindFor(e.type));
    for (const core::Entity &e : entities)
        p.changedKinds |= maskOf(highlightKindFor(e.type));
    p.index = AnnotationIndex::build(AnnotationIndex::blocksOf(document), document, analysis.get(), entities);
    p.analysis = std::move(analysis);
    p.entities = std::move(entities);
    return p;
}

bool AnnotationModel::setPreparedEntities(PreparedEntities prepared)
{
    if (prepared.analysis != m_analysis)
        return false;
    m_entities = std::make_shared<const std::vector<core::Entity>>(std::move(prepared.entities));
    m_index = std::move(prepared.index);
    Q_EMIT entitiesChanged(prepared.changedKinds);
    return true;
}

void AnnotationModel::clear()
{
    setAnalysis(nullptr, nullptr, {});
}

const std::vector<core::Timex> &AnnotationModel::dates() const
{
    return m_analysis ? m_analysis->dates : kNoDates;
}

int AnnotationModel::entityIndex(const std::string &id) const
{
    const auto it = m_index.entityById.find(id);
    return it == m_index.entityById.end() ? -1 : it->second;
}

const core::Entity *AnnotationModel::entity(const std::string &id) const
{
    const int i = entityIndex(id);
    return i < 0 ? nullptr : &(*m_entities)[static_cast<size_t>(i)];
}

const std::vector<HighlightSpan> &AnnotationModel::spansInBlock(int block) const
{
    if (block < 0 || block >= blockCount())
        return kNoSpans;
    return m_index.blockSpans[static_cast<size_t>(block)];
}

HighlightKindMask AnnotationModel::kindsInBlock(int block) const
{
    if (block < 0 || block >= blockCount())
        return 0;
    return m_index.blockKinds[static_cast<size_t>(block)];
}

int AnnotationModel::blockOf(int32_t offset) const
{
    return m_index.blockOf(offset);
}

int32_t AnnotationModel::blockStart(int block) const
{
    if (block < 0 || block >= blockCount())
        return 0;
    return m_index.blockRanges[static_cast<size_t>(block)].start;
}

int32_t AnnotationModel::toOffset(int block, int positionInBlock) const
{
    return blockStart(block) + positionInBlock;
}

std::optional<AnnotationHit> AnnotationModel::hitAt(int block, int positionInBlock) const
{
    std::optional<AnnotationHit> best;
    for (const HighlightSpan &s : spansInBlock(block)) {
        if (s.start > positionInBlock)
            break; // spans are sorted by start
        if (positionInBlock >= s.start + s.length)
            continue;
        const bool isDate = s.kind == HighlightKind::Date;
        if (best && isDate)
            continue;
        AnnotationHit hit;
        hit.kind = s.kind;
        hit.ref = s.ref;
        if (isDate) {
            hit.range = dates()[static_cast<size_t>(s.ref)].range;
        } else {
            // The span may be a block-clipped piece; report the whole mention.
            const int32_t offset = toOffset(block, positionInBlock);
            for (const core::TextRange &m : (*m_entities)[static_cast<size_t>(s.ref)].mentions) {
                if (m.contains(offset)) {
                    hit.range = m;
                    break;
                }
            }
        }
        best = hit;
        if (!isDate)
            return best;
    }
    return best;
}

core::TextRange AnnotationModel::sentenceAt(int32_t offset) const
{
    if (!m_analysis || !m_document)
        return {};
    const auto &sentences = m_analysis->segmentation.sentences;
    auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                               [](int32_t o, const core::Sentence &s) { return o < s.range.start; });
    if (it != sentences.begin()) {
        --it;
        if (offset < it->range.end)
            return it->range;
    }
    // Unsegmented text: fall back to the block.
    const int b = blockOf(offset);
    return b < 0 ? core::TextRange{offset, offset} : m_index.blockRanges[static_cast<size_t>(b)];
}

} // namespace lede::ui

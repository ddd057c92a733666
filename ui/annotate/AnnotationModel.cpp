// AnnotationModel: builds the per-block span index from an analysis.
#include "annotate/AnnotationModel.h"

#include <algorithm>

namespace lede::ui {

namespace {
const std::vector<HighlightSpan> kNoSpans;
const std::vector<core::Timex> kNoDates;
} // namespace

AnnotationModel::AnnotationModel(QObject *parent) : QObject(parent) {}

AnnotationModel::~AnnotationModel() = default;

void AnnotationModel::setAnalysis(std::shared_ptr<const core::Document> document,
                                  std::shared_ptr<const core::Analysis> analysis, std::vector<core::Entity> entities)
{
    m_document = std::move(document);
    m_analysis = m_document ? std::move(analysis) : nullptr;
    m_entities = std::move(entities);
    m_blockRanges.clear();
    if (m_document) {
        for (const core::Block &b : m_document->blocks)
            m_blockRanges.push_back(b.range);
        // A document without block structure is one block (the view then holds one QTextBlock).
        if (m_blockRanges.empty())
            m_blockRanges.push_back({0, static_cast<int32_t>(m_document->text.size())});
    }
    rebuildIndex();
    Q_EMIT analysisChanged();
}

void AnnotationModel::setEntities(std::vector<core::Entity> entities)
{
    HighlightKindMask changed = 0;
    for (const core::Entity &e : m_entities)
        changed |= maskOf(highlightKindFor(e.type));
    for (const core::Entity &e : entities)
        changed |= maskOf(highlightKindFor(e.type));
    m_entities = std::move(entities);
    rebuildIndex();
    Q_EMIT entitiesChanged(changed);
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
    const auto it = m_entityById.find(id);
    return it == m_entityById.end() ? -1 : it->second;
}

const core::Entity *AnnotationModel::entity(const std::string &id) const
{
    const int i = entityIndex(id);
    return i < 0 ? nullptr : &m_entities[static_cast<size_t>(i)];
}

const std::vector<HighlightSpan> &AnnotationModel::spansInBlock(int block) const
{
    if (block < 0 || block >= blockCount())
        return kNoSpans;
    return m_blockSpans[static_cast<size_t>(block)];
}

HighlightKindMask AnnotationModel::kindsInBlock(int block) const
{
    if (block < 0 || block >= blockCount())
        return 0;
    return m_blockKinds[static_cast<size_t>(block)];
}

int AnnotationModel::blockOf(int32_t offset) const
{
    // Last block starting at or before offset.
    auto it = std::upper_bound(m_blockRanges.begin(), m_blockRanges.end(), offset,
                               [](int32_t o, const core::TextRange &r) { return o < r.start; });
    if (it == m_blockRanges.begin())
        return -1;
    --it;
    // The end of a block still belongs to it (a cursor after the last character).
    if (offset > it->end)
        return -1;
    return static_cast<int>(it - m_blockRanges.begin());
}

int32_t AnnotationModel::blockStart(int block) const
{
    if (block < 0 || block >= blockCount())
        return 0;
    return m_blockRanges[static_cast<size_t>(block)].start;
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
            for (const core::TextRange &m : m_entities[static_cast<size_t>(s.ref)].mentions) {
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
    return b < 0 ? core::TextRange{offset, offset} : m_blockRanges[static_cast<size_t>(b)];
}

void AnnotationModel::addSpan(core::TextRange range, HighlightKind kind, int ref)
{
    // A range may cross block separators (never in practice, but the index must not trust it): clip per block.
    int block = blockOf(range.start);
    if (block < 0) {
        auto it = std::upper_bound(m_blockRanges.begin(), m_blockRanges.end(), range.start,
                                   [](int32_t o, const core::TextRange &r) { return o < r.start; });
        block = static_cast<int>(it - m_blockRanges.begin());
    }
    for (; block < blockCount(); ++block) {
        const core::TextRange &br = m_blockRanges[static_cast<size_t>(block)];
        if (br.start >= range.end)
            break;
        const int32_t s = std::max(range.start, br.start);
        const int32_t e = std::min(range.end, br.end);
        if (e <= s)
            continue;
        m_blockSpans[static_cast<size_t>(block)].push_back({s - br.start, e - s, kind, ref});
        m_blockKinds[static_cast<size_t>(block)] |= maskOf(kind);
        ++m_spanCounts[static_cast<int>(kind)];
    }
}

void AnnotationModel::rebuildIndex()
{
    m_entityById.clear();
    m_blockSpans.assign(m_blockRanges.size(), {});
    m_blockKinds.assign(m_blockRanges.size(), 0);
    std::fill(std::begin(m_spanCounts), std::end(m_spanCounts), 0);
    if (!m_analysis)
        return;
    const int32_t textSize = static_cast<int32_t>(m_document->text.size());
    auto valid = [textSize](const core::TextRange &r) { return r.start >= 0 && r.end <= textSize && !r.empty(); };
    for (size_t i = 0; i < m_entities.size(); ++i) {
        const core::Entity &e = m_entities[i];
        m_entityById.emplace(e.id, static_cast<int>(i));
        for (const core::TextRange &m : e.mentions) {
            if (valid(m))
                addSpan(m, highlightKindFor(e.type), static_cast<int>(i));
        }
    }
    const auto &ds = m_analysis->dates;
    for (size_t i = 0; i < ds.size(); ++i) {
        if (valid(ds[i].range))
            addSpan(ds[i].range, HighlightKind::Date, static_cast<int>(i));
    }
    for (auto &spans : m_blockSpans) {
        std::stable_sort(spans.begin(), spans.end(),
                         [](const HighlightSpan &a, const HighlightSpan &b) { return a.start < b.start; });
    }
}

} // namespace lede::ui

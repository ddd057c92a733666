// EntityHighlighter: per-block formatting of mentions and dates, re-formatted incrementally.
#include "annotate/EntityHighlighter.h"

#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace lede::ui {

namespace {
// Each re-formatted block marks its range dirty, and QTextDocumentLayout re-positions everything after a
// dirty block: per block that is O(document), so a book would be quadratic. Inside one edit block the dirty
// ranges merge and the layout runs once when it closes. (Formats are not undoable: no undo entry results.)
class BatchedLayout final
{
public:
    explicit BatchedLayout(QTextDocument *doc) : m_cursor(doc) { m_cursor.beginEditBlock(); }
    ~BatchedLayout() { m_cursor.endEditBlock(); }
    BatchedLayout(const BatchedLayout &) = delete;
    BatchedLayout &operator=(const BatchedLayout &) = delete;

private:
    QTextCursor m_cursor;
};
} // namespace

EntityHighlighter::EntityHighlighter(QTextDocument *document, const AnnotationModel *model)
    : QSyntaxHighlighter(document), m_model(model), m_palette(QPalette())
{
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &EntityHighlighter::runSlice);
    connect(m_model, &AnnotationModel::analysisChanged, this, &EntityHighlighter::onAnalysisChanged);
    connect(m_model, &AnnotationModel::entitiesChanged, this, &EntityHighlighter::onEntitiesChanged);
    if (m_model->hasAnalysis())
        onAnalysisChanged();
}

EntityHighlighter::~EntityHighlighter() = default;

void EntityHighlighter::setVisibleKinds(HighlightKindMask kinds)
{
    const HighlightKindMask changed = kinds ^ m_visible;
    m_visible = kinds;
    if (changed)
        schedule(changed);
}

void EntityHighlighter::setKindVisible(HighlightKind kind, bool visible)
{
    setVisibleKinds(visible ? (m_visible | maskOf(kind)) : (m_visible & ~maskOf(kind)));
}

void EntityHighlighter::setPalette(const QPalette &palette)
{
    const HighlightPalette next(palette);
    if (next.isDark() == m_palette.isDark())
        return;
    m_palette = next;
    schedule(0xff);
}

void EntityHighlighter::onAnalysisChanged()
{
    // Block count may have changed; what was drawn before still has to be cleared.
    const size_t blocks = static_cast<size_t>(document() ? document()->blockCount() : 0);
    m_drawn.resize(blocks, 0);
    schedule(0xff);
}

void EntityHighlighter::onEntitiesChanged(HighlightKindMask changed)
{
    schedule(changed);
}

void EntityHighlighter::schedule(HighlightKindMask kinds)
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    const int blocks = doc->blockCount();
    m_drawn.resize(static_cast<size_t>(blocks), 0);
    m_pending.resize(static_cast<size_t>(blocks), 0);
    // Compact the queue: drop what has been processed.
    m_queue.erase(m_queue.begin(), m_queue.begin() + static_cast<std::ptrdiff_t>(m_queueHead));
    m_queueHead = 0;
    for (int b = 0; b < blocks; ++b) {
        const HighlightKindMask wanted = m_model->kindsInBlock(b) & m_visible;
        if (((wanted | m_drawn[static_cast<size_t>(b)]) & kinds) && !m_pending[static_cast<size_t>(b)]) {
            m_pending[static_cast<size_t>(b)] = 1;
            m_queue.push_back(b);
            ++m_pendingCount;
        }
    }
    // On-screen blocks first, then the rest in document order.
    const auto onScreen = [this](int b) { return b >= m_visibleFirst && b <= m_visibleLast; };
    std::sort(m_queue.begin(), m_queue.end(), [&](int a, int b) {
        const bool va = onScreen(a);
        const bool vb = onScreen(b);
        return va != vb ? va : a < b;
    });
    if (m_pendingCount > 0)
        m_sliceTimer.start();
    else
        Q_EMIT highlightingFinished();
}

void EntityHighlighter::formatBlock(int blockNumber)
{
    auto &pending = m_pending[static_cast<size_t>(blockNumber)];
    if (!pending)
        return;
    pending = 0;
    --m_pendingCount;
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    if (block.isValid())
        rehighlightBlock(block);
}

void EntityHighlighter::setVisibleRange(int firstBlock, int lastBlock)
{
    m_visibleFirst = firstBlock;
    m_visibleLast = lastBlock;
}

void EntityHighlighter::prioritise(int firstBlock, int lastBlock)
{
    if (m_pendingCount == 0)
        return;
    firstBlock = std::max(firstBlock, 0);
    lastBlock = std::min(lastBlock, static_cast<int>(m_pending.size()) - 1);
    {
        const BatchedLayout batch(document());
        for (int b = firstBlock; b <= lastBlock; ++b)
            formatBlock(b);
    }
    if (m_pendingCount == 0) {
        m_sliceTimer.stop();
        m_queue.clear();
        m_queueHead = 0;
        Q_EMIT highlightingFinished();
    }
}

void EntityHighlighter::runSlice()
{
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    {
        // The layout is redone once for the whole chunk when the batch closes; that cost is counted too.
        const BatchedLayout batch(document());
        while (m_queueHead < m_queue.size() && done < m_chunkBlocks) {
            formatBlock(m_queue[m_queueHead++]);
            ++done;
        }
    }
    // Adapt the chunk so one slice stays near the budget whatever the machine and block sizes.
    const qint64 spent = clock.elapsed();
    if (spent * 2 < m_sliceBudgetMs && done == m_chunkBlocks)
        m_chunkBlocks = std::min(m_chunkBlocks * 2, 512);
    else if (spent > m_sliceBudgetMs)
        m_chunkBlocks = std::max(m_chunkBlocks / 2, 1);
    if (m_queueHead < m_queue.size() && m_pendingCount > 0) {
        m_sliceTimer.start();
        return;
    }
    m_queue.clear();
    m_queueHead = 0;
    Q_EMIT highlightingFinished();
}

void EntityHighlighter::finishNow()
{
    m_sliceTimer.stop();
    {
        const BatchedLayout batch(document());
        while (m_queueHead < m_queue.size())
            formatBlock(m_queue[m_queueHead++]);
    }
    m_queue.clear();
    m_queueHead = 0;
    // Only reachable if the document shrank under us: nothing left to format.
    std::fill(m_pending.begin(), m_pending.end(), 0);
    m_pendingCount = 0;
    Q_EMIT highlightingFinished();
}

void EntityHighlighter::highlightBlock(const QString &text)
{
    const int blockNumber = currentBlock().blockNumber();
    if (blockNumber < 0)
        return;
    if (static_cast<size_t>(blockNumber) >= m_drawn.size())
        m_drawn.resize(static_cast<size_t>(blockNumber) + 1, 0);
    HighlightKindMask drawn = 0;
    const int length = static_cast<int>(text.size());
    for (const HighlightSpan &s : m_model->spansInBlock(blockNumber)) {
        if (!(m_visible & maskOf(s.kind)))
            continue;
        // A view whose block differs from the core block must not get formats past its end.
        const int start = std::min(s.start, length);
        const int count = std::min(s.length, length - start);
        if (count <= 0)
            continue;
        setFormat(start, count, m_palette.format(s.kind));
        drawn |= maskOf(s.kind);
    }
    m_drawn[static_cast<size_t>(blockNumber)] = drawn;
}

} // namespace lede::ui

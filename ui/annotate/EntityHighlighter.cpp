// EntityHighlighter: per-block formatting of mentions and dates, re-formatted incrementally in batches.
#include "annotate/EntityHighlighter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopedValueRollback>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace lede::ui {

namespace {
// QTextDocumentLayout's price list, measured on a 4 MB book: each relayout call walks every block after the
// changed ones (~1 µs per block); re-laying out a highlighted paragraph costs ~0.2 ms. So one block of
// layout work costs about as much as walking 200 blocks of tail.
constexpr int kTailBlocksPerRelaidBlock = 200;

// Whether a run of re-formatted blocks should absorb a gap of unchanged blocks rather than end there (and
// cost one more walk): when re-laying out the gap is cheaper than walking the tail after it.

bool absorbGap(int lastBlockInRun, int nextBlock, int blockCount)
{
    const int gap = nextBlock - lastBlockInRun - 1;
    return gap <= 1 || gap * kTailBlocksPerRelaidBlock <= blockCount - nextBlock;
}

constexpr int kMaxChunkBlocks = 8192;
// A new batch starts small: a slice's cost depends on where it is (each run makes the layout walk the rest
// of the document), so a chunk tuned at the end of a book overshoots at its top.
constexpr int kFirstChunkBlocks = 16;
} // namespace

EntityHighlighter::EntityHighlighter(QTextDocument *document, const AnnotationModel *model)
    : QSyntaxHighlighter(document), m_model(model), m_palette(QPalette())
{
    // Installed on a document that already holds text (the reader's documents are built off the UI thread
    // and arrive full), QSyntaxHighlighter queues a pass over every block that re-formats nothing here —
    // formats come from the model, which is empty until an analysis lands and is then drawn in slices —
    // yet blocks the UI thread for it (measured: 22 ms for 4 MB, 118 ms for 16 MB). Drop that queued call.
    // QSyntaxHighlighter then leaves later text edits alone until rehighlight(); the article is read-only,
    // and a new text comes with a new analysis. (Should Qt queue it differently, the pass simply runs.)
    QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &EntityHighlighter::runSlice);
    connect(m_model, &AnnotationModel::analysisChanged, this, &EntityHighlighter::onAnalysisChanged);
    connect(m_model, &AnnotationModel::entitiesChanged, this, &EntityHighlighter::onEntitiesChanged);
    if (m_model->hasAnalysis())
        onAnalysisChanged();
}

EntityHighlighter::~EntityHighlighter() = default;

void EntityHighlighter::releaseModel()
{
    if (!m_model)
        return;
    disconnect(m_model, nullptr, this, nullptr);
    m_model = nullptr;
    schedule(0xff);
}

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
        const HighlightKindMask wanted = m_model ? m_model->kindsInBlock(b) & m_visible : 0;
        if (((wanted | m_drawn[static_cast<size_t>(b)]) & kinds) && !m_pending[static_cast<size_t>(b)]) {
            m_pending[static_cast<size_t>(b)] = 1;
            m_queue.push_back(b);
            ++m_pendingCount;
        }
    }
    // On-screen blocks first, then the rest in document order (so slices make long contiguous runs).
    const auto onScreen = [this](int b) { return b >= m_visibleFirst && b <= m_visibleLast; };
    std::sort(m_queue.begin(), m_queue.end(), [&](int a, int b) {
        const bool va = onScreen(a);
        const bool vb = onScreen(b);
        return va != vb ? va : a < b;
    });
    m_chunkBlocks = std::min(m_chunkBlocks, kFirstChunkBlocks);
    if (m_pendingCount > 0)
        m_sliceTimer.start();
    else
        endBatch();
}

QList<QTextLayout::FormatRange> EntityHighlighter::formatRanges(int blockNumber, int length,
                                                                HighlightKindMask *drawn)
{
    *drawn = 0;
    QList<QTextLayout::FormatRange> ranges;
    if (length <= 0 || !m_model)
        return ranges;
    // Paint kinds per character, then run-length encode: overlapping spans resolve exactly as per-character
    // QSyntaxHighlighter::setFormat calls would, and equal neighbours merge into one range.
    m_kindAt.assign(static_cast<size_t>(length), -1);
    bool any = false;
    for (const HighlightSpan &s : m_model->spansInBlock(blockNumber)) {
        if (!(m_visible & maskOf(s.kind)))
            continue;
        // A view whose block differs from the core block must not get formats past its end.
        const int start = std::clamp(s.start, 0, length);
        const int end = std::clamp(s.start + s.length, start, length);
        if (end <= start)
            continue;
        std::fill(m_kindAt.begin() + start, m_kindAt.begin() + end, static_cast<std::int8_t>(s.kind));
        *drawn |= maskOf(s.kind);
        any = true;
    }
    if (!any)
        return ranges;
    for (int i = 0; i < length;) {
        const std::int8_t kind = m_kindAt[static_cast<size_t>(i)];
        int j = i + 1;
        while (j < length && m_kindAt[static_cast<size_t>(j)] == kind)
            ++j;
        if (kind >= 0)
            ranges.append({i, j - i, m_palette.format(static_cast<HighlightKind>(kind))});
        i = j;
    }
    return ranges;
}

void EntityHighlighter::formatBlocks(const std::vector<int> &blocks)
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    const int blockCount = doc->blockCount();
    // The dirty run [runFrom, runTo) in document positions. QTextLayout::setFormats records each block as
    // changed in the document; markContentsDirty then lays the whole run out in one pass. Every run is
    // flushed before the next one starts, so no recorded change outlives this call (a left-over would be
    // merged into the next, unrelated relayout).
    int runFrom = -1;
    int runTo = -1;
    int runLastBlock = -1;
    const auto flush = [&] {
        if (runFrom >= 0)
            doc->markContentsDirty(runFrom, runTo - runFrom);
        runFrom = -1;
    };
    const QScopedValueRollback<bool> formatting(m_formatting, true);
    QTextBlock block;
    int blockNumber = -1;
    for (const int b : blocks) {
        if (b < 0 || static_cast<size_t>(b) >= m_pending.size() || !m_pending[static_cast<size_t>(b)])
            continue;
        m_pending[static_cast<size_t>(b)] = 0;
        --m_pendingCount;
        if (b >= blockCount)
            continue;
        // Step forward to nearby blocks; findBlockByNumber is a tree search.
        if (block.isValid() && b > blockNumber && b - blockNumber <= 16) {
            while (blockNumber < b) {
                block = block.next();
                ++blockNumber;
            }
        } else {
            block = doc->findBlockByNumber(b);
            blockNumber = b;
        }
        if (!block.isValid())
            continue;
        HighlightKindMask drawn = 0;
        QList<QTextLayout::FormatRange> ranges = formatRanges(b, block.length() - 1, &drawn);
        m_drawn[static_cast<size_t>(b)] = drawn;
        QTextLayout *layout = block.layout();
        if (layout->formats() == ranges)
            continue; // unchanged: no relayout
        if (runFrom >= 0 && !absorbGap(runLastBlock, b, blockCount))
            flush();
        layout->setFormats(ranges);
        if (runFrom < 0)
            runFrom = block.position();
        runTo = block.position() + block.length();
        runLastBlock = b;
    }
    flush();
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
    if (m_formatting) {
        // Called back from inside a relayout (the layout's signals moved the view): a nested run would
        // merge with the unfinished outer one in the document's change record. Right after it, then.
        QMetaObject::invokeMethod(this, [this, firstBlock, lastBlock] { prioritise(firstBlock, lastBlock); },
                                  Qt::QueuedConnection);
        return;
    }
    firstBlock = std::max(firstBlock, 0);
    lastBlock = std::min(lastBlock, static_cast<int>(m_pending.size()) - 1);
    std::vector<int> visible;
    for (int b = firstBlock; b <= lastBlock; ++b) {
        if (m_pending[static_cast<size_t>(b)])
            visible.push_back(b);
    }
    formatBlocks(visible);
    if (m_pendingCount == 0)
        endBatch();
}

void EntityHighlighter::runSlice()
{
    QElapsedTimer clock;
    clock.start();
    while (m_queueHead < m_queue.size() && !m_pending[static_cast<size_t>(m_queue[m_queueHead])])
        ++m_queueHead; // already formatted by prioritise()
    if (m_queueHead == m_queue.size()) {
        endBatch();
        return;
    }
    // Each run costs the layout a walk over the rest of the document, whatever the run's size. A slice
    // that did less layout work than that walk would spend most of its time walking, and a small budget
    // on a long book would make that quadratic again (measured: 8 MB, 1 block per slice, 30 s). So a slice
    // takes at least as many blocks as re-laying out costs the same as the walk, budget or not.
    const int tail = (document() ? document()->blockCount() : 0) - m_queue[m_queueHead];
    const int size = std::max(m_chunkBlocks, tail / kTailBlocksPerRelaidBlock);
    std::vector<int> chunk;
    chunk.reserve(static_cast<size_t>(size));
    while (m_queueHead < m_queue.size() && static_cast<int>(chunk.size()) < size) {
        const int b = m_queue[m_queueHead++];
        if (m_pending[static_cast<size_t>(b)])
            chunk.push_back(b);
    }
    const bool fullChunk = static_cast<int>(chunk.size()) == size;
    std::sort(chunk.begin(), chunk.end());
    formatBlocks(chunk); // the layout of each run is done inside, so its cost is counted too
    // Adapt the chunk so one slice stays near the budget whatever the machine and block sizes; at most
    // doubling or halving per slice, so one odd slice does not swing it.
    const double spentMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    if (fullChunk) {
        const double scaled = size * m_sliceBudgetMs / std::max(spentMs, 0.1);
        m_chunkBlocks =
            std::clamp(static_cast<int>(scaled), std::max(size / 2, 1), std::min(size * 2, kMaxChunkBlocks));
    }
    if (m_queueHead < m_queue.size() && m_pendingCount > 0) {
        m_sliceTimer.start();
        return;
    }
    endBatch();
}

void EntityHighlighter::endBatch()
{
    m_sliceTimer.stop();
    m_queue.clear();
    m_queueHead = 0;
    // Only reachable with pending blocks if the document shrank under us: nothing left to format.
    std::fill(m_pending.begin(), m_pending.end(), 0);
    m_pendingCount = 0;
    Q_EMIT highlightingFinished();
}

void EntityHighlighter::finishNow()
{
    std::vector<int> all;
    for (size_t b = 0; b < m_pending.size(); ++b) {
        if (m_pending[b])
            all.push_back(static_cast<int>(b));
    }
    formatBlocks(all);
    endBatch();
}

void EntityHighlighter::highlightBlock(const QString &text)
{
    const int blockNumber = currentBlock().blockNumber();
    if (blockNumber < 0)
        return;
    if (static_cast<size_t>(blockNumber) >= m_drawn.size())
        m_drawn.resize(static_cast<size_t>(blockNumber) + 1, 0);
    HighlightKindMask drawn = 0;
    for (const QTextLayout::FormatRange &r : formatRanges(blockNumber, static_cast<int>(text.size()), &drawn))
        setFormat(r.start, r.length, r.format);
    m_drawn[static_cast<size_t>(blockNumber)] = drawn;
}

} // namespace lede::ui

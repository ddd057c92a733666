// EntityHighlighter: draws an AnnotationModel's spans into the article's QTextDocument as per-block layout
// formats (QTextLayout "additional formats", the mechanism of QSyntaxHighlighter) — the document's content
// and undo stack are never touched. After an analysis or a toggle only the affected blocks are re-formatted,
// in time-boxed slices (visible blocks first) so a book never stalls the event loop; the view reports what
// is visible.
//
// Why not QSyntaxHighlighter::rehighlightBlock for the bulk: each call ends in markContentsDirty, which runs
// the document layout at once (an edit block does not defer it), and QTextDocumentLayout then re-positions
// every block after the changed one — O(document) per block, quadratic for a book (measured with perf on
// 4 MB: 13–15 s, ~85 % of it in QTextDocumentLayout::doLayout, mostly that re-positioning, not shaping).
// The batched path sets the formats of a run of blocks and marks the run dirty once, so any layout hears
// of each run once. QSyntaxHighlighter stays underneath: its highlightBlock draws the same ranges
// (formatRanges) for rehighlight() and for text that arrives after installation.
#pragma once

#include "annotate/AnnotationModel.h"
#include "annotate/HighlightPalette.h"

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextLayout>
#include <QTimer>

#include <cstdint>
#include <vector>

namespace lede::ui {

class EntityHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityHighlighter)

public:
    // `document` may already hold its text. The highlighter is a child of `document` and should stay on
    // it until it goes: moving or deleting a QSyntaxHighlighter clears every block's formats in one edit,
    // which re-lays out the whole document at once (0.5–0.9 s for a 4 MB book, measured).
    EntityHighlighter(QTextDocument *document, const AnnotationModel *model);
    ~EntityHighlighter() override;

    // The model is going away: forget it and clear the drawn highlights in slices, like a toggle. Cheap
    // when the document goes too (closing a tab): nothing runs before it does.
    void releaseModel();

    HighlightKindMask visibleKinds() const { return m_visible; }
    void setVisibleKinds(HighlightKindMask kinds);
    void setKindVisible(HighlightKind kind, bool visible);
    void setPalette(const QPalette &palette);
    const HighlightPalette &palette() const { return m_palette; }

    // Blocks [first, last] are on screen: they go first whenever blocks are queued.
    void setVisibleRange(int firstBlock, int lastBlock);
    // Blocks [first, last] are on screen: format any pending ones now.
    void prioritise(int firstBlock, int lastBlock);
    // True while blocks wait to be re-formatted.
    bool isBusy() const { return m_pendingCount > 0; }
    // Formats every pending block now (for printing and tests).
    void finishNow();
    // Time budget of one slice; the rest waits for the next event-loop turn.
    void setSliceBudgetMs(int ms) { m_sliceBudgetMs = ms; }
    int sliceBudgetMs() const { return m_sliceBudgetMs; }

Q_SIGNALS:
    // Every pending block has been formatted.
    void highlightingFinished();

protected:
    void highlightBlock(const QString &text) override;

private:
    void onAnalysisChanged();
    void onEntitiesChanged(HighlightKindMask changed);
    // Queue every block that shows, or should show, a kind in `kinds`.
    void schedule(HighlightKindMask kinds);
    void runSlice();
    void endBatch();
    // Formats the pending blocks among `blocks` (ascending block numbers), one relayout per run.
    void formatBlocks(const std::vector<int> &blocks);
    // The non-overlapping format ranges of block `blockNumber` (text length `length`) for the visible
    // kinds: where spans overlap, the later one wins, as with QSyntaxHighlighter::setFormat.
    QList<QTextLayout::FormatRange> formatRanges(int blockNumber, int length, HighlightKindMask *drawn);

    const AnnotationModel *m_model; // null once released
    HighlightPalette m_palette;
    HighlightKindMask m_visible = kDefaultVisibleKinds;
    std::vector<HighlightKindMask> m_drawn; // per block: the kinds drawn by the last formatting
    std::vector<char> m_pending;            // per block: waiting to be re-formatted
    std::vector<int> m_queue;               // pending blocks in order (visible first)
    size_t m_queueHead = 0;
    int m_pendingCount = 0;
    int m_visibleFirst = 0;
    int m_visibleLast = -1;
    // 16 ms measured ~20 % more UI time on a 4 MB book (a layout walk per slice); longer slices hold input.
    int m_sliceBudgetMs = 24;
    int m_chunkBlocks = 16; // blocks per slice, adapted to the budget (starts small for each batch)
    std::vector<std::int8_t> m_kindAt; // scratch for formatRanges: kind index per character, -1 = none
    bool m_formatting = false;         // inside formatBlocks (a relayout may call back into prioritise)
    QTimer m_sliceTimer;
};

} // namespace lede::ui

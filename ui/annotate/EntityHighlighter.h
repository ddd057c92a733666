// EntityHighlighter: draws an AnnotationModel's spans into the article's QTextDocument with
// QSyntaxHighlighter, i.e. as per-block layout formats — the document's content and undo stack are never
// touched. After an analysis or a toggle only the affected blocks are re-formatted, in time-boxed slices
// (visible blocks first) so a book never stalls the event loop; the view reports what is visible.
#pragma once

#include "annotate/AnnotationModel.h"
#include "annotate/HighlightPalette.h"

#include <QElapsedTimer>
#include <QSyntaxHighlighter>
#include <QTimer>

#include <vector>

namespace lede::ui {

class EntityHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityHighlighter)

public:
    // Install before the text goes into `document` when possible (QSyntaxHighlighter re-formats a
    // non-empty document once on installation).
    EntityHighlighter(QTextDocument *document, const AnnotationModel *model);
    ~EntityHighlighter() override;

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
    void formatBlock(int blockNumber);

    const AnnotationModel *m_model;
    HighlightPalette m_palette;
    HighlightKindMask m_visible = kDefaultVisibleKinds;
    std::vector<HighlightKindMask> m_drawn; // per block: the kinds drawn by the last highlightBlock
    std::vector<char> m_pending;            // per block: waiting to be re-formatted
    std::vector<int> m_queue;               // pending blocks in order
    size_t m_queueHead = 0;
    int m_pendingCount = 0;
    int m_visibleFirst = 0;
    int m_visibleLast = -1;
    int m_sliceBudgetMs = 16;
    int m_chunkBlocks = 4; // blocks per slice, adapted to the budget
    QTimer m_sliceTimer;
};

} // namespace lede::ui

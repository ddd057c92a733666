// ArticleLayout: estimated, on-demand and background block layout (see the header for why).
#include "reader/ArticleLayout.h"

#include "reader/ArticleBlockLines.h"
#include "reader/ArticleBlockPainter.h"
#include "reader/ArticleBlockStatics.h"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QMetaMethod>
#include <QPainter>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimerEvent>

#include <algorithm>
#include <cmath>

namespace lede::ui {

namespace {

// One background slice: short enough that input and painting never wait noticeably.
constexpr qint64 kSliceMilliseconds = 12;
// Width used before the view has told us its width (pageSize() not set): no wrapping.
constexpr double kUnboundedWidth = 1.0e6;
constexpr double kFarBelow = 1.0e12;

} // namespace

ArticleLayout::ArticleLayout(QTextDocument *doc) : QAbstractTextDocumentLayout(doc)
{
    collectBlocks();
    forgetLayout();
}

ArticleLayout::~ArticleLayout() = default;

// ---- bookkeeping -------------------------------------------------------------------------------

// The one walk over the document's blocks (or prepare()'s result): what the estimates need, which
// does not change while the text does not, so a resize or zoom never walks a book's blocks.
void ArticleLayout::collectBlocks()
{
    // Taken over as measured (on the loader's thread for a book): no copy of its blocks here.
    m_blocks = ArticleBlockStatics::take(document());
    m_tops.assign(m_blocks.size(), 0.0);
    m_firstTopMargin = m_blocks.empty() ? 0.0f : m_blocks[0].spacingBefore;
    collectTables();
}

// Forgets every layout: after a change of width, font or margin. The estimates are made again when
// first needed, so the changes that follow one another while a book is put into a view (layout,
// font, page width) cost one pass over its hundreds of thousands of blocks instead of one each.
void ArticleLayout::forgetLayout()
{
    m_estimatesStale = true;
    m_topsValid = 0;
    m_unlaidCount = static_cast<int>(m_blocks.size()); // isLayoutComplete() is false until laid out again
    scheduleBackgroundPass();                          // its first slice estimates, if nothing asked before
}

ArticleLayout::Inputs ArticleLayout::currentInputs() const
{
    const QTextDocument *doc = document();
    const QTextOption option = doc->defaultTextOption();
    return {doc->pageSize().width(),
            doc->defaultFont(),
            doc->documentMargin(),
            doc->indentWidth(),
            static_cast<int>(option.wrapMode()),
            static_cast<int>(option.alignment()),
            static_cast<int>(option.flags()),
            option.tabStopDistance(),
            doc->useDesignMetrics(),
            doc->revision(),
            doc->characterCount()};
}

void ArticleLayout::ensureEstimates() const
{
    if (m_estimatesStale)
        const_cast<ArticleLayout *>(this)->reestimate();
}

// Starts again from estimates at the current width, font and margin.
void ArticleLayout::reestimate()
{
    m_estimatesStale = false;
    m_inputs = currentInputs();
    const QTextDocument *doc = document();
    m_pageWidth = doc->pageSize().width();
    m_topsValid = 0;
    m_maxContentWidth = 0;
    m_unlaidCount = static_cast<int>(m_blocks.size());
    m_nextUnlaid = 0;
    const double documentMargin = doc->documentMargin();
    const QFontMetricsF metrics(doc->defaultFont());
    const double charWidth = metrics.averageCharWidth();
    // Set before the sum: a second estimate must not count the margin twice (the old sum did, leaving
    // a margin's worth of blank space under the text after every resize or zoom).
    if (!m_blocks.empty())
        m_blocks.front().spacingBefore = static_cast<float>(documentMargin) + m_firstTopMargin;
    double sum = 0;
    m_tables.invalidate();
    for (std::size_t i = 0; i < m_blocks.size(); ++i) {
        BlockGeometry &g = m_blocks[i];
        g.exact = false;
        if (const int grid = g.table >= 0 ? m_tables.gridAt(static_cast<int>(i)) : -1; grid >= 0) {
            // A grid's height is its last cell's; the other cells have none and need no layout of their own.
            const bool last = m_tables.lastBlock(grid) == static_cast<int>(i);
            g.height = last ? m_tables.estimatedHeight(grid, metrics.height()) : 0.0;
            g.exact = !last;
            m_unlaidCount -= last ? 0 : 1;
        } else {
            g.height =
                ArticleBlockStatics::estimatedHeight(g, m_pageWidth, documentMargin, charWidth, metrics.height());
        }
        sum += g.spacingBefore + g.height;
    }
    const double tail = m_blocks.empty() ? 0.0 : m_blocks.back().bottomMargin;
    m_totalHeight = sum + tail + documentMargin;
    scheduleBackgroundPass();
}

bool ArticleLayout::ensureLaidOut(const QTextBlock &block, int index) const
{
    BlockGeometry &g = m_blocks[static_cast<std::size_t>(index)];
    if (g.table >= 0)
        return ensureCellLaidOut(block, index);
    // Setting a block's formats (a highlighter does) drops its lines but not its height.
    if (g.exact && (!g.visible || block.layout()->lineCount() > 0))
        return false;
    const bool wasExact = g.exact;
    const double old = g.height;
    layoutBlock(block, g);
    if (!wasExact)
        --m_unlaidCount;
    if (g.height == old)
        return false;
    setHeight(index, old);
    return true;
}

// Bookkeeping after block `index` changed from `oldHeight` to its current height.
void ArticleLayout::setHeight(int index, double oldHeight) const
{
    m_totalHeight += m_blocks[static_cast<std::size_t>(index)].height - oldHeight;
    m_topsValid = std::min(m_topsValid, index + 1);
}

void ArticleLayout::ensureTops(int upTo) const
{
    upTo = std::min(upTo, static_cast<int>(m_blocks.size()) - 1);
    for (int k = std::max(m_topsValid, 0); k <= upTo; ++k) {
        const auto u = static_cast<std::size_t>(k);
        m_tops[u] = k == 0 ? 0.0 : m_tops[u - 1] + m_blocks[u - 1].spacingBefore + m_blocks[u - 1].height;
    }
    m_topsValid = std::max(m_topsValid, upTo + 1);
}

double ArticleLayout::blockTop(int index) const
{
    ensureTops(index);
    const auto u = static_cast<std::size_t>(index);
    return m_tops[u] + m_blocks[u].spacingBefore;
}

int ArticleLayout::blockIndexAt(double y) const
{
    const int count = static_cast<int>(m_blocks.size());
    if (count == 0)
        return -1;
    ensureTops(count - 1);
    const auto it = std::upper_bound(m_tops.begin(), m_tops.end(), y);
    return std::clamp(static_cast<int>(it - m_tops.begin()) - 1, 0, count - 1);
}

double ArticleLayout::availableWidth(const QTextBlock &block) const
{
    if (m_pageWidth <= 0)
        return kUnboundedWidth;
    const double margin = document()->documentMargin();
    const QTextBlockFormat format = block.blockFormat();
    return m_pageWidth - 2 * margin - ArticleBlockStatics::contentLeft(document(), block, format)
        - format.rightMargin();
}

int ArticleLayout::blockNumberAt(qreal y) const
{
    ensureEstimates();
    return blockIndexAt(y);
}

qreal ArticleLayout::blockSpacingTop(int blockNumber) const
{
    if (blockNumber < 0 || blockNumber >= static_cast<int>(m_blocks.size()))
        return 0;
    ensureEstimates();
    ensureTops(blockNumber);
    return m_tops[static_cast<std::size_t>(blockNumber)];
}

void ArticleLayout::positionLayout(const QTextBlock &block, int index) const
{
    QPointF position(document()->documentMargin(), blockTop(index));
    if (m_blocks[static_cast<std::size_t>(index)].table >= 0)
        position += m_tables.cellTextRect(index).topLeft();
    block.layout()->setPosition(position);
}

// ---- laying out one block ----------------------------------------------------------------------

void ArticleLayout::layoutBlock(const QTextBlock &block, BlockGeometry &g) const
{
    if (g.table >= 0) {
        layoutCell(block, g);
        return;
    }
    g.exact = true;
    QTextLayout *layout = block.layout();
    if (!block.isVisible()) {
        layout->clearLayout();
        g.height = 0;
        return;
    }
    const QTextBlockFormat format = block.blockFormat();
    const double left = ArticleBlockStatics::contentLeft(document(), block, format);
    const ArticleBlockLines::Result lines =
        ArticleBlockLines::layout(block, document(), left, std::max(1.0, availableWidth(block)), m_pageWidth > 0);
    g.height = lines.height;
    g.metricFormats = lines.metricFormats;
    const double margin = document()->documentMargin();
    m_maxContentWidth = std::max(m_maxContentWidth, 2 * margin + lines.widest + format.rightMargin());
}

void ArticleLayout::layoutAll()
{
    ensureEstimates();
    const int count = static_cast<int>(m_blocks.size());
    int i = 0;
    for (QTextBlock block = document()->begin(); block.isValid() && i < count; block = block.next(), ++i)
        ensureLaidOut(block, i);
    m_backgroundTimer.stop();
    emit documentSizeChanged(documentSize());
}

// ---- background pass ---------------------------------------------------------------------------

void ArticleLayout::scheduleBackgroundPass()
{
    if (m_unlaidCount > 0 && !m_backgroundTimer.isActive())
        m_backgroundTimer.start(0, this);
}

void ArticleLayout::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_backgroundTimer.timerId()) {
        QAbstractTextDocumentLayout::timerEvent(event);
        return;
    }
    runBackgroundSlice();
}

void ArticleLayout::runBackgroundSlice()
{
    ensureEstimates();
    const int count = static_cast<int>(m_blocks.size());
    if (m_unlaidCount <= 0 || count == 0) {
        m_backgroundTimer.stop();
        return;
    }
    if (m_nextUnlaid >= count)
        m_nextUnlaid = 0; // pick up blocks that were reset behind the pass
    QElapsedTimer clock;
    clock.start();
    const int first = m_nextUnlaid;
    ensureTops(first);
    const double rangeTop = m_tops[static_cast<std::size_t>(first)];
    double delta = 0;
    int i = first;
    for (QTextBlock block = document()->findBlockByNumber(first); block.isValid() && i < count;
         block = block.next()) {
        BlockGeometry &g = m_blocks[static_cast<std::size_t>(i)];
        const double old = g.height;
        if (!g.exact) {
            layoutBlock(block, g);
            --m_unlaidCount;
            delta += g.height - old;
        }
        ++i;
        if ((i & 7) == 0 && clock.elapsed() >= kSliceMilliseconds)
            break;
    }
    m_nextUnlaid = i;
    if (delta != 0) {
        m_totalHeight += delta;
        m_topsValid = std::min(m_topsValid, first + 1);
        emit documentSizeChanged(documentSize());
        emit heightsCorrected();
        emit update(QRectF(0, rangeTop, kFarBelow, kFarBelow));
    }
    if (m_unlaidCount <= 0) {
        m_backgroundTimer.stop();
        emit layoutCompleted();
    }
}

void ArticleLayout::emitSizeChangedLater() const
{
    if (m_sizeChangePending)
        return;
    m_sizeChangePending = true;
    auto *self = const_cast<ArticleLayout *>(this);
    QMetaObject::invokeMethod(
        self,
        [self] {
            self->m_sizeChangePending = false;
            emit self->documentSizeChanged(self->documentSize());
            emit self->heightsCorrected();
        },
        Qt::QueuedConnection);
}

// ---- QAbstractTextDocumentLayout ---------------------------------------------------------------

void ArticleLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    QTextDocument *doc = document();
    const bool whole = from == 0 && charsRemoved == 0 && charsAdded >= doc->characterCount();
    const bool recollect = (charsRemoved != charsAdded && !whole) || doc->blockCount() != static_cast<int>(m_blocks.size());
    if (recollect)
        collectBlocks();
    if (whole && !recollect && !m_estimatesStale && currentInputs() == m_inputs)
        return; // a setting set again to what it was
    if (recollect || whole || doc->pageSize().width() != m_pageWidth) {
        forgetLayout();
        // A view showing the document learns its new heights and size now (a zoom keeps the reading
        // position before anything is painted); a layout not shown yet waits for the first question.
        const bool shown = isSignalConnected(QMetaMethod::fromSignal(&ArticleLayout::documentSizeChanged))
            || isSignalConnected(QMetaMethod::fromSignal(&ArticleLayout::heightsCorrected));
        if (shown) {
            ensureEstimates();
            emit heightsCorrected();
            emit documentSizeChanged(documentSize());
        }
        emit update(QRectF(0, 0, kFarBelow, kFarBelow));
        return;
    }
    if (m_estimatesStale)
        return; // every block is estimated afresh and laid out with its new formats when first used

    // A partial change: in this read-only view, a highlighter restyling blocks.
    const int end = from + std::max(charsRemoved, charsAdded);
    QTextBlock block = doc->findBlock(from);
    int index = block.isValid() ? block.blockNumber() : static_cast<int>(m_blocks.size());
    double dirtyTop = kFarBelow;
    double dirtyBottom = -1;
    bool heightChanged = false;
    for (; block.isValid() && index < static_cast<int>(m_blocks.size()); block = block.next(), ++index) {
        BlockGeometry &g = m_blocks[static_cast<std::size_t>(index)];
        if (g.exact) {
            // New colours, backgrounds or underlines leave the height as it was; the lines the new
            // formats dropped are made again when the block is painted or hit. Anything else is
            // laid out now, so the text below moves at once.
            const bool recolourOnly = charsRemoved == charsAdded && !g.metricFormats
                && !ArticleBlockLines::hasMetricFormats(block.layout()->formats());
            if (!recolourOnly) {
                const double old = g.height;
                layoutBlock(block, g);
                if (g.height != old) {
                    setHeight(index, old);
                    heightChanged = true;
                }
            }
            const double top = blockTop(index);
            dirtyTop = std::min(dirtyTop, top);
            dirtyBottom = std::max(dirtyBottom, top + contentHeight(index));
        }
        // A block with an estimated height needs nothing: its first layout will use the new formats.
        if (block.position() + block.length() > end)
            break;
    }
    if (heightChanged) {
        emit documentSizeChanged(documentSize());
        emit update(QRectF(0, dirtyTop, kFarBelow, kFarBelow));
    } else if (dirtyBottom >= dirtyTop) {
        emit update(QRectF(0, dirtyTop, std::max(m_pageWidth, m_maxContentWidth), dirtyBottom - dirtyTop));
    }
}

QSizeF ArticleLayout::documentSize() const
{
    ensureEstimates();
    return {std::max(m_pageWidth, m_maxContentWidth), m_totalHeight};
}

QRectF ArticleLayout::frameBoundingRect(QTextFrame *frame) const
{
    if (frame != document()->rootFrame())
        return {};
    return {QPointF(0, 0), documentSize()};
}

QRectF ArticleLayout::blockBoundingRect(const QTextBlock &block) const
{
    if (!block.isValid() || block.document() != document())
        return {};
    const int index = block.blockNumber();
    if (index < 0 || index >= static_cast<int>(m_blocks.size()))
        return {};
    ensureEstimates();
    if (ensureLaidOut(block, index))
        emitSizeChangedLater();
    positionLayout(block, index);
    if (m_blocks[static_cast<std::size_t>(index)].table >= 0) // a cell: its text's box in the grid
        return {block.layout()->position(), m_tables.cellTextRect(index).size()};
    const double width = m_pageWidth > 0 ? m_pageWidth - 2 * document()->documentMargin() : m_maxContentWidth;
    return {block.layout()->position(), QSizeF(std::max(0.0, width), m_blocks[static_cast<std::size_t>(index)].height)};
}

int ArticleLayout::hitTest(const QPointF &point, Qt::HitTestAccuracy accuracy) const
{
    ensureEstimates();
    int index = blockIndexAt(point.y());
    if (index < 0)
        return -1;
    QTextBlock block = document()->findBlockByNumber(index);
    // Hidden blocks have no lines; the nearest visible one after them takes the hit.
    while (block.isValid() && !block.isVisible()) {
        block = block.next();
        ++index;
    }
    if (!block.isValid())
        return accuracy == Qt::ExactHit ? -1 : document()->characterCount() - 1;
    if (m_blocks[static_cast<std::size_t>(index)].table >= 0) { // the grid: the cell under the point
        const int cell = hitTableCell(index, point);
        if (cell != index)
            block = document()->findBlockByNumber(cell);
        index = cell;
    }
    if (ensureLaidOut(block, index))
        emitSizeChangedLater();
    positionLayout(block, index);
    const QTextLayout *layout = block.layout();
    const QPointF relative = point - layout->position();
    const int lineCount = layout->lineCount();
    if (lineCount == 0)
        return accuracy == Qt::ExactHit ? -1 : block.position();

    int lineIndex = 0;
    while (lineIndex + 1 < lineCount && relative.y() >= layout->lineAt(lineIndex + 1).y())
        ++lineIndex;
    const QTextLine line = layout->lineAt(lineIndex);
    if (accuracy == Qt::ExactHit) {
        if (relative.y() < line.y() || relative.y() > line.y() + line.height())
            return -1;
        if (relative.x() < line.x() || relative.x() > line.x() + line.naturalTextWidth())
            return -1;
        return block.position() + line.xToCursor(relative.x(), QTextLine::CursorOnCharacter);
    }
    if (relative.y() < 0)
        return block.position() + layout->lineAt(0).xToCursor(relative.x());
    return block.position() + line.xToCursor(relative.x());
}

// ---- painting ----------------------------------------------------------------------------------

void ArticleLayout::draw(QPainter *painter, const PaintContext &context)
{
    const int count = static_cast<int>(m_blocks.size());
    if (count == 0)
        return;
    ensureEstimates();
    const QRectF clip = context.clip.isValid() ? context.clip : QRectF(QPointF(0, 0), documentSize());
    int index = blockIndexAt(clip.top());
    bool changed = false;
    for (QTextBlock block = document()->findBlockByNumber(index); block.isValid() && index < count;
         block = block.next(), ++index) {
        changed |= ensureLaidOut(block, index);
        ensureTops(index);
        if (m_tops[static_cast<std::size_t>(index)] > clip.bottom())
            break;
        if (const BlockGeometry &g = m_blocks[static_cast<std::size_t>(index)]; g.table >= 0) {
            const int grid = m_tables.gridAt(index);
            if (grid >= 0 && index == m_tables.lastBlock(grid)) // a grid is drawn once, with its last cell
                drawTable(painter, context, grid);
        } else if (block.isVisible()) {
            drawBlock(painter, context, block, index);
        }
    }
    if (changed)
        emitSizeChangedLater();
}

void ArticleLayout::drawBlock(QPainter *painter, const PaintContext &context, const QTextBlock &block,
                              int index) const
{
    positionLayout(block, index);
    const QPointF origin = block.layout()->position();
    const double left = ArticleBlockStatics::contentLeft(document(), block, block.blockFormat());
    const double width = std::max(availableWidth(block), m_maxContentWidth - 2 * document()->documentMargin() - left);
    const QRectF background(origin.x() + left, origin.y(), width, m_blocks[static_cast<std::size_t>(index)].height);
    ArticleBlockPainter(painter, context, document(), property("cursorWidth").toInt()).paint(block, background);
}

} // namespace lede::ui

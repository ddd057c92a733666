// ArticleLayout: estimated, on-demand and background block layout (see the header for why).
#include "reader/ArticleLayout.h"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
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

// Character properties that change colour or decoration only, never glyph advances or line
// heights: a block whose additional formats use only these keeps its line breaks.
bool isMetricNeutral(int property)
{
    switch (property) {
    case QTextFormat::ForegroundBrush:
    case QTextFormat::BackgroundBrush:
    case QTextFormat::TextUnderlineColor:
    case QTextFormat::TextUnderlineStyle:
    case QTextFormat::FontUnderline:
    case QTextFormat::FontOverline:
    case QTextFormat::FontStrikeOut:
    case QTextFormat::TextToolTip:
    case QTextFormat::ObjectIndex:
        return true;
    default:
        return property >= QTextFormat::UserProperty;
    }
}

bool hasMetricFormats(const QList<QTextLayout::FormatRange> &ranges)
{
    for (const QTextLayout::FormatRange &range : ranges) {
        const QMap<int, QVariant> properties = range.format.properties();
        for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
            if (!isMetricNeutral(it.key()))
                return true;
        }
    }
    return false;
}

// QTextBlockFormat::lineHeight() without building a format for every block of a book.
double lineAdvanceFor(int type, double value, double natural)
{
    switch (type) {
    case QTextBlockFormat::ProportionalHeight: return natural * value / 100.0;
    case QTextBlockFormat::FixedHeight: return value;
    case QTextBlockFormat::MinimumHeight: return std::max(natural, value);
    case QTextBlockFormat::LineDistanceHeight: return natural + value;
    default: return natural;
    }
}

Qt::Alignment visualAlignment(Qt::LayoutDirection direction, Qt::Alignment alignment)
{
    if (direction != Qt::RightToLeft || (alignment & Qt::AlignAbsolute))
        return alignment;
    if (alignment & Qt::AlignLeft)
        return (alignment & ~Qt::AlignLeft) | Qt::AlignRight;
    if (alignment & Qt::AlignRight)
        return (alignment & ~Qt::AlignRight) | Qt::AlignLeft;
    return alignment;
}

} // namespace

ArticleLayout::ArticleLayout(QTextDocument *doc) : QAbstractTextDocumentLayout(doc)
{
    collectBlocks();
    reestimate();
}

ArticleLayout::~ArticleLayout() = default;

// ---- bookkeeping -------------------------------------------------------------------------------

// The one walk over the document's blocks: what the estimates need and never changes while the
// text does not (a book has hundreds of thousands of blocks; a resize or zoom must not walk them).
std::vector<ArticleLayout::BlockStatics> ArticleLayout::measureBlocks(const QTextDocument *doc)
{
    const auto count = static_cast<std::size_t>(std::max(0, doc->blockCount()));
    std::vector<BlockStatics> out(count);
    float previousBottom = 0;
    std::size_t i = 0;
    for (QTextBlock block = doc->begin(); block.isValid() && i < count; block = block.next(), ++i) {
        BlockStatics &g = out[i];
        const QTextBlockFormat format = block.blockFormat();
        const auto top = static_cast<float>(format.topMargin());
        g.spacingBefore = i == 0 ? top : std::max(previousBottom, top);
        g.bottomMargin = static_cast<float>(format.bottomMargin());
        previousBottom = g.bottomMargin;
        g.sideMargins = static_cast<float>(contentLeft(doc, block, format) + format.rightMargin());
        g.length = block.length();
        g.lineHeightType = static_cast<quint8>(format.lineHeightType());
        g.lineHeightValue = static_cast<float>(format.lineHeight());
        g.heading = format.headingLevel() > 0;
        g.visible = block.isVisible();
        if (format.nonBreakableLines()) {
            const QString text = block.text();
            g.manualLines = 1 + static_cast<int>(text.count(QChar::LineSeparator) + text.count(QLatin1Char('\n')));
        }
        if (format.hasProperty(TableProperty)) {
            g.table = format.intProperty(TableProperty);
            g.tableRow = format.intProperty(TableRowProperty);
            if (i > 0 && out[i - 1].table == g.table)
                g.spacingBefore = 0; // the cells of one grid share its top
        }
    }
    return out;
}

namespace {
// Carries prepare()'s statics from the loading thread to the layout; a child of the document, so it
// moves threads with it and goes with it.
class PreparedBlocks final : public QObject
{
public:
    PreparedBlocks(std::vector<ArticleLayout::BlockStatics> statics, int blockCount, QObject *parent)
        : QObject(parent), statics(std::move(statics)), blockCount(blockCount)
    {
        setObjectName(name());
    }
    static QString name() { return QStringLiteral("lede-prepared-blocks"); }
    std::vector<ArticleLayout::BlockStatics> statics;
    int blockCount = 0;
};
} // namespace

void ArticleLayout::prepare(QTextDocument *doc)
{
    new PreparedBlocks(measureBlocks(doc), doc->blockCount(), doc);
}

// The one walk over the document's blocks (or prepare()'s result): what the estimates need, which
// does not change while the text does not, so a resize or zoom never walks a book's blocks.
void ArticleLayout::collectBlocks()
{
    QTextDocument *doc = document();
    std::vector<BlockStatics> statics;
    if (auto *prepared = dynamic_cast<PreparedBlocks *>(
            doc->findChild<QObject *>(PreparedBlocks::name(), Qt::FindDirectChildrenOnly))) {
        if (prepared->blockCount == doc->blockCount())
            statics = std::move(prepared->statics);
        delete prepared; // used once: later changes to the text are measured here
    }
    if (statics.size() != static_cast<std::size_t>(std::max(0, doc->blockCount())))
        statics = measureBlocks(doc);
    m_blocks.resize(statics.size());
    for (std::size_t i = 0; i < statics.size(); ++i)
        m_blocks[i] = BlockGeometry{statics[i]};
    m_tops.assign(statics.size(), 0.0);
    m_firstTopMargin = m_blocks.empty() ? 0.0f : m_blocks[0].spacingBefore;
    collectTables();
}

// Forgets every layout and starts again from estimates: after a change of width, font or margin.
void ArticleLayout::reestimate()
{
    const QTextDocument *doc = document();
    m_pageWidth = doc->pageSize().width();
    m_topsValid = 0;
    m_maxContentWidth = 0;
    m_unlaidCount = static_cast<int>(m_blocks.size());
    m_nextUnlaid = 0;
    const double documentMargin = doc->documentMargin();
    const QFontMetricsF metrics(doc->defaultFont());
    const double charWidth = metrics.averageCharWidth();
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
            g.height = estimatedHeight(g, documentMargin, charWidth, metrics.height());
        }
        sum += g.spacingBefore + g.height;
    }
    if (!m_blocks.empty()) {
        m_blocks.front().spacingBefore = static_cast<float>(documentMargin) + m_firstTopMargin;
        sum += documentMargin;
    }
    const double tail = m_blocks.empty() ? 0.0 : m_blocks.back().bottomMargin;
    m_totalHeight = sum + tail + documentMargin;
    scheduleBackgroundPass();
    emit heightsCorrected();
}

double ArticleLayout::estimatedHeight(const BlockGeometry &g, double documentMargin, double charWidth,
                                      double lineHeight) const
{
    if (!g.visible)
        return 0;
    // Headings are set larger; an estimate only has to be near, the real layout corrects it.
    const double scale = g.heading ? 1.6 : 1.0;
    const double lineAdvance = lineAdvanceFor(g.lineHeightType, g.lineHeightValue, std::ceil(lineHeight * scale));
    double lines = 1;
    if (g.manualLines > 0) {
        lines = g.manualLines;
    } else if (m_pageWidth > 0) {
        const double width = std::max(1.0, m_pageWidth - 2 * documentMargin - g.sideMargins);
        lines = std::max(1.0, std::ceil(g.length * charWidth * scale / width));
    } // else no width yet: the view sets one before anything is shown, and all is redone then
    return lines * lineAdvance;
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

double ArticleLayout::contentLeft(const QTextDocument *doc, const QTextBlock &block, const QTextBlockFormat &format)
{
    double indent = format.indent();
    if (const QTextList *list = block.textList())
        indent += list->format().indent();
    return indent * doc->indentWidth() + format.leftMargin();
}

double ArticleLayout::availableWidth(const QTextBlock &block) const
{
    if (m_pageWidth <= 0)
        return kUnboundedWidth;
    const double margin = document()->documentMargin();
    const QTextBlockFormat format = block.blockFormat();
    return m_pageWidth - 2 * margin - contentLeft(document(), block, format) - format.rightMargin();
}

int ArticleLayout::blockNumberAt(qreal y) const
{
    return blockIndexAt(y);
}

qreal ArticleLayout::blockSpacingTop(int blockNumber) const
{
    if (blockNumber < 0 || blockNumber >= static_cast<int>(m_blocks.size()))
        return 0;
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
    const Qt::LayoutDirection direction = block.textDirection();
    QTextOption option = document()->defaultTextOption();
    option.setTextDirection(direction);
    option.setTabs(format.tabPositions());
    const Qt::Alignment alignment =
        format.hasProperty(QTextFormat::BlockAlignment) ? format.alignment() : option.alignment();
    option.setAlignment(visualAlignment(direction, alignment));
    if (format.nonBreakableLines() || m_pageWidth <= 0)
        option.setWrapMode(QTextOption::ManualWrap);
    const bool wraps = option.wrapMode() != QTextOption::ManualWrap && option.wrapMode() != QTextOption::NoWrap;
    layout->setTextOption(option);

    const double left = contentLeft(document(), block, format);
    const double width = std::max(1.0, availableWidth(block));
    const double textIndent = format.textIndent();
    double y = 0;
    double bottom = 0;
    double widest = 0;
    bool first = true;
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLeadingIncluded(true);
        const double indent = first ? textIndent : 0.0;
        line.setLineWidth(std::max(1.0, width - indent));
        // A line that may not wrap (preformatted text) gets its natural width, as in
        // QTextDocumentLayout; hit-testing and selection past the column then still work.
        if (!wraps && line.naturalTextWidth() > width - indent)
            line.setLineWidth(line.naturalTextWidth());
        line.setPosition(QPointF(left + (direction == Qt::RightToLeft ? 0.0 : indent), y));
        // As QTextDocumentLayout does: the line height rule applies to the whole-pixel line box.
        bottom = std::max(bottom, y + line.height());
        y += format.lineHeight(std::ceil(line.ascent() + line.descent() + line.leading()), 1.0);
        widest = std::max(widest, line.x() + line.naturalTextWidth());
        first = false;
    }
    layout->endLayout();
    g.height = std::max(y, bottom);
    g.metricFormats = hasMetricFormats(layout->formats());
    const double margin = document()->documentMargin();
    m_maxContentWidth = std::max(m_maxContentWidth, 2 * margin + widest + format.rightMargin());
}

void ArticleLayout::layoutAll()
{
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
    if (recollect || whole || doc->pageSize().width() != m_pageWidth) {
        reestimate();
        emit documentSizeChanged(documentSize());
        emit update(QRectF(0, 0, kFarBelow, kFarBelow));
        return;
    }

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
                && !hasMetricFormats(block.layout()->formats());
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
    QTextLayout *layout = block.layout();
    const QTextBlockFormat format = block.blockFormat();
    const BlockGeometry &g = m_blocks[static_cast<std::size_t>(index)];
    const QPointF origin = layout->position();

    const QBrush background = format.background();
    if (background.style() != Qt::NoBrush) {
        const double left = contentLeft(document(), block, format);
        const double width = std::max(availableWidth(block), m_maxContentWidth - 2 * document()->documentMargin() - left);
        painter->fillRect(QRectF(origin.x() + left, origin.y(), width, g.height), background);
    }

    painter->setPen(context.palette.color(QPalette::Text));
    if (block.textList())
        drawListMarker(painter, block, context.palette);

    const int blockStart = block.position();
    const int blockEnd = blockStart + block.length();
    QList<QTextLayout::FormatRange> selections;
    for (const Selection &selection : context.selections) {
        const int start = selection.cursor.selectionStart();
        const int end = selection.cursor.selectionEnd();
        QTextLayout::FormatRange range;
        range.format = selection.format;
        if (start < end && end > blockStart && start < blockEnd) {
            range.start = std::max(start, blockStart) - blockStart;
            range.length = std::min(end, blockEnd) - blockStart - range.start;
            selections.append(range);
        } else if (start == end && selection.format.hasProperty(QTextFormat::FullWidthSelection)
                   && block.contains(selection.cursor.position())) {
            const QTextLine line = layout->lineForTextPosition(selection.cursor.position() - blockStart);
            if (line.isValid()) {
                range.start = line.textStart();
                range.length = line.textLength();
                selections.append(range);
            }
        }
    }
    layout->draw(painter, QPointF(0, 0), selections, context.clip.isValid() ? context.clip : QRectF());

    if (context.cursorPosition >= blockStart && context.cursorPosition < blockEnd) {
        const int width = std::max(1, property("cursorWidth").toInt());
        layout->drawCursor(painter, QPointF(0, 0), context.cursorPosition - blockStart, width);
    }
}

void ArticleLayout::drawListMarker(QPainter *painter, const QTextBlock &block, const QPalette &palette) const
{
    const QTextLayout *layout = block.layout();
    if (layout->lineCount() == 0)
        return;
    const QTextLine firstLine = layout->lineAt(0);
    const QFont font = block.charFormat().font().resolve(document()->defaultFont());
    const QFontMetricsF metrics(font);
    const QPointF origin = layout->position() + QPointF(firstLine.x(), firstLine.y());
    const double baseline = origin.y() + firstLine.ascent();
    const double gap = metrics.horizontalAdvance(QLatin1Char(' '));
    const QColor colour = palette.color(QPalette::Text);

    const QTextList *list = block.textList();
    const QTextListFormat::Style style = list->format().style();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (style == QTextListFormat::ListDisc || style == QTextListFormat::ListCircle
        || style == QTextListFormat::ListSquare) {
        const double size = std::max(3.0, std::round(metrics.xHeight() * 0.6));
        const QRectF box(origin.x() - gap - size, baseline - metrics.xHeight() / 2 - size / 2, size, size);
        if (style == QTextListFormat::ListCircle) {
            painter->setPen(QPen(colour, 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5));
        } else {
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            if (style == QTextListFormat::ListDisc)
                painter->drawEllipse(box);
            else
                painter->drawRect(box);
        }
    } else {
        const QTextBlockFormat format = block.blockFormat();
        const QString text = style == QTextListFormat::ListDecimal && format.hasProperty(ListItemNumberProperty)
            ? QString::number(format.intProperty(ListItemNumberProperty)) + QLatin1Char('.')
            : list->itemText(block);
        painter->setFont(font);
        painter->setPen(colour);
        painter->drawText(QPointF(origin.x() - gap - metrics.horizontalAdvance(text), baseline), text);
    }
    painter->restore();
}

} // namespace lede::ui

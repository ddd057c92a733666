// DocumentAnnotator: ties one article view to its analysis, highlights, corrections and selection.
#include "annotate/DocumentAnnotator.h"

#include "annotate/AnnotationToolTip.h"
#include "annotate/CorrectionsStore.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace lede::ui {

namespace {
constexpr int kFlashMs = 1200;

struct StoredCorrections
{
    QString key;
    std::optional<core::Corrections> corrections;
};
} // namespace

DocumentAnnotator::DocumentAnnotator(QTextEdit *view, QObject *parent, AnalysisController::AnalyzeFunction analyze)
    : QObject(parent), m_view(view), m_analysis(nullptr, std::move(analyze))
{
    ensureHighlighter();
    m_flashTimer.setSingleShot(true);
    m_flashTimer.setInterval(kFlashMs);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] { setLayer(FlashLayer, {}); });
    connect(&m_analysis, &AnalysisController::finished, this, &DocumentAnnotator::onAnalysisFinished);
    connect(&m_analysis, &AnalysisController::taggerUnavailable, this, &DocumentAnnotator::message);
    connect(&m_analysis, &AnalysisController::busy, this, [this](bool running) {
        if (running)
            Q_EMIT message(tr("Finding people, places, organisations and dates…"));
    });
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        prioritiseVisibleBlocks();
        applyMarks(false);
    });
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
    view->viewport()->setMouseTracking(true);
}

// Closing the tab cancels the job (AnalysisController's destructor). The event filters need no removal:
// Qt drops a destroyed filter, and the view may be half-destroyed already when its children go. The
// highlighter stays with its document, which goes right after us when a tab closes.
DocumentAnnotator::~DocumentAnnotator()
{
    if (m_highlighter)
        m_highlighter->releaseModel();
}

EntityHighlighter *DocumentAnnotator::highlighter()
{
    ensureHighlighter();
    return m_highlighter;
}

void DocumentAnnotator::ensureHighlighter()
{
    if (!m_view || (m_highlighter && m_highlighter->document() == m_view->document()))
        return;
    // The old highlighter is left on the old document rather than moved: moving it would re-lay out the
    // whole old document (see EntityHighlighter).
    if (m_highlighter)
        m_highlighter->releaseModel();
    m_highlighter = new EntityHighlighter(m_view->document(), &m_model);
    m_highlighter->setVisibleKinds(m_kinds);
    m_highlighter->setPalette(m_view->palette());
}

void DocumentAnnotator::setVisibleKinds(HighlightKindMask kinds)
{
    m_kinds = kinds;
    ensureHighlighter();
    if (m_highlighter)
        m_highlighter->setVisibleKinds(kinds);
}

void DocumentAnnotator::setDocument(std::shared_ptr<const core::Document> document)
{
    m_document = std::move(document);
    ensureHighlighter();
    selectEntity({});
    m_model.clear();
    m_corrections.clear();
    m_correctionsKey.clear();
    m_correctionsReady = false;
    m_waitingAnalysis.reset();
    const int generation = ++m_correctionsGeneration;
    if (!m_document)
        return;
    // Hashing a 4 MB book takes ~50 ms: done on the UI thread it was the longest event-loop stall of an open.
    QtConcurrent::run([document = m_document] {
        StoredCorrections result;
        result.key = CorrectionsStore::keyFor(document->text);
        result.corrections = CorrectionsStore::load(result.key);
        return result;
    }).then(this, [this, generation](StoredCorrections stored) {
        if (generation != m_correctionsGeneration)
            return; // another document was set meanwhile
        m_correctionsKey = std::move(stored.key);
        if (stored.corrections)
            m_corrections = std::move(*stored.corrections);
        m_correctionsReady = true;
        if (m_waitingAnalysis)
            onAnalysisFinished(std::exchange(m_waitingAnalysis, nullptr));
    });
    m_analysis.start(m_document);
}

void DocumentAnnotator::onAnalysisFinished(std::shared_ptr<const core::Analysis> analysis)
{
    // AnalysisController drops results of older start() calls, so this is m_document's analysis.
    std::shared_ptr<const core::Document> document = m_document;
    if (!document)
        return;
    if (!m_correctionsReady) {
        m_waitingAnalysis = std::move(analysis);
        return;
    }
    QElapsedTimer clock; // the UI-thread share of an analysis, for the logs
    clock.start();
    core::CorrectionReport report;
    auto entities = core::applyCorrections(document->text, analysis->entities, m_corrections, &report);
    if (!report.skipped.empty())
        qCInfo(lcAnnotate) << report.skipped.size() << "stored corrections no longer apply";
    // The highlighter queues what is on screen first, and formats it at once (a screenful of blocks is
    // a few ms); the rest follows in slices.
    prioritiseVisibleBlocks();
    m_model.setAnalysis(std::move(document), std::move(analysis), std::move(entities));
    prioritiseVisibleBlocks();
    qCDebug(lcAnnotate) << "analysis applied on the UI thread in" << clock.elapsed() << "ms";
}

void DocumentAnnotator::applyCorrections()
{
    if (!m_model.hasAnalysis())
        return;
    if (!CorrectionsStore::save(m_correctionsKey, m_corrections))
        Q_EMIT message(tr("Your corrections could not be saved."));
    const std::string keep = m_selected;
    m_model.setEntities(core::applyCorrections(m_document->text, m_model.analysis()->entities, m_corrections));
    // The selection survives when its entity does (merges keep the target's id).
    m_selected.clear();
    selectEntity(m_model.entity(keep) ? keep : std::string());
}

void DocumentAnnotator::mergeEntities(const std::string &fromId, const std::string &intoId)
{
    const core::Entity *from = m_model.entity(fromId);
    const core::Entity *into = m_model.entity(intoId);
    if (!from || !into || from == into)
        return;
    m_corrections.merge(*from, *into);
    applyCorrections();
}

void DocumentAnnotator::renameEntity(const std::string &id, const QString &name)
{
    const core::Entity *e = m_model.entity(id);
    const QString trimmed = name.trimmed();
    if (!e || trimmed.isEmpty())
        return;
    m_corrections.rename(*e, trimmed.toStdU16String());
    applyCorrections();
}

void DocumentAnnotator::retypeEntity(const std::string &id, core::EntityType type)
{
    const core::Entity *e = m_model.entity(id);
    if (!e || e->type == type)
        return;
    m_corrections.retype(*e, type);
    applyCorrections();
}

void DocumentAnnotator::removeEntity(const std::string &id)
{
    const core::Entity *e = m_model.entity(id);
    if (!e)
        return;
    m_corrections.remove(*e);
    applyCorrections();
}

void DocumentAnnotator::addMention(int from, int to, const std::string &intoId, const QString &name,
                                   core::EntityType type)
{
    if (!m_model.hasAnalysis() || to <= from)
        return;
    const core::TextRange range{toCoreOffset(from), toCoreOffset(to)};
    if (range.empty() || m_model.blockOf(range.start) != m_model.blockOf(range.end))
        return; // a mention never spans blocks
    if (const core::Entity *e = m_model.entity(intoId))
        m_corrections.addMention(range, *e);
    else
        m_corrections.addMentionAsNewEntity(range, name.trimmed().toStdU16String(), type);
    applyCorrections();
}

int DocumentAnnotator::toViewPosition(int32_t offset) const
{
    const int block = m_model.blockOf(offset);
    if (block < 0 || !m_view)
        return -1;
    const QTextBlock qb = m_view->document()->findBlockByNumber(block);
    if (!qb.isValid())
        return -1;
    return qb.position() + std::min(offset - m_model.blockStart(block), qb.length() - 1);
}

int32_t DocumentAnnotator::toCoreOffset(int viewPosition) const
{
    if (!m_view)
        return 0;
    const QTextBlock qb = m_view->document()->findBlock(viewPosition);
    return m_model.toOffset(qb.blockNumber(), viewPosition - qb.position());
}

QTextCursor DocumentAnnotator::cursorFor(core::TextRange range) const
{
    const int from = toViewPosition(range.start);
    const int to = toViewPosition(range.end);
    if (from < 0 || to < from)
        return {};
    QTextCursor c(m_view->document());
    c.setPosition(from);
    c.setPosition(to, QTextCursor::KeepAnchor);
    return c;
}

void DocumentAnnotator::setLayer(Layer layer, std::vector<Mark> marks)
{
    m_layers[layer] = std::move(marks);
    applyMarks(true);
}

// Marks are kept as positions, and the view gets extra selections only for those in a window of
// text around what is on screen, renewed as the reader scrolls: a QTextCursor and an extra
// selection each make Qt lay out the block they are in, and selecting an entity with 40,000
// mentions in a book froze the window for seconds.
void DocumentAnnotator::applyMarks(bool force)
{
    if (!m_view)
        return;
    const QRect area = m_view->viewport()->rect();
    const int first = m_view->cursorForPosition(area.topLeft()).position();
    const int last = m_view->cursorForPosition(area.bottomRight()).position();
    if (!force && first >= m_marksFrom && last <= m_marksTo)
        return;
    const int screen = std::max(last - first, kMinMarksWindow);
    m_marksFrom = std::max(0, first - 2 * screen);
    m_marksTo = last + 2 * screen;
    QTextDocument *doc = m_view->document();
    const int end = doc->characterCount() - 1;
    QList<QTextEdit::ExtraSelection> shown;
    for (const auto &layer : m_layers) {
        for (const Mark &m : layer) {
            if (m.to < m_marksFrom || m.from > m_marksTo || m.from < 0 || m.to > end || m.to < m.from)
                continue;
            QTextCursor c(doc);
            c.setPosition(m.from);
            c.setPosition(m.to, QTextCursor::KeepAnchor);
            shown.append({c, m.format});
        }
    }
    m_view->setExtraSelections(shown);
}

void DocumentAnnotator::setFindMarks(std::vector<Mark> marks)
{
    setLayer(FindLayer, std::move(marks));
}

void DocumentAnnotator::selectEntity(const std::string &id)
{
    const std::string next = m_model.entity(id) ? id : std::string();
    if (next == m_selected)
        return;
    m_selected = next;
    m_currentMention = -1;
    updateEntityMarks();
    Q_EMIT selectedEntityChanged(m_selected);
}

void DocumentAnnotator::updateEntityMarks()
{
    std::vector<Mark> marks;
    if (const core::Entity *e = m_model.entity(m_selected); e && m_view) {
        // The selected entity's mentions look selected: the palette's selection colours, clear on light and
        // dark palettes and unlike any highlight kind. (No font change: extra selections are not laid out.)
        const QPalette pal = m_view->palette();
        QTextCharFormat f;
        f.setBackground(pal.color(QPalette::Highlight));
        f.setForeground(pal.color(QPalette::HighlightedText));
        marks.reserve(e->mentions.size());
        for (const core::TextRange &m : e->mentions) {
            const int from = toViewPosition(m.start);
            const int to = toViewPosition(m.end);
            if (from >= 0 && to >= from)
                marks.push_back({from, to, f});
        }
    }
    setLayer(EntityLayer, std::move(marks));
}

void DocumentAnnotator::revealMention(core::TextRange range)
{
    QTextCursor c = cursorFor(range);
    if (c.isNull())
        return;
    // Format what is about to become visible before it is painted.
    const int block = m_model.blockOf(range.start);
    highlighter()->prioritise(block - 2, block + 40);
    QTextCursor caret(c);
    caret.setPosition(c.selectionStart());
    m_view->setTextCursor(caret);
    m_view->ensureCursorVisible();
    QTextCharFormat f;
    f.setBackground(m_view->palette().color(QPalette::Highlight));
    f.setForeground(m_view->palette().color(QPalette::HighlightedText));
    setLayer(FlashLayer, {{c.selectionStart(), c.selectionEnd(), f}});
    m_flashTimer.start();
}

bool DocumentAnnotator::nextMention()
{
    return stepMention(+1);
}

bool DocumentAnnotator::previousMention()
{
    return stepMention(-1);
}

bool DocumentAnnotator::stepMention(int direction)
{
    const core::Entity *e = m_model.entity(m_selected);
    if (!e || e->mentions.empty())
        return false;
    const int count = static_cast<int>(e->mentions.size());
    if (m_currentMention < 0) {
        // Start from the caret: the first mention after it, or the last one before it.
        const int32_t caret = toCoreOffset(m_view->textCursor().position());
        if (direction > 0) {
            auto it = std::upper_bound(e->mentions.begin(), e->mentions.end(), caret,
                                       [](int32_t o, const core::TextRange &r) { return o < r.start; });
            m_currentMention = it == e->mentions.end() ? 0 : static_cast<int>(it - e->mentions.begin());
        } else {
            auto it = std::lower_bound(e->mentions.begin(), e->mentions.end(), caret,
                                       [](const core::TextRange &r, int32_t o) { return r.start < o; });
            m_currentMention = it == e->mentions.begin() ? count - 1 : static_cast<int>(it - e->mentions.begin()) - 1;
        }
    } else {
        m_currentMention = (m_currentMention + count + direction) % count;
    }
    revealMention(e->mentions[static_cast<size_t>(m_currentMention)]);
    return true;
}

void DocumentAnnotator::prioritiseVisibleBlocks()
{
    if (!m_view)
        return;
    const QRect r = m_view->viewport()->rect();
    const int first = m_view->cursorForPosition(r.topLeft()).blockNumber();
    const int last = m_view->cursorForPosition(r.bottomRight()).blockNumber() + 1;
    highlighter()->setVisibleRange(first, last);
    if (highlighter()->isBusy())
        highlighter()->prioritise(first, last);
}

bool DocumentAnnotator::handleClick(const QPoint &viewportPos)
{
    const QTextCursor c = m_view->cursorForPosition(viewportPos);
    // cursorForPosition snaps to the nearest gap; the character under the pointer is the one whose
    // box contains the point, so check both neighbours of the gap.
    const QTextBlock block = c.block();
    for (int pos : {c.positionInBlock(), c.positionInBlock() - 1}) {
        if (pos < 0)
            continue;
        QTextCursor probe(block);
        probe.setPosition(block.position() + pos);
        const QRect left = m_view->cursorRect(probe);
        probe.setPosition(block.position() + pos + 1);
        const QRect right = m_view->cursorRect(probe);
        if (left.top() != right.top() || viewportPos.x() < left.left() || viewportPos.x() > right.right())
            continue;
        if (auto hit = m_model.hitAt(block.blockNumber(), pos); hit && hit->kind != HighlightKind::Date
            && (highlighter()->visibleKinds() & maskOf(hit->kind))) {
            const std::string id = m_model.entities()[static_cast<size_t>(hit->ref)].id;
            selectEntity(id);
            const auto &mentions = m_model.entities()[static_cast<size_t>(hit->ref)].mentions;
            const auto it = std::find(mentions.begin(), mentions.end(), hit->range);
            m_currentMention = it == mentions.end() ? -1 : static_cast<int>(it - mentions.begin());
            return true;
        }
    }
    return false;
}

void DocumentAnnotator::showContextMenu(const QPoint &viewportPos, const QPoint &globalPos)
{
    std::unique_ptr<QMenu> menu(m_view->createStandardContextMenu(viewportPos));
    addContextMenuActions(menu.get());
    menu->exec(globalPos);
}

void DocumentAnnotator::addContextMenuActions(QMenu *menu)
{
    const QTextCursor sel = m_view ? m_view->textCursor() : QTextCursor();
    if (!m_model.hasAnalysis() || !sel.hasSelection())
        return;
    menu->addSeparator();
    QAction *add = menu->addAction(tr("Add as Entity…"));
    const int from = sel.selectionStart();
    const int to = sel.selectionEnd();
    // A mention lives inside one paragraph.
    add->setEnabled(m_view->document()->findBlock(from) == m_view->document()->findBlock(to));
    connect(add, &QAction::triggered, this, [this, from, to] { Q_EMIT addEntityRequested(from, to); });
}

bool DocumentAnnotator::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_view)
        return false;
    if (watched == m_view) {
        if (event->type() == QEvent::PaletteChange) {
            highlighter()->setPalette(m_view->palette());
            updateEntityMarks();
        } else if (event->type() == QEvent::Resize) {
            QTimer::singleShot(0, this, [this] {
                prioritiseVisibleBlocks();
                applyMarks(false);
            });
        }
        return false;
    }
    if (watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        m_pressPos = static_cast<QMouseEvent *>(event)->position().toPoint();
        break;
    case QEvent::MouseButtonRelease: {
        auto *me = static_cast<QMouseEvent *>(event);
        // A drag selects text; only a click selects an entity.
        if (me->button() == Qt::LeftButton && (me->position().toPoint() - m_pressPos).manhattanLength() < 4
            && !m_view->textCursor().hasSelection())
            handleClick(me->position().toPoint());
        break;
    }
    case QEvent::ToolTip: {
        auto *he = static_cast<QHelpEvent *>(event);
        const QTextCursor c = m_view->cursorForPosition(he->pos());
        std::optional<AnnotationHit> hit = m_model.hitAt(c.block().blockNumber(), c.positionInBlock());
        if (hit && !(highlighter()->visibleKinds() & maskOf(hit->kind)))
            hit.reset();
        const QString text = hit ? AnnotationToolTip::text(m_model, *hit, m_view->locale()) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(he->globalPos(), text, m_view->viewport());
        return true;
    }
    case QEvent::ContextMenu: {
        if (!m_ownContextMenu)
            break;
        auto *ce = static_cast<QContextMenuEvent *>(event);
        showContextMenu(ce->pos(), ce->globalPos());
        return true;
    }
    default:
        break;
    }
    return false;
}

} // namespace lede::ui

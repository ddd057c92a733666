// DocumentAnnotator: ties one article view to its analysis, highlights, corrections and selection.
#include "annotate/DocumentAnnotator.h"

#include "annotate/ArticleInteraction.h"
#include "annotate/CorrectionCommand.h"
#include "annotate/ViewCentering.h"

#include <QAbstractTextDocumentLayout>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>

#include <algorithm>
#include <utility>

namespace lede::ui {

namespace {
QString nameOf(const core::Entity &e)
{
    return QString::fromStdU16String(e.name);
}

} // namespace

DocumentAnnotator::DocumentAnnotator(QTextEdit *view, QObject *parent, AnalysisController::AnalyzeFunction analyze)
    : QObject(parent), m_viewObject(view), m_analysis(nullptr, std::move(analyze)),
      m_landing(&m_model, &m_corrections, &m_analysis), m_marks(view)
{
    ensureHighlighter();
    connect(&m_corrections, &DocumentCorrections::problem, this, &DocumentAnnotator::problem);
    // The highlighter queues what is on screen first, and formats it at once; the rest follows in slices.
    connect(&m_landing, &AnalysisLanding::aboutToLandAnalysis, this, &DocumentAnnotator::prioritiseVisibleBlocks);
    connect(&m_landing, &AnalysisLanding::analysisLanded, this, &DocumentAnnotator::prioritiseVisibleBlocks);
    connect(&m_landing, &AnalysisLanding::correctionsLanded, this, &DocumentAnnotator::onCorrectionsLanded);
    connect(&m_analysis, &AnalysisController::taggerUnavailable, this, &DocumentAnnotator::message);
    connect(&m_analysis, &AnalysisController::busy, this, [this](bool running) {
        if (running)
            Q_EMIT message(tr("Finding people, places, organisations and dates…"));
    });
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        prioritiseVisibleBlocks();
        m_marks.update(false);
    });
    view->installEventFilter(this);
    m_interaction = new ArticleInteraction(this);
}

// Closing the tab cancels the job (AnalysisController's destructor). We are the view's child, so we go
// while it is half-destroyed: view() is null by then and nothing here touches it. The highlighter stays
// with its document, which goes right after us when a tab closes.
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
    if (!view() || (m_highlighter && m_highlighter->document() == view()->document()))
        return;
    // The old highlighter is left on the old document rather than moved: moving it would re-lay out the
    // whole old document (see EntityHighlighter).
    if (m_highlighter)
        m_highlighter->releaseModel();
    m_highlighter = new EntityHighlighter(view()->document(), &m_model);
    m_highlighter->setVisibleKinds(m_kinds);
    m_highlighter->setPalette(view()->palette());
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
    m_undo.clear(); // its steps belong to the old text's corrections
    m_landing.setDocument(m_document);
    m_corrections.open(m_document); // read in the background: an analysis that finishes first waits for it
    if (!m_document)
        return;
    m_analysis.start(m_document);
}

void DocumentAnnotator::setReferenceDate(const core::ReferenceDate &reference)
{
    if (!m_document)
        return;
    const bool chosen = reference.source == core::ReferenceSource::User && reference.date;
    m_corrections.log().setReferenceDate(chosen ? reference.date : std::nullopt);
    if (m_corrections.isReady() && !m_corrections.save())
        Q_EMIT message(tr("Your reference date could not be saved."));
    const core::ReferenceDate applied = chosen ? reference : core::ReferenceDate{};
    if (m_model.hasAnalysis())
        m_analysis.reanchor(m_document, m_model.analysis(), applied);
    else
        m_analysis.start(m_document, applied);
}

void DocumentAnnotator::applyCorrections()
{
    // An analysis being prepared with the corrections as they were is prepared again with these.
    m_landing.prepareAgain();
    if (!m_model.hasAnalysis())
        return;
    if (!m_corrections.save())
        Q_EMIT message(tr("Your corrections could not be saved."));
    m_landing.applyCorrections();
}

void DocumentAnnotator::onCorrectionsLanded()
{
    // The selection survives when its entity does (merges keep the target's id); its marks and the
    // panels are renewed either way, since its mentions may have changed.
    if (!m_model.entity(m_selected))
        m_selected.clear();
    m_currentMention = -1;
    updateEntityMarks();
    Q_EMIT selectedEntityChanged(m_selected);
    setCurrentMention(-1);
    Q_EMIT correctionsApplied();
}

void DocumentAnnotator::pushCorrection(core::Corrections built, const QString &text)
{
    if (built.empty())
        return;
    m_undo.push(new CorrectionCommand(
        m_corrections.log(), built.log().back(), [this] { applyCorrections(); }, text));
}

void DocumentAnnotator::mergeEntities(const std::string &fromId, const std::string &intoId)
{
    const core::Entity *from = m_model.entity(fromId);
    const core::Entity *into = m_model.entity(intoId);
    if (!from || !into || from == into)
        return;
    core::Corrections step;
    step.merge(*from, *into);
    pushCorrection(std::move(step), tr("Merge “%1” into “%2”").arg(nameOf(*from), nameOf(*into)));
}

void DocumentAnnotator::renameEntity(const std::string &id, const QString &name)
{
    const core::Entity *e = m_model.entity(id);
    const QString trimmed = name.trimmed();
    if (!e || trimmed.isEmpty())
        return;
    core::Corrections step;
    step.rename(*e, trimmed.toStdU16String());
    pushCorrection(std::move(step), tr("Rename “%1” to “%2”").arg(nameOf(*e), trimmed));
}

void DocumentAnnotator::retypeEntity(const std::string &id, core::EntityType type)
{
    const core::Entity *e = m_model.entity(id);
    if (!e || e->type == type)
        return;
    core::Corrections step;
    step.retype(*e, type);
    pushCorrection(std::move(step), tr("Change Type of “%1”").arg(nameOf(*e)));
}

void DocumentAnnotator::removeEntity(const std::string &id)
{
    const core::Entity *e = m_model.entity(id);
    if (!e)
        return;
    core::Corrections step;
    step.remove(*e);
    pushCorrection(std::move(step), tr("Remove “%1”").arg(nameOf(*e)));
    // The name is no entity any more: nothing of it stays marked or selected.
    if (view() && view()->textCursor().hasSelection()) {
        QTextCursor c = view()->textCursor();
        c.clearSelection();
        view()->setTextCursor(c);
    }
}

void DocumentAnnotator::addMention(int from, int to, const std::string &intoId, const QString &name,
                                   core::EntityType type)
{
    if (!m_model.hasAnalysis() || to <= from)
        return;
    const core::TextRange range{toCoreOffset(from), toCoreOffset(to)};
    if (range.empty() || m_model.blockOf(range.start) != m_model.blockOf(range.end))
        return; // a mention never spans blocks
    core::Corrections step;
    if (const core::Entity *e = m_model.entity(intoId))
        step.addMention(range, *e);
    else
        step.addMentionAsNewEntity(range, name.trimmed().toStdU16String(), type);
    pushCorrection(std::move(step), tr("Add “%1”").arg(name.trimmed()));
}

int DocumentAnnotator::toViewPosition(int32_t offset) const
{
    const int block = m_model.blockOf(offset);
    if (block < 0 || !view())
        return -1;
    const QTextBlock qb = view()->document()->findBlockByNumber(block);
    if (!qb.isValid())
        return -1;
    return qb.position() + std::min(offset - m_model.blockStart(block), qb.length() - 1);
}

int32_t DocumentAnnotator::toCoreOffset(int viewPosition) const
{
    if (!view())
        return 0;
    const QTextBlock qb = view()->document()->findBlock(viewPosition);
    return m_model.toOffset(qb.blockNumber(), viewPosition - qb.position());
}

void DocumentAnnotator::setFindMarks(std::vector<Mark> marks)
{
    m_marks.setLayer(ArticleMarks::FindLayer, std::move(marks));
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
    setCurrentMention(-1);
}

void DocumentAnnotator::updateEntityMarks()
{
    std::vector<Mark> marks;
    if (const core::Entity *e = m_model.entity(m_selected); e && view()) {
        // The selected entity's mentions look selected: the palette's selection colours, clear on light and
        // dark palettes and unlike any highlight kind (a tint of them was too close to the dates' sky blue).
        // The current one is drawn over them, deeper (updateCurrentMark). (No font change: extra
        // selections are not laid out.)
        const QPalette pal = view()->palette();
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
    m_marks.setLayer(ArticleMarks::EntityLayer, std::move(marks));
}

QColor DocumentAnnotator::currentMentionColour(const QPalette &palette)
{
    const QColor selection = palette.color(QPalette::Highlight);
    // Deeper on a light base, brighter on a dark one: away from the base either way.
    return palette.color(QPalette::Base).lightness() > 128 ? selection.darker(175) : selection.lighter(150);
}

void DocumentAnnotator::setCurrentMention(int index)
{
    const core::Entity *e = m_model.entity(m_selected);
    const int count = e ? static_cast<int>(e->mentions.size()) : 0;
    m_currentMention = index >= 0 && index < count ? index : -1;
    updateCurrentMark();
    Q_EMIT currentMentionChanged(m_currentMention, count);
}

void DocumentAnnotator::updateCurrentMark()
{
    std::vector<Mark> marks;
    const core::Entity *e = m_model.entity(m_selected);
    if (e && view() && m_currentMention >= 0 && m_currentMention < static_cast<int>(e->mentions.size())) {
        const core::TextRange m = e->mentions[static_cast<size_t>(m_currentMention)];
        QTextCharFormat f;
        f.setBackground(currentMentionColour(view()->palette()));
        f.setForeground(view()->palette().color(QPalette::HighlightedText));
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(view()->palette().color(QPalette::HighlightedText));
        marks.push_back({toViewPosition(m.start), toViewPosition(m.end), f});
    }
    m_marks.setLayer(ArticleMarks::CurrentLayer, std::move(marks));
}

void DocumentAnnotator::revealMention(core::TextRange range)
{
    const int from = toViewPosition(range.start);
    const int to = toViewPosition(range.end);
    if (!view() || from < 0 || to < from)
        return;
    // Format what is about to become visible before it is painted.
    const int block = m_model.blockOf(range.start);
    highlighter()->prioritise(block - 20, block + 40);
    QTextCursor caret(view()->document());
    caret.setPosition(from);
    view()->setTextCursor(caret);
    centerOnRange(view(), from, to);
    if (const core::Entity *e = m_model.entity(m_selected)) {
        const auto it = std::find(e->mentions.begin(), e->mentions.end(), range);
        if (it != e->mentions.end()) {
            m_marks.clearFlash();
            setCurrentMention(static_cast<int>(it - e->mentions.begin()));
            return;
        }
    }
    QTextCharFormat f;
    f.setBackground(view()->palette().color(QPalette::Highlight));
    f.setForeground(view()->palette().color(QPalette::HighlightedText));
    m_marks.flash({{from, to, f}});
}

int DocumentAnnotator::readingPosition() const
{
    if (!view())
        return 0;
    const QRect area = view()->viewport()->rect();
    if (area.intersects(view()->cursorRect()))
        return view()->textCursor().position();
    return view()->cursorForPosition(area.topLeft()).position();
}

bool DocumentAnnotator::nextMention()
{
    return stepMention(+1);
}

bool DocumentAnnotator::previousMention()
{
    return stepMention(-1);
}

bool DocumentAnnotator::revealFirstMentionAfterPosition()
{
    m_currentMention = -1;
    return stepMention(+1);
}

bool DocumentAnnotator::stepMention(int direction)
{
    const core::Entity *e = m_model.entity(m_selected);
    if (!e || e->mentions.empty() || !view())
        return false;
    const int count = static_cast<int>(e->mentions.size());
    int next = 0;
    if (m_currentMention < 0) {
        // Start from where the reader is: the first mention at or after it, or the last one before it.
        const int32_t at = toCoreOffset(readingPosition());
        const auto it = std::lower_bound(e->mentions.begin(), e->mentions.end(), at,
                                         [](const core::TextRange &r, int32_t o) { return r.start < o; });
        const int index = static_cast<int>(it - e->mentions.begin());
        next = direction > 0 ? (index == count ? 0 : index) : (index == 0 ? count - 1 : index - 1);
    } else {
        next = (m_currentMention + count + direction) % count;
    }
    revealMention(e->mentions[static_cast<size_t>(next)]);
    return true;
}

void DocumentAnnotator::prioritiseVisibleBlocks()
{
    if (!view())
        return;
    const QRect r = view()->viewport()->rect();
    const int first = view()->cursorForPosition(r.topLeft()).blockNumber();
    const int last = view()->cursorForPosition(r.bottomRight()).blockNumber() + 1;
    highlighter()->setVisibleRange(first, last);
    if (highlighter()->isBusy())
        highlighter()->prioritise(first, last);
}

void DocumentAnnotator::selectMention(const AnnotationHit &hit)
{
    const core::Entity &entity = m_model.entities()[static_cast<size_t>(hit.ref)];
    selectEntity(entity.id);
    const auto it = std::find(entity.mentions.begin(), entity.mentions.end(), hit.range);
    setCurrentMention(it == entity.mentions.end() ? -1 : static_cast<int>(it - entity.mentions.begin()));
}

void DocumentAnnotator::addContextMenuActions(QMenu *menu, const QPoint &viewportPos)
{
    m_interaction->addContextMenuActions(menu, viewportPos);
}

void DocumentAnnotator::setShowsOwnContextMenu(bool own)
{
    m_interaction->setShowsOwnContextMenu(own);
}

bool DocumentAnnotator::eventFilter(QObject *watched, QEvent *event)
{
    QTextEdit *v = view();
    if (!v) {
        // The view is being destroyed: stop watching it before it reaches its last events.
        watched->removeEventFilter(this);
        return false;
    }
    if (watched == m_viewObject) {
        if (event->type() == QEvent::PaletteChange) {
            highlighter()->setPalette(v->palette());
            updateEntityMarks();
            updateCurrentMark();
        } else if (event->type() == QEvent::Resize) {
            QTimer::singleShot(0, this, [this] {
                prioritiseVisibleBlocks();
                m_marks.update(false);
            });
        }
    }
    return false;
}

} // namespace lede::ui

// ArticleInteraction: clicks, tooltips and the correction menu of the article view.
#include "annotate/ArticleInteraction.h"

#include "annotate/AnnotationToolTip.h"
#include "annotate/DocumentAnnotator.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolTip>

#include <memory>

namespace lede::ui {

ArticleInteraction::ArticleInteraction(DocumentAnnotator *annotator) : QObject(annotator), m_annotator(annotator)
{
    if (QTextEdit *v = view()) {
        m_viewport = v->viewport();
        v->viewport()->installEventFilter(this);
        v->viewport()->setMouseTracking(true);
    }
}

// Qt drops a destroyed filter itself. The viewport goes while the view is half-destroyed; view() is null then.
ArticleInteraction::~ArticleInteraction() = default;

QTextEdit *ArticleInteraction::view() const
{
    return m_annotator->view();
}

std::optional<AnnotationHit> ArticleInteraction::entityMentionAt(const QPoint &viewportPos) const
{
    if (!view())
        return std::nullopt;
    const QTextCursor c = view()->cursorForPosition(viewportPos);
    // cursorForPosition snaps to the nearest gap; the character under the pointer is the one whose
    // box contains the point, so check both neighbours of the gap.
    const QTextBlock block = c.block();
    for (int pos : {c.positionInBlock(), c.positionInBlock() - 1}) {
        if (pos < 0)
            continue;
        QTextCursor probe(block);
        probe.setPosition(block.position() + pos);
        const QRect left = view()->cursorRect(probe);
        probe.setPosition(block.position() + pos + 1);
        const QRect right = view()->cursorRect(probe);
        if (left.top() != right.top() || viewportPos.x() < left.left() || viewportPos.x() > right.right())
            continue;
        if (auto hit = m_annotator->model()->hitAt(block.blockNumber(), pos);
            hit && hit->kind != HighlightKind::Date && (m_annotator->highlighter()->visibleKinds() & maskOf(hit->kind)))
            return hit;
    }
    return std::nullopt;
}

void ArticleInteraction::addContextMenuActions(QMenu *menu, const QPoint &viewportPos)
{
    if (!view() || !m_annotator->model()->hasAnalysis())
        return;
    // The menu acts on the name under the pointer, so that name becomes the selected one: the context
    // panel shows which entity the corrections will change.
    if (const std::optional<AnnotationHit> hit = entityMentionAt(viewportPos)) {
        m_annotator->selectMention(*hit);
        addEntityActions(menu, m_annotator->model()->entities()[static_cast<size_t>(hit->ref)].id);
    }
    const QTextCursor sel = view()->textCursor();
    if (!sel.hasSelection())
        return;
    menu->addSeparator();
    QAction *add = menu->addAction(tr("Add as Entity…"));
    add->setObjectName(QStringLiteral("addEntityAction"));
    const int from = sel.selectionStart();
    const int to = sel.selectionEnd();
    // A mention lives inside one paragraph.
    add->setEnabled(view()->document()->findBlock(from) == view()->document()->findBlock(to));
    DocumentAnnotator *annotator = m_annotator;
    connect(add, &QAction::triggered, annotator,
            [annotator, from, to] { Q_EMIT annotator->addEntityRequested(from, to); });
}

void ArticleInteraction::addEntityActions(QMenu *menu, const std::string &id)
{
    const core::Entity *entity = m_annotator->model()->entity(id);
    if (!entity)
        return;
    // The actions live as long as the menu; they act on the annotator, which may be gone by then (the tab
    // closed while the menu was open), so it is their connection context.
    DocumentAnnotator *annotator = m_annotator;
    menu->addSeparator();
    QAction *rename = menu->addAction(tr("Rename…"));
    rename->setObjectName(QStringLiteral("renameEntityAction"));
    connect(rename, &QAction::triggered, annotator, [annotator, id] { Q_EMIT annotator->renameRequested(id); });
    QMenu *types = menu->addMenu(tr("Change Type"));
    types->menuAction()->setObjectName(QStringLiteral("changeTypeMenu"));
    for (core::EntityType t :
         {core::EntityType::Person, core::EntityType::Place, core::EntityType::Organization, core::EntityType::Other}) {
        QAction *a = types->addAction(entityTypeDisplayName(t));
        a->setObjectName(QStringLiteral("changeTypeTo%1").arg(static_cast<int>(t)));
        a->setCheckable(true);
        a->setChecked(t == entity->type);
        connect(a, &QAction::triggered, annotator, [annotator, id, t] { annotator->retypeEntity(id, t); });
    }
    QAction *merge = menu->addAction(tr("Merge With…"));
    merge->setObjectName(QStringLiteral("mergeEntityAction"));
    merge->setEnabled(m_annotator->model()->entities().size() > 1);
    connect(merge, &QAction::triggered, annotator, [annotator, id] { Q_EMIT annotator->mergeRequested(id); });
    QAction *remove = menu->addAction(tr("Remove (Not an Entity)"));
    remove->setObjectName(QStringLiteral("removeEntityAction"));
    connect(remove, &QAction::triggered, annotator, [annotator, id] { annotator->removeEntity(id); });
}

void ArticleInteraction::showToolTip(const QPoint &viewportPos, const QPoint &globalPos)
{
    const QTextCursor c = view()->cursorForPosition(viewportPos);
    std::optional<AnnotationHit> hit = m_annotator->model()->hitAt(c.block().blockNumber(), c.positionInBlock());
    if (hit && !(m_annotator->highlighter()->visibleKinds() & maskOf(hit->kind)))
        hit.reset();
    const QString text = hit ? AnnotationToolTip::text(*m_annotator->model(), *hit, view()->locale()) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, text, view()->viewport());
}

bool ArticleInteraction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_viewport)
        return false;
    QTextEdit *v = view();
    if (!v) {
        watched->removeEventFilter(this); // the view is being destroyed
        return false;
    }
    switch (event->type()) {
    case QEvent::MouseButtonPress: m_pressPos = static_cast<QMouseEvent *>(event)->position().toPoint(); break;
    case QEvent::MouseButtonRelease: {
        auto *me = static_cast<QMouseEvent *>(event);
        // A drag selects text; only a click selects an entity.
        if (me->button() == Qt::LeftButton && (me->position().toPoint() - m_pressPos).manhattanLength() < 4
            && !v->textCursor().hasSelection()) {
            if (const std::optional<AnnotationHit> hit = entityMentionAt(me->position().toPoint()))
                m_annotator->selectMention(*hit);
        }
        break;
    }
    case QEvent::ToolTip: {
        auto *he = static_cast<QHelpEvent *>(event);
        showToolTip(he->pos(), he->globalPos());
        return true;
    }
    case QEvent::ContextMenu: {
        if (!m_ownContextMenu)
            break;
        auto *ce = static_cast<QContextMenuEvent *>(event);
        std::unique_ptr<QMenu> menu(v->createStandardContextMenu(ce->pos()));
        addContextMenuActions(menu.get(), ce->pos());
        menu->exec(ce->globalPos());
        return true;
    }
    default: break;
    }
    return false;
}

} // namespace lede::ui

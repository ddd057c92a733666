// ArticleInteraction: the reader's pointer on an annotated article. A click on a highlighted name selects
// its entity (that mention becomes the current one), hovering tells what a highlight is, and the context
// menu offers, beside Copy and Select All, the entity panel's corrections for the name under the pointer
// (Rename…, Change Type ▸, Merge With…, Remove (Not an Entity)) and Add as Entity… for a selection.
// One per DocumentAnnotator; the corrections go through the annotator (and so onto its undo stack).
#pragma once

#include "annotate/AnnotationModel.h"

#include <QObject>
#include <QPoint>
#include <QPointer>

#include <optional>

class QMenu;
class QTextEdit;

namespace lede::ui {

class DocumentAnnotator;

class ArticleInteraction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleInteraction)

public:
    // Watches `annotator`'s view (its viewport's mouse, tooltip and context-menu events).
    explicit ArticleInteraction(DocumentAnnotator *annotator);
    ~ArticleInteraction() override;

    // The highlighted (visible) entity mention under a viewport point.
    std::optional<AnnotationHit> entityMentionAt(const QPoint &viewportPos) const;
    // Adds the corrections for the name at `viewportPos` (selecting it) and Add as Entity… for the view's
    // selection to a menu being built.
    void addContextMenuActions(QMenu *menu, const QPoint &viewportPos);
    // By default the context menu is shown here; a view that announces its menus (ArticleView) turns that off.
    void setShowsOwnContextMenu(bool own) { m_ownContextMenu = own; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addEntityActions(QMenu *menu, const std::string &id);
    void showToolTip(const QPoint &viewportPos, const QPoint &globalPos);

    DocumentAnnotator *m_annotator;
    // The annotator's view (null while it is destroyed); compared, never dereferenced: the viewport.
    QTextEdit *view() const;
    QPointer<QObject> m_viewport;
    QPoint m_pressPos;
    bool m_ownContextMenu = true;
};

} // namespace lede::ui

// DocumentAnnotator: everything annotation-related of one open document (one reader tab): the background
// analysis, the model, the highlighter on the article's QTextDocument, the user's corrections, the selected
// entity and its mention navigation (the current mention marked apart, jumps centred) and the undo stack of the
// corrections. The corrections' log and file are DocumentCorrections', the marks over the text ArticleMarks',
// the worker results on their way to the model AnalysisLanding's. The article view's clicks, tooltips and
// context menu are ArticleInteraction's.
// Window-wide widgets (panels, legend, find bar) live in AnnotationController and talk to the active one.
#pragma once

#include "annotate/AnalysisController.h"
#include "annotate/AnalysisLanding.h"
#include "annotate/AnnotationModel.h"
#include "annotate/ArticleMarks.h"
#include "annotate/DocumentCorrections.h"
#include "annotate/EntityHighlighter.h"
#include "entities/Corrections.h"

#include <QPointer>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>

class QMenu;

#include <array>
#include <vector>
#include <memory>
#include <optional>
#include <string>

namespace lede::ui {

class ArticleInteraction;

class DocumentAnnotator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentAnnotator)

public:
    // Installs on `view` (its current document holds, or will hold, one QTextBlock per core::Block).
    explicit DocumentAnnotator(QTextEdit *view, QObject *parent = nullptr,
                               AnalysisController::AnalyzeFunction analyze = {});
    ~DocumentAnnotator() override;

    // The document shown in the view was (re)loaded: analyse it and re-apply stored corrections.
    void setDocument(std::shared_ptr<const core::Document> document);

    // The view, or null once it is gone or being destroyed. Its children (we are one) and its signals
    // outlive its QTextEdit part; a cast through the live meta-object is the one defined way to tell,
    // where a QPointer<QTextEdit> would downcast a half-destroyed object (UBSan vptr).
    QTextEdit *view() const { return qobject_cast<QTextEdit *>(m_viewObject.data()); }
    AnnotationModel *model() { return &m_model; }
    const AnnotationModel *model() const { return &m_model; }
    // The highlighter of the view's current document: a new one once the view shows another document.
    EntityHighlighter *highlighter();
    // The kinds drawn, kept here rather than on the highlighter: a highlighter dies with its document
    // when the view's document is replaced, and its successor must draw what the legend says.
    void setVisibleKinds(HighlightKindMask kinds);
    HighlightKindMask visibleKinds() const { return m_kinds; }
    AnalysisController *analysis() { return &m_analysis; }
    // The user's reference date (source User), or none for the document's own date: finds the dates and
    // events again against it and keeps it with the document's corrections, so reopening re-applies it.
    void setReferenceDate(const core::ReferenceDate &reference);
    const core::Corrections &corrections() const { return m_corrections.log(); }

    // Corrections (saved at once, each a step of undoStack()). Ids are the current entity ids.
    void mergeEntities(const std::string &fromId, const std::string &intoId);
    void renameEntity(const std::string &id, const QString &name);
    void retypeEntity(const std::string &id, core::EntityType type);
    void removeEntity(const std::string &id);
    // A new mention at view positions [from, to): of entity `intoId`, or of a new entity named `name`.
    void addMention(int from, int to, const std::string &intoId, const QString &name, core::EntityType type);

    // This tab's corrections, undoable until the tab closes (or shows another document).
    QUndoStack *undoStack() { return &m_undo; }
    // A correction (or its undo or redo) is being applied on a worker: the model shows the entities as they
    // were until correctionsApplied().
    bool isApplyingCorrections() const { return m_landing.isApplyingCorrections(); }

    // Selection: "" clears. Marks all its mentions in the article.
    void selectEntity(const std::string &id);
    const std::string &selectedEntity() const { return m_selected; }
    // Moves to the next / previous mention of the selected entity (wrapping); false when none. The first
    // step after a selection starts from the reading position.
    bool nextMention();
    bool previousMention();
    // Goes to the selected entity's first mention at or after the reading position (wrapping).
    bool revealFirstMentionAfterPosition();
    // The current mention: an index into the selected entity's mentions, -1 when none.
    int currentMention() const { return m_currentMention; }
    // Centres a mention (core range) in the view; one of the selected entity's becomes the current
    // mention, any other is marked briefly.
    void revealMention(core::TextRange range);
    // The caret when it is on screen, else the first position on screen (the reader scrolled away from it).
    int readingPosition() const;
    // Selects the entity of `hit` with that mention as the current one (no scrolling).
    void selectMention(const AnnotationHit &hit);

    // A mark drawn over the text: view positions [from, to) and how it looks (colours only).
    using Mark = ArticleMarks::Mark;
    // Transient marks of the find bar.
    void setFindMarks(std::vector<Mark> marks);

    // Adds the corrections of the name under `viewportPos` and "Add as Entity…" for the view's selection to
    // a context menu being built (see ArticleInteraction). By default the annotator shows its own menu; a
    // view that announces its menus (ArticleView) turns that off.
    void addContextMenuActions(QMenu *menu, const QPoint &viewportPos);
    void setShowsOwnContextMenu(bool own);

    // The background of the current mention: the selection colour, deepened so that it stands out from
    // the entity's other mentions (drawn in the selection colour itself).
    static QColor currentMentionColour(const QPalette &palette);

    // Core offset <-> view position (the view's blocks are the core blocks, without separators).
    int toViewPosition(int32_t offset) const;
    int32_t toCoreOffset(int viewPosition) const;

Q_SIGNALS:
    void selectedEntityChanged(const std::string &id);
    // The current mention moved: `index` of the selected entity's `count` mentions (-1: none).
    void currentMentionChanged(int index, int count);
    // Status-bar worthy messages (already translated).
    void message(const QString &text);
    // Something the user must learn about once, e.g. stored corrections that could not be used (translated).
    void problem(const QString &text, const QString &details);
    // Right-click "Add as entity…" on a selection [from, to) of the view.
    void addEntityRequested(int from, int to);
    // Right-click "Rename…" / "Merge With…" on a name: the window asks for the new name / the other entity.
    void renameRequested(const std::string &id);
    void mergeRequested(const std::string &id);
    // The model shows the corrections as they are now (after the last of a quick run of them).
    void correctionsApplied();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Moves to the next (+1) or previous (-1) mention of the selected entity, wrapping around.
    bool stepMention(int direction);
    void applyCorrections();
    // The model took the entities after a correction: the selection, its marks and the panels follow.
    void onCorrectionsLanded();
    // Pushes `correction` (the last entry of `built`) as an undoable step named `text`.
    void pushCorrection(core::Corrections built, const QString &text);
    void setCurrentMention(int index);
    void updateCurrentMark();
    void updateEntityMarks();
    void prioritiseVisibleBlocks();
    // Gives the view's current document a highlighter (carrying over the visible kinds) if it has none.
    void ensureHighlighter();

    QPointer<QObject> m_viewObject;
    AnnotationModel m_model;
    AnalysisController m_analysis;
    // A child of the document it draws on, never moved off it (see EntityHighlighter); the document may be
    // deleted under us when the view's document is replaced.
    QPointer<EntityHighlighter> m_highlighter;
    HighlightKindMask m_kinds = kDefaultVisibleKinds; // what every highlighter of this view draws
    std::shared_ptr<const core::Document> m_document;
    DocumentCorrections m_corrections;
    AnalysisLanding m_landing; // after the model, the analysis and the corrections: it refers to them
    std::string m_selected;
    int m_currentMention = -1;
    ArticleMarks m_marks;
    QUndoStack m_undo; // after m_corrections: its commands refer to it
    ArticleInteraction *m_interaction = nullptr;
};

} // namespace lede::ui

// DocumentAnnotator: everything annotation-related of one open document (one reader tab): the background
// analysis, the model, the highlighter on the article's QTextDocument, the user's corrections, the selected
// entity and its mention navigation, and the article view's mouse/tooltip/context-menu handling.
// Window-wide widgets (panels, legend, find bar) live in AnnotationController and talk to the active one.
#pragma once

#include "annotate/AnalysisController.h"
#include "annotate/AnnotationModel.h"
#include "annotate/EntityHighlighter.h"
#include "entities/Corrections.h"

#include <QPointer>
#include <QTextEdit>
#include <QTimer>

class QMenu;

#include <array>
#include <vector>
#include <memory>
#include <optional>
#include <string>

namespace lede::ui {

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

    QTextEdit *view() const { return m_view; }
    AnnotationModel *model() { return &m_model; }
    const AnnotationModel *model() const { return &m_model; }
    // The highlighter of the view's current document: a new one once the view shows another document.
    EntityHighlighter *highlighter();
    // The kinds drawn, kept here rather than on the highlighter: a highlighter dies with its document
    // when the view's document is replaced, and its successor must draw what the legend says.
    void setVisibleKinds(HighlightKindMask kinds);
    HighlightKindMask visibleKinds() const { return m_kinds; }
    AnalysisController *analysis() { return &m_analysis; }
    const core::Corrections &corrections() const { return m_corrections; }

    // Corrections (saved at once). Ids are the current entity ids.
    void mergeEntities(const std::string &fromId, const std::string &intoId);
    void renameEntity(const std::string &id, const QString &name);
    void retypeEntity(const std::string &id, core::EntityType type);
    void removeEntity(const std::string &id);
    // A new mention at view positions [from, to): of entity `intoId`, or of a new entity named `name`.
    void addMention(int from, int to, const std::string &intoId, const QString &name, core::EntityType type);

    // Selection: "" clears. Marks all its mentions in the article.
    void selectEntity(const std::string &id);
    const std::string &selectedEntity() const { return m_selected; }
    // Moves to the next / previous mention of the selected entity (wrapping); false when none.
    bool nextMention();
    bool previousMention();
    // Scrolls to a mention (core range) and marks it briefly.
    void revealMention(core::TextRange range);

    // A mark drawn over the text: view positions [from, to) and how it looks (colours only).
    struct Mark
    {
        int from = 0;
        int to = 0;
        QTextCharFormat format;
    };
    // Transient marks of the find bar.
    void setFindMarks(std::vector<Mark> marks);

    // Adds "Add as Entity…" for the view's selection to a context menu being built. By default the
    // annotator shows its own menu; a view that announces its menus (ArticleView) turns that off.
    void addContextMenuActions(QMenu *menu);
    void setShowsOwnContextMenu(bool own) { m_ownContextMenu = own; }

    // Core offset <-> view position (the view's blocks are the core blocks, without separators).
    int toViewPosition(int32_t offset) const;
    int32_t toCoreOffset(int viewPosition) const;

Q_SIGNALS:
    void selectedEntityChanged(const std::string &id);
    // Status-bar worthy messages (already translated).
    void message(const QString &text);
    // Right-click "Add as entity…" on a selection [from, to) of the view.
    void addEntityRequested(int from, int to);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Moves to the next (+1) or previous (-1) mention of the selected entity, wrapping around.
    bool stepMention(int direction);
    enum Layer { EntityLayer, FindLayer, FlashLayer, LayerCount };
    void onAnalysisFinished(std::shared_ptr<const core::Analysis> analysis);
    void applyCorrections();
    void updateEntityMarks();
    void setLayer(Layer layer, std::vector<Mark> marks);
    // Hands the view the marks near what is on screen; unless `force`, only when the screen left them.
    void applyMarks(bool force);
    QTextCursor cursorFor(core::TextRange range) const;
    void prioritiseVisibleBlocks();
    // Gives the view's current document a highlighter (carrying over the visible kinds) if it has none.
    void ensureHighlighter();
    bool handleClick(const QPoint &viewportPos);
    void showContextMenu(const QPoint &viewportPos, const QPoint &globalPos);

    QPointer<QTextEdit> m_view;
    AnnotationModel m_model;
    AnalysisController m_analysis;
    // A child of the document it draws on, never moved off it (see EntityHighlighter); the document may be
    // deleted under us when the view's document is replaced.
    QPointer<EntityHighlighter> m_highlighter;
    HighlightKindMask m_kinds = kDefaultVisibleKinds; // what every highlighter of this view draws
    std::shared_ptr<const core::Document> m_document;
    core::Corrections m_corrections;
    QString m_correctionsKey;
    // The key is a hash of the whole text (tens of ms for a book), so it and the stored corrections are
    // read off the UI thread; an analysis that finishes first waits here for them.
    bool m_correctionsReady = false;
    int m_correctionsGeneration = 0;
    std::shared_ptr<const core::Analysis> m_waitingAnalysis;
    std::string m_selected;
    int m_currentMention = -1;
    std::array<std::vector<Mark>, LayerCount> m_layers;
    static constexpr int kMinMarksWindow = 4000; // characters
    int m_marksFrom = 0; // the text range whose marks the view holds
    int m_marksTo = -1;
    QTimer m_flashTimer;
    QPoint m_pressPos;
    bool m_ownContextMenu = true;
};

} // namespace lede::ui

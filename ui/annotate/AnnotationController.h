// AnnotationController: the annotation features of one main window — the entity and context docks, the
// highlight legend, the find bar, F3 / Shift+F3 / Escape, Edit ▸ Undo / Redo of corrections, File ▸ Export
// and printing. Each document tab gets a DocumentAnnotator (annotatorFor); the controller routes everything
// to the active one, and its undo group switches to the active tab's undo stack. Exporting and printing are
// ArticleExportActions'.
#pragma once

#include "annotate/DocumentAnnotator.h"
#include "annotate/HighlightKind.h"
#include "annotate/PrintJob.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QPrinter;
class QProgressBar;
class QTextEdit;
class QToolBar;
class QUndoGroup;

namespace lede::core {
class PlaceGazetteer;
}

namespace lede::ui {

class ArticleExportActions;
class ContextPanel;
class EntityPanel;
class FindBar;
class HighlightLegend;

class AnnotationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)

public:
    // Adds docks, the legend and the find bar to `window`; the legend's toggles go into `legendBar`
    // (a toolbar of the window's; null: the controller adds its own).
    explicit AnnotationController(QMainWindow *window, QToolBar *legendBar = nullptr);
    ~AnnotationController() override;

    // The annotator of an article view, created on first request (owned by the view: closing the tab
    // deletes it and cancels its analysis).
    DocumentAnnotator *annotatorFor(QTextEdit *view);
    // Registers an annotator created elsewhere (e.g. with its own analysis function) for its view.
    void adoptAnnotator(DocumentAnnotator *annotator);
    // The tab shown now (null: none).
    void setActiveView(QTextEdit *view);
    DocumentAnnotator *activeAnnotator() const { return m_active; }

    // Menu entries for the window's menus.
    void addViewMenuActions(QMenu *viewMenu) const;
    // Find… for the Edit menu.
    QAction *findAction() const { return m_findAction; }
    // Undo and Redo of the active tab's corrections (Ctrl+Z, Ctrl+Shift+Z), put at the top of `editMenu`.
    void addEditMenuActions(QMenu *editMenu) const;
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    // Export ▸, Print Preview… and Print… inserted before `before` (null: appended).
    void addFileMenuActions(QMenu *fileMenu, QAction *before = nullptr) const;

    EntityPanel *entityPanel() const { return m_entityPanel; }
    ContextPanel *contextPanel() const { return m_contextPanel; }
    HighlightLegend *legend() const { return m_legend; }
    FindBar *findBar() const { return m_findBar; }
    QDockWidget *entityDock() const { return m_entityDock; }
    QDockWidget *contextDock() const { return m_contextDock; }

    // The exports, without dialogs (the menu actions ask for the path first).
    bool exportEntitiesCsv(const QString &path, QString *error = nullptr) const;
    bool exportAnalysisJson(const QString &path, QString *error = nullptr) const;
    // Starts writing the active article as a PDF in the background; null when there is nothing to print or
    // a print job is running. The job reports progress and its outcome, and goes when it has finished.
    PrintJob *exportPdf(const QString &path);
    // Starts printing the active article to `printer` in the background (as exportPdf).
    PrintJob *print(std::shared_ptr<QPrinter> printer);
    PrintJob *printJob() const;
    // Where a save dialog for `fileName` starts: the article's folder, else the folder last saved to,
    // else the user's documents folder; never the program's working directory.
    QString exportStartPath(const QString &fileName) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSelectedEntityChanged(const std::string &id);
    void onAddEntityRequested(int from, int to);
    void renameWithDialog(const std::string &id);
    void mergeWithDialog(const std::string &id);
    // An entity chosen in a panel: select it and go to its first mention after the reading position.
    void goToEntity(const std::string &id);
    void showFind();
    void clearSelectionOrFind();
    void updateActions();
    void showMessage(const QString &text);

    QMainWindow *m_window;
    QPointer<DocumentAnnotator> m_active;
    std::vector<QPointer<DocumentAnnotator>> m_annotators;
    EntityPanel *m_entityPanel;
    ContextPanel *m_contextPanel;
    QDockWidget *m_entityDock;
    QDockWidget *m_contextDock;
    HighlightLegend *m_legend;
    QToolBar *m_legendBar;
    FindBar *m_findBar;
    QToolBar *m_findToolBar;
    QProgressBar *m_progress;
    QAction *m_findAction;
    QAction *m_nextMention;
    QAction *m_previousMention;
    QAction *m_clearSelection;
    QUndoGroup *m_undoGroup;
    QAction *m_undo;
    QAction *m_redo;
    QString m_mentionMessage; // the last "Mention n of m" shown in the status bar
    ArticleExportActions *m_exports;
    QFutureWatcher<std::shared_ptr<const core::PlaceGazetteer>> m_gazetteerLoad;
};

} // namespace lede::ui

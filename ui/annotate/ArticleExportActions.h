// ArticleExportActions: File ▸ Export (entities as CSV, analysis as JSON, article as PDF), Print Preview… and
// Print… for the article of the active tab — the actions, the save dialogs that start in the article's folder,
// and the one background print job with its progress dialog. AnnotationController creates it, puts its
// actions in the File menu and tells it which tab is active.
#pragma once

#include "annotate/PrintJob.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMainWindow;
class QMenu;
class QPrinter;

namespace lede::ui {

class DocumentAnnotator;

class ArticleExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleExportActions)

public:
    // The actions are added to `window` (their shortcuts work anywhere in it); dialogs are its children.
    explicit ArticleExportActions(QMainWindow *window, QObject *parent = nullptr);
    ~ArticleExportActions() override;

    // The tab whose article is exported or printed (null: none).
    void setAnnotator(DocumentAnnotator *annotator);
    // Export ▸, Print Preview… and Print… inserted before `before` (null: appended).
    void addFileMenuActions(QMenu *fileMenu, QAction *before) const;
    // Enables what the active tab allows (called when its analysis changes too).
    void updateActions();

    bool exportEntitiesCsv(const QString &path, QString *error) const;
    bool exportAnalysisJson(const QString &path, QString *error) const;
    PrintJob *exportPdf(const QString &path);
    PrintJob *print(std::shared_ptr<QPrinter> printer);
    PrintJob *printJob() const { return m_printJob; }
    QString exportStartPath(const QString &fileName) const;

private:
    void exportCsvWithDialog();
    void exportJsonWithDialog();
    void exportPdfWithDialog();
    void printWithDialog();
    void printPreview();
    PrintJob::Meta printMeta() const;
    PrintJob *startPrintJob(const QString &title, const std::function<void(PrintJob *)> &start);
    // The path chosen in a save dialog: its folder is remembered for the next one.
    static void rememberExportFolder(const QString &path);
    void showMessage(const QString &text);

    QMainWindow *m_window;
    QPointer<DocumentAnnotator> m_active;
    QAction *m_exportCsv;
    QAction *m_exportJson;
    QAction *m_print;
    QAction *m_exportPdf;
    QAction *m_printPreview;
    QPointer<PrintJob> m_printJob;
};

} // namespace lede::ui

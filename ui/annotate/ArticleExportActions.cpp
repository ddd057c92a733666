// ArticleExportActions: the export and print actions, their dialogs and the background print job.
// The strings keep AnnotationController's translation context, where their translations are.
#include "annotate/ArticleExportActions.h"

#include "annotate/AnnotationController.h"
#include "annotate/AnnotationExport.h"
#include "annotate/DocumentAnnotator.h"
#include "annotate/WindowAction.h"
#include "reader/ArticleView.h"
#include "reader/ReaderSettings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextDocument>
#include <QTextEdit>

namespace lede::ui {

namespace {
constexpr int kMessageMs = 6000;
const QString kExportFolderKey = QStringLiteral("files/lastExportDirectory");

QString suggestedName(const DocumentAnnotator *annotator, const QString &suffix)
{
    QString base;
    if (annotator && annotator->model()->document())
        base = QFileInfo(QString::fromStdString(annotator->model()->document()->meta.sourcePath)).completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("article");
    return base + suffix;
}
} // namespace

ArticleExportActions::ArticleExportActions(QMainWindow *window, QObject *parent) : QObject(parent), m_window(window)
{
    auto makeAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        return addWindowAction(m_window, text, key, this, slot);
    };
    m_exportCsv = makeAction(AnnotationController::tr("Export Entities as &CSV…"), {},
                             &ArticleExportActions::exportCsvWithDialog);
    m_exportJson = makeAction(AnnotationController::tr("Export Analysis as &JSON…"), {},
                              &ArticleExportActions::exportJsonWithDialog);
    m_print =
        makeAction(AnnotationController::tr("&Print…"), QKeySequence::Print, &ArticleExportActions::printWithDialog);
    m_exportPdf =
        makeAction(AnnotationController::tr("Export as P&DF…"), {}, &ArticleExportActions::exportPdfWithDialog);
    m_printPreview = makeAction(AnnotationController::tr("Print Pre&view…"), {}, &ArticleExportActions::printPreview);
    updateActions();
}

ArticleExportActions::~ArticleExportActions() = default;

void ArticleExportActions::setAnnotator(DocumentAnnotator *annotator)
{
    m_active = annotator;
    updateActions();
}

void ArticleExportActions::addFileMenuActions(QMenu *fileMenu, QAction *before) const
{
    auto *exportMenu = new QMenu(AnnotationController::tr("&Export"), fileMenu);
    exportMenu->addAction(m_exportCsv);
    exportMenu->addAction(m_exportJson);
    exportMenu->addAction(m_exportPdf);
    fileMenu->insertMenu(before, exportMenu);
    fileMenu->insertAction(before, m_printPreview);
    fileMenu->insertAction(before, m_print);
    fileMenu->insertSeparator(before);
}

void ArticleExportActions::updateActions()
{
    const bool analysed = m_active && m_active->model()->hasAnalysis();
    const bool hasView = m_active && m_active->view();
    m_exportCsv->setEnabled(analysed);
    m_exportJson->setEnabled(analysed);
    const bool canPrint = hasView && !m_printJob; // one print job at a time
    m_print->setEnabled(canPrint);
    m_exportPdf->setEnabled(canPrint);
    m_printPreview->setEnabled(canPrint);
}

bool ArticleExportActions::exportEntitiesCsv(const QString &path, QString *error) const
{
    if (!m_active || !m_active->model()->hasAnalysis())
        return false;
    return AnnotationExport::writeFile(path, AnnotationExport::entitiesCsv(*m_active->model()).toUtf8(), error);
}

bool ArticleExportActions::exportAnalysisJson(const QString &path, QString *error) const
{
    if (!m_active || !m_active->model()->hasAnalysis())
        return false;
    return AnnotationExport::writeFile(path, AnnotationExport::analysisJson(*m_active->model()), error);
}

PrintJob::Meta ArticleExportActions::printMeta() const
{
    PrintJob::Meta meta;
    const core::Document *doc = m_active ? m_active->model()->document().get() : nullptr;
    if (!doc)
        return meta;
    meta.title = QString::fromStdString(doc->meta.title).simplified();
    if (meta.title.isEmpty())
        meta.title = QFileInfo(QString::fromStdString(doc->meta.sourcePath)).completeBaseName();
    meta.author = QString::fromStdString(doc->meta.author).simplified();
    return meta;
}

PrintJob *ArticleExportActions::startPrintJob(const QString &title, const std::function<void(PrintJob *)> &start)
{
    if (!m_active || !m_active->view() || m_printJob)
        return nullptr;
    // The reader's article view: the worker rebuilds the pages from the core document, so the UI thread
    // copies only the highlights. Any other view: its document is cloned here.
    auto *articleView = qobject_cast<ArticleView *>(m_active->view());
    const auto source = m_active->model()->document();
    auto *job = articleView && source
        ? new PrintJob(source, articleView->articleStyle(), articleView->document()->defaultFont(), *m_active->model(),
                       m_active->visibleKinds(), printMeta(), this)
        : new PrintJob(*m_active->view()->document(), *m_active->model(), m_active->visibleKinds(), printMeta(), this);
    m_printJob = job;
    // Not modal: a modal QProgressDialog runs the event loop inside setValue(). It shows itself only when the
    // job takes longer than a moment.
    auto *dialog = new QProgressDialog(AnnotationController::tr("Laying out the pages…"),
                                       AnnotationController::tr("Cancel"), 0, 0, m_window);
    dialog->setObjectName(QStringLiteral("printProgress"));
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(400);
    dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * 48); // steady while the label changes
    connect(dialog, &QProgressDialog::canceled, job, &PrintJob::cancel);
    connect(job, &PrintJob::progress, dialog, [dialog](int page, int count) {
        dialog->setMaximum(count);
        dialog->setValue(page);
        dialog->setLabelText(AnnotationController::tr("Page %1 of %2…").arg(page).arg(count));
    });
    connect(job, &PrintJob::finished, this,
            [this, job, dialog, title](PrintJob::Outcome outcome, const QString &error) {
                dialog->close();
                job->deleteLater();
                m_printJob = nullptr;
                updateActions();
                if (outcome == PrintJob::Outcome::Cancelled)
                    showMessage(AnnotationController::tr("%1 cancelled.").arg(title));
                else if (outcome == PrintJob::Outcome::Failed)
                    QMessageBox::warning(m_window, title, error);
            });
    start(job);
    updateActions();
    return job;
}

PrintJob *ArticleExportActions::exportPdf(const QString &path)
{
    PrintJob *job =
        startPrintJob(AnnotationController::tr("Export as PDF"), [path](PrintJob *j) { j->startPdf(path); });
    if (job) {
        connect(job, &PrintJob::finished, this, [this, path](PrintJob::Outcome outcome) {
            if (outcome == PrintJob::Outcome::Printed)
                showMessage(AnnotationController::tr("Exported to %1").arg(QFileInfo(path).fileName()));
        });
    }
    return job;
}

PrintJob *ArticleExportActions::print(std::shared_ptr<QPrinter> printer)
{
    PrintJob *job =
        startPrintJob(AnnotationController::tr("Print Article"), [printer](PrintJob *j) { j->start(printer); });
    if (job) {
        connect(job, &PrintJob::finished, this, [this](PrintJob::Outcome outcome) {
            if (outcome == PrintJob::Outcome::Printed)
                showMessage(AnnotationController::tr("The article was sent to the printer."));
        });
    }
    return job;
}

QString ArticleExportActions::exportStartPath(const QString &fileName) const
{
    QString folder;
    // Only an absolute source path names a folder; a relative one would resolve against the working directory.
    const QString source = m_active && m_active->model()->document()
        ? QString::fromStdString(m_active->model()->document()->meta.sourcePath)
        : QString();
    if (!source.isEmpty() && QDir::isAbsolutePath(source)) {
        const QFileInfo articleFolder(QFileInfo(source).absolutePath());
        if (articleFolder.isDir() && articleFolder.isWritable())
            folder = articleFolder.absoluteFilePath();
    }
    if (folder.isEmpty()) {
        const QString last = openReaderSettings()->value(kExportFolderKey).toString();
        if (!last.isEmpty() && QFileInfo(last).isDir())
            folder = last;
    }
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return QDir(folder).filePath(fileName);
}

void ArticleExportActions::rememberExportFolder(const QString &path)
{
    openReaderSettings()->setValue(kExportFolderKey, QFileInfo(path).absolutePath());
}

void ArticleExportActions::exportCsvWithDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(m_window, AnnotationController::tr("Export Entities"),
                                     exportStartPath(suggestedName(m_active, QStringLiteral("-entities.csv"))),
                                     AnnotationController::tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        rememberExportFolder(path);
    QString error;
    if (!path.isEmpty() && !exportEntitiesCsv(path, &error))
        QMessageBox::warning(m_window, AnnotationController::tr("Export Entities"), error);
    else if (!path.isEmpty())
        showMessage(AnnotationController::tr("Entities exported to %1").arg(QFileInfo(path).fileName()));
}

void ArticleExportActions::exportJsonWithDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(m_window, AnnotationController::tr("Export Analysis"),
                                     exportStartPath(suggestedName(m_active, QStringLiteral("-analysis.json"))),
                                     AnnotationController::tr("JSON files (*.json)"));
    if (!path.isEmpty())
        rememberExportFolder(path);
    QString error;
    if (!path.isEmpty() && !exportAnalysisJson(path, &error))
        QMessageBox::warning(m_window, AnnotationController::tr("Export Analysis"), error);
    else if (!path.isEmpty())
        showMessage(AnnotationController::tr("Analysis exported to %1").arg(QFileInfo(path).fileName()));
}

void ArticleExportActions::exportPdfWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(m_window, AnnotationController::tr("Export as PDF"),
                                                      exportStartPath(suggestedName(m_active, QStringLiteral(".pdf"))),
                                                      AnnotationController::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    rememberExportFolder(path);
    exportPdf(path);
}

void ArticleExportActions::printWithDialog()
{
    if (!m_active || !m_active->view() || m_printJob)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(printMeta().title);
    QPrintDialog dialog(printer.get(), m_window);
    dialog.setWindowTitle(AnnotationController::tr("Print Article"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    print(std::move(printer));
}

void ArticleExportActions::printPreview()
{
    if (!m_active || !m_active->view() || m_printJob)
        return;
    // QPrintPreviewWidget asks for its pages synchronously, so the preview (and printing from it) paints on
    // this thread; File ▸ Print and Export as PDF are the background paths.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(printMeta().title);
    const auto copy =
        AnnotationExport::highlightedCopy(*m_active->view()->document(), *m_active->model(), m_active->visibleKinds());
    QPrintPreviewDialog dialog(printer.get(), m_window);
    dialog.setWindowTitle(AnnotationController::tr("Print Preview — %1").arg(printMeta().title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&copy](QPrinter *p) {
        std::unique_ptr<QTextDocument> pages(copy->clone(nullptr)); // paint() sets margins and page size
        PrintJob::paint(*pages, *p);
    });
    dialog.resize(m_window->size() * 0.8);
    dialog.exec();
}

void ArticleExportActions::showMessage(const QString &text)
{
    m_window->statusBar()->showMessage(text, kMessageMs);
}

} // namespace lede::ui

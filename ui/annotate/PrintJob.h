// PrintJob: prints an article to a printer or a PDF file in the background, page by page, with progress
// and cancelling. The UI thread only copies the document and its highlights (the job never reads the shown
// document); the copy is laid out and painted on a worker thread, which Qt allows for a QTextDocument that
// is not attached to a widget and for a QPainter on a QPrinter or QPdfWriter. Success is what the device
// says (QPainter::begin/newPage/end, the printer's state, the PDF file's commit), never the file's size.
#pragma once

#include "annotate/HighlightKind.h"
#include "document/Document.h"
#include "reader/ArticleStyle.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QTextCharFormat>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QPagedPaintDevice;
class QPrinter;
class QTextDocument;

namespace lede::ui {

class AnnotationModel;

class PrintJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintJob)

public:
    enum class Outcome { Printed, Cancelled, Failed };
    Q_ENUM(Outcome)

    // What the article is, for the PDF's metadata and the printer's job name.
    struct Meta
    {
        QString title;
        QString author;
    };

    // A mark to draw on the copy: block `block`, characters [start, end), in `kind`'s print colour.
    struct Highlight
    {
        int block = 0;
        int start = 0;
        int end = 0;
        HighlightKind kind = HighlightKind::Person;
    };

    // Copies `document` and the visible kinds' highlights of `model` now, on the calling (UI) thread.
    PrintJob(const QTextDocument &document, const AnnotationModel &model, HighlightKindMask visibleKinds, Meta meta,
             QObject *parent = nullptr);
    // The reader's way: the worker builds the page document from `source` as the article view does
    // (ArticleDocumentBuilder with `style`, text in `font`), so the UI thread copies nothing but the
    // highlights (cloning a 5 MB article's QTextDocument took 0.2–0.3 s of the UI thread).
    PrintJob(std::shared_ptr<const core::Document> source, const ArticleStyle &style, const QFont &font,
             const AnnotationModel &model, HighlightKindMask visibleKinds, Meta meta, QObject *parent = nullptr);
    ~PrintJob() override; // cancels a job still running; the worker drops its output

    // Starts printing to `printer` (configured by a print dialog; not touched elsewhere until finished()).
    void start(std::shared_ptr<QPrinter> printer);
    // Starts writing a PDF to `path` (atomically: nothing is left there when cancelled or failed).
    void startPdf(const QString &path);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

    // The same work on the calling thread, for tools and tests: lays out `document` on `device` and paints
    // every page (honouring a printer's page range). `onPage(page, pageCount)` after each page; stop by
    // returning false from it.
    static Outcome paint(QTextDocument &document, QPagedPaintDevice &device,
                         const std::function<bool(int, int)> &onPage = {});
    // Draws `highlights` on `document` as character formats (it must be a throw-away copy).
    static void applyHighlights(QTextDocument &document, const std::vector<Highlight> &highlights,
                                const std::array<QTextCharFormat, kHighlightKindCount> &formats);
    // XMP metadata naming the title and author (dc:title, dc:creator), for PDF readers that read XMP.
    static QByteArray xmpMetadata(const Meta &meta);

Q_SIGNALS:
    // Laying out is done and `page` of `pageCount` pages is printed (0 of n right after the layout).
    void progress(int page, int pageCount);
    // `error` is translated and set when `outcome` is Failed.
    void finished(lede::ui::PrintJob::Outcome outcome, const QString &error);

private:
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString error;
    };
    void run(std::function<Result(QPromise<Result> &, QTextDocument &)> work);
    void collect(int blockCount, const AnnotationModel &model, HighlightKindMask visibleKinds);

    // Owned until a worker takes it; detached from every thread meanwhile so the worker can adopt it.
    std::unique_ptr<QTextDocument> m_copy;
    // Or what the worker builds it from.
    std::shared_ptr<const core::Document> m_source;
    std::optional<ArticleStyle> m_style;
    QFont m_font;
    std::vector<Highlight> m_highlights;
    std::array<QTextCharFormat, kHighlightKindCount> m_formats;
    Meta m_meta;
    QFutureWatcher<Result> m_watcher;
};

} // namespace lede::ui

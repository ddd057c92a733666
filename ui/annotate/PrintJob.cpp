// PrintJob: a cloned, highlighted QTextDocument laid out and painted page by page on a worker thread.
#include "annotate/PrintJob.h"

#include "annotate/AnnotationModel.h"
#include "annotate/HighlightPalette.h"
#include "reader/ArticleDocumentBuilder.h"
#include "threads/WorkerPriority.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lede::ui {

namespace {

constexpr int kPdfDpi = 300;

// What QTextDocument::print draws for one page: the page's slice of the laid-out document, and its number
// in the bottom margin.
void paintPage(QPainter &painter, QTextDocument &doc, int index, const QRectF &body, const QPointF &numberPos)
{
    painter.save();
    painter.translate(body.left(), body.top() - (index - 1) * body.height());
    const QRectF view(0, (index - 1) * body.height(), body.width(), body.height());
    QAbstractTextDocumentLayout::PaintContext context;
    painter.setClipRect(view);
    context.clip = view;
    context.palette.setColor(QPalette::Text, Qt::black); // paper is white whatever the screen uses
    doc.documentLayout()->draw(&painter, context);
    painter.setClipping(false);
    painter.setFont(doc.defaultFont());
    const QString number = QString::number(index);
    painter.drawText(
        QPointF(numberPos.x() - painter.fontMetrics().horizontalAdvance(number), numberPos.y() + view.top()), number);
    painter.restore();
}

QString xmlEscaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

PrintJob::PrintJob(const QTextDocument &document, const AnnotationModel &model, HighlightKindMask visibleKinds,
                   Meta meta, QObject *parent)
    : PrintJob(nullptr, ArticleStyle{}, QFont(), model, visibleKinds, std::move(meta), parent)
{
    m_style.reset();
    m_copy.reset(document.clone(nullptr));
    // No thread owns the copy until a worker adopts it (QObject::moveToThread allows that "pull").
    m_copy->moveToThread(nullptr);
    collect(document.blockCount(), model, visibleKinds);
}

PrintJob::PrintJob(std::shared_ptr<const core::Document> source, const ArticleStyle &style, const QFont &font,
                   const AnnotationModel &model, HighlightKindMask visibleKinds, Meta meta, QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_style(style), m_font(font), m_meta(std::move(meta))
{
    if (m_source)
        collect(std::max<int>(1, static_cast<int>(m_source->blocks.size())), model, visibleKinds);
    // Paper is white: print with the light palette whatever the screen uses.
    QPalette paper;
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    const HighlightPalette palette(paper);
    for (HighlightKind kind : kAllHighlightKinds)
        m_formats[static_cast<size_t>(kind)] = palette.format(kind);

    // No page count is known until the layout is done (the range is still 0..0): nothing to report then.
    connect(&m_watcher, &QFutureWatcher<Result>::progressRangeChanged, this, [this](int, int maximum) {
        if (maximum > 0)
            Q_EMIT progress(m_watcher.progressValue(), maximum);
    });
    connect(&m_watcher, &QFutureWatcher<Result>::progressValueChanged, this, [this](int page) {
        if (m_watcher.progressMaximum() > 0)
            Q_EMIT progress(page, m_watcher.progressMaximum());
    });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
            Q_EMIT finished(Outcome::Cancelled, {});
            return;
        }
        const Result result = m_watcher.result();
        Q_EMIT finished(result.outcome, result.error);
    });
}

PrintJob::~PrintJob()
{
    cancel(); // the worker notices at its next page and discards what it wrote
}

void PrintJob::cancel()
{
    if (m_watcher.isRunning())
        m_watcher.cancel();
}

void PrintJob::collect(int blockCount, const AnnotationModel &model, HighlightKindMask visibleKinds)
{
    m_highlights.clear();
    for (int number = 0; number < blockCount; ++number) {
        for (const HighlightSpan &s : model.spansInBlock(number)) {
            if (visibleKinds & maskOf(s.kind))
                m_highlights.push_back({number, s.start, s.start + s.length, s.kind});
        }
    }
}

void PrintJob::run(std::function<Result(QPromise<Result> &, QTextDocument &)> work)
{
    if ((!m_copy && !(m_source && m_style)) || m_watcher.isRunning())
        return;
    QTextDocument *copy = m_copy.release();
    m_watcher.setFuture(
        QtConcurrent::run([copy, source = m_source, style = m_style, font = m_font, highlights = m_highlights,
                           formats = m_formats, work = std::move(work)](QPromise<Result> &promise) {
            stepBackForInterface();
            std::unique_ptr<QTextDocument> doc(copy);
            if (doc) {
                doc->moveToThread(QThread::currentThread());
            } else {
                doc = ArticleDocumentBuilder(*style).build(*source); // lives on this thread
                if (!doc) {
                    promise.addResult(Result{Outcome::Failed, tr("The article could not be prepared for printing.")});
                    return;
                }
                doc->setDefaultFont(font);
            }
            applyHighlights(*doc, highlights, formats);
            if (!promise.isCanceled())
                promise.addResult(work(promise, *doc));
        }));
}

void PrintJob::start(std::shared_ptr<QPrinter> printer)
{
    printer->setDocName(m_meta.title);
    if (!m_meta.author.isEmpty())
        printer->setCreator(m_meta.author);
    run([printer](QPromise<Result> &promise, QTextDocument &doc) {
        const Outcome outcome = paint(doc, *printer, [&promise](int page, int count) {
            promise.setProgressRange(0, count);
            promise.setProgressValue(page);
            return !promise.isCanceled();
        });
        return Result{outcome,
                      outcome == Outcome::Failed ? tr("The printer reported an error; nothing was printed.")
                                                 : QString()};
    });
}

void PrintJob::startPdf(const QString &path)
{
    run([path, meta = m_meta](QPromise<Result> &promise, QTextDocument &doc) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Result{Outcome::Failed, tr("Could not write %1: %2").arg(path, file.errorString())};
        Outcome outcome = Outcome::Failed;
        {
            QPdfWriter writer(&file);
            writer.setResolution(kPdfDpi);
            writer.setPageSize(QPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                                    : QPageSize::A4));
            writer.setTitle(meta.title);
            // The Info dictionary has no Author entry in Qt's writer: the author goes in Creator, and both
            // go in the XMP packet, where readers look for dc:creator.
            writer.setCreator(meta.author.isEmpty() ? QStringLiteral("Lede") : meta.author);
            writer.setDocumentXmpMetadata(xmpMetadata(meta));
            outcome = paint(doc, writer, [&promise](int page, int count) {
                promise.setProgressRange(0, count);
                promise.setProgressValue(page);
                return !promise.isCanceled();
            });
        }
        if (outcome != Outcome::Printed) {
            file.cancelWriting();
            return Result{outcome, outcome == Outcome::Failed ? tr("Could not write %1.").arg(path) : QString()};
        }
        if (!file.commit())
            return Result{Outcome::Failed, tr("Could not write %1: %2").arg(path, file.errorString())};
        return Result{Outcome::Printed, {}};
    });
}

PrintJob::Outcome PrintJob::paint(QTextDocument &doc, QPagedPaintDevice &device,
                                  const std::function<bool(int, int)> &onPage)
{
    QPainter painter;
    if (!painter.begin(&device))
        return Outcome::Failed;
    auto *printer = dynamic_cast<QPrinter *>(&device);
    const auto stop = [&] {
        if (printer)
            printer->abort();
        painter.end();
        return Outcome::Cancelled;
    };

    // The layout QTextDocument::print makes: 2 cm margins, the page number in the bottom margin.
    doc.documentLayout()->setPaintDevice(&device);
    const int dpiy = device.logicalDpiY();
    const qreal margin = 2 / 2.54 * dpiy;
    QTextFrameFormat frame = doc.rootFrame()->frameFormat();
    frame.setMargin(margin);
    doc.rootFrame()->setFrameFormat(frame);
    const QRectF body(0, 0, device.width(), device.height());
    const QFontMetricsF metrics(doc.defaultFont(), &device);
    const QPointF numberPos(body.width() - margin, body.height() - margin + metrics.ascent() + 5 * dpiy / 72.0);
    doc.setPageSize(body.size());
    const int pageCount = doc.pageCount(); // lays out the whole document

    int from = 1;
    int to = pageCount;
    if (printer && printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        from = std::min(printer->fromPage(), pageCount);
        to = printer->toPage() > 0 ? std::clamp(printer->toPage(), from, pageCount) : pageCount;
    }
    const int total = to - from + 1;
    if (onPage && !onPage(0, total))
        return stop();
    for (int page = from; page <= to; ++page) {
        paintPage(painter, doc, page, body, numberPos);
        if (onPage && !onPage(page - from + 1, total))
            return stop();
        if (page < to && !device.newPage()) {
            painter.end();
            return Outcome::Failed;
        }
    }
    if (!painter.end())
        return Outcome::Failed;
    if (printer && (printer->printerState() == QPrinter::Error || printer->printerState() == QPrinter::Aborted))
        return Outcome::Failed;
    return Outcome::Printed;
}

void PrintJob::applyHighlights(QTextDocument &doc, const std::vector<Highlight> &highlights,
                               const std::array<QTextCharFormat, kHighlightKindCount> &formats)
{
    if (highlights.empty())
        return;
    QTextCursor cursor(&doc);
    cursor.beginEditBlock();
    QTextBlock block = doc.begin();
    int number = 0;
    for (const Highlight &h : highlights) { // in block order, as collected
        while (block.isValid() && number < h.block) {
            block = block.next();
            ++number;
        }
        if (!block.isValid())
            break;
        const int start = std::min(h.start, block.length() - 1);
        const int end = std::min(h.end, block.length() - 1);
        if (end <= start)
            continue;
        cursor.setPosition(block.position() + start);
        cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(formats[static_cast<size_t>(h.kind)]);
    }
    cursor.endEditBlock();
}

QByteArray PrintJob::xmpMetadata(const Meta &meta)
{
    QString xmp =
        QStringLiteral("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                       "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                       "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                       "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
    if (!meta.title.isEmpty())
        xmp += QStringLiteral("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">") + xmlEscaped(meta.title)
            + QStringLiteral("</rdf:li></rdf:Alt></dc:title>\n");
    if (!meta.author.isEmpty())
        xmp += QStringLiteral("<dc:creator><rdf:Seq><rdf:li>") + xmlEscaped(meta.author)
            + QStringLiteral("</rdf:li></rdf:Seq></dc:creator>\n");
    xmp += QStringLiteral("<xmp:CreatorTool>Lede</xmp:CreatorTool>\n<pdf:Producer>Lede</pdf:Producer>\n"
                          "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return xmp.toUtf8();
}

} // namespace lede::ui

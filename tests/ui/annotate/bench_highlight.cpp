// bench_highlight: a 4 MB generated book through the whole annotation pipeline (background analysis with
// the shipped model, per-block highlighting in slices) in a shown view — a plain QTextEdit, or the reader's
// ArticleView with --reader — with a timer-latency probe.
// Prints time-to-all-highlights and the longest event-loop stall, then the cost of a legend toggle that
// restyles most of the book and of removing the annotations (closing a tab) while the view stays up.
// Run: bench_highlight [--mb N] [--slice-ms N] [--scroll] [--reader]
//   --mb        book size (default 4)
//   --slice-ms  the highlighter's slice budget (default: its own)
//   --scroll    page down every 100 ms while highlighting; count on-screen blocks found unformatted
//   --reader    the reader's ArticleView (its own virtualised layout) and ArticleDocumentBuilder instead of
//               a plain QTextEdit with QTextDocumentLayout
#include "annotate/DocumentAnnotator.h"
#include "annotate/TaggerProvider.h"
#include "reader/ArticleDocumentBuilder.h"
#include "reader/ArticleView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextLayout>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <memory>

using namespace lede;

namespace {

// CPU time of the calling (UI) thread: unlike wall time, not inflated by other processes on a busy machine.
qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// Deterministic book-like text: news sentences with people, places, organisations and dates.
QStringList generateParagraphs(qsizetype targetChars)
{
    const QStringList people = {QStringLiteral("Eri Kaneko"), QStringLiteral("António Guterres"),
                                QStringLiteral("Angela Merkel"), QStringLiteral("Kaneko"), QStringLiteral("Guterres"),
                                QStringLiteral("Vladimir Putin"), QStringLiteral("Jacinda Ardern")};
    const QStringList places = {QStringLiteral("Paris"), QStringLiteral("Tokyo"), QStringLiteral("Geneva"),
                                QStringLiteral("New York"), QStringLiteral("Nairobi"), QStringLiteral("Lima")};
    const QStringList orgs = {QStringLiteral("the United Nations"), QStringLiteral("the World Bank"),
                              QStringLiteral("Reuters"), QStringLiteral("the European Commission")};
    const QStringList dates = {QStringLiteral("on 25 April 2022"), QStringLiteral("last Monday"),
                               QStringLiteral("in March 1998"), QStringLiteral("on Friday"),
                               QStringLiteral("two weeks later"), QStringLiteral("in the summer of 2019")};
    const QStringList verbs = {QStringLiteral("met"), QStringLiteral("spoke with"), QStringLiteral("wrote to"),
                               QStringLiteral("criticised"), QStringLiteral("thanked")};
    QRandomGenerator rng(42);
    auto pick = [&rng](const QStringList &l) { return l.at(static_cast<qsizetype>(rng.bounded(l.size()))); };
    QStringList paragraphs;
    qsizetype total = 0;
    while (total < targetChars) {
        QString p;
        const int sentences = 3 + static_cast<int>(rng.bounded(5));
        for (int s = 0; s < sentences; ++s) {
            p += QStringLiteral("%1 %2 %3 of %4 in %5 %6, and the talks went on for hours while the weather "
                                "turned and the reporters waited outside. ")
                     .arg(pick(people), pick(verbs), pick(people), pick(orgs), pick(places), pick(dates));
        }
        total += p.size() + 2;
        paragraphs << p.trimmed();
    }
    return paragraphs;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    double megabytes = 4.0;
    int sliceMs = 0;
    bool scroll = false;
    bool reader = false;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QStringLiteral("--mb") && i + 1 < args.size())
            megabytes = args.at(++i).toDouble();
        else if (a == QStringLiteral("--slice-ms") && i + 1 < args.size())
            sliceMs = args.at(++i).toInt();
        else if (a == QStringLiteral("--scroll"))
            scroll = true;
        else if (a == QStringLiteral("--reader"))
            reader = true;
        else {
            std::fprintf(stderr, "usage: bench_highlight [--mb N] [--slice-ms N] [--scroll] [--reader]\n");
            return 2;
        }
    }
    const QStringList paragraphs = generateParagraphs(static_cast<qsizetype>(megabytes * 1024 * 1024));

    auto doc = std::make_shared<core::Document>();
    QString text;
    for (const QString &p : paragraphs) {
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        const auto start = static_cast<int32_t>(text.size());
        text += p;
        doc->blocks.push_back({core::BlockKind::Paragraph, 0, false, 0, {start, static_cast<int32_t>(text.size())}});
    }
    doc->text = text.toStdU16String();
    std::printf("text: %.2f MB UTF-8, %zu blocks\n", static_cast<double>(text.toUtf8().size()) / (1024 * 1024),
                doc->blocks.size());

    // Load the model first so the figure is the document's, not the process start-up's.
    QElapsedTimer clock;
    clock.start();
    auto tagger = ui::TaggerProvider::shared();
    while (!tagger.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    std::printf("model load: %lld ms (%s)\n", clock.elapsed(),
                tagger.result().tagger ? "loaded" : qPrintable(tagger.result().error));

    std::unique_ptr<QTextEdit> viewOwner;
    if (reader)
        viewOwner = std::make_unique<ui::ArticleView>(ui::ArticleStyle::fromApplication());
    else
        viewOwner = std::make_unique<QTextEdit>();
    QTextEdit &view = *viewOwner;
    view.setReadOnly(true);
    view.resize(1000, 800);
    view.show();
    // As in the reader: the annotator exists before the text arrives.
    auto annotator = std::make_unique<ui::DocumentAnnotator>(&view);

    clock.restart();
    if (reader) {
        const ui::ArticleDocumentBuilder builder(ui::ArticleStyle::fromApplication());
        static_cast<ui::ArticleView &>(view).setArticleDocument(builder.build(*doc).release());
    } else {
        view.setPlainText(paragraphs.join(QLatin1Char('\n')));
    }
    const qint64 setTextMs = clock.elapsed(); // the reader's part; measured for context
    // The highlighter of the document now shown (the reader's view gets a new document).
    ui::EntityHighlighter *highlighter = annotator->highlighter();
    if (sliceMs > 0)
        highlighter->setSliceBudgetMs(sliceMs);
    std::printf("view: %s, slice budget %d ms\n", reader ? "reader (ArticleView, ArticleLayout)" : "QTextEdit",
                highlighter->sliceBudgetMs());

    enum Phase { Analysing, Highlighting, Settling, Toggling, After, PhaseCount };
    static const char *const phaseNames[PhaseCount] = {"while analysing", "while highlighting", "after",
                                                       "while restyling for a toggle", "after the toggle"};
    qint64 analysisMs = -1;
    qint64 firstVisibleMs = -1;
    qint64 allMs = -1;
    qint64 highlightCpuStart = 0;
    qint64 highlightCpuMs = -1; // UI-thread CPU from the analysis landing to the last highlight
    qint64 toggleStartMs = -1;
    qint64 toggleMs = -1;
    int unformattedOnScreen = 0; // scroll mode: probes that found an on-screen block with spans but no formats
    int scrollProbes = 0;
    // Timer-latency probe: a 5 ms timer; the largest lateness is the longest the event loop was blocked.
    qint64 maxStall = 0;
    qint64 phaseStall[PhaseCount] = {};
    Phase phase = Analysing;
    QElapsedTimer probeClock;
    probeClock.start();
    qint64 last = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = probeClock.elapsed();
        maxStall = std::max(maxStall, now - last - 5);
        phaseStall[phase] = std::max(phaseStall[phase], now - last - 5);
        last = now;
        // The top of the book is on screen: its first highlight marks "visible highlights shown".
        if (firstVisibleMs < 0 && analysisMs >= 0 && !view.document()->firstBlock().layout()->formats().isEmpty())
            firstVisibleMs = clock.elapsed();
        if (scroll && phase == Highlighting) {
            // What is painted next must already carry its highlights.
            const QTextBlock top = view.cursorForPosition(QPoint(0, 0)).block();
            const QTextBlock bottom = view.cursorForPosition(view.viewport()->rect().bottomLeft()).block();
            for (QTextBlock b = top; b.isValid() && b.blockNumber() <= bottom.blockNumber(); b = b.next()) {
                if ((annotator->model()->kindsInBlock(b.blockNumber()) & highlighter->visibleKinds())
                    && b.layout()->formats().isEmpty()) {
                    ++unformattedOnScreen;
                    break;
                }
            }
            ++scrollProbes;
        }
    });
    QTimer pager;
    pager.setInterval(100);
    QObject::connect(&pager, &QTimer::timeout, [&] {
        if (phase != Highlighting)
            return;
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(bar->value() + 7 * bar->pageStep()); // a few pages at a time, like dragging the thumb
    });

    QObject::connect(annotator->model(), &ui::AnnotationModel::analysisChanged, [&] {
        if (annotator->model()->hasAnalysis() && analysisMs < 0) {
            analysisMs = clock.elapsed();
            highlightCpuStart = threadCpuMs();
            phase = Highlighting;
            if (scroll)
                pager.start();
        }
    });
    QObject::connect(highlighter, &ui::EntityHighlighter::highlightingFinished, [&] {
        if (phase == Highlighting && analysisMs >= 0) {
            allMs = clock.elapsed();
            highlightCpuMs = threadCpuMs() - highlightCpuStart;
            phase = Settling;
            // Then hide people, the commonest kind: most of the book is restyled in slices.
            QTimer::singleShot(300, highlighter, [&] {
                phase = Toggling;
                toggleStartMs = clock.elapsed();
                highlighter->setKindVisible(ui::HighlightKind::Person, false);
            });
        } else if (phase == Toggling) {
            toggleMs = clock.elapsed() - toggleStartMs;
            phase = After;
            QTimer::singleShot(300, &app, &QCoreApplication::quit); // keep probing a little after
        }
    });
    QTimer::singleShot(0, [&] {
        clock.restart();
        probeClock.restart();
        last = 0;
        probe.start();
        annotator->setDocument(doc);
    });
    QTimer::singleShot(120000, &app, &QCoreApplication::quit);
    app.exec();
    probe.stop();
    pager.stop();

    int mentions = 0;
    for (const auto &e : annotator->model()->entities())
        mentions += static_cast<int>(e.mentions.size());
    std::printf("text into the view (reader's part): %lld ms\n", setTextMs);
    std::printf("entities: %zu (%d mentions), dates: %zu\n", annotator->model()->entities().size(), mentions,
                annotator->model()->dates().size());
    std::printf("analysis (background): %lld ms\n", analysisMs);
    std::printf("on-screen highlights shown: %lld ms\n", firstVisibleMs);
    std::printf("time to all highlights: %lld ms (UI-thread CPU after the analysis: %lld ms)\n", allMs,
                highlightCpuMs);
    std::printf("max event-loop stall: %lld ms (", maxStall);
    for (int p = 0; p < PhaseCount; ++p)
        std::printf("%s%s %lld", p ? ", " : "", phaseNames[p], phaseStall[p]);
    std::printf(")\n");
    std::printf("toggle people off, restyled: %lld ms\n", toggleMs);
    if (scroll)
        std::printf("scrolling: %d of %d probes saw an on-screen block without its highlights\n",
                    unformattedOnScreen, scrollProbes);

    // The annotations go while the view stays up (closing a tab is the same minus the clearing, since the
    // document goes too): how long the UI thread is blocked, and how long until the marks are gone.
    clock.restart();
    annotator.reset();
    const qint64 removeMs = clock.elapsed();
    qint64 clearedMs = 0;
    if (highlighter->isBusy()) {
        QObject::connect(highlighter, &ui::EntityHighlighter::highlightingFinished, &app, &QCoreApplication::quit);
        app.exec();
        clearedMs = clock.elapsed();
    }
    int leftFormatted = 0;
    for (QTextBlock b = view.document()->firstBlock(); b.isValid(); b = b.next())
        leftFormatted += b.layout()->formats().isEmpty() ? 0 : 1;
    std::printf("remove annotations: blocked %lld ms, highlights cleared after %lld ms (%d blocks left)\n",
                removeMs, clearedMs, leftFormatted);
    return allMs < 0 || toggleMs < 0 || leftFormatted > 0 ? 1 : 0;
}

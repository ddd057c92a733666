// bench_highlight: a 4 MB generated book through the whole annotation pipeline (background analysis with
// the shipped model, per-block highlighting in slices) in a shown QTextEdit, with a timer-latency probe.
// Prints time-to-all-highlights and the longest event-loop stall. Run: bench_highlight [megabytes]
#include "annotate/DocumentAnnotator.h"
#include "annotate/TaggerProvider.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextLayout>
#include <QTimer>

#include <cstdio>

using namespace lede;

namespace {

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
    const double megabytes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 4.0;
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

    QTextEdit view;
    view.setReadOnly(true);
    view.resize(1000, 800);
    view.show();
    ui::DocumentAnnotator annotator(&view);

    clock.restart();
    view.setPlainText(paragraphs.join(QLatin1Char('\n'))); // the reader's part; measured for context
    const qint64 setTextMs = clock.elapsed();

    qint64 analysisMs = -1;
    qint64 firstVisibleMs = -1;
    qint64 allMs = -1;
    // Timer-latency probe: a 5 ms timer; the largest lateness is the longest the event loop was blocked.
    qint64 maxStall = 0;
    // Per phase: 0 = analysis running, 1 = highlighting, 2 = after.
    qint64 phaseStall[3] = {0, 0, 0};
    int phase = 0;
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
    });

    QObject::connect(annotator.model(), &ui::AnnotationModel::analysisChanged, [&] {
        if (annotator.model()->hasAnalysis() && analysisMs < 0) {
            analysisMs = clock.elapsed();
            phase = 1;
        }
    });
    QObject::connect(annotator.highlighter(), &ui::EntityHighlighter::highlightingFinished, [&] {
        if (analysisMs >= 0 && allMs < 0) {
            allMs = clock.elapsed();
            phase = 2;
            QTimer::singleShot(300, &app, &QCoreApplication::quit); // keep probing a little after
        }
    });
    QTimer::singleShot(0, [&] {
        clock.restart();
        probeClock.restart();
        last = 0;
        probe.start();
        annotator.setDocument(doc);
    });
    QTimer::singleShot(120000, &app, &QCoreApplication::quit);
    app.exec();

    int mentions = 0;
    for (const auto &e : annotator.model()->entities())
        mentions += static_cast<int>(e.mentions.size());
    std::printf("setPlainText (reader's part): %lld ms\n", setTextMs);
    std::printf("entities: %zu (%d mentions), dates: %zu\n", annotator.model()->entities().size(), mentions,
                annotator.model()->dates().size());
    std::printf("analysis (background): %lld ms\n", analysisMs);
    std::printf("on-screen highlights shown: %lld ms\n", firstVisibleMs);
    std::printf("time to all highlights: %lld ms\n", allMs);
    std::printf("max event-loop stall: %lld ms (while analysing %lld, while highlighting %lld, after %lld)\n",
                maxStall, phaseStall[0], phaseStall[1], phaseStall[2]);
    return allMs < 0 ? 1 : 0;
}

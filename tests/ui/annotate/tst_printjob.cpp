// Printing and PDF export in the background: the UI thread keeps running while pages are laid out and
// painted, the job can be cancelled (leaving no file), failures come from the device, the highlights are
// printed, and the PDF names the article's title and author.
#include "AnnotateFixture.h"
#include "annotate/AnnotationModel.h"
#include "annotate/HighlightPalette.h"
#include "annotate/PrintJob.h"
#include "reader/ArticleStyle.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

using namespace lede;
using namespace lede::ui;

namespace {

// A long article of our own: enough pages that printing takes a while on any machine.
std::unique_ptr<QTextDocument> longDocument(int paragraphs)
{
    QString text;
    for (int i = 0; i < paragraphs; ++i) {
        text += QStringLiteral("Paragraph %1. The ferry left the harbour before dawn, and the crew counted the "
                               "crates twice because the manifest had been smudged by rain during the night.\n")
                    .arg(i + 1);
    }
    auto doc = std::make_unique<QTextDocument>();
    doc->setPlainText(text);
    return doc;
}

QByteArray utf16be(const QString &s)
{
    QByteArray out;
    for (QChar c : s) {
        out.append(static_cast<char>(c.unicode() >> 8));
        out.append(static_cast<char>(c.unicode() & 0xff));
    }
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPrintJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pdfExport_runsInTheBackground_whileATimerTicks()
    {
        const auto doc = longDocument(3000);
        AnnotationModel model;
        PrintJob job(*doc, model, kDefaultVisibleKinds, {QStringLiteral("Harbour Notes"), {}});
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));

        int ticksWhileRunning = 0;
        qint64 longestGapMs = 0;
        QElapsedTimer sinceTick;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGapMs = std::max(longestGapMs, sinceTick.restart());
            if (job.isRunning())
                ++ticksWhileRunning;
        });
        QSignalSpy progress(&job, &PrintJob::progress);
        QSignalSpy finished(&job, &PrintJob::finished);
        sinceTick.start();
        ticker.start();
        job.startPdf(path);
        QVERIFY(job.isRunning()); // start returns at once
        QVERIFY(finished.wait(120000));
        ticker.stop();
        qInfo("timer ticks while printing: %d, longest gap between ticks: %lld ms", ticksWhileRunning, longestGapMs);

        QCOMPARE(finished.front().at(0).value<PrintJob::Outcome>(), PrintJob::Outcome::Printed);
        // The event loop ran while the worker laid out and painted: the timer kept ticking.
        QVERIFY(ticksWhileRunning >= 3);
        QVERIFY(!progress.isEmpty());
        const int pages = progress.back().at(1).toInt();
        QVERIFY(pages > 10);
        QCOMPARE(progress.back().at(0).toInt(), pages);
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdf.count("/Type /Page\n"), pages);
    }

    void cancel_stopsTheJobAndLeavesNoFile()
    {
        const auto doc = longDocument(3000);
        AnnotationModel model;
        PrintJob job(*doc, model, kDefaultVisibleKinds, {});
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        connect(&job, &PrintJob::progress, &job, &PrintJob::cancel); // the user cancels as pages appear
        QSignalSpy finished(&job, &PrintJob::finished);
        job.startPdf(path);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.front().at(0).value<PrintJob::Outcome>(), PrintJob::Outcome::Cancelled);
        QVERIFY(!QFile::exists(path));
    }

    void unwritablePath_failsWithAMessage()
    {
        const auto doc = longDocument(3);
        AnnotationModel model;
        PrintJob job(*doc, model, kDefaultVisibleKinds, {});
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.pdf"));
        QSignalSpy finished(&job, &PrintJob::finished);
        job.startPdf(path);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.front().at(0).value<PrintJob::Outcome>(), PrintJob::Outcome::Failed);
        QVERIFY(finished.front().at(1).toString().contains(QStringLiteral("out.pdf")));
    }

    void pdf_carriesTheTitleAndAuthor()
    {
        const auto doc = longDocument(3);
        AnnotationModel model;
        PrintJob job(*doc, model, kDefaultVisibleKinds, {QStringLiteral("Harbour Notes"), QStringLiteral("Ada Quill")});
        const QString path = m_dir.filePath(QStringLiteral("meta.pdf"));
        QSignalSpy finished(&job, &PrintJob::finished);
        job.startPdf(path);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.front().at(0).value<PrintJob::Outcome>(), PrintJob::Outcome::Printed);
        const QByteArray pdf = readAll(path);
        // The Info dictionary (UTF-16BE strings) and the XMP packet.
        QVERIFY(pdf.contains("/Title"));
        QVERIFY(pdf.contains(utf16be(QStringLiteral("Harbour Notes"))));
        QVERIFY(pdf.contains(utf16be(QStringLiteral("Ada Quill"))));
        QVERIFY(pdf.contains("<dc:creator><rdf:Seq><rdf:li>Ada Quill</rdf:li>"));
        QVERIFY(pdf.contains("<rdf:li xml:lang=\"x-default\">Harbour Notes</rdf:li>"));
    }

    // The reader's path: the pages are built from the core document on the worker, as the view builds them.
    void fromCoreDocument_buildsThePagesOnTheWorker()
    {
        const auto fixture = test::AnnotateFixture::document();
        AnnotationModel model;
        auto analysis = std::make_shared<const core::Analysis>(test::AnnotateFixture::analysis(*fixture));
        model.setAnalysis(fixture, analysis, analysis->entities);
        const ArticleStyle style = ArticleStyle::fromApplication();
        PrintJob job(fixture, style, style.bodyFont, model, kDefaultVisibleKinds, {QStringLiteral("Fixture"), {}});
        const QString path = m_dir.filePath(QStringLiteral("built.pdf"));
        QSignalSpy finished(&job, &PrintJob::finished);
        job.startPdf(path);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.front().at(0).value<PrintJob::Outcome>(), PrintJob::Outcome::Printed);
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdf.count("/Type /Page\n"), 1);
    }

    void highlights_arePrintedInTheVisibleKindsOnly()
    {
        QTextDocument view;
        view.setPlainText(test::AnnotateFixture::viewText());
        AnnotationModel model;
        const auto fixture = test::AnnotateFixture::document();
        auto analysis = std::make_shared<const core::Analysis>(test::AnnotateFixture::analysis(*fixture));
        model.setAnalysis(fixture, analysis, analysis->entities);

        QPalette paper;
        paper.setColor(QPalette::Base, Qt::white);
        paper.setColor(QPalette::Text, Qt::black);
        const HighlightPalette palette(paper);
        std::array<QTextCharFormat, kHighlightKindCount> formats;
        for (HighlightKind kind : kAllHighlightKinds)
            formats[static_cast<size_t>(kind)] = palette.format(kind);

        std::vector<PrintJob::Highlight> highlights;
        int number = 0;
        for (QTextBlock b = view.begin(); b.isValid(); b = b.next(), ++number)
            for (const HighlightSpan &s : model.spansInBlock(number))
                if (s.kind != HighlightKind::Place) // places hidden in the legend
                    highlights.push_back({number, s.start, s.start + s.length, s.kind});
        std::unique_ptr<QTextDocument> copy(view.clone());
        PrintJob::applyHighlights(*copy, highlights, formats);

        const auto backgroundAt = [&](const QString &needle) {
            QTextCursor c = copy->find(needle);
            c.setPosition(c.selectionStart() + 1);
            return c.charFormat().background().color();
        };
        QCOMPARE(backgroundAt(QStringLiteral("Guterres")), palette.background(HighlightKind::Person));
        QCOMPARE(backgroundAt(QStringLiteral("April")), palette.background(HighlightKind::Date));
        QVERIFY(backgroundAt(QStringLiteral("Paris")) != palette.background(HighlightKind::Place));
        // The shown text is untouched.
        QCOMPARE(view.find(QStringLiteral("Guterres")).charFormat().background().style(), Qt::NoBrush);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPrintJob)
#include "tst_printjob.moc"

// Highlights land on the right characters (after an emoji too) and toggling a kind removes exactly its marks;
// re-formatting lays each run of blocks out once (not once per block) and leaves no change pending.
#include "AnnotateFixture.h"
#include "RecordingLayout.h"
#include "annotate/AnnotationModel.h"
#include "annotate/EntityHighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

using namespace lede;
using namespace lede::ui;

namespace {
// (block, start, length, background) of every layout format in the document.
using Mark = std::tuple<int, int, int, QRgb>;

std::set<Mark> marksOf(const QTextDocument &doc)
{
    std::set<Mark> marks;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            marks.insert({b.blockNumber(), r.start, r.length, r.format.background().color().rgb()});
    }
    return marks;
}

// Paragraphs "Eri Kaneko met Guterres in Paris." with every one's "Eri Kaneko" a person, and a date
// ("on 25 April 2022" appended) in the paragraphs whose index is a multiple of `dateEvery`.
struct Book
{
    std::shared_ptr<core::Document> document = std::make_shared<core::Document>();
    std::shared_ptr<core::Analysis> analysis = std::make_shared<core::Analysis>();
    QString viewText;
};

Book makeBook(int paragraphs, int dateEvery)
{
    Book book;
    QString text;
    QStringList viewParagraphs;
    core::Entity person{"e1", core::EntityType::Person, u"Eri Kaneko", {}};
    for (int i = 0; i < paragraphs; ++i) {
        QString p = QStringLiteral("Eri Kaneko met Guterres in Paris");
        const bool dated = i % dateEvery == 0;
        if (dated)
            p += QStringLiteral(" on 25 April 2022");
        p += QLatin1Char('.');
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        const auto start = static_cast<int32_t>(text.size());
        text += p;
        const core::TextRange range{start, static_cast<int32_t>(text.size())};
        book.document->blocks.push_back({core::BlockKind::Paragraph, 0, false, 0, range});
        book.analysis->segmentation.sentences.push_back({range, 0, 0});
        person.mentions.push_back({start, start + 10});
        if (dated) {
            core::Timex t;
            const auto at = static_cast<int32_t>(start + p.indexOf(QStringLiteral("25 April 2022")));
            t.range = {at, at + 13};
            t.value = "2022-04-25";
            book.analysis->dates.push_back(t);
        }
        viewParagraphs << p;
    }
    book.document->text = text.toStdU16String();
    book.analysis->entities.push_back(person);
    book.viewText = viewParagraphs.join(QLatin1Char('\n'));
    return book;
}
// A highlighter on a book's text, in a document whose layout records every relayout it is asked for.
struct RecordedBook
{
    explicit RecordedBook(const Book &book) : book(book)
    {
        layout = new test::RecordingLayout(&doc);
        doc.setDocumentLayout(layout);
        highlighter = std::make_unique<EntityHighlighter>(&doc, &model);
        doc.setPlainText(book.viewText);
    }
    void analyse() { model.setAnalysis(book.document, book.analysis, book.analysis->entities); }
    std::vector<test::RecordingLayout::Change> changesOfBlocks(std::initializer_list<int> blocks) const
    {
        std::vector<test::RecordingLayout::Change> out;
        for (int b : blocks) {
            const QTextBlock block = doc.findBlockByNumber(b);
            out.push_back({block.position(), block.length()});
        }
        return out;
    }

    const Book &book;
    QTextDocument doc;
    test::RecordingLayout *layout = nullptr; // owned by doc
    AnnotationModel model;
    std::unique_ptr<EntityHighlighter> highlighter;
};

} // namespace

class TestEntityHighlighter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_doc = test::AnnotateFixture::document();
        m_view = std::make_unique<QTextDocument>();
        m_model = std::make_unique<AnnotationModel>();
        m_highlighter = std::make_unique<EntityHighlighter>(m_view.get(), m_model.get());
        m_view->setPlainText(test::AnnotateFixture::viewText());
        m_model->setAnalysis(m_doc, std::make_shared<core::Analysis>(test::AnnotateFixture::analysis(*m_doc)),
                             test::AnnotateFixture::analysis(*m_doc).entities);
        m_highlighter->finishNow();
    }
    void cleanup()
    {
        m_highlighter.reset();
        m_model.reset();
        m_view.reset();
    }

    void highlights_landOnMentionCharacters_afterEmoji_data()
    {
        QTest::addColumn<int>("block");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("kind");
        QTest::newRow("person at block start") << 0 << QStringLiteral("Eri Kaneko") << int(HighlightKind::Person);
        QTest::newRow("person after emoji") << 0 << QStringLiteral("Guterres") << int(HighlightKind::Person);
        QTest::newRow("place after emoji") << 0 << QStringLiteral("Paris") << int(HighlightKind::Place);
        QTest::newRow("date") << 0 << QStringLiteral("25 April 2022") << int(HighlightKind::Date);
        QTest::newRow("surname in second block") << 1 << QStringLiteral("Kaneko") << int(HighlightKind::Person);
        QTest::newRow("place in second block") << 1 << QStringLiteral("Paris") << int(HighlightKind::Place);
    }
    void highlights_landOnMentionCharacters_afterEmoji()
    {
        QFETCH(int, block);
        QFETCH(QString, needle);
        QFETCH(int, kind);
        const QTextBlock b = m_view->findBlockByNumber(block);
        const int start = static_cast<int>(b.text().indexOf(needle));
        QVERIFY(start >= 0);
        const QColor expected = m_highlighter->palette().background(static_cast<HighlightKind>(kind));
        bool found = false;
        for (const QTextLayout::FormatRange &r : b.layout()->formats()) {
            if (r.start == start) {
                QCOMPARE(r.length, needle.size());
                QCOMPARE(r.format.background().color(), expected);
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no format starts at %1").arg(start)));
    }

    void highlights_exactlyTheVisibleSpans()
    {
        // Four visible spans in block 0 (Eri Kaneko, Guterres, Paris, date) + two in block 1, nothing else.
        QCOMPARE(marksOf(*m_view).size(), size_t(6));
        // The emoji and the plain words around it carry no format.
        const QTextBlock b = m_view->firstBlock();
        const int emoji = static_cast<int>(b.text().indexOf(QStringLiteral("\U0001F600")));
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            QVERIFY(emoji + 2 <= r.start || r.start + r.length <= emoji);
    }

    void toggleKind_removesExactlyItsHighlights()
    {
        const std::set<Mark> before = marksOf(*m_view);
        const QRgb place = m_highlighter->palette().background(HighlightKind::Place).rgb();
        m_highlighter->setKindVisible(HighlightKind::Place, false);
        m_highlighter->finishNow();
        const std::set<Mark> after = marksOf(*m_view);
        std::set<Mark> expected;
        for (const Mark &m : before) {
            if (std::get<3>(m) != place)
                expected.insert(m);
        }
        QCOMPARE(before.size() - expected.size(), size_t(2));
        QVERIFY(after == expected);
        m_highlighter->setKindVisible(HighlightKind::Place, true);
        m_highlighter->finishNow();
        QVERIFY(marksOf(*m_view) == before);
    }

    void toggleKind_reformatsOnlyBlocksContainingIt()
    {
        // A kind present only in block 0 must not touch block 1.
        m_highlighter->setKindVisible(HighlightKind::Date, false);
        QVERIFY(m_highlighter->isBusy());
        m_highlighter->prioritise(1, 1);
        QVERIFY(m_highlighter->isBusy()); // block 1 had nothing to do; block 0 still waits
        m_highlighter->prioritise(0, 0);
        QVERIFY(!m_highlighter->isBusy());
    }

    void batchedFormatting_laysOutAContiguousRunOnce_andLeavesNothingPending()
    {
        const Book book = makeBook(40, 1);
        RecordedBook r(book);
        r.layout->changes.clear();
        r.analyse();
        r.highlighter->finishNow();
        // Every block changed: one relayout from the first block to the end, not forty.
        const std::vector<test::RecordingLayout::Change> whole{{0, r.doc.characterCount()}};
        QCOMPARE(r.layout->changes, whole);
        QCOMPARE(marksOf(r.doc).size(), size_t(80)); // a person and a date in each paragraph
        // The formats' own change records were all consumed: the next change is reported alone.
        r.layout->changes.clear();
        r.doc.markContentsDirty(3, 1);
        const std::vector<test::RecordingLayout::Change> alone{{3, 1}};
        QCOMPARE(r.layout->changes, alone);
    }

    void toggle_relaysOutOnlyBlocksWithThatKind()
    {
        const Book book = makeBook(40, 13); // dates in blocks 0, 13, 26 and 39
        RecordedBook r(book);
        r.analyse();
        r.highlighter->finishNow();
        r.layout->changes.clear();
        r.highlighter->setKindVisible(HighlightKind::Date, false);
        r.highlighter->finishNow();
        QCOMPARE(r.layout->changes, r.changesOfBlocks({0, 13, 26, 39}));
        QCOMPARE(marksOf(r.doc).size(), size_t(40));
    }

    void prioritiseFromInsideARelayout_waitsForItToEnd()
    {
        // A view that scrolls while the layout reports a change asks for other blocks at once; formatting
        // them right there would merge with the unfinished change into one relayout of everything between.
        const Book book = makeBook(40, 30); // dates in blocks 0 and 30
        RecordedBook r(book);
        r.analyse();
        r.highlighter->finishNow();
        r.highlighter->setKindVisible(HighlightKind::Date, false); // blocks 0 and 30 wait
        r.layout->changes.clear();
        bool calledBack = false;
        r.layout->onChange = [&] {
            if (!std::exchange(calledBack, true))
                r.highlighter->prioritise(30, 30);
        };
        r.highlighter->prioritise(0, 0);
        QVERIFY(calledBack);
        QTRY_VERIFY(!r.highlighter->isBusy());
        QCOMPARE(r.layout->changes, r.changesOfBlocks({0, 30}));
        QCOMPARE(marksOf(r.doc).size(), size_t(40)); // the people only
    }

    void overlappingSpans_laterOneWins_inBothFormattingPaths()
    {
        // A date overlapping the end of a person mention: the characters they share are the date's, as
        // with QSyntaxHighlighter::setFormat; no two ranges overlap.
        auto document = std::make_shared<core::Document>();
        const QString text = QStringLiteral("Eri Kaneko met Guterres.");
        document->text = text.toStdU16String();
        const core::TextRange all{0, static_cast<int32_t>(text.size())};
        document->blocks.push_back({core::BlockKind::Paragraph, 0, false, 0, all});
        auto analysis = std::make_shared<core::Analysis>();
        analysis->segmentation.sentences.push_back({all, 0, 0});
        analysis->entities.push_back({"e1", core::EntityType::Person, u"Eri Kaneko", {{0, 10}}});
        core::Timex t;
        t.range = {4, 14};
        t.value = "2022";
        analysis->dates.push_back(t);
        QTextDocument doc;
        AnnotationModel model;
        EntityHighlighter highlighter(&doc, &model);
        doc.setPlainText(text);
        model.setAnalysis(document, analysis, analysis->entities);
        highlighter.finishNow();
        const QRgb person = highlighter.palette().background(HighlightKind::Person).rgb();
        const QRgb date = highlighter.palette().background(HighlightKind::Date).rgb();
        const std::set<Mark> expected{{0, 0, 4, person}, {0, 4, 10, date}};
        QVERIFY(marksOf(doc) == expected);
        // QSyntaxHighlighter's own path (highlightBlock, as on a text change) draws the same.
        highlighter.rehighlight();
        QVERIFY(marksOf(doc) == expected);
    }

    void installOnLoadedDocument_runsNoFullPassOfItsOwn()
    {
        // QSyntaxHighlighter would re-format every block of a document that already holds text, clearing
        // formats it did not set; the highlighter draws from its model only, so a foreign mark survives.
        QTextDocument doc;
        doc.setPlainText(test::AnnotateFixture::viewText());
        QTextCharFormat mark;
        mark.setBackground(Qt::yellow);
        doc.firstBlock().layout()->setFormats({{0, 3, mark}});
        AnnotationModel model;
        EntityHighlighter highlighter(&doc, &model);
        QCoreApplication::processEvents();
        QCOMPARE(doc.firstBlock().layout()->formats().size(), 1);
        QVERIFY(!highlighter.isBusy());
    }

    void otherKind_isOffByDefault()
    {
        QCOMPARE(m_highlighter->visibleKinds() & maskOf(HighlightKind::Other), 0);
    }

    void darkPalette_changesBackgrounds()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        const QColor lightBg = m_highlighter->palette().background(HighlightKind::Person);
        m_highlighter->setPalette(dark);
        m_highlighter->finishNow();
        const QColor darkBg = m_highlighter->palette().background(HighlightKind::Person);
        QVERIFY(darkBg.lightness() < lightBg.lightness());
        QVERIFY(darkBg.lightness() < 128);
        bool found = false;
        for (const QTextLayout::FormatRange &r : m_view->firstBlock().layout()->formats())
            found = found || r.format.background().color() == darkBg;
        QVERIFY(found);
    }

private:
    std::shared_ptr<const core::Document> m_doc;
    std::unique_ptr<QTextDocument> m_view;
    std::unique_ptr<AnnotationModel> m_model;
    std::unique_ptr<EntityHighlighter> m_highlighter;
};

QTEST_MAIN(TestEntityHighlighter)
#include "tst_entityhighlighter.moc"

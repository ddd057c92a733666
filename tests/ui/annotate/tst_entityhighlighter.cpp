// Highlights land on the right characters (after an emoji too) and toggling a kind removes exactly its marks.
#include "AnnotateFixture.h"
#include "annotate/AnnotationModel.h"
#include "annotate/EntityHighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <set>
#include <tuple>

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

// Tests for ArticleOutline: which sentences open a paragraph or fill one, and which headlines are cased so that
// names hide in them.
#include "OutlineFixture.h"

#include <QTest>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

namespace {

// One letter per sentence: "P" opens a paragraph and fills it, "p" opens one that goes on, "." goes on.
QString paragraphShape(const ArticleOutline &o)
{
    QString out;
    for (size_t s = 0; s < o.sentenceCount(); ++s)
        out += o.wholeParagraph(s) ? u'P' : o.opensParagraph(s) ? u'p' : u'.';
    return out;
}

// One letter per sentence: "A" ALL CAPS headline, "T" Title Case headline, "-" neither.
QString headlineShape(const ArticleOutline &o)
{
    QString out;
    for (size_t s = 0; s < o.sentenceCount(); ++s) {
        switch (o.headlineCase(s)) {
        case HeadlineCase::AllCaps: out += u'A'; break;
        case HeadlineCase::TitleCase: out += u'T'; break;
        case HeadlineCase::None: out += u'-'; break;
        }
    }
    return out;
}

} // namespace

class TestArticleOutline final : public QObject
{
    Q_OBJECT

private slots:
    void paragraphs_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("shape");
        QTest::newRow("one line each") << u"By Ann Lee\nGENEVA — Talks ended. They resume soon."_s << u"Pp."_s;
        QTest::newRow("a paragraph of three") << u"Rain fell. Roads closed. Schools shut."_s << u"p.."_s;
        QTest::newRow("empty line between") << u"First one.\n\nSecond one."_s << u"PP"_s;
    }

    void paragraphs()
    {
        QFETCH(QString, article);
        QFETCH(QString, shape);
        const OutlineFixture f(article);
        QCOMPARE(paragraphShape(*f.outline), shape);
    }

    void paragraphs_withoutBlocksAreLines()
    {
        const std::u16string text = u"By Ann Lee\nLAGOS — Markets fell. Traders left.";
        const Segmentation seg = Segmenter::segment(text);
        const ArticleOutline o(text, seg, {});
        QCOMPARE(paragraphShape(o), u"Pp."_s);
        QCOMPARE(o.paragraphIndex(2), 1);
    }

    void headlines_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("shape");
        QTest::newRow("all caps first line") << u"KANEKO WINS IN OSAKA\nEri Kaneko won on Sunday."_s << u"A-"_s;
        QTest::newRow("all caps with a single-letter word") << u"A FERRY FOR HALDEN\nThe ferry sailed."_s << u"A-"_s;
        QTest::newRow("title case first line") << u"Kaneko Wins the Race in Osaka\nShe won."_s << u"T-"_s;
        QTest::newRow("sentence case heading")
            << u"# Delta towns brace for floods\nRain fell."_s << u"--"_s;
        QTest::newRow("title case heading further down")
            << u"Rain fell on the delta.\n# A Town That Remembers\nIt flooded."_s << u"-T-"_s;
        QTest::newRow("a line of capitals alone is no headline") << u"ALL CAPS AND NOTHING ELSE"_s << u"-"_s;
        QTest::newRow("first paragraph of prose") << u"Ann Lee Wrote This Today. she left.\nMore."_s << u"--"_s;
        QTest::newRow("an acronym and names in title case")
            << u"NOOK Color or NOOK Tablet Reviewed\nI bought one."_s << u"T-"_s;
        QTest::newRow("second paragraph is body")
            << u"FLOODS HIT DELTA\nRIVER RISES AGAIN\nRain fell."_s << u"A--"_s;
    }

    void headlines()
    {
        QFETCH(QString, article);
        QFETCH(QString, shape);
        const OutlineFixture f(article);
        QCOMPARE(headlineShape(*f.outline), shape);
    }

    void tokensToParagraphEnd_crossesSentencesNotParagraphs()
    {
        // The segmenter ends a sentence after "Ore."; a dateline reads on to the dash.
        const OutlineFixture f(u"PORTLAND, Ore. (AP) — Rain fell.\nNext one."_s);
        QCOMPARE(f.outline->sentenceCount(), size_t(3));
        const auto tokens = f.outline->tokensToParagraphEnd(0);
        QCOMPARE(f.textOf({tokens.front().range.start, tokens.back().range.end}),
                 u"PORTLAND, Ore. (AP) — Rain fell."_s);
        QCOMPARE(f.outline->tokensToParagraphEnd(2).size(), size_t(3));
    }

    void sentenceAt_findsTheSentenceOrNone()
    {
        const OutlineFixture f(u"Rain fell.  Roads closed."_s);
        QCOMPARE(f.outline->sentenceAt(0), int64_t(0));
        QCOMPARE(f.outline->sentenceAt(12), int64_t(1));
        QCOMPARE(f.outline->sentenceAt(10), int64_t(-1)); // the spaces between
        QCOMPARE(f.outline->sentenceAt(1000), int64_t(-1));
    }
};

QTEST_APPLESS_MAIN(TestArticleOutline)
#include "tst_articleoutline.moc"

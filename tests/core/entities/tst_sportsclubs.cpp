// Tests for SportsClubs: clubs named after their towns in sports reports. Rule 1 through NameEdges ("Harlby County"
// is an organisation in a match report), rule 2 through EntityGrouper ("Harlby" beside "Harlby County" is the club).
// Each row is an invented text with the tagger's mentions marked inline (EntityTestHelpers.h); the shipped places
// list is read from the build's data folder ("Kansas City" is a place).
#include "EntityTestHelpers.h"
#include "entities/EntityGrouper.h"
#include "entities/NameEdges.h"
#include "entities/SportsClubs.h"
#include "text/Segmenter.h"

#include <QTest>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

class TestSportsClubs final : public QObject
{
    Q_OBJECT

private slots:
    void sportsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("a match report") << u"They beat Orvik 4-2 after a header in the second half."_s << true;
        QTest::newRow("three sports words") << u"The striker left the club before the season."_s << true;
        QTest::newRow("a council report") << u"The council met on 12-14 May to draw up the budget."_s << false;
        QTest::newRow("dates and ranges are no scores") << u"From 1996-08-30 to 2001-2002, pages 3-4.5."_s << false;
    }

    void sportsText()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(SportsClubs::isSportsText(view(text)), expected);
    }

    void clubNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a place and a club word in a match report")
            << u"[Harlby County|L] beat [Orvik|L] 2-1 in the league, the striker scoring twice."_s
            << u"Harlby County=organization; Orvik=place"_s;
        QTest::newRow("a club word the tagger left out")
            << u"[Harlby|L] Town beat [Orvik|L] 2-1 in the league, the striker scoring twice."_s
            << u"Harlby Town=organization; Orvik=place"_s;
        QTest::newRow("not before another capitalised word")
            << u"[Harlby|L] County Council closed the stadium before the league match, won 2-1."_s << u"Harlby=place"_s;
        QTest::newRow("not a known place")
            << u"In [Kansas City|L] the striker scored twice as they won the league match 2-1."_s
            << u"Kansas City=place"_s;
        QTest::newRow("not outside a sports report")
            << u"[Harlby County|L] will close two libraries, the council said."_s << u"Harlby County=place"_s;
    }

    void clubNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const MarkedText marked = parseMarked(text);
        const Segmentation seg = Segmenter::segment(marked.text);
        QCOMPARE(describeMentions(marked, NameEdges::trim(marked.text, seg, marked.mentions)), expected);
    }

    void shortNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the town's name beside the club's")
            << u"[Harlby County|O] lost 4-2. [Harlby|L] had led through a header, and [Harlby|L] fans sang at "
               u"half-time."_s
            << u"Harlby County(organization)=Harlby County|Harlby|Harlby"_s;
        QTest::newRow("not without the club's full name")
            << u"[Harlby|L] lost 4-2 to [Orvik|O]. [Harlby|L] had led through a header at half-time."_s
            << u"Harlby(place)=Harlby|Harlby; Orvik(organization)=Orvik"_s;
        QTest::newRow("not when two clubs shorten to it")
            << u"[Harlby United|O] and [Harlby Rovers|O] drew 1-1 in the league, and [Harlby|L] was quiet."_s
            << u"Harlby United(organization)=Harlby United; Harlby Rovers(organization)=Harlby Rovers; "
               u"Harlby(place)=Harlby"_s;
        QTest::newRow("not outside a sports report")
            << u"[Harlby County|O] sold the land. [Harlby|L] will get a new library."_s
            << u"Harlby County(organization)=Harlby County; Harlby(place)=Harlby"_s;
    }

    void shortNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const MarkedText m = parseMarked(text);
        QCOMPARE(describe(m.text, EntityGrouper::group(m.text, m.mentions)), expected);
    }
};

QTEST_GUILESS_MAIN(TestSportsClubs)
#include "tst_sportsclubs.moc"

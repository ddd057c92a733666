// Tests for ScheduleLines: the venue of a sports schedule's "AWAY at HOME" line is a place, kept apart from the club
// of the same name. Each row is an invented article (its lines are paragraphs; the tagger's mentions marked inline,
// OutlineFixture.h).
#include "OutlineFixture.h"
#include "entities/EntityGrouper.h"
#include "entities/NameConsistency.h"
#include "entities/ScheduleLines.h"

#include <QTest>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

class TestScheduleLines final : public QObject
{
    Q_OBJECT

private slots:
    void find_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("expected");
        QTest::newRow("capitals") << u"Fixtures on Friday:\n[ORVIK CITY|O] AT [HARLBY|L]"_s << u"HARLBY=place"_s;
        QTest::newRow("lower-case at, a full stop") << u"[Orvik|O] at [Harlby|L]."_s << u"Harlby=place"_s;
        QTest::newRow("each line of a schedule")
            << u"SCHEDULE\n[ORVIK|O] AT [HARLBY|L]\n[TANNMOOR|O] AT [ESKDALE|L]"_s << u"HARLBY=place; ESKDALE=place"_s;
        QTest::newRow("not a venue the tagger calls a club") << u"[ORVIK|O] AT [HARLBY|O]"_s << QString();
        QTest::newRow("not inside a sentence")
            << u"[Orvik|O] play at [Harlby|L] on Friday, the club said."_s << QString();
        QTest::newRow("not words the tagger left out") << u"Lunch at [Harlby|L]"_s << QString();
        QTest::newRow("not two at") << u"[Orvik|O] at [Harlby|L] at [Eskdale|L]"_s << QString();
    }

    void find()
    {
        QFETCH(QString, article);
        QFETCH(QString, expected);
        const OutlineFixture f(article);
        QCOMPARE(f.describe(ScheduleLines::find(*f.outline, f.marked.mentions)), expected);
    }

    // The venue stays a place beside the club the results name after the same town.
    void venueBesideClub()
    {
        const OutlineFixture f(u"RESULTS\n[Harlby|O] 4 [Orvik|O] 2\n[Eskdale|O] 1 [Harlby|O] 3\n"
                               u"FIXTURES\n[ORVIK|O] AT [HARLBY|L]"_s);
        const std::vector<StructuralName> venues = ScheduleLines::find(*f.outline, f.marked.mentions);
        const EvidencedMentions consistent = NameConsistency::apply(*f.outline, f.marked.mentions, venues);
        const std::vector<Entity> entities =
            EntityGrouper::group(f.marked.text, consistent.mentions, consistent.evidence);
        QCOMPARE(describe(f.marked.text, entities),
                 u"Harlby(organization)=Harlby|Harlby; Orvik(organization)=Orvik|ORVIK; Eskdale(organization)=Eskdale; "
                 u"HARLBY(place)=HARLBY"_s);
    }
};

QTEST_APPLESS_MAIN(TestScheduleLines)
#include "tst_schedulelines.moc"

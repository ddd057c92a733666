// Tests for ListTypes through EntityGrouper: names coordinated in one list ("A, B and C", "A or B") agree on a type
// when a member's own evidence is weak. Each row is an invented text with the tagger's mentions marked inline.
#include "EntityTestHelpers.h"
#include "entities/EntityGrouper.h"

#include <QTest>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

class TestListTypes final : public QObject
{
    Q_OBJECT

private slots:
    void agree_data()
    {
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QString>("expected");

        // A weak member takes the type of a confident mate.
        QTest::newRow("a product beside a firm its words type")
            << u"Brisket now faces [Tolvane Carr|X] and [Dremmel|P], whose travel arm runs 300 shops."_s
            << u"Tolvane Carr(organization)=Tolvane Carr; Dremmel(organization)=Dremmel"_s;
        // Two weak members: a one-word name takes a type read from more than its shape.
        QTest::newRow("a firm the tagger called a place beside a firm")
            << u"She had worked at [Orvane Labs|O] and [Quillet|L] before."_s
            << u"Orvane Labs(organization)=Orvane Labs; Quillet(organization)=Quillet"_s;
        QTest::newRow("a drug the tagger called a person beside a drug")
            << u"Patients given [Velmira|X] or [Zostrel|P] lost weight."_s
            << u"Velmira(other)=Velmira; Zostrel(other)=Zostrel"_s;

        // What stays.
        QTest::newRow("a person's full name keeps its type")
            << u"[Norcaster|O] and [Anna Berg|P] signed the deal."_s
            << u"Norcaster(organization)=Norcaster; Anna Berg(person)=Anna Berg"_s;
        QTest::newRow("a person cue keeps the person")
            << u"Patients given [Velmira|X] or [Zostrel|P] lost weight. [Zostrel|P], 45, said he was glad."_s
            << u"Velmira(other)=Velmira; Zostrel(person)=Zostrel|Zostrel"_s;
        QTest::newRow("names used elsewhere with their type keep it")
            << u"[Zostrel|P] smiled. [Zostrel|P] waved. Patients given [Velmira|X] or [Zostrel|P] lost weight."_s
            << u"Zostrel(person)=Zostrel|Zostrel|Zostrel; Velmira(other)=Velmira"_s;
        QTest::newRow("a possessive is no list")
            << u"[Norland|L]'s [Zostrel|P] and [Quillet|L]'s [Dremmel|P] scored."_s
            << u"Norland(place)=Norland; Zostrel(person)=Zostrel; Quillet(place)=Quillet; Dremmel(person)=Dremmel"_s;
        QTest::newRow("a comma alone is no list")
            << u"Talks on [Norland|L], [Zostrel|O] news agency said."_s
            << u"Norland(place)=Norland; Zostrel(organization)=Zostrel"_s;
        QTest::newRow("adjectives modify a noun")
            << u"[Velmar|O] and [Norlandian|X] partners built it."_s
            << u"Velmar(organization)=Velmar; Norlandian(other)=Norlandian"_s;
        QTest::newRow("a name whose own words give its type keeps it")
            << u"Prizes came from [Orrel Film Institute|O], [Anna Berg Prize|X] and [Tarnby Awards|X]."_s
            << u"Orrel Film Institute(organization)=Orrel Film Institute; Anna Berg Prize(other)=Anna Berg Prize; "
               u"Tarnby Awards(other)=Tarnby Awards"_s;
        QTest::newRow("without such words it takes its mates' type")
            << u"Prizes came from [Orrel Filmworks|O], [Anna Berg Prize|X] and [Tarnby Awards|X]."_s
            << u"Orrel Filmworks(other)=Orrel Filmworks; Anna Berg Prize(other)=Anna Berg Prize; "
               u"Tarnby Awards(other)=Tarnby Awards"_s;
        QTest::newRow("no name becomes a person")
            << u"Shares of [Velmar|O] and [Anna Berg|P] rose."_s
            << u"Velmar(organization)=Velmar; Anna Berg(person)=Anna Berg"_s;
    }

    void agree()
    {
        QFETCH(QString, marked);
        QFETCH(QString, expected);
        const MarkedText m = parseMarked(marked);
        QCOMPARE(describe(m.text, EntityGrouper::group(m.text, m.mentions)), expected);
    }
};

QTEST_APPLESS_MAIN(TestListTypes)
#include "tst_listtypes.moc"

// Tests for BylineFinder: which lines are bylines or wire credits, and what each name in them is. Every row is one
// article; its lines are paragraphs, and the tagger's mentions are marked inline ("[Tom Roe|P]").
#include "OutlineFixture.h"
#include "entities/BylineFinder.h"

#include <QTest>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

class TestBylineFinder final : public QObject
{
    Q_OBJECT

    // Small lists of our own, so the rows do not depend on the shipped ones.
    const TypeCues m_cues = TypeCues::fromLists("Dr\nPresident\nMayor\n", "Press\nNews\nTimes\nPost\nGroup\n");

private slots:
    void find_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("expected");

        // Bylines.
        QTest::newRow("name and outlet after the headline")
            << u"Delta Towns Brace for Floods\nBy Marta Okonkwo, Lede sample article — an original text\nRain fell."_s
            << u"Marta Okonkwo=person; Lede=organization"_s;
        QTest::newRow("the tagger's place in the outlet is overridden")
            << u"By Marta Okonkwo, [Lede|L] sample article\nRain fell."_s << u"Marta Okonkwo=person; Lede=organization"_s;
        QTest::newRow("two authors and a 'The' outlet")
            << u"By Ann Lee and Tom Roe, The Harbour Courier"_s
            << u"Ann Lee=person; Tom Roe=person; The Harbour Courier=organization"_s;
        QTest::newRow("a 'The' outlet after one author, whatever the tagger says")
            << u"By Ann Lee, The [Harbour Courier|P]"_s << u"Ann Lee=person; The Harbour Courier=organization"_s;
        QTest::newRow("pipe before the outlet") << u"By Ann Lee | Harbour Courier"_s
                                                << u"Ann Lee=person; Harbour Courier=organization"_s;
        QTest::newRow("outlet with an organisation word") << u"By Ann Lee, Halden Press Group"_s
                                                          << u"Ann Lee=person; Halden Press Group=organization"_s;
        QTest::newRow("name alone") << u"By Ann Lee"_s << u"Ann Lee=person"_s;
        QTest::newRow("name alone with a full stop") << u"By Ann Lee."_s << u"Ann Lee=person"_s;
        QTest::newRow("all capitals") << u"BY KIMI ADEYEMI"_s << u"KIMI ADEYEMI=person"_s;
        QTest::newRow("three authors, serial comma") << u"By Ann Lee, Tom Roe, and Eve Sun"_s
                                                     << u"Ann Lee=person; Tom Roe=person; Eve Sun=person"_s;
        QTest::newRow("three authors, no serial comma") << u"By Ann Lee, Tom Roe and Eve Sun"_s
                                                        << u"Ann Lee=person; Tom Roe=person; Eve Sun=person"_s;
        QTest::newRow("four authors") << u"By Ann Lee, Tom Roe, Eve Sun and Max Poe"_s
                                      << u"Ann Lee=person; Tom Roe=person; Eve Sun=person; Max Poe=person"_s;
        QTest::newRow("a second author the tagger calls a person")
            << u"By Ann Lee, [Tom Roe|P]"_s << u"Ann Lee=person; Tom Roe=person"_s;
        QTest::newRow("after two authors joined by 'and', an outlet, whatever the tagger says")
            << u"By Ann Lee and Tom Roe, [Harbour Courier|P]"_s
            << u"Ann Lee=person; Tom Roe=person; Harbour Courier=organization"_s;
        QTest::newRow("after a pipe, an outlet, whatever the tagger says")
            << u"By Ann Lee | The [Lakeshore Ledger|P]"_s << u"Ann Lee=person; The Lakeshore Ledger=organization"_s;
        QTest::newRow("a two-word outlet the tagger does not call a person")
            << u"By Ann Lee, Harbour Courier"_s << u"Ann Lee=person; Harbour Courier=organization"_s;
        QTest::newRow("particle and hyphen in the name") << u"By Ana de Souza-Lima"_s << u"Ana de Souza-Lima=person"_s;
        QTest::newRow("initial") << u"By J. Ann Lee, Halden Courier"_s
                                 << u"J. Ann Lee=person; Halden Courier=organization"_s;
        QTest::newRow("title before the name stays out") << u"By Dr Ann Lee"_s << u"Ann Lee=person"_s;
        QTest::newRow("job title is no outlet") << u"By Ann Lee, Staff Writer"_s << u"Ann Lee=person"_s;
        QTest::newRow("beat is no outlet") << u"By Ann Lee, Halden correspondent"_s << u"Ann Lee=person"_s;
        QTest::newRow("lower-case job after the outlet: no outlet") << u"By Ann Lee, Courier staff"_s
                                                                    << u"Ann Lee=person"_s;
        QTest::newRow("a date after the name") << u"By Ann Lee, March 3, 2025"_s << u"Ann Lee=person"_s;
        QTest::newRow("a time stamp after a middle dot") << u"By Ann Lee \u00B7 Updated 9:40 a.m."_s
                                                         << u"Ann Lee=person"_s;
        QTest::newRow("outlet, then a date") << u"By Ann Lee, Harbour Courier, March 3, 2025"_s
                                             << u"Ann Lee=person; Harbour Courier=organization"_s;
        QTest::newRow("reading time") << u"By Ann Lee | 5 min read"_s << u"Ann Lee=person"_s;
        QTest::newRow("fifth paragraph still near the start")
            << u"Headline Here\nA standfirst line.\nMarch 3, 2025\nPhotographs inside.\nBy Ann Lee"_s
            << u"Ann Lee=person"_s;

        // Not bylines.
        QTest::newRow("too far down") << u"One.\nTwo.\nThree.\nFour.\nFive.\nBy Ann Lee"_s << QString();
        QTest::newRow("not the start of its paragraph") << u"Rain fell. By Ann Lee"_s << QString();
        QTest::newRow("a sentence that starts with By") << u"By Tuesday Morning, markets had calmed."_s << QString();
        QTest::newRow("by the time") << u"By the time the polls closed, turnout was high."_s << QString();
        QTest::newRow("lower case after the name") << u"By Ann Lee, who wrote it, the story spread."_s << QString();
        QTest::newRow("a name and a verb") << u"By Ann Lee standards it was slow."_s << QString();
        QTest::newRow("five capitalised words") << u"By Ann Lee Tom Roe Eve"_s << QString();
        QTest::newRow("one word is no name") << u"By Reuters"_s << QString();
        QTest::newRow("more names after the outlet") << u"By Ann Lee, Halden Courier, Lisbon Bureau Office"_s
                                                     << QString();
        QTest::newRow("an organisation word is no name") << u"By The Press Group"_s << QString();
        QTest::newRow("'and' must lead to a name") << u"By Ann Lee and friends"_s << QString();

        // Wire credits.
        QTest::newRow("reporting and editing")
            << u"Rain fell.\n(Reporting by Ann Lee in Nairobi and Tom Roe; Editing by Eve Sun)"_s
            << u"Ann Lee=person; Nairobi=place; Tom Roe=person; Eve Sun=person"_s;
        QTest::newRow("two places after one name")
            << u"Reporting by Ann Lee in New Delhi and Mumbai; writing by Tom Roe."_s
            << u"Ann Lee=person; New Delhi=place; Mumbai=place; Tom Roe=person"_s;
        QTest::newRow("additional reporting")
            << u"Additional reporting by Ann Lee and Tom Roe; Editing by Eve Sun"_s
            << u"Ann Lee=person; Tom Roe=person; Eve Sun=person"_s;
        QTest::newRow("a credit inside a sentence is none") << u"Reporting by Ann Lee was praised by critics."_s
                                                            << QString();
        QTest::newRow("a credit with a one-word name is none") << u"(Reporting by Lee; Editing by Eve Sun)"_s
                                                               << QString();
    }

    void find()
    {
        QFETCH(QString, article);
        QFETCH(QString, expected);
        const OutlineFixture f(article);
        QCOMPARE(f.describe(BylineFinder::find(*f.outline, f.marked.mentions, m_cues)), expected);
    }

    void find_kinds()
    {
        const OutlineFixture f(u"By Ann Lee, Halden Courier\nRain fell.\n(Reporting by Tom Roe in Lisbon)"_s);
        const std::vector<StructuralName> names = BylineFinder::find(*f.outline, f.marked.mentions, m_cues);
        QCOMPARE(names.size(), size_t(4));
        QCOMPARE(names[0].kind, StructureKind::BylineAuthor);
        QCOMPARE(names[1].kind, StructureKind::BylineOutlet);
        QCOMPARE(names[2].kind, StructureKind::CreditName);
        QCOMPARE(names[3].kind, StructureKind::CreditPlace);
    }

    void find_emojiBeforeTheByline_keepsUtf16Offsets()
    {
        const OutlineFixture f(u"\U0001F30A Floods Return\nBy Ann Lee"_s);
        const std::vector<StructuralName> names = BylineFinder::find(*f.outline, f.marked.mentions, m_cues);
        QCOMPARE(names.size(), size_t(1));
        QCOMPARE(names[0].range.start, 20); // the wave is two UTF-16 units, the line 14 more and its end one
        QCOMPARE(f.textOf(names[0].range), u"Ann Lee"_s);
    }
};

QTEST_APPLESS_MAIN(TestBylineFinder)
#include "tst_bylinefinder.moc"

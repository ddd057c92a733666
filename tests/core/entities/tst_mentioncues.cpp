// Tests for MentionCues through EntityGrouper: the type vote of the words around a name's mentions ("Shares in X",
// "X, the bakery chain", "X said its", "Mr X", "X, 45,"). Each row is an invented text with the tagger's mentions
// marked inline; the shipped cue lists (person titles, first names) are read from the build's data folder.
#include "EntityTestHelpers.h"
#include "entities/EntityGrouper.h"

#include <QTest>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

class TestMentionCues final : public QObject
{
    Q_OBJECT

private slots:
    void revote_data()
    {
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QString>("expected");

        // An organisation's words turn a one-word "person" into an organisation.
        QTest::newRow("shares in X")
            << u"[Tolvane|P] had a good year. Shares in [Tolvane|P] rose 4 per cent."_s
            << u"Tolvane(organization)=Tolvane|Tolvane"_s;
        QTest::newRow("an appositive headed by a company noun")
            << u"[Brisket|P], the sandwich chain founded in Hull, will open ten shops. [Brisket|P] did not say where."_s
            << u"Brisket(organization)=Brisket|Brisket"_s;
        QTest::newRow("a company noun before the name")
            << u"The battery maker [Vostrel|P] delayed its plant."_s << u"Vostrel(organization)=Vostrel"_s;
        QTest::newRow("X's chief executive")
            << u"[Vostrel|P]'s chief executive, [Anna Berg|P], said the line would wait."_s
            << u"Vostrel(organization)=Vostrel; Anna Berg(person)=Anna Berg"_s;
        QTest::newRow("an appositive read through the names inside it")
            << u"[Kestrin|P], the [Leeds-based|X] insurer, raised prices."_s
            << u"Kestrin(organization)=Kestrin; Leeds-based(other)=Leeds-based"_s;
        QTest::newRow("a name of two words that is no person's full name")
            << u"[Orla Kestrin|P], a start-up in Hull, raised money."_s
            << u"Orla Kestrin(organization)=Orla Kestrin"_s;
        QTest::newRow("X, whose shares")
            << u"Rivals include [Brisket|X], whose travel arm runs 300 shops."_s << u"Brisket(organization)=Brisket"_s;
        QTest::newRow("an outlet's noun before the name")
            << u"The figure was reported by the [Dutch|X] daily [Het Kestelblad|P]."_s
            << u"Dutch(other)=Dutch; Het Kestelblad(organization)=Het Kestelblad"_s;
        QTest::newRow("an outlet's noun heading an appositive")
            << u"[Kestelbode|P], a regional newspaper, broke the story."_s
            << u"Kestelbode(organization)=Kestelbode"_s;
        QTest::newRow("the trio X") << u"The album by the trio [Curragh|X] won."_s << u"Curragh(organization)=Curragh"_s;
        QTest::newRow("the X group") << u"It is the cloud arm of the [Tolvane|X] group."_s
                                     << u"Tolvane(organization)=Tolvane"_s;
        QTest::newRow("but not an adjective's group")
            << u"The militant [Tolvanite|X] group struck."_s << u"Tolvanite(other)=Tolvanite"_s;
        QTest::newRow("a short name beside an organisation that ends with it")
            << u"[Walt Tolvane Co.|O] will close the app. [Tolvane|P] said the change would cut costs. Shares of "
               u"[Tolvane|P] rose."_s
            << u"Walt Tolvane Co.(organization)=Walt Tolvane Co.; Tolvane(organization)=Tolvane|Tolvane"_s;

        // Any person cue keeps the person.
        QTest::newRow("an age") << u"[Tolvane|P], 45, sold his shares. Shares in [Tolvane|P] fell."_s
                                << u"Tolvane(person)=Tolvane|Tolvane"_s;
        QTest::newRow("a title") << u"Mr [Tolvane|P] left. Shares in [Tolvane|P] fell."_s
                                 << u"Tolvane(person)=Tolvane|Tolvane"_s;
        QTest::newRow("he after the name")
            << u"[Zerah|P] took the rod and lifted his hand. The company [Zerah|P] rose."_s
            << u"Zerah(person)=Zerah|Zerah"_s;
        QTest::newRow("an appositive naming a person")
            << u"[Tolvane|P], a bank manager in Hull, said shares in [Tolvane|P] were a joke."_s
            << u"Tolvane(person)=Tolvane|Tolvane"_s;
        QTest::newRow("the firm's founder is a person")
            << u"[Brisket|P], the firm's founder, left. Shares in [Brisket|P] fell."_s
            << u"Brisket(person)=Brisket|Brisket"_s;
        QTest::newRow("a person's full name, first name first")
            << u"[Ada Marr|P] founded a bakery. Shares in [Marr|P] rose."_s << u"Ada Marr(person)=Ada Marr|Marr"_s;
        QTest::newRow("a trade before a name is a person's")
            << u"\"Prices will rise,\" said broker [Shakil Tolvane|P]."_s
            << u"Shakil Tolvane(person)=Shakil Tolvane"_s;
        QTest::newRow("but the broker with an article is a firm")
            << u"An analyst at the broker [Shakil Tolvane|P] agreed."_s
            << u"Shakil Tolvane(organization)=Shakil Tolvane"_s;

        // How many cues it takes.
        QTest::newRow("it after said: a person no more")
            << u"[Tolvane|P] said it would wait."_s << u"Tolvane(organization)=Tolvane"_s;
        QTest::newRow("its as the first pronoun")
            << u"[Tolvane|P] will be folded into [Brisk|O]'s app. [Tolvane|P] built its audience on comedy."_s
            << u"Tolvane(organization)=Tolvane|Tolvane; Brisk(organization)=Brisk"_s;
        QTest::newRow("but not it as an object")
            << u"[Tolvane|P] read it aloud."_s << u"Tolvane(person)=Tolvane"_s;
        QTest::newRow("nor it far after the name")
            << u"[Tolvane|P] argued for years that the plan would fail as it did before."_s
            << u"Tolvane(person)=Tolvane"_s;
        QTest::newRow("nor its after a first name") << u"[Wren|P] sold its shares."_s << u"Wren(person)=Wren"_s;
        QTest::newRow("nor its after a handle") << u"@[Tolvane|P] its so good"_s << u"Tolvane(person)=Tolvane"_s;
        QTest::newRow("nor with a person cue elsewhere")
            << u"[Tolvane|P] built its audience. Mr [Tolvane|P] smiled."_s << u"Tolvane(person)=Tolvane|Tolvane"_s;
        QTest::newRow("a first name needs two")
            << u"Shares in [Wren|P] rose."_s << u"Wren(person)=Wren"_s;
        QTest::newRow("and has them")
            << u"Shares in [Wren|P] rose. [Wren|P]'s board met."_s << u"Wren(organization)=Wren|Wren"_s;
        QTest::newRow("a place needs two")
            << u"Shares in [Norland|L] rose."_s << u"Norland(place)=Norland"_s;
        QTest::newRow("an appositive is two")
            << u"[Norland|L], the Oslo freight forwarder, raised prices."_s << u"Norland(organization)=Norland"_s;
        QTest::newRow("for a first name too")
            << u"[Wren|P], a start-up in Leeds, hired staff."_s << u"Wren(organization)=Wren"_s;
        QTest::newRow("an adjective keeps its type")
            << u"Shares of [Norland-registered|X] packaging company [Cofan|O] fell."_s
            << u"Norland-registered(other)=Norland-registered; Cofan(organization)=Cofan"_s;
        QTest::newRow("a bank manager is no bank")
            << u"[Tolvane|P], a bank manager, smiled."_s << u"Tolvane(person)=Tolvane"_s;

        // A product's words make it "other".
        QTest::newRow("the X telescope")
            << u"Astronomers using the [Halvor|P] telescope found dwarf galaxies. [Halvor|P], which was launched in "
               u"2023, maps the sky."_s
            << u"Halvor(other)=Halvor|Halvor"_s;
    }

    void revote()
    {
        QFETCH(QString, marked);
        QFETCH(QString, expected);
        const MarkedText m = parseMarked(marked);
        QCOMPARE(describe(m.text, EntityGrouper::group(m.text, m.mentions)), expected);
    }
};

QTEST_APPLESS_MAIN(TestMentionCues)
#include "tst_mentioncues.moc"

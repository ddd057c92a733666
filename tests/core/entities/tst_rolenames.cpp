// Tests for NameEdges rules 11 and 12 (RoleNames.h; NameEdges.h): a role and "of" the tagger took into a name
// ("Fellow of the Orrel Society" -> "Orrel Society"), and a year left at a name's edge once its lower-case head went
// ("2031 South Korea general election" -> "South Korea"). Each row is a text with the tagger's mentions marked
// inline ("[Fellow of the Orrel Society|X]", EntityTestHelpers.h) and the mentions that come out, in text order.
#include "EntityTestHelpers.h"
#include "entities/NameEdges.h"
#include "entities/PlaceGazetteer.h"
#include "text/Segmenter.h"

#include <QTest>

#include <filesystem>
#include <memory>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

namespace {

const std::filesystem::path kData = LEDE_TEST_DATA_DIR "/entities";

const TypeCues &cues()
{
    static const TypeCues c = TypeCues::fromLists("President\nProfessor\n", "");
    return c;
}

} // namespace

class TestRoleNames final : public QObject
{
    Q_OBJECT

    std::shared_ptr<const PlaceGazetteer> m_places;

private slots:
    void initTestCase()
    {
        auto loaded = PlaceGazetteer::load(kData / "places.tsv", kData / "iso_3166-1.json");
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().detail.c_str());
        m_places = loaded.value();
    }

    void trim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        // Rule 11: a role and "of" leave the name; a person or "other" becomes an organisation.
        QTest::newRow("a fellowship") << u"She was elected [Fellow of the Orrel Society of Tamsk|X] in 2031."_s
                                      << u"Orrel Society of Tamsk=organization"_s;
        QTest::newRow("a president typed as a person")
            << u"He served as [President of the Velder Ecology Association|P]."_s
            << u"Velder Ecology Association=organization"_s;
        QTest::newRow("capitalised words before the role, and an event stays other")
            << u"She was [Program Chair of Harsk Vision Conference 2031|X]."_s
            << u"Harsk Vision Conference 2031=other"_s;
        QTest::newRow("two roles in a row")
            << u"She joined the [Board of Directors of the Tarn Studies Society|O] in May."_s
            << u"Tarn Studies Society=organization"_s;
        QTest::newRow("the name's own type elsewhere wins")
            << u"[Member of the Orrel Trust|X] since 2030; the [Orrel Trust|O] thanked her."_s
            << u"Orrel Trust=organization; Orrel Trust=organization"_s;
        QTest::newRow("a one-word rest only when tagged on its own elsewhere")
            << u"[Member of Parliament|X] for [Chancellor of Velder|P]; later [Velder|L] voted."_s
            << u"Member of Parliament=other; Velder=place; Velder=place"_s;

        // Rule 11: nothing changes.
        QTest::newRow("a role word inside a name, not before of")
            << u"The [Velder Fellowship Trust|O] and the [Board Room Tavern|L] opened."_s
            << u"Velder Fellowship Trust=organization; Board Room Tavern=place"_s;
        QTest::newRow("no role word before of")
            << u"The [University of Tamsk|O] and the [Friends of the Orrel Valley|O] met."_s
            << u"University of Tamsk=organization; Friends of the Orrel Valley=organization"_s;
        QTest::newRow("a board is a body's own name, a role before its members' role")
            << u"The [Board of Control for Tarn Cricket|O] met the [Board of Governors of the Velder Reserve|O]."_s
            << u"Board of Control for Tarn Cricket=organization; Velder Reserve=organization"_s;
        QTest::newRow("a person's mention that may run on into the person's name")
            << u"Then [President of the Orrel Republic Anna Berg|P] spoke."_s
            << u"President of the Orrel Republic Anna Berg=person"_s;
        QTest::newRow("a lower-case rest after the role")
            << u"[President of the board|P] spoke."_s << u"President=person"_s;
        QTest::newRow("a capitalised word that is no role before it and not at the start")
            << u"He met [Harsk Fellow|P] of the club."_s << u"Harsk Fellow=person"_s;

        // Rule 12: a year left at the edge when the lower-case head went; a known place is a place.
        QTest::newRow("a country's election")
            << u"He lost the [2031 South Korea general election|X] badly."_s << u"South Korea=place"_s;
        QTest::newRow("an adjective stays other")
            << u"He won the [2030 Velderian federal election|X]."_s << u"Velderian=other"_s;
        QTest::newRow("a movement named after a year's place")
            << u"The [1979 Tarnow Wall movement|O] grew."_s << u"Tarnow Wall=organization"_s;
        QTest::newRow("the same name's type elsewhere wins")
            << u"The [2031 Velder Union general election|X] and the [Velder Union|L] itself."_s
            << u"Velder Union=place; Velder Union=place"_s;
        QTest::newRow("a town the gazetteer knows is no country")
            << u"The [1992 Springfield mayoral campaign|X] ended."_s << u"Springfield=other"_s;
        // Rule 12: nothing changes.
        QTest::newRow("no lower-case head went") << u"At the [2031 Summer Games|X] in [Paris|L]."_s
                                                 << u"2031 Summer Games=other; Paris=place"_s;
        QTest::newRow("not a year") << u"The [125 Velder Street office|L] closed."_s << u"125 Velder Street=place"_s;
    }

    void trim()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const MarkedText marked = parseMarked(text);
        const Segmentation seg = Segmenter::segment(marked.text);
        QCOMPARE(describeMentions(marked, NameEdges::trim(marked.text, seg, marked.mentions, cues(), m_places.get())),
                 expected);
    }

    void trim_withoutGazetteer_keepsTheType()
    {
        const MarkedText marked = parseMarked(u"He lost the [2031 South Korea general election|X] badly."_s);
        const Segmentation seg = Segmenter::segment(marked.text);
        QCOMPARE(describeMentions(marked, NameEdges::trim(marked.text, seg, marked.mentions, cues())),
                 u"South Korea=other"_s);
    }
};

QTEST_APPLESS_MAIN(TestRoleNames)
#include "tst_rolenames.moc"

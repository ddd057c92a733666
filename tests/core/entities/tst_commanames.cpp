// Tests for NameEdges rule 13 (CommaNames.h): two organisations the tagger ran together over a comma split apart. Each row
// is a text with the tagger's mentions marked inline ("[Orrel Front , Velder Union|O]", EntityTestHelpers.h) and
// the mentions that come out, in text order.
#include "EntityTestHelpers.h"
#include "entities/NameEdges.h"
#include "text/Segmenter.h"

#include <QTest>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

class TestCommaNames final : public QObject
{
    Q_OBJECT

private slots:
    void trim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        // Split: organisations and places.
        QTest::newRow("two parties") << u"The seats went to [Orrel Front, Velder National Union|O] and others."_s
                                     << u"Orrel Front=organization; Velder National Union=organization"_s;
        QTest::newRow("three journals, written apart")
            << u"She edited [Tarnby , Orvik , Quillet|O] for years."_s
            << u"Tarnby=organization; Orvik=organization; Quillet=organization"_s;
        QTest::newRow("each part is then typed by its own words")
            << u"It joined [Orrel Society, Tamsk Institute|O] later."_s
            << u"Orrel Society=organization; Tamsk Institute=organization"_s;

        // Whole.
        QTest::newRow("a legal form after the comma")
            << u"[Velmar, Inc.|O] and [Quillet , Ltd|O] and [Tarnby, Inc . Labs|O] grew."_s
            << u"Velmar, Inc.=organization; Quillet , Ltd=organization; Tarnby, Inc . Labs=organization"_s;
        QTest::newRow("a generation, a numeral or an initial")
            << u"[Orvik Holdings, Jr.|O], [Tarnby Lodge, III|L] and [Harsk, M .|O] met."_s
            << u"Orvik Holdings, Jr.=organization; Tarnby Lodge, III=place; Harsk, M .=organization"_s;
        QTest::newRow("a list inside a name")
            << u"The [Society of Singers, Players, and Writers|O] met."_s
            << u"Society of Singers, Players, and Writers=organization"_s;
        QTest::newRow("a place and its region stay one")
            << u"He was born in [Harlby, Velmora|L] in 1901."_s << u"Harlby, Velmora=place"_s;
        QTest::newRow("a body named by its own words, then its campus")
            << u"She taught at the [University of Tamsk, Harlby|O] and [Orrel, A Workers' Lobby|O]."_s
            << u"University of Tamsk, Harlby=organization; Orrel, A Workers' Lobby=organization"_s;
        QTest::newRow("a list of its own inside the name")
            << u"[Harsk, Orvik & Co|O], the [Bureau of Tarns, Fens and Moors|O] and [TARN / VELDER, HARSK|O] agreed."_s
            << u"Harsk, Orvik & Co=organization; Bureau of Tarns, Fens and Moors=organization; "
               u"TARN / VELDER, HARSK=organization"_s;
        QTest::newRow("a person and a title stay whole")
            << u"See [Harsk, Anna|P] and [Knowing Her, Knowing You|X]."_s
            << u"Harsk, Anna=person; Knowing Her, Knowing You=other"_s;
        QTest::newRow("an abbreviation with periods") << u"They flew to [Velmora, D.C.|L] at dawn."_s
                                                      << u"Velmora, D.C.=place"_s;
    }

    void trim()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const MarkedText marked = parseMarked(text);
        const Segmentation seg = Segmenter::segment(marked.text);
        const TypeCues cues = TypeCues::fromLists("", "");
        QCOMPARE(describeMentions(marked, NameEdges::trim(marked.text, seg, marked.mentions, cues)), expected);
    }
};

QTEST_APPLESS_MAIN(TestCommaNames)
#include "tst_commanames.moc"

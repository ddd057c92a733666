// Tests for NameEdges: the words a tagged name picked up at its edges that belong to no name. Each row is a text
// with the tagger's mentions marked inline ("[Ezra the scribe|P]", EntityTestHelpers.h) and the mentions that
// come out, in text order.
#include "EntityTestHelpers.h"
#include "entities/NameEdges.h"
#include "text/Segmenter.h"

#include <QTest>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

namespace {

// The titles the rows use, so the test does not depend on the shipped list.
const TypeCues &cues()
{
    static const TypeCues c = TypeCues::fromLists("President\nPrime\nMinister\nLieutenant\nColonel\nKing\n", "");
    return c;
}

} // namespace

class TestNameEdges final : public QObject
{
    Q_OBJECT

private slots:
    void trim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        // 1. Lower-case words at the edges.
        QTest::newRow("a trailing verb goes") << u"Then [Mara wept|P] at the gate."_s << u"Mara=person"_s;
        QTest::newRow("a trailing apposition goes") << u"Then [Ezra the scribe|P] read aloud."_s << u"Ezra=person"_s;
        QTest::newRow("a possessive the tagger marked stays") << u"Rain stopped play at [Lord's|L] today."_s
                                                             << u"Lord's=place"_s;
        QTest::newRow("written apart too") << u"Shares in [Harlby 's|O] fell."_s << u"Harlby 's=organization"_s;
        QTest::newRow("a leading article goes")
            << u"She sold [the Halden Ferry Board|O] shares."_s << u"Halden Ferry Board=organization"_s;
        QTest::newRow("small words inside a name stay")
            << u"Rates rose at the [Bank of Halden|O] today."_s << u"Bank of Halden=organization"_s;
        QTest::newRow("a leading particle stays") << u"They quoted [de Vries|P] twice."_s << u"de Vries=person"_s;
        QTest::newRow("a trailing particle goes") << u"They quoted [Vries de|P] twice."_s << u"Vries=person"_s;
        QTest::newRow("inner capitals are no lower case")
            << u"The [iPhone|X] sold well, and [eBay|O] too."_s << u"iPhone=other; eBay=organization"_s;
        QTest::newRow("digits are no lower case") << u"They bought [3com|O] stock."_s << u"3com=organization"_s;
        QTest::newRow("a script without case stays") << u"She flew to [東京|L] today."_s << u"東京=place"_s;

        // A name wholly in lower case: kept when the text writes it so, dropped when the tagger caught a common word.
        QTest::newRow("a lone common word goes")
            << u"The field and [thereof|X] the fruit thereof, and the seed thereof."_s << QString();
        QTest::newRow("a name the text always writes in lower case stays")
            << u"we flew to [iraq|L] and then [iraq|L] again, and [baghdad|L] too"_s
            << u"iraq=place; iraq=place; baghdad=place"_s;

        // 2. A sentence's capitalised first word before a name.
        QTest::newRow("a common first word goes")
            << u"[Verily Ezra|P] spoke to them. Then [Ezra|P] left, verily in haste."_s
            << u"Ezra=person; Ezra=person"_s;
        QTest::newRow("not when the rest is named nowhere else")
            << u"[Verily Ezra|P] spoke to them, verily in haste."_s << u"Verily Ezra=person"_s;
        QTest::newRow("not when the text never writes it in lower case")
            << u"[Verily Ezra|P] spoke to them. Then [Ezra|P] left."_s << u"Verily Ezra=person; Ezra=person"_s;
        QTest::newRow("not when the text capitalises it inside sentences")
            << u"[North Halden|L] voted. Then [Halden|L] and [North Halden|L] met, north of the dam."_s
            << u"North Halden=place; Halden=place; North Halden=place"_s;
        QTest::newRow("not inside a sentence")
            << u"Then [Verily Ezra|P] spoke. [Ezra|P] left, verily in haste."_s << u"Verily Ezra=person; Ezra=person"_s;
        QTest::newRow("not a word in capitals") << u"[HALDEN Ferries|O] sank. [Ferries|O] are run by halden folk."_s
                                                << u"HALDEN Ferries=organization; Ferries=organization"_s;
        QTest::newRow("a clause's first word after a comma")
            << u"They cried, [Hearken Ezra|P] is come. [Ezra|P] bade them hearken."_s << u"Ezra=person; Ezra=person"_s;
        QTest::newRow("not a capitalised word inside a clause")
            << u"They cried [Hearken Ezra|P] twice. [Ezra|P] bade them hearken."_s
            << u"Hearken Ezra=person; Ezra=person"_s;

        // 3. A one-word mention that is a common word opening a sentence or clause.
        QTest::newRow("a lone common first word goes")
            << u"[Lo|P], the ships came. [Mara|P] looked, and lo, they sailed."_s << u"Mara=person"_s;
        QTest::newRow("after a comma too")
            << u"Then she said, [Lo|P], the ships. [Mara|P] looked, and lo, they sailed."_s << u"Mara=person"_s;
        QTest::newRow("not a word a name holds inside a sentence")
            << u"[May|P] spoke. Then [Theresa May|P] said she may go, may stay, may wait or may not."_s
            << u"May=person; Theresa May=person"_s;
        QTest::newRow("a stray capital inside a sentence does not save many openings")
            << u"[Lo|X], a ship. [Lo|X], a sail. [Lo|X], a mast. [Lo|X], a deck. [Lo|X], a rope. Then they sailed, "
               u"and lo, and lo, and lo, and lo, and lo, and lo, and lo, and lo, and lo, and lo, and lo, and lo, "
               u"and lo, and lo, and lo, and lo, and lo, and lo, and lo, and lo, and lo, and lo, and lo, and lo, "
               u"and lo, and lo, and lo, and lo, and lo, and lo, until [Lo Mara|P] sang."_s
            << u"Lo Mara=person"_s;
        QTest::newRow("not a word the text never writes in lower case")
            << u"[Mara|P] spoke. Then [Mara|P] left."_s << u"Mara=person; Mara=person"_s;

        // 4. The interjection O.
        QTest::newRow("the vocative O leaves the name")
            << u"Hear us, [O Ezra|P], and [O|P] hear us. [Ezra|P] came."_s << u"Ezra=person; Ezra=person"_s;
        QTest::newRow("a name that only starts with O stays")
            << u"They met [Olu Ezra|P] and [O'Hara|P]."_s << u"Olu Ezra=person; O'Hara=person"_s;

        // 5. A lower-case word inside that names do not hold.
        QTest::newRow("a verb between two names splits them")
            << u"Then [Mara blessed Ezra|P] twice. [Mara|P] smiled and [Ezra|P] bowed."_s
            << u"Mara=person; Ezra=person; Mara=person; Ezra=person"_s;
        QTest::newRow("not when a side is named nowhere else")
            << u"Then [Mara blessed Ezra|P] twice. [Mara|P] smiled."_s << u"Mara blessed Ezra=person; Mara=person"_s;
        QTest::newRow("not the small words of names")
            << u"The [Bank of Halden|O] and [Halden|L] and [Bank|O] met [Ezra thy Guide|P], [Ezra|P], [Guide|P]."_s
            << u"Bank of Halden=organization; Halden=place; Bank=organization; Ezra thy Guide=person; Ezra=person; "
               u"Guide=person"_s;

        // 6. A person's leading titles.
        QTest::newRow("a title leaves a person's name")
            << u"Then [President Mara Okafor|P] and [Lieutenant-Colonel Ezra Vance|P] spoke."_s
            << u"Mara Okafor=person; Ezra Vance=person"_s;
        QTest::newRow("titles one after another")
            << u"Later [Prime Minister Mara Okafor|P] spoke."_s << u"Mara Okafor=person"_s;
        QTest::newRow("a royal style goes when the text names the person without it")
            << u"Later [King Ezra Vance|P] rode. [Vance|P] spoke."_s << u"Ezra Vance=person; Vance=person"_s;
        QTest::newRow("a royal style the text always writes stays")
            << u"Later [King Ezra Vance|P] rode."_s << u"King Ezra Vance=person"_s;
        QTest::newRow("not from an organisation") << u"Later [King Ferries|O] sailed."_s << u"King Ferries=organization"_s;
        QTest::newRow("not before a lower-case word")
            << u"Later [King of Halden|P] rode."_s << u"King of Halden=person"_s;
        QTest::newRow("a title alone stays") << u"Later the [King|P] rode."_s << u"King=person"_s;

        // 7. Names joined by "&".
        QTest::newRow("a person and a place joined by & are one firm")
            << u"Shares of [Vance|P] & [Halvik|L] rose."_s << u"Vance & Halvik=organization"_s;
        QTest::newRow("an organisation joined by & to another name")
            << u"Shares of [Vance|O] &[Halvik|P] rose."_s << u"Vance &Halvik=organization"_s;
        QTest::newRow("two people stay two") << u"Then [Jay|P] & [Trish|P] came."_s << u"Jay=person; Trish=person"_s;
        QTest::newRow("two places stay two")
            << u"Rain fell on [Halvik|L] & [Norvania|L]."_s << u"Halvik=place; Norvania=place"_s;
        QTest::newRow("not names of several words")
            << u"Then [Ann Vance|P] & [Halvik|L] came."_s << u"Ann Vance=person; Halvik=place"_s;
        QTest::newRow("not with more than & between")
            << u"Shares of [Vance|P] & co [Halvik|L] rose."_s << u"Vance=person; Halvik=place"_s;

        // 8. Organisations (OrganisationNames.h). Rule 1: a place or an adjective and an organisation are one.
        QTest::newRow("a place before a council is the council's name")
            << u"The [Tarnby Falls|L] [City Council|O] voted."_s << u"Tarnby Falls City Council=organization"_s;
        QTest::newRow("an adjective before a guard")
            << u"The [Norvish|X] [Border Guard|O] said so."_s << u"Norvish Border Guard=organization"_s;
        QTest::newRow("not a ministry, which the corpora keep apart")
            << u"The [Norvish|X] [Interior Ministry|O] said so."_s << u"Norvish=other; Interior Ministry=organization"_s;
        QTest::newRow("not across a comma")
            << u"In [Tarnby|L], [City Council|O] voted."_s << u"Tarnby=place; City Council=organization"_s;
        QTest::newRow("not before an organisation without a decisive word")
            << u"The [Tarnby|L] [Ferry Lines|O] sailed."_s << u"Tarnby=place; Ferry Lines=organization"_s;
        // Rule 2: Gulf/Bay/Sea/... of a place.
        QTest::newRow("Gulf of a place is one place")
            << u"Ships in the [Gulf|L] of [Varnland|L] slowed."_s << u"Gulf of Varnland=place"_s;
        QTest::newRow("not any name before of")
            << u"Then [Ezra|P] of [Varnland|L] came."_s << u"Ezra=person; Varnland=place"_s;
        // Rule 3: a legal form after a name.
        QTest::newRow("a legal form the tagger left out joins the name")
            << u"Shares in [Tollard|P] plc and [Brenvik Cells|P] SE rose."_s
            << u"Tollard plc=organization; Brenvik Cells SE=organization"_s;
        QTest::newRow("with up to two capitalised words the tagger left out between")
            << u"Shares in [Brenvik|P] Cells SE and [Tollard|P] Fine Foods plc rose; [Ezra|P] Met Tarn Holt AG."_s
            << u"Brenvik Cells SE=organization; Tollard Fine Foods plc=organization; Ezra=person"_s;
        QTest::newRow("Co. with its period") << u"The [Walt Pember|P] Co. will pay."_s << u"Walt Pember Co.=organization"_s;
        QTest::newRow("& Co") << u"Brokers at [Ashby Lyle|P] & Co said."_s << u"Ashby Lyle & Co=organization"_s;
        QTest::newRow("not Co alone, a county") << u"Rain in [Prince Edmund|L] Co fell."_s << u"Prince Edmund=place"_s;
        QTest::newRow("an insurer's Re, left out or tagged alone")
            << u"Both [Harlow|L] Re and [Varnish|X] [Re|O] paid."_s << u"Harlow Re=organization; Varnish Re=organization"_s;
        QTest::newRow("not a reply's Re:") << u"From [Ezra|P] Re: lunch"_s << u"Ezra=person"_s;
        // Rule 4: an organisation's decisive words.
        QTest::newRow("a school, shipyards, an institute and a navy are organisations")
            << u"[Lindqvale Elementary School|L], [Marrowby Shipyards|P], [Orsen Institutet|L], [Republic of Tarn Navy|L]."_s
            << u"Lindqvale Elementary School=organization; Marrowby Shipyards=organization; "
               u"Orsen Institutet=organization; Republic of Tarn Navy=organization"_s;
        QTest::newRow("a first word before of or de")
            << u"At the [Instituto de Física de Olmara|L] and the [University of Tarnby|L]."_s
            << u"Instituto de Física de Olmara=organization; University of Tarnby=organization"_s;
        QTest::newRow("not words that head places or prizes as often")
            << u"At [Tarnby Space Center|L], the [West Bank|L] and the [Council of Tarn Prize|X]."_s
            << u"Tarnby Space Center=place; West Bank=place; Council of Tarn Prize=other"_s;
        QTest::newRow("not a one-word name") << u"The [School|L] closed."_s << u"School=place"_s;
        // Rule 8 (HeadWords): a place's or an event's decisive words.
        QTest::newRow("a place's last word")
            << u"Past the [Tarnow Mountains|O], the [Velder Nebula|X] and the [Harsk Dam|P]."_s
            << u"Tarnow Mountains=place; Velder Nebula=place; Harsk Dam=place"_s;
        QTest::newRow("a place's first word before of")
            << u"The [Kingdom of Orrel|O] and the [Province of Tamsk|P]."_s
            << u"Kingdom of Orrel=place; Province of Tamsk=place"_s;
        QTest::newRow("an event's or a prize's last word, or its first word before of")
            << u"The [Tarnby Festival|L], the [Orrel Prize|P], the [Harsk War|L] and the [Battle of Velder|L]."_s
            << u"Tarnby Festival=other; Orrel Prize=other; Harsk War=other; Battle of Velder=other"_s;
        QTest::newRow("not a work's title, a year's event or an organisation's last word after a place's head")
            << u"[The Man from Tarnow Valley|X], [The Velder Heights|X], [1884 United States|X], [Republic of Orrel Navy|L]."_s
            << u"The Man from Tarnow Valley=other; The Velder Heights=other; 1884 United States=other; "
               u"Republic of Orrel Navy=organization"_s;
        // Rule 9 (PlaceCues): a one-word name's place cues.
        QTest::newRow("the port of, the town of, and a name joined to a cued one")
            << u"Barges left the river ports of [Orvik|O] and [Tamsk|P] for the town of [Harlby|O]."_s
            << u"Orvik=place; Tamsk=place; Harlby=place"_s;
        QTest::newRow("an appositive ending in a place word")
            << u"They sailed to [Velmora|P], a small Danube port, and met [Orrin|P], a city council member."_s
            << u"Velmora=place; Orrin=person"_s;
        QTest::newRow("not without the, nor a capitalised place word, nor a longer name")
            << u"He took cities of [Hadrek|P] and the [Port of Velmora Authority|O] and the city of [Orvik|O] Harbour."_s
            << u"Hadrek=person; Port of Velmora Authority=organization; Orvik=organization"_s;
        QTest::newRow("not the last word after of")
            << u"The [Friends of the Tarnow Valley|O] met."_s << u"Friends of the Tarnow Valley=organization"_s;
    }

    void trim()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const MarkedText marked = parseMarked(text);
        const Segmentation seg = Segmenter::segment(marked.text);
        QCOMPARE(describeMentions(marked, NameEdges::trim(marked.text, seg, marked.mentions, cues())), expected);
    }

    void trim_mentionOffTokenEdges_isLeftAlone()
    {
        // A structural or corrected mention need not fall on token edges; the pass never moves one.
        const MarkedText marked = parseMarked(u"Then Ezrathe scribe read."_s);
        const Segmentation seg = Segmenter::segment(marked.text);
        const std::vector<Mention> in = {{{5, 9}, EntityType::Person}}; // "Ezra" inside "Ezrathe"
        const std::vector<Mention> out = NameEdges::trim(marked.text, seg, in, cues());
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(out[0].range.start, 5);
        QCOMPARE(out[0].range.end, 9);
    }
};

QTEST_APPLESS_MAIN(TestNameEdges)
#include "tst_nameedges.moc"

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

QString describe(const MarkedText &marked, const std::vector<Mention> &mentions)
{
    QStringList parts;
    for (const Mention &m : mentions) {
        const auto type = entityTypeName(m.type);
        parts << toQString(std::u16string_view(marked.text)
                               .substr(static_cast<size_t>(m.range.start), static_cast<size_t>(m.range.length())))
                + u'=' + QString::fromLatin1(type.data(), static_cast<qsizetype>(type.size()));
    }
    return parts.join(u"; ");
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
    }

    void trim()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const MarkedText marked = parseMarked(text);
        const Segmentation seg = Segmenter::segment(marked.text);
        QCOMPARE(describe(marked, NameEdges::trim(marked.text, seg, marked.mentions)), expected);
    }

    void trim_mentionOffTokenEdges_isLeftAlone()
    {
        // A structural or corrected mention need not fall on token edges; the pass never moves one.
        const MarkedText marked = parseMarked(u"Then Ezrathe scribe read."_s);
        const Segmentation seg = Segmenter::segment(marked.text);
        const std::vector<Mention> in = {{{5, 9}, EntityType::Person}}; // "Ezra" inside "Ezrathe"
        const std::vector<Mention> out = NameEdges::trim(marked.text, seg, in);
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(out[0].range.start, 5);
        QCOMPARE(out[0].range.end, 9);
    }
};

QTEST_APPLESS_MAIN(TestNameEdges)
#include "tst_nameedges.moc"

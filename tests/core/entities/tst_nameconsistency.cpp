// Tests for NameConsistency (and HeadlineNames, its second step): what the document-level pass hands the grouper.
// Each row is an article (lines are paragraphs, the tagger's mentions marked inline, "[GENEVA|O]"), the structural
// names found in it ("Lede=O": the first "Lede" of the text, an organisation) and the mentions that come out, in text
// order, a structural one marked "!".
#include "OutlineFixture.h"
#include "entities/DatelineFinder.h"
#include "entities/HeadlineNames.h"
#include "entities/NameConsistency.h"
#include "entities/PlaceGazetteer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

namespace {

std::vector<StructuralName> structureOf(const OutlineFixture &f, const QString &spec)
{
    std::vector<StructuralName> out;
    for (const QString &part : spec.split(u';', Qt::SkipEmptyParts)) {
        const QString surface = part.section(u'=', 0, 0).trimmed();
        const qsizetype at = toQString(f.marked.text).indexOf(surface);
        const auto start = static_cast<int32_t>(at);
        out.push_back({{start, start + static_cast<int32_t>(surface.size())},
                       typeFromCode(part.section(u'=', 1, 1).trimmed().at(0).unicode()),
                       StructureKind::BylineOutlet});
    }
    return out;
}

QString describe(const OutlineFixture &f, const EvidencedMentions &m)
{
    QStringList parts;
    for (size_t i = 0; i < m.mentions.size(); ++i) {
        const auto type = entityTypeName(m.mentions[i].type);
        parts << f.textOf(m.mentions[i].range) + u'='
                + QString::fromLatin1(type.data(), static_cast<qsizetype>(type.size()))
                + (m.evidence[i] == MentionEvidence::Structure ? u"!"_s : QString());
    }
    return parts.join(u"; ");
}

} // namespace

class TestNameConsistency final : public QObject
{
    Q_OBJECT

private slots:
    void apply_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("structure");
        QTest::addColumn<QString>("expected");

        // 1. Structure over the tagger.
        QTest::newRow("a structural name replaces the tagger's")
            << u"By Ann Lee, [Lede|L] sample article"_s << u"Ann Lee=P; Lede=O"_s
            << u"Ann Lee=person!; Lede=organization!"_s;
        QTest::newRow("a tagger's mention that overlaps one goes")
            << u"By Ann Lee, [Lede sample|L] article"_s << u"Lede=O"_s << u"Lede=organization!"_s;
        QTest::newRow("one that starts inside one goes")
            << u"[GENEVA (Reuters|O]) — Talks ended."_s << u"GENEVA=L; Reuters=O"_s
            << u"GENEVA=place!; Reuters=organization!"_s;
        QTest::newRow("the others stay") << u"GENEVA — [Ann Lee|P] met [Tom Roe|P]."_s << u"GENEVA=L"_s
                                         << u"GENEVA=place!; Ann Lee=person; Tom Roe=person"_s;

        // 2. Headlines read through the body: ALL CAPS ones gain the body's names, Title Case ones keep only those.
        QTest::newRow("a surname in capitals")
            << u"KANEKO WINS IN OSAKA\n[Eri Kaneko|P] won in [Osaka|L] on Sunday."_s << QString()
            << u"KANEKO=person; OSAKA=place; Eri Kaneko=person; Osaka=place"_s;
        QTest::newRow("the longest body name first")
            << u"NEW HALDEN BRIDGE OPENS\n[New Halden|L] opened the [New Halden Bridge|L] today."_s << QString()
            << u"NEW HALDEN BRIDGE=place; New Halden=place; New Halden Bridge=place"_s;
        QTest::newRow("a nationality too") << u"DUTCH TUGS GO ELECTRIC\nThe [Dutch|X] yard sold two."_s << QString()
                                           << u"DUTCH=other; Dutch=other"_s;
        QTest::newRow("the body's majority type")
            << u"HALDEN VOTES\n[Halden|O] met. [Halden|L] and [Halden|L] voted."_s << QString()
            << u"HALDEN=place; Halden=organization; Halden=place; Halden=place"_s;
        QTest::newRow("what the tagger marked in the headline stays")
            << u"[KANEKO|L] WINS\n[Eri Kaneko|P] won on Sunday."_s << QString()
            << u"KANEKO=place; Eri Kaneko=person"_s;
        QTest::newRow("words the body does not name stay unmarked")
            << u"STORM HITS THE COAST\nA storm hit [Halden|L]."_s << QString() << u"Halden=place"_s;
        QTest::newRow("no words are added to a title case headline")
            << u"Kaneko Wins in Osaka\n[Eri Kaneko|P] won in [Osaka|L]."_s << QString()
            << u"Eri Kaneko=person; Osaka=place"_s;
        QTest::newRow("a title case headline keeps the names the body names")
            << u"[Kaneko|L] Wins in [Osaka|L]\n[Eri Kaneko|P] won in [Osaka|L]."_s << QString()
            << u"Kaneko=place; Osaka=place; Eri Kaneko=person; Osaka=place"_s;
        QTest::newRow("and drops the words it capitalised only as a headline")
            << u"[Harbour Town Votes|O] to Rebuild [Ferry Pier|O]\nThe town of [Halden|L] voted."_s << QString()
            << u"Halden=place"_s;
        QTest::newRow("a byline that reads as a title case headline stays")
            << u"By Ann Lee\nThe town of [Halden|L] voted."_s << u"Ann Lee=P"_s << u"Ann Lee=person!; Halden=place"_s;
        QTest::newRow("a title case line in the body is no headline")
            << u"The town voted.\n[Great Service|O] For All\nIt did."_s << QString() << u"Great Service=organization"_s;
        QTest::newRow("a sentence case heading is left to the tagger")
            << u"# Kaneko wins in Osaka\n[Eri Kaneko|P] won in [Osaka|L]."_s << QString()
            << u"Eri Kaneko=person; Osaka=place"_s;
        QTest::newRow("capitals in the body are no headline")
            << u"Rain fell.\nKANEKO WINS AGAIN\n[Eri Kaneko|P] won."_s << QString() << u"Eri Kaneko=person"_s;
        QTest::newRow("two names cut apart in a headline that the body names as one")
            << u"[HALDEN|P] [FALLS|P] VOTES TO REBUILD\nThe town of [Halden Falls|L] voted."_s << QString()
            << u"HALDEN FALLS=place; Halden Falls=place"_s;
        QTest::newRow("two that the body names apart stay two")
            << u"[KANEKO|P] [OSAKA|L] TALKS\n[Eri Kaneko|P] flew to [Osaka|L]."_s << QString()
            << u"KANEKO=person; OSAKA=place; Eri Kaneko=person; Osaka=place"_s;
        QTest::newRow("a headline name the body does not know is cut to the one it holds")
            << u"CREW READY FOR [HALDEN BAY CROSSING|L]\nThe crew sails across [Halden Bay|L] in May."_s << QString()
            << u"HALDEN BAY=place; Halden Bay=place"_s;
        QTest::newRow("in title case too, where it would be dropped")
            << u"Crew Ready for [Halden Bay Crossing|L]\nThe crew sails across [Halden Bay|L] in May."_s << QString()
            << u"Halden Bay=place; Halden Bay=place"_s;
        QTest::newRow("but not an event's name that holds one")
            << u"[HALDEN BAY REGATTA|X] OPENS\nBoats filled [Halden Bay|L]."_s << QString()
            << u"HALDEN BAY REGATTA=other; Halden Bay=place"_s;
        QTest::newRow("nor a person's full name")
            << u"[ERI KANEKO|P] WINS\n[Kaneko|P] won."_s << QString() << u"ERI KANEKO=person; Kaneko=person"_s;
        QTest::newRow("a headline name the body gives only in its dateline takes the dateline's type")
            << u"[Halden|O] Start-up Raises Money\nHALDEN, Norvania — The firm grew."_s << u"HALDEN=L"_s
            << u"Halden=place; HALDEN=place!"_s;
        QTest::newRow("in a sentence case heading too")
            << u"# [Halden|O]'s ferry will stop\nHALDEN — The ferry stops."_s << u"HALDEN=L"_s
            << u"Halden=place; HALDEN=place!"_s;
        QTest::newRow("but not when the body's prose names it")
            << u"[Halden|O] Beat Rovers Again\nHALDEN — [Halden|O] won again."_s << u"HALDEN=L"_s
            << u"Halden=organization; HALDEN=place!; Halden=organization"_s;
        QTest::newRow("nor in the body's prose")
            << u"Ferry Stops\nHALDEN — Since [Halden|O] voted, the ferry stops."_s << u"HALDEN=L"_s
            << u"HALDEN=place!; Halden=organization"_s;

        // 3. Acronyms in brackets.
        QTest::newRow("an acronym the tagger missed")
            << u"The [World Health Organization|O] (WHO) met."_s << QString()
            << u"World Health Organization=organization; WHO=organization"_s;
        QTest::newRow("an acronym the tagger typed otherwise")
            << u"The [Committee to Protect Journalists|O] ([CPJ|P]) said so."_s << QString()
            << u"Committee to Protect Journalists=organization; CPJ=organization"_s;
        QTest::newRow("two acronyms, each after its name")
            << u"The [Bank of Halden|O] (BOH) and the [Norvania Rail Board|O] (NRB) met [Ann Lee|P]."_s << QString()
            << u"Bank of Halden=organization; BOH=organization; Norvania Rail Board=organization; "
               u"NRB=organization; Ann Lee=person"_s;
        QTest::newRow("initials with every small word")
            << u"The [Bank of Halden|O] (BOH) cut rates."_s << QString()
            << u"Bank of Halden=organization; BOH=organization"_s;
        QTest::newRow("other capitals in brackets are left alone")
            << u"The [World Health Organization|O] (UN) met."_s << QString() << u"World Health Organization=organization"_s;
        QTest::newRow("a one-word name has no initials") << u"[Halden|L] (HN) grew."_s << QString()
                                                         << u"Halden=place"_s;
        QTest::newRow("a structural acronym keeps its type")
            << u"[Halden Press|O] (HP) — Rain fell in town."_s << u"HP=L"_s << u"Halden Press=organization; HP=place!"_s;
        // 4. Numbered roads.
        QTest::newRow("a numbered road the tagger missed")
            << u"Trucks left [Halden|L] on Route 44 at dawn."_s << QString() << u"Halden=place; Route 44=place"_s;
        QTest::newRow("a road's word marked alone")
            << u"They closed [Highway|O] 401 and Interstate 95A."_s << QString()
            << u"Highway 401=place; Interstate 95A=place"_s;
        QTest::newRow("a road inside a longer name stays in it")
            << u"The [Route 9 Diner|O] opened."_s << QString() << u"Route 9 Diner=organization"_s;
        QTest::newRow("a lower-case route or a long number is no road")
            << u"The route 44 bus and Route 12345 and Route 07 ran."_s << QString() << QString();
        // 5. Services named with a "+".
        QTest::newRow("a name with a plus is a service")
            << u"Viewers left [Halden TV|O]+ for [Norva|O]+, and [Norva|O] lost money."_s << QString()
            << u"Halden TV+=other; Norva+=other; Norva=organization"_s;
        QTest::newRow("a plus that goes on is left alone")
            << u"The [Norva|O]+2 rule and [Norva|O]++ stay."_s << QString()
            << u"Norva=organization; Norva=organization"_s;
        // 6. Numbered products.
        QTest::newRow("a name with a number and a noun after it is a product")
            << u"The [Kestrel|O] 9 rocket and the [Vela|P] IV probe flew in 2031."_s << QString()
            << u"Kestrel 9=other; Vela IV=other"_s;
        QTest::newRow("a measure is not") << u"The [Norva|L] 100 metres record fell."_s << QString()
                                          << u"Norva=place"_s;
        QTest::newRow("nor a number in a sentence of numbers")
            << u"[Halden|O] 4 points clear, [Norva|O] 3 behind."_s << QString()
            << u"Halden=organization; Norva=organization"_s;
    }

    void apply()
    {
        QFETCH(QString, article);
        QFETCH(QString, structure);
        QFETCH(QString, expected);
        const OutlineFixture f(article);
        const EvidencedMentions out = NameConsistency::apply(*f.outline, f.marked.mentions, structureOf(f, structure));
        QCOMPARE(describe(f, out), expected);
        QCOMPARE(out.evidence.size(), out.mentions.size());
    }

    // A Title Case headline keeps a country the body does not name (the fixture gazetteer's France), and only a
    // country: a city, or a word the tagger calls anything but a place, goes as before.
    void titleCaseHeadline_keepsCountries()
    {
        const std::filesystem::path data = LEDE_TEST_DATA_DIR "/entities";
        const auto loaded = PlaceGazetteer::load(data / "places.tsv", data / "iso_3166-1.json");
        QVERIFY(loaded.ok());
        const OutlineFixture f(u"# Barges Crowd the [Loire|L] as [France|L] Leans on [Paris|L] [Ports|O]\n"
                               u"Barges left the river ports of [Nantes|L] in record numbers."_s);
        QCOMPARE(describe(f, NameConsistency::apply(*f.outline, f.marked.mentions, {}, loaded.value().get())),
                 u"France=place; Nantes=place"_s);
        QCOMPARE(describe(f, NameConsistency::apply(*f.outline, f.marked.mentions, {})), u"Nantes=place"_s);
    }

    void apply_overlappingTaggerMentions_keepTheEarlierLonger()
    {
        const OutlineFixture f(u"Port Ardent Bay flooded."_s);
        const std::vector<Mention> tagged = {{{5, 11}, EntityType::Person}, // "Ardent"
                                             {{0, 11}, EntityType::Place},  // "Port Ardent"
                                             {{0, 15}, EntityType::Place}}; // "Port Ardent Bay"
        QCOMPARE(describe(f, NameConsistency::apply(*f.outline, tagged, {})), u"Port Ardent Bay=place"_s);
    }

    // Thousands of datelines and acronyms (a book of wire stories): every step stays one pass over the mentions.
    // Prints its time rather than asserting one; CTest's timeout still catches a quadratic path.
    void bookOfWireStories_passesOnce()
    {
        QString article = u"STORMS HIT HALDEN\n"_s;
        constexpr int kStories = 5000;
        for (int i = 0; i < kStories; ++i)
            article += u"HALDEN (AP) — The [Bank of Halden|O] (BOH) met [Ann Lee|P] on Friday.\n"_s;
        const OutlineFixture f(article);
        QElapsedTimer timer;
        timer.start();
        const std::vector<StructuralName> datelines = DatelineFinder::find(*f.outline, f.marked.mentions, {}, nullptr);
        const EvidencedMentions out = NameConsistency::apply(*f.outline, f.marked.mentions, datelines);
        qInfo("%d stories: %lld ms", kStories, static_cast<long long>(timer.elapsed()));
        QCOMPARE(datelines.size(), size_t(2 * kStories));
        QCOMPARE(out.mentions.size(), size_t(5 * kStories + 1)); // the headline's HALDEN, found in the body
    }

    void apply_mentionsInAnyOrder()
    {
        const OutlineFixture f(u"KANEKO WINS\n[Eri Kaneko|P] won in [Osaka|L]."_s);
        std::vector<Mention> reversed(f.marked.mentions.rbegin(), f.marked.mentions.rend());
        QCOMPARE(describe(f, NameConsistency::apply(*f.outline, reversed, {})),
                 u"KANEKO=person; Eri Kaneko=person; Osaka=place"_s);
    }
};

QTEST_APPLESS_MAIN(TestNameConsistency)
#include "tst_nameconsistency.moc"

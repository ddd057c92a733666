// Tests for EntityGrouper: the grouping rules as tables (each row is a rule), ids and ordering, bad input,
// and a book-sized input whose work is bounded by counters rather than by wall time.
#include "EntityTestHelpers.h"
#include "entities/EntityGrouper.h"

#include <QElapsedTimer>
#include <QTest>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

class TestEntityGrouper final : public QObject
{
    Q_OBJECT

private slots:
    void group_data()
    {
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QString>("expected");

        QTest::newRow("surname joins full name")
            << u"[Eri Kaneko|P] arrived. Later [Kaneko|P] spoke."_s
            << u"Eri Kaneko(person)=Eri Kaneko|Kaneko"_s;
        QTest::newRow("surname in headline before full name")
            << u"[Kaneko|P] wins\n[Eri Kaneko|P] won the race."_s
            << u"Eri Kaneko(person)=Kaneko|Eri Kaneko"_s;
        QTest::newRow("first name joins full name")
            << u"[Eri Kaneko|P] won. [Eri|P] smiled."_s
            << u"Eri Kaneko(person)=Eri Kaneko|Eri"_s;
        QTest::newRow("a first name used before a full name with an unseen last word stays apart")
            << u"[Ezra|P] spoke. [Ezra|P] left. The house of [Ezra Halvik|P] and Tobb fell."_s
            << u"Ezra(person)=Ezra|Ezra; Ezra Halvik(person)=Ezra Halvik"_s;
        QTest::newRow("a surname joins the full name while a first name used before it stays apart")
            << u"[Ezra|P] spoke. [Ezra Halvik|P] came; [Halvik|P] left."_s
            << u"Ezra(person)=Ezra; Ezra Halvik(person)=Ezra Halvik|Halvik"_s;
        QTest::newRow("a surname used alone three times before a full name is someone else")
            << u"[Halvik|P] came. [Halvik|P] sat. [Halvik|P] ate. Then he gave [Ezra Halvik|P] bread."_s
            << u"Halvik(person)=Halvik|Halvik|Halvik; Ezra Halvik(person)=Ezra Halvik"_s;
        QTest::newRow("twice is a headline's and a summary's")
            << u"[Halvik|P] wins\n[Halvik|P] won.\n[Ezra Halvik|P] won the race. [Halvik|P] smiled."_s
            << u"Ezra Halvik(person)=Halvik|Halvik|Ezra Halvik|Halvik"_s;
        QTest::newRow("nor a name with of that comes after it")
            << u"[Ezra|P] spoke. [Ezra of Halvik|P] came; [Halvik|L] lay north."_s
            << u"Ezra(person)=Ezra; Ezra of Halvik(person)=Ezra of Halvik; Halvik(place)=Halvik"_s;
        QTest::newRow("two names run together are no full name")
            << u"[Mara|P] wed. [Ezra|P] ruled; [Ezra|P] fled. [Mara Ezra|P] wife. [Mara|P] and [Ezra|P] came."_s
            << u"Mara(person)=Mara|Mara; Ezra(person)=Ezra|Ezra|Ezra; Mara Ezra(person)=Mara Ezra"_s;
        QTest::newRow("a surname in a headline before the full name joins it")
            << u"[Ezra|P] wins\n[Mara Ezra|P] won. [Mara|P] smiled; [Ezra|P] left."_s
            << u"Mara Ezra(person)=Ezra|Mara Ezra|Mara|Ezra"_s;
        QTest::newRow("but a full name used before its first name alone is one")
            << u"[Mara Ezra|P] wed. [Mara|P] ruled; [Ezra|P] fled. [Mara|P] and [Ezra|P] came."_s
            << u"Mara Ezra(person)=Mara Ezra|Mara|Ezra|Mara|Ezra"_s;
        QTest::newRow("middle and surname run")
            << u"[Martin Luther King Jr.|P] spoke. [Luther King|P] and [King|P] again."_s
            << u"Martin Luther King Jr.(person)=Martin Luther King Jr.|Luther King|King"_s;
        QTest::newRow("what follows of is no surname")
            << u"[Piet of Ardenne|P] rode north. [Ardenne|P] lay ahead."_s
            << u"Piet of Ardenne(person)=Piet of Ardenne; Ardenne(person)=Ardenne"_s;
        QTest::newRow("nor what follows the")
            << u"[Alfred the Great|P] ruled. [Great|P] feasts followed."_s
            << u"Alfred the Great(person)=Alfred the Great; Great(person)=Great"_s;
        QTest::newRow("possessives")
            << u"[Putin's|P] plan, [Putin’s|P] aides, [Putin|P] himself."_s
            << u"Putin(person)=Putin's|Putin’s|Putin"_s;
        QTest::newRow("possessive after s")
            << u"[António Guterres|P] spoke; [Guterres'|P] speech ended."_s
            << u"António Guterres(person)=António Guterres|Guterres'"_s;
        QTest::newRow("headline caps join")
            << u"[PUTIN|P] WARNS WEST\n[Vladimir Putin|P] warned. [Putin|P] left."_s
            << u"Vladimir Putin(person)=PUTIN|Vladimir Putin|Putin"_s;
        QTest::newRow("headline caps full name is re-cased")
            << u"[VLADIMIR PUTIN|P] SPEAKS\n[Putin|P] spoke."_s
            << u"Vladimir Putin(person)=VLADIMIR PUTIN|Putin"_s;
        QTest::newRow("all-caps name without other spelling is title-cased")
            << u"[UNITED STATES|L] WINS\nThe [U.S.|L] won."_s
            << u"United States(place)=UNITED STATES|U.S."_s;
        QTest::newRow("all-caps acronym stays")
            << u"[IKEA|O] opened; [IKEA|O] grew."_s
            << u"IKEA(organization)=IKEA|IKEA"_s;
        QTest::newRow("capitals that are part of the name stay")
            << u"[USB-C|O] ports; [USB-C|O] cables; [BBC NEWS|O] said; the [ЗОЖ|O] trend."_s
            << u"USB-C(organization)=USB-C|USB-C; BBC News(organization)=BBC NEWS; ЗОЖ(organization)=ЗОЖ"_s;
        QTest::newRow("short words that open a shouted name are words")
            << u"[NEW YORK|L] \u2014 Rain. [SAN DIEGO|L] \u2014 Sun. [AIR INDIA|O] STRIKE"_s
            << u"New York(place)=NEW YORK; San Diego(place)=SAN DIEGO; Air India(organization)=AIR INDIA"_s;
        QTest::newRow("joining words of a shouted name in lower case")
            << u"[BANK OF ENGLAND|O] HOLDS\n[RIO DE JANEIRO|L] FLOODS"_s
            << u"Bank of England(organization)=BANK OF ENGLAND; Rio de Janeiro(place)=RIO DE JANEIRO"_s;
        QTest::newRow("long all-caps word is re-cased")
            << u"[LEICESTERSHIRE|O] TAKE OVER"_s
            << u"Leicestershire(organization)=LEICESTERSHIRE"_s;
        QTest::newRow("titles stripped")
            << u"[President Biden|P] met [Joe Biden|P] fans; [Mr Biden|P] waved."_s
            << u"Joe Biden(person)=President Biden|Joe Biden|Mr Biden"_s;
        QTest::newRow("title alone is kept")
            << u"[President|P] spoke."_s
            << u"President(person)=President"_s;
        QTest::newRow("diacritics folded")
            << u"[António Guterres|P] and [Antonio Guterres|P]."_s
            << u"António Guterres(person)=António Guterres|Antonio Guterres"_s;
        QTest::newRow("acronym joins expansion in text")
            << u"The [World Health Organization|O] said the [WHO|O] would act."_s
            << u"World Health Organization(organization)=World Health Organization|WHO"_s;
        QTest::newRow("acronym by initials, not in table")
            << u"The [Committee to Protect Journalists|O] ([CPJ|O]) said."_s
            << u"Committee to Protect Journalists(organization)=Committee to Protect Journalists|CPJ"_s;
        QTest::newRow("acronym before its expansion")
            << u"[IRC|O] staff. The [International Rescue Committee|O] said."_s
            << u"International Rescue Committee(organization)=IRC|International Rescue Committee"_s;
        QTest::newRow("well-known acronym without expansion")
            << u"[U.S.|L] troops; [US|L] bases; [USA|L] fans."_s
            << u"United States(place)=U.S.|US|USA"_s;
        QTest::newRow("well-known acronym with expansion and the")
            << u"[the United Nations|O] met. The [UN|O] agreed. [U.N.|O] staff."_s
            << u"United Nations(organization)=the United Nations|UN|U.N."_s;
        QTest::newRow("table expansion wins over other initials")
            << u"[Eastern Ukraine|L] and the [European Union|O]; the [EU|O] said."_s
            << u"Eastern Ukraine(place)=Eastern Ukraine; European Union(organization)=European Union|EU"_s;
        QTest::newRow("person initials never expand an acronym")
            << u"[Ursula Nakamura|P] visited the [UN|O]."_s
            << u"Ursula Nakamura(person)=Ursula Nakamura; United Nations(organization)=UN"_s;
        QTest::newRow("an organisation's short name the tagger calls a person")
            << u"[Tarvo SA|O] grew. [Tarvo|P] hired; [Tarvo|P] sold."_s
            << u"Tarvo SA(organization)=Tarvo SA|Tarvo|Tarvo"_s;
        QTest::newRow("a headline's capitals do not make the short name an acronym")
            << u"[TARVO|P] GROWS\n[Tarvo|P] hired. [Tarvo SA|O] grew. [Tarvo|P] sold."_s
            << u"Tarvo(organization)=TARVO|Tarvo|Tarvo; Tarvo SA(organization)=Tarvo SA"_s;
        {
            // A name used alone more than 30 times for each mention of the organisation it starts is someone else.
            QString text = u"[Ezra|P] came. [Ezra of Tarn|O] rose."_s;
            QString expected = u"Ezra(person)=Ezra"_s;
            for (int i = 0; i < 30; ++i) {
                text += u" [Ezra|P] spoke."_s;
                expected += u"|Ezra"_s;
            }
            expected += u"; Ezra of Tarn(organization)=Ezra of Tarn"_s;
            QTest::newRow("not a name used alone far more often than the organisation") << text << expected;
        }
        QTest::newRow("an organisation's short name after its full name joins it")
            << u"[Quillon Data Systems|O] let two floors. [Quillon|O] hired; [Quillon|P] grew."_s
            << u"Quillon Data Systems(organization)=Quillon Data Systems|Quillon|Quillon"_s;
        QTest::newRow("not when two organisations start with the word")
            << u"[Quillon Data|O] and [Quillon Foods|O] met. [Quillon|O] said."_s
            << u"Quillon Data(organization)=Quillon Data; Quillon Foods(organization)=Quillon Foods; "
               u"Quillon(organization)=Quillon"_s;
        QTest::newRow("not when a person's full name contains the word")
            << u"[Ford Motor|O] hired [Harriet Ford|P]. [Ford|O] said."_s
            << u"Ford Motor(organization)=Ford Motor; Harriet Ford(person)=Harriet Ford|Ford"_s;
        QTest::newRow("not when the word names a place")
            << u"[Velmor Mining|O] dug near [Velmor|L]."_s
            << u"Velmor Mining(organization)=Velmor Mining; Velmor(place)=Velmor"_s;
        QTest::newRow("not when the short name came before the full name")
            << u"[Quillon|O] grew. [Quillon Data Systems|O] said."_s
            << u"Quillon(organization)=Quillon; Quillon Data Systems(organization)=Quillon Data Systems"_s;
        QTest::newRow("but a firm named with its legal form, wherever its short name comes")
            << u"[Quillon|P] grew. [Quillon plc|O] said. [Quillon|P] hired."_s
            << u"Quillon plc(organization)=Quillon|Quillon plc|Quillon"_s;
        QTest::newRow("not a place the organisation is named after")
            << u"[Halden Rovers|O] won in [Halden|L]."_s
            << u"Halden Rovers(organization)=Halden Rovers; Halden(place)=Halden"_s;
        QTest::newRow("not a person named in full")
            << u"[Ann Tarvo|P] runs [Tarvo Media|O]. [Tarvo|P] said so."_s
            << u"Ann Tarvo(person)=Ann Tarvo|Tarvo; Tarvo Media(organization)=Tarvo Media"_s;
        QTest::newRow("type by majority vote")
            << u"[Eri Kaneko|P] ran. [Kaneko|O] said. [Kaneko|P] won."_s
            << u"Eri Kaneko(person)=Eri Kaneko|Kaneko|Kaneko"_s;
        QTest::newRow("surname always tagged ORG stays a person")
            << u"[Jessie Buckley|P] sang. [Buckley|O] said [Buckley|O] would [Buckley|O] again."_s
            << u"Jessie Buckley(person)=Jessie Buckley|Buckley|Buckley|Buckley"_s;
        QTest::newRow("type tie goes to the full name")
            << u"[Kaneko|O] wins\n[Eri Kaneko|P] won."_s
            << u"Eri Kaneko(person)=Kaneko|Eri Kaneko"_s;
        QTest::newRow("two Smiths: nearest preceding full name")
            << u"[John Smith|P] spoke. [Smith|P] said. [Mary Smith|P] spoke. [Smith|P] said."_s
            << u"John Smith(person)=John Smith|Smith; Mary Smith(person)=Mary Smith|Smith"_s;
        QTest::newRow("two Smiths: a Smith before both stays apart")
            << u"[Smith|P] first. [John Smith|P] and [Mary Smith|P]. [Smith|P] again."_s
            << u"Smith(person)=Smith; John Smith(person)=John Smith; Mary Smith(person)=Mary Smith|Smith"_s;
        QTest::newRow("a place is not a surname")
            << u"[George Washington|P] left [Washington|L]."_s
            << u"George Washington(person)=George Washington; Washington(place)=Washington"_s;
        QTest::newRow("same key as person and place")
            << u"[George Washington|P] spoke. [Washington|P] smiled. He flew to [Washington|L]."_s
            << u"George Washington(person)=George Washington|Washington; Washington(place)=Washington"_s;
        QTest::newRow("a place-tagged surname with a person cue joins the person")
            << u"[Neil Jordan|P] spoke. [Jordan|P] smiled. [Jordan|L] defends his film. He flew to [Jordan|L]."_s
            << u"Neil Jordan(person)=Neil Jordan|Jordan|Jordan; Jordan(place)=Jordan"_s;
        QTest::newRow("not without a person-tagged mention")
            << u"[Neil Jordan|P] spoke. [Jordan|L] defends his record."_s
            << u"Neil Jordan(person)=Neil Jordan; Jordan(place)=Jordan"_s;
        QTest::newRow("different full names stay apart")
            << u"[John Smith|P] and [John Brown|P] met."_s
            << u"John Smith(person)=John Smith; John Brown(person)=John Brown"_s;
        QTest::newRow("a place is not part of an organisation")
            << u"[New York|L] and the [New York Times|O]."_s
            << u"New York(place)=New York; New York Times(organization)=New York Times"_s;
        QTest::newRow("The kept when always written")
            << u"[The Guardian|O] reported; [The Guardian|O] added."_s
            << u"The Guardian(organization)=The Guardian|The Guardian"_s;
        QTest::newRow("The at sentence start is not part of the name")
            << u"Talks began. [The United Nations|O] met."_s
            << u"United Nations(organization)=The United Nations"_s;
        QTest::newRow("apostrophe variants")
            << u"[O'Brien|P] said [Conan O’Brien|P] laughed."_s
            << u"Conan O’Brien(person)=O'Brien|Conan O’Brien"_s;
        QTest::newRow("case variant of an organisation")
            << u"[Reuters|O] said; [REUTERS|O] reported."_s
            << u"Reuters(organization)=Reuters|REUTERS"_s;
        QTest::newRow("a person's epithet the text seldom uses does not name him")
            << u"[Ezra of Halden|P] reigned. [Ezra|P] spoke. [Ezra|P] spoke. [Ezra|P] spoke. [Ezra|P] spoke. [Ezra|P] spoke. [Ezra|P] spoke. [Ezra|P] spoke. [Ezra|P] spoke. [Ezra|P] spoke. [Ezra|P] spoke."_s
            << u"Ezra(person)=Ezra of Halden|Ezra|Ezra|Ezra|Ezra|Ezra|Ezra|Ezra|Ezra|Ezra|Ezra"_s;
        QTest::newRow("one it uses often does")
            << u"[Ezra of Halden|P] reigned. [Ezra|P] spoke. [Ezra of Halden|P] died."_s
            << u"Ezra of Halden(person)=Ezra of Halden|Ezra|Ezra of Halden"_s;
        QTest::newRow("non-BMP character before a mention")
            << u"\U0001F600 [Putin|P] and [Putin|P]."_s
            << u"Putin(person)=Putin|Putin"_s;
    }

    void group()
    {
        QFETCH(QString, marked);
        QFETCH(QString, expected);
        const MarkedText in = parseMarked(marked);
        const auto entities = EntityGrouper::group(in.text, in.mentions);
        QCOMPARE(describe(in.text, entities), expected);
    }

    // "[Lede|O!]" is a structural mention (a byline's, dateline's or credit's): MentionEvidence::Structure.
    void groupWithEvidence_data()
    {
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QString>("expected");

        QTest::newRow("a structural label keeps its type beside the tagger's others")
            << u"By Ann Lee, [Lede|O!]. [Lede|L] and [Lede|L] grew."_s
            << u"Lede(organization)=Lede; Lede(place)=Lede|Lede"_s;
        QTest::newRow("a tie goes to the earlier structural label")
            << u"[MELBOURNE|L!] — [Melbourne|O] won."_s << u"Melbourne(place)=MELBOURNE|Melbourne"_s;
        QTest::newRow("a dateline does not make the club a place")
            << u"[MELBOURNE|L!] — [Melbourne|O] won; [Melbourne|O] led."_s
            << u"Melbourne(place)=MELBOURNE; Melbourne(organization)=Melbourne|Melbourne"_s;
        QTest::newRow("structural mentions of two types in one name")
            << u"[HALDEN|L!] — News. By Ann Lee, [Halden|O!]. [Halden|O] grew."_s
            << u"HALDEN(place)=HALDEN; Halden(organization)=Halden|Halden"_s;
        QTest::newRow("a byline author's surname the tagger calls an organisation")
            << u"By [Ann Lee|P!]. [Lee|O] said so."_s << u"Ann Lee(person)=Ann Lee|Lee"_s;
        QTest::newRow("a byline's outlet never joins a person as a surname")
            << u"[Ann Lede|P] came. By Eve Sun, [Lede|O!]. [Lede|P] left."_s
            << u"Ann Lede(person)=Ann Lede|Lede; Lede(organization)=Lede"_s;
        QTest::newRow("a credit's person joins the person named in full")
            << u"[Eri Kaneko|P] came. (Reporting by [Kaneko|P!])"_s << u"Eri Kaneko(person)=Eri Kaneko|Kaneko"_s;
        QTest::newRow("tagger only: as without evidence")
            << u"[Lede|L] and [Lede|O] and [Lede|O]."_s << u"Lede(organization)=Lede|Lede|Lede"_s;
    }

    void groupWithEvidence()
    {
        QFETCH(QString, marked);
        QFETCH(QString, expected);
        const MarkedText in = parseMarked(marked);
        std::vector<MentionEvidence> evidence;
        for (qsizetype at = marked.indexOf(u'|'); at >= 0; at = marked.indexOf(u'|', at + 1))
            evidence.push_back(marked.at(at + 2) == u'!' ? MentionEvidence::Structure : MentionEvidence::Tagger);
        const auto entities = EntityGrouper::group(in.text, in.mentions, evidence);
        QCOMPARE(describe(in.text, entities), expected);
    }

    void groupWithEvidence_missingEvidenceCountsAsTagger()
    {
        // Only the first is structural and keeps its type apart; the third, outvoted, goes with the majority.
        const MarkedText in = parseMarked(u"[Lede|O] and [Lede|L] and [Lede|O] and [Lede|L] and [Lede|L]."_s);
        const auto entities = EntityGrouper::group(in.text, in.mentions, {MentionEvidence::Structure});
        QCOMPARE(describe(in.text, entities), u"Lede(organization)=Lede; Lede(place)=Lede|Lede|Lede|Lede"_s);
    }

    void idsFollowFirstMention_andMentionsAreSorted()
    {
        const MarkedText in = parseMarked(u"[Tokyo|L] hosted [Eri Kaneko|P]; [Kaneko|P] met [Tokyo|L] officials."_s);
        auto shuffled = in.mentions;
        std::reverse(shuffled.begin(), shuffled.end());
        const auto entities = EntityGrouper::group(in.text, shuffled);
        QCOMPARE(entities.size(), size_t(2));
        QCOMPARE(entities[0].id, std::string("e1"));
        QCOMPARE(entities[0].name, std::u16string(u"Tokyo"));
        QCOMPARE(entities[1].id, std::string("e2"));
        QVERIFY(std::is_sorted(entities[1].mentions.begin(), entities[1].mentions.end()));
        QCOMPARE(entities[1].mentions.front(), in.mentions[1].range);
    }

    void nonBmpBeforeMention_keepsUtf16Offsets()
    {
        const MarkedText in = parseMarked(u"\U0001F600 [Putin|P]"_s);
        const auto entities = EntityGrouper::group(in.text, in.mentions);
        QCOMPARE(entities.size(), size_t(1));
        QCOMPARE(entities[0].mentions.front(), (TextRange{3, 8}));
    }

    void badMentions_areDroppedWithoutCrashing()
    {
        const std::u16string text = u"Eri Kaneko met Kaneko.";
        const std::vector<Mention> mentions = {
            {{-3, 2}, EntityType::Person},   // negative
            {{15, 99}, EntityType::Person},  // beyond the text
            {{5, 5}, EntityType::Person},    // empty
            {{0, 10}, EntityType::Person},   // Eri Kaneko
            {{4, 10}, EntityType::Person},   // overlaps the previous: dropped
            {{15, 21}, static_cast<EntityType>(200)}, // invalid type
            {{15, 21}, EntityType::Person},  // Kaneko
            {{11, 14}, EntityType::Other},   // "met"
        };
        GroupingStats stats;
        const auto entities = EntityGrouper::group(text, mentions, &stats);
        QCOMPARE(stats.mentions, uint64_t(3));
        QCOMPARE(describe(text, entities), u"Eri Kaneko(person)=Eri Kaneko|Kaneko; met(other)=met"_s);
        QVERIFY(EntityGrouper::group(u"", {}).empty());
    }

    void punctuationOnlyMention_formsItsOwnEntity()
    {
        const std::u16string text = u"a -- b -- c";
        const std::vector<Mention> mentions = {{{2, 4}, EntityType::Other}, {{7, 9}, EntityType::Other}};
        const auto entities = EntityGrouper::group(text, mentions);
        QCOMPARE(entities.size(), size_t(1));
        QCOMPARE(entities[0].mentions.size(), size_t(2));
    }

    // A book: 100k mentions over 2,000 people who share 40 surnames and 50 first names, organisations and
    // acronyms. The counters must stay linear; a pairwise comparison would need billions of checks.
    void bookSizedInput_workIsLinear()
    {
        static const char16_t *kFirst[] = {u"Anna", u"Ben", u"Carla", u"David", u"Eva", u"Farid", u"Greta",
            u"Hugo", u"Ines", u"Jonas", u"Kira", u"Leo", u"Mira", u"Nils", u"Olga", u"Pavel", u"Quinn", u"Rosa",
            u"Sami", u"Tara", u"Ugo", u"Vera", u"Wim", u"Xenia", u"Yusuf", u"Zoe", u"Arno", u"Bea", u"Cem",
            u"Dora", u"Emil", u"Fay", u"Gil", u"Hana", u"Ivo", u"Jana", u"Kai", u"Lina", u"Mats", u"Nora",
            u"Omar", u"Pia", u"Rafa", u"Sina", u"Timo", u"Uma", u"Vito", u"Wera", u"Yara", u"Zeno"};
        static const char16_t *kLast[] = {u"Smith", u"Kaneko", u"Novak", u"Okafor", u"Silva", u"Müller",
            u"Rossi", u"Dubois", u"Jensen", u"Kowalski", u"Haddad", u"Tanaka", u"Nguyen", u"Petrov", u"Garcia",
            u"Larsen", u"Moreau", u"Bianchi", u"Horvat", u"Ito", u"Yilmaz", u"Costa", u"Weber", u"Fischer",
            u"Lopez", u"Sato", u"Kim", u"Park", u"Singh", u"Khan", u"Ali", u"Cohen", u"Levi", u"Berg", u"Lund",
            u"Ivanov", u"Popescu", u"Nagy", u"Dvorak", u"Eze"};
        std::u16string text;
        std::vector<Mention> mentions;
        auto add = [&](std::u16string_view s, EntityType t) {
            const auto start = static_cast<int32_t>(text.size());
            text.append(s);
            mentions.push_back({{start, static_cast<int32_t>(text.size())}, t});
            text.append(u" said. ");
        };
        uint32_t seed = 12345;
        auto next = [&]() { seed = seed * 1664525u + 1013904223u; return seed >> 8; };
        constexpr size_t kMentions = 100000;
        while (mentions.size() < kMentions) {
            const auto f = next() % 50, l = next() % 40;
            switch (next() % 6) {
            case 0: case 1: add(std::u16string(kFirst[f]) + u' ' + kLast[l], EntityType::Person); break;
            case 2: add(kLast[l], EntityType::Person); break;
            case 3: add(std::u16string(u"Bank of ") + kLast[l], EntityType::Organization); break;
            case 4: add(l % 2 ? u"UN" : u"United Nations", EntityType::Organization); break;
            default: add(std::u16string(u"President ") + kLast[l] + u"'s", EntityType::Person); break;
            }
        }
        GroupingStats stats;
        QElapsedTimer timer; // printed for comparison across commits, never asserted
        timer.start();
        const auto entities = EntityGrouper::group(text, mentions, &stats);
        const qint64 ms = timer.elapsed();
        qInfo("book: %zu mentions, %llu keys, %llu candidate checks, %zu entities, %lld ms", kMentions,
              static_cast<unsigned long long>(stats.keyGroups), static_cast<unsigned long long>(stats.candidateChecks),
              entities.size(), ms);
        QCOMPARE(stats.mentions, uint64_t(kMentions));
        QVERIFY2(stats.candidateChecks <= 8 * kMentions, qPrintable(QString::number(stats.candidateChecks)));
        size_t total = 0;
        for (const auto &e : entities)
            total += e.mentions.size();
        QCOMPARE(total, kMentions);
        // 2,000 people + a few surnames mentioned before any full name + 40 banks + the UN.
        QVERIFY2(entities.size() >= 2041 && entities.size() <= 2041 + 40, qPrintable(QString::number(entities.size())));
    }
};

QTEST_APPLESS_MAIN(TestEntityGrouper)
#include "tst_entitygrouper.moc"

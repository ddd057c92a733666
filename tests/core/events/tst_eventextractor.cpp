// EventExtractor: a text and a reference date in, the timeline's events out. The segmenter and the
// date tagger are the real ones; entity mentions are marked in the text ("[Oskar Lind]").
#include "EventTestSupport.h"

#include <QTest>

using namespace lede::core;
using namespace lede::core::testing;

class TestEventExtractor final : public QObject
{
    Q_OBJECT

private slots:
    void extract_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reference"); // YYYY-MM-DD or empty
        QTest::addColumn<QString>("events");    // describe(): "start..end value «summary» [participants]" | …

        // Summaries: the clause without its date phrase, connectives or lead-in.
        QTest::newRow("weekday, lead-in phrase and relative clause dropped")
            << "On Thursday, after weeks of argument, the harbour board approved the ferry terminal that [Ines Moreau] had drawn."
            << "2025-03-12"
            << "2025-03-06..2025-03-06 2025-03-06 «the harbour board approved the ferry terminal that Ines Moreau had drawn» [Ines Moreau]";
        QTest::newRow("leading And dropped")
            << "And on 4 June 2024 [Marta Ilves] opened her bakery in [Tartu]." << ""
            << "2024-06-04..2024-06-04 2024-06-04 «Marta Ilves opened her bakery in Tartu» [Marta Ilves, Tartu]";
        QTest::newRow("week named in words")
            << "Earlier this week, the ferry company cancelled its night crossings." << "2025-03-12"
            << "2025-03-10..2025-03-16 2025-W11 «the ferry company cancelled its night crossings» []";
        QTest::newRow("month at its granularity")
            << "Bread prices rose sharply in March 2023." << ""
            << "2023-03-01..2023-03-31 2023-03 «Bread prices rose sharply» []";
        QTest::newRow("decade")
            << "The 1990s gave the valley its second railway line." << ""
            << "1990-01-01..1999-12-31 199 «gave the valley its second railway line» []";

        // Several dates in one sentence.
        QTest::newRow("two clauses, two events") << "The old bridge closed on 3 May 2023 and reopened on 9 June 2023."
                                                 << ""
                                                 << "2023-05-03..2023-05-03 2023-05-03 «The old bridge closed» [] | "
                                                    "2023-06-09..2023-06-09 2023-06-09 «reopened» []";
        QTest::newRow("relative clause with its own date")
            << "On Friday the council signed the contract that [Vela Works] had offered in 2021."
            << "2025-03-12"
            << "2021-01-01..2021-12-31 2021 «Vela Works had offered» [Vela Works] | "
               "2025-03-07..2025-03-07 2025-03-07 «the council signed the contract» []";
        QTest::newRow("range written from … to")
            << "The book fair ran from 21 to 24 March 2024 in [Lyon]." << ""
            << "2024-03-21..2024-03-24 2024-03-21/2024-03-24 «The book fair ran in Lyon» [Lyon]";
        QTest::newRow("range written between … and")
            << "The museum stayed shut between 2 May 2022 and 30 June 2022." << ""
            << "2022-05-02..2022-06-30 2022-05-02/2022-06-30 «The museum stayed shut» []";

        // Durations and sets stretch a date or make nothing of their own.
        QTest::newRow("duration as an adjective stretches the start")
            << "A three-day strike from 12 May 2025 closed the port of [Gdynia]." << ""
            << "2025-05-12..2025-05-14 2025-05-12 «A three-day strike closed the port of Gdynia» [Gdynia]";
        QTest::newRow("duration after for")
            << "The gallery closed on 2 June 2025 for two weeks." << ""
            << "2025-06-02..2025-06-15 2025-06-02 «The gallery closed for two weeks» []";
        QTest::newRow("a duration elsewhere in the clause does not")
            << "The ferryman, who had worked for six years, retired on 2 June 2025." << ""
            << "2025-06-02..2025-06-02 2025-06-02 «The ferryman, who had worked for six years, retired» []";
        QTest::newRow("a set alone makes no event")
            << "The market opens every Saturday." << "2025-03-12" << "";

        // Words that only say "now".
        QTest::newRow("now makes no event") << "Now the harbour is quiet again." << "2025-03-12" << "";
        QTest::newRow("currently makes no event")
            << "The line is currently closed, and it reopened on 2 April 2024 only briefly." << ""
            << "2024-04-02..2024-04-02 2024-04-02 «it reopened only briefly» []";

        // Before year 1000, BCE, centuries, millennia.
        QTest::newRow("BCE year")
            << "The legion crossed the river in 49 BC." << ""
            << "-0048-01-01..-0048-12-31 BC0049 «The legion crossed the river» []";
        QTest::newRow("BCE written BCE")
            << "The first walls of the town rose in 612 BCE." << ""
            << "-0611-01-01..-0611-12-31 BC0612 «The first walls of the town rose» []";
        QTest::newRow("a century BC")
            << "The harbour was dug in the 5th century BC." << ""
            << "-0498-01-01..-0399-12-31 BC04 «The harbour was dug» []";
        QTest::newRow("a millennium")
            << "The third millennium found the valley with two schools." << ""
            << "2000-01-01..2999-12-31 2 «found the valley with two schools» []";
        QTest::newRow("a name the recogniser found inside a date is no participant")
            << "[Anselm Roth] consecrated the chapel in [AD=Anno Domini] 862." << ""
            << "0862-01-01..0862-12-31 0862 «Anselm Roth consecrated the chapel» [Anselm Roth]";
        QTest::newRow("a year before 1000")
            << "The abbey was founded in AD 862." << ""
            << "0862-01-01..0862-12-31 0862 «The abbey was founded» []";

        // Unknown years and dates that cannot be placed.
        QTest::newRow("year unknown keeps month and day")
            << "The cargo ship sank on 14 March." << ""
            << "--03-14..--03-14 XXXX-03-14 «The cargo ship sank» []";
        QTest::newRow("year unknown, a month")
            << "The ferry was refitted in October." << ""
            << "--10-01..--10-31 XXXX-10 «The ferry was refitted» []";
        QTest::newRow("unanchored without a reference date")
            << "The inspectors will come back next Tuesday." << ""
            << "unanchored XXXX-WXX-2 «The inspectors will come back» []";
        QTest::newRow("the reference date places it")
            << "The inspectors will come back next Tuesday." << "2025-03-12"
            << "2025-03-18..2025-03-18 2025-03-18 «The inspectors will come back» []";

        // Order, and the same event told twice.
        QTest::newRow("chronological, not text order")
            << "The school moved to the hill in 1958. It had opened in 1890." << ""
            << "1890-01-01..1890-12-31 1890 «It had opened» [] | 1958-01-01..1958-12-31 1958 «The school moved to the hill» []";
        QTest::newRow("dated before year unknown before unanchored")
            << "The inspectors will come back next Tuesday. The cargo ship sank on 14 March. The yard was sold in 1996."
            << ""
            << "1996-01-01..1996-12-31 1996 «The yard was sold» [] | --03-14..--03-14 XXXX-03-14 «The cargo ship sank» "
               "[] | "
               "unanchored XXXX-WXX-2 «The inspectors will come back» []";
        QTest::newRow("the same event told twice merges")
            << "[Oskar Lind] won the hill race on 8 May 2024. The hill race on 8 May 2024 drew a record crowd." << ""
            << "2024-05-08..2024-05-08 2024-05-08 «Oskar Lind won the hill race» [Oskar Lind]";
        QTest::newRow("same day, different events stay apart")
            << "A storm flooded the quay on 8 May 2024. On 8 May 2024 the primary school reopened."
            << ""
            << "2024-05-08..2024-05-08 2024-05-08 «A storm flooded the quay» [] | "
               "2024-05-08..2024-05-08 2024-05-08 «the primary school reopened» []";
        QTest::newRow("same day and place, different events stay apart")
            << "[Ana Ruiz] landed in [Porto] on 8 May 2024. On 8 May 2024 a fire closed the docks of [Porto]."
            << ""
            << "2024-05-08..2024-05-08 2024-05-08 «Ana Ruiz landed in Porto» [Ana Ruiz, Porto] | "
               "2024-05-08..2024-05-08 2024-05-08 «a fire closed the docks of Porto» [Porto]";

        // Dates that name no happening of their own.
        QTest::newRow("a standard of comparison beside another date")
            << "Forecasters warned on 3 March 2025 of floods as severe as those of April 2024." << ""
            << "2025-03-03..2025-03-03 2025-03-03 «Forecasters warned of floods as severe as those» []";
        QTest::newRow("a date that recurs every year")
            << "The reservoir is lowered by mid-March each year." << "2025-03-12" << "";
        QTest::newRow("today beside the date of the event")
            << "Today the harbour is calm; the storm of 2015 broke its wall." << "2025-03-12"
            << "2015-01-01..2015-12-31 2015 «the storm broke its wall» []";

        QTest::newRow("today alone is the day of its event")
            << "The council voted today to close the old bridge." << "2025-03-12"
            << "2025-03-12..2025-03-12 2025-03-12 «The council voted to close the old bridge» []";

        // Speech and newswire conventions.
        QTest::newRow("quoted speech around the speaker")
            << "\"We are not finished yet,\" [Ada Brenner] said on Friday." << "2025-03-12"
            << "2025-03-07..2025-03-07 2025-03-07 «Ada Brenner said» [Ada Brenner]";
        QTest::newRow("a date inside the quotation")
            << "[Ada Brenner] said: \"The pumps failed in January, and nobody came.\"" << "2025-03-12"
            << "2025-01-01..2025-01-31 2025-01 «The pumps failed» []";
        QTest::newRow("dateline")
            << "RIGA \u2014 Dock workers walked out on Monday over unpaid wages." << "2025-03-12"
            << "2025-03-10..2025-03-10 2025-03-10 «Dock workers walked out over unpaid wages» []";
        QTest::newRow("shortly after a time")
            << "The ferry left the harbour shortly after 7 p.m. on 2 June 2024." << ""
            << "2024-06-02..2024-06-02 2024-06-02T19:00 «The ferry left the harbour» []";
    }

    void extract()
    {
        QFETCH(QString, text);
        QFETCH(QString, reference);
        QFETCH(QString, events);
        const MarkedText m = parseMarked(text);
        const std::vector<Event> found = eventsOf(m, referenceFrom(reference));
        QCOMPARE(describe(found, m.entities), events);
    }

    void ids_followTheChronologicalOrder()
    {
        const MarkedText m = parseMarked(QStringLiteral("The tower fell in 1902. It was built in 1871."));
        const std::vector<Event> found = eventsOf(m, {});
        QCOMPARE(found.size(), size_t(2));
        QCOMPARE(found[0].id, std::string("v1"));
        QCOMPARE(found[0].start.year, 1871);
        QCOMPARE(found[1].id, std::string("v2"));
    }

    void spans_pointAtTheDateAndItsSentence()
    {
        const MarkedText m =
            parseMarked(QStringLiteral("Rain fell all week. The dam gave way on 3 April 2021. Nobody was hurt."));
        const std::vector<Event> found = eventsOf(m, {});
        QCOMPARE(found.size(), size_t(1));
        const auto text = [&](TextRange r) {
            return QString::fromStdU16String(m.text.substr(size_t(r.start), size_t(r.length())));
        };
        QCOMPARE(text(found[0].date), QStringLiteral("3 April 2021"));
        QCOMPARE(text(found[0].sentence), QStringLiteral("The dam gave way on 3 April 2021."));
        QCOMPARE(found[0].mentions, std::vector<TextRange>{found[0].date});
    }

    void mergedEvent_keepsEveryMention()
    {
        const MarkedText m =
            parseMarked(QStringLiteral("[Oskar Lind] won the hill race on 8 May 2024. Rain fell later. The race on 8 "
                                       "May 2024 was [Lind=Oskar Lind]'s third win."));
        const std::vector<Event> found = eventsOf(m, {});
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].mentions.size(), size_t(2));
        QCOMPARE(found[0].mentions[0], found[0].date);
        QVERIFY(found[0].mentions[1].start > found[0].date.end);
    }

    void longClause_isCutAtAWordWithAnEllipsis()
    {
        const MarkedText m = parseMarked(QStringLiteral(
            "On 2 March 2024 the regional water authority announced a long programme of repairs to the canals, locks, "
            "weirs and pumping stations along the whole northern stretch of the river valley and its tributaries."));
        const std::vector<Event> found = eventsOf(m, {});
        QCOMPARE(found.size(), size_t(1));
        const std::u16string &s = found[0].summary;
        QVERIFY2(s.size() <= 121, qPrintable(QString::fromStdU16String(s)));
        QCOMPARE(s.back(), u'\u2026');
        QVERIFY(s.starts_with(u"the regional water authority announced"));
    }

    void participants_areTheEntitiesOfTheClauseOnly()
    {
        const MarkedText m = parseMarked(QStringLiteral(
            "[Lena Ruud] arrived in [Bergen] on 1 June 2023 and [Tomas Hale] left [Oslo] on 4 June 2023."));
        const std::vector<Event> found = eventsOf(m, {});
        QCOMPARE(describe(found, m.entities),
                 QStringLiteral("2023-06-01..2023-06-01 2023-06-01 «Lena Ruud arrived in Bergen» [Lena Ruud, Bergen] | "
                                "2023-06-04..2023-06-04 2023-06-04 «Tomas Hale left Oslo» [Tomas Hale, Oslo]"));
    }

    void stopRequested_returnsNothing()
    {
        const MarkedText m = parseMarked(QStringLiteral("The tower fell in 1902."));
        const Segmentation seg = Segmenter::segment(m.text);
        const std::vector<Timex> dates = TimexTagger::tag(m.text, seg, {});
        StopSource stop;
        stop.requestStop();
        QVERIFY(EventExtractor::extract(m.text, seg, dates, m.entities, stop.token()).empty());
    }
};

QTEST_APPLESS_MAIN(TestEventExtractor)
#include "tst_eventextractor.moc"

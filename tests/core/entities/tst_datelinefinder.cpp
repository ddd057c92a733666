// Tests for DatelineFinder: which paragraph openings are datelines and what their names are. Every row is one
// article (its lines are paragraphs; the tagger's mentions marked inline, "[GENEVA|O]"); the dates come from the
// real date tagger, the places from a small gazetteer of our own.
#include "OutlineFixture.h"
#include "entities/DatelineFinder.h"
#include "entities/PlaceGazetteer.h"
#include "timex/TimexTagger.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace lede::core;
using namespace lede::test;
using namespace Qt::StringLiterals;

class TestDatelineFinder final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<const PlaceGazetteer> m_places;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const std::filesystem::path tsv = m_dir.filePath(u"places.tsv"_s).toStdString();
        std::ofstream(tsv) << "Geneva\tCH\t46.2\t6.14\t183981\n"
                              "Nairobi\tKE\t-1.28\t36.82\t2750547\n"
                              "Lagos\tNG\t6.45\t3.39\t9000000\n"
                              "Portland\tUS\t45.52\t-122.68\t632309\n"
                              "Hashimoto\tJP\t34.31\t135.6\t64000\n"
                              "Nice\tFR\t43.7\t7.27\t338620\n"
                              "London\tGB\t51.5\t-0.13\t8961989\n"
                              "New Halden\tNO\t59.1\t11.4\t31000\n";
        auto loaded = PlaceGazetteer::load(tsv, m_dir.filePath(u"no-countries.json"_s).toStdString());
        QVERIFY(loaded.ok());
        m_places = loaded.value();
    }

    void find_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("expected");

        QTest::newRow("capitals and an em dash") << u"GENEVA — Negotiators left the talks."_s << u"GENEVA=place"_s;
        QTest::newRow("the tagger's organisation is overridden")
            << u"[GENEVA|O] — Negotiators left the talks."_s << u"GENEVA=place"_s;
        QTest::newRow("after a headline and a byline")
            << u"Talks Stall Again\nBy Ann Lee\nGENEVA — Negotiators left the talks."_s << u"GENEVA=place"_s;
        QTest::newRow("title case a gazetteer knows, en dash") << u"Geneva – Negotiators left the talks."_s
                                                               << u"Geneva=place"_s;
        QTest::newRow("city and region, hyphen") << u"Portland, Maine - The mayor spoke on Friday."_s
                                                 << u"Portland=place; Maine=place"_s;
        QTest::newRow("city and agency") << u"NAIROBI (Reuters) - The ministry said it would act."_s
                                         << u"NAIROBI=place; Reuters=organization"_s;
        QTest::newRow("city, date and agency") << u"LAGOS, March 3 (AFP) – Markets fell sharply on Monday."_s
                                               << u"LAGOS=place; AFP=organization"_s;
        QTest::newRow("an unknown city with region and agency")
            << u"PORT ARDENT, Norvania (AP) — Fishers returned to the harbour."_s
            << u"PORT ARDENT=place; Norvania=place; AP=organization"_s;
        QTest::newRow("an unknown city the tagger calls a place") << u"[PORT ARDENT|L] — Fishers returned home."_s
                                                                  << u"PORT ARDENT=place"_s;
        QTest::newRow("double hyphen") << u"NICE, France -- Fishers returned home."_s << u"NICE=place; France=place"_s;
        QTest::newRow("the wire's city and date line") << u"LONDON 2024-05-02\nShares rose on Thursday."_s
                                                       << u"LONDON=place"_s;
        QTest::newRow("the wire's line with a region") << u"HALDEN, Norvania 2024-05-02\nShares rose."_s
                                                       << u"HALDEN=place; Norvania=place"_s;
        QTest::newRow("region abbreviated with a period") << u"PORTLAND, Ore. (AP) — Rain fell all night."_s
                                                          << u"PORTLAND=place; Ore.=place; AP=organization"_s;

        QTest::newRow("an unknown city without more is left to the tagger")
            << u"PORT ARDENT — Fishers returned home."_s << QString();
        QTest::newRow("an unknown title case word") << u"Apple — The company said it would grow."_s << QString();
        QTest::newRow("an acronym") << u"NASA — The agency said it would launch."_s << QString();
        QTest::newRow("a lead-in word") << u"UPDATE — The story was revised on Friday."_s << QString();
        QTest::newRow("a known place that starts with a lead-in word")
            << u"Shares rise in the north\n[NEW HALDEN|O] 2024-05-02\nShares rose on Thursday."_s
            << u"NEW HALDEN=place"_s;
        QTest::newRow("a lead-in word before an unknown name") << u"NEW PORTS — The story was revised on Friday."_s
                                                               << QString();
        QTest::newRow("a section word") << u"SOCCER - Kaneko signs for the club."_s << QString();
        QTest::newRow("a headline") << u"GENEVA TALKS — A NEW HOPE FOR RIVERS\nNegotiators met."_s << QString();
        QTest::newRow("not the start of the paragraph") << u"Talks ended. GENEVA — Negotiators left the talks."_s
                                                        << QString();
        QTest::newRow("an aside about a person") << u"[Hashimoto|P] -- who returns on Friday, must call polls."_s
                                                 << QString();
        QTest::newRow("a known place the tagger calls a person")
            << u"[Hashimoto|P] - He returns on Friday and calls polls."_s << QString();
        QTest::newRow("a greeting") << u"[Kay|P] - Thanks for the notes, see you soon."_s << QString();
        QTest::newRow("a dash with too little after it") << u"GENEVA — Talks end."_s << QString();
        QTest::newRow("a date that is no calendar date") << u"For decades.\nHe drank."_s << QString();
        QTest::newRow("the wire's line in title case, unknown") << u"Harbour Link 2024-05-02\nShares rose."_s
                                                                << QString();
        QTest::newRow("the wire's line the tagger reads as something else")
            << u"[UNITED NATIONS|O] 2024-05-02\nDelegates met."_s << QString();
        QTest::newRow("the wire's line with more after the date") << u"LONDON 2024-05-02 was a warm day."_s
                                                                  << QString();
        QTest::newRow("the tagger's place cuts across the city")
            << u"[Harbour|L] Link (Reuters) - Shares rose today again."_s << u"Harbour Link=place; Reuters=organization"_s;
    }

    void find()
    {
        QFETCH(QString, article);
        QFETCH(QString, expected);
        const OutlineFixture f(article);
        std::vector<TextRange> dates;
        for (const Timex &t : TimexTagger::tag(f.marked.text, f.segmentation, {}))
            dates.push_back(t.range);
        QCOMPARE(f.describe(DatelineFinder::find(*f.outline, f.marked.mentions, dates, m_places.get())), expected);
    }

    void find_withoutGazetteer_needsTheTaggerOrTheShape()
    {
        const OutlineFixture known(u"GENEVA — Negotiators left the talks."_s);
        QCOMPARE(known.describe(DatelineFinder::find(*known.outline, {}, {}, nullptr)), QString());
        const OutlineFixture shaped(u"GENEVA (AP) — Negotiators left the talks."_s);
        QCOMPARE(shaped.describe(DatelineFinder::find(*shaped.outline, {}, {}, nullptr)),
                 u"GENEVA=place; AP=organization"_s);
    }
};

QTEST_APPLESS_MAIN(TestDatelineFinder)
#include "tst_datelinefinder.moc"

// lede-event-eval's reading and counting: the gold (sentence, date interval) pairs a TimeML file's
// event–date links give, and how system events score against them. The TimeML file is our own.
#include "EventAnchorScore.h"
#include "TimeMLReader.h"

#include "common/Utf.h"
#include "text/Segmenter.h"

#include <QTest>

#include <algorithm>

using namespace lede;
using namespace lede::tools;

Q_DECLARE_METATYPE(lede::tools::AnchorPair)

namespace {

const char *const kFile = LEDE_TEST_DATA_DIR "/events/harbour-story.timeml.xml";

core::DateInterval days(core::CalendarDate start, core::CalendarDate end,
                        core::EventAnchor anchor = core::EventAnchor::Dated)
{
    return {anchor, start, end};
}

std::u16string_view slice(const std::u16string &text, core::TextRange r)
{
    return std::u16string_view(text).substr(static_cast<size_t>(r.start), static_cast<size_t>(r.length()));
}

// A system event dated by the expression `surface` of the text, as the core would report it.
core::Event eventAt(const TimeMLDocument &doc, const core::Segmentation &seg, std::u16string_view surface,
                    core::DateInterval interval)
{
    core::Event e;
    const auto at = static_cast<int32_t>(doc.text.find(surface));
    e.anchor = interval.anchor;
    e.start = interval.start;
    e.end = interval.end;
    e.date = {at, at + static_cast<int32_t>(surface.size())};
    const int32_t sentence = sentenceAt(seg, at);
    if (sentence >= 0)
        e.sentence = seg.sentences[static_cast<size_t>(sentence)].range;
    e.mentions = {e.date};
    return e;
}

} // namespace

class TestEventAnchorScore final : public QObject
{
    Q_OBJECT

private:
    TimeMLDocument m_doc;
    core::Segmentation m_seg;

private slots:
    void initTestCase()
    {
        auto doc = readTimeML(kFile);
        QVERIFY2(doc, kFile);
        m_doc = std::move(*doc);
        m_seg = core::Segmenter::segment(m_doc.text);
        QCOMPARE(m_seg.sentences.size(), size_t(5));
    }

    void reader_readsEventsInstancesLinksAndTheCreationTime()
    {
        QCOMPARE(m_doc.events.size(), size_t(8));
        QCOMPARE(m_doc.events[2].eid, std::string("e3"));
        QVERIFY(slice(m_doc.text, m_doc.events[2].range) == u"began");
        QCOMPARE(m_doc.instances.size(), size_t(8));
        QCOMPARE(m_doc.instances[3].eiid, std::string("ei4"));
        QCOMPARE(m_doc.instances[3].eventId, std::string("e4"));
        QCOMPARE(m_doc.timeLinks.size(), size_t(12));
        QCOMPARE(m_doc.timeLinks[1].timeId, std::string("t1"));
        QCOMPARE(m_doc.timeLinks[1].relatedEventInstance, std::string("ei2"));
        QVERIFY(m_doc.dct == (core::CalendarDate{2024, 5, 10}));
        QCOMPARE(m_doc.dctId, std::string("t0"));
        // The timexes inside the text keep their ids; the DCT's TIMEX3 is outside it.
        QCOMPARE(m_doc.timexes.size(), size_t(6));
        QCOMPARE(m_doc.timexes[1].tid, std::string("t2"));
        QVERIFY(slice(m_doc.text, m_doc.timexes[1].range) == u"March");
        QVERIFY(m_doc.text.find(u"March & will last six months.") != std::u16string::npos);
    }

    void gold_keepsSameSentenceDateLinksAsDistinctPairs()
    {
        const GoldAnchors gold = goldAnchors(m_doc, m_seg);
        // l1, l2 (written from the date's side), l3, l5, l9 (across sentences), l10 (PRESENT_REF).
        QCOMPARE(gold.links, 6);
        QCOMPARE(gold.otherSentence, 1);
        QCOMPARE(gold.unplaceable, 1);
        QCOMPARE(gold.toCreationTime, 1);
        QCOMPARE(gold.unresolved, 1);
        // "approved" and "cheered" share Monday's pair.
        QCOMPARE(gold.pairs.size(), size_t(3));
        QCOMPARE(gold.pairs[0].sentence, 0);
        QVERIFY(gold.pairs[0].interval == days({2024, 5, 6}, {2024, 5, 6}));
        QCOMPARE(gold.pairs[1].sentence, 1);
        QVERIFY(gold.pairs[1].interval == days({2024, 3, 1}, {2024, 3, 31}));
        QCOMPARE(gold.pairs[1].value, std::string("2024-03"));
        QCOMPARE(gold.pairs[2].sentence, 2);
        QVERIFY(gold.pairs[2].interval == days({2024, 4, 2}, {2024, 4, 2}));
    }

    void score_countsAStrictHitARelaxedHitAMissAndAFalseAlarm()
    {
        const std::vector<core::Event> events = {
            eventAt(m_doc, m_seg, u"Monday", days({2024, 5, 6}, {2024, 5, 6})),     // strict
            eventAt(m_doc, m_seg, u"March", days({2024, 3, 15}, {2024, 3, 15})),    // inside the gold month
            eventAt(m_doc, m_seg, u"2025", days({2025, 1, 1}, {2025, 12, 31})),     // no gold link there
            eventAt(m_doc, m_seg, u"Now", {core::EventAnchor::Unanchored, {}, {}}), // not on the calendar
        };
        // Nothing for "2 April 2024": a miss.
        const SystemAnchors system = systemAnchors(events, m_seg);
        QCOMPARE(system.events, 4);
        QCOMPARE(system.unanchored, 1);
        QCOMPARE(system.pairs.size(), size_t(3));

        const AnchorScore score = scoreAnchors(goldAnchors(m_doc, m_seg).pairs, system.pairs);
        QCOMPARE(score.counts.gold, 3);
        QCOMPARE(score.counts.system, 3);
        QCOMPARE(score.counts.strict, 1);
        QCOMPARE(score.counts.relaxedGold, 2);
        QCOMPARE(score.counts.relaxedSystem, 2);
        QVERIFY(score.goldMatch == (std::vector{AnchorMatch::Strict, AnchorMatch::RelaxedOnly, AnchorMatch::None}));
        QVERIFY(score.systemMatch == (std::vector{AnchorMatch::Strict, AnchorMatch::RelaxedOnly, AnchorMatch::None}));

        const Prf strict = strictPrf(score.counts);
        QCOMPARE(qRound(strict.precision * 10), 333);
        QCOMPARE(qRound(strict.recall * 10), 333);
        const Prf relaxed = relaxedPrf(score.counts);
        QCOMPARE(qRound(relaxed.precision * 10), 667);
        QCOMPARE(qRound(relaxed.recall * 10), 667);
        QCOMPARE(qRound(relaxed.f1 * 10), 667);
    }

    void system_aMergedEventCountsInEverySentenceItIsToldIn()
    {
        core::Event e = eventAt(m_doc, m_seg, u"Monday", days({2024, 5, 6}, {2024, 5, 6}));
        const auto inspectors = static_cast<int32_t>(m_doc.text.find(u"2 April 2024"));
        e.mentions.push_back({inspectors, inspectors + 12});
        const SystemAnchors system = systemAnchors({e}, m_seg);
        QCOMPARE(system.pairs.size(), size_t(2));
        QCOMPARE(system.pairs[0].sentence, 0);
        QCOMPARE(system.pairs[1].sentence, 2);
    }

    void noEvents_scoreZeroWithoutDividingByZero()
    {
        const AnchorScore score = scoreAnchors({}, {});
        const Prf p = relaxedPrf(score.counts);
        QCOMPARE(p.precision, 0.0);
        QCOMPARE(p.recall, 0.0);
        QCOMPARE(p.f1, 0.0);
    }

    void overlap_data()
    {
        QTest::addColumn<AnchorPair>("a");
        QTest::addColumn<AnchorPair>("b");
        QTest::addColumn<bool>("same");
        QTest::addColumn<bool>("overlapping");
        const auto pair = [](int32_t sentence, core::DateInterval i) { return AnchorPair{sentence, i, {}, {}}; };
        const auto may = days({2024, 5, 1}, {2024, 5, 31});
        const auto yearUnknownMay14 = days({0, 5, 14}, {0, 5, 14}, core::EventAnchor::YearUnknown);
        QTest::newRow("the same day") << pair(1, days({2024, 5, 14}, {2024, 5, 14})) << pair(1, days({2024, 5, 14}, {2024, 5, 14})) << true << true;
        QTest::newRow("a day in its month") << pair(1, days({2024, 5, 14}, {2024, 5, 14})) << pair(1, may) << false << true;
        QTest::newRow("ranges sharing their last day") << pair(1, days({2024, 4, 20}, {2024, 5, 1})) << pair(1, may) << false << true;
        QTest::newRow("adjacent months") << pair(1, days({2024, 4, 1}, {2024, 4, 30})) << pair(1, may) << false << false;
        QTest::newRow("the same month, another sentence") << pair(1, may) << pair(2, may) << false << false;
        QTest::newRow("year unknown against a dated day") << pair(1, yearUnknownMay14) << pair(1, days({0, 5, 14}, {0, 5, 14})) << false << false;
        QTest::newRow("year unknown against year unknown") << pair(1, yearUnknownMay14) << pair(1, yearUnknownMay14) << true << true;
        QTest::newRow("BCE years") << pair(1, days({-43, 3, 15}, {-43, 3, 15})) << pair(1, days({-43, 1, 1}, {-43, 12, 31})) << false << true;
    }

    void overlap()
    {
        QFETCH(AnchorPair, a);
        QFETCH(AnchorPair, b);
        QFETCH(bool, same);
        QFETCH(bool, overlapping);
        QCOMPARE(sameAnchor(a, b), same);
        QCOMPARE(sameAnchor(b, a), same);
        QCOMPARE(overlappingAnchor(a, b), overlapping);
        QCOMPARE(overlappingAnchor(b, a), overlapping);
    }

    void sentenceAt_isMinusOneBetweenSentences()
    {
        const int32_t gap = m_seg.sentences[0].range.end;
        QCOMPARE(sentenceAt(m_seg, gap), -1);
        QCOMPARE(sentenceAt(m_seg, m_seg.sentences[1].range.start), 1);
        QCOMPARE(sentenceAt(m_seg, -5), -1);
        QCOMPARE(sentenceAt(m_seg, static_cast<int32_t>(m_doc.text.size()) + 5), -1);
    }

    // The evaluator's own pipeline (layout, analysis with the creation time, scoring) on the story: the
    // explicit date and the weekday resolved against 10 May 2024 are the sentences' own dates.
    void pipeline_anchorsTheStoryAgainstItsCreationTime()
    {
        const auto run = anchorTimeML(m_doc);
        QVERIFY(run);
        QCOMPARE(run->document.text.size(), m_doc.text.size());
        QCOMPARE(run->segmentation.sentences.size(), size_t(5));
        QCOMPARE(run->score.counts.gold, 3);
        QCOMPARE(run->score.goldMatch[0], AnchorMatch::Strict); // Monday → 2024-05-06
        QCOMPARE(run->score.goldMatch[2], AnchorMatch::Strict); // 2 April 2024
        // "The old ferry will retire in 2025" has a date but no gold link: a false alarm.
        const auto retire = std::find_if(run->system.pairs.begin(), run->system.pairs.end(),
                                         [](const AnchorPair &p) { return p.value == "2025"; });
        QVERIFY(retire != run->system.pairs.end());
        QCOMPARE(retire->sentence, 3);
        QCOMPARE(run->score.systemMatch[static_cast<size_t>(retire - run->system.pairs.begin())], AnchorMatch::None);
    }

    void reader_missingFile_isNullopt() { QVERIFY(!readTimeML(LEDE_TEST_DATA_DIR "/events/no-such-file.tml")); }
};

QTEST_APPLESS_MAIN(TestEventAnchorScore)
#include "tst_eventanchorscore.moc"

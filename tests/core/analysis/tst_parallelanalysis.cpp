// The analysis run in parallel (segmentation batches, entity windows, dates beside entities) gives exactly the
// serial result on a text long enough for several entity windows, and a stop request still cancels it.
#include "ThreadParallel.h"
#include "analysis/Analysis.h"

#include <QTest>

#include <atomic>
#include <string>

using namespace lede::core;

namespace {

// A long text of our own: short paragraphs with varied names, places, organisations and dates.
Document longDocument(std::size_t minTokens)
{
    static const char16_t *people[] = {u"Marta Okonkwo",   u"Jonas Verhoeven", u"Amira Salcedo", u"Tobias Lindqvist",
                                       u"Priya Ramaswamy", u"Henrik Dalby",    u"Ines Carvalho", u"Ruth Abernathy"};
    static const char16_t *places[] = {u"Lisbon", u"Tallinn", u"Nairobi", u"Valparaíso", u"Dundee", u"Kraków"};
    static const char16_t *groups[] = {u"the Harbour Authority", u"Northwind Ferries", u"the Civic Archive",
                                       u"Meridian Bank"};
    static const char16_t *months[] = {u"January", u"March", u"May", u"August", u"October", u"December"};
    Document doc;
    std::size_t words = 0;
    for (int i = 0; words < minTokens; ++i) {
        std::u16string p;
        const std::u16string person = people[i % 8], other = people[(i * 5 + 3) % 8];
        const std::u16string place = places[(i * 7) % 6], group = groups[(i * 3) % 4];
        const std::u16string day = std::u16string(months[i % 6]) + u" " + std::u16string(1, u'1' + i % 9) + u", "
            + u"19" + std::u16string(1, u'0' + i % 10) + std::u16string(1, u'0' + (i / 10) % 10);
        p += person + u" reached " + place + u" on " + day + u" to meet " + other + u" of " + group + u". ";
        p += u"Two days later the talks in " + place + u" ended, and " + group + u" said nothing more. ";
        p += u"Last week " + other.substr(0, other.find(u' ')) + u" wrote that the next meeting would be held "
            + u"in spring; nobody from " + place + u" answered. ";
        p += u"The weather was mild (about 14 degrees), the ferry left at 7 p.m., and Mr. "
            + person.substr(person.find(u' ') + 1) + u" stayed until Friday.";
        Block b;
        b.kind = i % 25 == 0 ? BlockKind::Heading : BlockKind::Paragraph;
        b.level = b.kind == BlockKind::Heading ? 2 : 0;
        if (!doc.text.empty())
            doc.text += u"\n\n";
        b.range = {static_cast<int32_t>(doc.text.size()), static_cast<int32_t>(doc.text.size() + p.size())};
        doc.text += p;
        doc.blocks.push_back(b);
        words += 90; // about as many tokens as the paragraph has
    }
    doc.meta.publishedDate = "2024-06-01";
    return doc;
}

} // namespace

class TestParallelAnalysis final : public QObject
{
    Q_OBJECT

private:
    Document m_doc;
    std::shared_ptr<const NerTagger> m_tagger;

private slots:
    void initTestCase()
    {
        auto tagger = NerTagger::loadDefault();
        QVERIFY2(tagger.ok(), tagger.ok() ? "" : tagger.error().detail.c_str());
        m_tagger = tagger.value();
        m_doc = longDocument(3 * NerTagger::kWindowTokens);
    }

    void parallel_equalsSerial_onATextOfSeveralWindows()
    {
        AnalysisOptions serial;
        serial.tagger = m_tagger;
        const Analysis a = analyzeDocument(m_doc, serial);
        QVERIFY(!a.cancelled);
        // The text really spans several entity windows and several segmentation batches.
        QVERIFY(a.segmentation.tokens.size() > 2 * static_cast<std::size_t>(NerTagger::kWindowTokens));
        QVERIFY(m_doc.text.size() > 1024 * 1024);
        QVERIFY(a.entities.size() > 10);
        QVERIFY(a.dates.size() > 1000);
        QVERIFY(!a.events.empty());

        AnalysisOptions parallel = serial;
        parallel.parallel = lede::cli::threadParallelFor(4); // more workers than tasks may need: any order
        const Analysis b = analyzeDocument(m_doc, parallel);
        QVERIFY(!b.cancelled);

        QCOMPARE(b.segmentation.sentences.size(), a.segmentation.sentences.size());
        QCOMPARE(b.segmentation.tokens.size(), a.segmentation.tokens.size());
        for (std::size_t i = 0; i < a.segmentation.sentences.size(); ++i) {
            QCOMPARE(b.segmentation.sentences[i].range, a.segmentation.sentences[i].range);
            QCOMPARE(b.segmentation.sentences[i].firstToken, a.segmentation.sentences[i].firstToken);
        }
        for (std::size_t i = 0; i < a.segmentation.tokens.size(); ++i)
            QCOMPARE(b.segmentation.tokens[i].range, a.segmentation.tokens[i].range);

        QCOMPARE(b.entities.size(), a.entities.size());
        for (std::size_t i = 0; i < a.entities.size(); ++i) {
            QVERIFY(b.entities[i].name == a.entities[i].name);
            QCOMPARE(b.entities[i].type, a.entities[i].type);
            QCOMPARE(b.entities[i].mentions.size(), a.entities[i].mentions.size());
            for (std::size_t m = 0; m < a.entities[i].mentions.size(); ++m)
                QCOMPARE(b.entities[i].mentions[m], a.entities[i].mentions[m]);
        }
        QCOMPARE(b.dates.size(), a.dates.size());
        for (std::size_t i = 0; i < a.dates.size(); ++i) {
            QCOMPARE(b.dates[i].range, a.dates[i].range);
            QCOMPARE(b.dates[i].value, a.dates[i].value);
            QCOMPARE(b.dates[i].type, a.dates[i].type);
        }
        QCOMPARE(b.events.size(), a.events.size());
        for (std::size_t i = 0; i < a.events.size(); ++i) {
            QCOMPARE(b.events[i].sentence, a.events[i].sentence);
            QCOMPARE(b.events[i].date, a.events[i].date);
            QCOMPARE(b.events[i].participants, a.events[i].participants);
        }
        QCOMPARE(b.reference.date, a.reference.date);
    }

    void stopRequest_cancelsTheParallelRun()
    {
        StopSource source;
        AnalysisOptions options;
        options.tagger = m_tagger;
        options.stop = source.token();
        const lede::core::ParallelFor threads = lede::cli::threadParallelFor(2);
        std::atomic<int> calls{0};
        // The stop comes while the work is under way: after the first parallel batch has started.
        options.parallel = [&](std::size_t count, const ParallelTask &task) {
            threads(count, [&](std::size_t i) {
                if (calls.fetch_add(1) == 1)
                    source.requestStop();
                task(i);
            });
        };
        const Analysis a = analyzeDocument(m_doc, options);
        QVERIFY(calls.load() >= 2);
        QVERIFY(a.cancelled);
        QVERIFY(a.entities.empty());
        QVERIFY(a.events.empty());
    }
};

QTEST_APPLESS_MAIN(TestParallelAnalysis)
#include "tst_parallelanalysis.moc"

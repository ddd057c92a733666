// Benchmark for EventExtractor (label "benchmark": not part of the default test run). Prints the time
// to extract the events of a ~4 MB text written here (a ship's log of repeated, varied entries with
// dates, ranges, durations and names), after segmentation and date tagging, which are timed apart.
#include "EventTestSupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace lede::core;
using namespace lede::core::testing;

class BenchEventExtractor final : public QObject
{
    Q_OBJECT

private slots:
    void extractFromAFourMegabyteLog()
    {
        static const char16_t *const kMonths[] = {u"January", u"March", u"May", u"July", u"September", u"November"};
        static const char16_t *const kNames[] = {u"Arlo Venn", u"Mira Holt", u"Sarnia", u"Port Eldry"};
        auto num = [](int n) {
            const std::string s = std::to_string(n);
            return std::u16string(s.begin(), s.end());
        };
        MarkedText m;
        std::vector<std::vector<TextRange>> mentions(4);
        for (int i = 0; m.text.size() < 2'000'000; ++i) {
            auto name = [&](int k) {
                const auto start = static_cast<int32_t>(m.text.size());
                m.text += kNames[k];
                mentions[size_t(k)].push_back({start, static_cast<int32_t>(m.text.size())});
            };
            name(i % 2);
            m.text += u" reached ";
            name(2 + i % 2);
            m.text += u" on " + num(1 + i % 27) + u" " + kMonths[i % 6] + u" " + num(1800 + i % 97)
                + u" and stayed for three days. ";
            m.text += u"The crew rested from 2 to 5 " + std::u16string(kMonths[(i + 1) % 6]) + u" " + num(1800 + i % 97)
                + u", as they had in 1799. ";
        }
        for (size_t k = 0; k < 4; ++k)
            m.entities.push_back({"e" + std::to_string(k + 1), EntityType::Other, kNames[k], mentions[k]});

        QElapsedTimer timer;
        timer.start();
        const Segmentation seg = Segmenter::segment(m.text);
        const qint64 segmentMs = timer.restart();
        const std::vector<Timex> dates = TimexTagger::tag(m.text, seg, {});
        const qint64 tagMs = timer.restart();
        const std::vector<Event> events = EventExtractor::extract(m.text, seg, dates, m.entities);
        const qint64 extractMs = timer.elapsed();
        qInfo(
            "text %.1f MB (UTF-16), %zu dates, %zu events: segment %lld ms, tag dates %lld ms, extract events %lld ms",
            double(m.text.size() * 2) / 1e6, dates.size(), events.size(), segmentMs, tagMs, extractMs);
        QVERIFY(!events.empty());
    }
};

QTEST_APPLESS_MAIN(BenchEventExtractor)
#include "bench_eventextractor.moc"

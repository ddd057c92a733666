// Tests of TimelineLayout's breaks over empty stretches of time: a news story with one old date and a
// history with long gaps are fitted so every card is within the view, in order, none over another, with
// a break where the axis would otherwise run empty for years.
#include "TimelineSamples.h"
#include "timeline/TimelineLayout.h"
#include "timex/CalendarMath.h"

#include <QTest>

#include <algorithm>

using namespace lede::ui;
using lede::core::EventAnchor;

Q_DECLARE_METATYPE(std::vector<lede::ui::TimelineItem>)

namespace {

std::vector<TimelineItem> newsWithOldDate()
{
    std::vector<TimelineItem> items = samples::news();
    items.push_back(samples::item("v20", EventAnchor::Dated, {1998, 1, 1}, {1998, 12, 31}, "1998",
                                  "the river last rose this high", "The river last rose this high in 1998.", 900));
    return items;
}

std::vector<TimelineItem> sparseHistory()
{
    // Two clusters eleven centuries apart, and one lone date between them.
    using A = EventAnchor;
    return {
        samples::item("h1", A::Dated, {812, 1, 1}, {812, 12, 31}, "812", "the abbey was founded", "", 0),
        samples::item("h2", A::Dated, {815, 1, 1}, {815, 12, 31}, "815", "the first mill was built", "", 10),
        samples::item("h3", A::Dated, {821, 1, 1}, {821, 12, 31}, "821", "the abbey burned", "", 20),
        samples::item("h4", A::Dated, {1410, 1, 1}, {1410, 12, 31}, "1410", "a bridge replaced the ford", "", 30),
        samples::item("h5", A::Dated, {1940, 5, 10}, {1940, 5, 10}, "10 May 1940", "the bridge was blown up", "", 40),
        samples::item("h6", A::Dated, {1944, 9, 2}, {1944, 9, 2}, "2 September 1944", "the town was freed", "", 50),
        samples::item("h7", A::Dated, {1947, 1, 1}, {1947, 12, 31}, "1947", "a new bridge opened", "", 60),
    };
}

} // namespace

class TstTimelineLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fit_showsEveryCardInOrder_withBreaksOverEmptyStretches_data()
    {
        QTest::addColumn<std::vector<TimelineItem>>("items");
        QTest::addColumn<double>("viewportHeight");
        QTest::addColumn<int>("minBreaks");
        QTest::addColumn<int>("maxBreaks");
        // {year before a break, year after it}: each must be split by a break.
        QTest::addColumn<QList<QPoint>>("brokenBetween");
        // The gap, and the inside of the year 1998 (longer than March 2025).
        QTest::newRow("news with one old date") << newsWithOldDate() << 900.0 << 1 << 2
                                                << QList<QPoint>{{1998, 2025}};
        QTest::newRow("news alone needs no break") << samples::news() << 900.0 << 0 << 0 << QList<QPoint>{};
        QTest::newRow("history with long gaps") << sparseHistory() << 700.0 << 2 << 3
                                                << QList<QPoint>{{821, 1410}, {1410, 1940}};
        // Dates every few centuries: no stretch longer than the rest, so the axis keeps its true lengths.
        QTest::newRow("history from the Bronze Age") << samples::history() << 1500.0 << 0 << 0 << QList<QPoint>{};
    }

    void fit_showsEveryCardInOrder_withBreaksOverEmptyStretches()
    {
        QFETCH(std::vector<TimelineItem>, items);
        QFETCH(double, viewportHeight);
        QFETCH(int, minBreaks);
        QFETCH(int, maxBreaks);
        QFETCH(QList<QPoint>, brokenBetween);
        const TimelineMetrics metrics;
        const TimelineOrder order = TimelineOrder::of(items);
        const double scale = TimelineLayout::fitScale(order, metrics, viewportHeight, 50);
        const TimelineLayout layout = TimelineLayout::compute(order, metrics, scale);

        QVERIFY2(layout.height <= viewportHeight, qPrintable(QString::number(layout.height)));
        for (int p = 0; p < order.size(); ++p) {
            const TimelineLayout::Entry &e = layout.entries[size_t(p)];
            QVERIFY(e.cardTop >= 0);
            QVERIFY(e.cardTop + metrics.cardHeight <= layout.height);
            if (p + 1 < order.datedCount) {
                const TimelineLayout::Entry &next = layout.entries[size_t(p + 1)];
                QVERIFY2(next.cardTop >= e.cardTop + metrics.cardHeight, "cards overlap");
                QVERIFY2(next.markTop >= e.markTop, "marks out of date order");
            }
        }
        QVERIFY2(int(layout.breaks.size()) >= minBreaks && int(layout.breaks.size()) <= maxBreaks,
                 qPrintable(QString::number(layout.breaks.size())));
        double previousBottom = -1;
        for (const TimelineLayout::Break &b : layout.breaks) {
            QCOMPARE(b.bottom - b.top, metrics.breakHeight);
            QVERIFY(b.top >= previousBottom);
            previousBottom = b.bottom;
            // No event starts or ends inside a break.
            for (int p = 0; p < order.datedCount; ++p) {
                QVERIFY(order.firstDay[size_t(p)] <= b.firstDay || order.firstDay[size_t(p)] >= b.endDay);
                QVERIFY(order.endDay[size_t(p)] <= b.firstDay || order.endDay[size_t(p)] >= b.endDay);
            }
            // The axis maps the break's days onto it and back.
            QCOMPARE(layout.y(double(b.firstDay)), b.top);
            QCOMPARE(layout.y(double(b.endDay)), b.bottom);
            QVERIFY(layout.breakAt((b.top + b.bottom) / 2) == &b);
        }
        for (const QPoint &years : brokenBetween) {
            const int64_t before = lede::core::calendar::toDayNumber({years.x(), 12, 31});
            const int64_t after = lede::core::calendar::toDayNumber({years.y(), 1, 1});
            const bool found = std::any_of(layout.breaks.begin(), layout.breaks.end(),
                                           [&](const auto &b) { return b.firstDay <= after && b.endDay > before; });
            QVERIFY2(found, qPrintable(QStringLiteral("no break between %1 and %2").arg(years.x()).arg(years.y())));
        }
        // Round trip through the piecewise axis.
        for (int p = 0; p < order.datedCount; ++p) {
            const auto day = double(order.firstDay[size_t(p)]);
            QVERIFY(qAbs(layout.dayAt(layout.y(day)) - day) < 1e-6 * qMax(1.0, qAbs(day)));
        }
    }

    void oldDate_leavesTheClusterItsRoom()
    {
        // Without the break the 27 years would take all but a thirtieth of the axis.
        const TimelineMetrics metrics;
        const TimelineOrder order = TimelineOrder::of(newsWithOldDate());
        const TimelineLayout layout =
            TimelineLayout::compute(order, metrics, TimelineLayout::fitScale(order, metrics, 900, 50));
        const double march = layout.y(double(lede::core::calendar::toDayNumber({2025, 4, 1})))
            - layout.y(double(lede::core::calendar::toDayNumber({2025, 3, 1})));
        QVERIFY2(march > 300, qPrintable(QString::number(march)));
    }

    void breaks_dependOnTheScale()
    {
        // Zoomed far out, the gap is short enough to be drawn at its length.
        const TimelineMetrics metrics;
        const TimelineOrder order = TimelineOrder::of(newsWithOldDate());
        QVERIFY(TimelineLayout::compute(order, metrics, 0.005).breaks.empty());
        QVERIFY(!TimelineLayout::compute(order, metrics, 5).breaks.empty());
    }
};

QTEST_GUILESS_MAIN(TstTimelineLayout)
#include "tst_timelinelayout.moc"

// The timeline view driven as a user would: keys and clicks move and open events; a history from the
// Bronze Age lays out on a coarse axis with no card over another; ranges span; the year-unknown lane
// holds its events; zoom changes the unit; fit shows everything.
#include "TimelineSamples.h"
#include "timeline/TimelineView.h"

#include <QAccessible>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace lede::ui;
using lede::core::EventAnchor;

namespace {
int indexOf(const TimelineView &view, const char *id)
{
    for (size_t i = 0; i < view.items().size(); ++i) {
        if (view.items()[i].id == QString::fromUtf8(id))
            return int(i);
    }
    return -1;
}

void showView(TimelineView &view, std::vector<TimelineItem> items, QSize size = {360, 900})
{
    view.setItems(std::move(items));
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
}

const TimelineLayout::Entry &entryOf(const TimelineView &view, int index)
{
    return view.layout().entries[size_t(view.displayPosition(index))];
}

// No card overlaps the next one, in content coordinates.
bool cardsOverlap(const TimelineView &view)
{
    const auto &entries = view.layout().entries;
    for (size_t i = 1; i < entries.size(); ++i) {
        if (entries[i].cardTop < entries[i - 1].cardTop + view.metrics().cardHeight - 0.01)
            return true;
    }
    return false;
}
} // namespace

class TestTimelineView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arrowKeys_moveThroughEventsInDateOrder_andEnterOpensTheCurrent()
    {
        TimelineView view;
        showView(view, samples::news());
        view.setFocus();
        QSignalSpy activated(&view, &TimelineView::activated);
        QSignalSpy changed(&view, &TimelineView::currentChanged);
        QCOMPARE(view.currentIndex(), -1);
        QTest::keyClick(&view, Qt::Key_Down); // starts at the first event on screen: "March 2025" (v10)
        QCOMPARE(view.currentIndex(), indexOf(view, "v10"));
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.currentIndex(), indexOf(view, "v1"));
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.currentIndex(), indexOf(view, "v2"));
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.currentIndex(), indexOf(view, "v1"));
        QTest::keyClick(&view, Qt::Key_End); // the year-unknown event comes after every dated one
        QCOMPARE(view.currentIndex(), indexOf(view, "v11"));
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.currentIndex(), indexOf(view, "v10"));
        QTest::keyClick(&view, Qt::Key_PageDown);
        QVERIFY(view.displayPosition(view.currentIndex()) > 1);
        QTest::keyClick(&view, Qt::Key_PageUp);
        QCOMPARE(view.currentIndex(), indexOf(view, "v10"));
        QCOMPARE(changed.count(), 8);
        QCOMPARE(changed.last().at(0).toInt(), indexOf(view, "v10"));
        QVERIFY(activated.isEmpty());
        QTest::keyClick(&view, Qt::Key_Return);
        QTest::keyClick(&view, Qt::Key_Space);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(0).at(0).toInt(), indexOf(view, "v10"));
        QCOMPARE(activated.at(1).at(0).toInt(), indexOf(view, "v10"));
    }

    void currentEvent_isKeptVisible()
    {
        TimelineView view;
        showView(view, samples::history(), {360, 300});
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_End);
        const QRect card = view.cardRect(view.currentIndex());
        QVERIFY(!card.isEmpty());
        QVERIFY(view.viewport()->rect().contains(card));
        QVERIFY(view.verticalScrollBar()->value() > 0);
        QTest::keyClick(&view, Qt::Key_Home);
        QVERIFY(view.viewport()->rect().contains(view.cardRect(view.currentIndex())));
    }

    void clickingACard_opensThatEvent()
    {
        TimelineView view;
        showView(view, samples::news());
        QSignalSpy activated(&view, &TimelineView::activated);
        const int target = indexOf(view, "v6");
        const QRect card = view.cardRect(target);
        QVERIFY(!card.isEmpty());
        QCOMPARE(view.indexAt(card.center()), target);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, card.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toInt(), target);
        QCOMPARE(view.currentIndex(), target);
        // The axis gutter is not a card.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(4, card.center().y()));
        QCOMPARE(activated.count(), 1);
    }

    void clickingACardHalfOutOfView_opensItWithoutScrollingAway()
    {
        TimelineView view;
        showView(view, samples::news(), {360, 300});
        QSignalSpy activated(&view, &TimelineView::activated);
        // The first card whose top is on screen and whose bottom is not.
        const QRect port = view.viewport()->rect();
        int target = -1;
        for (int i = 0; i < int(view.items().size()) && target < 0; ++i) {
            const QRect card = view.cardRect(i);
            if (card.top() < port.bottom() - 4 && card.bottom() > port.bottom())
                target = i;
        }
        QVERIFY2(target >= 0, "no card sits across the viewport's lower edge at this size");
        const QPoint onIt(view.cardRect(target).center().x(), port.bottom() - 2);
        QCOMPARE(view.indexAt(onIt), target);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, onIt);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toInt(), target);
        QCOMPARE(view.currentIndex(), target);
    }

    void history_laysOutOnAYearOrCoarserAxis_withNoCardOverAnother()
    {
        TimelineView view;
        showView(view, samples::history(), {360, 1300});
        QVERIFY2(view.unit() >= TimeUnit::Year, qPrintable(QString::number(int(view.unit()))));
        QVERIFY(!cardsOverlap(view));
        // BC before AD, in date order, and each card's leader reaches its own place on the axis.
        const auto &caesar = entryOf(view, indexOf(view, "v3"));
        const auto &vesuvius = entryOf(view, indexOf(view, "v4"));
        const auto &stones = entryOf(view, indexOf(view, "v1"));
        QVERIFY(stones.anchor < caesar.anchor);
        QVERIFY(caesar.anchor < vesuvius.anchor);
        const double bcGap = vesuvius.markTop - caesar.markTop; // 122 years
        const double ppy = view.pixelsPerDay() * 365.2425;
        QVERIFY2(std::abs(bcGap - 122.3 * ppy) < ppy, qPrintable(QString::number(bcGap / ppy)));
        // Zoomed in, still no overlaps.
        for (int i = 0; i < 6; ++i) {
            view.zoomIn();
            QVERIFY(!cardsOverlap(view));
        }
    }

    void ranges_spanTheirDays()
    {
        TimelineView view;
        showView(view, samples::news());
        const auto &survey = entryOf(view, indexOf(view, "v7")); // 17–21 March: five days
        QVERIFY(survey.spanColumn >= 0);
        QCOMPARE(survey.markBottom - survey.markTop, 5 * view.pixelsPerDay());
        const auto &monthLong = entryOf(view, indexOf(view, "v10"));
        QCOMPARE(monthLong.markBottom - monthLong.markTop, 31 * view.pixelsPerDay());
        QVERIFY(monthLong.spanColumn != survey.spanColumn); // they overlap in time: side by side
        const auto &single = entryOf(view, indexOf(view, "v6"));
        QCOMPARE(single.spanColumn, -1); // one day is a dot
    }

    void yearUnknownLane_holdsItsEventsByMonthAndDay()
    {
        TimelineView view;
        showView(view, samples::history(), {360, 1300});
        const TimelineLayout &layout = view.layout();
        QVERIFY(layout.laneTop > layout.datedAxisBottom);
        const int midsummer = indexOf(view, "v17");
        const int december = indexOf(view, "v18");
        for (int index : {midsummer, december}) {
            const auto &e = entryOf(view, index);
            QVERIFY(e.markTop >= layout.laneAxisTop);
            QVERIFY(e.markBottom <= layout.laneAxisBottom + 0.01);
            QVERIFY(e.cardTop > layout.laneTop);
        }
        QVERIFY(entryOf(view, midsummer).anchor < entryOf(view, december).anchor);
        // The dated events are all above the lane.
        for (size_t i = 0; i < view.items().size(); ++i) {
            if (view.items()[i].anchor == EventAnchor::Dated)
                QVERIFY(entryOf(view, int(i)).cardTop + view.metrics().cardHeight < layout.laneTop);
        }
    }

    void zooming_changesTheUnit()
    {
        TimelineView view;
        showView(view, samples::history(), {360, 1300});
        const TimeUnit fitted = view.unit();
        QVERIFY(fitted >= TimeUnit::Decade);
        QVERIFY(!view.canZoomOut());
        QSignalSpy zoomed(&view, &TimelineView::zoomChanged);
        for (int i = 0; i < 60 && view.canZoomIn(); ++i)
            view.zoomIn();
        QVERIFY(!zoomed.isEmpty());
        QCOMPARE(view.unit(), TimeUnit::Day);
        QVERIFY(!view.canZoomIn());
        view.zoomOut();
        QVERIFY(view.canZoomIn());
        view.fitAll();
        QCOMPARE(view.unit(), fitted);
    }

    void controlWheel_zooms_plainWheel_scrolls()
    {
        TimelineView view;
        showView(view, samples::news(), {360, 500});
        const double before = view.pixelsPerDay();
        const QPoint middle = view.viewport()->rect().center();
        QWheelEvent zoom(middle, view.viewport()->mapToGlobal(middle), {}, QPoint(0, 120), Qt::NoButton,
                         Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.viewport(), &zoom);
        QVERIFY(view.pixelsPerDay() > before);
        const int scroll = view.verticalScrollBar()->value();
        QWheelEvent wheel(middle, view.viewport()->mapToGlobal(middle), {}, QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(view.verticalScrollBar()->value() > scroll);
    }

    void fitAll_showsEveryCard()
    {
        TimelineView view;
        showView(view, samples::news(), {360, 1000});
        view.zoomIn();
        view.zoomIn();
        view.fitAll();
        QVERIFY(view.layout().height <= view.viewport()->height());
        QCOMPARE(view.verticalScrollBar()->value(), 0);
        for (size_t i = 0; i < view.items().size(); ++i)
            QVERIFY(view.viewport()->rect().contains(view.cardRect(int(i))));
    }

    void newItemsOfAnotherEra_areFitted_notStretched()
    {
        TimelineView view;
        showView(view, samples::news());
        for (int i = 0; i < 4; ++i)
            view.zoomIn();
        view.setItems(samples::history());
        QVERIFY(view.unit() >= TimeUnit::Decade);
        QCOMPARE(view.currentIndex(), -1);
    }

    void reanchoredItems_movedWithinTheOldSpan_areFittedAgain()
    {
        // A March 2025 story with one date from 1990: re-anchored a decade earlier, the relative dates
        // move to 2015, inside the old span, and the zoom chosen for March 2025 no longer suits them.
        auto items = samples::news();
        items.push_back(samples::item("v20", lede::core::EventAnchor::Dated, {1990, 1, 1}, {1990, 12, 31}, "1990",
                                      "the river wall was last repaired", "The wall was last repaired in 1990.", 900));
        TimelineView view;
        showView(view, items);
        for (int i = 0; i < 3; ++i)
            view.zoomIn();
        const double zoomed = view.pixelsPerDay();
        for (TimelineItem &item : items) {
            if (item.start.year == 2025) {
                item.start.year = 2015;
                item.end.year = 2015;
            }
        }
        view.setItems(items);
        QVERIFY(view.pixelsPerDay() != zoomed);
        QVERIFY(view.layout().height <= view.viewport()->height());
        for (size_t i = 0; i < view.items().size(); ++i)
            QVERIFY(view.viewport()->rect().contains(view.cardRect(int(i))));
    }

    void filteredItems_keepTheUsersZoom()
    {
        TimelineView view;
        showView(view, samples::news());
        for (int i = 0; i < 3; ++i)
            view.zoomIn();
        const double zoom = view.pixelsPerDay();
        auto items = samples::news();
        std::erase_if(items, [](const TimelineItem &it) { return it.start.day < 10; });
        view.setItems(items);
        QCOMPARE(view.pixelsPerDay(), zoom);
    }

    void visibleTextRange_marksTheEventsOnScreen()
    {
        TimelineView view;
        showView(view, samples::news());
        view.setVisibleTextRange(210, 420); // inside v3's sentence to inside v5's
        QVERIFY(!view.isOnScreen(indexOf(view, "v2")));
        QVERIFY(view.isOnScreen(indexOf(view, "v3")));
        QVERIFY(view.isOnScreen(indexOf(view, "v4")));
        QVERIFY(view.isOnScreen(indexOf(view, "v5")));
        QVERIFY(!view.isOnScreen(indexOf(view, "v6")));
        view.setVisibleTextRange(0, 0);
        QVERIFY(!view.isOnScreen(indexOf(view, "v3")));
    }

    void accessibility_namesTheViewAndReadsTheCurrentEvent()
    {
        TimelineView view;
        showView(view, samples::news());
        QVERIFY(!view.accessibleName().isEmpty());
        view.setCurrentIndex(indexOf(view, "v6"));
        QVERIFY2(view.accessibleDescription().contains(QStringLiteral("Friday, 14 March 2025")),
                 qPrintable(view.accessibleDescription()));
        QVERIFY(view.accessibleDescription().contains(QStringLiteral("highest level since 1998")));
    }

    void noItems_keysAndPaintingAreHarmless()
    {
        TimelineView view;
        showView(view, {});
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Down);
        QTest::keyClick(&view, Qt::Key_End);
        QTest::keyClick(&view, Qt::Key_Return);
        view.zoomIn();
        view.fitAll();
        QCOMPARE(view.currentIndex(), -1);
        QVERIFY(!view.grab().isNull());
    }

    void onlyYearUnknownEvents_showTheLaneAlone()
    {
        TimelineView view;
        auto items = samples::history();
        std::erase_if(items, [](const TimelineItem &it) { return it.anchor == EventAnchor::Dated; });
        showView(view, items);
        QCOMPARE(view.items().size(), size_t(2));
        QVERIFY(!view.cardRect(0).isEmpty());
        QVERIFY(!view.cardRect(1).isEmpty());
        QVERIFY(!view.grab().isNull());
    }

    void malformedItems_areClampedOrLeftOut_neverACrash()
    {
        auto items = samples::news();
        items[0].start = {2025, 13, 40}; // no such month or day
        items[1].end = {2025, 2, 1};     // ends before it starts
        items[2].anchor = EventAnchor::Unanchored;
        TimelineView view;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unanchored")));
        showView(view, items);
        QCOMPARE(view.items().size(), items.size() - 1);
        QCOMPARE(view.items()[0].start, (lede::core::CalendarDate{2025, 12, 31}));
        QCOMPARE(view.items()[1].end, view.items()[1].start);
        QVERIFY(!cardsOverlap(view));
        QVERIFY(!view.grab().isNull());
    }

    void thousandsOfEvents_layOutWithoutOverlap()
    {
        // A book: five thousand events over three centuries, many on the same days.
        std::vector<TimelineItem> items;
        for (int i = 0; i < 5000; ++i) {
            const lede::core::CalendarDate day{1700 + (i * 37) % 300, 1 + i % 12, 1 + i % 28};
            items.push_back(samples::item("v", EventAnchor::Dated, day, day, "a day", "something happened",
                                          "Something happened.", i * 30));
        }
        TimelineView view;
        showView(view, std::move(items), {360, 800});
        QVERIFY(!cardsOverlap(view));
        QVERIFY(!view.grab().isNull());
        view.zoomIn();
        QVERIFY(!cardsOverlap(view));
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"

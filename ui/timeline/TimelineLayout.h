// TimelineLayout: where each event of the timeline goes, top to bottom — its mark on the time axis
// (a dot, or a bar for a span long enough to show), its span column, and its card, stacked so no two
// cards overlap yet each stays as close to its date as it can. Pure geometry in pixels, no painting,
// so the view repaints only what is on screen and tests can check the layout directly.
//
// Time flows down: a side dock is tall and narrow, so a vertical axis gives every card the dock's
// whole width for its words and gives the axis the dock's long side for time.
#pragma once

#include "timeline/TimelineItem.h"

#include <cstdint>
#include <vector>

namespace lede::ui {

struct TimelineMetrics
{
    double cardHeight = 60;   // every card has the same height (date line + two summary lines)
    double cardGap = 6;       // between stacked cards
    double anchorOffset = 14; // from a card's top to the middle of its date line, where its leader ends
    double minBar = 6;        // a span shorter than this (in pixels) is drawn as a dot
    double topMargin = 12, bottomMargin = 12;
    double laneHeaderHeight = 28;  // the "Year unknown" heading
    double sectionGap = 18;        // between the dated section and the year-unknown lane
    double lanePixelsPerDay = 0.1; // the year-unknown lane's fixed scale
    int maxSpanColumns = 4;
    // A breakable stretch of the dated axis (TimelineOrder::breakable) longer than this (in pixels, at
    // the current scale) is drawn as a break of `breakHeight`: otherwise one old date stretches the axis
    // so far that fit squeezes every cluster of recent events into a few pixels.
    double breakThreshold = 200;
    double breakHeight = 36;
};

// Sorted keys of the items, computed once per set of items (O(n log n)); layouts at any zoom reuse it.
struct TimelineOrder
{
    std::vector<int> order;               // display position → item index: dated by date, then year-unknown
    std::vector<int> position;            // item index → display position
    std::vector<int64_t> firstDay;        // per display position: the first day (day number)
    std::vector<int64_t> endDay;          // ... and the day after the last one
    int datedCount = 0;                   // display positions [0, datedCount) are dated, the rest year-unknown
    int64_t datedFirst = 0, datedEnd = 0; // the dated section's span, end exclusive
    // The year-unknown lane's span: from the first of its first month to the first of the month after
    // its last, so a lane of April events is not stretched over a whole year.
    int64_t laneFirst = 0, laneEnd = 0;
    // The days where a dated event starts or ends, sorted and unique: the axis can break only between
    // two of them, so no break ever hides an event's date.
    std::vector<int64_t> keyDays;
    // Per stretch between two key days: whether it may be drawn as a break. Chosen from the data, longest
    // first, while a stretch is longer than all the rest of the axis together (the twenty years between
    // a date of the 1990s and a story of 2025, or the inside of that decade): such a stretch would take
    // most of the axis yet shows no event. Whether it is drawn broken depends on the scale (a break only
    // where it saves room), so zooming far out shows true lengths again.
    std::vector<bool> breakable;

    static TimelineOrder of(const std::vector<TimelineItem> &items);
    int size() const { return int(order.size()); }
    // Year-unknown items are placed in a leap year (so 29 February has a place); the year is never shown.
    static constexpr int kLaneYear = 2000;
};

struct TimelineLayout
{
    struct Entry
    {
        double markTop = 0, markBottom = 0; // the event's extent on the axis
        double anchor = 0;                  // where its leader starts on the axis
        double cardTop = 0;                 // non-decreasing in display order
        int spanColumn = -1;                // -1: drawn as a dot on the axis
    };
    // An empty stretch of time shown shorter than its length: [top, bottom] in pixels, the days it
    // stands for [firstDay, endDay).
    struct Break
    {
        double top = 0, bottom = 0;
        int64_t firstDay = 0, endDay = 0;
    };
    std::vector<Entry> entries; // per display position
    std::vector<Break> breaks;  // in order, top to bottom
    double pixelsPerDay = 1;
    double datedAxisTop = 0, datedAxisBottom = 0; // y of datedFirst and datedEnd
    double laneTop = -1;                          // the "Year unknown" heading's top; -1 without a lane
    double laneAxisTop = 0, laneAxisBottom = 0;
    double height = 0;   // of the whole content
    int spanColumns = 0; // columns used by spans

    static TimelineLayout compute(const TimelineOrder &order, const TimelineMetrics &metrics, double pixelsPerDay);
    // The largest scale at which everything fits in `viewportHeight`; when even the smallest cannot
    // (more cards than the height holds), the scale at which the axis is as long as the stacked cards,
    // so the cards sit beside their dates.
    static double fitScale(const TimelineOrder &order, const TimelineMetrics &metrics, double viewportHeight,
                           double maxPixelsPerDay);

    // Day (a fraction is a part of the day) to y on the dated axis and back; piecewise linear across breaks.
    double y(double day) const;
    double laneY(int64_t day) const { return laneAxisTop + double(day - m_laneOrigin) * m_lanePixelsPerDay; }
    double dayAt(double y) const;
    // The break that holds `y`, or nullptr.
    const Break *breakAt(double y) const;
    double cardBottom(int position, const TimelineMetrics &metrics) const
    {
        return entries[size_t(position)].cardTop + metrics.cardHeight;
    }
    // The first display position whose card ends below `y` (binary search).
    int firstCardEndingBelow(double y, const TimelineMetrics &metrics) const;

private:
    int64_t m_origin = 0, m_laneOrigin = 0;
    // The dated axis's knots: y (relative to datedAxisTop) of each key day; between knots y is linear.
    std::vector<double> m_knotDays, m_knotY;
    double m_lanePixelsPerDay = 1;
};

} // namespace lede::ui

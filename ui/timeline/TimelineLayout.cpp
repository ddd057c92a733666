// TimelineLayout: sorting, stacking (isotonic regression) and span columns of the timeline.
#include "timeline/TimelineLayout.h"

#include "timex/CalendarMath.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lede::ui {

namespace cal = core::calendar;

namespace {

// Places cards of equal pitch as near their ideal tops as possible without overlap: minimises the sum
// of squared displacements subject to top[i+1] >= top[i] + pitch. With t[i] = top[i] - i*pitch this is
// isotonic regression, solved in O(n) by pooling adjacent violators. A cluster of same-day events is
// thus centred on its date, half above and half below, instead of all pushed downwards.
void stackCards(std::vector<TimelineLayout::Entry> &entries, size_t from, size_t to, double pitch,
                const std::vector<double> &ideal)
{
    struct Block
    {
        double sum;
        size_t count;
        double mean() const { return sum / double(count); }
    };
    std::vector<Block> blocks;
    blocks.reserve(to - from);
    for (size_t i = from; i < to; ++i) {
        blocks.push_back({ideal[i] - double(i - from) * pitch, 1});
        while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() > blocks.back().mean()) {
            const Block last = blocks.back();
            blocks.pop_back();
            blocks.back().sum += last.sum;
            blocks.back().count += last.count;
        }
    }
    size_t i = from;
    for (const Block &block : blocks) {
        const double mean = block.mean();
        for (size_t k = 0; k < block.count; ++k, ++i)
            entries[i].cardTop = mean + double(i - from) * pitch;
    }
}

// Lays out one section (dated, or the year-unknown lane) with its axis starting at y = 0; returns the
// top of its highest card relative to that (<= 0 when cards rise above the axis start).
template <typename ToY>
void layOutSection(TimelineLayout &layout, const TimelineOrder &order, const TimelineMetrics &metrics, size_t from,
                   size_t to, ToY toY)
{
    std::vector<double> ideal(order.order.size());
    std::vector<double> columnEnds;
    for (size_t i = from; i < to; ++i) {
        TimelineLayout::Entry &e = layout.entries[i];
        e.markTop = toY(order.firstDay[i]);
        e.markBottom = toY(order.endDay[i]);
        const double length = e.markBottom - e.markTop;
        // A single day is a dot at any zoom: a column of one-day bars would read as ranges.
        if (length >= metrics.minBar && order.endDay[i] - order.firstDay[i] > 1) {
            e.anchor = e.markTop + std::min(length / 2, metrics.anchorOffset);
            // First column free again by this bar's start; a full set reuses the one freed earliest.
            size_t column = 0;
            while (column < columnEnds.size() && columnEnds[column] + 2 > e.markTop)
                ++column;
            if (column == columnEnds.size()) {
                if (int(columnEnds.size()) < metrics.maxSpanColumns)
                    columnEnds.push_back(0);
                else
                    column = size_t(std::min_element(columnEnds.begin(), columnEnds.end()) - columnEnds.begin());
            }
            columnEnds[column] = e.markBottom;
            e.spanColumn = int(column);
        } else {
            e.anchor = (e.markTop + e.markBottom) / 2;
            e.spanColumn = -1;
        }
        ideal[i] = e.anchor - metrics.anchorOffset;
    }
    layout.spanColumns = std::max(layout.spanColumns, int(columnEnds.size()));
    stackCards(layout.entries, from, to, metrics.cardHeight + metrics.cardGap, ideal);
}

void shiftSection(TimelineLayout &layout, size_t from, size_t to, double dy)
{
    for (size_t i = from; i < to; ++i) {
        TimelineLayout::Entry &e = layout.entries[i];
        e.markTop += dy;
        e.markBottom += dy;
        e.anchor += dy;
        e.cardTop += dy;
    }
}

int64_t laneDay(const core::CalendarDate &d, bool end)
{
    // Month and day only. A missing day covers the whole month.
    const int month = std::clamp(d.month, 1, 12);
    const int last = cal::daysInMonth(TimelineOrder::kLaneYear, month);
    const int day = d.day >= 1 ? std::min(d.day, last) : (end ? last : 1);
    return cal::toDayNumber({TimelineOrder::kLaneYear, month, day}) + (end ? 1 : 0);
}

} // namespace

TimelineOrder TimelineOrder::of(const std::vector<TimelineItem> &items)
{
    TimelineOrder o;
    const size_t n = items.size();
    std::vector<int64_t> first(n), end(n);
    for (size_t i = 0; i < n; ++i) {
        const TimelineItem &item = items[i];
        if (item.anchor == core::EventAnchor::YearUnknown) {
            first[i] = laneDay(item.start, false);
            end[i] = std::max(laneDay(item.end, true), first[i] + 1);
        } else {
            first[i] = cal::toDayNumber(item.start);
            end[i] = std::max(cal::toDayNumber(item.end) + 1, first[i] + 1);
        }
    }
    o.order.resize(n);
    std::iota(o.order.begin(), o.order.end(), 0);
    const auto lane = [&](int i) { return items[size_t(i)].anchor == core::EventAnchor::YearUnknown; };
    std::stable_sort(o.order.begin(), o.order.end(), [&](int a, int b) {
        if (lane(a) != lane(b))
            return !lane(a);
        if (first[size_t(a)] != first[size_t(b)])
            return first[size_t(a)] < first[size_t(b)];
        return end[size_t(a)] < end[size_t(b)];
    });
    o.position.resize(n);
    o.firstDay.resize(n);
    o.endDay.resize(n);
    for (size_t p = 0; p < n; ++p) {
        const auto i = size_t(o.order[p]);
        o.position[i] = int(p);
        o.firstDay[p] = first[i];
        o.endDay[p] = end[i];
        if (!lane(int(i)))
            ++o.datedCount;
    }
    if (o.datedCount > 0) {
        o.datedFirst = o.firstDay[0];
        o.datedEnd = *std::max_element(o.endDay.begin(), o.endDay.begin() + o.datedCount);
        o.keyDays.reserve(2 * size_t(o.datedCount));
        o.keyDays.insert(o.keyDays.end(), o.firstDay.begin(), o.firstDay.begin() + o.datedCount);
        o.keyDays.insert(o.keyDays.end(), o.endDay.begin(), o.endDay.begin() + o.datedCount);
        std::sort(o.keyDays.begin(), o.keyDays.end());
        o.keyDays.erase(std::unique(o.keyDays.begin(), o.keyDays.end()), o.keyDays.end());
        const size_t stretches = o.keyDays.size() - 1;
        std::vector<size_t> longest(stretches);
        std::iota(longest.begin(), longest.end(), size_t(0));
        const auto length = [&](size_t k) { return o.keyDays[k + 1] - o.keyDays[k]; };
        std::stable_sort(longest.begin(), longest.end(), [&](size_t a, size_t b) { return length(a) > length(b); });
        o.breakable.assign(stretches, false);
        int64_t rest = o.keyDays.back() - o.keyDays.front();
        for (const size_t k : longest) {
            rest -= length(k);
            if (length(k) <= rest)
                break;
            o.breakable[k] = true;
        }
    }
    if (size_t(o.datedCount) < n) {
        const core::CalendarDate first = cal::fromDayNumber(o.firstDay[size_t(o.datedCount)]);
        o.laneFirst = cal::toDayNumber({first.year, first.month, 1});
        const core::CalendarDate last =
            cal::fromDayNumber(*std::max_element(o.endDay.begin() + o.datedCount, o.endDay.end()) - 1);
        o.laneEnd = cal::toDayNumber(cal::addMonths({last.year, last.month, 1}, 1));
    }
    return o;
}

TimelineLayout TimelineLayout::compute(const TimelineOrder &order, const TimelineMetrics &metrics, double pixelsPerDay)
{
    TimelineLayout layout;
    layout.pixelsPerDay = pixelsPerDay;
    layout.m_origin = order.datedFirst;
    layout.entries.resize(order.order.size());
    const auto dated = size_t(order.datedCount);
    const size_t all = order.order.size();
    double bottom = 0;
    if (dated > 0) {
        // Knots of the axis: each key day at its distance from the previous one, except that a stretch
        // longer than the threshold becomes a break of fixed height.
        const std::vector<int64_t> &keys = order.keyDays;
        layout.m_knotDays.reserve(keys.size());
        layout.m_knotY.reserve(keys.size());
        double y = 0;
        for (size_t k = 0; k < keys.size(); ++k) {
            if (k > 0) {
                const double length = double(keys[k] - keys[k - 1]) * pixelsPerDay;
                if (order.breakable[k - 1] && length > metrics.breakThreshold) {
                    layout.breaks.push_back({y, y + metrics.breakHeight, keys[k - 1], keys[k]});
                    y += metrics.breakHeight;
                } else {
                    y += length;
                }
            }
            layout.m_knotDays.push_back(double(keys[k]));
            layout.m_knotY.push_back(y);
        }
        layOutSection(layout, order, metrics, 0, dated, [&](int64_t day) { return layout.y(double(day)); });
        const double highest = std::min(0.0, layout.entries[0].cardTop);
        const double dy = metrics.topMargin - highest;
        shiftSection(layout, 0, dated, dy);
        for (Break &b : layout.breaks) {
            b.top += dy;
            b.bottom += dy;
        }
        layout.datedAxisTop = dy;
        layout.datedAxisBottom = layout.y(double(order.datedEnd));
        bottom = std::max(layout.datedAxisBottom, layout.entries[dated - 1].cardTop + metrics.cardHeight);
    }
    if (all > dated) {
        layout.m_laneOrigin = order.laneFirst;
        layout.m_lanePixelsPerDay = metrics.lanePixelsPerDay;
        layOutSection(layout, order, metrics, dated, all,
                      [&](int64_t day) { return double(day - order.laneFirst) * metrics.lanePixelsPerDay; });
        layout.laneTop = dated > 0 ? bottom + metrics.sectionGap : metrics.topMargin;
        const double highest = std::min(0.0, layout.entries[dated].cardTop);
        const double dy = layout.laneTop + metrics.laneHeaderHeight - highest;
        shiftSection(layout, dated, all, dy);
        layout.laneAxisTop = dy;
        layout.laneAxisBottom = dy + double(order.laneEnd - order.laneFirst) * metrics.lanePixelsPerDay;
        bottom = std::max(layout.laneAxisBottom, layout.entries[all - 1].cardTop + metrics.cardHeight);
    }
    layout.height = bottom + metrics.bottomMargin;
    return layout;
}

double TimelineLayout::fitScale(const TimelineOrder &order, const TimelineMetrics &metrics, double viewportHeight,
                                double maxPixelsPerDay)
{
    if (order.datedCount == 0)
        return maxPixelsPerDay;
    const double span = double(std::max<int64_t>(1, order.datedEnd - order.datedFirst));
    const auto fits = [&](double ppd) { return compute(order, metrics, ppd).height <= viewportHeight; };
    if (fits(maxPixelsPerDay))
        return maxPixelsPerDay;
    // Breaks make the height fall where a stretch turns into a break, so it is not monotonic in the
    // scale: walk down from the largest scale in steps of a quarter and take the first that fits, then
    // refine between it and the step above.
    const double smallest = 1e-3 / span; // the whole span in a thousandth of a pixel
    double hi = maxPixelsPerDay;
    double lo = hi;
    bool found = false;
    while (lo > smallest) {
        lo = std::max(smallest, lo / 1.25);
        if (fits(lo)) {
            found = true;
            break;
        }
        hi = lo;
    }
    if (!found) {
        // The axis (with its breaks) as long as the stacked cards.
        const double stacked = double(order.datedCount) * (metrics.cardHeight + metrics.cardGap);
        const auto axisLength = [&](double ppd) {
            const TimelineLayout l = compute(order, metrics, ppd);
            return l.datedAxisBottom - l.datedAxisTop;
        };
        double scale = maxPixelsPerDay;
        while (scale > smallest && axisLength(scale) > stacked)
            scale /= 1.25;
        return std::max(scale, std::min(maxPixelsPerDay, stacked / span));
    }
    for (int i = 0; i < 20 && hi / lo > 1.001; ++i) {
        const double mid = std::sqrt(lo * hi); // the scale spans orders of magnitude: bisect its logarithm
        (fits(mid) ? lo : hi) = mid;
    }
    return lo;
}

double TimelineLayout::y(double day) const
{
    if (m_knotDays.empty())
        return datedAxisTop + (day - double(m_origin)) * pixelsPerDay;
    const auto it = std::upper_bound(m_knotDays.begin(), m_knotDays.end(), day);
    if (it == m_knotDays.begin())
        return datedAxisTop + m_knotY.front() + (day - m_knotDays.front()) * pixelsPerDay;
    if (it == m_knotDays.end())
        return datedAxisTop + m_knotY.back() + (day - m_knotDays.back()) * pixelsPerDay;
    const auto k = size_t(it - m_knotDays.begin());
    const double fraction = (day - m_knotDays[k - 1]) / (m_knotDays[k] - m_knotDays[k - 1]);
    return datedAxisTop + m_knotY[k - 1] + fraction * (m_knotY[k] - m_knotY[k - 1]);
}

double TimelineLayout::dayAt(double y) const
{
    const double rel = y - datedAxisTop;
    if (m_knotDays.empty())
        return double(m_origin) + rel / pixelsPerDay;
    const auto it = std::upper_bound(m_knotY.begin(), m_knotY.end(), rel);
    if (it == m_knotY.begin())
        return m_knotDays.front() + (rel - m_knotY.front()) / pixelsPerDay;
    if (it == m_knotY.end())
        return m_knotDays.back() + (rel - m_knotY.back()) / pixelsPerDay;
    const auto k = size_t(it - m_knotY.begin());
    const double fraction = (rel - m_knotY[k - 1]) / (m_knotY[k] - m_knotY[k - 1]);
    return m_knotDays[k - 1] + fraction * (m_knotDays[k] - m_knotDays[k - 1]);
}

const TimelineLayout::Break *TimelineLayout::breakAt(double y) const
{
    const auto it = std::partition_point(breaks.begin(), breaks.end(), [&](const Break &b) { return b.bottom < y; });
    return it != breaks.end() && it->top <= y ? &*it : nullptr;
}

int TimelineLayout::firstCardEndingBelow(double y, const TimelineMetrics &metrics) const
{
    const auto it = std::partition_point(entries.begin(), entries.end(),
                                         [&](const Entry &e) { return e.cardTop + metrics.cardHeight < y; });
    return int(it - entries.begin());
}

} // namespace lede::ui

// TimelineView: items, zoom, scrolling, keyboard and mouse. Painting is in TimelineViewPaint.cpp.
#include "timeline/TimelineView.h"

#include "timex/CalendarMath.h"

#include <QAccessible>
#include <QLoggingCategory>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace lede::ui {

Q_LOGGING_CATEGORY(lcTimeline, "lede.ui.timeline")

namespace {

// Keeps a malformed item drawable: a month outside 1–12 or a day past the month's end is clamped, an end
// before the start becomes the start. Returns false for an item the view cannot place at all.
bool sanitise(TimelineItem &item)
{
    namespace cal = core::calendar;
    if (item.anchor == core::EventAnchor::Unanchored)
        return false;
    const int year = item.anchor == core::EventAnchor::YearUnknown ? TimelineOrder::kLaneYear : 0;
    for (core::CalendarDate *d : {&item.start, &item.end}) {
        d->month = std::clamp(d->month, 1, 12);
        d->day = std::clamp(d->day, 1, cal::daysInMonth(year ? year : d->year, d->month));
    }
    const auto key = [&](const core::CalendarDate &d) { return year ? d.month * 100 + d.day : cal::toDayNumber(d); };
    if (key(item.end) < key(item.start))
        item.end = item.start;
    return true;
}

constexpr double kMaxContentHeight = 1e9; // keeps the scroll bar's int range safe at any zoom
} // namespace

TimelineView::TimelineView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setBackgroundRole(QPalette::Window);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Timeline of events"));
    m_placeholder = tr("No dated events to show.");
    updateMetrics();
    relayout(1);
}

TimelineView::~TimelineView() = default;

void TimelineView::setItems(std::vector<TimelineItem> items)
{
    const bool hadCurrent = m_current >= 0;
    // The dated intervals shown so far, to tell a filter (some of the same events) from new dates.
    std::vector<std::pair<int64_t, int64_t>> oldIntervals;
    oldIntervals.reserve(size_t(m_order.datedCount));
    for (int p = 0; p < m_order.datedCount; ++p)
        oldIntervals.emplace_back(m_order.firstDay[size_t(p)], m_order.endDay[size_t(p)]);
    std::sort(oldIntervals.begin(), oldIntervals.end());
    m_items = std::move(items);
    const size_t given = m_items.size();
    std::erase_if(m_items, [](TimelineItem &item) { return !sanitise(item); });
    if (m_items.size() != given)
        qCWarning(lcTimeline) << given - m_items.size() << "unanchored events given to the timeline view were left out";
    m_order = TimelineOrder::of(m_items);
    // Re-anchored events keep their number but move, often within the old span (an article of 2025 with
    // one date from the 1990s, re-anchored to 2010): only a subset of the dates shown before keeps the zoom.
    bool within = m_order.datedCount > 0;
    for (int p = 0; within && p < m_order.datedCount; ++p)
        within = std::binary_search(oldIntervals.begin(), oldIntervals.end(),
                                    std::pair{m_order.firstDay[size_t(p)], m_order.endDay[size_t(p)]});
    m_text.assign(m_items.size(), CardText{});
    m_current = m_hover = m_pressed = -1;
    updateMetrics();
    setVisibleTextRange(m_visibleFrom, m_visibleTo);
    m_fitScale = TimelineLayout::fitScale(m_order, m_metrics, viewport()->height(), maxPixelsPerDay());
    // The user's zoom stays for some of the same dated items (a filter to one entity's events); other
    // data is fitted: a news article's days would stretch a history text over kilometres.
    const double kept = m_layout.pixelsPerDay;
    if (m_fitPending || !within || kept < minPixelsPerDay() || kept > maxPixelsPerDay()) {
        fitAll();
    } else {
        relayout(kept);
        verticalScrollBar()->setValue(0);
    }
    if (hadCurrent)
        Q_EMIT currentChanged(-1);
    updateAccessibleDescription();
}

void TimelineView::setVisibleTextRange(int from, int to)
{
    m_visibleFrom = from;
    m_visibleTo = to;
    m_onScreen.assign(m_items.size(), false);
    m_onScreenPositions.clear();
    if (from < to) {
        for (size_t i = 0; i < m_items.size(); ++i) {
            const TimelineItem &item = m_items[i];
            const int end = std::max(item.textEnd, item.textStart + 1);
            if (item.textStart < to && end > from) {
                const int position = m_order.position[i];
                m_onScreen[size_t(position)] = true;
                m_onScreenPositions.push_back(position);
            }
        }
        std::sort(m_onScreenPositions.begin(), m_onScreenPositions.end());
    }
    viewport()->update();
}

bool TimelineView::isOnScreen(int index) const
{
    const int position = displayPosition(index);
    return position >= 0 && m_onScreen[size_t(position)];
}

void TimelineView::setCurrentIndex(int index)
{
    setCurrent(index, true);
}

void TimelineView::setCurrent(int index, bool scrollToIt)
{
    if (index < -1 || index >= int(m_items.size()))
        index = -1;
    if (index >= 0 && scrollToIt)
        ensureVisible(index);
    if (index == m_current)
        return;
    m_current = index;
    viewport()->update();
    updateAccessibleDescription();
    Q_EMIT currentChanged(index);
}

int TimelineView::displayPosition(int index) const
{
    return index >= 0 && index < int(m_items.size()) ? m_order.position[size_t(index)] : -1;
}

void TimelineView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

TimeUnit TimelineView::unit() const
{
    return TimeScale::chooseStep(m_layout.pixelsPerDay, 2.5 * fontMetrics().height()).unit;
}

// --- Zoom and layout ---------------------------------------------------------------------------------

void TimelineView::updateMetrics()
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF normal(font());
    const QFontMetricsF strong(bold);
    const double padding = std::ceil(normal.height() * 0.4);
    m_metrics.anchorOffset = padding + strong.height() / 2;
    m_metrics.cardHeight = std::ceil(2 * padding + strong.height() + 2 + 2 * normal.height());
    m_metrics.cardGap = std::ceil(normal.height() * 0.4);
    m_stickyHeight = int(std::ceil(strong.height() + 8));
    m_metrics.bottomMargin = std::ceil(normal.height());
    m_metrics.topMargin = m_metrics.bottomMargin + m_stickyHeight; // the band never hides the first card
    m_metrics.laneHeaderHeight = std::ceil(strong.height() * 2.2);
    m_metrics.sectionGap = std::ceil(normal.height() * 1.5);
    m_metrics.minBar = 6;
    // Two and a half lines between month ticks: the lane shows the twelve months at a glance.
    m_metrics.lanePixelsPerDay = 12 * 2.5 * normal.height() / 366.0;
}

double TimelineView::maxPixelsPerDay() const
{
    const double perDay = 4 * (m_metrics.cardHeight + m_metrics.cardGap);
    const double span = double(std::max<int64_t>(1, m_order.datedEnd - m_order.datedFirst));
    return std::min(perDay, kMaxContentHeight / span);
}

double TimelineView::minPixelsPerDay() const
{
    // Zooming out further than the fit only squeezes the axis under cards that no longer move.
    return std::min(m_fitScale, maxPixelsPerDay());
}

bool TimelineView::canZoomIn() const
{
    return m_order.datedCount > 0 && m_layout.pixelsPerDay < maxPixelsPerDay() * 0.999;
}

bool TimelineView::canZoomOut() const
{
    return m_order.datedCount > 0 && m_layout.pixelsPerDay > minPixelsPerDay() * 1.001;
}

void TimelineView::relayout(double pixelsPerDay)
{
    m_layout = TimelineLayout::compute(m_order, m_metrics, pixelsPerDay);
    m_maxBarLength = 0;
    for (const TimelineLayout::Entry &e : m_layout.entries)
        m_maxBarLength = std::max(m_maxBarLength, e.markBottom - e.markTop);

    // The gutter holds the widest label the axis can show at this scale.
    TimeScale scale(pixelsPerDay, 2.5 * fontMetrics().height(), locale());
    scale.setMarkCommonEra(m_order.datedCount > 0 && core::calendar::fromDayNumber(m_order.datedFirst).year <= 0);
    QStringList samples;
    if (m_order.datedCount > 0) {
        const int firstYear = core::calendar::fromDayNumber(m_order.datedFirst).year;
        const int lastYear = core::calendar::fromDayNumber(m_order.datedEnd).year;
        samples << scale.yearLabel(firstYear) << scale.yearLabel(lastYear);
        if (firstYear <= 0 && lastYear > 0)
            samples << scale.yearLabel(std::min(lastYear, 999));
        if (scale.unit() <= TimeUnit::Week) {
            for (int month = 1; month <= 12; ++month)
                samples << scale.dayMonthLabel(month, 28);
        }
    }
    for (const TimelineLayout::Break &b : m_layout.breaks)
        samples << breakLabel(b);
    if (scale.unit() == TimeUnit::Month || m_order.datedCount < m_order.size()) {
        for (int month = 1; month <= 12; ++month)
            samples << scale.monthLabel(month);
    }
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics strong(bold);
    int widest = 0;
    for (const QString &sample : std::as_const(samples))
        widest = std::max(widest, strong.horizontalAdvance(sample));
    m_gutterWidth = widest + 4;
    updateScrollBar();
    viewport()->update();
    Q_EMIT zoomChanged();
}

void TimelineView::updateScrollBar()
{
    const int viewHeight = viewport()->height();
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, std::max(0, int(std::ceil(m_layout.height)) - viewHeight));
    bar->setPageStep(viewHeight);
    bar->setSingleStep(int(m_metrics.cardHeight / 2));
}

void TimelineView::zoomTo(double pixelsPerDay, double y)
{
    if (m_order.datedCount == 0)
        return;
    pixelsPerDay = std::clamp(pixelsPerDay, minPixelsPerDay(), maxPixelsPerDay());
    const double day = m_layout.dayAt(verticalScrollBar()->value() + y);
    relayout(pixelsPerDay);
    verticalScrollBar()->setValue(int(std::lround(m_layout.y(day) - y)));
}

double TimelineView::zoomCentre() const
{
    // The current event stays put when it is on screen: zooming is usually to see around it.
    const int position = displayPosition(m_current);
    if (position >= 0) {
        const double y = m_layout.entries[size_t(position)].anchor - verticalScrollBar()->value();
        if (y >= 0 && y <= viewport()->height() && position < m_order.datedCount)
            return y;
    }
    return viewport()->height() / 2.0;
}

void TimelineView::zoomIn()
{
    m_fitPending = false;
    zoomTo(m_layout.pixelsPerDay * kZoomStep, zoomCentre());
}

void TimelineView::zoomOut()
{
    m_fitPending = false;
    zoomTo(m_layout.pixelsPerDay / kZoomStep, zoomCentre());
}

void TimelineView::fitAll()
{
    m_fitPending = true;
    m_fitScale = TimelineLayout::fitScale(m_order, m_metrics, viewport()->height(), maxPixelsPerDay());
    relayout(m_fitScale);
    verticalScrollBar()->setValue(0);
    if (m_current >= 0)
        ensureVisible(m_current);
}

void TimelineView::ensureVisible(int index)
{
    const int position = displayPosition(index);
    if (position < 0)
        return;
    const TimelineLayout::Entry &e = m_layout.entries[size_t(position)];
    const double cardBottom = e.cardTop + m_metrics.cardHeight;
    const double margin = m_metrics.cardGap;
    // The card and its place on the axis, if both fit; else the card alone.
    double top = std::min(e.cardTop, e.anchor) - margin;
    double bottom = std::max(cardBottom, e.anchor) + margin;
    const int viewHeight = viewport()->height();
    if (bottom - top > viewHeight - m_stickyHeight) {
        top = e.cardTop - margin;
        bottom = cardBottom + margin;
    }
    QScrollBar *bar = verticalScrollBar();
    if (top < bar->value() + m_stickyHeight)
        bar->setValue(int(std::floor(top)) - m_stickyHeight);
    else if (bottom > bar->value() + viewHeight)
        bar->setValue(int(std::ceil(bottom)) - viewHeight);
}

// --- Geometry ----------------------------------------------------------------------------------------

int TimelineView::axisX() const
{
    return 8 + m_gutterWidth + 8;
}

double TimelineView::markX(int position) const
{
    const int column = m_layout.entries[size_t(position)].spanColumn;
    return column < 0 ? axisX() : axisX() + 6 + column * 7;
}

int TimelineView::cardLeft() const
{
    return axisX() + 6 + m_layout.spanColumns * 7 + 14;
}

QRectF TimelineView::cardRectF(int position) const
{
    const double left = cardLeft();
    const double width = std::max(48.0, viewport()->width() - left - 8);
    return {left, m_layout.entries[size_t(position)].cardTop, width, m_metrics.cardHeight};
}

QRect TimelineView::cardRect(int index) const
{
    const int position = displayPosition(index);
    if (position < 0)
        return {};
    const QRect rect = cardRectF(position).translated(0, -verticalScrollBar()->value()).toAlignedRect();
    return rect.intersects(viewport()->rect()) ? rect : QRect();
}

int TimelineView::indexAt(const QPoint &viewportPos) const
{
    const double y = viewportPos.y() + verticalScrollBar()->value();
    const int position = m_layout.firstCardEndingBelow(y, m_metrics);
    if (position >= m_order.size() || !cardRectF(position).contains(viewportPos.x(), y))
        return -1;
    return m_order.order[size_t(position)];
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    m_fitScale = TimelineLayout::fitScale(m_order, m_metrics, viewport()->height(), maxPixelsPerDay());
    if (m_fitPending) {
        fitAll();
    } else {
        const double middle = viewport()->height() / 2.0;
        zoomTo(m_layout.pixelsPerDay, middle);
    }
    for (CardText &text : m_text)
        text.width = -1;
}

void TimelineView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_fitPending)
        fitAll();
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LocaleChange:
        updateMetrics();
        m_text.assign(m_items.size(), CardText{});
        m_fitScale = TimelineLayout::fitScale(m_order, m_metrics, viewport()->height(), maxPixelsPerDay());
        m_fitPending ? fitAll() : relayout(std::clamp(m_layout.pixelsPerDay, minPixelsPerDay(), maxPixelsPerDay()));
        break;
    case QEvent::PaletteChange: viewport()->update(); break;
    default: break;
    }
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void TimelineView::updateAccessibleDescription()
{
    QString description;
    if (m_items.empty()) {
        description = m_placeholder;
    } else if (m_current < 0) {
        description = tr("%n event(s). Use the arrow keys to move between them and Enter to open one.", nullptr,
                         int(m_items.size()));
    } else {
        const TimelineItem &item = m_items[size_t(m_current)];
        const QString where = item.anchor == core::EventAnchor::YearUnknown ? tr("year unknown") : QString();
        description = tr("%1%2: %3. Event %4 of %5.")
                          .arg(item.dateText, where.isEmpty() ? QString() : QStringLiteral(", ") + where, item.summary)
                          .arg(displayPosition(m_current) + 1)
                          .arg(m_items.size());
    }
    setAccessibleDescription(description);
    QAccessibleEvent accessibleEvent(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&accessibleEvent);
}

} // namespace lede::ui

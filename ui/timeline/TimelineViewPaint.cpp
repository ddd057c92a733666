// TimelineView painting: axis and ticks, the year-unknown lane, spans and dots, leaders and cards.
// Only what lies between the viewport's top and bottom is painted: cards by binary search, ticks for the
// visible days only. Every colour is a palette role or a blend of two, so light and dark both work.
#include "timeline/TimelineView.h"

#include "timex/CalendarMath.h"

#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyleOptionFocusRect>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace lede::ui {

namespace cal = core::calendar;

QColor TimelineView::mixed(QPalette::ColorRole a, QPalette::ColorRole b, double amount) const
{
    const QColor x = palette().color(a);
    const QColor y = palette().color(b);
    const auto blend = [amount](float p, float q) { return float(p * amount + q * (1 - amount)); };
    return QColor::fromRgbF(blend(x.redF(), y.redF()), blend(x.greenF(), y.greenF()), blend(x.blueF(), y.blueF()));
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    if (m_items.empty()) {
        p.setPen(mixed(QPalette::WindowText, QPalette::Window, 0.65));
        p.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const double top = verticalScrollBar()->value();
    const double bottom = top + viewport()->height();
    p.translate(0, -top);
    if (m_order.datedCount > 0)
        paintAxis(p, top, bottom);
    if (m_layout.laneTop >= 0)
        paintLane(p, top, bottom);
    paintOnScreenBracket(p);
    paintMarks(p, top, bottom);
    paintCards(p, top, bottom);
    p.resetTransform();
    paintStickyContext(p, top);
}

void TimelineView::paintStickyContext(QPainter &p, double top) const
{
    // Day and month ticks do not say the year; the band at the top does, for what is under it. In the
    // year-unknown lane it says that instead, once the lane's own heading has scrolled away.
    const double y = top + m_stickyHeight;
    QString label;
    if (m_layout.laneTop >= 0 && y >= m_layout.laneTop) {
        if (y > m_layout.laneTop + m_metrics.laneHeaderHeight)
            label = tr("Year unknown");
    } else if (m_order.datedCount > 0) {
        TimeScale scale(m_layout.pixelsPerDay, 2.5 * fontMetrics().height(), locale());
        scale.setMarkCommonEra(cal::fromDayNumber(m_order.datedFirst).year <= 0);
        const auto day = std::clamp(int64_t(std::floor(m_layout.dayAt(y))), m_order.datedFirst, m_order.datedEnd - 1);
        label = scale.contextLabel(day);
    }
    if (label.isEmpty())
        return;
    const QRectF rect(0, 0, viewport()->width(), m_stickyHeight);
    p.fillRect(rect, palette().color(QPalette::Window));
    if (top > 0) { // a hairline once content runs under the band
        p.setPen(QPen(mixed(QPalette::WindowText, QPalette::Window, 0.2), 1));
        p.drawLine(QPointF(0, rect.bottom() - 0.5), QPointF(rect.right(), rect.bottom() - 0.5));
    }
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(rect.adjusted(8, 0, -8, 0), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(bold).elidedText(label, Qt::ElideRight, viewport()->width() - 16));
    p.setFont(font());
}

QString TimelineView::breakLabel(const TimelineLayout::Break &b)
{
    // Whole years for long gaps, months or days for shorter ones; the break says how much it hides.
    const double days = double(b.endDay - b.firstDay);
    const int years = int(std::lround(days / 365.2425));
    if (years >= 1 && days >= 365)
        return tr("%n years", "the length of a break in the time axis", years);
    const int months = int(std::lround(days / 30.44));
    if (months >= 2)
        return tr("%n months", "the length of a break in the time axis", months);
    return tr("%n days", "the length of a break in the time axis", int(days));
}

void TimelineView::paintAxis(QPainter &p, double top, double bottom) const
{
    const double axisTop = m_layout.datedAxisTop;
    const double axisBottom = m_layout.datedAxisBottom;
    if (axisBottom < top || axisTop > bottom)
        return;
    const QColor line = mixed(QPalette::WindowText, QPalette::Window, 0.35);
    const QFontMetrics fm = fontMetrics();
    const QColor labelColour = mixed(QPalette::WindowText, QPalette::Window, 0.75);

    // The axis line, interrupted by each break, which is drawn as a zig-zag with the time it hides.
    const double x = axisX();
    double from = std::max(axisTop, top - 2);
    const double to = std::min(axisBottom, bottom + 2);
    for (const TimelineLayout::Break &b : m_layout.breaks) {
        if (b.bottom < top - 2 || b.top > bottom + 2)
            continue;
        p.setPen(QPen(line, 2, Qt::SolidLine, Qt::RoundCap));
        if (b.top > from)
            p.drawLine(QPointF(x, from), QPointF(x, b.top));
        from = std::max(from, b.bottom);
        // A zig-zag wide enough to read as "time left out", not as a kink in the line.
        QPainterPath zigzag(QPointF(x, b.top));
        const int teeth = 4;
        const double step = (b.bottom - b.top) / teeth;
        for (int i = 1; i <= teeth; ++i)
            zigzag.lineTo(x + (i == teeth ? 0 : (i % 2 == 1 ? 7 : -7)), b.top + step * i);
        p.setPen(
            QPen(mixed(QPalette::WindowText, QPalette::Window, 0.6), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(zigzag);
        QFont small = font();
        small.setItalic(true);
        p.setFont(small);
        p.setPen(labelColour);
        const QRectF label(4, (b.top + b.bottom) / 2 - fm.height() / 2.0, m_gutterWidth + 4, fm.height());
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, breakLabel(b));
        p.setFont(font());
    }
    p.setPen(QPen(line, 2, Qt::SolidLine, Qt::RoundCap));
    if (to > from)
        p.drawLine(QPointF(x, from), QPointF(x, to));

    TimeScale scale(m_layout.pixelsPerDay, 2.5 * fm.height(), locale());
    scale.setMarkCommonEra(cal::fromDayNumber(m_order.datedFirst).year <= 0);
    // One label's height beyond each edge, so a label cut by the edge is still drawn in part.
    const int64_t firstDay = std::max(int64_t(std::floor(m_layout.dayAt(top - fm.height()))), m_order.datedFirst);
    const int64_t lastDay = std::min(int64_t(std::ceil(m_layout.dayAt(bottom + fm.height()))), m_order.datedEnd);
    QFont bold = font();
    bold.setBold(true);
    const auto paintTicks = [&](int64_t first, int64_t last) {
        for (const TimeTick &tick : scale.ticks(first, last)) {
            const double y = m_layout.y(double(tick.day));
            p.setPen(QPen(line, tick.major ? 2 : 1));
            p.drawLine(QPointF(axisX() - (tick.major ? 7 : 5), y), QPointF(axisX(), y));
            p.setFont(tick.major ? bold : font());
            p.setPen(tick.major ? palette().color(QPalette::WindowText) : labelColour);
            const QRectF label(8, y - fm.height() / 2.0, m_gutterWidth, fm.height());
            p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, tick.label);
        }
    };
    // No tick inside a break: its days are not where the axis would put them.
    int64_t segmentFirst = firstDay;
    for (const TimelineLayout::Break &b : m_layout.breaks) {
        if (b.endDay <= segmentFirst || b.firstDay > lastDay)
            continue;
        paintTicks(segmentFirst, std::min(lastDay, b.firstDay));
        segmentFirst = std::max(segmentFirst, b.endDay);
    }
    paintTicks(segmentFirst, lastDay);
    p.setFont(font());
}

void TimelineView::paintLane(QPainter &p, double top, double bottom) const
{
    const double headerTop = m_layout.laneTop;
    if (m_layout.laneAxisBottom < top || headerTop > bottom)
        return;
    const QColor line = mixed(QPalette::WindowText, QPalette::Window, 0.35);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::WindowText));
    const double headerHeight = m_metrics.laneHeaderHeight;
    const QRectF header(8, headerTop, viewport()->width() - 16, headerHeight * 0.7);
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, tr("Year unknown"));
    if (m_order.datedCount > 0) { // a rule between the two sections
        p.setPen(QPen(line, 1));
        p.drawLine(QPointF(8, headerTop - m_metrics.sectionGap / 2),
                   QPointF(viewport()->width() - 8, headerTop - m_metrics.sectionGap / 2));
    }
    // The lane's own axis: the months of a year that is not named.
    p.setPen(QPen(line, 2, Qt::DashLine, Qt::FlatCap));
    p.drawLine(QPointF(axisX(), m_layout.laneAxisTop), QPointF(axisX(), m_layout.laneAxisBottom));
    TimeScale scale(1, 1, locale());
    const QFontMetrics fm = fontMetrics();
    p.setFont(font());
    for (core::CalendarDate d = cal::fromDayNumber(m_order.laneFirst); cal::toDayNumber(d) <= m_order.laneEnd;
         d = cal::addMonths(d, 1)) {
        const double y = m_layout.laneY(cal::toDayNumber(d));
        const int month = d.month;
        p.setPen(QPen(line, 1));
        p.drawLine(QPointF(axisX() - 5, y), QPointF(axisX(), y));
        p.setPen(mixed(QPalette::WindowText, QPalette::Window, 0.75));
        p.drawText(QRectF(8, y - fm.height() / 2.0, m_gutterWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   scale.monthLabel(month));
    }
}

void TimelineView::paintOnScreenBracket(QPainter &p) const
{
    if (m_onScreenPositions.empty())
        return;
    // One bracket per section, from the first to the last event on screen, left of the axis.
    const auto bracket = [&](int from, int to) {
        if (from >= to)
            return;
        double y0 = m_layout.entries[size_t(m_onScreenPositions[size_t(from)])].markTop;
        double y1 = y0;
        for (int k = from; k < to; ++k)
            y1 = std::max(y1, m_layout.entries[size_t(m_onScreenPositions[size_t(k)])].markBottom);
        y0 -= 3;
        y1 += 3;
        const double x = axisX() - 4;
        QColor colour = palette().color(QPalette::Highlight);
        p.setPen(QPen(colour, 2, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        QPainterPath path;
        path.moveTo(x + 3, y0);
        path.lineTo(x, y0);
        path.lineTo(x, y1);
        path.lineTo(x + 3, y1);
        colour.setAlphaF(0.18f);
        p.fillRect(QRectF(x, y0, 8, y1 - y0), colour);
        p.drawPath(path);
    };
    const auto split = std::lower_bound(m_onScreenPositions.begin(), m_onScreenPositions.end(), m_order.datedCount);
    const int middle = int(split - m_onScreenPositions.begin());
    bracket(0, middle);
    bracket(middle, int(m_onScreenPositions.size()));
}

void TimelineView::paintMarks(QPainter &p, double top, double bottom) const
{
    const auto &entries = m_layout.entries;
    // Marks are ordered by their top; a bar that starts above the view can reach into it, so start
    // the search one longest bar higher.
    const auto first = std::partition_point(entries.begin(), entries.end(), [&](const TimelineLayout::Entry &e) {
        return e.markTop < top - m_maxBarLength - 6;
    });
    const QColor dot = mixed(QPalette::WindowText, QPalette::Window, 0.6);
    const QColor bar = mixed(QPalette::Highlight, QPalette::Window, 0.55);
    const QColor current = palette().color(QPalette::Highlight);
    const QColor leader = mixed(QPalette::WindowText, QPalette::Window, 0.3);
    for (auto it = first; it != entries.end() && it->markTop <= bottom + 6; ++it) {
        const int position = int(it - entries.begin());
        const bool isCurrent = m_order.order[size_t(position)] == m_current;
        p.setPen(Qt::NoPen);
        if (it->spanColumn < 0) {
            p.setBrush(isCurrent ? current : dot);
            const double r = isCurrent ? 5 : 3.5;
            p.drawEllipse(QPointF(axisX(), it->anchor), r, r);
        } else {
            p.setBrush(isCurrent ? current : bar);
            const double x = markX(position);
            p.drawRoundedRect(QRectF(x, it->markTop + 0.5, 5, it->markBottom - it->markTop - 1), 2.5, 2.5);
            // A thin tie from the axis to the bar's start, so the bar's date reads off the axis.
            p.setPen(QPen(leader, 1));
            p.drawLine(QPointF(axisX(), it->markTop + 0.5), QPointF(x, it->markTop + 0.5));
        }
    }
    p.setBrush(Qt::NoBrush);
}

void TimelineView::paintCards(QPainter &p, double top, double bottom) const
{
    const int count = m_order.size();
    const QColor leader = mixed(QPalette::WindowText, QPalette::Window, 0.35);
    const QColor currentLeader = palette().color(QPalette::Highlight);
    int position = m_layout.firstCardEndingBelow(top, m_metrics);
    // A card below the view can still have its leader cross it, from an anchor above the bottom.
    for (; position < count; ++position) {
        const TimelineLayout::Entry &e = m_layout.entries[size_t(position)];
        if (e.cardTop > bottom && e.anchor > bottom)
            break;
        const bool isCurrent = m_order.order[size_t(position)] == m_current;
        const double from = e.spanColumn < 0 ? axisX() + 4 : markX(position) + 5;
        const double to = cardLeft();
        const double cardY = e.cardTop + m_metrics.anchorOffset;
        p.setPen(QPen(isCurrent ? currentLeader : leader, isCurrent ? 1.5 : 1));
        if (std::abs(cardY - e.anchor) < 1) {
            p.drawLine(QPointF(from, e.anchor), QPointF(to, cardY));
        } else { // pushed: leave the axis level, then bend to the card
            const double bend = to - 6;
            QPainterPath path(QPointF(from, e.anchor));
            path.lineTo(std::max(from, bend - 6), e.anchor);
            path.lineTo(bend, cardY);
            path.lineTo(to, cardY);
            p.drawPath(path);
        }
        if (e.cardTop <= bottom)
            paintCard(p, position);
    }
}

const TimelineView::CardText &TimelineView::cardText(int position, int width) const
{
    CardText &text = m_text[size_t(position)];
    if (text.width == width)
        return text;
    const TimelineItem &item = m_items[size_t(m_order.order[size_t(position)])];
    text.width = width;
    QFont bold = font();
    bold.setBold(true);
    text.date = QFontMetrics(bold).elidedText(item.dateText, Qt::ElideRight, width);
    // Two lines of summary: wrap the first at a word, elide the rest onto the second.
    const QString summary = item.summary.simplified();
    QTextLayout layout(summary, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    int firstLength = summary.size();
    if (line.isValid()) {
        line.setLineWidth(width);
        firstLength = line.textLength();
    }
    layout.endLayout();
    text.first = summary.left(firstLength).trimmed();
    text.second = fontMetrics().elidedText(summary.mid(firstLength).trimmed(), Qt::ElideRight, width);
    return text;
}

void TimelineView::paintCard(QPainter &p, int position) const
{
    const int index = m_order.order[size_t(position)];
    const bool isCurrent = index == m_current;
    const bool isHover = index == m_hover;
    const QRectF rect = cardRectF(position).adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor base = palette().color(QPalette::Base);
    // The current card's frame is full strength only while the view has focus: where the keys go.
    const QColor border = isCurrent
        ? (hasFocus() ? palette().color(QPalette::Highlight) : mixed(QPalette::Highlight, QPalette::Base, 0.6))
        : isHover ? mixed(QPalette::Highlight, QPalette::Base, 0.6)
                  : mixed(QPalette::Text, QPalette::Base, 0.22);
    p.setPen(QPen(border, isCurrent ? 2 : 1));
    p.setBrush(isCurrent ? mixed(QPalette::Highlight, QPalette::Base, 0.14) : base);
    p.drawRoundedRect(rect, 4, 4);
    p.setBrush(Qt::NoBrush);
    if (m_onScreen[size_t(position)]) { // its sentence is in the part of the article on screen
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Highlight));
        QPainterPath stripe;
        stripe.addRoundedRect(QRectF(rect.left(), rect.top(), 8, rect.height()), 4, 4);
        QPainterPath clip;
        clip.addRect(QRectF(rect.left(), rect.top(), 4, rect.height()));
        p.drawPath(stripe.intersected(clip));
        p.setBrush(Qt::NoBrush);
    }
    const QFontMetricsF normal(font());
    const double padding = std::ceil(normal.height() * 0.4);
    const double left = rect.left() + padding + 4;
    const int width = std::max(1, int(rect.right() - padding - left));
    const CardText &text = cardText(position, width);
    QFont bold = font();
    bold.setBold(true);
    const double dateHeight = QFontMetricsF(bold).height();
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(left, rect.top() + padding, width, dateHeight), Qt::AlignLeft | Qt::AlignVCenter, text.date);
    p.setFont(font());
    p.setPen(mixed(QPalette::Text, QPalette::Base, 0.85));
    const double summaryTop = rect.top() + padding + dateHeight + 2;
    p.drawText(QRectF(left, summaryTop, width, normal.height()), Qt::AlignLeft | Qt::AlignVCenter, text.first);
    p.drawText(QRectF(left, summaryTop + normal.height(), width, normal.height()), Qt::AlignLeft | Qt::AlignVCenter,
               text.second);
    if (isCurrent && hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect.adjusted(3, 3, -3, -3).toAlignedRect();
        focus.backgroundColor = mixed(QPalette::Highlight, QPalette::Base, 0.14);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &p, this);
    }
}

} // namespace lede::ui

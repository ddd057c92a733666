// TimelineView input: keys and clicks move the current event and open it, Ctrl+wheel zooms, hovering a
// card shows its whole sentence.
#include "timeline/TimelineView.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace lede::ui {

void TimelineView::setCurrentPosition(int position)
{
    if (m_order.size() == 0)
        return;
    setCurrentIndex(m_order.order[size_t(std::clamp(position, 0, m_order.size() - 1))]);
}

void TimelineView::moveCurrentBy(int positions)
{
    if (m_order.size() == 0)
        return;
    if (m_current < 0) // start from what is on screen, not from the top of a long timeline
        return setCurrentPosition(m_layout.firstCardEndingBelow(verticalScrollBar()->value(), m_metrics));
    setCurrentPosition(displayPosition(m_current) + positions);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const int page = std::max(1, int(viewport()->height() / (m_metrics.cardHeight + m_metrics.cardGap)) - 1);
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left: moveCurrentBy(-1); break;
    case Qt::Key_Down:
    case Qt::Key_Right: moveCurrentBy(1); break;
    case Qt::Key_PageUp: moveCurrentBy(-page); break;
    case Qt::Key_PageDown: moveCurrentBy(page); break;
    case Qt::Key_Home: setCurrentPosition(0); break;
    case Qt::Key_End: setCurrentPosition(m_order.size() - 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
    case Qt::Key_Select:
        if (m_current >= 0)
            Q_EMIT activated(m_current);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_0: fitAll(); break;
    default: QAbstractScrollArea::keyPressEvent(event); return;
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? indexAt(event->position().toPoint()) : -1;
    if (m_pressed >= 0)
        setCurrent(m_pressed, false);
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const int pressed = std::exchange(m_pressed, -1);
    if (event->button() == Qt::LeftButton && pressed >= 0 && indexAt(event->position().toPoint()) == pressed)
        Q_EMIT activated(pressed);
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const int hover = indexAt(event->position().toPoint());
    if (hover != m_hover) {
        m_hover = hover;
        viewport()->setCursor(hover >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        viewport()->update();
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void TimelineView::leaveEvent(QEvent *event)
{
    if (m_hover >= 0) {
        m_hover = -1;
        viewport()->update();
    }
    QAbstractScrollArea::leaveEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier))
        return QAbstractScrollArea::wheelEvent(event);
    m_wheelAccumulator += event->angleDelta().y();
    const int steps = m_wheelAccumulator / QWheelEvent::DefaultDeltasPerStep;
    m_wheelAccumulator -= steps * QWheelEvent::DefaultDeltasPerStep;
    if (steps != 0) {
        m_fitPending = false;
        zoomTo(m_layout.pixelsPerDay * std::pow(kZoomStep, steps), event->position().y());
    }
    event->accept();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = indexAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
        } else {
            const TimelineItem &item = m_items[size_t(index)];
            // Rich text so a long sentence wraps instead of running off the screen.
            const QString text = QStringLiteral("<p><b>%1</b><br>%2</p>")
                                     .arg(item.dateText.toHtmlEscaped(),
                                          (item.sentence.isEmpty() ? item.summary : item.sentence).toHtmlEscaped());
            QToolTip::showText(help->globalPos(), text, viewport(), cardRect(index));
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace lede::ui

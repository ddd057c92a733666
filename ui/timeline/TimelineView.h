// TimelineView: the painted timeline of one article's events — a vertical time axis whose ticks follow
// the zoom, the events as cards beside it (ranges as spans), a separate "Year unknown" lane, and a mark
// for the part of the article on screen. Keyboard and mouse move the current event and open it. The
// dock panel around it (header, filters, exports, the link to the article) is another class.
#pragma once

#include "timeline/TimeScale.h"
#include "timeline/TimelineItem.h"
#include "timeline/TimelineLayout.h"

#include <QAbstractScrollArea>

#include <vector>

namespace lede::ui {

class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    static constexpr double kZoomStep = 1.6; // the scale's factor per zoom step (a button, a wheel notch)

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // Replaces the items (Unanchored ones are left out: they have no place on an axis; impossible dates
    // are clamped). The zoom is fitted to them on first show, and again while the user has not
    // zoomed since; otherwise the scale is kept (within the new data's limits). The current index resets.
    void setItems(std::vector<TimelineItem> items);
    const std::vector<TimelineItem> &items() const { return m_items; }

    // The article's text positions on screen [from, to): events whose sentences meet it are marked, and
    // a bracket on the axis spans them.
    void setVisibleTextRange(int from, int to);

    // -1 for none. Setting it scrolls the event into view.
    void setCurrentIndex(int index);
    int currentIndex() const { return m_current; }

    void zoomIn();
    void zoomOut();
    void fitAll();
    bool canZoomIn() const;
    bool canZoomOut() const;
    void ensureVisible(int index);

    // Shown when there is nothing to draw.
    void setPlaceholderText(const QString &text);

    // For tests and the panel: the current scale, its tick unit, and where an item's card is
    // (viewport coordinates; empty when it is scrolled out of view).
    double pixelsPerDay() const { return m_layout.pixelsPerDay; }
    TimeUnit unit() const;
    QRect cardRect(int index) const;
    int indexAt(const QPoint &viewportPos) const;
    // Whether the item's sentence is in the article's part on screen (setVisibleTextRange).
    bool isOnScreen(int index) const;
    // Items in display order (dated by date, then year-unknown).
    int displayPosition(int index) const;
    const TimelineLayout &layout() const { return m_layout; }
    const TimelineMetrics &metrics() const { return m_metrics; }

Q_SIGNALS:
    void activated(int index);
    void currentChanged(int index);
    void zoomChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    // A press on a card makes it current without scrolling, so the release lands on the same card.
    void setCurrent(int index, bool scrollToIt);

    struct CardText // a card's lines, elided to its width; recomputed when the width changes
    {
        int width = -1;
        QString date, first, second;
    };

    // Painting (TimelineViewPaint.cpp), in content coordinates between `top` and `bottom`.
    void paintAxis(QPainter &p, double top, double bottom) const;
    static QString breakLabel(const TimelineLayout::Break &b);
    void paintLane(QPainter &p, double top, double bottom) const;
    void paintOnScreenBracket(QPainter &p) const;
    void paintMarks(QPainter &p, double top, double bottom) const;
    void paintCards(QPainter &p, double top, double bottom) const;
    void paintCard(QPainter &p, int position) const;
    void paintStickyContext(QPainter &p, double top) const;
    const CardText &cardText(int position, int width) const;
    // `amount` of role `a` blended into role `b`: every colour comes from the palette, light or dark.
    QColor mixed(QPalette::ColorRole a, QPalette::ColorRole b, double amount) const;
    double markX(int position) const;

    void updateMetrics();
    void relayout(double pixelsPerDay);
    // Zooms to `pixelsPerDay`, keeping the time at viewport height `y` where it was.
    void zoomTo(double pixelsPerDay, double y);
    double zoomCentre() const; // viewport y that a zoom keeps in place
    double maxPixelsPerDay() const;
    double minPixelsPerDay() const;
    void updateScrollBar();
    void moveCurrentBy(int positions);
    void setCurrentPosition(int position);
    void updateAccessibleDescription();
    int axisX() const;
    int cardLeft() const;
    QRectF cardRectF(int position) const; // content coordinates

    std::vector<TimelineItem> m_items;
    TimelineOrder m_order;
    TimelineLayout m_layout;
    TimelineMetrics m_metrics;
    mutable std::vector<CardText> m_text; // per display position
    std::vector<bool> m_onScreen;         // per display position
    int m_visibleFrom = -1, m_visibleTo = -1;
    int m_current = -1;
    int m_hover = -1;
    int m_pressed = -1;
    int m_gutterWidth = 0;
    int m_stickyHeight = 0; // the band at the top naming what the ticks leave out ("March 2025")
    int m_wheelAccumulator = 0;
    double m_maxBarLength = 0;
    std::vector<int> m_onScreenPositions; // sorted display positions of the events on screen
    bool m_fitPending = true;             // fit on first show, and while the user has not zoomed
    double m_fitScale = 1;
    QString m_placeholder;
};

} // namespace lede::ui

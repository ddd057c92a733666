// TimelinePanel: the timeline dock's widget — the reference date and where it came from (with a date
// picker and a way back to the article's own date), zoom and export buttons, the painted TimelineView, a
// banner while the timeline is filtered to one entity, and a short list of the events that cannot be
// placed. It only shows what it is given and reports what the user asks for; TimelineController links
// it to the article.
#pragma once

#include "timeline/TimelineItem.h"
#include "timex/Timex.h"

#include <QDate>
#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QMenu;
class QToolButton;
class QFrame;
class QCalendarWidget;

namespace lede::ui {

class TimelineView;

class TimelinePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePanel)

public:
    enum class ExportFormat { Csv, ICalendar, Json };
    // What the panel has to show, for the empty state's words.
    enum class State {
        NoArticle, // no tab open
        Analysing, // the analysis (or a re-anchoring) is running
        Ready,     // the analysis is in; the items say the rest
    };

    // One event that has no place on the axis, as the list shows it.
    struct UnplacedEvent
    {
        QString id;
        QString dateText;
        QString summary;
        QString sentence;
    };

    explicit TimelinePanel(QWidget *parent = nullptr);
    ~TimelinePanel() override;

    TimelineView *view() const { return m_view; }

    void setState(State state);
    State state() const { return m_state; }

    // The events to show. `totalEvents` counts every event of the article (all entities, placed or not):
    // the empty state differs between "no dates at all" and "none of them can be placed".
    // `datesFound`: date expressions in the text, events or not.
    void setEvents(std::vector<TimelineItem> placed, std::vector<UnplacedEvent> unplaced, int datesFound);

    // The filter banner: shown while `entityName` is not empty, with the number of events it leaves.
    void setFilter(const QString &entityName, int shownEvents);
    bool isFiltered() const;
    QString bannerText() const;

    // The reference date and its source; `articleDate` is the article's own (metadata or narrative), for
    // the way back after the user picked another one.
    void setReference(const core::ReferenceDate &reference, const core::ReferenceDate &articleDate);
    QString referenceText() const;
    QString referenceSourceText() const;
    bool canRestoreArticleDate() const;

    // The words for a date a reference can have (any year; BCE too).
    static QString referenceDateInWords(core::CalendarDate date, const QLocale &locale);

    // Whether the article has events to export (the filter does not change what is exported).
    void setExportable(bool exportable);

    QString placeholderText() const { return m_placeholder; }
    int unplacedCount() const;

    // As if the user picked `date` in the picker / pressed the panel's buttons (tests and the picker).
    void chooseReferenceDate(QDate date);
    void restoreArticleDate();
    void showAllEvents();

Q_SIGNALS:
    void eventActivated(const QString &id);
    void referenceDateChosen(QDate date);
    void articleDateRequested();
    void showAllRequested();
    void exportRequested(lede::ui::TimelinePanel::ExportFormat format);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildHeader();
    void updatePlaceholder();
    void updateBannerStyle();
    void updateButtons();

    TimelineView *m_view;
    QWidget *m_top = nullptr;
    QLabel *m_referenceLabel;
    QLabel *m_sourceLabel;
    QToolButton *m_changeButton;
    QToolButton *m_restoreButton;
    QMenu *m_pickerMenu;
    QCalendarWidget *m_calendar;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_fit;
    QToolButton *m_export;
    QLabel *m_countLabel;
    QFrame *m_banner;
    QLabel *m_bannerLabel;
    QToolButton *m_showAll;
    QLabel *m_unplacedTitle;
    QListWidget *m_unplaced;
    State m_state = State::NoArticle;
    int m_placedCount = 0;
    int m_datesFound = 0;
    bool m_exportable = false;
    QString m_filterName;
    QString m_placeholder;
    core::ReferenceDate m_reference;
    core::ReferenceDate m_articleDate;
};

} // namespace lede::ui

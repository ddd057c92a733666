// TimelineController: the timeline dock of one main window, linked to the active tab's DocumentAnnotator.
// It builds the panel's events from the analysis on a worker (again after a tab switch, a new analysis or a
// correction; until they arrive the panel keeps what it showed), filters them to the selected entity, opens an event in the article (its sentence centred and selected),
// tells the view which part of the article is on screen, re-anchors the dates when the user picks a
// reference date, and writes the exports.
#pragma once

#include "timeline/TimelineEntries.h"
#include "timeline/TimelinePanel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <map>
#include <string>
#include <utility>
#include <vector>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace lede::ui {

class AnnotationController;
class DocumentAnnotator;
class MainWindow;

class TimelineController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineController)

public:
    // Adds the dock (object name "timelineDock") to `window`; shows the annotator given to setAnnotator().
    explicit TimelineController(QMainWindow *window);
    ~TimelineController() override;

    // The active tab's annotator (null: no tab).
    void setAnnotator(DocumentAnnotator *annotator);
    DocumentAnnotator *annotator() const { return m_annotator; }

    void addViewMenuActions(QMenu *viewMenu) const;

    QDockWidget *dock() const { return m_dock; }
    TimelinePanel *panel() const { return m_panel; }
    // All events of the article / those the timeline shows now (filtered), in the panel's order.
    const std::vector<TimelineEntry> &entries() const { return m_entries; }
    std::vector<const TimelineEntry *> shownEntries() const;

    // The article's view positions on screen, as last given to the view [from, to).
    std::pair<int, int> visibleTextRange() const { return m_visibleRange; }

    // Scrolls the article to the event's sentence, centred, selects it and puts the cursor in it.
    bool openEvent(const QString &id);
    // Re-anchors the active article's dates to `date` (ReferenceSource::User) or to its own.
    void setReferenceDate(QDate date);
    void restoreArticleDate();

    // The exports without dialogs; false and a translated reason in `error` on failure.
    bool exportTo(TimelinePanel::ExportFormat format, const QString &path, QString *error = nullptr,
                  QString *summary = nullptr) const;

private:
    void rebuild();
    // The entries built for `analysis` (of the current annotator) arrive: shown, filtered.
    void show(const core::Analysis &analysis, std::vector<TimelineEntry> entries);
    void applyFilter();
    void onSelectedEntityChanged(const std::string &id);
    void updateVisibleRange();
    void scheduleVisibleRange();
    void exportWithDialog(TimelinePanel::ExportFormat format);
    void disconnectAnnotator();
    const TimelineEntry *entry(const QString &id) const;

    QMainWindow *m_window;
    QDockWidget *m_dock;
    TimelinePanel *m_panel;
    QPointer<DocumentAnnotator> m_annotator;
    std::vector<QMetaObject::Connection> m_connections;
    std::vector<TimelineEntry> m_entries;
    int m_buildGeneration = 0;      // entries built on a worker are shown only if no rebuild came after
    std::string m_filterEntity;     // the selected entity the timeline is filtered to ("" none)
    bool m_filterDismissed = false; // "Show all events" while the entity stays selected
    // The article's own reference date (metadata or narrative), per annotator: the way back after the
    // user picked another one.
    std::map<const DocumentAnnotator *, core::ReferenceDate> m_articleDates;
    QTimer m_visibleRangeTimer;
    std::pair<int, int> m_visibleRange{-1, -1};
};

// The window's timeline dock in the View menu, following the current tab's annotator.
TimelineController *installTimeline(MainWindow *window, AnnotationController *annotations);

} // namespace lede::ui

// TimelineController: the timeline dock, linked to the active article.
#include "timeline/TimelineController.h"

#include "annotate/AnnotationController.h"
#include "annotate/AnnotationExport.h"
#include "annotate/DocumentAnnotator.h"
#include "reader/ArticleView.h"
#include "reader/DocumentTab.h"
#include "reader/MainWindow.h"
#include "threads/WhenFinished.h"
#include "threads/WorkerPriority.h"
#include "timeline/TimelineExport.h"
#include "timeline/TimelineView.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextEdit>
#include <QtConcurrent/QtConcurrentRun>

namespace lede::ui {

namespace {
constexpr int kVisibleRangeDelayMs = 60; // scrolling updates the on-screen mark at most this often
constexpr int kMessageMs = 8000;

QString fromUtf8(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Scrolls `view` so that view positions [from, to) sit in the middle of the viewport (a sentence taller
// than the view starts near its top instead).
void centre(QTextEdit *view, int from, int to)
{
    QTextCursor c(view->document());
    c.setPosition(from);
    const QRect first = view->cursorRect(c);
    c.setPosition(to);
    const QRect last = view->cursorRect(c);
    const int height = view->viewport()->height();
    const int margin = view->fontMetrics().height() * 2;
    const int top = first.top();
    const int bottom = std::max(last.bottom(), first.bottom());
    const int delta = bottom - top <= height - 2 * margin ? (top + bottom) / 2 - height / 2 : top - margin;
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(bar->value() + delta);
}
// Without a translation loaded Qt leaves "(s)" in English plurals; these say it in full.
QString eventsExported(int n, const QString &file)
{
    return n == 1 ? TimelineController::tr("1 event exported to %1.").arg(file)
                  : TimelineController::tr("%1 events exported to %2.").arg(n).arg(file);
}

} // namespace

TimelineController::TimelineController(QMainWindow *window)
    : QObject(window), m_window(window), m_dock(new QDockWidget(tr("Timeline"), window)), m_panel(new TimelinePanel)
{
    m_dock->setObjectName(QStringLiteral("timelineDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_visibleRangeTimer.setSingleShot(true);
    m_visibleRangeTimer.setInterval(kVisibleRangeDelayMs);
    connect(&m_visibleRangeTimer, &QTimer::timeout, this, &TimelineController::updateVisibleRange);

    connect(m_panel, &TimelinePanel::eventActivated, this, &TimelineController::openEvent);
    connect(m_panel, &TimelinePanel::referenceDateChosen, this, &TimelineController::setReferenceDate);
    connect(m_panel, &TimelinePanel::articleDateRequested, this, &TimelineController::restoreArticleDate);
    connect(m_panel, &TimelinePanel::showAllRequested, this, [this] {
        m_filterDismissed = true;
        applyFilter();
    });
    connect(m_panel, &TimelinePanel::exportRequested, this, &TimelineController::exportWithDialog);
}

TimelineController::~TimelineController() = default;

void TimelineController::addViewMenuActions(QMenu *viewMenu) const
{
    viewMenu->addAction(m_dock->toggleViewAction());
}

void TimelineController::disconnectAnnotator()
{
    for (const auto &c : m_connections)
        disconnect(c);
    m_connections.clear();
}

void TimelineController::setAnnotator(DocumentAnnotator *annotator)
{
    if (annotator == m_annotator)
        return;
    disconnectAnnotator();
    m_annotator = annotator;
    m_filterEntity.clear();
    m_filterDismissed = false;
    // Another tab's events are never shown, not even while this one's are being built.
    m_entries.clear();
    if (annotator) {
        QTextEdit *view = annotator->view();
        m_connections = {
            connect(annotator->model(), &AnnotationModel::analysisChanged, this, &TimelineController::rebuild),
            connect(annotator->model(), &AnnotationModel::entitiesChanged, this, &TimelineController::rebuild),
            connect(annotator, &DocumentAnnotator::selectedEntityChanged, this,
                    &TimelineController::onSelectedEntityChanged),
            connect(annotator->analysis(), &AnalysisController::started, this,
                    [this] {
                        if (m_annotator && !m_annotator->model()->hasAnalysis())
                            m_panel->setState(TimelinePanel::State::Analysing);
                    }),
            connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
                    &TimelineController::scheduleVisibleRange),
            connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this,
                    &TimelineController::scheduleVisibleRange),
        };
        if (!m_articleDates.count(annotator)) {
            m_articleDates.emplace(annotator, core::ReferenceDate{});
            connect(annotator, &QObject::destroyed, this, [this, annotator] { m_articleDates.erase(annotator); });
        }
        m_filterEntity = annotator->selectedEntity();
    }
    rebuild();
}

void TimelineController::rebuild()
{
    ++m_buildGeneration; // entries still being built are for what was shown before
    DocumentAnnotator *a = m_annotator;
    if (!a) {
        m_entries.clear();
        m_panel->setReference({}, {});
        m_panel->setFilter({}, 0);
        m_panel->setState(TimelinePanel::State::NoArticle);
        return;
    }
    const AnnotationModel *model = a->model();
    if (!model->hasAnalysis()) {
        m_entries.clear();
        m_panel->setFilter({}, 0);
        m_panel->setState(TimelinePanel::State::Analysing);
        return;
    }
    // A book's 870 events took its landing 16 ms of UI thread to become entries (words for the dates, texts,
    // participants): they are built on a worker from the model's document, analysis and entities, which are
    // shared and never changed in place, and shown when they arrive unless a later rebuild made them stale.
    const int generation = m_buildGeneration;
    const QFuture<std::shared_ptr<std::vector<TimelineEntry>>> built =
        QtConcurrent::run([document = model->document(), analysis = model->analysis(),
                           entities = model->sharedEntities(), locale = m_panel->locale()] {
            stepBackForInterface();
            return std::make_shared<std::vector<TimelineEntry>>(
                TimelineEntries::build(*document, *analysis, *entities, locale));
        });
    whenFinished(
        built, this,
        [this, generation, analysis = model->analysis()](const std::shared_ptr<std::vector<TimelineEntry>> &entries) {
            if (generation == m_buildGeneration && m_annotator)
                show(*analysis, std::move(*entries));
        });
}

void TimelineController::show(const core::Analysis &analysis, std::vector<TimelineEntry> entries)
{
    core::ReferenceDate &articleDate = m_articleDates[m_annotator];
    if (analysis.reference.source != core::ReferenceSource::User)
        articleDate = analysis.reference;
    m_entries = std::move(entries);
    m_panel->setReference(analysis.reference, articleDate);
    // A correction may have removed the selected entity, or the selection changed meanwhile.
    if (!m_filterEntity.empty() && !m_annotator->model()->entity(m_filterEntity))
        m_filterEntity.clear();
    applyFilter();
}

std::vector<const TimelineEntry *> TimelineController::shownEntries() const
{
    const bool filtered = !m_filterEntity.empty() && !m_filterDismissed;
    std::vector<const TimelineEntry *> shown;
    for (const TimelineEntry &e : m_entries) {
        if (!filtered || e.involves(m_filterEntity))
            shown.push_back(&e);
    }
    return shown;
}

void TimelineController::applyFilter()
{
    if (!m_annotator || !m_annotator->model()->hasAnalysis())
        return;
    std::vector<TimelineItem> placed;
    std::vector<TimelinePanel::UnplacedEvent> unplaced;
    const std::vector<const TimelineEntry *> shown = shownEntries();
    for (const TimelineEntry *e : shown) {
        if (e->anchor == core::EventAnchor::Unanchored) {
            unplaced.push_back({e->id, e->dateText, e->summary, e->sentence});
            continue;
        }
        TimelineItem item;
        item.id = e->id;
        item.anchor = e->anchor;
        item.start = e->start;
        item.end = e->end;
        item.dateText = e->dateText;
        item.summary = e->summary;
        item.sentence = e->sentence;
        item.textStart = m_annotator->toViewPosition(e->sentenceRange.start);
        item.textEnd = m_annotator->toViewPosition(e->sentenceRange.end);
        placed.push_back(std::move(item));
    }
    const AnnotationModel *model = m_annotator->model();
    m_panel->setEvents(std::move(placed), std::move(unplaced), static_cast<int>(model->dates().size()));
    m_panel->setExportable(!m_entries.empty());
    const core::Entity *filter = m_filterDismissed ? nullptr : model->entity(m_filterEntity);
    m_panel->setFilter(filter ? QString::fromStdU16String(filter->name) : QString(), static_cast<int>(shown.size()));
    updateVisibleRange();
}

void TimelineController::onSelectedEntityChanged(const std::string &id)
{
    m_filterEntity = id;
    m_filterDismissed = false;
    applyFilter();
}

void TimelineController::scheduleVisibleRange()
{
    if (!m_visibleRangeTimer.isActive())
        m_visibleRangeTimer.start();
}

void TimelineController::updateVisibleRange()
{
    if (!m_annotator || !m_annotator->view())
        return;
    QTextEdit *view = m_annotator->view();
    const QRect r = view->viewport()->rect();
    const int from = view->cursorForPosition(r.topLeft()).position();
    const int to = view->cursorForPosition(r.bottomRight()).position();
    m_visibleRange = {from, to};
    m_panel->view()->setVisibleTextRange(from, to);
}

const TimelineEntry *TimelineController::entry(const QString &id) const
{
    for (const TimelineEntry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

bool TimelineController::openEvent(const QString &id)
{
    const TimelineEntry *e = entry(id);
    if (!e || !m_annotator || !m_annotator->view())
        return false;
    QTextEdit *view = m_annotator->view();
    const int from = m_annotator->toViewPosition(e->sentenceRange.start);
    const int to = m_annotator->toViewPosition(e->sentenceRange.end);
    if (from < 0 || to < from)
        return false;
    // Formats the blocks about to show and flashes the sentence, then the sentence stays selected with the
    // cursor at its start, so Ctrl+C copies it and the arrow keys continue from there.
    m_annotator->revealMention(e->sentenceRange);
    QTextCursor c(view->document());
    c.setPosition(to);
    c.setPosition(from, QTextCursor::KeepAnchor);
    view->setTextCursor(c);
    centre(view, from, to);
    // Laying out the blocks around the sentence may correct their estimated heights; centre once more
    // when that has settled.
    QTimer::singleShot(0, view, [view, from, to] { centre(view, from, to); });
    scheduleVisibleRange();
    return true;
}

void TimelineController::setReferenceDate(QDate date)
{
    if (!m_annotator || !m_annotator->model()->document() || !date.isValid())
        return;
    // QDate counts 1 BCE as -1; the core counts it as year 0.
    const int year = date.year() < 0 ? date.year() + 1 : date.year();
    m_annotator->setReferenceDate({core::CalendarDate{year, date.month(), date.day()}, core::ReferenceSource::User});
}

void TimelineController::restoreArticleDate()
{
    const AnnotationModel *model = m_annotator ? m_annotator->model() : nullptr;
    if (!model || !model->hasAnalysis())
        return;
    m_annotator->setReferenceDate({}); // forgets the chosen date on disk too
}

bool TimelineController::exportTo(TimelinePanel::ExportFormat format, const QString &path, QString *error,
                                  QString *summary) const
{
    if (!m_annotator || !m_annotator->model()->hasAnalysis())
        return false;
    const AnnotationModel *model = m_annotator->model();
    const core::Document &doc = *model->document();
    const QString file = QFileInfo(path).fileName();
    const int count = static_cast<int>(m_entries.size());
    QByteArray bytes;
    QString done = eventsExported(count, file);
    switch (format) {
    case TimelinePanel::ExportFormat::Csv: bytes = TimelineExport::csv(m_entries); break;
    case TimelinePanel::ExportFormat::Json:
        bytes = TimelineExport::json(
            m_entries, {fromUtf8(doc.meta.sourcePath), fromUtf8(doc.meta.title), model->analysis()->reference});
        break;
    case TimelinePanel::ExportFormat::ICalendar: {
        const QString title = fromUtf8(doc.meta.title);
        const auto cal =
            TimelineExport::icalendar(m_entries,
                                      {QDateTime::currentDateTimeUtc(),
                                       doc.meta.sourcePath.empty() ? title : fromUtf8(doc.meta.sourcePath), title});
        if (cal.exported == 0) {
            if (error)
                *error = tr("None of the events has a full calendar date, so there is nothing to put in a "
                            "calendar.");
            return false;
        }
        bytes = cal.data;
        done = eventsExported(cal.exported, file);
        QStringList left;
        if (cal.yearUnknown > 0)
            left << tr("%n without a year", nullptr, cal.yearUnknown);
        if (cal.unanchored > 0)
            left << tr("%n not placed on the timeline", nullptr, cal.unanchored);
        if (cal.outOfRange > 0)
            left << tr("%n before the year 1", nullptr, cal.outOfRange);
        if (!left.isEmpty())
            done += QLatin1Char(' ')
                + tr("Left out (a calendar cannot hold them): %1.").arg(QLocale().createSeparatedList(left));
        break;
    }
    }
    if (!AnnotationExport::writeFile(path, bytes, error))
        return false;
    if (summary)
        *summary = done;
    return true;
}

void TimelineController::exportWithDialog(TimelinePanel::ExportFormat format)
{
    if (!m_annotator || !m_annotator->model()->hasAnalysis())
        return;
    const core::Document &doc = *m_annotator->model()->document();
    const QFileInfo source(fromUtf8(doc.meta.sourcePath));
    const QString folder = doc.meta.sourcePath.empty() ? QDir::homePath() : source.absolutePath();
    const QString base = source.completeBaseName().isEmpty() ? QStringLiteral("article") : source.completeBaseName();
    QString title, suffix, filter;
    switch (format) {
    case TimelinePanel::ExportFormat::Csv:
        title = tr("Export Timeline as CSV");
        suffix = QStringLiteral("-timeline.csv");
        filter = tr("CSV files (*.csv)");
        break;
    case TimelinePanel::ExportFormat::ICalendar:
        title = tr("Export Timeline as Calendar");
        suffix = QStringLiteral("-timeline.ics");
        filter = tr("iCalendar files (*.ics)");
        break;
    case TimelinePanel::ExportFormat::Json:
        title = tr("Export Timeline as JSON");
        suffix = QStringLiteral("-timeline.json");
        filter = tr("JSON files (*.json)");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(m_window, title, QDir(folder).filePath(base + suffix), filter);
    if (path.isEmpty())
        return;
    QString error, summary;
    if (!exportTo(format, path, &error, &summary))
        QMessageBox::warning(m_window, title, error);
    else
        m_window->statusBar()->showMessage(summary, kMessageMs);
}

TimelineController *installTimeline(MainWindow *window, AnnotationController *annotations)
{
    auto *timeline = new TimelineController(window);
    timeline->addViewMenuActions(window->viewMenu());
    // At first start, without a saved layout: the entity list wide enough for whole names, the right
    // column (context above timeline) about a third of the window, and the timeline below the context
    // panel with the larger share of the height, as a timeline needs length. Done when the window is
    // shown and has its size; a layout the user saved is restored instead.
    QObject::connect(window, &MainWindow::defaultLayoutNeeded, timeline, [window, annotations, timeline] {
        QDockWidget *entities = annotations->entityDock();
        QDockWidget *context = annotations->contextDock();
        const int entityWidth = std::max(entities->widget()->minimumSizeHint().width(),
                                         std::min(entities->widget()->sizeHint().width(), window->width() / 4));
        const int rightWidth = std::max(timeline->dock()->minimumSizeHint().width(), window->width() * 3 / 10);
        window->resizeDocks({entities, context, timeline->dock()}, {entityWidth, rightWidth, rightWidth},
                            Qt::Horizontal);
        window->resizeDocks({context, timeline->dock()}, {1, 2}, Qt::Vertical);
    });
    QObject::connect(window, &MainWindow::currentTabChanged, timeline, [annotations, timeline](DocumentTab *tab) {
        timeline->setAnnotator(tab ? annotations->annotatorFor(tab->view()) : nullptr);
    });
    return timeline;
}

} // namespace lede::ui

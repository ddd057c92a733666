// TimelinePanel: header, toolbar, filter banner, the painted view and the list of unplaced events.
#include "timeline/TimelinePanel.h"

#include "annotate/DateDescriber.h"
#include "timeline/TimelineEntries.h"
#include "timeline/TimelineView.h"
#include "timex/CalendarMath.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

#include <algorithm>

namespace lede::ui {

namespace {
constexpr int kUnplacedRows = 4; // the list's height in rows before it scrolls
constexpr int kIdRole = Qt::UserRole;
constexpr int kMinimumWidthChars = 42;

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}
} // namespace

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent), m_view(new TimelineView(this)), m_referenceLabel(new QLabel(this)),
      m_sourceLabel(new QLabel(this)), m_changeButton(toolButton(tr("Change…"), {}, this)),
      m_restoreButton(toolButton(tr("Use Article’s Date"), {}, this)), m_pickerMenu(new QMenu(this)),
      m_calendar(new QCalendarWidget(this)),
      m_zoomIn(toolButton(tr("+"), tr("Zoom in (show a shorter span of time)"), this)),
      m_zoomOut(toolButton(tr("−"), tr("Zoom out (show a longer span of time)"), this)),
      m_fit(toolButton(tr("Fit"), tr("Fit all events in the panel"), this)),
      m_export(toolButton(tr("Export"), tr("Save the timeline as a spreadsheet, calendar or JSON file"), this)),
      m_countLabel(new QLabel(this)), m_banner(new QFrame(this)), m_bannerLabel(new QLabel(m_banner)),
      m_showAll(toolButton(tr("Show All Events"), {}, m_banner)), m_unplacedTitle(new QLabel(this)),
      m_unplaced(new QListWidget(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    // Cards need room for a date and a few words of summary.
    setMinimumWidth(fontMetrics().averageCharWidth() * kMinimumWidthChars);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    buildHeader();

    // Header: the reference date in words, where it came from, and how to change it; below it the tools.
    // Hidden while no article is open: there is nothing to date or zoom.
    m_top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(m_top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(4);
    // One column, so a narrow dock never crushes the words beside a button.
    m_referenceLabel->setWordWrap(true);
    m_referenceLabel->setTextFormat(Qt::RichText);
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setForegroundRole(QPalette::PlaceholderText);
    topLayout->addWidget(m_referenceLabel);
    topLayout->addWidget(m_sourceLabel);
    auto *dateButtons = new QHBoxLayout;
    dateButtons->setSpacing(2);
    dateButtons->addWidget(m_changeButton);
    dateButtons->addWidget(m_restoreButton);
    dateButtons->addStretch(1);
    topLayout->addLayout(dateButtons);

    // Zoom, fit, export, and how many events there are.
    auto *tools = new QHBoxLayout;
    tools->setSpacing(2);
    tools->addWidget(m_zoomOut);
    tools->addWidget(m_zoomIn);
    tools->addWidget(m_fit);
    tools->addSpacing(6);
    tools->addWidget(m_countLabel, 1);
    tools->addWidget(m_export);
    topLayout->addLayout(tools);
    layout->addWidget(m_top);

    // The filter banner.
    m_banner->setObjectName(QStringLiteral("timelineFilterBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 4, 4);
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextFormat(Qt::RichText);
    bannerLayout->addWidget(m_bannerLabel, 1);
    bannerLayout->addWidget(m_showAll, 0, Qt::AlignVCenter);
    m_banner->hide();
    layout->addWidget(m_banner);

    layout->addWidget(m_view, 1);

    // Events the axis cannot hold.
    m_unplacedTitle->setWordWrap(true);
    m_unplacedTitle->setTextFormat(Qt::RichText);
    m_unplaced->setObjectName(QStringLiteral("timelineUnplaced"));
    m_unplaced->setWordWrap(false);
    m_unplaced->setTextElideMode(Qt::ElideRight);
    m_unplaced->setUniformItemSizes(true);
    m_unplaced->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_unplaced->setAccessibleName(tr("Events not placed on the timeline"));
    layout->addWidget(m_unplacedTitle);
    layout->addWidget(m_unplaced);
    m_unplacedTitle->hide();
    m_unplaced->hide();

    connect(m_zoomIn, &QToolButton::clicked, m_view, &TimelineView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_view, &TimelineView::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    connect(m_view, &TimelineView::zoomChanged, this, &TimelinePanel::updateButtons);
    connect(m_view, &TimelineView::activated, this, [this](int index) {
        const auto &items = m_view->items();
        if (index >= 0 && index < static_cast<int>(items.size()))
            Q_EMIT eventActivated(items[static_cast<size_t>(index)].id);
    });
    connect(m_unplaced, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT eventActivated(item->data(kIdRole).toString()); });
    connect(m_unplaced, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT eventActivated(item->data(kIdRole).toString()); });
    connect(m_showAll, &QToolButton::clicked, this, &TimelinePanel::showAllEvents);
    connect(m_restoreButton, &QToolButton::clicked, this, &TimelinePanel::restoreArticleDate);

    updateBannerStyle();
    setReference({}, {});
    setState(State::NoArticle);
}

TimelinePanel::~TimelinePanel() = default;

void TimelinePanel::buildHeader()
{
    // The date picker: a calendar in a popup; picking a day applies it at once.
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setMinimumDate(QDate(1, 1, 1));
    auto *action = new QWidgetAction(m_pickerMenu);
    action->setDefaultWidget(m_calendar);
    m_pickerMenu->addAction(action);
    m_changeButton->setMenu(m_pickerMenu);
    m_changeButton->setPopupMode(QToolButton::InstantPopup);
    m_changeButton->setToolTip(tr("Pick the date that relative dates (“yesterday”, “next Friday”) count from"));
    connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate date) {
        m_pickerMenu->close();
        chooseReferenceDate(date);
    });
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate date) {
        m_pickerMenu->close();
        chooseReferenceDate(date);
    });
    connect(m_pickerMenu, &QMenu::aboutToShow, this, [this] {
        // Open on the reference date (a year- or month-only one on its first day), else on today.
        QDate shown;
        if (m_reference.date && m_reference.date->year >= 1)
            shown =
                QDate(m_reference.date->year, std::max(m_reference.date->month, 1), std::max(m_reference.date->day, 1));
        m_calendar->setSelectedDate(shown.isValid() ? shown : QDate::currentDate());
    });

    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("As Spreadsheet (CSV)…"), this, [this] { Q_EMIT exportRequested(ExportFormat::Csv); });
    exportMenu->addAction(tr("As Calendar (iCalendar, .ics)…"), this,
                          [this] { Q_EMIT exportRequested(ExportFormat::ICalendar); });
    exportMenu->addAction(tr("As JSON…"), this, [this] { Q_EMIT exportRequested(ExportFormat::Json); });
    m_export->setMenu(exportMenu);
    m_export->setPopupMode(QToolButton::InstantPopup);
}

void TimelinePanel::setState(State state)
{
    m_state = state;
    if (state != State::Ready) {
        m_view->setItems({});
        m_placedCount = 0;
        m_unplaced->clear();
        m_unplaced->hide();
        m_unplacedTitle->hide();
        m_countLabel->clear();
    }
    m_changeButton->setEnabled(state == State::Ready);
    m_top->setVisible(state != State::NoArticle);
    updatePlaceholder();
    updateButtons();
}

void TimelinePanel::setEvents(std::vector<TimelineItem> placed, std::vector<UnplacedEvent> unplaced, int datesFound)
{
    m_state = State::Ready;
    m_changeButton->setEnabled(true);
    m_top->show();
    m_placedCount = static_cast<int>(placed.size());
    m_datesFound = datesFound;
    m_view->setItems(std::move(placed));

    m_unplaced->clear();
    for (const UnplacedEvent &e : unplaced) {
        auto *item = new QListWidgetItem(tr("%1 — %2", "date, summary").arg(e.dateText, e.summary), m_unplaced);
        item->setData(kIdRole, e.id);
        item->setToolTip(e.sentence);
    }
    const int count = static_cast<int>(unplaced.size());
    m_unplacedTitle->setText(tr("<b>Not placed on the timeline</b> (%1)").arg(count));
    m_unplacedTitle->setToolTip(m_reference.date && m_reference.date->day > 0
                                    ? tr("These dates are not exact enough to put on a calendar.")
                                    : tr("These dates count from a day the text does not give. Set a reference "
                                         "date above to place them."));
    m_unplacedTitle->setVisible(count > 0);
    m_unplaced->setVisible(count > 0);
    if (count > 0) {
        // One line per event, elided; the tooltip holds the sentence.
        const int row = std::max(m_unplaced->sizeHintForRow(0), fontMetrics().height() + 2);
        m_unplaced->setFixedHeight(std::min(count, kUnplacedRows) * row + 2 * m_unplaced->frameWidth() + 2);
    }
    const int total = m_placedCount + count;
    m_countLabel->setText(total == 0 ? QString() : total == 1 ? tr("1 event") : tr("%1 events").arg(total));
    updatePlaceholder();
    updateButtons();
}

void TimelinePanel::setFilter(const QString &entityName, int shownEvents)
{
    m_filterName = entityName;
    if (entityName.isEmpty()) {
        m_banner->hide();
    } else {
        const QString name = QStringLiteral("<b>%1</b>").arg(entityName.toHtmlEscaped());
        m_bannerLabel->setText(shownEvents == 0 ? tr("No events involve %1.").arg(name)
                                   : shownEvents == 1
                                   ? tr("Showing the only event with %1.").arg(name)
                                   : tr("Showing the %1 events with %2.").arg(shownEvents).arg(name));
        m_banner->show();
    }
    updatePlaceholder();
}

bool TimelinePanel::isFiltered() const
{
    return !m_filterName.isEmpty();
}

QString TimelinePanel::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerLabel->text();
}

QString TimelinePanel::referenceDateInWords(core::CalendarDate date, const QLocale &locale)
{
    // A date taken from the text may be known only to the month or the year: its whole month or year, in
    // the words the cards use (astronomical years, as CalendarDate counts them: -619 is 620 BC).
    const DateDescriber describer(locale);
    if (date.month < 1 || date.month > 12)
        return describer.describeInterval({date.year, 1, 1}, {date.year, 12, 31});
    if (date.day < 1)
        return describer.describeInterval({date.year, date.month, 1},
                                          {date.year, date.month, core::calendar::daysInMonth(date.year, date.month)});
    return describer.describeInterval(date, date);
}

void TimelinePanel::setReference(const core::ReferenceDate &reference, const core::ReferenceDate &articleDate)
{
    m_reference = reference;
    m_articleDate = articleDate;
    if (!reference.date) {
        m_referenceLabel->setText(tr("<b>No reference date</b>"));
        m_sourceLabel->setText(tr("Relative dates such as “next Friday” cannot be placed until you set one."));
        m_changeButton->setText(tr("Set…"));
    } else {
        m_referenceLabel->setText(
            tr("<b>Reference date:</b> %1").arg(referenceDateInWords(*reference.date, locale()).toHtmlEscaped()));
        m_changeButton->setText(tr("Change…"));
        switch (reference.source) {
        case core::ReferenceSource::Metadata:
            m_sourceLabel->setText(tr("The article’s own date (its metadata)."));
            break;
        case core::ReferenceSource::Narrative:
            m_sourceLabel->setText(tr("Taken from a date in the text; the article gives no date of its own."));
            break;
        case core::ReferenceSource::CommandLine: m_sourceLabel->setText(tr("Given on the command line.")); break;
        case core::ReferenceSource::User: m_sourceLabel->setText(tr("Set by you.")); break;
        case core::ReferenceSource::None: m_sourceLabel->clear(); break;
        }
    }
    const bool canRestore = canRestoreArticleDate();
    m_restoreButton->setVisible(canRestore);
    if (canRestore) {
        m_restoreButton->setText(articleDate.date ? tr("Use Article’s Date") : tr("Clear Date"));
        m_restoreButton->setToolTip(
            articleDate.date
                ? tr("Go back to %1, the date the article gives").arg(referenceDateInWords(*articleDate.date, locale()))
                : tr("Go back to no reference date, as the article has none"));
    }
}

bool TimelinePanel::canRestoreArticleDate() const
{
    return m_reference.source == core::ReferenceSource::User && m_reference.date != m_articleDate.date;
}

QString TimelinePanel::referenceText() const
{
    return m_referenceLabel->text();
}

QString TimelinePanel::referenceSourceText() const
{
    return m_sourceLabel->text();
}

void TimelinePanel::setExportable(bool exportable)
{
    m_exportable = exportable;
    updateButtons();
}

int TimelinePanel::unplacedCount() const
{
    return m_unplaced->count();
}

void TimelinePanel::chooseReferenceDate(QDate date)
{
    if (date.isValid())
        Q_EMIT referenceDateChosen(date);
}

void TimelinePanel::restoreArticleDate()
{
    Q_EMIT articleDateRequested();
}

void TimelinePanel::showAllEvents()
{
    Q_EMIT showAllRequested();
}

void TimelinePanel::updatePlaceholder()
{
    QString text;
    switch (m_state) {
    case State::NoArticle: text = tr("Open an article to see a timeline of the events it tells."); break;
    case State::Analysing: text = tr("Finding dates and events…"); break;
    case State::Ready:
        if (m_placedCount > 0)
            break;
        if (isFiltered())
            text = tr("None of the dated events involve %1.").arg(m_filterName);
        else if (m_unplaced->count() > 0 && !m_reference.date)
            text = tr("This text’s dates are relative (“next Friday”) and it gives no date to count from. Set a "
                      "reference date above to place them on the timeline.");
        else if (m_unplaced->count() > 0)
            text = tr("None of the events can be placed on a calendar; they are listed below.");
        else if (m_datesFound > 0)
            text = tr("The dates in this text are durations or repeats (“for three days”, “every week”), not "
                      "points in time, so there is nothing to place on a timeline.");
        else
            text = tr("No dates found in this text, so there is nothing to place on a timeline.");
        break;
    }
    m_placeholder = text;
    m_view->setPlaceholderText(text);
}

void TimelinePanel::updateButtons()
{
    const bool any = m_placedCount > 0;
    m_zoomIn->setEnabled(any && m_view->canZoomIn());
    m_zoomOut->setEnabled(any && m_view->canZoomOut());
    m_fit->setEnabled(any);
    m_export->setEnabled(m_state == State::Ready && m_exportable);
}

void TimelinePanel::updateBannerStyle()
{
    // A tint of the selection colour: the banner belongs to the selected entity, on light and dark palettes.
    QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor tint = pal.color(QPalette::Highlight);
    const QColor mixed =
        QColor::fromRgbF(base.redF() * 0.8 + tint.redF() * 0.2, base.greenF() * 0.8 + tint.greenF() * 0.2,
                         base.blueF() * 0.8 + tint.blueF() * 0.2);
    pal.setColor(QPalette::Window, mixed);
    m_banner->setPalette(pal);
}

void TimelinePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setMinimumWidth(fontMetrics().averageCharWidth() * kMinimumWidthChars);
    if (event->type() == QEvent::PaletteChange)
        updateBannerStyle();
    else if (event->type() == QEvent::LocaleChange)
        setReference(m_reference, m_articleDate);
}

} // namespace lede::ui

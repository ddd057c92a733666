// TimelineEntries: core events → rows with words, texts and corrected participants.
#include "timeline/TimelineEntries.h"

#include "annotate/DateDescriber.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <unordered_map>

namespace lede::ui {

namespace {

QString textOf(const std::u16string &text, core::TextRange range)
{
    if (range.start < 0 || range.end > static_cast<int32_t>(text.size()) || range.empty())
        return {};
    QString s = QString::fromStdU16String(text.substr(static_cast<size_t>(range.start),
                                                      static_cast<size_t>(range.length())));
    // A sentence spanning a soft line break reads as one line in a list or a tooltip.
    s.replace(QChar(0x2028), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.simplified();
}

QString shortened(const QString &text, int limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype cut = text.lastIndexOf(QLatin1Char(' '), limit - 1);
    if (cut < limit / 2)
        cut = limit - 1;
    return text.left(cut).trimmed() + QChar(0x2026);
}

// A summary cut out of a quotation can start with its closing quote or a comma: the card shows words.
QString trimmedSummary(QString summary)
{
    summary = summary.simplified();
    qsizetype from = 0;
    while (from < summary.size() && (summary.at(from).isPunct() || summary.at(from).isSpace())
           && summary.at(from) != QLatin1Char('(') && summary.at(from) != QChar(0x201C))
        ++from;
    summary = summary.mid(from);
    // An unmatched quote at the end.
    if (summary.endsWith(QLatin1Char('"')) && summary.count(QLatin1Char('"')) % 2 == 1)
        summary.chop(1);
    return summary.trimmed();
}

// The describer falls back to the TIMEX3 value for shapes it does not know; a code like that must not
// reach the user.
bool looksLikeCode(const QString &text)
{
    static const QRegularExpression code(
        QStringLiteral("XX|^[+-]?\\d{4}-|^BC\\d|\\d{4}-[A-Z]|T[A-Z]{2}$|^P\\d|_REF$"));
    return text.isEmpty() || code.match(text).hasMatch();
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    // Proleptic Gregorian with astronomical years: year 0 (1 BCE) is a leap year.
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

// Month and day of a year-unknown interval (their year fields mean nothing).
QString yearlessText(core::CalendarDate start, core::CalendarDate end, const QLocale &locale)
{
    auto day = [&](core::CalendarDate d) {
        return TimelineEntries::tr("%1 %2", "day month").arg(d.day).arg(locale.monthName(d.month));
    };
    if (start.month == end.month && start.day == 1 && end.day >= 28)
        return locale.standaloneMonthName(start.month);
    if (start == end)
        return day(start);
    return TimelineEntries::tr("%1 – %2", "range").arg(day(start), day(end));
}

} // namespace

bool TimelineEntry::involves(const std::string &entityId) const
{
    return std::find(participantIds.begin(), participantIds.end(), entityId) != participantIds.end();
}

QString TimelineEntries::yearText(int year)
{
    if (year >= 1)
        return QString::number(year);
    return tr("%1 BC", "a year before the common era").arg(1 - year);
}

QString TimelineEntries::isoDate(core::CalendarDate d)
{
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31)
        return {};
    const QString year = d.year < 0 ? QLatin1Char('-') + QStringLiteral("%1").arg(-d.year, 4, 10, QLatin1Char('0'))
                                    : QStringLiteral("%1").arg(d.year, 4, 10, QLatin1Char('0'));
    return QStringLiteral("%1-%2-%3")
        .arg(year)
        .arg(d.month, 2, 10, QLatin1Char('0'))
        .arg(d.day, 2, 10, QLatin1Char('0'));
}

QString TimelineEntries::describeInterval(core::CalendarDate start, core::CalendarDate end, const QLocale &locale)
{
    auto monthName = [&](int month) { return locale.standaloneMonthName(month); };
    auto day = [&](core::CalendarDate d) {
        if (d.year >= 1) {
            const QDate q(d.year, d.month, d.day);
            if (q.isValid())
                return locale.toString(q, QLocale::LongFormat);
        }
        return tr("%1 %2 %3", "day month year").arg(d.day).arg(locale.monthName(d.month), yearText(d.year));
    };
    if (start == end)
        return day(start);
    const bool wholeMonths = start.day == 1 && end.day == daysInMonth(end.year, end.month);
    if (wholeMonths && start.year == end.year && start.month == end.month)
        return tr("%1 %2", "month year").arg(monthName(start.month), yearText(start.year));
    if (wholeMonths && start.month == 1 && end.month == 12) {
        if (start.year == end.year)
            return yearText(start.year);
        if (start.year >= 1 && start.year % 10 == 0 && end.year == start.year + 9)
            return tr("the %1s", "decade").arg(start.year);
        return tr("%1 – %2", "range").arg(yearText(start.year), yearText(end.year));
    }
    if (wholeMonths)
        return tr("%1 – %2", "range")
            .arg(tr("%1 %2", "month year").arg(monthName(start.month), yearText(start.year)),
                 tr("%1 %2", "month year").arg(monthName(end.month), yearText(end.year)));
    return tr("%1 – %2", "range").arg(day(start), day(end));
}

std::vector<std::string> TimelineEntries::correctedParticipants(const core::Event &event,
                                                                const core::Analysis &analysis,
                                                                const std::vector<core::Entity> &entities)
{
    std::vector<std::string> ids;
    auto add = [&ids](const std::string &id) {
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    };
    for (const std::string &raw : event.participants) {
        const auto original = std::find_if(analysis.entities.begin(), analysis.entities.end(),
                                           [&](const core::Entity &e) { return e.id == raw; });
        bool found = false;
        if (original != analysis.entities.end()) {
            for (const core::TextRange &m : original->mentions) {
                if (!event.sentence.overlaps(m))
                    continue;
                for (const core::Entity &e : entities) {
                    if (std::any_of(e.mentions.begin(), e.mentions.end(),
                                    [&](const core::TextRange &r) { return r.overlaps(m); })) {
                        add(e.id);
                        found = true;
                    }
                }
            }
        }
        if (!found && original == analysis.entities.end()) {
            // Not a raw id (the caller passed corrected entities as the analysis): keep it if it exists.
            if (std::any_of(entities.begin(), entities.end(), [&](const core::Entity &e) { return e.id == raw; }))
                add(raw);
        }
    }
    return ids;
}

std::vector<TimelineEntry> TimelineEntries::build(const core::Document &document, const core::Analysis &analysis,
                                                  const std::vector<core::Entity> &entities, const QLocale &locale)
{
    const DateDescriber describer(locale);
    std::unordered_map<std::string, const core::Entity *> byId;
    for (const core::Entity &e : entities)
        byId.emplace(e.id, &e);

    std::vector<TimelineEntry> out;
    out.reserve(analysis.events.size());
    for (const core::Event &event : analysis.events) {
        TimelineEntry entry;
        entry.id = QString::fromStdString(event.id);
        entry.anchor = event.anchor;
        entry.start = event.start;
        entry.end = event.end;
        entry.value = QString::fromStdString(event.value);
        entry.dateRange = event.date;
        entry.sentenceRange = event.sentence;
        entry.dateExpression = textOf(document.text, event.date);
        entry.sentence = textOf(document.text, event.sentence);
        entry.summary = trimmedSummary(QString::fromStdU16String(event.summary));
        if (entry.summary.isEmpty())
            entry.summary = shortened(entry.sentence, kSummaryLimit);

        // The words of the date expression itself, as its highlight's tooltip says them.
        const auto timex = std::find_if(analysis.dates.begin(), analysis.dates.end(),
                                        [&](const core::Timex &t) { return t.range == event.date; });
        if (timex != analysis.dates.end())
            entry.dateText = describer.describe(*timex);
        else
            entry.dateText = describer.describeValue(entry.value);
        // The describer gives the value back for shapes it does not know ("199" for the 1990s).
        if (entry.dateText == entry.value || looksLikeCode(entry.dateText)) {
            if (event.anchor == core::EventAnchor::Dated)
                entry.dateText = describeInterval(event.start, event.end, locale);
            else if (event.anchor == core::EventAnchor::YearUnknown)
                entry.dateText = tr("%1, year unknown").arg(yearlessText(event.start, event.end, locale));
            else
                entry.dateText = tr("“%1”", "a date expression quoted from the article").arg(entry.dateExpression);
        }

        entry.participantIds = correctedParticipants(event, analysis, entities);
        for (const std::string &id : entry.participantIds) {
            if (const auto it = byId.find(id); it != byId.end())
                entry.participantNames << QString::fromStdU16String(it->second->name);
        }
        out.push_back(std::move(entry));
    }
    return out;
}

} // namespace lede::ui

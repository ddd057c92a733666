// TimelineEntries: core events → rows with words, texts and corrected participants.
#include "timeline/TimelineEntries.h"

#include "annotate/DateDescriber.h"

#include <algorithm>
#include <unordered_map>

namespace lede::ui {

namespace {

QString textOf(const std::u16string &text, core::TextRange range)
{
    if (range.start < 0 || range.end > static_cast<int32_t>(text.size()) || range.empty())
        return {};
    QString s =
        QString::fromStdU16String(text.substr(static_cast<size_t>(range.start), static_cast<size_t>(range.length())));
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

} // namespace

bool TimelineEntry::involves(const std::string &entityId) const
{
    return std::find(participantIds.begin(), participantIds.end(), entityId) != participantIds.end();
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
    // Without a reference date a relative date says what would resolve it.
    const DateDescriber describer(
        locale, analysis.reference.date ? DateDescriber::Reference::Known : DateDescriber::Reference::Unknown);
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

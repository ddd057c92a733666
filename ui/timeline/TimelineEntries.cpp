// TimelineEntries: core events → rows with words, texts and corrected participants.
#include "timeline/TimelineEntries.h"

#include "annotate/DateDescriber.h"

#include <algorithm>
#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

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

// What correctedParticipants() looks up, indexed once for all of a document's events: the analysis's own
// entities by id, and the corrected entities' mentions by where they start. A book has thousands of events and
// tens of thousands of mentions, so a scan of every mention per event took the UI thread a tenth of a second.
// Only the corrected mentions that can answer for the events asked about are indexed — those overlapping a
// participant's mention inside its event's sentence: sorting all of a book's 47,000 took 9 ms of the landing.
namespace {

class ParticipantIndex
{
public:
    ParticipantIndex(const core::Analysis &analysis, const std::vector<core::Entity> &entities,
                     std::span<const core::Event> events)
        : m_entities(entities)
    {
        m_original.reserve(analysis.entities.size());
        for (const core::Entity &e : analysis.entities)
            m_original.emplace(e.id, &e);
        m_ids.reserve(entities.size());
        for (const core::Entity &e : entities)
            m_ids.emplace(e.id);
        // The mentions participants() will ask about, as sorted ranges that do not overlap.
        std::vector<core::TextRange> asked;
        for (const core::Event &event : events) {
            for (const std::string &raw : event.participants) {
                const auto original = m_original.find(raw);
                if (original == m_original.end())
                    continue;
                for (const core::TextRange &m : original->second->mentions) {
                    if (event.sentence.overlaps(m))
                        asked.push_back(m);
                }
            }
        }
        std::sort(asked.begin(), asked.end(),
                  [](const core::TextRange &a, const core::TextRange &b) { return a.start < b.start; });
        std::vector<core::TextRange> merged;
        for (const core::TextRange &r : asked) {
            if (!merged.empty() && r.start < merged.back().end)
                merged.back().end = std::max(merged.back().end, r.end);
            else
                merged.push_back(r);
        }
        for (size_t i = 0; i < entities.size(); ++i) {
            for (const core::TextRange &r : entities[i].mentions) {
                // The first asked range ending after r starts: r overlaps one of them only if it overlaps that one.
                const auto it = std::upper_bound(merged.begin(), merged.end(), r.start,
                                                 [](int32_t at, const core::TextRange &m) { return at < m.end; });
                if (it == merged.end() || !it->overlaps(r))
                    continue;
                m_mentions.push_back({r, i});
                m_longest = std::max(m_longest, r.length());
            }
        }
        std::sort(m_mentions.begin(), m_mentions.end(),
                  [](const Mention &a, const Mention &b) { return a.range.start < b.range.start; });
    }

    std::vector<std::string> participants(const core::Event &event) const
    {
        std::vector<std::string> ids;
        auto add = [&ids](const std::string &id) {
            if (std::find(ids.begin(), ids.end(), id) == ids.end())
                ids.push_back(id);
        };
        std::vector<size_t> holders;
        for (const std::string &raw : event.participants) {
            const auto original = m_original.find(raw);
            if (original == m_original.end()) {
                // Not a raw id (the caller passed corrected entities as the analysis): kept if it exists.
                if (m_ids.count(raw))
                    add(raw);
                continue;
            }
            for (const core::TextRange &m : original->second->mentions) {
                if (!event.sentence.overlaps(m))
                    continue;
                // The corrected entities holding a mention that overlaps m, in the entities' order.
                holders.clear();
                auto it = std::lower_bound(m_mentions.begin(), m_mentions.end(), m.start - m_longest,
                                           [](const Mention &a, int32_t from) { return a.range.start < from; });
                for (; it != m_mentions.end() && it->range.start < m.end; ++it) {
                    if (it->range.overlaps(m))
                        holders.push_back(it->entity);
                }
                std::sort(holders.begin(), holders.end());
                for (size_t h : holders)
                    add(m_entities[h].id);
            }
        }
        return ids;
    }

private:
    struct Mention
    {
        core::TextRange range;
        size_t entity;
    };
    const std::vector<core::Entity> &m_entities;
    // Keyed by views of the entities' own ids: a book's thousands of ids are not copied.
    std::unordered_map<std::string_view, const core::Entity *> m_original;
    std::unordered_set<std::string_view> m_ids;
    std::vector<Mention> m_mentions; // the corrected mentions that can answer, by start
    int32_t m_longest = 0;
};

} // namespace

std::vector<std::string> TimelineEntries::correctedParticipants(const core::Event &event,
                                                                const core::Analysis &analysis,
                                                                const std::vector<core::Entity> &entities)
{
    return ParticipantIndex(analysis, entities, std::span(&event, 1)).participants(event);
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
    const ParticipantIndex participants(analysis, entities, analysis.events);
    // The dates by range, to find an event's date expression without a scan per event.
    std::vector<const core::Timex *> dates;
    dates.reserve(analysis.dates.size());
    for (const core::Timex &t : analysis.dates)
        dates.push_back(&t);
    std::stable_sort(dates.begin(), dates.end(),
                     [](const core::Timex *a, const core::Timex *b) { return a->range < b->range; });

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
        const auto timex = std::lower_bound(dates.begin(), dates.end(), event.date,
                                            [](const core::Timex *t, core::TextRange r) { return t->range < r; });
        if (timex != dates.end() && (*timex)->range == event.date)
            entry.dateText = describer.describe(**timex);
        else
            entry.dateText = describer.describeValue(entry.value);

        entry.participantIds = participants.participants(event);
        for (const std::string &id : entry.participantIds) {
            if (const auto it = byId.find(id); it != byId.end())
                entry.participantNames << QString::fromStdU16String(it->second->name);
        }
        out.push_back(std::move(entry));
    }
    return out;
}

} // namespace lede::ui

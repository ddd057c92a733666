// Helpers for the events tests: text with entity mentions marked inline ("[Oskar Lind]",
// "[Lind=Oskar Lind]" for a mention of an entity named otherwise), the real segmenter and date tagger
// run over it, and events printed as one readable line each.
#pragma once

#include "events/EventExtractor.h"
#include "timex/TimexTagger.h"

#include <QString>
#include <QStringList>

#include <map>
#include <string>
#include <vector>

namespace lede::core::testing {

struct MarkedText
{
    std::u16string text;
    std::vector<Entity> entities;
};

inline MarkedText parseMarked(const QString &marked)
{
    MarkedText out;
    std::map<QString, size_t> byName;
    for (qsizetype i = 0; i < marked.size(); ++i) {
        if (marked[i] != u'[') {
            out.text += static_cast<char16_t>(marked[i].unicode());
            continue;
        }
        const qsizetype close = marked.indexOf(u']', i);
        const QString inner = marked.mid(i + 1, close - i - 1);
        const qsizetype eq = inner.indexOf(u'=');
        const QString surface = eq < 0 ? inner : inner.left(eq);
        const QString name = eq < 0 ? inner : inner.mid(eq + 1);
        auto [it, added] = byName.try_emplace(name, out.entities.size());
        if (added) {
            Entity e;
            e.id = "e" + std::to_string(out.entities.size() + 1);
            e.name = name.toStdU16String();
            out.entities.push_back(std::move(e));
        }
        const auto start = static_cast<int32_t>(out.text.size());
        out.text += surface.toStdU16String();
        out.entities[it->second].mentions.push_back({start, static_cast<int32_t>(out.text.size())});
        i = close;
    }
    return out;
}

inline ReferenceDate referenceFrom(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    const QStringList p = iso.split(u'-');
    return {CalendarDate{p[0].toInt(), p[1].toInt(), p[2].toInt()}, ReferenceSource::CommandLine};
}

inline QString isoOf(const CalendarDate &d, EventAnchor anchor)
{
    if (anchor == EventAnchor::YearUnknown)
        return QStringLiteral("--%1-%2").arg(d.month, 2, 10, QChar(u'0')).arg(d.day, 2, 10, QChar(u'0'));
    const QString year = d.year < 0 ? QStringLiteral("-%1").arg(-d.year, 4, 10, QChar(u'0'))
                                    : QStringLiteral("%1").arg(d.year, 4, 10, QChar(u'0'));
    return QStringLiteral("%1-%2-%3").arg(year).arg(d.month, 2, 10, QChar(u'0')).arg(d.day, 2, 10, QChar(u'0'));
}

// "2025-05-12..2025-05-14 2025-05-12 «a strike closed the port» [Hamburg]"; a year-unknown date as ISO
// writes a day without a year ("--03-14"); "unanchored" for no bounds.
inline QString describe(const Event &e, const std::vector<Entity> &entities)
{
    const QString bounds = e.anchor == EventAnchor::Unanchored
        ? QStringLiteral("unanchored")
        : isoOf(e.start, e.anchor) + QStringLiteral("..") + isoOf(e.end, e.anchor);
    QStringList names;
    for (const std::string &id : e.participants)
        for (const Entity &en : entities)
            if (en.id == id)
                names << QString::fromStdU16String(en.name);
    return QStringLiteral("%1 %2 \u00ab%3\u00bb [%4]")
        .arg(bounds, QString::fromStdString(e.value), QString::fromStdU16String(e.summary), names.join(u", "));
}

inline QString describe(const std::vector<Event> &events, const std::vector<Entity> &entities)
{
    QStringList out;
    for (const Event &e : events)
        out << describe(e, entities);
    return out.join(QStringLiteral(" | "));
}

// The whole path the analysis takes: segment, tag dates against `reference`, extract events.
inline std::vector<Event> eventsOf(const MarkedText &m, const ReferenceDate &reference)
{
    const Segmentation seg = Segmenter::segment(m.text);
    TimexOptions options;
    options.reference = reference;
    const std::vector<Timex> dates = TimexTagger::tag(m.text, seg, options);
    return EventExtractor::extract(m.text, seg, dates, m.entities);
}

} // namespace lede::core::testing

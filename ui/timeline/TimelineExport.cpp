// TimelineExport: CSV, iCalendar and JSON of the timeline.
#include "timeline/TimelineExport.h"

#include "annotate/AnnotationExport.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace lede::ui {

namespace {

const QString kCrLf = QStringLiteral("\r\n");

QString icsDate(QDate d)
{
    return QStringLiteral("%1%2%3")
        .arg(d.year(), 4, 10, QLatin1Char('0'))
        .arg(d.month(), 2, 10, QLatin1Char('0'))
        .arg(d.day(), 2, 10, QLatin1Char('0'));
}

// A JSON string literal with its quotes, escaped by Qt.
QString jsonString(const QString &s)
{
    QString array = QString::fromUtf8(QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2);
}

QString jsonDateOrNull(const TimelineEntry &e, core::CalendarDate d)
{
    if (e.anchor != core::EventAnchor::Dated)
        return QStringLiteral("null");
    return jsonString(TimelineEntries::isoDate(d));
}

QString anchorKey(core::EventAnchor a)
{
    switch (a) {
    case core::EventAnchor::Dated: return QStringLiteral("dated");
    case core::EventAnchor::YearUnknown: return QStringLiteral("year-unknown");
    case core::EventAnchor::Unanchored: return QStringLiteral("unanchored");
    }
    return {};
}

} // namespace

QString TimelineExport::referenceSourceKey(core::ReferenceSource source)
{
    switch (source) {
    case core::ReferenceSource::None: return QStringLiteral("none");
    case core::ReferenceSource::Metadata: return QStringLiteral("metadata");
    case core::ReferenceSource::CommandLine: return QStringLiteral("command-line");
    case core::ReferenceSource::User: return QStringLiteral("user");
    case core::ReferenceSource::Narrative: return QStringLiteral("narrative");
    }
    return {};
}

QByteArray TimelineExport::csv(const std::vector<TimelineEntry> &entries)
{
    QString out = QStringLiteral("date,start,end,summary,participants,sentence") + kCrLf;
    for (const TimelineEntry &e : entries) {
        const bool dated = e.anchor == core::EventAnchor::Dated;
        const QStringList fields{AnnotationExport::csvField(e.dateText),
                                 dated ? TimelineEntries::isoDate(e.start) : QString(),
                                 dated ? TimelineEntries::isoDate(e.end) : QString(),
                                 AnnotationExport::csvField(e.summary),
                                 AnnotationExport::csvField(e.participantNames.join(QStringLiteral("; "))),
                                 AnnotationExport::csvField(e.sentence)};
        out += fields.join(QLatin1Char(',')) + kCrLf;
    }
    return out.toUtf8();
}

QString TimelineExport::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case ';': out += QLatin1String("\\;"); break;
        case ',': out += QLatin1String("\\,"); break;
        case '\r':
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
            break;
        case '\n':
        case 0x2028:
        case 0x2029: out += QLatin1String("\\n"); break;
        default: out += c;
        }
    }
    return out;
}

QByteArray TimelineExport::foldLine(const QByteArray &line)
{
    // RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets excluding the line break; a continuation
    // starts with one space, which counts toward its 75.
    constexpr qsizetype kOctets = 75;
    QByteArray out;
    qsizetype pos = 0;
    qsizetype room = kOctets;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Back up to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (cut > pos && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = kOctets - 1;
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

TimelineExport::Calendar TimelineExport::icalendar(const std::vector<TimelineEntry> &entries,
                                                   const CalendarOptions &options)
{
    Calendar result;
    QByteArray out;
    auto line = [&out](const QString &text) { out += foldLine(text.toUtf8()); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Lede//Lede timeline//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    if (!options.name.isEmpty())
        line(QStringLiteral("X-WR-CALNAME:") + escapeText(options.name));
    const QString stamp = options.stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const TimelineEntry &e : entries) {
        if (e.anchor == core::EventAnchor::YearUnknown) {
            ++result.yearUnknown;
            continue;
        }
        if (e.anchor == core::EventAnchor::Unanchored) {
            ++result.unanchored;
            continue;
        }
        const QDate start(e.start.year, e.start.month, e.start.day);
        const QDate last(e.end.year, e.end.month, e.end.day);
        if (e.start.year < 1 || e.end.year > 9998 || !start.isValid() || !last.isValid() || last < start) {
            ++result.outOfRange;
            continue;
        }
        // The same event of the same article gets the same UID on every export, so a calendar that
        // imports the file again updates it instead of adding a copy.
        const QByteArray key = (options.uidSeed + QLatin1Char('\n') + e.value + QLatin1Char('\n')
                                + QString::number(e.dateRange.start) + QLatin1Char('\n') + e.sentence)
                                   .toUtf8();
        const QString uid =
            QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(20))
            + QStringLiteral("@lede");
        QString description = e.dateText + QLatin1Char('\n') + e.sentence;
        if (!e.participantNames.isEmpty())
            description += QLatin1Char('\n') + tr("With: %1").arg(e.participantNames.join(QStringLiteral(", ")));
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + uid);
        line(QStringLiteral("DTSTAMP:") + stamp);
        line(QStringLiteral("DTSTART;VALUE=DATE:") + icsDate(start));
        line(QStringLiteral("DTEND;VALUE=DATE:") + icsDate(last.addDays(1)));
        line(QStringLiteral("SUMMARY:") + escapeText(e.summary));
        line(QStringLiteral("DESCRIPTION:") + escapeText(description));
        line(QStringLiteral("TRANSP:TRANSPARENT")); // a past event in an article does not make anyone busy
        line(QStringLiteral("END:VEVENT"));
        ++result.exported;
    }
    line(QStringLiteral("END:VCALENDAR"));
    result.data = out;
    return result;
}

QByteArray TimelineExport::json(const std::vector<TimelineEntry> &entries, const JsonContext &context)
{
    const QString nl = QStringLiteral("\n");
    QString out = QStringLiteral("{") + nl;
    out += QStringLiteral("  \"source\": ") + jsonString(context.source) + QStringLiteral(",") + nl;
    out += QStringLiteral("  \"title\": ") + jsonString(context.title) + QStringLiteral(",") + nl;
    const QString ref =
        context.reference.date ? jsonString(TimelineEntries::isoDate(*context.reference.date)) : QStringLiteral("null");
    out += QStringLiteral("  \"reference_date\": {\"date\": %1, \"source\": %2},")
               .arg(ref, jsonString(referenceSourceKey(context.reference.source)))
        + nl;
    out += QStringLiteral("  \"events\": [");
    bool first = true;
    for (const TimelineEntry &e : entries) {
        out += (first ? QString() : QStringLiteral(",")) + nl + QStringLiteral("    {");
        first = false;
        QStringList participants;
        for (size_t i = 0; i < e.participantIds.size(); ++i) {
            const QString name = i < static_cast<size_t>(e.participantNames.size())
                ? e.participantNames[static_cast<qsizetype>(i)]
                : QString();
            participants << QStringLiteral("{\"id\": %1, \"name\": %2}")
                                .arg(jsonString(QString::fromStdString(e.participantIds[i])), jsonString(name));
        }
        const QStringList fields{
            QStringLiteral("\"id\": ") + jsonString(e.id),
            QStringLiteral("\"anchor\": ") + jsonString(anchorKey(e.anchor)),
            QStringLiteral("\"start\": ") + jsonDateOrNull(e, e.start),
            QStringLiteral("\"end\": ") + jsonDateOrNull(e, e.end),
            QStringLiteral("\"value\": ") + jsonString(e.value),
            QStringLiteral("\"date\": ") + jsonString(e.dateText),
            QStringLiteral("\"expression\": ") + jsonString(e.dateExpression),
            QStringLiteral("\"summary\": ") + jsonString(e.summary),
            QStringLiteral("\"participants\": [") + participants.join(QStringLiteral(", ")) + QLatin1Char(']'),
            QStringLiteral("\"sentence\": ") + jsonString(e.sentence),
        };
        out += nl + QStringLiteral("      ") + fields.join(QStringLiteral(",") + nl + QStringLiteral("      "));
        out += nl + QStringLiteral("    }");
    }
    out +=
        (entries.empty() ? QString() : nl + QStringLiteral("  ")) + QStringLiteral("]") + nl + QStringLiteral("}") + nl;
    return out.toUtf8();
}

} // namespace lede::ui

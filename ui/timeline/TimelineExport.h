// TimelineExport: the timeline's events as CSV (RFC 4180), iCalendar (RFC 5545) and JSON. Pure functions
// of the entries, so the files are byte-for-byte testable; the panel asks for a path and writes with
// AnnotationExport::writeFile (QSaveFile).
#pragma once

#include "timeline/TimelineEntries.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <vector>

namespace lede::ui {

class TimelineExport final
{
    Q_DECLARE_TR_FUNCTIONS(lede::ui::TimelineExport)

public:
    // date,start,end,summary,participants,sentence — every event, chronological, CRLF line ends, UTF-8.
    // start and end are ISO dates (BCE with the expanded year, "-0043-03-15"), empty when not placed.
    static QByteArray csv(const std::vector<TimelineEntry> &entries);

    struct CalendarOptions
    {
        QDateTime stamp; // DTSTAMP (UTC); the export time
        QString uidSeed; // makes UIDs unique to the article and stable across exports (its path or title)
        QString name;    // X-WR-CALNAME, the article's title
    };
    struct Calendar
    {
        QByteArray data;
        int exported = 0;
        int yearUnknown = 0; // left out: a calendar needs a year
        int unanchored = 0;  // left out: no date to put them on
        int outOfRange = 0;  // left out: before year 1 or after 9999, which iCalendar cannot write
    };
    // All-day VEVENTs: DTSTART;VALUE=DATE, DTEND;VALUE=DATE the day after the last day.
    static Calendar icalendar(const std::vector<TimelineEntry> &entries, const CalendarOptions &options);

    struct JsonContext
    {
        QString source; // the article's path
        QString title;
        core::ReferenceDate reference;
    };
    // {"source", "title", "reference_date": {"date", "source"}, "events": [...]}; keys in this order.
    static QByteArray json(const std::vector<TimelineEntry> &entries, const JsonContext &context);

    // RFC 5545 TEXT escaping: backslash, semicolon, comma, and newlines as \n.
    static QString escapeText(const QString &text);
    // One content line, folded at 75 octets (never inside a UTF-8 sequence), each line ending in CRLF.
    static QByteArray foldLine(const QByteArray &line);

    static QString referenceSourceKey(core::ReferenceSource source); // "metadata", "narrative", …
};

} // namespace lede::ui

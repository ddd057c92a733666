#include "analysis/AnalysisJson.h"

#include "common/Utf.h"

#include <cstdio>

#include <nlohmann/json.hpp>

namespace lede::core {

namespace {

// A narrative anchor may know only the year or the month: print only what is known.
std::string isoDate(const CalendarDate &d)
{
    char buf[32];
    const char *yearFormat = (d.year >= 0 && d.year <= 9999) ? "%04d" : "%+05d";
    int n = std::snprintf(buf, sizeof buf, yearFormat, d.year);
    if (d.month > 0)
        n += std::snprintf(buf + n, sizeof buf - n, "-%02d", d.month);
    if (d.month > 0 && d.day > 0)
        std::snprintf(buf + n, sizeof buf - n, "-%02d", d.day);
    return buf;
}

// An event's bound: always a full date, years beyond 0000–9999 (BCE: astronomical, "-0043") as
// ISO 8601 expanded years.
std::string isoDay(const CalendarDate &d)
{
    char buf[32];
    const int y = d.year;
    if (y >= 0 && y <= 9999)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, d.month, d.day);
    else
        std::snprintf(buf, sizeof buf, "%c%04d-%02d-%02d", y < 0 ? '-' : '+', y < 0 ? -y : y, d.month, d.day);
    return buf;
}

nlohmann::ordered_json span(const CodePointIndex &cp, const TextRange &r)
{
    return {{"start", cp.toCodePoint(r.start)}, {"end", cp.toCodePoint(r.end)}};
}

} // namespace

const char *referenceSourceName(ReferenceSource s)
{
    switch (s) {
    case ReferenceSource::None: return "none";
    case ReferenceSource::Metadata: return "metadata";
    case ReferenceSource::CommandLine: return "command-line";
    case ReferenceSource::User: return "user";
    case ReferenceSource::Narrative: return "narrative";
    }
    return "none";
}

std::string analysisToJson(const Document &doc, const Analysis &analysis, int indent)
{
    // ordered_json keeps the documented key order (source, format, title, …) in the output.
    using json = nlohmann::ordered_json;
    const CodePointIndex cp(doc.text);

    json entities = json::array();
    for (const Entity &e : analysis.entities) {
        json mentions = json::array();
        for (const TextRange &m : e.mentions)
            mentions.push_back(span(cp, m));
        entities.push_back({{"id", e.id},
                            {"type", std::string(entityTypeName(e.type))},
                            {"name", utf16ToUtf8(e.name)},
                            {"mentions", std::move(mentions)}});
    }

    json dates = json::array();
    for (const Timex &t : analysis.dates) {
        json d = span(cp, t.range);
        d["type"] = std::string(timexTypeName(t.type));
        d["value"] = t.value;
        if (!t.rangeStart.empty() || !t.rangeEnd.empty())
            d["range"] = {{"start", t.rangeStart}, {"end", t.rangeEnd}};
        dates.push_back(std::move(d));
    }

    json events = json::array();
    for (const Event &e : analysis.events) {
        // Only a dated event has calendar bounds to print; a year-unknown one keeps its value alone.
        const bool dated = e.anchor == EventAnchor::Dated;
        json participants = json::array();
        for (const std::string &p : e.participants)
            participants.push_back(p);
        events.push_back({{"id", e.id},
                          {"start", dated ? json(isoDay(e.start)) : json(nullptr)},
                          {"end", dated ? json(isoDay(e.end)) : json(nullptr)},
                          {"value", e.value},
                          {"date", span(cp, e.date)},
                          {"sentence", span(cp, e.sentence)},
                          {"summary", utf16ToUtf8(e.summary)},
                          {"participants", std::move(participants)}});
    }

    json out = {
        {"source",
         doc.meta.sourcePath.empty() ? doc.meta.sourceUrl : doc.meta.sourcePath}, // a file, or a page's address
        {"format", formatName(doc.meta.format)},
        {"title", doc.meta.title},
        {"reference_date", analysis.reference.date ? json(isoDate(*analysis.reference.date)) : json(nullptr)},
        {"reference_source", referenceSourceName(analysis.reference.source)},
        {"text", utf16ToUtf8(doc.text)},
        {"entities", std::move(entities)},
        {"dates", std::move(dates)},
        {"events", std::move(events)},
    };
    if (!doc.meta.fetchedAt.empty())
        out["fetched_at"] = doc.meta.fetchedAt;
    // Replace rather than throw on any invalid UTF-8 that slipped into metadata.
    return out.dump(indent, ' ', false, json::error_handler_t::replace);
}

} // namespace lede::core

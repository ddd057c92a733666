#include "analysis/AnalysisJson.h"

#include "common/Utf.h"

#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
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

namespace {

using Json = nlohmann::ordered_json; // keeps the documented key order (source, format, title, …)

// Writes the analysis as nlohmann's dump of one whole object would, member by member and element by element, so a
// book's JSON never exists as one tree or (for lede-cli) as one string: each piece is dumped alone and, when
// pretty-printed, indented to its depth (a dumped value holds no raw line break but those of its layout).
class JsonStream
{
public:
    JsonStream(int indent, const JsonSink &sink) : m_indent(indent), m_sink(sink) {}

    void beginObject() { m_sink("{"); }
    void endObject() { m_sink(m_indent < 0 ? "}" : "\n}"); }
    void member(std::string_view key, const Json &value)
    {
        memberKey(key);
        piece(value, 1);
    }
    // A string member whose value is written in pieces (the text of a book).
    void memberKey(std::string_view key)
    {
        std::string out = m_first ? "" : ",";
        if (m_indent >= 0)
            out += "\n" + std::string(static_cast<size_t>(m_indent), ' ');
        out += dump(Json(key));
        out += m_indent < 0 ? ":" : ": ";
        m_sink(out);
        m_first = false;
    }
    void raw(std::string_view bytes) { m_sink(bytes); }
    // An array member whose elements come one by one from `next` (false when there is none left).
    template <typename Next> void arrayMember(std::string_view key, Next next)
    {
        memberKey(key);
        Json element;
        bool first = true;
        while (next(element)) {
            if (first)
                m_sink(m_indent < 0 ? "[" : "[\n");
            else
                m_sink(m_indent < 0 ? "," : ",\n");
            if (m_indent >= 0)
                m_sink(std::string(2 * static_cast<size_t>(m_indent), ' '));
            piece(element, 2);
            first = false;
        }
        if (first)
            m_sink("[]");
        else
            m_sink(m_indent < 0 ? "]" : "\n" + std::string(static_cast<size_t>(m_indent), ' ') + "]");
    }
    std::string dump(const Json &value) const
    {
        // Replace rather than throw on any invalid UTF-8 that slipped into metadata.
        return value.dump(m_indent, ' ', false, Json::error_handler_t::replace);
    }

private:
    void piece(const Json &value, int depth)
    {
        std::string text = dump(value);
        if (m_indent > 0 && text.find('\n') != std::string::npos) {
            const std::string pad(static_cast<size_t>(depth * m_indent), ' ');
            std::string nested;
            nested.reserve(text.size() + text.size() / 8);
            for (char c : text) {
                nested += c;
                if (c == '\n')
                    nested += pad;
            }
            text = std::move(nested);
        }
        m_sink(text);
    }

    int m_indent;
    const JsonSink &m_sink;
    bool m_first = true;
};

// `text` as the inside of a JSON string, appended to `out` as nlohmann's dump writes utf16ToUtf8(text) (no
// ASCII-only output): '"', '\\' and the controls escaped (\b \f \n \r \t, else \u00xx), every other code point
// in UTF-8, an unpaired surrogate as U+FFFD. A book's text is converted and escaped in one pass, without a copy.
void appendEscaped(std::u16string_view text, std::string &out)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const char16_t *s = text.data();
    const auto length = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < length) {
        const char16_t unit = s[i];
        if (unit >= 0x20 && unit < 0x80 && unit != u'"' && unit != u'\\') {
            out += static_cast<char>(unit);
            ++i;
            continue;
        }
        UChar32 c;
        U16_NEXT_OR_FFFD(s, i, length, c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
            } else {
                uint8_t buf[4];
                int32_t n = 0;
                U8_APPEND_UNSAFE(buf, n, c);
                out.append(reinterpret_cast<const char *>(buf), static_cast<size_t>(n));
            }
        }
    }
}

// The text as a JSON string, a slice at a time (never cut inside a surrogate pair).
void writeText(JsonStream &out, std::u16string_view text)
{
    constexpr size_t kSlice = 1 << 16;
    std::string escaped = "\"";
    for (size_t at = 0; at < text.size();) {
        size_t end = std::min(text.size(), at + kSlice);
        if (end < text.size() && end > at + 1 && U16_IS_LEAD(text[end - 1]))
            --end;
        appendEscaped(text.substr(at, end - at), escaped);
        out.raw(escaped);
        escaped.clear();
        at = end;
    }
    escaped += '"';
    out.raw(escaped);
}

} // namespace

void writeAnalysisJson(const Document &doc, const Analysis &analysis, int indent, const JsonSink &sink)
{
    const CodePointIndex cp(doc.text);
    JsonStream out(indent, sink);
    out.beginObject();
    out.member("source",
               doc.meta.sourcePath.empty() ? doc.meta.sourceUrl : doc.meta.sourcePath); // a file, or a page's address
    out.member("format", formatName(doc.meta.format));
    out.member("title", doc.meta.title);
    out.member("reference_date", analysis.reference.date ? Json(isoDate(*analysis.reference.date)) : Json(nullptr));
    out.member("reference_source", referenceSourceName(analysis.reference.source));
    out.memberKey("text");
    writeText(out, doc.text);

    size_t next = 0;
    out.arrayMember("entities", [&](Json &element) {
        if (next == analysis.entities.size())
            return false;
        const Entity &e = analysis.entities[next++];
        Json mentions = Json::array();
        for (const TextRange &m : e.mentions)
            mentions.push_back(span(cp, m));
        element = {{"id", e.id},
                   {"type", std::string(entityTypeName(e.type))},
                   {"name", utf16ToUtf8(e.name)},
                   {"mentions", std::move(mentions)}};
        return true;
    });
    next = 0;
    out.arrayMember("dates", [&](Json &element) {
        if (next == analysis.dates.size())
            return false;
        const Timex &t = analysis.dates[next++];
        element = span(cp, t.range);
        element["type"] = std::string(timexTypeName(t.type));
        element["value"] = t.value;
        if (!t.rangeStart.empty() || !t.rangeEnd.empty())
            element["range"] = {{"start", t.rangeStart}, {"end", t.rangeEnd}};
        return true;
    });
    next = 0;
    out.arrayMember("events", [&](Json &element) {
        if (next == analysis.events.size())
            return false;
        const Event &e = analysis.events[next++];
        // Only a dated event has calendar bounds to print; a year-unknown one keeps its value alone.
        const bool dated = e.anchor == EventAnchor::Dated;
        Json participants = Json::array();
        for (const std::string &p : e.participants)
            participants.push_back(p);
        element = {{"id", e.id},
                   {"start", dated ? Json(isoDay(e.start)) : Json(nullptr)},
                   {"end", dated ? Json(isoDay(e.end)) : Json(nullptr)},
                   {"value", e.value},
                   {"date", span(cp, e.date)},
                   {"sentence", span(cp, e.sentence)},
                   {"summary", utf16ToUtf8(e.summary)},
                   {"participants", std::move(participants)}};
        return true;
    });
    if (!doc.meta.fetchedAt.empty())
        out.member("fetched_at", doc.meta.fetchedAt);
    out.endObject();
}

std::string analysisToJson(const Document &doc, const Analysis &analysis, int indent)
{
    std::string json;
    writeAnalysisJson(doc, analysis, indent, [&json](std::string_view piece) { json += piece; });
    return json;
}

} // namespace lede::core

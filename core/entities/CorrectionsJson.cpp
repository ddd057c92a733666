// Corrections <-> JSON text. The format is versioned; a reader never throws and rejects what it does not
// understand as a whole rather than applying half a log.
#include "entities/Corrections.h"

#include "common/Utf.h"
#include "timex/CalendarMath.h"

#include <cstdio>
#include <cstdlib>
#include <limits>

#include <nlohmann/json.hpp>

namespace lede::core {

namespace {

using nlohmann::json;

constexpr const char *kFormatName = "lede-corrections";

json rangeToJson(TextRange r)
{
    return json::array({r.start, r.end});
}

json refToJson(const EntityRef &ref)
{
    json mentions = json::array();
    for (TextRange r : ref.mentions)
        mentions.push_back(rangeToJson(r));
    return json{{"name", utf16ToUtf8(ref.name)},
                {"type", std::string(entityTypeName(ref.type))},
                {"mentions", std::move(mentions)}};
}

struct EntryVisitor
{
    json operator()(const MergeCorrection &c) const
    {
        return json{{"op", "merge"}, {"from", refToJson(c.from)}, {"into", refToJson(c.into)}};
    }
    json operator()(const RenameCorrection &c) const
    {
        return json{{"op", "rename"}, {"entity", refToJson(c.entity)}, {"name", utf16ToUtf8(c.name)}};
    }
    json operator()(const RetypeCorrection &c) const
    {
        return json{{"op", "retype"}, {"entity", refToJson(c.entity)}, {"type", std::string(entityTypeName(c.type))}};
    }
    json operator()(const RemoveCorrection &c) const { return json{{"op", "remove"}, {"entity", refToJson(c.entity)}}; }
    json operator()(const AddMentionCorrection &c) const
    {
        json j{{"op", "addMention"}, {"range", rangeToJson(c.range)}};
        if (c.entity) {
            j["entity"] = refToJson(*c.entity);
        } else {
            j["name"] = utf16ToUtf8(c.newName);
            j["type"] = std::string(entityTypeName(c.newType));
        }
        return j;
    }
    json operator()(const RemoveMentionCorrection &c) const
    {
        return json{{"op", "removeMention"}, {"range", rangeToJson(c.range)}};
    }
};

// Readers: each returns false on anything malformed, leaving `why` set.
class Reader
{
public:
    std::string why;

    bool range(const json &j, TextRange &out)
    {
        if (!j.is_array() || j.size() != 2 || !j[0].is_number_integer() || !j[1].is_number_integer())
            return fail("a range must be [start, end] integers");
        // Any int32 pair is read back as written; applyCorrections skips ranges that do not fit the text.
        const auto s = j[0].get<int64_t>(), e = j[1].get<int64_t>();
        constexpr int64_t kMin = std::numeric_limits<int32_t>::min(), kMax = std::numeric_limits<int32_t>::max();
        if (s < kMin || s > kMax || e < kMin || e > kMax)
            return fail("a range is out of bounds");
        out = TextRange{static_cast<int32_t>(s), static_cast<int32_t>(e)};
        return true;
    }

    bool string(const json &obj, const char *key, std::u16string &out)
    {
        const auto it = obj.find(key);
        if (it == obj.end() || !it->is_string())
            return fail(std::string("missing string \"") + key + "\"");
        const auto &s = it->get_ref<const std::string &>();
        if (!isValidUtf8(s))
            return fail("invalid UTF-8");
        out = utf8ToUtf16(s);
        return true;
    }

    bool type(const json &obj, const char *key, EntityType &out)
    {
        const auto it = obj.find(key);
        if (it == obj.end() || !it->is_string())
            return fail(std::string("missing type \"") + key + "\"");
        const auto t = entityTypeFromName(it->get_ref<const std::string &>());
        if (!t)
            return fail("unknown entity type " + it->get<std::string>());
        out = *t;
        return true;
    }

    bool ref(const json &obj, const char *key, EntityRef &out)
    {
        const auto it = obj.find(key);
        if (it == obj.end() || !it->is_object())
            return fail(std::string("missing entity \"") + key + "\"");
        if (!string(*it, "name", out.name) || !type(*it, "type", out.type))
            return false;
        out.mentions.clear();
        if (const auto m = it->find("mentions"); m != it->end()) {
            if (!m->is_array())
                return fail("mentions must be an array");
            for (const json &r : *m) {
                TextRange tr;
                if (!range(r, tr))
                    return false;
                out.mentions.push_back(tr);
            }
        }
        return true;
    }

    bool entry(const json &j, Correction &out)
    {
        if (!j.is_object())
            return fail("an entry must be an object");
        const auto opIt = j.find("op");
        if (opIt == j.end() || !opIt->is_string())
            return fail("an entry needs \"op\"");
        const std::string &op = opIt->get_ref<const std::string &>();
        if (op == "merge") {
            MergeCorrection c;
            if (!ref(j, "from", c.from) || !ref(j, "into", c.into))
                return false;
            out = std::move(c);
        } else if (op == "rename") {
            RenameCorrection c;
            if (!ref(j, "entity", c.entity) || !string(j, "name", c.name))
                return false;
            out = std::move(c);
        } else if (op == "retype") {
            RetypeCorrection c;
            if (!ref(j, "entity", c.entity) || !type(j, "type", c.type))
                return false;
            out = std::move(c);
        } else if (op == "remove") {
            RemoveCorrection c;
            if (!ref(j, "entity", c.entity))
                return false;
            out = std::move(c);
        } else if (op == "addMention") {
            AddMentionCorrection c;
            const auto r = j.find("range");
            if (r == j.end() || !range(*r, c.range))
                return why.empty() ? fail("addMention needs a range") : false;
            if (j.contains("entity")) {
                EntityRef target;
                if (!ref(j, "entity", target))
                    return false;
                c.entity = std::move(target);
            } else if (!string(j, "name", c.newName) || !type(j, "type", c.newType)) {
                return false;
            }
            out = std::move(c);
        } else if (op == "removeMention") {
            RemoveMentionCorrection c;
            const auto r = j.find("range");
            if (r == j.end() || !range(*r, c.range))
                return why.empty() ? fail("removeMention needs a range") : false;
            out = std::move(c);
        } else {
            return fail("unknown op " + op);
        }
        return true;
    }

private:
    bool fail(std::string reason)
    {
        why = std::move(reason);
        return false;
    }
};

// ISO 8601 with an astronomical year, expanded for years before 1 ("-0619-01-01" is 620 BC).
std::string referenceText(const CalendarDate &d)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s%04d-%02d-%02d", d.year < 0 ? "-" : "", std::abs(d.year), d.month, d.day);
    return buffer;
}

std::optional<CalendarDate> parseReference(const std::string &text)
{
    int year = 0, month = 0, day = 0;
    char tail = 0;
    const bool negative = !text.empty() && text.front() == '-';
    if (std::sscanf(text.c_str() + (negative ? 1 : 0), "%6d-%2d-%2d%c", &year, &month, &day, &tail) != 3)
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > calendar::daysInMonth(negative ? -year : year, month))
        return std::nullopt;
    return CalendarDate{negative ? -year : year, month, day};
}

} // namespace

std::string Corrections::toJson(std::string_view documentKey) const
{
    json entries = json::array();
    for (const Correction &c : m_log)
        entries.push_back(std::visit(EntryVisitor{}, c));
    json root{{"format", kFormatName}, {"version", kFormatVersion}, {"corrections", std::move(entries)}};
    if (!documentKey.empty())
        root["document"] = std::string(documentKey);
    if (m_referenceDate)
        root["reference"] = referenceText(*m_referenceDate);
    // Replace, not throw, on invalid UTF-8 (names come from user input through the UI).
    return root.dump(1, '\t', false, json::error_handler_t::replace);
}

Result<Corrections, CorrectionsError> Corrections::fromJson(std::string_view text, std::string *documentKey)
{
    using Code = CorrectionsError::Code;
    const json root = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded())
        return CorrectionsError{Code::NotJson, "not valid JSON"};
    if (!root.is_object())
        return CorrectionsError{Code::WrongFormat, "the top level is not an object"};
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || format->get_ref<const std::string &>() != kFormatName)
        return CorrectionsError{Code::WrongFormat, "not a lede-corrections file"};
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer())
        return CorrectionsError{Code::WrongFormat, "missing version"};
    if (version->get<int64_t>() > kFormatVersion)
        return CorrectionsError{Code::NewerVersion, "written by a newer version (" + version->dump() + ")"};
    if (version->get<int64_t>() != kFormatVersion)
        return CorrectionsError{Code::UnsupportedVersion, "unsupported version " + version->dump()};
    const auto entries = root.find("corrections");
    if (entries == root.end() || !entries->is_array())
        return CorrectionsError{Code::WrongFormat, "missing corrections array"};

    Corrections out;
    Reader reader;
    for (size_t i = 0; i < entries->size(); ++i) {
        Correction c;
        if (!reader.entry((*entries)[i], c))
            return CorrectionsError{Code::BadEntry, "entry " + std::to_string(i) + ": " + reader.why};
        out.m_log.push_back(std::move(c));
    }
    if (const auto reference = root.find("reference"); reference != root.end()) {
        std::optional<CalendarDate> date;
        if (reference->is_string())
            date = parseReference(reference->get_ref<const std::string &>());
        if (!date)
            return CorrectionsError{Code::BadEntry, "reference: not a date " + reference->dump()};
        out.m_referenceDate = date;
    }
    if (documentKey) {
        const auto doc = root.find("document");
        *documentKey = (doc != root.end() && doc->is_string()) ? doc->get<std::string>() : std::string();
    }
    return out;
}

} // namespace lede::core

// TimeMLReader: a small tag scanner; TimeML files are simple enough not to need an XML library.
#include "TimeMLReader.h"

#include "common/Utf.h"

#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace lede::tools {

namespace {

std::string attribute(const std::string &tag, const std::string &name)
{
    const std::string key = name + "=\"";
    size_t p = tag.find(" " + key);
    if (p == std::string::npos)
        return {};
    p += key.size() + 1;
    const size_t e = tag.find('"', p);
    return e == std::string::npos ? std::string() : tag.substr(p, e - p);
}

std::string decodeEntities(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const size_t semi = s.find(';', i);
        if (semi == std::string_view::npos || semi - i > 8) {
            out += s[i];
            continue;
        }
        const std::string_view ent = s.substr(i + 1, semi - i - 1);
        if (ent == "amp") out += '&';
        else if (ent == "lt") out += '<';
        else if (ent == "gt") out += '>';
        else if (ent == "quot") out += '"';
        else if (ent == "apos") out += '\'';
        else {
            out += s[i];
            continue;
        }
        i = semi;
    }
    return out;
}

std::optional<core::CalendarDate> parseDate(const std::string &v)
{
    int y = 0, m = 0, d = 0;
    if (std::sscanf(v.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3 || std::sscanf(v.c_str(), "%4d%2d%2d", &y, &m, &d) == 3)
        return core::CalendarDate{y, m, d};
    return std::nullopt;
}

// The DCT is the TIMEX3 marked as the creation time; files without one fall back to a <DCT> element.
void readCreationTime(const std::string &xml, TimeMLDocument &doc)
{
    const size_t mark = xml.find("functionInDocument=\"CREATION_TIME\"");
    if (mark != std::string::npos) {
        const size_t lt = xml.rfind('<', mark);
        const size_t gt = xml.find('>', mark);
        if (lt != std::string::npos && gt != std::string::npos) {
            const std::string tag = xml.substr(lt, gt - lt + 1);
            doc.dct = parseDate(attribute(tag, "value"));
            doc.dctId = attribute(tag, "tid");
            return;
        }
    }
    const size_t dct = xml.find("<DCT>");
    if (dct != std::string::npos) {
        const size_t tagEnd = xml.find('>', dct + 5);
        if (tagEnd != std::string::npos)
            doc.dct = parseDate(attribute(xml.substr(dct + 5, tagEnd - dct - 5), "value"));
    }
}

// MAKEINSTANCE and TLINK are empty elements, usually after </TEXT>; the whole file is searched so that
// a variant placing them elsewhere still reads.
void readLinks(const std::string &xml, TimeMLDocument &doc)
{
    for (size_t lt = xml.find('<'); lt != std::string::npos; lt = xml.find('<', lt + 1)) {
        const bool instance = xml.compare(lt, 13, "<MAKEINSTANCE") == 0;
        const bool link = xml.compare(lt, 7, "<TLINK ") == 0;
        if (!instance && !link)
            continue;
        const size_t gt = xml.find('>', lt);
        if (gt == std::string::npos)
            break;
        const std::string tag = xml.substr(lt, gt - lt + 1);
        if (instance) {
            doc.instances.push_back({attribute(tag, "eiid"), attribute(tag, "eventID")});
        } else {
            GoldTimeLink l;
            l.relType = attribute(tag, "relType");
            l.eventInstance = attribute(tag, "eventInstanceID");
            l.timeId = attribute(tag, "timeID");
            l.relatedEventInstance = attribute(tag, "relatedToEventInstance");
            l.relatedTimeId = attribute(tag, "relatedToTime");
            doc.timeLinks.push_back(std::move(l));
        }
        lt = gt;
    }
}

} // namespace

std::optional<TimeMLDocument> readTimeML(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string xml = ss.str();

    TimeMLDocument doc;
    readCreationTime(xml, doc);
    const size_t textTag = xml.find("<TEXT>");
    const size_t textEnd = xml.find("</TEXT>");
    if (textTag == std::string::npos || textEnd == std::string::npos || textEnd < textTag)
        return std::nullopt;

    size_t i = textTag + 6;
    std::optional<GoldTimex> open;
    std::optional<GoldEvent> openEvent;
    while (i < textEnd) {
        const size_t lt = xml.find('<', i);
        const size_t stop = lt == std::string::npos || lt > textEnd ? textEnd : lt;
        doc.text += core::utf8ToUtf16(decodeEntities(std::string_view(xml).substr(i, stop - i)));
        if (stop == textEnd)
            break;
        const size_t gt = xml.find('>', stop);
        if (gt == std::string::npos)
            break;
        const std::string tag = xml.substr(stop, gt - stop + 1);
        const int32_t pos = static_cast<int32_t>(doc.text.size());
        if (tag.rfind("<TIMEX3", 0) == 0) {
            GoldTimex g;
            g.range.start = pos;
            g.type = attribute(tag, "type");
            for (char &c : g.type)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            g.value = attribute(tag, "value");
            g.tid = attribute(tag, "tid");
            if (tag.size() >= 2 && tag[tag.size() - 2] == '/') {
                g.range.end = pos; // an empty (non-consuming) TIMEX3 has no span to find
            } else {
                open = g;
            }
        } else if (tag == "</TIMEX3>" && open) {
            open->range.end = pos;
            if (!open->range.empty())
                doc.timexes.push_back(*open);
            open.reset();
        } else if (tag.rfind("<EVENT ", 0) == 0) {
            openEvent = GoldEvent{{pos, pos}, attribute(tag, "eid")};
        } else if (tag == "</EVENT>" && openEvent) {
            openEvent->range.end = pos;
            if (!openEvent->range.empty())
                doc.events.push_back(*openEvent);
            openEvent.reset();
        }
        i = gt + 1;
    }
    readLinks(xml, doc);
    return doc;
}

} // namespace lede::tools

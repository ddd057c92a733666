// DocxLoader: the main part (found through _rels/.rels) is walked once, without recursion; styles.xml gives
// heading levels, quotes and captions, numbering.xml tells numbered lists from bullets, the part's
// relationships give link targets, docProps/core.xml the metadata.
#include "document/DocxLoader.h"

#include "document/DocumentBuilder.h"
#include "document/OfficeZip.h"
#include "document/XmlWalk.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <unordered_map>

namespace lede::core {

namespace {

struct Style
{
    std::string name; // lower case, e.g. "heading 1"
    std::string basedOn;
    int outlineLevel = -1; // 0-based as in the file; 9 means body text
    int numId = -1;
    int ilvl = 0;
    int italic = -1; // -1 not set, 0 off, 1 on
    int bold = -1;
};

struct Numbering
{
    std::unordered_map<int, int> abstractOf;                   // numId -> abstractNumId
    std::map<std::pair<int, int>, std::pair<bool, int>> level; // (abstractNumId, ilvl) -> (ordered, start)
};

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

int intAttr(const pugi::xml_node &node, std::string_view attr, int fallback)
{
    const pugi::xml_attribute a = attributeByLocalName(node, attr);
    return a ? a.as_int(fallback) : fallback;
}

// <w:i/>, <w:i w:val="true"/>, <w:i w:val="0"/>: -1 when absent.
int toggle(const pugi::xml_node &props, std::string_view name)
{
    const pugi::xml_node n = childByLocalName(props, name);
    if (!n)
        return -1;
    const std::string_view v = attributeByLocalName(n, "val").value();
    return v == "0" || v == "false" || v == "off" || v == "none" ? 0 : 1;
}

std::unordered_map<std::string, Style> readStyles(const pugi::xml_document &xml)
{
    std::unordered_map<std::string, Style> styles;
    for (pugi::xml_node s = childByLocalName(xml, "styles").first_child(); s; s = s.next_sibling()) {
        if (localName(s) != "style")
            continue;
        Style style;
        style.name = lower(attributeByLocalName(childByLocalName(s, "name"), "val").value());
        style.basedOn = attributeByLocalName(childByLocalName(s, "basedOn"), "val").value();
        const pugi::xml_node pPr = childByLocalName(s, "pPr");
        style.outlineLevel = intAttr(childByLocalName(pPr, "outlineLvl"), "val", -1);
        const pugi::xml_node numPr = childByLocalName(pPr, "numPr");
        style.numId = intAttr(childByLocalName(numPr, "numId"), "val", -1);
        style.ilvl = intAttr(childByLocalName(numPr, "ilvl"), "val", 0);
        const pugi::xml_node rPr = childByLocalName(s, "rPr");
        style.italic = toggle(rPr, "i");
        style.bold = toggle(rPr, "b");
        styles.emplace(attributeByLocalName(s, "styleId").value(), std::move(style));
    }
    return styles;
}

Numbering readNumbering(const pugi::xml_document &xml)
{
    Numbering numbering;
    for (pugi::xml_node n = childByLocalName(xml, "numbering").first_child(); n; n = n.next_sibling()) {
        if (localName(n) == "abstractNum") {
            const int id = intAttr(n, "abstractNumId", -1);
            for (pugi::xml_node lvl = n.first_child(); lvl; lvl = lvl.next_sibling()) {
                if (localName(lvl) != "lvl")
                    continue;
                const std::string_view fmt = attributeByLocalName(childByLocalName(lvl, "numFmt"), "val").value();
                const bool ordered = !fmt.empty() && fmt != "bullet" && fmt != "none";
                numbering.level[{id, intAttr(lvl, "ilvl", 0)}] = {ordered,
                                                                  intAttr(childByLocalName(lvl, "start"), "val", 1)};
            }
        } else if (localName(n) == "num") {
            numbering.abstractOf[intAttr(n, "numId", -1)] = intAttr(childByLocalName(n, "abstractNumId"), "val", -1);
        }
    }
    return numbering;
}

// Relationship id -> target, from a .rels part.
std::unordered_map<std::string, std::string> readRelationships(const pugi::xml_document &xml,
                                                               std::string *officeDocument)
{
    std::unordered_map<std::string, std::string> rels;
    for (pugi::xml_node r = childByLocalName(xml, "Relationships").first_child(); r; r = r.next_sibling()) {
        const std::string type = attributeByLocalName(r, "Type").value();
        const std::string target = attributeByLocalName(r, "Target").value();
        rels[attributeByLocalName(r, "Id").value()] = target;
        if (officeDocument && type.size() >= 15 && type.compare(type.size() - 15, 15, "/officeDocument") == 0)
            *officeDocument = target;
    }
    return rels;
}

class DocxWalker final
{
public:
    DocxWalker(const std::unordered_map<std::string, Style> &styles, const Numbering &numbering,
               const std::unordered_map<std::string, std::string> &links)
        : m_styles(styles), m_numbering(numbering), m_links(links)
    {}

    DocumentBuilder builder;

    bool enter(const pugi::xml_node &node)
    {
        if (node.type() != pugi::node_element)
            return false;
        const std::string_view name = localName(node);
        if (name == "p") {
            beginParagraph(node);
        } else if (name == "r") {
            m_runs.push_back(
                {builder.position(), runToggle(node, "i", &Style::italic), runToggle(node, "b", &Style::bold)});
        } else if (name == "t") {
            builder.appendUtf8(node.text().get(), false);
            return false;
        } else if (name == "tab") {
            builder.append(u" ");
        } else if (name == "br" || name == "cr") {
            if (attributeByLocalName(node, "type").value() != std::string_view("page"))
                builder.lineBreak();
        } else if (name == "noBreakHyphen") {
            builder.append(u"\u2011");
        } else if (name == "hyperlink") {
            const auto it = m_links.find(attributeByLocalName(node, "id").value());
            m_hyperlinks.push_back({builder.position(), it == m_links.end() ? std::string() : it->second});
        } else if (name == "tbl") {
            builder.beginTable();
        } else if (name == "tr") {
            builder.beginRow(toggle(childByLocalName(node, "trPr"), "tblHeader") == 1);
        } else if (name == "tc") {
            builder.beginCell(false, intAttr(childByLocalName(childByLocalName(node, "tcPr"), "gridSpan"), "val", 1));
        } else if (name == "pPr" || name == "rPr" || name == "drawing" || name == "pict" || name == "object"
                   || name == "instrText" || name == "delText" || name == "Fallback" || name == "sectPr"
                   || name == "tblPr" || name == "tblGrid" || name == "trPr" || name == "tcPr" || name == "del"
                   || name == "footnoteReference" || name == "endnoteReference" || name == "commentReference") {
            return false; // properties, pictures, text boxes, deleted text, field codes: not reading text
        }
        return true;
    }

    void leave(const pugi::xml_node &node)
    {
        if (node.type() != pugi::node_element)
            return;
        const std::string_view name = localName(node);
        if (name == "p") {
            builder.endBlock();
        } else if (name == "r" && !m_runs.empty()) {
            const Run run = m_runs.back();
            m_runs.pop_back();
            if (run.italic)
                builder.addSpan(InlineKind::Emphasis, run.start);
            if (run.bold && !m_inHeading)
                builder.addSpan(InlineKind::Strong, run.start);
        } else if (name == "hyperlink" && !m_hyperlinks.empty()) {
            auto link = std::move(m_hyperlinks.back());
            m_hyperlinks.pop_back();
            if (!link.second.empty())
                builder.addSpan(InlineKind::Link, link.first, std::move(link.second));
        } else if (name == "tc") {
            builder.endCell();
        } else if (name == "tr") {
            builder.endRow();
        } else if (name == "tbl") {
            builder.endTable();
        }
    }

private:
    struct Run
    {
        int32_t start;
        bool italic;
        bool bold;
    };

    const Style *style(const std::string &id) const
    {
        const auto it = m_styles.find(id);
        return it == m_styles.end() ? nullptr : &it->second;
    }

    // A property along the basedOn chain (bounded: a cycle in a broken file must not hang us).
    template <typename Get> auto inherited(const std::string &styleId, Get get, decltype(get(Style{})) unset) const
    {
        const Style *s = style(styleId);
        for (int hops = 0; s && hops < 16; ++hops) {
            if (auto v = get(*s); v != unset)
                return v;
            s = style(s->basedOn);
        }
        return unset;
    }

    bool runToggle(const pugi::xml_node &run, std::string_view prop, int Style::*field) const
    {
        const pugi::xml_node rPr = childByLocalName(run, "rPr");
        if (const int direct = toggle(rPr, prop); direct >= 0)
            return direct == 1;
        const std::string charStyle = attributeByLocalName(childByLocalName(rPr, "rStyle"), "val").value();
        return inherited(
                   charStyle, [field](const Style &s) { return s.*field; }, -1)
            == 1;
    }

    void beginParagraph(const pugi::xml_node &p)
    {
        const pugi::xml_node pPr = childByLocalName(p, "pPr");
        const std::string styleId = attributeByLocalName(childByLocalName(pPr, "pStyle"), "val").value();
        int outline = intAttr(childByLocalName(pPr, "outlineLvl"), "val", -1);
        if (outline < 0)
            outline = inherited(
                styleId, [](const Style &s) { return s.outlineLevel; }, -1);
        const std::string styleName = inherited(
            styleId,
            [](const Style &s) {
                const bool known = s.name.rfind("heading ", 0) == 0 || s.name == "title" || s.name == "subtitle"
                    || s.name.find("quote") != std::string::npos || s.name == "caption";
                return known ? s.name : std::string();
            },
            std::string());
        if (outline < 0 && styleName.rfind("heading ", 0) == 0)
            outline = std::atoi(styleName.c_str() + 8) - 1;
        m_inHeading = false;
        m_titleStyle = styleName == "title";

        const pugi::xml_node numPr = childByLocalName(pPr, "numPr");
        int numId = intAttr(childByLocalName(numPr, "numId"), "val", -1);
        int ilvl = intAttr(childByLocalName(numPr, "ilvl"), "val", -1);
        if (numId < 0)
            numId = inherited(
                styleId, [](const Style &s) { return s.numId; }, -1);
        if (ilvl < 0)
            ilvl = std::max(0,
                            inherited(
                                styleId, [](const Style &s) { return s.numId >= 0 ? s.ilvl : -1; }, -1));
        ilvl = std::clamp(ilvl, 0, 8);

        if (m_titleStyle || (outline >= 0 && outline < 9)) {
            m_inHeading = true;
            builder.beginBlock(BlockKind::Heading, m_titleStyle ? 1 : std::clamp(outline + 1, 1, 6));
        } else if (numId > 0) {
            const auto abs = m_numbering.abstractOf.find(numId);
            const auto level = abs == m_numbering.abstractOf.end() ? m_numbering.level.end()
                                                                   : m_numbering.level.find({abs->second, ilvl});
            const bool ordered = level != m_numbering.level.end() && level->second.first;
            const int start = level != m_numbering.level.end() ? level->second.second : 1;
            auto &counts = m_counters[numId];
            counts.resize(9, 0);
            ++counts[static_cast<size_t>(ilvl)];
            std::fill(counts.begin() + ilvl + 1, counts.end(), 0);
            builder.beginBlock(BlockKind::ListItem, ilvl + 1, ordered,
                               ordered ? start + counts[static_cast<size_t>(ilvl)] - 1 : 0);
        } else if (styleName.find("quote") != std::string::npos) {
            builder.beginBlock(BlockKind::BlockQuote);
        } else if (styleName == "caption") {
            builder.beginBlock(BlockKind::Caption);
        } else {
            builder.beginBlock(BlockKind::Paragraph);
        }
    }

    const std::unordered_map<std::string, Style> &m_styles;
    const Numbering &m_numbering;
    const std::unordered_map<std::string, std::string> &m_links;
    std::vector<Run> m_runs;
    std::vector<std::pair<int32_t, std::string>> m_hyperlinks;
    std::unordered_map<int, std::vector<int>> m_counters;
    bool m_inHeading = false;
    bool m_titleStyle = false;
};

std::string childText(const pugi::xml_node &parent, std::string_view local)
{
    std::string s = childByLocalName(parent, local).text().get();
    const size_t a = s.find_first_not_of(" \t\r\n");
    const size_t b = s.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

} // namespace

std::vector<std::string> DocxLoader::extensions() const
{
    return {"docx", "docm"};
}

std::vector<std::string> DocxLoader::mimeTypes() const
{
    return {"application/vnd.openxmlformats-officedocument.wordprocessingml.document"};
}

int DocxLoader::sniff(std::string_view head) const
{
    if (head.substr(0, 4) != std::string_view("PK\x03\x04", 4))
        return 0;
    return head.find("word/") != std::string_view::npos ? 60 : 0;
}

Result<Document, LoadError> DocxLoader::load(std::string_view bytes, const LoadOptions &options) const
{
    auto zip = ZipArchive::open(bytes);
    if (!zip)
        return zip.error();
    const ZipArchive &archive = *zip.value();

    pugi::xml_document packageRels;
    std::string packageRelsBytes;
    if (auto r = readXmlEntry(archive, "_rels/.rels", packageRels, packageRelsBytes, true); !r)
        return r.error();
    std::string mainPart;
    readRelationships(packageRels, &mainPart);
    mainPart = mainPart.empty() ? std::string("word/document.xml") : resolveArchivePath("", mainPart);
    if (mainPart.empty() || !archive.contains(mainPart))
        return LoadError{LoadError::Code::Malformed, "not a Word document: the archive has no word/document.xml"};
    const std::string dir = archiveDirOf(mainPart);

    pugi::xml_document stylesXml, numberingXml, relsXml, coreXml, mainXml;
    std::string stylesBytes, numberingBytes, relsBytes, coreBytes, mainBytes;
    const std::string partName = mainPart.substr(dir.size());
    for (auto [name, xml, storage] : {std::tuple{dir + "styles.xml", &stylesXml, &stylesBytes},
                                      std::tuple{dir + "numbering.xml", &numberingXml, &numberingBytes},
                                      std::tuple{dir + "_rels/" + partName + ".rels", &relsXml, &relsBytes},
                                      std::tuple{std::string("docProps/core.xml"), &coreXml, &coreBytes}}) {
        if (auto r = readXmlEntry(archive, name, *xml, *storage, true); !r)
            return r.error();
    }
    if (auto r = readXmlEntry(archive, mainPart, mainXml, mainBytes, false); !r)
        return r.error();
    if (options.stop.stopRequested())
        return LoadError{LoadError::Code::Cancelled, "loading was cancelled"};

    const auto styles = readStyles(stylesXml);
    const Numbering numbering = readNumbering(numberingXml);
    auto links = readRelationships(relsXml, nullptr);
    // Only links out of the document; internal anchors and embedded parts are not addresses to show.
    for (auto it = links.begin(); it != links.end();)
        it = it->second.find("://") == std::string::npos && it->second.rfind("mailto:", 0) != 0 ? links.erase(it)
                                                                                                : std::next(it);

    const pugi::xml_node body = childByLocalName(childByLocalName(mainXml, "document"), "body");
    if (!body)
        return LoadError{LoadError::Code::Malformed, mainPart + " has no document body"};
    DocxWalker walker(styles, numbering, links);
    walkXml(
        body, options.stop, [&](const pugi::xml_node &n) { return walker.enter(n); },
        [&](const pugi::xml_node &n) { walker.leave(n); });
    if (options.stop.stopRequested())
        return LoadError{LoadError::Code::Cancelled, "loading was cancelled"};

    const std::string firstHeading = walker.builder.firstHeading();
    Document doc = walker.builder.finish();
    doc.meta.format = SourceFormat::Docx;
    doc.meta.encoding = "UTF-8";
    const pugi::xml_node core = childByLocalName(coreXml, "coreProperties");
    doc.meta.title = childText(core, "title");
    if (doc.meta.title.empty())
        doc.meta.title = firstHeading;
    doc.meta.author = childText(core, "creator");
    doc.meta.publishedDate = isoDateOf(childText(core, "created"));
    if (doc.meta.publishedDate.empty())
        doc.meta.publishedDate = isoDateOf(childText(core, "modified"));
    doc.meta.language = childText(core, "language");
    return doc;
}

} // namespace lede::core

// OdtLoader: content.xml is walked once, without recursion. Text styles (automatic ones in content.xml, named
// ones in styles.xml, followed through their parents) say what is italic or bold; list styles say which
// lists are numbered; paragraph styles named Title, Quotations or Caption give those block kinds.
#include "document/OdtLoader.h"

#include "document/DocumentBuilder.h"
#include "document/OfficeZip.h"
#include "document/XmlWalk.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

namespace lede::core {

namespace {

constexpr std::string_view kOdtMime = "application/vnd.oasis.opendocument.text";

struct Style
{
    std::string parent;
    std::string displayName; // lower case: "title", "quotations", "caption"
    int italic = -1;
    int bold = -1;
    int outlineLevel = 0;   // style:default-outline-level
    bool automatic = false; // automatic styles ("P1", "T3") are anonymous
};

struct Styles
{
    std::unordered_map<std::string, Style> text;              // text and paragraph styles by name
    std::unordered_map<std::string, std::vector<bool>> lists; // list style -> numbered, per level (1-based - 1)
};

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// Collects styles from office:styles or office:automatic-styles.
void readStyles(const pugi::xml_node &container, Styles &styles, bool automatic)
{
    for (pugi::xml_node s = container.first_child(); s; s = s.next_sibling()) {
        const std::string_view name = localName(s);
        if (name == "style") {
            Style style;
            style.automatic = automatic;
            style.parent = attributeByLocalName(s, "parent-style-name").value();
            const pugi::xml_attribute display = attributeByLocalName(s, "display-name");
            style.displayName = lower(display ? display.value() : attributeByLocalName(s, "name").value());
            style.outlineLevel = attributeByLocalName(s, "default-outline-level").as_int(0);
            const pugi::xml_node props = childByLocalName(s, "text-properties");
            if (const pugi::xml_attribute italic = attributeByLocalName(props, "font-style"))
                style.italic =
                    std::string_view(italic.value()) == "italic" || std::string_view(italic.value()) == "oblique";
            if (const pugi::xml_attribute weight = attributeByLocalName(props, "font-weight")) {
                const std::string_view w = weight.value();
                style.bold = w == "bold" || (!w.empty() && w != "normal" && std::atoi(weight.value()) >= 600);
            }
            styles.text[attributeByLocalName(s, "name").value()] = std::move(style);
        } else if (name == "list-style") {
            std::vector<bool> levels(10, false);
            for (pugi::xml_node l = s.first_child(); l; l = l.next_sibling()) {
                const int level = attributeByLocalName(l, "level").as_int(0);
                if (level >= 1 && level <= 10)
                    levels[static_cast<size_t>(level - 1)] = localName(l) == "list-level-style-number";
            }
            styles.lists[attributeByLocalName(s, "name").value()] = std::move(levels);
        }
    }
}

struct ListState
{
    std::string style;
    int items = 0;
    int start = 1;
};

class OdtWalker final
{
public:
    explicit OdtWalker(const Styles &styles) : m_styles(styles) {}

    DocumentBuilder builder;

    bool enter(const pugi::xml_node &node)
    {
        if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
            if (builder.inBlock())
                builder.appendUtf8(node.value(), true);
            return false;
        }
        if (node.type() != pugi::node_element)
            return false;
        const std::string_view name = localName(node);
        if (name == "h") {
            builder.beginBlock(BlockKind::Heading,
                               std::clamp(attributeByLocalName(node, "outline-level").as_int(1), 1, 6));
        } else if (name == "p") {
            beginParagraph(node);
        } else if (name == "span") {
            m_spans.push_back({builder.position(), textStyle(attributeByLocalName(node, "style-name").value())});
        } else if (name == "a") {
            m_links.push_back({builder.position(), attributeByLocalName(node, "href").value()});
        } else if (name == "s") {
            const int count = std::clamp(attributeByLocalName(node, "c").as_int(1), 1, 1000);
            builder.append(std::u16string(static_cast<size_t>(count), u' '));
        } else if (name == "tab") {
            builder.append(u" ");
        } else if (name == "line-break") {
            builder.lineBreak();
        } else if (name == "list") {
            ListState list;
            list.style = attributeByLocalName(node, "style-name").value();
            if (list.style.empty() && !m_lists.empty())
                list.style = m_lists.back().style; // nested lists follow the outer list's style
            m_lists.push_back(std::move(list));
        } else if (name == "list-item" || name == "list-header") {
            if (!m_lists.empty()) {
                ListState &list = m_lists.back();
                if (const pugi::xml_attribute start = attributeByLocalName(node, "start-value"))
                    list.start = start.as_int(1) - list.items;
                if (name == "list-item")
                    ++list.items;
            }
            m_itemParagraphs.push_back(0);
        } else if (name == "table") {
            builder.beginTable();
        } else if (name == "table-header-rows") {
            ++m_headerRows;
        } else if (name == "table-row") {
            builder.beginRow(m_headerRows > 0);
        } else if (name == "table-cell" || name == "covered-table-cell") {
            builder.beginCell(false, 1);
        } else if (name == "note" || name == "annotation" || name == "frame" || name == "tracked-changes"
                   || name == "table-of-content" || name == "alphabetical-index" || name == "bibliography"
                   || name == "illustration-index" || name == "table-index" || name == "sequence-decls"
                   || name == "variable-decls" || name == "user-field-decls" || name == "table-columns"
                   || name == "table-column" || name == "forms") {
            return false; // notes, comments, pictures, text boxes, generated indexes, declarations
        }
        return true;
    }

    void leave(const pugi::xml_node &node)
    {
        if (node.type() != pugi::node_element)
            return;
        const std::string_view name = localName(node);
        if (name == "h" || name == "p") {
            builder.endBlock();
        } else if (name == "span" && !m_spans.empty()) {
            const auto [start, style] = m_spans.back();
            m_spans.pop_back();
            if (style.italic == 1)
                builder.addSpan(InlineKind::Emphasis, start);
            if (style.bold == 1)
                builder.addSpan(InlineKind::Strong, start);
        } else if (name == "a" && !m_links.empty()) {
            auto link = std::move(m_links.back());
            m_links.pop_back();
            if (!link.second.empty())
                builder.addSpan(InlineKind::Link, link.first, std::move(link.second));
        } else if (name == "list" && !m_lists.empty()) {
            m_lists.pop_back();
        } else if ((name == "list-item" || name == "list-header") && !m_itemParagraphs.empty()) {
            m_itemParagraphs.pop_back();
        } else if (name == "table-header-rows") {
            --m_headerRows;
        } else if (name == "table-cell" || name == "covered-table-cell") {
            builder.endCell();
        } else if (name == "table-row") {
            builder.endRow();
        } else if (name == "table") {
            builder.endTable();
        }
    }

private:
    struct Resolved
    {
        int italic = -1;
        int bold = -1;
        std::string displayName;
        int outlineLevel = 0;
    };

    // Follows parent styles (bounded, for files with cycles) until each property is found.
    Resolved resolve(const std::string &styleName) const
    {
        Resolved r;
        std::string name = styleName;
        for (int hops = 0; hops < 16 && !name.empty(); ++hops) {
            const auto it = m_styles.text.find(name);
            if (it == m_styles.text.end())
                break;
            const Style &s = it->second;
            if (r.italic < 0)
                r.italic = s.italic;
            if (r.bold < 0)
                r.bold = s.bold;
            if (r.outlineLevel == 0)
                r.outlineLevel = s.outlineLevel;
            // The first named style up the chain says what the paragraph is.
            if (r.displayName.empty() && !s.automatic)
                r.displayName = s.displayName;
            name = s.parent;
        }
        return r;
    }

    Resolved textStyle(const std::string &name) const { return resolve(name); }

    void beginParagraph(const pugi::xml_node &p)
    {
        const Resolved style = resolve(attributeByLocalName(p, "style-name").value());
        if (!m_itemParagraphs.empty() && !m_lists.empty()) {
            const ListState &list = m_lists.back();
            const int depth = static_cast<int>(m_lists.size());
            const auto levels = m_styles.lists.find(list.style);
            const bool ordered =
                levels != m_styles.lists.end() && levels->second[static_cast<size_t>(std::min(depth, 10) - 1)];
            const bool first = m_itemParagraphs.back()++ == 0;
            builder.beginBlock(BlockKind::ListItem, depth, ordered && first,
                               ordered && first ? list.start + list.items - 1 : 0);
        } else if (style.displayName == "title" || style.outlineLevel > 0) {
            builder.beginBlock(BlockKind::Heading,
                               style.displayName == "title" ? 1 : std::clamp(style.outlineLevel, 1, 6));
        } else if (style.displayName.find("quotation") != std::string::npos) {
            builder.beginBlock(BlockKind::BlockQuote);
        } else if (style.displayName == "caption" || style.displayName == "illustration"
                   || style.displayName == "table") {
            builder.beginBlock(BlockKind::Caption);
        } else {
            builder.beginBlock(BlockKind::Paragraph);
        }
    }

    const Styles &m_styles;
    std::vector<std::pair<int32_t, Resolved>> m_spans;
    std::vector<std::pair<int32_t, std::string>> m_links;
    std::vector<ListState> m_lists;
    std::vector<int> m_itemParagraphs; // per open list item: paragraphs seen so far
    int m_headerRows = 0;
};

std::string childText(const pugi::xml_node &parent, std::string_view local)
{
    std::string s = childByLocalName(parent, local).text().get();
    const size_t a = s.find_first_not_of(" \t\r\n");
    const size_t b = s.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

} // namespace

std::vector<std::string> OdtLoader::extensions() const
{
    return {"odt"};
}

std::vector<std::string> OdtLoader::mimeTypes() const
{
    return {std::string(kOdtMime)};
}

int OdtLoader::sniff(std::string_view head) const
{
    return zipMimetypeIs(head, kOdtMime) ? 90 : 0;
}

Result<Document, LoadError> OdtLoader::load(std::string_view bytes, const LoadOptions &options) const
{
    auto zip = ZipArchive::open(bytes);
    if (!zip)
        return zip.error();
    const ZipArchive &archive = *zip.value();
    if (!archive.contains("content.xml"))
        return LoadError{LoadError::Code::Malformed, "not an OpenDocument file: the archive has no content.xml"};

    pugi::xml_document stylesXml, metaXml, contentXml;
    std::string stylesBytes, metaBytes, contentBytes;
    if (auto r = readXmlEntry(archive, "styles.xml", stylesXml, stylesBytes, true); !r)
        return r.error();
    if (auto r = readXmlEntry(archive, "meta.xml", metaXml, metaBytes, true); !r)
        return r.error();
    if (auto r = readXmlEntry(archive, "content.xml", contentXml, contentBytes, false); !r)
        return r.error();
    if (options.stop.stopRequested())
        return LoadError{LoadError::Code::Cancelled, "loading was cancelled"};

    const pugi::xml_node content = childByLocalName(contentXml, "document-content");
    Styles styles;
    const pugi::xml_node stylesRoot = childByLocalName(stylesXml, "document-styles");
    readStyles(childByLocalName(stylesRoot, "styles"), styles, false);
    readStyles(childByLocalName(stylesRoot, "automatic-styles"), styles, true);
    readStyles(childByLocalName(content, "automatic-styles"), styles, true);

    const pugi::xml_node text = childByLocalName(childByLocalName(content, "body"), "text");
    if (!text)
        return LoadError{LoadError::Code::Malformed, "content.xml has no text body (not a text document?)"};
    OdtWalker walker(styles);
    walkXml(
        text, options.stop, [&](const pugi::xml_node &n) { return walker.enter(n); },
        [&](const pugi::xml_node &n) { walker.leave(n); });
    if (options.stop.stopRequested())
        return LoadError{LoadError::Code::Cancelled, "loading was cancelled"};

    const std::string firstHeading = walker.builder.firstHeading();
    Document doc = walker.builder.finish();
    doc.meta.format = SourceFormat::Odt;
    doc.meta.encoding = "UTF-8";
    const pugi::xml_node meta = childByLocalName(childByLocalName(metaXml, "document-meta"), "meta");
    doc.meta.title = childText(meta, "title");
    if (doc.meta.title.empty())
        doc.meta.title = firstHeading;
    doc.meta.author = childText(meta, "initial-creator");
    if (doc.meta.author.empty())
        doc.meta.author = childText(meta, "creator");
    doc.meta.publishedDate = isoDateOf(childText(meta, "creation-date"));
    if (doc.meta.publishedDate.empty())
        doc.meta.publishedDate = isoDateOf(childText(meta, "date"));
    doc.meta.language = childText(meta, "language");
    return doc;
}

} // namespace lede::core

// XmlWalk: parsing and the depth check for the document loaders' XML.
#include "document/XmlWalk.h"

#include <cstring>

namespace lede::core {

namespace {

// The deepest element nesting, found without recursion (pugixml itself parses without recursion).
int maxDepth(const pugi::xml_node &root, int limit)
{
    int depth = 0;
    int deepest = 0;
    pugi::xml_node node = root.first_child();
    while (node) {
        if (const pugi::xml_node child = node.first_child()) {
            node = child;
            if (++depth > deepest)
                deepest = depth;
            if (deepest > limit)
                return deepest;
            continue;
        }
        while (node && !node.next_sibling()) {
            node = node.parent();
            --depth;
            if (node == root)
                return deepest;
        }
        if (node)
            node = node.next_sibling();
    }
    return deepest;
}

} // namespace

Result<bool, LoadError> parseXml(pugi::xml_document &doc, std::string &xml, const std::string &name)
{
    // parse_default minus nothing: pugixml never reads a DTD or expands entities it does not know.
    const pugi::xml_parse_result parsed =
        doc.load_buffer_inplace(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_auto);
    if (!parsed)
        return LoadError{LoadError::Code::Malformed,
                         name + ": XML error at byte " + std::to_string(parsed.offset) + " (" + parsed.description()
                             + ")"};
    if (maxDepth(doc, kMaxXmlDepth) > kMaxXmlDepth)
        return LoadError{LoadError::Code::Malformed,
                         name + ": elements nested more than " + std::to_string(kMaxXmlDepth) + " deep"};
    return true;
}

std::string_view localName(const pugi::xml_node &node)
{
    const std::string_view name = node.name();
    const size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_attribute attributeByLocalName(const pugi::xml_node &node, std::string_view local)
{
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
        std::string_view name = a.name();
        const size_t colon = name.find(':');
        if (colon != std::string_view::npos)
            name = name.substr(colon + 1);
        if (name == local)
            return a;
    }
    return {};
}

pugi::xml_node childByLocalName(const pugi::xml_node &node, std::string_view local)
{
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
        if (c.type() == pugi::node_element && localName(c) == local)
            return c;
    return {};
}

std::string isoDateOf(std::string_view value)
{
    while (!value.empty() && (value.front() == ' ' || value.front() == '\n' || value.front() == '\t'))
        value.remove_prefix(1);
    if (value.size() < 10 || value[4] != '-' || value[7] != '-')
        return {};
    int parts[3] = {0, 0, 0};
    const int offsets[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = 0; i < lengths[p]; ++i) {
            const char c = value[static_cast<size_t>(offsets[p] + i)];
            if (c < '0' || c > '9')
                return {};
            parts[p] = parts[p] * 10 + (c - '0');
        }
    }
    if (value.size() > 10 && value[10] != 'T' && value[10] != ' ')
        return {};
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (parts[0] < 1 || parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > kDays[parts[1] - 1])
        return {};
    const bool leap = (parts[0] % 4 == 0 && parts[0] % 100 != 0) || parts[0] % 400 == 0;
    if (parts[1] == 2 && parts[2] == 29 && !leap)
        return {};
    return std::string(value.substr(0, 10));
}

} // namespace lede::core

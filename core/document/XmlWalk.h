// XML for the document loaders: pugixml parsing with a nesting-depth bound and a walk over the tree without
// recursion, so that a hostile file with 100,000 nested elements costs memory, never the stack.
#pragma once

#include "common/Result.h"
#include "common/StopToken.h"
#include "document/LoadError.h"

#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace lede::core {

constexpr int kMaxXmlDepth = 256; // far beyond any real document; deeper files are refused

// Parses `xml` (the bytes of archive entry `name`, for messages). Refuses malformed XML and nesting deeper than
// kMaxXmlDepth. No DTD is processed and no entity but the predefined ones is expanded.
Result<bool, LoadError> parseXml(pugi::xml_document &doc, std::string &xml, const std::string &name);

// The element's name without its namespace prefix ("w:p" -> "p").
std::string_view localName(const pugi::xml_node &node);
// The attribute with this local name, whatever its prefix; an empty attribute when absent.
pugi::xml_attribute attributeByLocalName(const pugi::xml_node &node, std::string_view local);
// The first child element with this local name.
pugi::xml_node childByLocalName(const pugi::xml_node &node, std::string_view local);

// Visits the descendants of `root` in document order. enter(node) returns whether to visit the node's children;
// leave(node) follows every enter(node), after the children. Stops early when the stop token fires.
template <typename Enter, typename Leave>
void walkXml(const pugi::xml_node &root, const StopToken &stop, Enter &&enter, Leave &&leave)
{
    pugi::xml_node node = root.first_child();
    unsigned visited = 0;
    while (node) {
        if ((++visited & 0xFFF) == 0 && stop.stopRequested())
            return;
        if (enter(node)) {
            if (const pugi::xml_node child = node.first_child()) {
                node = child;
                continue;
            }
        }
        for (;;) {
            leave(node);
            if (const pugi::xml_node next = node.next_sibling()) {
                node = next;
                break;
            }
            node = node.parent();
            if (!node || node == root) {
                node = pugi::xml_node();
                break;
            }
        }
    }
}

// Dates in document properties ("2024-03-15T09:30:00Z", "2024-03-15") as "YYYY-MM-DD"; "" when not a valid date.
std::string isoDateOf(std::string_view value);

} // namespace lede::core

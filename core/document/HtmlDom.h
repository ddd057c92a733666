// HtmlDom: small helpers over gumbo's tree (tags, attributes, class/id words, text) shared by the HTML
// builder, the main-content finder and the metadata reader. Every walk here is iterative: a page may nest
// elements as deep as the depth guard allows, and the reader's worker threads have small stacks.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace lede::core::html {

inline bool isElement(const GumboNode *n)
{
    return n && (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE);
}

inline GumboTag tagOf(const GumboNode *n)
{
    return isElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}

inline const GumboVector &childrenOf(const GumboNode *n)
{
    static const GumboVector empty = {nullptr, 0, 0};
    if (n && (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE))
        return n->v.element.children;
    if (n && n->type == GUMBO_NODE_DOCUMENT)
        return n->v.document.children;
    return empty;
}

inline const GumboNode *childAt(const GumboVector &v, unsigned i)
{
    return static_cast<const GumboNode *>(v.data[i]);
}

// The attribute's value, or an empty view when it is missing.
inline std::string_view attribute(const GumboNode *n, const char *name)
{
    if (!isElement(n))
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a && a->value ? std::string_view(a->value) : std::string_view();
}

inline bool hasAttribute(const GumboNode *n, const char *name)
{
    return isElement(n) && gumbo_get_attribute(&n->v.element.attributes, name) != nullptr;
}

// ASCII lower case (attribute values we compare are ASCII keywords).
std::string lowerAscii(std::string_view s);

// The words of the class and id attributes, lower case, split at every character that is not a letter or a
// digit ("post-share_bar" gives "post", "share", "bar").
std::vector<std::string> classWords(const GumboNode *n);

// Calls `visit(word)` for each of classWords(n) without allocating: every element of a page is asked, and most
// words are short. A word longer than kMaxClassWord is passed as an empty view: no list we match against holds
// one that long. Stops early when `visit` returns true; returns whether it did.
constexpr size_t kMaxClassWord = 32;
template <typename Visit> bool anyClassWord(const GumboNode *n, Visit &&visit)
{
    if (!isElement(n) || n->v.element.attributes.length == 0)
        return false;
    for (const char *name : {"class", "id"}) {
        const std::string_view value = attribute(n, name);
        char word[kMaxClassWord];
        size_t length = 0;
        bool tooLong = false;
        for (size_t i = 0; i <= value.size(); ++i) {
            const char c = i < value.size() ? value[i] : ' ';
            const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (alnum) {
                if (length < kMaxClassWord)
                    word[length++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
                else
                    tooLong = true;
                continue;
            }
            if (length > 0 && visit(tooLong ? std::string_view() : std::string_view(word, length)))
                return true;
            length = 0;
            tooLong = false;
        }
    }
    return false;
}

// Elements that start a new block of text (CSS display: block, list-item or table parts, by default).
bool isBlockLevel(GumboTag tag);

// True for elements a reader never shows: scripts, styles, forms' controls, embedded media, hidden elements.
bool isInvisible(const GumboNode *n);

// The node's text content (UTF-8), whitespace runs collapsed to one space and trimmed; invisible elements
// are left out.
std::string textContent(const GumboNode *n);

// Case-insensitive ASCII comparison.
bool equalsIgnoringCase(std::string_view a, std::string_view b);

// Trims ASCII whitespace (and U+00A0) from both ends and collapses inner whitespace runs to one space.
std::string collapseWhitespace(std::string_view s);

} // namespace lede::core::html

// HtmlDom: gumbo tree helpers (see HtmlDom.h).
#include "document/HtmlDom.h"

namespace lede::core::html {

namespace {

bool isAsciiSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isAlnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Whether `needle` (lower case, no spaces) occurs in `haystack` once ASCII whitespace is removed from it and it
// is lower-cased; no copy is made.
bool containsIgnoringSpaceAndCase(std::string_view haystack, std::string_view needle)
{
    for (size_t i = 0; i < haystack.size(); ++i) {
        size_t h = i;
        size_t k = 0;
        while (k < needle.size() && h < haystack.size()) {
            char c = haystack[h++];
            if (isAsciiSpace(static_cast<unsigned char>(c)))
                continue;
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c + 32);
            if (c != needle[k])
                break;
            ++k;
        }
        if (k == needle.size())
            return true;
    }
    return false;
}

} // namespace

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    }
    return out;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = static_cast<char>(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = static_cast<char>(y + 32);
        if (x != y)
            return false;
    }
    return true;
}

std::vector<std::string> classWords(const GumboNode *n)
{
    std::vector<std::string> words;
    for (const char *name : {"class", "id"}) {
        const std::string_view value = attribute(n, name);
        std::string word;
        for (const char c : value) {
            if (isAlnum(static_cast<unsigned char>(c))) {
                word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
            } else if (!word.empty()) {
                words.push_back(std::move(word));
                word.clear();
            }
        }
        if (!word.empty())
            words.push_back(std::move(word));
    }
    return words;
}

bool isInvisible(const GumboNode *n)
{
    switch (tagOf(n)) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_FRAMESET: return true;
    default: break;
    }
    if (!isElement(n))
        return false;
    if (n->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return true;
    if (n->v.element.attributes.length == 0) // most elements: nothing more to look up
        return false;
    if (hasAttribute(n, "hidden") || equalsIgnoringCase(attribute(n, "aria-hidden"), "true"))
        return true;
    // Inline styles that hide: "display:none" / "visibility:hidden", spaces allowed around the colon.
    const std::string_view style = attribute(n, "style");
    return containsIgnoringSpaceAndCase(style, "display:none")
        || containsIgnoringSpaceAndCase(style, "visibility:hidden");
}

bool isBlockLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_XMP: return true;
    default: return false;
    }
}

std::string collapseWhitespace(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        const bool nbsp = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0;
        if (isAsciiSpace(c) || nbsp) {
            space = true;
            i += nbsp ? 1 : 0;
            continue;
        }
        if (space && !out.empty())
            out.push_back(' ');
        space = false;
        out.push_back(static_cast<char>(c));
    }
    return out;
}

std::string textContent(const GumboNode *root)
{
    std::string raw;
    std::vector<const GumboNode *> stack{root};
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (!n) { // the end of a block element
            raw.push_back(' ');
            continue;
        }
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
            raw.append(n->v.text.text);
            continue;
        }
        if (!isElement(n) && n->type != GUMBO_NODE_DOCUMENT)
            continue;
        if (n != root && isInvisible(n))
            continue;
        // Block elements and line breaks separate words even without whitespace between them.
        const bool block = isBlockLevel(tagOf(n)) || tagOf(n) == GUMBO_TAG_BR;
        if (block) {
            raw.push_back(' ');
            stack.push_back(nullptr);
        }
        const GumboVector &kids = childrenOf(n);
        for (unsigned i = kids.length; i-- > 0;)
            stack.push_back(childAt(kids, i));
    }
    return collapseWhitespace(raw);
}

} // namespace lede::core::html

// HtmlDepthGuard: a single pass over the bytes with a stack of open tag names (see HtmlDepthGuard.h).
#include "document/HtmlDepthGuard.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace lede::core {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isOneOf(std::string_view name, std::initializer_list<std::string_view> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool isVoid(std::string_view name)
{
    return isOneOf(name,
                   {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                    "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image"});
}

bool isRawText(std::string_view name)
{
    return isOneOf(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

bool closesParagraph(std::string_view name)
{
    return isOneOf(name, {"address", "article", "aside",    "blockquote", "center", "details", "dialog",   "dir",
                          "div",     "dl",      "fieldset", "figcaption", "figure", "footer",  "form",     "h1",
                          "h2",      "h3",      "h4",       "h5",         "h6",     "header",  "hgroup",   "hr",
                          "main",    "menu",    "nav",      "ol",         "p",      "pre",     "section",  "summary",
                          "table",   "ul",      "li",       "dd",         "dt",     "listing", "plaintext"});
}

class Scanner
{
public:
    Scanner(int limit, std::string *out) : m_limit(limit), m_out(out) {}

    int run(std::string_view s)
    {
        size_t i = s.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; // a byte order mark is not content
        bool beforeContent = true; // only white space and comments so far: where a DOCTYPE counts
        while (i < s.size() && m_max <= m_limit) {
            const void *lt = std::memchr(s.data() + i, '<', s.size() - i);
            if (!lt)
                break;
            const size_t tokenStart = static_cast<size_t>(static_cast<const char *>(lt) - s.data());
            if (beforeContent && !isBlank(s.substr(i, tokenStart - i)))
                beforeContent = false;
            i = tokenStart + 1;
            if (i >= s.size())
                break;
            const char c = s[i];
            if (c == '!') {
                if (s.compare(i, 3, "!--") == 0) {
                    const size_t end = s.find("-->", i + 1);
                    i = end == std::string_view::npos ? s.size() : end + 3;
                } else if (isDoctype(s.substr(i + 1))) {
                    i = skipTo(s, i, '>');
                    // Past the start the parser ignores a DOCTYPE, and gumbo 0.10 then leaks its strings in some
                    // insertion modes (inside <noscript> in the head, for one): leave it out of the parser's copy.
                    if (!beforeContent)
                        skipInCopy(s, tokenStart, i);
                    beforeContent = false;
                } else {
                    i = skipTo(s, i, '>');
                }
            } else if (c == '?') {
                i = skipTo(s, i, '>');
            } else if (c == '/') {
                beforeContent = false;
                std::string name = readName(s, ++i);
                i = skipTo(s, i, '>');
                if (!name.empty())
                    close(name);
            } else if (isLetter(c)) {
                beforeContent = false;
                const size_t tagStart = i - 1;
                const std::string name = readName(s, i);
                const bool selfClosing = skipAttributes(s, i);
                if (name == "plaintext")
                    break; // the rest of the file is text
                if (isRawText(name)) {
                    const size_t contentStart = i;
                    size_t endTag = s.size();
                    i = skipRawText(s, i, name, endTag);
                    if ((name == "script" || name == "style")
                        && !containsIgnoringCase(s.substr(tagStart, contentStart - tagStart), "ld+json"))
                        skipInCopy(s, contentStart, endTag); // keep the tags, leave out the content
                    continue;
                }
                open(name, selfClosing);
            } else {
                beforeContent = false; // a '<' that starts no tag is text
            }
        }
        if (m_out && m_copied < s.size())
            m_out->append(s.substr(m_copied));
        return m_max;
    }

private:
    static bool isBlank(std::string_view text) { return std::all_of(text.begin(), text.end(), isSpace); }

    // `s` follows "<!": whether it is a DOCTYPE (the tokenizer matches the keyword in any case).
    static bool isDoctype(std::string_view s)
    {
        constexpr std::string_view keyword = "doctype";
        if (s.size() < keyword.size())
            return false;
        for (size_t k = 0; k < keyword.size(); ++k) {
            if ((s[k] | 0x20) != keyword[k])
                return false;
        }
        return true;
    }

    // Writes the input up to `from` to the parser's copy and leaves out the bytes up to `to`.
    void skipInCopy(std::string_view s, size_t from, size_t to)
    {
        if (!m_out)
            return;
        m_out->append(s.substr(m_copied, from - m_copied));
        m_copied = to;
    }

    static bool containsIgnoringCase(std::string_view haystack, std::string_view needle)
    {
        for (size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
            size_t k = 0;
            while (k < needle.size() && (haystack[i + k] | 0x20) == needle[k])
                ++k;
            if (k == needle.size())
                return true;
        }
        return false;
    }

    static size_t skipTo(std::string_view s, size_t i, char c)
    {
        const size_t end = s.find(c, i);
        return end == std::string_view::npos ? s.size() : end + 1;
    }

    static std::string readName(std::string_view s, size_t &i)
    {
        std::string name;
        while (i < s.size() && !isSpace(s[i]) && s[i] != '>' && s[i] != '/') {
            const char c = s[i++];
            if (name.size() < 16)
                name.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
        }
        return name;
    }

    // Moves past the tag's '>'; true when the tag ends with "/>".
    static bool skipAttributes(std::string_view s, size_t &i)
    {
        char previous = 0;
        while (i < s.size()) {
            const char c = s[i++];
            if (c == '>')
                return previous == '/';
            if ((c == '"' || c == '\'') && previous == '=') {
                i = skipTo(s, i, c);
                previous = c;
                continue;
            }
            if (!isSpace(c))
                previous = c;
        }
        return false;
    }

    // Moves past the element's end tag; `endTag` is where that tag starts (the input's size when it is missing).
    static size_t skipRawText(std::string_view s, size_t i, const std::string &name, size_t &endTag)
    {
        for (;;) {
            const size_t lt = s.find("</", i);
            if (lt == std::string_view::npos)
                return endTag = s.size();
            size_t j = lt + 2;
            if (readName(s, j) == name) {
                endTag = lt;
                return skipTo(s, j, '>');
            }
            i = lt + 2;
        }
    }

    // Pops back to (and including) the nearest open `names` element, unless a `boundary` element is nearer.
    void closeImplied(std::initializer_list<std::string_view> names, std::initializer_list<std::string_view> boundary)
    {
        for (size_t k = m_stack.size(); k-- > 0;) {
            if (isOneOf(m_stack[k], names)) {
                m_stack.resize(k);
                return;
            }
            if (isOneOf(m_stack[k], boundary))
                return;
        }
    }

    void open(const std::string &name, bool selfClosing)
    {
        if (isVoid(name))
            return;
        if (selfClosing && m_foreign > 0)
            return; // "/>" closes an element only inside SVG and MathML
        if (!m_stack.empty() && m_stack.back() == "p" && closesParagraph(name))
            m_stack.pop_back();
        if (name == "li")
            closeImplied({"li"}, {"ul", "ol", "table", "menu"});
        else if (name == "dt" || name == "dd")
            closeImplied({"dt", "dd"}, {"dl", "table"});
        else if (name == "td" || name == "th")
            closeImplied({"td", "th"}, {"tr", "table"});
        else if (name == "tr")
            closeImplied({"tr", "td", "th"}, {"table"});
        else if (name == "thead" || name == "tbody" || name == "tfoot")
            closeImplied({"thead", "tbody", "tfoot", "tr", "td", "th"}, {"table"});
        else if (name == "option" || name == "optgroup")
            closeImplied({"option"}, {"select", "optgroup"});
        if (name == "svg" || name == "math")
            ++m_foreign;
        m_stack.push_back(name);
        m_max = std::max(m_max, static_cast<int>(m_stack.size()));
    }

    void close(const std::string &name)
    {
        for (size_t k = m_stack.size(); k-- > 0;) {
            if (m_stack[k] == name) {
                for (size_t j = k; j < m_stack.size(); ++j) {
                    if (m_stack[j] == "svg" || m_stack[j] == "math")
                        --m_foreign;
                }
                m_stack.resize(k);
                return;
            }
        }
    }

    std::vector<std::string> m_stack;
    int m_limit;
    std::string *m_out;
    size_t m_copied = 0; // bytes of the input already written to m_out
    int m_max = 0;
    int m_foreign = 0;
};

} // namespace

int estimateHtmlNesting(std::string_view html, int limit, std::string *parserInput)
{
    if (parserInput) {
        parserInput->clear();
        parserInput->reserve(html.size());
    }
    return Scanner(limit, parserInput).run(html);
}

} // namespace lede::core

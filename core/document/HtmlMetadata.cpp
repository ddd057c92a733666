// HtmlMetadata: one walk over the tree collects the candidates; each field then takes the first source that
// has a value, in the order of trust written below.
#include "document/HtmlMetadata.h"

#include "document/HtmlDom.h"
#include "document/MiniJson.h"

#include <algorithm>
#include <map>
#include <vector>

namespace lede::core::html {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

struct Collected
{
    std::map<std::string, std::string> metas; // lower-case name/property/itemprop → first content
    std::string titleText;
    std::string firstH1;
    std::string canonical;
    std::string timeDatetime;
    std::string relAuthor;
    std::string bylineText;
    std::string lang;
    std::vector<std::string> jsonLd;
};

Collected collect(const GumboNode *document)
{
    Collected c;
    std::vector<const GumboNode *> stack{document};
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        const GumboTag tag = tagOf(n);
        if (n->type != GUMBO_NODE_DOCUMENT && !isElement(n))
            continue;
        switch (tag) {
        case GUMBO_TAG_HTML:
            c.lang = std::string(attribute(n, "lang"));
            if (c.lang.empty())
                c.lang = std::string(attribute(n, "xml:lang"));
            break;
        case GUMBO_TAG_META: {
            std::string key = std::string(attribute(n, "property"));
            if (key.empty())
                key = std::string(attribute(n, "name"));
            if (key.empty())
                key = std::string(attribute(n, "itemprop"));
            if (key.empty())
                key = std::string(attribute(n, "http-equiv"));
            const std::string_view content = attribute(n, "content");
            if (!key.empty() && !content.empty())
                c.metas.emplace(lowerAscii(key), collapseWhitespace(content));
            continue;
        }
        case GUMBO_TAG_TITLE:
            if (c.titleText.empty())
                c.titleText = textContent(n);
            continue;
        case GUMBO_TAG_LINK:
            if (equalsIgnoringCase(attribute(n, "rel"), "canonical") && c.canonical.empty())
                c.canonical = std::string(attribute(n, "href"));
            continue;
        case GUMBO_TAG_SCRIPT:
            if (equalsIgnoringCase(attribute(n, "type"), "application/ld+json")) {
                const GumboVector &kids = childrenOf(n);
                std::string text;
                for (unsigned i = 0; i < kids.length; ++i) {
                    const GumboNode *k = childAt(kids, i);
                    if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_WHITESPACE || k->type == GUMBO_NODE_CDATA)
                        text += k->v.text.text;
                }
                c.jsonLd.push_back(std::move(text));
            }
            continue;
        case GUMBO_TAG_H1:
            if (c.firstH1.empty())
                c.firstH1 = textContent(n);
            break;
        case GUMBO_TAG_TIME:
            if (c.timeDatetime.empty() && hasAttribute(n, "datetime"))
                c.timeDatetime = std::string(attribute(n, "datetime"));
            break;
        case GUMBO_TAG_A:
            if (c.relAuthor.empty() && equalsIgnoringCase(attribute(n, "rel"), "author"))
                c.relAuthor = textContent(n);
            break;
        default: break;
        }
        if (c.bylineText.empty() && isElement(n) && n->v.element.attributes.length > 0) {
            if (equalsIgnoringCase(attribute(n, "itemprop"), "author") || anyClassWord(n, [](std::string_view w) {
                    return w == "byline" || w == "author" || w == "authors" || w == "writer";
                })) {
                std::string text = textContent(n);
                if (!text.empty() && text.size() < 100)
                    c.bylineText = std::move(text);
            }
        }
        const GumboVector &kids = childrenOf(n);
        for (unsigned i = kids.length; i-- > 0;)
            stack.push_back(childAt(kids, i));
    }
    return c;
}

// The names in a JSON-LD author: a string, a Person/Organization object, or an array of either.
std::string authorNames(const json::Value &v)
{
    if (v.type == json::Value::Type::String)
        return v.string;
    if (v.type == json::Value::Type::Object) {
        const json::Value *name = v.get("name");
        return name && name->type == json::Value::Type::String ? name->string : std::string();
    }
    std::string joined;
    if (v.type == json::Value::Type::Array) {
        for (const json::Value &item : v.items) {
            const std::string name = authorNames(item);
            if (!name.empty())
                joined += (joined.empty() ? "" : ", ") + name;
        }
    }
    return joined;
}

struct JsonLdFacts
{
    std::string headline, author, datePublished, articleBody;
};

// Visits every object (arrays and @graph included), iteratively, and keeps the first of each field.
void readJsonLd(const json::Value &root, JsonLdFacts &facts)
{
    std::vector<const json::Value *> stack{&root};
    while (!stack.empty()) {
        const json::Value *v = stack.back();
        stack.pop_back();
        if (v->type == json::Value::Type::Array) {
            for (size_t i = v->items.size(); i-- > 0;)
                stack.push_back(&v->items[i]);
            continue;
        }
        if (v->type != json::Value::Type::Object)
            continue;
        auto str = [v](const char *key) {
            const json::Value *m = v->get(key);
            return m && m->type == json::Value::Type::String ? m->string : std::string();
        };
        if (facts.headline.empty())
            facts.headline = str("headline");
        if (facts.datePublished.empty())
            facts.datePublished = str("datePublished");
        if (facts.articleBody.empty())
            facts.articleBody = str("articleBody");
        if (const json::Value *a = v->get("author"); a && facts.author.empty())
            facts.author = authorNames(*a);
        if (const json::Value *g = v->get("@graph"))
            stack.push_back(g);
        if (const json::Value *m = v->get("mainEntity"))
            stack.push_back(m);
    }
}

// "Storm closes the coast road | The Harbour Gazette" → "Storm closes the coast road": the longest part
// when the title is split at a site-name separator.
std::string withoutSiteName(const std::string &title)
{
    static const std::string_view separators[] = {
        " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ", " / ", " \xC2\xBB "};
    std::vector<std::string> parts{title};
    for (const std::string_view sep : separators) {
        std::vector<std::string> next;
        for (const std::string &p : parts) {
            size_t start = 0;
            for (size_t at; (at = p.find(sep, start)) != std::string::npos; start = at + sep.size())
                next.push_back(p.substr(start, at - start));
            next.push_back(p.substr(start));
        }
        parts = std::move(next);
    }
    if (parts.size() < 2)
        return title;
    const auto longest = std::max_element(
        parts.begin(), parts.end(), [](const std::string &a, const std::string &b) { return a.size() < b.size(); });
    return longest->size() >= 12 ? collapseWhitespace(*longest) : title;
}

std::string firstOf(std::initializer_list<const std::string *> values)
{
    for (const std::string *v : values) {
        if (!v->empty())
            return *v;
    }
    return {};
}

std::string meta(const Collected &c, const char *key)
{
    const auto it = c.metas.find(key);
    return it == c.metas.end() ? std::string() : it->second;
}

bool looksLikeUrl(const std::string &s)
{
    return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0;
}

// "By Jane Roe" → "Jane Roe".
std::string withoutBy(std::string s)
{
    if (s.size() > 3 && (s.compare(0, 3, "By ") == 0 || s.compare(0, 3, "by ") == 0 || s.compare(0, 3, "BY ") == 0))
        s.erase(0, 3);
    return s;
}

} // namespace

std::string isoDateFrom(std::string_view v)
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\n' || v.front() == '\t'))
        v.remove_prefix(1);
    std::string digits;
    if (v.size() >= 10 && isDigit(v[0]) && isDigit(v[1]) && isDigit(v[2]) && isDigit(v[3])
        && (v[4] == '-' || v[4] == '/') && isDigit(v[5]) && isDigit(v[6]) && v[7] == v[4] && isDigit(v[8])
        && isDigit(v[9]) && (v.size() == 10 || !isDigit(v[10])))
        digits = std::string(v.substr(0, 4)) + std::string(v.substr(5, 2)) + std::string(v.substr(8, 2));
    else if (v.size() >= 8 && std::all_of(v.begin(), v.begin() + 8, isDigit) && (v.size() == 8 || !isDigit(v[8])))
        digits = std::string(v.substr(0, 8));
    else
        return {};
    const int year = std::stoi(digits.substr(0, 4));
    const int month = std::stoi(digits.substr(4, 2));
    const int day = std::stoi(digits.substr(6, 2));
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1])
        return {};
    if (month == 2 && day == 29 && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)))
        return {};
    return digits.substr(0, 4) + '-' + digits.substr(4, 2) + '-' + digits.substr(6, 2);
}

std::string dateFromUrl(std::string_view url)
{
    // Only the path: a query's numbers are ids, not dates.
    const size_t scheme = url.find("://");
    size_t pathStart = scheme == std::string_view::npos ? 0 : url.find('/', scheme + 3);
    if (pathStart == std::string_view::npos)
        return {};
    std::string_view path = url.substr(pathStart);
    path = path.substr(0, path.find_first_of("?#"));
    for (size_t i = 0; i + 10 <= path.size(); ++i) {
        if (path[i] != '/' || (i > 0 && isDigit(path[i - 1])))
            continue;
        const std::string_view rest = path.substr(i + 1);
        // /2026/03/14/ and /2026-03-14
        if (rest.size() >= 10 && (rest[4] == '/' || rest[4] == '-') && rest[7] == rest[4]) {
            if (std::string date = isoDateFrom(rest); !date.empty())
                return date;
        }
    }
    return {};
}

PageMetadata readPageMetadata(const GumboNode *document)
{
    const Collected c = collect(document);
    JsonLdFacts ld;
    for (const std::string &script : c.jsonLd) {
        if (const auto value = json::parse(script))
            readJsonLd(*value, ld);
    }

    PageMetadata m;
    const std::string ogTitle = meta(c, "og:title");
    const std::string twitterTitle = meta(c, "twitter:title");
    const std::string pageTitle = c.titleText.empty() ? std::string() : withoutSiteName(c.titleText);
    m.title = collapseWhitespace(firstOf({&ogTitle, &ld.headline, &pageTitle, &c.firstH1, &twitterTitle}));

    std::string metaAuthor = meta(c, "author");
    if (looksLikeUrl(metaAuthor))
        metaAuthor.clear();
    std::string articleAuthor = meta(c, "article:author");
    if (looksLikeUrl(articleAuthor))
        articleAuthor.clear();
    const std::string dcCreator = meta(c, "dc.creator");
    const std::string byline = withoutBy(c.bylineText);
    const std::string relAuthor = withoutBy(c.relAuthor);
    m.author = collapseWhitespace(firstOf({&metaAuthor, &ld.author, &articleAuthor, &dcCreator, &relAuthor, &byline}));

    m.canonicalUrl = !c.canonical.empty() ? c.canonical : meta(c, "og:url");
    for (const std::string &candidate :
         {meta(c, "article:published_time"), meta(c, "datepublished"), ld.datePublished, meta(c, "og:published_time"),
          meta(c, "dc.date.issued"), meta(c, "dc.date"), meta(c, "date"), meta(c, "pubdate"), meta(c, "publishdate"),
          meta(c, "parsely-pub-date"), meta(c, "sailthru.date"), c.timeDatetime}) {
        if (m.publishedDate = isoDateFrom(candidate); !m.publishedDate.empty())
            break;
    }
    if (m.publishedDate.empty())
        m.publishedDate = dateFromUrl(m.canonicalUrl);

    m.language = c.lang;
    if (m.language.empty())
        m.language = meta(c, "content-language");
    if (m.language.empty()) {
        m.language = meta(c, "og:locale");
        std::replace(m.language.begin(), m.language.end(), '_', '-');
    }
    m.articleBody = std::move(ld.articleBody);
    return m;
}

} // namespace lede::core::html

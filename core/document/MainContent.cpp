// MainContent: the tree is flattened once into pre-order arrays (parent links, text and link-text lengths),
// so every score is a pass over arrays and nothing recurses. See MainContent.h for the method.
#include "document/MainContent.h"

#include "document/ArticleBodyCheck.h"
#include "document/BoilerplateText.h"
#include "document/HtmlDom.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace lede::core::html {

namespace {

constexpr std::string_view kNegativeWords[] = {
    "nav",        "navbar",  "navigation", "menu",        "breadcrumb",    "breadcrumbs", "sidebar",   "footer",
    "cookie",     "cookies", "consent",    "gdpr",        "share",         "sharing",     "social",    "comment",
    "comments",   "disqus",  "related",    "recommended", "recirc",        "newsletter",  "subscribe", "subscription",
    "promo",      "ad",      "ads",        "advert",      "advertisement", "sponsor",     "sponsored", "banner",
    "popup",      "modal",   "outbrain",   "taboola",     "widget",        "masthead",    "skip",      "toolbar",
    "pagination", "pager",   "signup",     "login",       "trending",      "popular",     "more",      "footnotes",
    "byline",     "author",  "authors",    "timestamp",   "dateline",      "date",        "credit",    "credits",
    "copyright",  "tags",    "meta"};
constexpr std::string_view kPositiveWords[] = {"article", "articlebody", "body", "content", "entry", "main",
                                               "post",    "story",       "text", "prose",   "blog"};
constexpr std::string_view kNegativeRoles[] = {"navigation", "banner", "contentinfo", "complementary", "menu",
                                               "menubar",    "dialog", "alertdialog", "search",        "toolbar"};

bool contains(const auto &list, std::string_view word)
{
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

struct Info
{
    const GumboNode *node;
    int parent;   // index, -1 for the root
    int end;      // one past the last descendant's index
    int text = 0; // visible text bytes (whitespace runs count one)
    int linkText = 0;
    int commas = 0;
    int paragraphs = 0; // <p> elements in the subtree, the element included
    int items = 0;      // <li> elements likewise
    int headings = 0;
    int direct = 0;        // text of the element's own text children (a <div> that holds its text with <br>s)
    bool negative = false; // boilerplate by tag, role or class/id words
    bool positive = false; // class/id words that name the article
    int classWeight = 0;
    double score = 0;
};

class Finder
{
public:
    explicit Finder(const GumboNode *body)
    {
        flatten(body);
        // A wrapper around most of the page is not boilerplate, whatever its class says ("has-sidebar"); a
        // sizeable block whose class also names the article ("entry-content-read-more") is not either.
        for (Info &n : m_nodes) {
            if (n.negative && (n.text * 2 > m_nodes[0].text || (n.positive && n.text > 300)))
                n.negative = false;
        }
        // Parents come before children: one pass settles "inside boilerplate" for every element.
        m_insideNegative.resize(m_nodes.size());
        for (size_t i = 0; i < m_nodes.size(); ++i) {
            const Info &n = m_nodes[i];
            m_insideNegative[i] = n.negative || (n.parent >= 0 && m_insideNegative[size_t(n.parent)]);
        }
    }

    ContentSelection select()
    {
        ContentSelection sel;
        if (m_nodes.empty())
            return sel;
        scoreParagraphs();
        int best = -1;
        for (int i = 0; i < int(m_nodes.size()); ++i) {
            Info &n = m_nodes[size_t(i)];
            if (n.score <= 0)
                continue;
            n.score = (n.score + n.classWeight) * (1.0 - linkDensity(i));
            if (best < 0 || n.score > m_nodes[size_t(best)].score)
                best = i;
        }
        if (best < 0) {
            sel.roots.push_back(m_nodes[0].node);
            return sel;
        }
        best = preferSemantic(best);
        // Siblings that continue the article (split into several containers) join it, in order.
        const int parent = m_nodes[size_t(best)].parent;
        std::vector<int> roots;
        if (parent < 0) {
            roots.push_back(best);
        } else {
            const double threshold = std::max(10.0, m_nodes[size_t(best)].score * 0.2);
            for (int c = parent + 1; c < m_nodes[size_t(parent)].end; c = m_nodes[size_t(c)].end) {
                if (c == best || joinsArticle(c, threshold))
                    roots.push_back(c);
            }
        }
        for (const int root : roots) {
            sel.roots.push_back(m_nodes[size_t(root)].node);
            dropBoilerplate(root, sel.dropped);
        }
        return sel;
    }

private:
    void flatten(const GumboNode *root)
    {
        // Pre-order with an explicit stack; `end` is filled when a node's subtree is done (the marker -1).
        struct Item
        {
            const GumboNode *node;
            int parent;
            bool close;
            bool inLink = false; // inside an <a>, however deep (cards wrap whole blocks in one link)
        };
        std::vector<Item> stack{{root, -1, false}};
        std::vector<int> open;
        while (!stack.empty()) {
            const Item item = stack.back();
            stack.pop_back();
            if (item.close) {
                const int i = open.back();
                open.pop_back();
                m_nodes[size_t(i)].end = int(m_nodes.size());
                if (item.parent >= 0) {
                    Info &p = m_nodes[size_t(item.parent)];
                    const Info &n = m_nodes[size_t(i)];
                    p.text += n.text;
                    p.linkText += n.linkText;
                    p.commas += n.commas;
                    p.paragraphs += n.paragraphs;
                    p.items += n.items;
                    p.headings += n.headings;
                }
                continue;
            }
            const GumboNode *n = item.node;
            if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
                if (item.parent >= 0)
                    countText(n->v.text.text, item.parent, item.inLink);
                continue;
            }
            if (!isElement(n) || isInvisible(n))
                continue;
            const int index = int(m_nodes.size());
            m_nodes.push_back({n, item.parent, index + 1});
            m_nodes.back().paragraphs = tagOf(n) == GUMBO_TAG_P ? 1 : 0;
            m_nodes.back().items = tagOf(n) == GUMBO_TAG_LI ? 1 : 0;
            m_nodes.back().headings = isHeading(tagOf(n)) ? 1 : 0;
            classify(m_nodes.back());
            open.push_back(index);
            stack.push_back({n, item.parent, true});
            const bool link = item.inLink || tagOf(n) == GUMBO_TAG_A;
            const GumboVector &kids = childrenOf(n);
            for (unsigned k = kids.length; k-- > 0;)
                stack.push_back({childAt(kids, k), index, false, link});
        }
    }

    void countText(const char *s, int parent, bool inLink)
    {
        int length = 0;
        int commas = 0;
        bool space = true;
        for (; *s; ++s) {
            const char c = *s;
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                if (!space)
                    ++length;
                space = true;
                continue;
            }
            space = false;
            ++length;
            if (c == ',')
                ++commas;
        }
        Info &p = m_nodes[size_t(parent)];
        p.text += length;
        p.direct += length;
        p.commas += commas;
        // Text inside a link counts as link text of its element, and so of every ancestor.
        if (inLink)
            p.linkText += length;
    }

    static void classify(Info &info)
    {
        const GumboNode *n = info.node;
        switch (tagOf(n)) {
        case GUMBO_TAG_NAV:
        case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_MENU: info.negative = true; break;
        default: break;
        }
        if (n->v.element.attributes.length == 0)
            return; // most elements: no role, itemprop, class or id
        if (const std::string_view role = attribute(n, "role"); !role.empty()
            && std::any_of(std::begin(kNegativeRoles), std::end(kNegativeRoles),
                           [role](std::string_view r) { return equalsIgnoringCase(role, r); }))
            info.negative = true;
        if (equalsIgnoringCase(attribute(n, "itemprop"), "articleBody")) {
            info.classWeight = 50;
            info.negative = false;
            return;
        }
        bool positive = false;
        bool negative = false;
        anyClassWord(n, [&](std::string_view w) {
            positive = positive || contains(kPositiveWords, w);
            negative = negative || contains(kNegativeWords, w);
            return false;
        });
        info.classWeight = (positive ? 25 : 0) - (negative ? 25 : 0);
        info.positive = positive;
        if (negative)
            info.negative = true;
    }

    double linkDensity(int i) const
    {
        const Info &n = m_nodes[size_t(i)];
        return n.text > 0 ? double(n.linkText) / n.text : 0.0;
    }

    bool insideNegative(int i) const { return m_insideNegative[size_t(i)]; }

    // A <div> or <section> with text but no block-level children reads like a paragraph.
    bool isParagraphLike(int i) const
    {
        const GumboTag tag = tagOf(m_nodes[size_t(i)].node);
        if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_BLOCKQUOTE)
            return true;
        if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_SECTION && tag != GUMBO_TAG_ARTICLE)
            return false;
        for (int c = i + 1; c < m_nodes[size_t(i)].end; ++c) {
            if (isBlockLevel(tagOf(m_nodes[size_t(c)].node)))
                return false;
        }
        return true;
    }

    void scoreParagraphs()
    {
        for (int i = 0; i < int(m_nodes.size()); ++i) {
            const Info &n = m_nodes[size_t(i)];
            // Text straight inside a container counts as a paragraph of that container.
            const bool paragraph = isParagraphLike(i);
            const bool looseText = !paragraph && n.direct >= 25;
            if (n.text < 25 || !(paragraph || looseText) || insideNegative(i))
                continue;
            const int length = paragraph ? n.text : n.direct;
            const double score = 1.0 + (paragraph ? n.commas : 0) + std::min(length / 100.0, 3.0);
            if (m_firstParagraph < 0 && length >= 80)
                m_firstParagraph = i;
            int level = 0;
            for (int a = paragraph ? n.parent : i; a >= 0 && level < 5; a = m_nodes[size_t(a)].parent, ++level) {
                const double share = level == 0 ? 1.0 : level == 1 ? 0.5 : 1.0 / (level * 3.0);
                m_nodes[size_t(a)].score += score * share;
            }
        }
    }

    // An <article>, <main> or itemprop=articleBody that holds the winner, or sits inside it and holds most of
    // its text, is the author's own statement of where the article is.
    int preferSemantic(int best) const
    {
        for (int a = m_nodes[size_t(best)].parent; a >= 0; a = m_nodes[size_t(a)].parent) {
            if (isSemanticBody(a) && m_nodes[size_t(a)].text <= m_nodes[size_t(best)].text * 2)
                return a;
        }
        for (int c = best + 1; c < m_nodes[size_t(best)].end; ++c) {
            if (isSemanticBody(c) && m_nodes[size_t(c)].text >= m_nodes[size_t(best)].text * 0.8)
                return c;
        }
        return best;
    }

    bool isSemanticBody(int i) const
    {
        const GumboNode *n = m_nodes[size_t(i)].node;
        return tagOf(n) == GUMBO_TAG_ARTICLE || tagOf(n) == GUMBO_TAG_MAIN
            || equalsIgnoringCase(attribute(n, "itemprop"), "articleBody")
            || equalsIgnoringCase(attribute(n, "role"), "main");
    }

    bool joinsArticle(int i, double threshold) const
    {
        const Info &n = m_nodes[size_t(i)];
        if (n.negative)
            return false;
        if (n.score >= threshold)
            return true;
        if (tagOf(n.node) != GUMBO_TAG_P)
            return false;
        const double density = linkDensity(i);
        return (n.text > 80 && density < 0.25) || (n.text > 0 && density == 0 && endsSentence(n.node));
    }

    static bool endsSentence(const GumboNode *n)
    {
        const std::string text = textContent(n);
        return !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?');
    }

    // Inside the article: boilerplate-named blocks, and containers that are mostly links (menus, tag lists,
    // "read more" lists).
    void dropBoilerplate(int root, std::unordered_set<const GumboNode *> &dropped) const
    {
        for (int i = root + 1; i < m_nodes[size_t(root)].end;) {
            const Info &n = m_nodes[size_t(i)];
            const GumboTag tag = tagOf(n.node);
            bool drop = n.negative;
            if (!drop
                && (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION
                    || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_ASIDE))
                drop = looksLikeClutter(i);
            if (!drop && tag == GUMBO_TAG_FORM && n.score < 1)
                drop = true;
            // The headline is the document's title (metadata), not part of the article's text.
            if (!drop && tag == GUMBO_TAG_H1 && i < m_firstParagraph)
                drop = true;
            LineKind kind = LineKind::Content;
            if (!drop && n.text > 0 && (n.text <= kMaxLabelLine || (n.text <= kMaxJudgedLine && mayPromote(i)))
                && isLine(i)) {
                kind = classifyLine(textContent(n.node), linkDensity(i), i < m_firstParagraph);
                drop = kind != LineKind::Content;
            }
            if (drop) {
                dropped.insert(n.node);
                i = n.end;
            } else {
                ++i;
            }
            // The link list a "Related stories" title introduces goes with it; the title may sit in wrappers of
            // its own, so the list is looked for after the outermost element that holds nothing but the title.
            if (kind == LineKind::SectionLabel) {
                int label = int(&n - m_nodes.data());
                while (m_nodes[size_t(label)].parent > root
                       && m_nodes[size_t(m_nodes[size_t(label)].parent)].text == n.text)
                    label = m_nodes[size_t(label)].parent;
                const int parent = m_nodes[size_t(label)].parent;
                const int parentEnd = parent >= 0 ? m_nodes[size_t(parent)].end : m_nodes[size_t(root)].end;
                int c = m_nodes[size_t(label)].end;
                while (c < parentEnd && m_nodes[size_t(c)].text > 0 && linkDensity(c) > 0.5) {
                    dropped.insert(m_nodes[size_t(c)].node);
                    c = m_nodes[size_t(c)].end;
                }
                i = std::max(i, c);
            }
        }
    }

    // Whether a longer line's raw text holds a word a promotion needs; most paragraphs of that length are prose,
    // and this spares building their text.
    bool mayPromote(int i) const
    {
        if (m_nodes[size_t(i)].direct > 0 && mentionsPromotionWordIn(m_nodes[size_t(i)].node))
            return true;
        for (int c = i + 1; c < m_nodes[size_t(i)].end; ++c) {
            if (m_nodes[size_t(c)].direct > 0 && mentionsPromotionWordIn(m_nodes[size_t(c)].node))
                return true;
        }
        return false;
    }

    static bool mentionsPromotionWordIn(const GumboNode *n)
    {
        const GumboVector &kids = childrenOf(n);
        for (unsigned k = 0; k < kids.length; ++k) {
            const GumboNode *t = childAt(kids, k);
            if (t->type == GUMBO_NODE_TEXT && mentionsPromotionWord(t->v.text.text))
                return true;
        }
        return false;
    }

    // A block that holds its text itself: a paragraph, heading, list item or a <div>/<span> without blocks inside.
    bool isLine(int i) const
    {
        switch (tagOf(m_nodes[size_t(i)].node)) {
        case GUMBO_TAG_P:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_DD:
        case GUMBO_TAG_TIME: return true;
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_SPAN:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ADDRESS:
            for (int c = i + 1; c < m_nodes[size_t(i)].end; ++c) {
                if (isBlockLevel(tagOf(m_nodes[size_t(c)].node)))
                    return false;
            }
            return true;
        default: return false;
        }
    }

    // Readability's "conditional cleaning", in short: a container with little prose (few commas) is clutter
    // when much of its text is links (teaser lists, "more stories"), or when it is more list than paragraphs
    // without being a list itself (menus built from divs).
    bool looksLikeClutter(int i) const
    {
        const Info &n = m_nodes[size_t(i)];
        if (n.commas >= 10)
            return false;
        const double density = linkDensity(i);
        if ((density > 0.2 && n.classWeight < 25) || density > 0.5)
            return true;
        const GumboTag tag = tagOf(n.node);
        return tag != GUMBO_TAG_UL && tag != GUMBO_TAG_OL && n.items > n.paragraphs && n.text < 1000 && density > 0.1;
    }

    static bool isHeading(GumboTag tag)
    {
        return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4
            || tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
    }

    std::vector<Info> m_nodes;
    std::vector<bool> m_insideNegative; // the element or an ancestor is boilerplate
    int m_firstParagraph = -1; // the first paragraph-like element with some length, outside boilerplate
};

const GumboNode *bodyOf(const GumboNode *document)
{
    const GumboVector &top = childrenOf(document);
    for (unsigned i = 0; i < top.length; ++i) {
        const GumboNode *html = childAt(top, i);
        if (tagOf(html) != GUMBO_TAG_HTML)
            continue;
        const GumboVector &kids = childrenOf(html);
        for (unsigned k = 0; k < kids.length; ++k) {
            if (tagOf(childAt(kids, k)) == GUMBO_TAG_BODY)
                return childAt(kids, k);
        }
        return html;
    }
    return document;
}

} // namespace

ContentSelection wholeBody(const GumboNode *document)
{
    ContentSelection sel;
    sel.roots.push_back(bodyOf(document));
    return sel;
}

ContentSelection findMainContent(const GumboNode *document, std::string_view articleBody)
{
    const GumboNode *body = bodyOf(document);
    if (!isElement(body))
        return wholeBody(document);
    ContentSelection sel = Finder(body).select();
    if (sel.roots.empty())
        return wholeBody(document);
    dropWhatArticleBodyLacks(sel, articleBody);
    return sel;
}

} // namespace lede::core::html

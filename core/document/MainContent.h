// MainContent: finds the article in a web page's tree and leaves out what surrounds it: navigation, menus,
// ads, cookie banners, share bars, comment sections, related-link lists, footers.
//
// How: every paragraph-like element scores its ancestors by its length and commas (readability's idea), a
// container's score is weighted by its class/id words and cut by its link density, and the best container
// wins; semantic hints (<article>, <main>, itemprop=articleBody, role=main) win when they hold most of the
// best container's text. Siblings that read like the article's continuation join it. Inside the chosen
// roots, link lists, boilerplate-named blocks and short link-heavy blocks are dropped.
#pragma once

#include <gumbo.h>

#include <string_view>
#include <unordered_set>
#include <vector>

namespace lede::core::html {

struct ContentSelection
{
    std::vector<const GumboNode *> roots;          // subtrees to read, in document order
    std::unordered_set<const GumboNode *> dropped; // subtrees inside the roots to leave out
};

// The whole <body> (or the document when it has none), nothing dropped.
ContentSelection wholeBody(const GumboNode *document);

// The article (see above). Falls back to the whole body when the page has no paragraph-like text.
// `articleBody` is the plain text a page states as its article (JSON-LD), or empty. When it covers most of the
// selection, paragraphs that share almost no words with it (captions' neighbours, promos, "follow us") are
// dropped too; a short or truncated articleBody (a summary, a paywall teaser) is not used.
ContentSelection findMainContent(const GumboNode *document, std::string_view articleBody = {});

} // namespace lede::core::html

// HtmlMetadata: a web page's title, author, published date and language, from <meta> tags (Open Graph,
// article:*, Dublin Core), JSON-LD (schema.org NewsArticle and kin), <time datetime>, rel=author and byline
// classes, the <title> minus a site-name suffix, the first <h1>, and a date in the canonical URL.
#pragma once

#include <gumbo.h>

#include <string>

namespace lede::core::html {

struct PageMetadata
{
    std::string title;         // UTF-8
    std::string author;        // UTF-8; several names joined with ", "
    std::string publishedDate; // YYYY-MM-DD
    std::string language;      // BCP 47 as declared, e.g. "en-GB"
    std::string canonicalUrl;  // og:url or <link rel=canonical>, as written
    std::string articleBody;   // JSON-LD articleBody (UTF-8), when the page carries one
};

PageMetadata readPageMetadata(const GumboNode *document);

// "2026-03-14T09:30:00+01:00", "2026-03-14", "20260314" → "2026-03-14"; else empty (checked as a real date).
std::string isoDateFrom(std::string_view value);

// A /2026/03/14/ or /2026-03-14- style date in a URL path; else empty.
std::string dateFromUrl(std::string_view url);

} // namespace lede::core::html

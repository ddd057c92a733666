// HtmlDocument: HTML and XHTML (UTF-8) to a Document, through the gumbo HTML5 parser. Used by the web-page
// loader (with main-content extraction) and by other loaders whose content is XHTML (EPUB chapters, without).
#pragma once

#include "common/Result.h"
#include "common/StopToken.h"
#include "document/Document.h"
#include "document/LoadError.h"

#include <string_view>

namespace lede::core {

struct HtmlOptions
{
    // true: keep only the article (drop menus, banners, comments, related links, footers); see MainContent.h.
    // false: every visible block of <body>, in order (an EPUB chapter is all content).
    bool extractMainContent = true;
    // true: title, author, published date and language from <head>, JSON-LD and the page itself.
    bool readMetadata = true;
    StopToken stop;
};

// Headings, paragraphs, list items, block quotes, preformatted text, table cells (Document::tables) and
// captions as blocks; emphasis, strong, code and links as spans. Images, scripts, styles and forms are left
// out; nothing is fetched. Fails with Malformed when elements nest deeper than kMaxHtmlNesting
// (HtmlDepthGuard.h) and with Cancelled when `options.stop` fires. meta.format is Html, meta.encoding UTF-8.
Result<Document, LoadError> htmlToDocument(std::string_view utf8, const HtmlOptions &options = {});

} // namespace lede::core

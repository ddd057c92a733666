// HtmlDepthGuard: a fast scan that estimates how deep a page nests its elements, before the HTML5 parser
// sees it. gumbo's tree builder searches the stack of open elements on every start tag, so nesting depth n
// costs it O(n²) time (20,000 nested tables took 90 s here); pages deeper than the limit are refused instead.
#pragma once

#include <string_view>

namespace lede::core {

// Browsers stop nesting at 512 elements (Chromium); a real page never comes near this.
constexpr int kMaxHtmlNesting = 1000;

// The deepest nesting of elements the scan finds, stopping early once it passes `limit`. It follows the
// tokenizer's rules for tags, attributes, comments and raw text (script, style, textarea, title), and closes
// elements the way end tags and implied end tags (p, li, td, …) do, so the figure is close to the tree's.
int estimateHtmlNesting(std::string_view html, int limit = kMaxHtmlNesting);

} // namespace lede::core

// HtmlDepthGuard: a fast scan before the HTML5 parser sees a page. It estimates how deep the page nests its
// elements: gumbo's tree builder searches the stack of open elements on every start tag, so nesting depth n
// costs it O(n²) time (20,000 nested tables took 90 s here); pages deeper than the limit are refused instead.
// The same pass can leave out the contents of scripts and styles, which are over half the bytes of a typical
// news page and which the parser would otherwise tokenize only for us to ignore them, and DOCTYPEs the parser
// would ignore.
#pragma once

#include <string>
#include <string_view>

namespace lede::core {

// Browsers stop nesting at 512 elements (Chromium); a real page never comes near this.
constexpr int kMaxHtmlNesting = 1000;

// The deepest nesting of elements the scan finds, stopping early once it passes `limit`. It follows the
// tokenizer's rules for tags, attributes, comments and raw text (script, style, textarea, title), and closes
// elements the way end tags and implied end tags (p, li, td, …) do, so the figure is close to the tree's.
// With `parserInput`, also writes there the page as the parser should see it: without the contents of <script>
// and <style> elements (the tags stay; JSON-LD scripts keep their contents, the metadata reader needs them) and
// without DOCTYPEs past the start, which the parser would ignore (and gumbo 0.10 leaks).
int estimateHtmlNesting(std::string_view html, int limit = kMaxHtmlNesting, std::string *parserInput = nullptr);

} // namespace lede::core

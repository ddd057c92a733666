// ArticleBodyCheck: a page that states its article's text (JSON-LD "articleBody") tells which paragraphs of the
// selected content are the article. When that text covers most of the selection, paragraphs that share almost no
// words with it (a caption's neighbours, promos, "follow us" lines) are dropped; a short statement (a summary, a
// paywall teaser) is not used. A step of findMainContent (MainContent.h), apart because it reads words, not the tree.
#pragma once

#include "document/MainContent.h"

#include <string_view>

namespace lede::core::html {

// Adds to `sel.dropped` the paragraph-level elements of `sel` that `articleBody` does not hold.
void dropWhatArticleBodyLacks(ContentSelection &sel, std::string_view articleBody);

} // namespace lede::core::html

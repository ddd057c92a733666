// HtmlBlockBuilder: walks the selected parts of a gumbo tree and writes a Document's text, blocks, spans and
// tables. Internal to the HTML path (HtmlDocument.cpp).
#pragma once

#include "common/StopToken.h"
#include "document/Document.h"
#include "document/MainContent.h"

#include <optional>

namespace lede::core::html {

// Iterative (no recursion over the tree). std::nullopt when `stop` fires.
std::optional<Document> buildBlocks(const ContentSelection &content, const StopToken &stop);

} // namespace lede::core::html

// LongBlocks: very long blocks cut into pieces the reader can lay out one at a time.
//
// A block is what the reader lays out in one go, on its UI thread: a single 2 MB line took 0.8 s and a 20 MB one
// 9 s. Every loader's result passes through splitLongBlocks(), which cuts a block longer than `maxLength` UTF-16
// units into consecutive blocks of the same kind. The text is never changed: a cut falls after a sentence's end
// and its spaces where there is one near the limit, else at a space, else at a line break inside preformatted
// text, else anywhere that does not split a surrogate pair; spaces at a cut are left between the two blocks, as
// the newlines between blocks are. A list item's or a heading's continuation becomes a paragraph, so no bullet
// or heading is repeated. Table cells are left whole (a table is laid out as one unit).
#pragma once

#include "document/Document.h"

#include <cstdint>

namespace lede::core {

inline constexpr int32_t kMaxBlockLength = 16 * 1024;

void splitLongBlocks(Document &doc, int32_t maxLength = kMaxBlockLength);

} // namespace lede::core

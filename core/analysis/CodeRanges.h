// CodeRanges: the parts of a document that are code (preformatted blocks, inline code spans), where no
// entity or date is looked for: a name in a shell command or a date in a log line is not prose.
#pragma once

#include "common/TextRange.h"
#include "document/Document.h"

#include <vector>

namespace lede::core {

// Preformatted blocks and InlineKind::Code spans, sorted and merged (touching ranges join).
std::vector<TextRange> codeRanges(const Document &doc);

// True when `range` shares a character with one of `sorted` (as codeRanges() returns them). O(log n).
bool overlapsAny(const std::vector<TextRange> &sorted, const TextRange &range);

} // namespace lede::core

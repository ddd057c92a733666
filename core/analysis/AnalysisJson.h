// AnalysisJson: the lede-cli analyze schema, shared by lede-cli and the reader's File ▸ Export.
// Offsets in the JSON are Unicode code points (not UTF-16 units), end-exclusive, into "text".
#pragma once

#include "analysis/Analysis.h"
#include "document/Document.h"

#include <functional>
#include <string>
#include <string_view>

namespace lede::core {

// indent < 0: compact, one line; otherwise pretty-printed with that many spaces.
std::string analysisToJson(const Document &doc, const Analysis &analysis, int indent = -1);

// The same JSON, handed to `sink` in pieces as it is made (in order; their concatenation is analysisToJson's
// string), so a book's JSON is never held whole.
using JsonSink = std::function<void(std::string_view piece)>;
void writeAnalysisJson(const Document &doc, const Analysis &analysis, int indent, const JsonSink &sink);

// "metadata", "command-line", "user", "narrative", or "none".
const char *referenceSourceName(ReferenceSource s);

} // namespace lede::core

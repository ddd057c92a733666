// PlainTextLayout: finds the structure of plain text — paragraphs at blank lines, hard-wrapped lines
// rejoined, a title line — and builds a Document whose text differs from the input only where it must.
#pragma once

#include "common/StopToken.h"
#include "document/Document.h"

#include <optional>
#include <string>

namespace lede::core {

// Lays out decoded text. Line endings are normalised to '\n'; a '\n' that only hard-wraps a paragraph
// becomes ' ' (same length). Other characters are kept, so for LF text without wrapped lines the
// Document's text equals the input. Lines broken on purpose (verse, addresses) become one block each,
// because a block never contains '\n'. Returns nullopt when `stop` fires.
std::optional<Document> layOutPlainText(std::u16string text, const StopToken &stop = {});

// Replaces CRLF and lone CR by LF, in place and in linear time.
void normaliseLineEndings(std::u16string &text);

} // namespace lede::core

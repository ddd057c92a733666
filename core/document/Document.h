// Document: the reading text of an article with its block structure, inline spans and metadata.
#pragma once

#include "common/TextRange.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lede::core {

// TableCell: one cell of a table (see Table). Caption: a figure's or a table's caption.
enum class BlockKind : uint8_t { Heading, Paragraph, ListItem, BlockQuote, Preformatted, TableCell, Caption };

struct Block
{
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;      // heading level 1–6; list nesting depth (1 = top) for list items; else 0
    bool ordered = false; // list items: numbered list
    int number = 0;     // list items in an ordered list: the item's number
    TextRange range;    // into Document::text; never contains the blank lines between blocks
    // Table cells only: the index into Document::tables, the cell's row and column (0-based), and whether it is
    // a header cell. A table's cells are consecutive blocks in row-major order; an empty cell is an empty range.
    int table = -1;
    int row = 0;
    int column = 0;
    bool header = false;
};

// A table: its cells are the blocks [firstBlock, firstBlock + blockCount), every one of kind TableCell.
struct Table
{
    int firstBlock = 0;
    int blockCount = 0;
    int rows = 0;
    int columns = 0; // the widest row's cell count
};

enum class InlineKind : uint8_t { Emphasis, Strong, Code, Link };

struct InlineSpan
{
    InlineKind kind = InlineKind::Emphasis;
    TextRange range;
    std::string href; // UTF-8, links only
};

enum class SourceFormat : uint8_t { Text, Markdown, Html, Pdf, Epub, Docx, Odt };

// The lower-case name used in lede-cli's JSON ("text", "markdown", ...).
const char *formatName(SourceFormat f);

struct Metadata
{
    std::string title;         // UTF-8; may be empty
    std::string author;        // UTF-8; may be empty
    std::string publishedDate; // ISO 8601 date (YYYY-MM-DD) when the source states one; else empty
    std::string sourcePath;    // UTF-8 path as given
    SourceFormat format = SourceFormat::Text;
    std::string encoding;      // the source's detected character encoding, e.g. "UTF-8", "windows-1252"
    std::string language;      // BCP 47 tag the source declares (HTML lang, EPUB dc:language); else empty
    std::string sourceUrl;     // the address a page was downloaded from (Open Location); else empty
    std::string fetchedAt;     // when it was downloaded, ISO 8601 UTC (2026-12-07T05:30:00Z); else empty
};

struct Document
{
    // The reading text. Blocks are ranges into it; the characters between blocks are separators
    // (newlines). Within a block, '\n' never occurs: preformatted line breaks are U+2028.
    std::u16string text;
    std::vector<Block> blocks;       // in text order, non-overlapping
    std::vector<InlineSpan> spans;   // in text order
    std::vector<Table> tables;       // in text order
    Metadata meta;
};

} // namespace lede::core

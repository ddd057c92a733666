// Fuzz harness: web pages (charset prescan, the depth guard, gumbo, main-content selection, metadata with
// JSON-LD, the block builder), with and without extraction.
#include "document/DocumentLoader.h"
#include "document/HtmlDocument.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

void checkDocument(const lede::core::Document &doc)
{
    const auto size = static_cast<int>(doc.text.size());
    int previousEnd = 0;
    for (const auto &block : doc.blocks) {
        if (block.range.start < previousEnd || block.range.end > size || block.range.start > block.range.end)
            __builtin_trap();
        previousEnd = block.range.end;
    }
    for (const auto &span : doc.spans) {
        if (span.range.start < 0 || span.range.end > size || span.range.start >= span.range.end)
            __builtin_trap();
    }
    for (const auto &table : doc.tables) {
        if (table.firstBlock < 0 || table.firstBlock + table.blockCount > static_cast<int>(doc.blocks.size()))
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    lede::core::LoadOptions options;
    options.maxFileBytes = 1u << 20;
    if (const auto result = lede::core::loadDocumentFromBytes(bytes, "input.html", options))
        checkDocument(result.value());
    lede::core::HtmlOptions html;
    html.extractMainContent = false;
    if (const auto result = lede::core::htmlToDocument(bytes, html))
        checkDocument(result.value());
    return 0;
}

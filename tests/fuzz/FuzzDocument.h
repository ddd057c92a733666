// Shared body of the document-format harnesses (PDF, DOCX, ODT, EPUB): load the bytes under a file name that
// selects the loader, then check what every loader promises, so that a broken invariant crashes here rather
// than later in the reader.
#pragma once

#include "document/DocumentLoader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

inline void fuzzDocumentLoader(const uint8_t *data, size_t size, const char *nameHint)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    lede::core::LoadOptions options;
    options.maxFileBytes = 4u << 20;
    const auto result = lede::core::loadDocumentFromBytes(bytes, nameHint, options);
    if (!result)
        return;
    const auto &doc = result.value();
    const auto length = static_cast<int32_t>(doc.text.size());
    int32_t previousEnd = 0;
    for (const auto &block : doc.blocks) {
        if (block.range.start < previousEnd || block.range.end > length || block.range.start > block.range.end)
            __builtin_trap();
        for (int32_t i = block.range.start; i < block.range.end; ++i)
            if (doc.text[static_cast<size_t>(i)] == u'\n')
                __builtin_trap();
        previousEnd = block.range.end;
    }
    for (const auto &span : doc.spans)
        if (span.range.start < 0 || span.range.end > length || span.range.start > span.range.end)
            __builtin_trap();
    for (const auto &table : doc.tables) {
        if (table.firstBlock < 0 || table.blockCount < 0
            || static_cast<size_t>(table.firstBlock) + static_cast<size_t>(table.blockCount) > doc.blocks.size())
            __builtin_trap();
        for (int i = table.firstBlock; i < table.firstBlock + table.blockCount; ++i)
            if (doc.blocks[static_cast<size_t>(i)].kind != lede::core::BlockKind::TableCell)
                __builtin_trap();
    }
}

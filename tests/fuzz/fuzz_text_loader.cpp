// Fuzz harness: the plain-text loader (charset detection and decoding, the binary check, block splitting).
#include "document/DocumentLoader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    lede::core::LoadOptions options;
    options.maxFileBytes = 1u << 20;
    const auto result = lede::core::loadDocumentFromBytes(bytes, "input.txt", options);
    if (result) {
        // Every block must lie inside the text: a loader that breaks this would crash the reader later.
        const auto &doc = result.value();
        for (const auto &block : doc.blocks) {
            if (block.range.start < 0 || block.range.end > static_cast<int>(doc.text.size())
                || block.range.start > block.range.end)
                __builtin_trap();
        }
    }
    return 0;
}

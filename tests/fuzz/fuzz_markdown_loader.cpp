// Fuzz harness: the Markdown loader (md4c parsing, front matter, blocks, inline spans, tables).
#include "FuzzChecks.h"
#include "document/MarkdownLoader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Bounded so each run stays fast; the seeds hold the large shapes (deep nesting, long lines).
    if (size > 64 * 1024)
        return 0;
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    lede::core::LoadOptions options;
    options.maxFileBytes = 1u << 20;
    const auto result = lede::core::MarkdownLoader().load(bytes, options);
    if (result)
        lede::fuzz::checkDocument(result.value());
    return 0;
}

// loadDocument / loadDocumentFromBytes: file checks and reading, then dispatch to a FormatLoader.
#include "document/DocumentLoader.h"

#include "document/FileReading.h"
#include "document/LongBlocks.h"

#include <algorithm>
#include <climits>

namespace lede::core {

namespace {

namespace fs = std::filesystem;

constexpr size_t kSniffBytes = 4096;

LoadError error(LoadError::Code code, std::string detail) { return {code, std::move(detail)}; }

std::string lowerAscii(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return s;
}

// The lower-case extension without the dot; empty for "README" and for hidden files like ".profile".
std::string extensionOf(const std::string &name)
{
    const std::string ext = fs::path(name).extension().string();
    return ext.size() > 1 ? lowerAscii(ext.substr(1)) : std::string();
}

const FormatLoader *loaderFor(std::string_view bytes, const std::string &nameHint)
{
    const auto &loaders = formatLoaders();
    if (const std::string ext = extensionOf(nameHint); !ext.empty()) {
        for (const auto &loader : loaders) {
            const auto exts = loader->extensions();
            if (std::find(exts.begin(), exts.end(), ext) != exts.end())
                return loader.get();
        }
    }
    const std::string_view head = bytes.substr(0, kSniffBytes);
    const FormatLoader *best = nullptr;
    int bestScore = 0;
    for (const auto &loader : loaders) {
        if (const int score = loader->sniff(head); score > bestScore) {
            best = loader.get();
            bestScore = score;
        }
    }
    if (best)
        return best;
    // Nothing recognises the bytes: the text loader decides, and explains a refusal (e.g. binary).
    for (const auto &loader : loaders) {
        if (loader->format() == SourceFormat::Text)
            return loader.get();
    }
    return nullptr;
}

} // namespace

Result<Document, LoadError> loadDocumentFromBytes(std::string_view bytes, const std::string &nameHint,
                                                  const LoadOptions &options)
{
    if (options.stop.stopRequested())
        return error(LoadError::Code::Cancelled, "loading was cancelled");
    // Offsets are 32-bit: no text may exceed INT32_MAX UTF-16 units, and no format yields more units than bytes.
    if (bytes.size() > options.maxFileBytes || bytes.size() > static_cast<size_t>(INT32_MAX))
        return error(LoadError::Code::TooLarge, std::to_string(bytes.size()) + " bytes is over the limit of "
                                                    + std::to_string(options.maxFileBytes));
    const FormatLoader *loader = loaderFor(bytes, nameHint);
    if (!loader)
        return error(LoadError::Code::UnsupportedFormat, "no loader for " + nameHint);
    auto result = loader->load(bytes, options);
    if (result)
        splitLongBlocks(*result); // the reader lays a block out in one go: no block may take it seconds
    return result;
}

Result<Document, LoadError> loadDocument(const fs::path &path, const LoadOptions &options)
{
    auto bytes = readDocumentFile(path, options);
    if (!bytes)
        return bytes.error();
    auto result = loadDocumentFromBytes(*bytes, path.filename().string(), options);
    if (result)
        result->meta.sourcePath = path.string();
    return result;
}

} // namespace lede::core

// Loading files into Documents. Each format is one FormatLoader in its own file plus one line in
// FormatRegistry.cpp; loadDocument() picks the loader by extension, then by content sniffing.
#pragma once

#include "common/Result.h"
#include "common/StopToken.h"
#include "document/Document.h"
#include "document/LoadError.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lede::core {

struct LoadOptions
{
    // Files larger than this are refused (TooLarge, whose message names the limit). The analysis holds about 18
    // times the file's size at its peak (lede-cli, measured on a 20 MB book) and the reader more (its laid-out
    // document), so 100 MiB keeps every accepted file within a few GB: 200 MiB took 8 GB and more in the reader.
    uint64_t maxFileBytes = 100ull * 1024 * 1024;
    StopToken stop;
    // A file that sends nothing and does not end for this long is refused (Stalled); ordinary files never wait.
    std::chrono::milliseconds stallTimeout{3000};
};

class FormatLoader
{
public:
    virtual ~FormatLoader() = default;
    virtual SourceFormat format() const = 0;
    // Lower-case extensions without the dot, e.g. {"md", "markdown"}.
    virtual std::vector<std::string> extensions() const = 0;
    // MIME types this loader reads (for the .desktop file and dialogs).
    virtual std::vector<std::string> mimeTypes() const = 0;
    // Confidence in [0, 100] that the bytes are this format (for files with unknown extensions).
    virtual int sniff(std::string_view head) const = 0;
    virtual Result<Document, LoadError> load(std::string_view bytes, const LoadOptions &options) const = 0;
};

// All registered loaders, in registration order.
const std::vector<std::unique_ptr<FormatLoader>> &formatLoaders();

// Reads and loads a file. Never throws; every failure is a LoadError.
Result<Document, LoadError> loadDocument(const std::filesystem::path &path, const LoadOptions &options = {});

// Loads bytes already in memory; `nameHint` (a file name) selects the loader by extension.
Result<Document, LoadError> loadDocumentFromBytes(std::string_view bytes, const std::string &nameHint,
                                                  const LoadOptions &options = {});

} // namespace lede::core

// loadDocument / loadDocumentFromBytes: file checks and reading, then dispatch to a FormatLoader.
#include "document/DocumentLoader.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>

namespace lede::core {

namespace {

namespace fs = std::filesystem;

constexpr size_t kReadChunk = 1 << 20;
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

struct FileCloser
{
    void operator()(std::FILE *f) const { std::fclose(f); }
};

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
    return loader->load(bytes, options);
}

Result<Document, LoadError> loadDocument(const fs::path &path, const LoadOptions &options)
{
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found)
        return error(LoadError::Code::NotFound, path.string());
    if (ec)
        return error(LoadError::Code::Unreadable, path.string() + ": " + ec.message());
    if (fs::is_directory(status))
        return error(LoadError::Code::NotAFile, path.string() + " is a folder");
    if (!fs::is_regular_file(status))
        return error(LoadError::Code::NotAFile, path.string() + " is not a regular file");

    // Refuse before reading a byte: the size limit exists so that huge files cost nothing.
    const uintmax_t size = fs::file_size(path, ec);
    if (!ec && (size > options.maxFileBytes || size > static_cast<uintmax_t>(INT32_MAX)))
        return error(LoadError::Code::TooLarge,
                     path.string() + ": " + std::to_string(size) + " bytes is over the limit of "
                         + std::to_string(options.maxFileBytes));

    errno = 0;
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file)
        return error(LoadError::Code::Unreadable, path.string() + ": " + std::strerror(errno));

    std::string bytes;
    if (!ec)
        bytes.reserve(static_cast<size_t>(size));
    char buffer[64 * 1024];
    size_t sinceStopCheck = 0;
    for (;;) {
        const size_t n = std::fread(buffer, 1, sizeof buffer, file.get());
        bytes.append(buffer, n);
        if (bytes.size() > options.maxFileBytes) // the file grew, or it reports no size (/proc, pipes)
            return error(LoadError::Code::TooLarge, path.string() + " is over the size limit");
        if (n < sizeof buffer) {
            if (std::ferror(file.get()))
                return error(LoadError::Code::Unreadable, path.string() + ": read error");
            break;
        }
        sinceStopCheck += n;
        if (sinceStopCheck >= kReadChunk) {
            sinceStopCheck = 0;
            if (options.stop.stopRequested())
                return error(LoadError::Code::Cancelled, "loading was cancelled");
        }
    }
    file.reset();

    auto result = loadDocumentFromBytes(bytes, path.filename().string(), options);
    if (result)
        result->meta.sourcePath = path.string();
    return result;
}

} // namespace lede::core

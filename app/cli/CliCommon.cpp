#include "CliCommon.h"

#include "document/DocumentLoader.h"

#include <cstdio>

namespace lede::cli {

void reportError(std::string_view message)
{
    std::fprintf(stderr, "lede-cli: %.*s\n", static_cast<int>(message.size()), message.data());
}

std::optional<core::Document> loadOrReport(const std::string &path)
{
    auto result = core::loadDocument(path);
    if (!result) {
        std::string msg = path + ": " + core::loadErrorCodeName(result.error().code);
        if (!result.error().detail.empty())
            msg += " (" + result.error().detail + ")";
        reportError(msg);
        return std::nullopt;
    }
    return std::move(result).value();
}

void writeStdout(std::string_view bytes)
{
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    std::fflush(stdout);
}

} // namespace lede::cli

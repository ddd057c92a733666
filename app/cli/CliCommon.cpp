#include "CliCommon.h"

#include "document/DocumentLoader.h"

#include <cstdio>

namespace lede::cli {

void reportError(std::string_view message)
{
    std::fprintf(stderr, "lede-cli: %.*s\n", static_cast<int>(message.size()), message.data());
}

namespace {

// The reason in words, for a terminal; the codes whose detail adds nothing useful (it would repeat the
// path and the system's phrase) are given a full sentence instead.
std::string reasonFor(const core::LoadError &error)
{
    using Code = core::LoadError::Code;
    switch (error.code) {
    case Code::NotFound: return "no such file";
    case Code::NotAFile: return "is a folder, not a file";
    case Code::SymlinkLoop: return "is a symbolic link that leads back to itself (a link loop)";
    case Code::Device: return "is a device, pipe or socket, not a regular file";
    case Code::Stalled: return "sends no data and does not end (a device or live system file?)";
    default: break;
    }
    std::string reason = core::loadErrorCodeName(error.code);
    if (!error.detail.empty())
        reason += " (" + error.detail + ")";
    return reason;
}

} // namespace

std::optional<core::Document> loadOrReport(const std::string &path)
{
    auto result = core::loadDocument(path);
    if (!result) {
        reportError(path + ": " + reasonFor(result.error()));
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

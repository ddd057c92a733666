#include "CliCommon.h"

#include "document/DocumentLoader.h"
#include "fetch/UrlDocument.h"

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

// "http://host/a: could not connect to the server (Failed to connect to host port 80: Connection refused)".
std::string fetchFailure(const std::string &url, const core::FetchError &error)
{
    std::string msg = url + ": ";
    if (error.code == core::FetchError::Code::HttpStatus)
        msg += "the server answered with HTTP status " + std::to_string(error.httpStatus);
    else if (error.code == core::FetchError::Code::TooLarge)
        msg += "the page is larger than the limit of " + std::to_string(core::FetchOptions{}.maxBytes >> 20) + " MB";
    else
        msg += core::fetchErrorCodeName(error.code);
    if (!error.detail.empty() && error.code != core::FetchError::Code::HttpStatus)
        msg += " (" + error.detail + ")";
    return msg;
}

std::optional<core::Document> loadUrlOrReport(const std::string &url)
{
    auto result = core::loadDocumentFromUrl(url);
    if (result)
        return std::move(result).value();
    if (const auto *fetch = std::get_if<core::FetchError>(&result.error())) {
        reportError(fetchFailure(url, *fetch));
    } else {
        const auto &load = std::get<core::LoadError>(result.error());
        reportError(url + ": " + reasonFor(load));
    }
    return std::nullopt;
}

// "scheme://…": an address, even one Lede refuses (ftp://), so the message says why instead of "not found".
bool looksLikeUrl(const std::string &arg)
{
    const size_t sep = arg.find("://");
    if (sep == std::string::npos || sep == 0)
        return false;
    for (size_t i = 0; i < sep; ++i) {
        const char c = arg[i];
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alpha && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')))
            return false;
    }
    return true;
}

} // namespace

std::optional<core::Document> loadOrReport(const std::string &path)
{
    // Only an explicit http:// or https:// argument reaches the network (other schemes are refused with a
    // reason); anything else is a file name.
    if (looksLikeUrl(path))
        return loadUrlOrReport(path);
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

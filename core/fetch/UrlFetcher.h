// UrlFetcher: downloads one web page into memory, within limits, for an explicit user action
// (File ▸ Open Location…, `lede URL`, a dropped link, `lede-cli text URL`). This is the only code in
// Lede that touches the network. http and https only, a bounded number of redirects, connect and total
// timeouts, a size limit checked against Content-Length and against the bytes received, gzip and
// deflate decoded, cancellation through a StopToken. Errors are kinds; ui/ and lede-cli word them.
#pragma once

#include "common/Result.h"
#include "common/StopToken.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace lede::core {

struct FetchError
{
    enum class Code : uint8_t {
        UnsupportedScheme, // not http or https (also a redirect to ftp:, file:, …)
        InvalidUrl,        // not an address at all
        ResolveFailed,     // the host name is unknown (or there is no network)
        ConnectFailed,     // the host refused or could not be reached
        TimedOut,          // no connection, or the whole download, within the time limit
        TooManyRedirects,  // more than FetchOptions::maxRedirects
        HttpStatus,        // the server answered with an error status (see httpStatus)
        TooLarge,          // over FetchOptions::maxBytes, by Content-Length or by the bytes received
        TlsFailed,         // the secure connection failed (certificate, handshake)
        ConnectionLost,    // the server closed the connection or sent a broken response
        Cancelled,         // the caller's stop token fired
    };
    Code code = Code::ConnectionLost;
    long httpStatus = 0; // the HTTP status for HttpStatus; 0 otherwise
    std::string detail;  // English, for logs and lede-cli's details; never shown in the GUI as is
};

// A short English name for the code, for logs.
const char *fetchErrorCodeName(FetchError::Code code);

// Bytes received so far and the expected total (0 when the server did not say). Called on the fetching thread.
using FetchProgressFn = std::function<void(uint64_t received, uint64_t total)>;

struct FetchOptions
{
    uint64_t maxBytes = 20ull * 1024 * 1024; // pages larger than this are refused (TooLarge)
    int maxRedirects = 5;
    long connectTimeoutMs = 15'000;
    long totalTimeoutMs = 120'000; // room for a 20 MB page on a slow line; a stall ends sooner (below)
    long stallTimeoutSeconds = 30; // no byte at all for this long ends the download (TimedOut)
    StopToken stop;
    FetchProgressFn progress; // may be empty
};

struct FetchedPage
{
    std::string bytes;       // the body, decoded from gzip/deflate
    std::string finalUrl;    // after redirects
    std::string contentType; // as sent, e.g. "text/html; charset=utf-8"; may be empty
    long httpStatus = 0;
    std::string fetchedAt; // when the download finished, ISO 8601 UTC ("2026-12-07T05:30:00Z")
};

// True for an absolute http:// or https:// address (the scheme in any case), the only kind Lede fetches.
bool isWebUrl(std::string_view text);

// Downloads `url`. Blocks; run it off the UI thread. Never throws.
Result<FetchedPage, FetchError> fetchUrl(const std::string &url, const FetchOptions &options = {});

// The User-Agent Lede sends ("Lede/0.1.0 (article reader; +…)").
std::string fetchUserAgent();

} // namespace lede::core

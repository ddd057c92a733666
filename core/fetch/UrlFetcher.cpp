// UrlFetcher: one libcurl easy handle per download, its limits set before the first byte moves.
#include "fetch/UrlFetcher.h"

#include <curl/curl.h>

#include <ctime>
#include <memory>
#include <mutex>

namespace lede::core {

namespace {

struct Transfer
{
    const FetchOptions *options = nullptr;
    std::string body;
    bool overLimit = false;
};

size_t onBody(char *data, size_t size, size_t count, void *userData)
{
    auto *t = static_cast<Transfer *>(userData);
    const size_t n = size * count;
    // Checked on the decoded bytes: a small gzip body can inflate past the limit, and a chunked
    // body has no Content-Length for curl to refuse up front.
    if (t->body.size() + n > t->options->maxBytes) {
        t->overLimit = true;
        return 0; // curl stops with CURLE_WRITE_ERROR
    }
    t->body.append(data, n);
    return n;
}

int onProgress(void *userData, curl_off_t total, curl_off_t received, curl_off_t, curl_off_t)
{
    auto *t = static_cast<Transfer *>(userData);
    if (t->options->stop.stopRequested())
        return 1; // curl stops with CURLE_ABORTED_BY_CALLBACK
    if (t->options->progress)
        t->options->progress(static_cast<uint64_t>(received), static_cast<uint64_t>(total));
    return 0;
}

struct EasyCleanup
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};

void initialiseCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string utcNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

FetchError::Code codeFor(CURLcode rc)
{
    using Code = FetchError::Code;
    switch (rc) {
    case CURLE_UNSUPPORTED_PROTOCOL: return Code::UnsupportedScheme;
    case CURLE_URL_MALFORMAT: return Code::InvalidUrl;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY: return Code::ResolveFailed;
    case CURLE_COULDNT_CONNECT: return Code::ConnectFailed;
    case CURLE_OPERATION_TIMEDOUT: return Code::TimedOut;
    case CURLE_TOO_MANY_REDIRECTS: return Code::TooManyRedirects;
    case CURLE_FILESIZE_EXCEEDED: return Code::TooLarge;
    case CURLE_ABORTED_BY_CALLBACK: return Code::Cancelled;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT: return Code::TlsFailed;
    default: return Code::ConnectionLost;
    }
}

FetchError failure(FetchError::Code code, std::string detail, long status = 0)
{
    return FetchError{code, status, std::move(detail)};
}

} // namespace

const char *fetchErrorCodeName(FetchError::Code code)
{
    using Code = FetchError::Code;
    switch (code) {
    case Code::UnsupportedScheme: return "only http and https addresses can be opened";
    case Code::InvalidUrl: return "not a valid address";
    case Code::ResolveFailed: return "could not resolve the host name";
    case Code::ConnectFailed: return "could not connect to the server";
    case Code::TimedOut: return "timed out";
    case Code::TooManyRedirects: return "too many redirects";
    case Code::HttpStatus: return "the server answered with an error";
    case Code::TooLarge: return "the page is too large";
    case Code::TlsFailed: return "the secure connection failed";
    case Code::ConnectionLost: return "the connection failed";
    case Code::Cancelled: return "cancelled";
    }
    return "download failed";
}

bool isWebUrl(std::string_view text)
{
    const auto startsWithNoCase = [text](std::string_view prefix) {
        if (text.size() <= prefix.size())
            return false;
        for (size_t i = 0; i < prefix.size(); ++i) {
            const char c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] + 32) : text[i];
            if (c != prefix[i])
                return false;
        }
        return true;
    };
    return startsWithNoCase("http://") || startsWithNoCase("https://");
}

std::string fetchUserAgent()
{
    return "Lede/" LEDE_VERSION " (article reader)";
}

Result<FetchedPage, FetchError> fetchUrl(const std::string &url, const FetchOptions &options)
{
    // Refused before curl sees it: curl would otherwise guess a scheme for "example.com" or read file: URLs.
    if (!isWebUrl(url))
        return failure(FetchError::Code::UnsupportedScheme, url);
    if (url.find_first_of(" \t\r\n") != std::string::npos)
        return failure(FetchError::Code::InvalidUrl, url);
    if (options.stop.stopRequested())
        return failure(FetchError::Code::Cancelled, "cancelled before the download started");

    initialiseCurlOnce();
    std::unique_ptr<CURL, EasyCleanup> curl(curl_easy_init());
    if (!curl)
        return failure(FetchError::Code::ConnectionLost, "curl_easy_init failed");
    CURL *h = curl.get();
    Transfer transfer;
    transfer.options = &options;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const std::string userAgent = fetchUserAgent();

    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(h, CURLOPT_MAXREDIRS, static_cast<long>(options.maxRedirects));
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, options.connectTimeoutMs);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, options.totalTimeoutMs);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, options.stallTimeoutSeconds);
    curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options.maxBytes));
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, ""); // every encoding curl can decode (gzip, deflate, …)
    curl_easy_setopt(h, CURLOPT_USERAGENT, userAgent.c_str());
    curl_easy_setopt(h, CURLOPT_FAILONERROR, 1L); // 4xx and 5xx end the transfer before the body
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);    // worker threads: no SIGALRM for timeouts
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, &transfer);

    const CURLcode rc = curl_easy_perform(h);
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    const std::string detail = errorBuffer[0] ? std::string(errorBuffer) : std::string(curl_easy_strerror(rc));

    if (rc != CURLE_OK) {
        if (transfer.overLimit)
            return failure(FetchError::Code::TooLarge,
                           "over the limit of " + std::to_string(options.maxBytes) + " bytes");
        if (rc == CURLE_HTTP_RETURNED_ERROR)
            return failure(FetchError::Code::HttpStatus, detail, status);
        if (rc == CURLE_ABORTED_BY_CALLBACK && !options.stop.stopRequested())
            return failure(FetchError::Code::ConnectionLost, detail);
        return failure(codeFor(rc), detail);
    }
    // A redirect that was not followed (no Location) or a status curl does not treat as an error.
    if (status < 200 || status >= 300)
        return failure(FetchError::Code::HttpStatus, "HTTP status " + std::to_string(status), status);

    FetchedPage page;
    page.bytes = std::move(transfer.body);
    page.httpStatus = status;
    page.fetchedAt = utcNow();
    const char *effective = nullptr;
    if (curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective)
        page.finalUrl = effective;
    else
        page.finalUrl = url;
    const char *type = nullptr;
    if (curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type)
        page.contentType = type;
    return page;
}

} // namespace lede::core

// UrlDocument: from Content-Type to a loader, then the page's address and time into the metadata.
#include "fetch/UrlDocument.h"

#include <algorithm>
#include <array>
#include <utility>

namespace lede::core {

namespace {

std::string lowerAscii(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return s;
}

// "text/HTML; charset=utf-8" → "text/html".
std::string mediaType(const std::string &contentType)
{
    std::string type = lowerAscii(contentType.substr(0, contentType.find(';')));
    const auto notSpace = [](char c) { return c != ' ' && c != '\t'; };
    type.erase(type.begin(), std::find_if(type.begin(), type.end(), notSpace));
    type.erase(std::find_if(type.rbegin(), type.rend(), notSpace).base(), type.end());
    return type;
}

// The last path segment of an address ("https://host/a/story.md?x=1#top" → "story.md"); empty for "/".
std::string fileNameOfUrl(const std::string &url)
{
    const size_t schemeEnd = url.find("://");
    const size_t hostStart = schemeEnd == std::string::npos ? 0 : schemeEnd + 3;
    const size_t pathStart = url.find('/', hostStart);
    if (pathStart == std::string::npos)
        return {};
    const size_t pathEnd = url.find_first_of("?#", pathStart);
    const std::string path =
        url.substr(pathStart, pathEnd == std::string::npos ? std::string::npos : pathEnd - pathStart);
    return path.substr(path.rfind('/') + 1);
}

bool hasLoaderForExtension(const std::string &fileName)
{
    const size_t dot = fileName.rfind('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == fileName.size())
        return false;
    const std::string ext = lowerAscii(fileName.substr(dot + 1));
    for (const auto &loader : formatLoaders()) {
        const auto exts = loader->extensions();
        if (std::find(exts.begin(), exts.end(), ext) != exts.end())
            return true;
    }
    return false;
}

} // namespace

std::string nameHintForPage(const std::string &contentType, const std::string &url)
{
    static constexpr std::array<std::pair<const char *, const char *>, 6> kByType{{
        {"text/html", "page.html"},
        {"application/xhtml+xml", "page.xhtml"},
        {"text/markdown", "page.md"},
        {"text/x-markdown", "page.md"},
        {"application/pdf", "page.pdf"},
        {"application/epub+zip", "page.epub"},
    }};
    const std::string type = mediaType(contentType);
    const std::string urlName = fileNameOfUrl(url);
    // Servers send text/plain for raw Markdown and octet-stream for anything they do not know: the
    // address's own extension is the better clue then.
    const bool vague = type.empty() || type == "text/plain" || type == "application/octet-stream";
    if (vague && hasLoaderForExtension(urlName))
        return urlName;
    for (const auto &[mime, hint] : kByType) {
        if (type == mime)
            return hint;
    }
    if (type == "text/plain")
        return "page.txt";
    // Unknown type: the address's name if a loader knows its extension, else content sniffing decides.
    return hasLoaderForExtension(urlName) ? urlName : std::string("page");
}

Result<Document, UrlLoadError> loadDocumentFromUrl(const std::string &url, const FetchOptions &fetchOptions,
                                                   const LoadOptions &loadOptions)
{
    auto fetched = fetchUrl(url, fetchOptions);
    if (!fetched)
        return UrlLoadError(fetched.error());
    LoadOptions options = loadOptions;
    options.stop = fetchOptions.stop;
    const FetchedPage &page = *fetched;
    auto loaded = loadDocumentFromBytes(page.bytes, nameHintForPage(page.contentType, page.finalUrl), options);
    if (!loaded)
        return UrlLoadError(loaded.error());
    Document doc = std::move(loaded).value();
    doc.meta.sourceUrl = page.finalUrl.empty() ? url : page.finalUrl;
    doc.meta.fetchedAt = page.fetchedAt;
    return doc;
}

} // namespace lede::core

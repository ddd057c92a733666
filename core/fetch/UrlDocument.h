// UrlDocument: a downloaded page through the normal loading path — the loader is chosen from the
// Content-Type (or the address's file name), and the Document remembers where and when it was fetched.
#pragma once

#include "document/DocumentLoader.h"
#include "fetch/UrlFetcher.h"

#include <string>
#include <variant>

namespace lede::core {

// A file name that steers loadDocumentFromBytes to the right loader: "page.html" for text/html,
// "page.md" for text/markdown, "page.txt" for text/plain; the address's own file name when the type
// says nothing more specific (application/octet-stream, text/plain for a .md address, none).
std::string nameHintForPage(const std::string &contentType, const std::string &url);

// Why a page could not be opened: the download failed, or the bytes could not be loaded.
using UrlLoadError = std::variant<FetchError, LoadError>;

// Fetches `url` and loads it. `fetchOptions.stop` also cancels the loading. The Document's
// meta.sourceUrl is the final address (after redirects) and meta.fetchedAt the time of the download.
Result<Document, UrlLoadError> loadDocumentFromUrl(const std::string &url, const FetchOptions &fetchOptions = {},
                                                   const LoadOptions &loadOptions = {});

} // namespace lede::core

// ArticleLoader: the work done off the UI thread to open a file — core::loadDocument, the
// QTextDocument for the view, and the reading statistics — packaged so a stale or cancelled
// result can be dropped safely from any thread.
#pragma once

#include "document/DocumentLoader.h"
#include "fetch/UrlFetcher.h"
#include "reader/ArticleStyle.h"
#include "reader/ReadingStats.h"

#include <QString>

#include <memory>
#include <optional>

class QTextDocument;
class QThread;

namespace lede::ui {

// Owns a QTextDocument produced on a worker thread until the UI takes it. Whoever drops the
// last reference without taking it (a closed tab, a cancelled load) has it deleted through
// deleteLater(), which is safe from any thread.
class TextDocumentHandle final
{
public:
    explicit TextDocumentHandle(std::unique_ptr<QTextDocument> doc);
    ~TextDocumentHandle();
    TextDocumentHandle(const TextDocumentHandle &) = delete;
    TextDocumentHandle &operator=(const TextDocumentHandle &) = delete;

    // Hands the document over (call on the thread it lives on, then give it a parent).
    QTextDocument *take();

private:
    QTextDocument *m_doc = nullptr;
};

struct LoadedArticle
{
    std::shared_ptr<const core::Document> document;      // null on failure
    std::shared_ptr<TextDocumentHandle> textDocument;    // null on failure
    ReadingStats stats;
    std::optional<core::LoadError> error;                // set on failure (Cancelled when stopped)
    std::optional<core::FetchError> fetchError;          // set when a page could not be downloaded

    bool ok() const { return document && textDocument && !error && !fetchError; }
};

// Loads `path` and builds its article document; the QTextDocument is moved to `uiThread`.
// Thread-safe; meant for QtConcurrent::run. Never throws.
LoadedArticle loadArticle(const QString &path, const ArticleStyle &style, const core::LoadOptions &options,
                          QThread *uiThread);

// Downloads `url` (with `fetch.stop` and `fetch.progress`), loads it and builds its article document.
LoadedArticle loadArticleFromUrl(const QString &url, const ArticleStyle &style, const core::FetchOptions &fetch,
                                 const core::LoadOptions &options, QThread *uiThread);

// The same, from a core::Document already in memory (the sample, tests).
LoadedArticle articleFromDocument(core::Document doc, const ArticleStyle &style, const core::StopToken &stop,
                                  QThread *uiThread);

} // namespace lede::ui

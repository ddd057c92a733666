// ArticleLoader: core loading plus document building, each checking the stop token.
#include "reader/ArticleLoader.h"

#include "fetch/UrlDocument.h"
#include "reader/ArticleDocumentBuilder.h"
#include "reader/ReaderLogging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextDocument>

#include <exception>

namespace lede::ui {

TextDocumentHandle::TextDocumentHandle(std::unique_ptr<QTextDocument> doc) : m_doc(doc.release()) {}

TextDocumentHandle::~TextDocumentHandle()
{
    if (m_doc)
        m_doc->deleteLater();
}

QTextDocument *TextDocumentHandle::take()
{
    return std::exchange(m_doc, nullptr);
}

namespace {

LoadedArticle failure(core::LoadError::Code code, std::string detail = {})
{
    LoadedArticle out;
    out.error = core::LoadError{code, std::move(detail)};
    return out;
}

} // namespace

LoadedArticle articleFromDocument(core::Document doc, const ArticleStyle &style, const core::StopToken &stop,
                                  QThread *uiThread)
{
    QElapsedTimer timer;
    timer.start();
    LoadedArticle out;
    out.stats = ReadingStats::of(doc.text);
    auto text = ArticleDocumentBuilder(style).build(doc, stop, uiThread);
    if (!text)
        return failure(core::LoadError::Code::Cancelled);
    out.textDocument = std::make_shared<TextDocumentHandle>(std::move(text));
    out.document = std::make_shared<const core::Document>(std::move(doc));
    qCDebug(lcReader) << "built article document in" << timer.elapsed() << "ms";
    return out;
}

LoadedArticle loadArticle(const QString &path, const ArticleStyle &style, const core::LoadOptions &options,
                          QThread *uiThread)
{
    try {
        QElapsedTimer timer;
        timer.start();
        auto loaded = core::loadDocument(std::filesystem::path(QFile::encodeName(path).toStdString()), options);
        if (!loaded)
            return failure(loaded.error().code, loaded.error().detail);
        qCDebug(lcReader) << "loaded" << path << "in" << timer.elapsed() << "ms";
        if (options.stop.stopRequested())
            return failure(core::LoadError::Code::Cancelled);
        return articleFromDocument(std::move(loaded).value(), style, options.stop, uiThread);
    } catch (const std::bad_alloc &) {
        // A file near the size limit can exhaust memory; that is a refusal, not a crash.
        return failure(core::LoadError::Code::TooLarge, "out of memory");
    } catch (const std::exception &e) {
        qCWarning(lcReader) << "loading" << path << "failed:" << e.what();
        return failure(core::LoadError::Code::Unreadable, e.what());
    }
}

LoadedArticle loadArticleFromUrl(const QString &url, const ArticleStyle &style, const core::FetchOptions &fetch,
                                 const core::LoadOptions &options, QThread *uiThread)
{
    try {
        QElapsedTimer timer;
        timer.start();
        auto loaded = core::loadDocumentFromUrl(url.toStdString(), fetch, options);
        if (!loaded) {
            if (const auto *fetchError = std::get_if<core::FetchError>(&loaded.error())) {
                if (fetchError->code == core::FetchError::Code::Cancelled)
                    return failure(core::LoadError::Code::Cancelled);
                LoadedArticle out;
                out.fetchError = *fetchError;
                return out;
            }
            const auto &loadError = std::get<core::LoadError>(loaded.error());
            return failure(loadError.code, loadError.detail);
        }
        qCDebug(lcReader) << "downloaded and loaded" << url << "in" << timer.elapsed() << "ms";
        if (fetch.stop.stopRequested())
            return failure(core::LoadError::Code::Cancelled);
        return articleFromDocument(std::move(loaded).value(), style, fetch.stop, uiThread);
    } catch (const std::bad_alloc &) {
        return failure(core::LoadError::Code::TooLarge, "out of memory");
    } catch (const std::exception &e) {
        qCWarning(lcReader) << "opening" << url << "failed:" << e.what();
        return failure(core::LoadError::Code::Unreadable, e.what());
    }
}

} // namespace lede::ui

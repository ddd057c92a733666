// DocumentTab: one open article — its loading state, a busy bar while it loads, and its view.
//
// Extension points for the annotation layer (public and stable):
//   * documentLoaded(doc) fires once, on the UI thread, after view()->document() holds the
//     article (one QTextBlock per core::Block; see ArticleDocumentBuilder.h).
//   * view() is the tab's ArticleView; document() the core::Document shown in it.
//   * addPanel() puts a widget below the text inside this tab (e.g. a find bar).
// An empty file shows a "This file is empty" page in place of the view (which still holds the empty
// document, so the extension points behave as for any article).
// Closing the tab (deleting it) cancels a load still running. A web page (loadUrl) is downloaded first, with
// its progress in the busy bar; the bar's Cancel button asks for the tab to be closed (cancelRequested).
#pragma once

#include "document/Document.h"
#include "document/DocumentLoader.h"
#include "reader/ArticleLoader.h"
#include "reader/ReadingStats.h"

#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QThreadPool;
class QTimer;
class QVBoxLayout;

namespace lede::ui {

class ArticleView;

class DocumentTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentTab)

public:
    enum class State { Empty, Loading, Loaded, Failed };

    // A busy bar appears when loading takes longer than this.
    static constexpr int busyIndicatorDelayMs = 300;

    explicit DocumentTab(QWidget *parent = nullptr);
    ~DocumentTab() override;

    // Starts loading `path` off the UI thread. Ends in documentLoaded() or loadFailed().
    void load(const QString &path, const core::LoadOptions &options = {});
    // Downloads the http(s) page at `url` off the UI thread, then loads it like a file. Ends in documentLoaded()
    // or loadFailed(); filePath() is the address from now on.
    void loadUrl(const QString &url, const core::FetchOptions &fetch = {}, const core::LoadOptions &options = {});
    // Shows a document already in memory (the sample, tests) (built off the UI thread too).
    void showDocument(core::Document doc);
    // Stops a running load; its result is discarded and neither signal fires.
    void cancel();

    State state() const { return m_state; }
    // The file's path, or the page's address for a web page.
    QString filePath() const { return m_path; }
    bool isWebPage() const { return m_webPage; }
    // The article's title, else the file name (a web page: its host and path).
    QString title() const;
    std::shared_ptr<const core::Document> document() const { return m_document; }
    ArticleView *view() const { return m_view; }
    ReadingStats stats() const { return m_stats; }
    std::optional<core::LoadError> loadError() const { return m_error; }
    std::optional<core::FetchError> fetchError() const { return m_fetchError; }
    bool isBusyIndicatorVisible() const;
    // The file loaded but holds no text (or only blank space): the tab shows a page saying so.
    bool isEmptyDocument() const { return m_emptyDocument; }
    QWidget *emptyPage() const { return m_emptyPage; }

    void addPanel(QWidget *panel);

Q_SIGNALS:
    void documentLoaded(std::shared_ptr<const lede::core::Document> document);
    // `message` is translated and names the file.
    void loadFailed(const QString &message);
    void titleChanged(const QString &title);
    // The busy bar's Cancel button: the load is already stopped; the window closes the tab.
    void cancelRequested();

private:
    using Job = std::function<LoadedArticle(const core::StopToken &, QThread *)>;
    // `pool` null: Qt's global pool. Downloads get their own (see downloadPool in the .cpp).
    void startJob(Job job, QThreadPool *pool = nullptr);
    void finish(const LoadedArticle &result, quint64 generation);
    void showDownloadProgress();
    // The name messages use: the file name, or the whole address of a web page.
    QString displayName() const;

    // Written by the download thread, read by a UI timer: atomics instead of queued calls, which could
    // outlive the tab.
    struct DownloadProgress
    {
        std::atomic<uint64_t> received{0};
        std::atomic<uint64_t> total{0};
    };

    QVBoxLayout *m_layout = nullptr;
    QWidget *m_busyBanner = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busySize = nullptr; // "2.0 kB of 25.4 kB" while downloading
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_busyTimer = nullptr;
    QTimer *m_progressTimer = nullptr;
    std::shared_ptr<DownloadProgress> m_progress;
    ArticleView *m_view = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyDetail = nullptr;
    bool m_emptyDocument = false;

    State m_state = State::Empty;
    QString m_path;
    bool m_webPage = false;
    core::LoadOptions m_options;
    quint64 m_fetchLimit = 0;
    std::shared_ptr<core::StopSource> m_stop;
    quint64 m_generation = 0;
    std::shared_ptr<const core::Document> m_document;
    ReadingStats m_stats;
    std::optional<core::LoadError> m_error;
    std::optional<core::FetchError> m_fetchError;
};

} // namespace lede::ui

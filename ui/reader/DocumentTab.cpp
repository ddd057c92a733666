// DocumentTab: runs the load with QtConcurrent and drops results that are stale or cancelled.
#include "reader/DocumentTab.h"

#include "reader/ArticleView.h"
#include "reader/FetchErrorText.h"
#include "reader/LoadErrorText.h"
#include "reader/ReaderLogging.h"
#include "reader/WebAddress.h"
#include "threads/WhenFinished.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTextDocument>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lede::ui {

namespace {

// Downloads wait on the network, not the CPU. On Qt's global pool (one thread per core) two slow pages would
// take every thread, and the raster paint engine, which hands work to that pool and waits for it, would
// freeze the window until they finished. They get a pool of their own, owned by the application so it is
// joined before exit (a closed tab stops its download within a second).
QThreadPool *downloadPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setObjectName(QStringLiteral("lede-downloads"));
        p->setMaxThreadCount(8);
        return p;
    }();
    return pool;
}

} // namespace

DocumentTab::DocumentTab(QWidget *parent)
    : QWidget(parent), m_view(new ArticleView(ArticleStyle::fromApplication(), this))
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);

    m_busyBanner = new QWidget(this);
    m_busyBanner->setObjectName(QStringLiteral("busyBanner"));
    auto *bannerLayout = new QHBoxLayout(m_busyBanner);
    m_busyLabel = new QLabel(m_busyBanner);
    m_busyBar = new QProgressBar(m_busyBanner);
    m_busyBar->setRange(0, 0); // loaders report no fraction; only a download of known size fills the bar
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(240);
    m_busyBar->setMinimumWidth(160);
    m_busySize = new QLabel(m_busyBanner);
    m_busySize->setObjectName(QStringLiteral("busySize"));
    // Wide enough for "999.9 MB of 999.9 MB", so the Cancel button does not move while the numbers change.
    m_busySize->setMinimumWidth(m_busySize->fontMetrics().horizontalAdvance(QStringLiteral("0000.0 MB of 0000.0 MB")));
    m_busySize->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), m_busyBanner);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoad"));
    m_cancelButton->setToolTip(tr("Stop opening and close this tab"));
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        cancel();
        Q_EMIT cancelRequested();
    });
    bannerLayout->addWidget(m_busyLabel);
    bannerLayout->addWidget(m_busyBar);
    bannerLayout->addWidget(m_busySize);
    bannerLayout->addWidget(m_cancelButton);
    bannerLayout->addStretch(1);
    m_busyBanner->hide();

    m_emptyPage = new QWidget(this);
    m_emptyPage->setObjectName(QStringLiteral("emptyPage"));
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    auto *emptyTitle = new QLabel(tr("This file is empty"), m_emptyPage);
    emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    QFont titleFont = emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    emptyTitle->setFont(titleFont);
    m_emptyDetail = new QLabel(m_emptyPage);
    m_emptyDetail->setObjectName(QStringLiteral("emptyDetail"));
    m_emptyDetail->setWordWrap(true);
    m_emptyDetail->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *label : {emptyTitle, m_emptyDetail}) {
        label->setAlignment(Qt::AlignHCenter);
        label->setTextFormat(Qt::PlainText);
    }
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(m_emptyDetail);
    emptyLayout->addStretch(3);
    m_emptyPage->hide();

    m_layout->addWidget(m_busyBanner);
    m_layout->addWidget(m_view, 1);
    m_layout->addWidget(m_emptyPage, 1);

    m_busyTimer = new QTimer(this);
    m_busyTimer->setSingleShot(true);
    m_busyTimer->setInterval(busyIndicatorDelayMs);
    connect(m_busyTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Loading)
            m_busyBanner->show();
    });
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &DocumentTab::showDownloadProgress);
}

DocumentTab::~DocumentTab()
{
    cancel();
}

QString DocumentTab::title() const
{
    if (m_document && !m_document->meta.title.empty())
        return QString::fromStdString(m_document->meta.title).simplified();
    if (m_webPage)
        return WebAddress::shortName(m_path);
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

QString DocumentTab::displayName() const
{
    return m_webPage ? m_path : QFileInfo(m_path).fileName();
}

bool DocumentTab::isBusyIndicatorVisible() const
{
    return m_busyBanner->isVisibleTo(this);
}

void DocumentTab::addPanel(QWidget *panel)
{
    m_layout->addWidget(panel);
}

void DocumentTab::load(const QString &path, const core::LoadOptions &options)
{
    m_path = path;
    m_webPage = false;
    m_options = options;
    m_busyLabel->setText(tr("Opening “%1”…").arg(QFileInfo(path).fileName()));
    Q_EMIT titleChanged(title());
    startJob([path, options, style = m_view->articleStyle()](const core::StopToken &stop, QThread *ui) {
        core::LoadOptions withStop = options;
        withStop.stop = stop;
        return loadArticle(path, style, withStop, ui);
    });
}

void DocumentTab::loadUrl(const QString &url, const core::FetchOptions &fetch, const core::LoadOptions &options)
{
    m_path = url;
    m_webPage = true;
    m_options = options;
    m_fetchLimit = fetch.maxBytes;
    const QFontMetrics metrics = m_busyLabel->fontMetrics();
    m_busyLabel->setText(
        tr("Downloading “%1”…")
            .arg(metrics.elidedText(WebAddress::shortName(url), Qt::ElideMiddle, metrics.averageCharWidth() * 50)));
    Q_EMIT titleChanged(title());
    auto progress = std::make_shared<DownloadProgress>();
    startJob(
        [url, fetch, options, progress, style = m_view->articleStyle()](const core::StopToken &stop, QThread *ui) {
            core::FetchOptions withProgress = fetch;
            withProgress.stop = stop;
            withProgress.progress = [progress](uint64_t received, uint64_t total) {
                progress->received = received;
                progress->total = total;
            };
            return loadArticleFromUrl(url, style, withProgress, options, ui);
        },
        downloadPool());
    // After startJob: it cancels (and forgets) any earlier download's progress.
    m_progress = progress;
    m_busySize->show(); // empty until bytes arrive, but holding its place
    m_progressTimer->start();
}

void DocumentTab::showDownloadProgress()
{
    if (!m_progress || m_state != State::Loading)
        return;
    const uint64_t received = m_progress->received;
    const uint64_t total = m_progress->total;
    const auto size = [](uint64_t bytes) {
        return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeTraditionalFormat);
    };
    if (total > 0 && received <= total) {
        // Per mille, so a 20 MB page moves the bar smoothly without overflowing int.
        m_busyBar->setRange(0, 1000);
        m_busyBar->setValue(static_cast<int>(received * 1000 / total));
        //: Download progress: bytes received of the page's size, e.g. "2.0 kB of 25.4 kB"
        m_busySize->setText(tr("%1 of %2").arg(size(received), size(total)));
    } else {
        m_busyBar->setRange(0, 0);
        m_busySize->setText(received > 0 ? size(received) : QString());
    }
}

void DocumentTab::showDocument(core::Document doc)
{
    m_path = QString::fromStdString(doc.meta.sourcePath);
    m_webPage = false;
    m_busyLabel->setText(tr("Preparing the article…"));
    auto shared = std::make_shared<core::Document>(std::move(doc));
    startJob([shared, style = m_view->articleStyle()](const core::StopToken &stop, QThread *ui) {
        return articleFromDocument(std::move(*shared), style, stop, ui);
    });
}

void DocumentTab::startJob(Job job, QThreadPool *pool)
{
    cancel();
    m_stop = std::make_shared<core::StopSource>();
    m_state = State::Loading;
    m_error.reset();
    m_fetchError.reset();
    m_busyBar->setRange(0, 0); // loaders report no fraction; only a download of known size fills the bar
    const quint64 generation = ++m_generation;
    m_busyTimer->start();

    // The continuation runs on this tab's thread, and not at all once the tab is destroyed.
    auto work = [job = std::move(job), stop = m_stop->token(), ui = thread()] { return job(stop, ui); };
    whenFinished(pool ? QtConcurrent::run(pool, std::move(work)) : QtConcurrent::run(std::move(work)), this,
                 [this, generation](const LoadedArticle &result) { finish(result, generation); });
}

void DocumentTab::cancel()
{
    if (m_stop)
        m_stop->requestStop();
    m_stop.reset();
    if (m_state == State::Loading) {
        ++m_generation; // whatever the running job returns is now stale
        m_state = m_document ? State::Loaded : State::Empty;
    }
    m_busyTimer->stop();
    m_progressTimer->stop();
    m_progress.reset();
    m_busySize->clear();
    m_busySize->hide();
    m_busyBanner->hide();
}

void DocumentTab::finish(const LoadedArticle &result, quint64 generation)
{
    if (generation != m_generation || m_state != State::Loading)
        return; // cancelled or superseded; the handle frees the QTextDocument
    m_busyTimer->stop();
    m_progressTimer->stop();
    m_progress.reset();
    m_busyBanner->hide();
    m_stop.reset();

    if (result.fetchError) {
        m_state = State::Failed;
        m_fetchError = result.fetchError;
        qCInfo(lcReader) << "could not download" << m_path << ":" << core::fetchErrorCodeName(m_fetchError->code)
                         << m_fetchError->httpStatus << QString::fromStdString(m_fetchError->detail);
        Q_EMIT loadFailed(FetchErrorText::message(*m_fetchError, m_path, m_fetchLimit));
        return;
    }
    if (!result.ok()) {
        m_state = State::Failed;
        m_error = result.error.value_or(core::LoadError{core::LoadError::Code::Unreadable, {}});
        const QString message = LoadErrorText::message(*m_error, displayName(), m_options.maxFileBytes);
        qCInfo(lcReader) << "could not open" << m_path << ":" << core::loadErrorCodeName(m_error->code)
                         << QString::fromStdString(m_error->detail);
        Q_EMIT loadFailed(message);
        return;
    }
    m_state = State::Loaded;
    m_document = result.document;
    m_stats = result.stats;
    QElapsedTimer timer;
    timer.start();
    m_view->setArticleDocument(result.textDocument->take());
    const std::u16string &text = m_document->text;
    m_emptyDocument = std::all_of(text.begin(), text.end(), [](char16_t c) { return QChar::isSpace(c); });
    if (m_emptyDocument)
        m_emptyDetail->setText(tr("“%1” has no text to show.").arg(displayName()));
    m_view->setVisible(!m_emptyDocument);
    m_emptyPage->setVisible(m_emptyDocument);
    qCDebug(lcReader) << "article shown in" << timer.elapsed() << "ms";
    Q_EMIT titleChanged(title());
    Q_EMIT documentLoaded(m_document);
}

} // namespace lede::ui

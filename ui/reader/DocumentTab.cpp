// DocumentTab: runs the load with QtConcurrent and drops results that are stale or cancelled.
#include "reader/DocumentTab.h"

#include "reader/ArticleView.h"
#include "reader/LoadErrorText.h"
#include "reader/ReaderLogging.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lede::ui {

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
    m_busyBar->setRange(0, 0); // the loaders report no fraction; an indeterminate bar is honest
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(240);
    bannerLayout->addWidget(m_busyLabel);
    bannerLayout->addWidget(m_busyBar);
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
}

DocumentTab::~DocumentTab()
{
    cancel();
}

QString DocumentTab::title() const
{
    if (m_document && !m_document->meta.title.empty())
        return QString::fromStdString(m_document->meta.title).simplified();
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
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
    m_options = options;
    m_busyLabel->setText(tr("Opening “%1”…").arg(QFileInfo(path).fileName()));
    Q_EMIT titleChanged(title());
    startJob([path, options, style = m_view->articleStyle()](const core::StopToken &stop, QThread *ui) {
        core::LoadOptions withStop = options;
        withStop.stop = stop;
        return loadArticle(path, style, withStop, ui);
    });
}

void DocumentTab::showDocument(core::Document doc)
{
    m_path = QString::fromStdString(doc.meta.sourcePath);
    m_busyLabel->setText(tr("Preparing the article…"));
    auto shared = std::make_shared<core::Document>(std::move(doc));
    startJob([shared, style = m_view->articleStyle()](const core::StopToken &stop, QThread *ui) {
        return articleFromDocument(std::move(*shared), style, stop, ui);
    });
}

void DocumentTab::startJob(Job job)
{
    cancel();
    m_stop = std::make_shared<core::StopSource>();
    m_state = State::Loading;
    m_error.reset();
    const quint64 generation = ++m_generation;
    m_busyTimer->start();

    // The continuation runs on this tab's thread, and not at all once the tab is destroyed.
    QtConcurrent::run([job = std::move(job), stop = m_stop->token(), ui = thread()] { return job(stop, ui); })
        .then(this, [this, generation](const LoadedArticle &result) { finish(result, generation); });
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
    m_busyBanner->hide();
}

void DocumentTab::finish(const LoadedArticle &result, quint64 generation)
{
    if (generation != m_generation || m_state != State::Loading)
        return; // cancelled or superseded; the handle frees the QTextDocument
    m_busyTimer->stop();
    m_busyBanner->hide();
    m_stop.reset();

    if (!result.ok()) {
        m_state = State::Failed;
        m_error = result.error.value_or(core::LoadError{core::LoadError::Code::Unreadable, {}});
        const QString message =
            LoadErrorText::message(*m_error, QFileInfo(m_path).fileName(), m_options.maxFileBytes);
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
        m_emptyDetail->setText(tr("“%1” has no text to show.").arg(QFileInfo(m_path).fileName()));
    m_view->setVisible(!m_emptyDocument);
    m_emptyPage->setVisible(m_emptyDocument);
    qCDebug(lcReader) << "article shown in" << timer.elapsed() << "ms";
    Q_EMIT titleChanged(title());
    Q_EMIT documentLoaded(m_document);
}

} // namespace lede::ui

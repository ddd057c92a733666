// MainWindow: assembles the window from its parts and routes open requests to tabs.
#include "reader/MainWindow.h"

#include "common/DataPaths.h"
#include "document/FileReading.h"
#include "reader/ArticleView.h"
#include "reader/DocumentTab.h"
#include "reader/FileDrop.h"
#include "reader/FileFilters.h"
#include "reader/LoadErrorText.h"
#include "reader/OpenBatch.h"
#include "reader/OpenLocationDialog.h"
#include "reader/ProblemDialog.h"
#include "reader/ReaderLogging.h"
#include "reader/ReaderMenus.h"
#include "reader/ReaderSettings.h"
#include "reader/RecentFiles.h"
#include "reader/StatusText.h"
#include "reader/TabNavigation.h"
#include "reader/WebAddress.h"
#include "reader/WelcomePage.h"

#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>

namespace lede::ui {

namespace {

constexpr int kTabTitleMaxPixels = 220;

// The name a message uses for a path: its file name, or the whole path when that is empty
// ("folder/" or "/").
QString displayName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? QDir::toNativeSeparators(path) : name;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_recent(new RecentFiles(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowTitle(tr("Lede"));
    m_tabs = new QTabWidget(this);
    m_tabNavigation = new TabNavigation(m_tabs, this);
    connect(m_tabNavigation, &TabNavigation::closeRequested, this, &MainWindow::closeTab);
    connect(m_tabNavigation, &TabNavigation::reopenRequested, this, [this](const QString &path) { openFiles({path}); });
    m_menus = new ReaderMenus(this, m_recent, m_tabNavigation, [this]() -> ArticleView * {
        DocumentTab *tab = currentTab();
        return tab ? tab->view() : nullptr;
    });
    connect(m_menus, &ReaderMenus::openRequested, this, &MainWindow::openWithDialog);
    connect(m_menus, &ReaderMenus::openLocationRequested, this, &MainWindow::openLocationDialog);
    connect(m_menus, &ReaderMenus::recentFileChosen, this, &MainWindow::openRecent);
    connect(m_menus, &ReaderMenus::closeTabRequested, this, [this] { closeTab(m_tabs->currentIndex()); });
    createCentralArea();

    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLevel"));
    m_zoomLabel->setContentsMargins(0, 0, m_zoomLabel->fontMetrics().averageCharWidth() * 2, 0);
    statusBar()->addPermanentWidget(m_zoomLabel);
    m_statsLabel = new QLabel(this);
    m_statsLabel->setObjectName(QStringLiteral("readingStats"));
    m_statsLabel->setToolTip(tr("Reading time at %Ln words a minute", nullptr, ReadingStats::wordsPerMinute));
    statusBar()->addPermanentWidget(m_statsLabel);

    updateActions();
}

// The tabs go in QWidget's destructor, when this object is no longer a MainWindow: nothing they do then
// may reach us. Open requests still pending are dropped (there is no one left to tell), and the tabs'
// signals to us are cut while we are whole.
MainWindow::~MainWindow()
{
    qDeleteAll(findChildren<OpenBatch *>(Qt::FindDirectChildrenOnly));
    disconnect(m_tabs, nullptr, this, nullptr);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (DocumentTab *tab = tabAt(i)) {
            disconnect(tab, nullptr, this, nullptr);
            disconnect(tab->view(), nullptr, this, nullptr);
        }
    }
}

void MainWindow::createCentralArea()
{
    m_tabs->setObjectName(QStringLiteral("articleTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    // Titles are elided to kTabTitleMaxPixels by updateTabText; Qt's own eliding would crush every tab to
    // "Th…" before the scroll buttons appear.
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->tabBar()->setExpanding(false);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentChanged);

    auto *welcome = new WelcomePage(this);
    connect(welcome, &WelcomePage::openRequested, this, &MainWindow::openWithDialog);
    m_welcome = welcome;

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);
}

QMenu *MainWindow::fileMenu() const
{
    return m_menus->fileMenu();
}

QAction *MainWindow::fileMenuInsertionPoint() const
{
    return m_menus->fileMenuInsertionPoint();
}

QMenu *MainWindow::editMenu() const
{
    return m_menus->editMenu();
}

QMenu *MainWindow::viewMenu() const
{
    return m_menus->viewMenu();
}

QToolBar *MainWindow::legendToolBar()
{
    if (!m_legendToolBar) {
        m_legendToolBar = new QToolBar(tr("Legend"), this);
        m_legendToolBar->setObjectName(QStringLiteral("legendToolBar"));
        addToolBar(Qt::TopToolBarArea, m_legendToolBar);
        m_menus->viewMenu()->addAction(m_legendToolBar->toggleViewAction());
    }
    return m_legendToolBar;
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

DocumentTab *MainWindow::tabAt(int index) const
{
    return qobject_cast<DocumentTab *>(m_tabs->widget(index));
}

DocumentTab *MainWindow::currentTab() const
{
    return qobject_cast<DocumentTab *>(m_tabs->currentWidget());
}

void MainWindow::openWithDialog()
{
    auto settings = openReaderSettings();
    const QString startDir = settings->value(key(settingsKey::lastDirectory), QDir::homePath()).toString();
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Open Articles"), startDir, FileFilters::openDialogFilter());
    if (files.isEmpty())
        return;
    settings->setValue(key(settingsKey::lastDirectory), QFileInfo(files.front()).absolutePath());
    openFiles(files);
}

void MainWindow::openLocationDialog()
{
    auto *dialog = new OpenLocationDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OpenLocationDialog::addressChosen, this,
            [this](const QUrl &url) { openFiles({url.toString(QUrl::FullyEncoded)}); });
    dialog->open(); // window-modal and non-blocking
}

void MainWindow::openRecent(const QString &path)
{
    if (!WebAddress::isWebAddress(path) && !QFileInfo::exists(path)) {
        m_recent->remove(path);
        showProblem(tr("“%1” no longer exists, so it was removed from the recent files.")
                        .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openFiles({path});
}

void MainWindow::openFiles(const QStringList &paths)
{
    openGroup(paths, {});
}

void MainWindow::openGroup(const QStringList &paths, QStringList earlyFailures)
{
    auto *batch = new OpenBatch(this);
    connect(batch, &OpenBatch::finished, this, &MainWindow::reportFailures);
    for (const QString &failure : earlyFailures)
        batch->addFailure(failure);

    DocumentTab *first = nullptr;
    for (const QString &path : paths) {
        if (WebAddress::isWebAddress(path)) {
            DocumentTab *tab = findTab(path);
            if (!tab) {
                tab = addTab(path);
                batch->track(tab);
                tab->loadUrl(path);
            }
            first = first ? first : tab;
            continue;
        }
        const QFileInfo info(path);
        // Folders, devices, missing paths and link loops are known at once: no tab flashes open for them.
        if (const auto refused = core::checkDocumentPath(QFile::encodeName(path).toStdString())) {
            // A name with bytes that are not valid UTF-8 arrives with U+FFFD in it, and so is "missing".
            const bool badName =
                refused->code == core::LoadError::Code::NotFound && path.contains(QChar::ReplacementCharacter);
            batch->addFailure(badName ? LoadErrorText::unrepresentableName(displayName(path))
                                      : LoadErrorText::message(*refused, displayName(path)));
            continue;
        }
        if (DocumentTab *open = findTab(path)) {
            first = first ? first : open;
            continue;
        }
        DocumentTab *tab = addTab(path);
        batch->track(tab);
        first = first ? first : tab;
        tab->load(info.absoluteFilePath());
    }
    if (first)
        m_tabs->setCurrentWidget(first);
    batch->seal();
}

DocumentTab *MainWindow::findTab(const QString &path) const
{
    const bool web = WebAddress::isWebAddress(path);
    const QString wanted = web ? path : QFileInfo(path).canonicalFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        DocumentTab *tab = tabAt(i);
        if (!tab || wanted.isEmpty() || tab->isWebPage() != web || tab->state() == DocumentTab::State::Failed)
            continue;
        if ((web ? tab->filePath() : QFileInfo(tab->filePath()).canonicalFilePath()) == wanted)
            return tab;
    }
    return nullptr;
}

DocumentTab *MainWindow::addTab(const QString &path)
{
    auto *tab = new DocumentTab(m_tabs);
    connect(tab, &DocumentTab::titleChanged, this, [this, tab] { updateTabText(tab); });
    connect(tab, &DocumentTab::documentLoaded, this, [this, tab] { onTabLoaded(tab); });
    connect(tab, &DocumentTab::loadFailed, this, [this, tab] { onTabFailed(tab); });
    connect(tab, &DocumentTab::cancelRequested, this, [this, tab] { closeTab(m_tabs->indexOf(tab)); });
    connect(tab->view(), &ArticleView::zoomChanged, this, &MainWindow::updateStatus);
    m_tabs->addTab(tab, WebAddress::isWebAddress(path) ? WebAddress::shortName(path) : QFileInfo(path).fileName());
    m_stack->setCurrentWidget(m_tabs);
    Q_EMIT tabCreated(tab);
    updateActions();
    return tab;
}

bool MainWindow::openSample()
{
    const auto sample = core::findDataFile("samples/sample-article.md");
    if (!sample) {
        qCWarning(lcReader) << "sample article not found under" << QString::fromStdString(core::dataDirectory().string());
        showProblem(tr("The sample article is missing from this installation."),
                    tr("Lede looked for it in %1.")
                        .arg(QDir::toNativeSeparators(
                            QString::fromStdString((core::dataDirectory() / "samples").string()))));
        return false;
    }
    m_samplePath = QFileInfo(QString::fromStdString(sample->string())).absoluteFilePath();
    openFiles({m_samplePath});
    return true;
}

void MainWindow::closeTab(int index)
{
    DocumentTab *tab = tabAt(index);
    if (!tab)
        return;
    tab->cancel();
    if (tab->state() == DocumentTab::State::Loaded && tab->filePath() != m_samplePath)
        m_tabNavigation->rememberClosed(tab->filePath());
    m_tabs->removeTab(index);
    tab->deleteLater();
    if (m_tabs->count() == 0) {
        m_stack->setCurrentWidget(m_welcome);
        onCurrentChanged();
    }
    updateActions();
}

void MainWindow::onTabLoaded(DocumentTab *tab)
{
    if (tab->filePath() != m_samplePath)
        m_recent->add(tab->filePath());
    updateTabText(tab);
    if (tab == currentTab()) {
        updateWindowTitle();
        updateStatus();
    }
}

void MainWindow::onTabFailed(DocumentTab *tab)
{
    // The message is reported by the tab's OpenBatch; a failed tab has nothing to show.
    const int index = m_tabs->indexOf(tab);
    if (index >= 0)
        closeTab(index);
}

void MainWindow::onCurrentChanged()
{
    updateWindowTitle();
    updateStatus();
    updateActions();
    Q_EMIT currentTabChanged(currentTab());
}

void MainWindow::updateTabText(DocumentTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    const QString title = tab->title();
    const QFontMetrics metrics(m_tabs->tabBar()->font());
    m_tabs->setTabText(index, metrics.elidedText(title, Qt::ElideRight, kTabTitleMaxPixels).replace(u'&', QStringLiteral("&&")));
    const QString where = tab->isWebPage() ? tab->filePath() : QDir::toNativeSeparators(tab->filePath());
    const bool titleIsName = tab->isWebPage() ? title == WebAddress::shortName(tab->filePath())
                                              : title == QFileInfo(tab->filePath()).fileName();
    m_tabs->setTabToolTip(index, titleIsName ? where : title + u'\n' + where);
    if (tab == currentTab())
        updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    const DocumentTab *tab = currentTab();
    setWindowTitle(tab ? tr("%1 — Lede").arg(tab->title()) : tr("Lede"));
}

void MainWindow::updateStatus()
{
    const DocumentTab *tab = currentTab();
    m_zoomLabel->setText(tab ? StatusText::zoom(tab->view()->zoomStep()) : QString());
    m_zoomLabel->setVisible(!m_zoomLabel->text().isEmpty());
    if (!tab || tab->state() != DocumentTab::State::Loaded) {
        m_statsLabel->clear();
        return;
    }
    const auto words = static_cast<int>(std::min<int64_t>(tab->stats().words, std::numeric_limits<int>::max()));
    const QString wordText = tr("%Ln word(s)", nullptr, words);
    const QString timeText = StatusText::readingTime(tab->stats().readingMinutes());
    m_statsLabel->setText(words == 0 ? tr("No words") : wordText + QStringLiteral("  ·  ") + timeText);
}

void MainWindow::updateActions()
{
    m_menus->setHasTabs(m_tabs->count() > 0);
    m_tabNavigation->updateActions();
}

void MainWindow::reportFailures(const QStringList &failures)
{
    Q_EMIT openRequestFinished(failures);
    if (failures.isEmpty())
        return;
    if (failures.size() == 1) {
        showProblem(failures.front());
        return;
    }
    showProblem(tr("%Ln file(s) could not be opened.", nullptr, static_cast<int>(failures.size())), {}, failures);
}

void MainWindow::showProblem(const QString &text, const QString &details, const QStringList &items)
{
    qCInfo(lcReader).noquote() << text << details << items.join(u'\n');
    auto *box = new ProblemDialog(text, details, items, this);
    box->setObjectName(QStringLiteral("problemMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal and non-blocking: no nested event loop
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_layoutRestored) {
        m_layoutRestored = true;
        restoreLayout();
    }
    QMainWindow::showEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    auto settings = openReaderSettings();
    const QByteArray geometry = settings->value(key(settingsKey::windowGeometry)).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First run: room for the article column and the side panels, never larger than the screen.
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 900);
        // Three columns (entities, article, context and timeline) need the width of a large screen.
        resize(std::min(1480, avail.width() * 9 / 10), std::min(920, avail.height() * 9 / 10));
        move(avail.center() - rect().center());
    }
    const QByteArray state = settings->value(key(settingsKey::windowState)).toByteArray();
    if (state.isEmpty() || !restoreState(state))
        Q_EMIT defaultLayoutNeeded();
}

void MainWindow::saveLayout() const
{
    auto settings = openReaderSettings();
    settings->setValue(key(settingsKey::windowGeometry), saveGeometry());
    settings->setValue(key(settingsKey::windowState), saveState());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // The pointer shows whether the drop is taken; the status bar says what will happen.
    if (FileDrop::accepts(event->mimeData())) {
        event->acceptProposedAction();
        const int n = FileDrop::fileCount(event->mimeData());
        statusBar()->showMessage(tr("Drop to open %Ln file(s)", nullptr, n));
    } else if (event->mimeData() && event->mimeData()->hasUrls()) {
        event->ignore();
        statusBar()->showMessage(tr("Folders cannot be opened; drop the files inside them instead."));
    }
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (FileDrop::accepts(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    statusBar()->clearMessage();
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    statusBar()->clearMessage();
    const FileDrop drop = FileDrop::from(event->mimeData());
    if (drop.localFiles.isEmpty() && drop.webUrls.isEmpty() && drop.remoteUrls.isEmpty())
        return;
    event->acceptProposedAction();
    QStringList early;
    for (const QString &url : drop.remoteUrls)
        early.append(tr("“%1” is not a local file. Save it to your computer first, then open it.").arg(url));
    openGroup(drop.localFiles + drop.webUrls, early);
}

} // namespace lede::ui

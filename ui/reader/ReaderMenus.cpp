// ReaderMenus: the reader's menus and their actions.
// The strings keep MainWindow's translation context (MainWindow::tr), where their translations are.
#include "reader/ReaderMenus.h"

#include "reader/AboutDialog.h"
#include "reader/ArticleView.h"
#include "reader/MainWindow.h"
#include "reader/RecentFilesMenu.h"
#include "reader/TabNavigation.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>

namespace lede::ui {

namespace {
// `primary` plus the platform's bindings for `standard`, without duplicates (a repeated
// sequence would make the shortcut ambiguous and dead).
QList<QKeySequence> withStandardKey(const QKeySequence &primary, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> keys{primary};
    for (const QKeySequence &k : QKeySequence::keyBindings(standard))
        if (!keys.contains(k))
            keys.append(k);
    return keys;
}
} // namespace

ReaderMenus::ReaderMenus(QMainWindow *window, RecentFiles *recent, TabNavigation *tabNavigation,
                         std::function<ArticleView *()> currentView)
    : QObject(window), m_window(window), m_tabNavigation(tabNavigation), m_currentView(std::move(currentView))
{
    createActions();
    createMenus(recent);
}

ReaderMenus::~ReaderMenus() = default;

void ReaderMenus::createActions()
{
    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), MainWindow::tr("&Open…"), m_window);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(MainWindow::tr("Open one or more articles"));
    connect(m_openAction, &QAction::triggered, this, &ReaderMenus::openRequested);
    m_openLocationAction = new QAction(MainWindow::tr("Open &Location…"), m_window);
    m_openLocationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_openLocationAction->setStatusTip(MainWindow::tr("Download a web page by its address and open it"));
    connect(m_openLocationAction, &QAction::triggered, this, &ReaderMenus::openLocationRequested);

    m_closeTabAction = new QAction(MainWindow::tr("&Close Tab"), m_window);
    m_closeTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeTabAction, &QAction::triggered, this, &ReaderMenus::closeTabRequested);

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), MainWindow::tr("&Quit"), m_window);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, m_window, &QWidget::close);

    m_copyAction = new QAction(MainWindow::tr("&Copy"), m_window);
    m_copyAction->setShortcut(QKeySequence::Copy);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        if (ArticleView *view = m_currentView())
            view->copy();
    });
    m_selectAllAction = new QAction(MainWindow::tr("Select &All"), m_window);
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    connect(m_selectAllAction, &QAction::triggered, this, [this] {
        if (ArticleView *view = m_currentView())
            view->selectAll();
    });

    // Ctrl+= is where "+" sits unshifted on US keyboards; the platform's ZoomIn key works too.
    m_zoomInAction = new QAction(MainWindow::tr("Zoom &In"), m_window);
    m_zoomInAction->setShortcuts(withStandardKey(QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn));
    connect(m_zoomInAction, &QAction::triggered, this, [this] {
        if (ArticleView *view = m_currentView())
            view->increaseZoom();
    });
    m_zoomOutAction = new QAction(MainWindow::tr("Zoom &Out"), m_window);
    m_zoomOutAction->setShortcuts(withStandardKey(QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut));
    connect(m_zoomOutAction, &QAction::triggered, this, [this] {
        if (ArticleView *view = m_currentView())
            view->decreaseZoom();
    });
    m_zoomResetAction = new QAction(MainWindow::tr("&Reset Zoom"), m_window);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, this, [this] {
        if (ArticleView *view = m_currentView())
            view->resetZoom();
    });

    m_aboutAction = new QAction(MainWindow::tr("&About Lede"), m_window);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { AboutDialog::show(m_window); });
    m_aboutQtAction = new QAction(MainWindow::tr("About &Qt"), m_window);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void ReaderMenus::createMenus(RecentFiles *recent)
{
    m_fileMenu = m_window->menuBar()->addMenu(MainWindow::tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openLocationAction);
    m_recentMenu = new RecentFilesMenu(recent, m_window);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, this, &ReaderMenus::recentFileChosen);
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addAction(m_tabNavigation->reopenClosedTabAction());
    m_fileInsertionPoint = m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeTabAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = m_window->menuBar()->addMenu(MainWindow::tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_copyAction);
    m_editMenu->addAction(m_selectAllAction);

    m_viewMenu = m_window->menuBar()->addMenu(MainWindow::tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomResetAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_tabNavigation->nextTabAction());
    m_viewMenu->addAction(m_tabNavigation->previousTabAction());
    m_viewMenu->addSeparator();

    m_helpMenu = m_window->menuBar()->addMenu(MainWindow::tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void ReaderMenus::setHasTabs(bool hasTabs)
{
    for (QAction *a :
         {m_closeTabAction, m_copyAction, m_selectAllAction, m_zoomInAction, m_zoomOutAction, m_zoomResetAction})
        a->setEnabled(hasTabs);
}

} // namespace lede::ui

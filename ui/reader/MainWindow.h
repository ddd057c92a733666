// MainWindow: the reader window — a tab per open article, the File/Edit/View/Help menus (ReaderMenus), drag
// and drop, the status bar, and persistence of geometry, dock layout and recent files.
//
// Extension points for the annotation layer (keep these stable):
//   * tabCreated(tab) fires for every new DocumentTab before it starts loading; connect to its
//     documentLoaded() to attach per-document work. currentTabChanged() follows the tab bar.
//   * fileMenu() with fileMenuInsertionPoint() (insert Export/Print actions before it),
//     editMenu() (Find…), viewMenu() (legend toggles, panel toggles; zoom is already there),
//     legendToolBar() (created on first call), and QMainWindow::addDockWidget() for panels.
//     Give docks and toolbars an objectName: the window restores their layout when first
//     shown, so add them before show().
#pragma once

#include "document/Document.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace lede::ui {

class DocumentTab;
class RecentFiles;
class ReaderMenus;
class TabNavigation;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens each file in its own tab (a file already open is brought to the front); an http(s) address is
    // downloaded into its tab (see DocumentTab::loadUrl). Folders,
    // missing files and files the loaders refuse are reported together in one message once the
    // whole group has settled; the others open.
    void openFiles(const QStringList &paths);
    // Opens the bundled sample article; false (and a message) when it is not installed.
    bool openSample();
    void closeTab(int index);

    int tabCount() const;
    DocumentTab *tabAt(int index) const;
    DocumentTab *currentTab() const;
    QTabWidget *tabWidget() const { return m_tabs; }
    RecentFiles *recentFiles() const { return m_recent; }
    TabNavigation *tabNavigation() const { return m_tabNavigation; }

    QMenu *fileMenu() const;
    QAction *fileMenuInsertionPoint() const;
    QMenu *editMenu() const;
    QMenu *viewMenu() const;
    QToolBar *legendToolBar();

Q_SIGNALS:
    void tabCreated(lede::ui::DocumentTab *tab);
    void currentTabChanged(lede::ui::DocumentTab *tab); // null when no tab is open
    // One open request (openFiles, a drop, a recent file) has settled; `failures` are the
    // translated messages shown to the user (empty when everything opened).
    void openRequestFinished(const QStringList &failures);
    // The window is shown for the first time with no saved layout: the docks may size themselves (a
    // layout the user saved is restored instead, and this is not emitted).
    void defaultLayoutNeeded();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createCentralArea();
    void openWithDialog();
    void openLocationDialog();
    void openRecent(const QString &path);
    void openGroup(const QStringList &paths, QStringList earlyFailures);
    DocumentTab *addTab(const QString &path);
    DocumentTab *findTab(const QString &path) const;
    void onTabLoaded(DocumentTab *tab);
    void onTabFailed(DocumentTab *tab);
    void onCurrentChanged();
    void updateTabText(DocumentTab *tab);
    void updateWindowTitle();
    void updateStatus();
    void updateActions();
    void reportFailures(const QStringList &failures);
    void showProblem(const QString &text, const QString &details = {}, const QStringList &items = {});
    void restoreLayout();
    void saveLayout() const;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_statsLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    TabNavigation *m_tabNavigation = nullptr;
    QToolBar *m_legendToolBar = nullptr;
    RecentFiles *m_recent = nullptr;
    ReaderMenus *m_menus = nullptr;

    QString m_samplePath;
    bool m_layoutRestored = false;
};

} // namespace lede::ui

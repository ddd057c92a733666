// ReaderMenus: the reader window's menu bar — File, Edit, View and Help with their actions and shortcuts. The
// actions that work on the article shown (Copy, Select All, zoom) act on the view currentView() returns; those
// that need the window's tabs (Open…, Open Location…, a recent file, Close Tab) are signals MainWindow answers.
// The annotation layer adds its own entries through the menus (see MainWindow's extension points).
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace lede::ui {

class ArticleView;
class RecentFiles;
class RecentFilesMenu;
class TabNavigation;

class ReaderMenus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderMenus)

public:
    // Fills `window`'s menu bar; `currentView` gives the article shown (null: none).
    ReaderMenus(QMainWindow *window, RecentFiles *recent, TabNavigation *tabNavigation,
                std::function<ArticleView *()> currentView);
    ~ReaderMenus() override;

    QMenu *fileMenu() const { return m_fileMenu; }
    // Where the annotation layer inserts Export and Print (before Close Tab).
    QAction *fileMenuInsertionPoint() const { return m_fileInsertionPoint; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }

    // The actions that need an open tab are enabled while there is one.
    void setHasTabs(bool hasTabs);

Q_SIGNALS:
    void openRequested();
    void openLocationRequested();
    void recentFileChosen(const QString &path);
    void closeTabRequested();

private:
    void createActions();
    void createMenus(RecentFiles *recent);

    QMainWindow *m_window;
    TabNavigation *m_tabNavigation;
    std::function<ArticleView *()> m_currentView;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QAction *m_fileInsertionPoint = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openLocationAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace lede::ui

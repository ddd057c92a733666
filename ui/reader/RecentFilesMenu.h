// RecentFilesMenu: File ▸ Open Recent, rebuilt whenever the RecentFiles list changes.
#pragma once

#include <QMenu>

namespace lede::ui {

class RecentFiles;

class RecentFilesMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFilesMenu)

public:
    RecentFilesMenu(RecentFiles *files, QWidget *parent);

Q_SIGNALS:
    void fileChosen(const QString &path);

private:
    void rebuild();

    RecentFiles *m_files;
    bool m_dirty = false;
};

} // namespace lede::ui

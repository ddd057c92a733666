// RecentFilesMenu: numbered entries (Alt+1…) with the full path as tooltip, then "Clear List".
#include "reader/RecentFilesMenu.h"

#include "reader/RecentFiles.h"
#include "reader/WebAddress.h"

#include <QDir>
#include <QFileInfo>

namespace lede::ui {

RecentFilesMenu::RecentFilesMenu(RecentFiles *files, QWidget *parent) : QMenu(parent), m_files(files)
{
    setTitle(tr("Open &Recent"));
    setObjectName(QStringLiteral("recentFilesMenu"));
    setToolTipsVisible(true);
    // Rebuilt lazily: the list can change from one of this menu's own actions (Clear List),
    // and deleting an action while it emits triggered() is not safe.
    connect(m_files, &RecentFiles::changed, this, [this] { m_dirty = true; });
    connect(this, &QMenu::aboutToShow, this, [this] {
        if (m_dirty)
            rebuild();
    });
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    m_dirty = false;
    clear();
    const QStringList files = m_files->files();
    int number = 1;
    for (const QString &path : files) {
        // "&1 name" gives keyboard access; a literal '&' in a file name must be doubled.
        const bool web = WebAddress::isWebAddress(path);
        // Pages are named by host and path (a file name alone, "index.html", would say nothing).
        QString name = web ? fontMetrics().elidedText(WebAddress::shortName(path), Qt::ElideMiddle,
                                                      fontMetrics().averageCharWidth() * 60)
                           : QFileInfo(path).fileName();
        name.replace(u'&', QStringLiteral("&&"));
        const QString label = number < 10 ? QStringLiteral("&%1  %2").arg(number).arg(name) : name;
        QAction *action = addAction(label);
        action->setToolTip(web ? path : QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
        ++number;
    }
    if (files.isEmpty()) {
        addAction(tr("No recent files"))->setEnabled(false);
    } else {
        addSeparator();
        QAction *clearAction = addAction(tr("&Clear List"));
        clearAction->setObjectName(QStringLiteral("clearRecentFiles"));
        connect(clearAction, &QAction::triggered, m_files, &RecentFiles::clear);
    }
}

} // namespace lede::ui

// TabNavigation: shortcuts, middle-click closing and the closed-tab stack of the article tabs.
#include "reader/TabNavigation.h"

#include <QAction>
#include <QFileInfo>
#include <QMouseEvent>
#include <QTabBar>
#include <QTabWidget>

namespace lede::ui {

TabNavigation::TabNavigation(QTabWidget *tabs, QWidget *window) : QObject(window), m_tabs(tabs)
{
    tabs->setUsesScrollButtons(true);
    tabs->tabBar()->installEventFilter(this);

    m_next = new QAction(tr("&Next Tab"), window);
    m_next->setObjectName(QStringLiteral("nextTab"));
    m_next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    m_next->setShortcutContext(Qt::WindowShortcut);
    connect(m_next, &QAction::triggered, this, [this] { step(+1); });

    m_previous = new QAction(tr("&Previous Tab"), window);
    m_previous->setObjectName(QStringLiteral("previousTab"));
    // Shift+Tab arrives as Backtab; both spellings are bound so every platform's key event matches.
    m_previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                              QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    m_previous->setShortcutContext(Qt::WindowShortcut);
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });

    m_reopen = new QAction(tr("&Reopen Closed Tab"), window);
    m_reopen->setObjectName(QStringLiteral("reopenClosedTab"));
    m_reopen->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_reopen->setShortcutContext(Qt::WindowShortcut);
    connect(m_reopen, &QAction::triggered, this, [this] {
        // A file deleted since it was closed is skipped rather than reported: the next one is tried.
        while (!m_closed.isEmpty()) {
            const QString path = m_closed.takeFirst();
            if (QFileInfo(path).isFile()) {
                Q_EMIT reopenRequested(path);
                break;
            }
        }
        updateActions();
    });

    window->addActions({m_next, m_previous, m_reopen});
    updateActions();
}

void TabNavigation::rememberClosed(const QString &path)
{
    if (path.isEmpty())
        return;
    m_closed.removeAll(path);
    m_closed.prepend(path);
    while (m_closed.size() > maxClosed)
        m_closed.removeLast();
    updateActions();
}

void TabNavigation::updateActions()
{
    const bool several = m_tabs->count() > 1;
    m_next->setEnabled(several);
    m_previous->setEnabled(several);
    m_reopen->setEnabled(!m_closed.isEmpty());
}

void TabNavigation::step(int delta)
{
    const int count = m_tabs->count();
    if (count > 1)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + delta + count) % count);
}

bool TabNavigation::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs->tabBar() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::MiddleButton) {
            const int index = m_tabs->tabBar()->tabAt(mouse->position().toPoint());
            if (index >= 0) {
                Q_EMIT closeRequested(index);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lede::ui

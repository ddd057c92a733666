// TabNavigation: what browsers taught readers to expect of tabs — Ctrl+Tab / Ctrl+Shift+Tab (and
// Ctrl+PgDown / Ctrl+PgUp) cycle, a middle click closes, Ctrl+Shift+T reopens the last closed file —
// and a tab bar that stays readable with many tabs (scroll buttons instead of crushed titles).
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QTabWidget;

namespace lede::ui {

class TabNavigation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TabNavigation)

public:
    static constexpr int maxClosed = 20;

    // The actions are added to `window` (their shortcuts work wherever focus is in it).
    TabNavigation(QTabWidget *tabs, QWidget *window);

    QAction *nextTabAction() const { return m_next; }
    QAction *previousTabAction() const { return m_previous; }
    QAction *reopenClosedTabAction() const { return m_reopen; }

    // A file's tab was closed: it can be reopened, newest first.
    void rememberClosed(const QString &path);
    QStringList closedFiles() const { return m_closed; }
    // The tabs changed (enables the actions).
    void updateActions();

Q_SIGNALS:
    void closeRequested(int index);
    void reopenRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void step(int delta);

    QTabWidget *m_tabs;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_reopen;
    QStringList m_closed;
};

} // namespace lede::ui

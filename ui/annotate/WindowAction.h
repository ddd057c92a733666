// WindowAction: an action that belongs to the main window rather than to one widget, so its shortcut works
// wherever the focus is in the window, and that calls a slot of the object that offers it. The annotation
// controller and the export actions make their menu actions this way.
#pragma once

#include <QAction>
#include <QKeySequence>
#include <QMainWindow>
#include <QString>

namespace lede::ui {

template <typename Receiver, typename Slot>
QAction *addWindowAction(QMainWindow *window, const QString &text, const QKeySequence &key, Receiver *receiver,
                         Slot slot)
{
    auto *a = new QAction(text, window);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(a, &QAction::triggered, receiver, slot);
    window->addAction(a);
    return a;
}

} // namespace lede::ui

// whenFinished: run a function on an object's thread once a future has its result, unless the object is gone.
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace lede::ui {

// Calls `func(result)` in `context`'s thread when `future` finishes with a result; not at all when it was
// cancelled, failed, or `context` was destroyed first. QFuture::then(context, …) would do the same from Qt 6.6 on,
// but Qt 6.4 asserts that the context is still alive when the future finishes, so a window closed during a load
// aborted a debug build. Here the watcher is the context's child and goes with it. Any number of callers may
// wait on one future. Call it from `context`'s thread.
template <typename T, typename Function> void whenFinished(const QFuture<T> &future, QObject *context, Function &&func)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, func = std::forward<Function>(func)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (done.isCanceled() || done.resultCount() == 0)
                             return;
                         func(done.result());
                     });
    watcher->setFuture(future);
}

} // namespace lede::ui

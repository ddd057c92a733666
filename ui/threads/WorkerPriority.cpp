// WorkerPriority: per-thread nice values (see WorkerPriority.h).
#include "threads/WorkerPriority.h"

#include <QCoreApplication>
#include <QThread>
#include <QtGlobal>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace lede::ui {

int workerNiceIncrement()
{
    static const int increment = [] {
        bool ok = false;
        const int value = qEnvironmentVariableIntValue("LEDE_WORKER_NICE", &ok);
        return ok ? std::clamp(value, 0, 19) : 5;
    }();
    return increment;
}

bool stepBackForInterface()
{
    thread_local bool lowered = false;
    if (lowered)
        return true;
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread())
        return false;
    if (workerNiceIncrement() == 0)
        return false;
#ifdef Q_OS_LINUX
    // On Linux PRIO_PROCESS with a thread id names that one thread (setpriority(2), "Bugs"). Raising a nice value
    // needs no privilege; it cannot be lowered again, which is why only pool threads that run background work
    // call this.
    const auto tid = static_cast<id_t>(gettid());
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (errno != 0)
        return false;
    lowered = setpriority(PRIO_PROCESS, tid, std::min(19, current + workerNiceIncrement())) == 0;
#endif
    return lowered;
}

} // namespace lede::ui

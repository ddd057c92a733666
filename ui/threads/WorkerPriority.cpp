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
    // On Linux PRIO_PROCESS with a thread id names that one thread (setpriority(2), "Bugs"); the process id names
    // the main thread. The target counts from the main thread's value, because a thread inherits the value of the
    // thread that started it: a pool thread started by a worker that stepped back already has it. Raising a nice
    // value needs no privilege; it cannot be lowered again, which is why only pool threads that run background
    // work call this.
    const auto tid = static_cast<id_t>(gettid());
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    const int main = getpriority(PRIO_PROCESS, static_cast<id_t>(getpid()));
    if (errno != 0)
        return false;
    const int target = std::min(19, main + workerNiceIncrement());
    lowered = current >= target || setpriority(PRIO_PROCESS, tid, target) == 0;
#endif
    return lowered;
}

} // namespace lede::ui

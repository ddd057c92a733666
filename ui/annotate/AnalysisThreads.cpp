// AnalysisThreads: helpers are started only on idle pool threads (tryStart), and the caller works too, so the
// call finishes even when no helper could start.
#include "annotate/AnalysisThreads.h"

#include "threads/WorkerPriority.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace lede::ui {

namespace {

QThreadPool *analysisPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process: tabs analyse until the last one closes
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        p->setObjectName(QStringLiteral("lede-analysis"));
        return p;
    }();
    return pool;
}

} // namespace

core::ParallelFor analysisParallelFor()
{
    if (QThread::idealThreadCount() <= 1)
        return {};
    return [](std::size_t count, const core::ParallelTask &task) {
        std::atomic<std::size_t> next{0};
        QSemaphore finished;
        auto work = [&] {
            for (std::size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1))
                task(i);
        };
        int started = 0;
        QThreadPool *pool = analysisPool();
        for (std::size_t h = 1; h < count; ++h) {
            if (!pool->tryStart([&] {
                    stepBackForInterface();
                    work();
                    finished.release();
                }))
                break;
            ++started;
        }
        work();
        finished.acquire(started);
    };
}

} // namespace lede::ui

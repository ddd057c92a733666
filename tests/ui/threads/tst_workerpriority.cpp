// Tests for WorkerPriority: a worker that steps back runs at a higher nice value than the UI thread, once, and
// the analysis's helper threads do so by themselves.
#include "annotate/AnalysisThreads.h"
#include "threads/WorkerPriority.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace lede::ui;

namespace {

#ifdef Q_OS_LINUX
int niceOfThisThread()
{
    return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
}
#endif

} // namespace

class TestWorkerPriority final : public QObject
{
    Q_OBJECT

private slots:
    void mainThread_keepsItsPriority()
    {
#ifndef Q_OS_LINUX
        QSKIP("per-thread nice values are a Linux feature");
#else
        const int before = niceOfThisThread();
        QVERIFY(!stepBackForInterface());
        QCOMPARE(niceOfThisThread(), before);
#endif
    }

    void worker_stepsBackOnce()
    {
#ifndef Q_OS_LINUX
        QSKIP("per-thread nice values are a Linux feature");
#else
        QCOMPARE(workerNiceIncrement(), 5); // the test environment leaves LEDE_WORKER_NICE unset
        const int base = niceOfThisThread();
        int after = -100, afterSecond = -100;
        bool first = false, second = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            first = stepBackForInterface();
            after = niceOfThisThread();
            second = stepBackForInterface();
            afterSecond = niceOfThisThread();
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY(first);
        QVERIFY(second);
        QCOMPARE(after, std::min(19, base + 5));
        QCOMPARE(afterSecond, after); // not raised again
        QCOMPARE(niceOfThisThread(), base);
#endif
    }

    void threadStartedByAWorker_isNotLoweredTwice()
    {
#ifndef Q_OS_LINUX
        QSKIP("per-thread nice values are a Linux feature");
#else
        const int base = niceOfThisThread();
        int inner = -100;
        std::unique_ptr<QThread> outer(QThread::create([&] {
            stepBackForInterface();
            // Started by a thread that stepped back, this one inherits its value.
            std::unique_ptr<QThread> child(QThread::create([&] {
                stepBackForInterface();
                inner = niceOfThisThread();
            }));
            child->start();
            child->wait();
        }));
        outer->start();
        QVERIFY(outer->wait(10000));
        QCOMPARE(inner, std::min(19, base + workerNiceIncrement()));
#endif
    }

    void analysisHelpers_stepBack()
    {
#ifndef Q_OS_LINUX
        QSKIP("per-thread nice values are a Linux feature");
#else
        const ParallelForCheck check = runTwoTasksAtOnce();
        if (!check.ran)
            QSKIP("one core, or no helper thread could start: the analysis runs on the calling thread alone");
        QCOMPARE(check.callerNice, check.base);
        QCOMPARE(check.helperNice, std::min(19, check.base + workerNiceIncrement()));
#endif
    }

private:
    struct ParallelForCheck
    {
        bool ran = false;
        int base = 0, callerNice = 0, helperNice = 0;
    };

    // Task 0 waits for task 1 to start, so that with a helper the two run on different threads at once.
    static ParallelForCheck runTwoTasksAtOnce()
    {
        ParallelForCheck check;
#ifdef Q_OS_LINUX
        const auto parallel = analysisParallelFor();
        if (!parallel)
            return check;
        check.base = niceOfThisThread();
        const Qt::HANDLE caller = QThread::currentThreadId();
        QSemaphore secondStarted;
        std::mutex guard;
        std::map<int, int> niceOf; // 0: caller, 1: helper
        bool together = false;
        parallel(2, [&](std::size_t i) {
            if (i == 1)
                secondStarted.release();
            else
                together = secondStarted.tryAcquire(1, 10000);
            const std::lock_guard lock(guard);
            niceOf[QThread::currentThreadId() == caller ? 0 : 1] = niceOfThisThread();
        });
        if (!together || niceOf.size() != 2)
            return check;
        check.ran = true;
        check.callerNice = niceOf[0];
        check.helperNice = niceOf[1];
#endif
        return check;
    }
};

QTEST_MAIN(TestWorkerPriority)
#include "tst_workerpriority.moc"

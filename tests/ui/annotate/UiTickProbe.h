// UiTickProbe: what the UI-thread benchmarks (bench_analysis_lands, bench_correction_lands, bench_print) measure
// with. A 2 ms precise timer on the UI thread reports at each tick how late it came (the event loop's stall, wall
// time, which other processes on a busy machine lengthen) and how much UI-thread CPU time went by since the tick
// before (the stall as the UI thread's own work, which they do not).
#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <utility>
#include <vector>

namespace lede::test {

// CPU time of the calling thread, in microseconds.
inline qint64 threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

// The median (the upper one of an even count); -1 when there are none.
inline qint64 medianOf(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values[values.size() / 2];
}

class UiTickProbe final
{
public:
    static constexpr qint64 kTickMs = 2;

    // `onTick(stallMs, busyUs)` at every tick while the probe runs.
    explicit UiTickProbe(std::function<void(qint64 stallMs, qint64 busyUs)> onTick) : m_onTick(std::move(onTick))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(static_cast<int>(kTickMs));
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            const qint64 cpuUs = threadCpuUs();
            const qint64 stallMs = now - m_lastMs - kTickMs;
            const qint64 busyUs = cpuUs - m_lastCpuUs;
            m_lastMs = now;
            m_lastCpuUs = cpuUs;
            m_onTick(stallMs, busyUs);
        });
    }
    UiTickProbe(const UiTickProbe &) = delete;
    UiTickProbe &operator=(const UiTickProbe &) = delete;

    // Time zero for the clock and the first tick; returns the UI thread's CPU time then (µs). Work done between
    // begin() and run() counts in the first tick.
    qint64 begin()
    {
        m_clock.start();
        m_lastMs = 0;
        m_lastCpuUs = threadCpuUs();
        return m_lastCpuUs;
    }
    void run() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    // Milliseconds since begin().
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    std::function<void(qint64, qint64)> m_onTick;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    qint64 m_lastCpuUs = 0;
};

} // namespace lede::test

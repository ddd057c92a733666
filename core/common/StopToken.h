// StopToken: cooperative cancellation for long core operations.
// The UI owns a StopSource per job and requests a stop when the tab closes or a newer job starts;
// core functions poll stopRequested() at natural boundaries (per sentence, per block).
#pragma once

#include <atomic>
#include <memory>

namespace lede::core {

class StopToken
{
public:
    StopToken() = default; // never stops
    bool stopRequested() const { return m_flag && m_flag->load(std::memory_order_relaxed); }

private:
    friend class StopSource;
    explicit StopToken(std::shared_ptr<std::atomic_bool> f) : m_flag(std::move(f)) {}
    std::shared_ptr<std::atomic_bool> m_flag;
};

class StopSource
{
public:
    StopSource() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void requestStop() { m_flag->store(true, std::memory_order_relaxed); }
    bool stopRequested() const { return m_flag->load(std::memory_order_relaxed); }
    StopToken token() const { return StopToken(m_flag); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

// Progress callback: fraction done in [0, 1]. May be called from a worker thread.
using ProgressFn = void (*)(void *context, double fraction);

} // namespace lede::core

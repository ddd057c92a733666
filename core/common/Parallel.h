// Parallel: how the core runs independent pieces of work at once without owning a thread.
// The caller (lede-cli, the reader) supplies a ParallelFor; the core splits its work into tasks that each write
// only their own slot and merges the slots in index order afterwards, so every ParallelFor, serial or not, gives
// the same result.
#pragma once

#include <cstddef>
#include <functional>

namespace lede::core {

// Runs task(0) … task(count - 1), in any order and on any threads, and returns when every one has finished.
// Tasks never throw. An empty ParallelFor means: one after another on the calling thread.
using ParallelTask = std::function<void(std::size_t index)>;
using ParallelFor = std::function<void(std::size_t count, const ParallelTask &task)>;

inline void runTasks(const ParallelFor &parallel, std::size_t count, const ParallelTask &task)
{
    if (count == 0)
        return;
    if (!parallel || count == 1) {
        for (std::size_t i = 0; i < count; ++i)
            task(i);
        return;
    }
    parallel(count, task);
}

} // namespace lede::core

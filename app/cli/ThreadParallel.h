// ThreadParallel: lede-cli's core::ParallelFor on plain std::threads, one set per call.
// The calling thread takes part, so a call made from inside a task (the analysis nests them) never waits on
// itself; each worker takes the next task index until none is left.
#pragma once

#include "common/Parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace lede::cli {

// `threads` workers in all (the caller counts as one); 0 means one per processor.
inline core::ParallelFor threadParallelFor(unsigned threads = 0)
{
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    if (threads == 1)
        return {};
    return [threads](std::size_t count, const core::ParallelTask &task) {
        std::atomic<std::size_t> next{0};
        auto work = [&] {
            for (std::size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1))
                task(i);
        };
        std::vector<std::thread> helpers;
        const std::size_t helperCount = std::min<std::size_t>(threads, count) - 1;
        helpers.reserve(helperCount);
        for (std::size_t h = 0; h < helperCount; ++h)
            helpers.emplace_back(work);
        work();
        for (std::thread &t : helpers)
            t.join();
    };
}

} // namespace lede::cli

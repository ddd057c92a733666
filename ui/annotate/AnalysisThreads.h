// AnalysisThreads: the reader's core::ParallelFor for the analysis, on a thread pool of its own.
// A dedicated pool, not the global one: the analysis itself runs on a global-pool thread, and waiting there for
// tasks queued behind it in the same pool could wait for ever.
#pragma once

#include "common/Parallel.h"

namespace lede::ui {

// Runs tasks on the calling thread and on as many idle threads of the analysis pool as there are (one fewer
// than the processors); it never waits for a busy pool, so nested calls and several tabs at once are safe.
core::ParallelFor analysisParallelFor();

} // namespace lede::ui

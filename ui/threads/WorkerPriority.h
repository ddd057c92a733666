// WorkerPriority: the reader's background threads give way to the UI thread. On a machine with two cores the
// analysis of a book keeps both busy; at an equal share the UI thread waits its turn behind them and a layout
// slice of 24 ms takes 40–60 ms of wall time. A worker that calls stepBackForInterface() once is scheduled with a
// higher nice value (Linux lets one thread be niced alone), so the UI thread wins a core whenever it has work,
// while the workers still have the whole machine when it is idle.
#pragma once

namespace lede::ui {

// How much a worker's nice value is raised: 5, or LEDE_WORKER_NICE (0–19) when set, read once; 0 leaves the
// workers as they are (to compare in a benchmark).
int workerNiceIncrement();

// Raises the calling thread's nice value by workerNiceIncrement(), once per thread; later calls on the same thread
// do nothing. Does nothing on the application's main thread, nor on systems without per-thread nice values.
// Returns true when the thread runs at the lowered priority after the call.
bool stepBackForInterface();

} // namespace lede::ui

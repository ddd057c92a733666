#!/usr/bin/env bash
# Benchmark: how long the UI thread is blocked when the King James Bible's analysis lands in the reader window
# (issue #12: at most 50 ms). Each run is a fresh process, as opening the book in a new reader is: it runs
# bench_analysis_lands once and reads the reader's own log line ("analysis applied on the UI thread in … ms").
# Prints each run and the medians of that figure, of the longest event-loop stall while the result lands (work
# Qt defers to later events included), of the longest UI-thread CPU time between two ticks of the probe (the
# stall without the waits for a core on a busy machine) and of the UI thread's CPU time in the second after.
#   tools/bench/analysis-lands.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$here/build/dev}
runs=${2:-5}
bench=$build/bin/bench_analysis_lands
[ -x "$bench" ] || { echo "no $bench: build it first (cmake --build --preset dev --target bench_analysis_lands)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$here/tools/bench/kjv-book.sh" "$work/kjv.txt" 1
echo "load: $(cut -d' ' -f1-3 /proc/loadavg); processors: $(nproc)"
python3 - "$bench" "$runs" "$work/kjv.txt" "$build/share/lede" <<'PY'
import os, re, statistics, subprocess, sys
bench, runs, book, data = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LEDE_DATA_DIR=data, LEDE_BENCH_BOOK=book, LEDE_BENCH_RUNS="1",
           QT_LOGGING_RULES="lede.ui.annotate.debug=true")
figures = {"applied": [], "stall": [], "busiest": [], "cpu_all": []}
for r in range(runs):
    out = subprocess.run([bench], env=env, capture_output=True, text=True)
    text = out.stdout + out.stderr
    applied = re.search(r"analysis applied on the UI thread in (\d+) ms", text)
    run = re.search(r"longest stall (\d+) ms, longest UI-thread CPU between ticks (\d+) ms, UI-thread CPU (\d+) ms in all",
                    text)
    if out.returncode != 0 or not applied or not run:
        sys.exit(f"run {r + 1} failed:\n{text}")
    figures["applied"].append(int(applied.group(1)))
    figures["stall"].append(int(run.group(1)))
    figures["busiest"].append(int(run.group(2)))
    figures["cpu_all"].append(int(run.group(3)))
    print(f"run {r + 1}: applied on the UI thread in {applied.group(1)} ms; longest stall {run.group(1)} ms; "
          f"longest UI-thread CPU between ticks {run.group(2)} ms; UI-thread CPU {run.group(3)} ms in the second after")
m = {k: statistics.median(v) for k, v in figures.items()}
print(f"median of {runs}: applied on the UI thread in {m['applied']:.0f} ms; longest stall while landing "
      f"{m['stall']:.0f} ms; longest UI-thread CPU between ticks {m['busiest']:.0f} ms; UI-thread CPU "
      f"{m['cpu_all']:.0f} ms in the second after")
PY
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"

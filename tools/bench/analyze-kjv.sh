#!/usr/bin/env bash
# Benchmark: `lede-cli analyze` of the King James Bible (4.1 MB, one paragraph per chapter; issue target
# <= 0.8 s on 2 cores) and the peak memory for a 20 MB text (the Bible five times; target <= 20x the file).
# The texts are made at run time from Debian's bible-kjv package (tools/bench/kjv-book.sh), never committed.
# Prints each run and the medians of wall time, CPU time and peak RSS (GNU time's accounting).
#   tools/bench/analyze-kjv.sh [BUILD_DIR] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$here/build/dev}
runs=${2:-5}
cli=$build/bin/lede-cli
[ -x "$cli" ] || { echo "no $cli: build first (cmake --build --preset dev)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$here/tools/bench/kjv-book.sh" "$work/kjv.txt" 1
"$here/tools/bench/kjv-book.sh" "$work/kjv20.txt" 5
echo "load: $(cut -d' ' -f1-3 /proc/loadavg); processors: $(nproc)"
python3 - "$cli" "$runs" "$work/kjv.txt" "$work/kjv20.txt" <<'PY'
import os, statistics, subprocess, sys
cli, runs = sys.argv[1], int(sys.argv[2])
for text in sys.argv[3:]:
    size = os.path.getsize(text)
    walls, cpus, peaks = [], [], []
    for r in range(runs):
        out = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", cli, "analyze", text],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
        wall, user, system, kb = out.stderr.strip().splitlines()[-1].split()
        walls.append(float(wall)); cpus.append(float(user) + float(system)); peaks.append(int(kb) * 1024)
        print(f"{os.path.basename(text)} run {r + 1}: {walls[-1]:.2f} s wall, {cpus[-1]:.2f} s CPU, "
              f"{peaks[-1] / 2**20:.0f} MiB peak")
    peak = statistics.median(peaks)
    print(f"{os.path.basename(text)} ({size / 1e6:.1f} MB): median {statistics.median(walls):.2f} s wall, "
          f"{statistics.median(cpus):.2f} s CPU, {peak / 2**20:.0f} MiB peak = {peak / size:.1f}x the file")
PY

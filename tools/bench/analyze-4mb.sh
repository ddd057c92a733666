#!/usr/bin/env bash
# Benchmark: `lede-cli analyze` of a 4 MB English text (issue target: < 10 s). Prints each run and the median.
#   tools/bench/analyze-4mb.sh [BUILD_DIR] [RUNS] [TEXT]
# Without TEXT, the text is built at run time from the bundled sample article with its names varied, so the
# figures do not depend on any corpus; pass TEXT (e.g. a public-domain book) to measure on other prose.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$here/build/dev}
runs=${2:-5}
text=${3:-}
cli=$build/bin/lede-cli
[ -x "$cli" ] || { echo "no $cli: build first (cmake --build --preset dev)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$text" ]; then
    text=$work/book.txt
    "$cli" text "$here/resources/data/samples/sample-article.md" > "$work/sample.txt"
    python3 - "$work/sample.txt" "$text" <<'PY'
import sys
src = open(sys.argv[1], encoding="utf-8").read()
names = [("Kieślowski", ["Novak", "Ferreira", "Haddad", "Lindgren"]), ("Geneva", ["Lisbon", "Nairobi", "Oslo", "Quito"]),
         ("April", ["May", "June", "October", "December"])]
parts, size, i = [], 0, 0
while size < 4_000_000:
    chunk = src
    for old, new in names:
        chunk = chunk.replace(old, new[i % len(new)])
    parts.append(chunk); size += len(chunk.encode("utf-8")); i += 1
open(sys.argv[2], "w", encoding="utf-8").write("\n\n".join(parts)[:4_000_000].rsplit(" ", 1)[0] + "\n")
PY
fi
echo "text: $text ($(stat -c %s "$text") bytes)"
python3 - "$cli" "$text" "$runs" <<'PY'
import statistics, subprocess, sys, time
cli, text, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
times = []
for r in range(runs):
    start = time.perf_counter()
    subprocess.run([cli, "analyze", text], stdout=subprocess.DEVNULL, check=True)
    times.append(time.perf_counter() - start)
    print(f"run {r + 1}: {times[-1]:.2f} s")
print(f"median: {statistics.median(times):.2f} s over {runs} runs")
PY

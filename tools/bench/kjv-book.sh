#!/usr/bin/env bash
# Writes the King James Bible as a plain-text book for the benchmarks: one paragraph per chapter (verse
# numbers dropped), each after its "Book N" heading line. The text comes from Debian's bible-kjv package at
# run time and is never committed. With COPIES > 1 the book is repeated (a 20 MB text is COPIES=5).
#   tools/bench/kjv-book.sh OUT [COPIES]
set -euo pipefail
out=${1:?usage: kjv-book.sh OUT [COPIES]}
copies=${2:-1}
command -v bible >/dev/null || { echo "no 'bible' program: apt-get install bible-kjv" >&2; exit 2; }
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
bible -l1000000 "Gen1:1-Rev22:21" > "$tmp"
python3 - "$tmp" "$out" "$copies" <<'PY'
import re, sys
src, out, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
chapters, heading, verses = [], None, []
for line in open(src, encoding="utf-8", errors="replace"):
    line = line.rstrip("\n")
    m = re.match(r"^\s+\d+\s+(.*)$", line)
    if m:
        verses.append(m.group(1).strip())
    elif line.strip():
        if heading is not None:
            chapters.append(heading + "\n\n" + " ".join(verses))
        heading, verses = line.strip(), []
if heading is not None:
    chapters.append(heading + "\n\n" + " ".join(verses))
book = "\n\n".join(chapters) + "\n"
with open(out, "w", encoding="utf-8") as f:
    for _ in range(copies):
        f.write(book)
        if copies > 1:
            f.write("\n")
PY

#!/usr/bin/env bash
# Checks the C++ lines a change touched against .clang-format (clang-format 14):
#   tools/check-format.sh [--fix] [BASE]   BASE defaults to $LEDE_FORMAT_BASE, else HEAD^1
#   --fix rewrites those lines in place instead of reporting them.
# CI runs in a fresh clone of main, where the change under test is the last landed commit: a merge commit (its
# first parent is the main it landed on, so HEAD^1..HEAD is the whole branch) or a single commit. Only the lines
# that commit range added or changed are checked (clang-format --lines), so older code is never reformatted
# wholesale and a one-line fix does not have to reformat the file around it.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=(--dry-run -Werror)
if [ "${1:-}" = --fix ]; then
    mode=(-i)
    shift
fi
base=${1:-${LEDE_FORMAT_BASE:-HEAD^1}}
if ! git rev-parse --verify -q "$base^{commit}" >/dev/null; then
    echo "check-format: no base commit $base (a first commit?); nothing to compare against"
    exit 0
fi
clang_format=$(command -v clang-format-14 || command -v clang-format)

status=0
checked=0
while IFS= read -r -d '' file; do
    case "$file" in *.cpp | *.h | *.hpp | *.cc) ;; *) continue ;; esac
    [ -f "$file" ] || continue
    # The new side of each hunk ("@@ -a,b +start,count @@"; count 0 is a pure deletion), as line numbers, less
    # the rows of Qt Test _data() tables (a line starting with QTest::newRow or a << continuation): those are laid
    # out by hand, one row per line, because the table is the spec, and clang-format would break them at each
    # string literal. Consecutive lines are joined back into --lines ranges.
    ranges=()
    mapfile -t ranges < <(git diff -U0 --no-color "$base" -- "$file" |
        sed -n 's/^@@ -[0-9,]* +\([0-9]*\)\(,\([0-9]*\)\)\{0,1\} @@.*/\1 \3/p' |
        awk '{ n = ($2 == "" ? 1 : $2); for (i = 0; i < n; ++i) print $1 + i }' |
        awk -v file="$file" '
            BEGIN { while ((getline line < file) > 0) text[++count] = line }
            text[$1] !~ /^[ \t]*(QTest::newRow|<<)/ { print $1 }' |
        awk 'NR == 1 { from = $1; to = $1; next }
             $1 == to + 1 { to = $1; next }
             { print "--lines=" from ":" to; from = $1; to = $1 }
             END { if (NR) print "--lines=" from ":" to }')
    [ ${#ranges[@]} -eq 0 ] && continue
    checked=$((checked + 1))
    "$clang_format" "${mode[@]}" "${ranges[@]}" "$file" || status=1
done < <(git diff -z --name-only --diff-filter=AMR "$base")

if [ $status -ne 0 ]; then
    echo "check-format: the lines above do not follow .clang-format; fix them with" >&2
    echo "  tools/check-format.sh --fix $base" >&2
    exit 1
fi
echo "check-format: the changed lines of $checked C++ file(s) since $(git rev-parse --short "$base") follow .clang-format"

#!/usr/bin/env bash
# Checks that the repository's sentences are our own: lists every run of 7 or more words shared with the corpora
# in ../shared (own_text.py, which ships with them) and fails on more than 3.
#   tools/check-own-text.sh [SHARED_DIR]     (default: ../shared beside the checkout)
# Why 3 and not 0: a 7-word run can be stock phrasing that any writer produces ("for the year ended Sept. 30,
# 1989"), and the corpora are large; 0 would make such a phrase fail CI for no copying. More than a few means
# an example was copied. Today the count is 0. Without ../shared the check says so and is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

shared=${1:-../shared}
if [ ! -f "$shared/tools/own_text.py" ] || [ ! -d "$shared/corpora" ]; then
    echo "check-own-text: SKIPPED: $shared/tools/own_text.py or $shared/corpora is absent"
    exit 0
fi
python3 "$shared/tools/own_text.py" . "$shared/corpora" --n 7 --max 3 -v

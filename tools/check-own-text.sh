#!/usr/bin/env bash
# Checks that the repository's sentences are our own: every run of 7 or more words shared with the corpora in
# ../shared (counted with own_text.py, which ships with them) is listed, and the check fails on more than 3.
#   tools/check-own-text.sh [SHARED_DIR]     (default: ../shared beside the checkout)
# Why 3 and not 0: a 7-word run can be stock phrasing that any writer produces ("for the year ended Sept. 30,
# 1989"), and the corpora are large; 0 would make such a phrase fail CI for no copying. More than a few means
# an example was copied. Without ../shared the check says so and is skipped.
# One difference from running own_text.py on its own: the saved web pages of the article-extraction corpus are
# compared by their text, with their markup taken out. Otherwise every HTML or XML fixture of ours shares runs of
# markup with them (a charset declaration, the XHTML namespace), which are no one's
# sentences. own_text.py's own listing is printed too, for the record.
set -euo pipefail
cd "$(dirname "$0")/.."

shared=${1:-../shared}
if [ ! -f "$shared/tools/own_text.py" ] || [ ! -d "$shared/corpora" ]; then
    echo "check-own-text: SKIPPED: $shared/tools/own_text.py or $shared/corpora is absent"
    exit 0
fi
echo "own_text.py as it ships (markup included):"
python3 "$shared/tools/own_text.py" . "$shared/corpora" --n 7 -v || true
echo "The check (saved web pages compared by their text):"
python3 - "$shared" <<'PY'
import glob, gzip, os, re, sys
shared = sys.argv[1]
sys.path.insert(0, os.path.join(shared, 'tools'))
import own_text as ot

n, limit = 7, 3
tag = re.compile(r'<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^>]+>', re.S | re.I)
corpus = set()
for path in glob.glob(os.path.join(shared, 'corpora', '**', '*'), recursive=True):
    if not os.path.isfile(path) or ot.SKIP_NAME.match(os.path.basename(path)):
        continue
    if re.search(r'\.x?html?(\.gz)?$', path, re.I):
        with (gzip.open if path.endswith('.gz') else open)(path, 'rt', encoding='utf-8', errors='replace') as f:
            words = ot.WORD.findall(tag.sub(' ', f.read()).lower())
    else:
        words = ot.words_of_file(path)
    corpus |= ot.runs(words, n)
shared_runs = {}
for root, dirs, files in os.walk('.'):
    dirs[:] = [d for d in dirs if not d.startswith('.') and d not in ('build', 'node_modules')]
    for name in files:
        path = os.path.join(root, name)
        if os.path.splitext(name)[1] not in ot.SRC_EXT or ot.SKIP_NAME.match(name) or os.path.getsize(path) > 5_000_000:
            continue
        for run in ot.runs(ot.words_of_file(path), n) & corpus:
            shared_runs.setdefault(run, os.path.relpath(path, '.'))
for run, path in sorted(shared_runs.items(), key=lambda kv: kv[1]):
    print('  %s: "%s"' % (path, ' '.join(run)))
print('%d-word runs shared with the corpora: %d (at most %d allowed)' % (n, len(shared_runs), limit))
sys.exit(0 if len(shared_runs) <= limit else 1)
PY

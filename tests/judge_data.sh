#!/usr/bin/env bash
# The judge's data files rebuild byte for byte from the team's resources: the cue words
# (scripts/build_lexicon.py from the General Inquirer and WordNet) and the learned weights
# (bench/train_link.sh from SICK, the tuning gold and FNC-1). Exits 77 (skipped) where ../shared is
# absent, as in a user's clone.
set -euo pipefail
bin="$1"; root="$2"
shared="${SHARED:-$root/../shared}"
if [ ! -f "$shared/data/lexicons/inquireraugmented.csv" ] || [ ! -f "$shared/data/nli/SICK.txt" ]; then
  echo "skipped: $shared/data/lexicons or $shared/data/nli not found (set SHARED)"
  exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
status=0
python3 "$root/scripts/build_lexicon.py" "$shared/data/lexicons" >"$tmp/lexicon.tsv"
if ! cmp "$tmp/lexicon.tsv" "$root/ingest/data/stance_lexicon.tsv"; then
  echo "the rebuilt lexicon differs from ingest/data/stance_lexicon.tsv" >&2
  diff "$tmp/lexicon.tsv" "$root/ingest/data/stance_lexicon.tsv" | head >&2
  status=1
fi
CLAIMGRAPH="$bin" SHARED="$shared" bash "$root/bench/train_link.sh" "$tmp/weights.tsv" >/dev/null
if ! cmp "$tmp/weights.tsv" "$root/ingest/data/link_weights.tsv"; then
  echo "the retrained weights differ from ingest/data/link_weights.tsv" >&2
  diff "$tmp/weights.tsv" "$root/ingest/data/link_weights.tsv" | head >&2
  status=1
fi
[ "$status" -ne 0 ] || echo "lexicon and weights are byte-identical to the shipped ones"
exit "$status"

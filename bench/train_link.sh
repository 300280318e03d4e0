#!/usr/bin/env bash
# Rebuilds ingest/data/link_weights.tsv, byte for byte: the linker's contradicts and supports
# models fitted (claimgraph train-link) on labelled statement pairs judged by `claimgraph
# pairs`: SICK's TRAIN and TRIAL pairs (../shared/data/nli) and the quote pairs of the gold
# questions tuned on (TUNE below). The other gold questions, the sample corpus and SICK's
# TEST pairs are never read here: bench/gold.sh and bench/sick.sh report on them.
#
# usage: bench/train_link.sh [OUT]   (default ingest/data/link_weights.tsv; SHARED: the team's
#                                    shared folder, default ../shared)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$root/../shared}
out=${1:-$root/ingest/data/link_weights.tsv}
cg=${CLAIMGRAPH:-$root/build/src/claimgraph}
TUNE=(tariffs taxes-tcja-who-benefits healthcare-senate-bcra-2017)
[ -x "$cg" ] || { echo "train_link.sh: no claimgraph binary at $cg (run scripts/bootstrap.sh)" >&2; exit 1; }
[ -f "$shared/data/nli/SICK.txt" ] || { echo "train_link.sh: $shared/data/nli/SICK.txt not found" >&2; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-train-link-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
python3 "$root/bench/make_pairs.py" sick "$shared/data/nli/SICK.txt" TRAIN TRIAL >"$tmp/sick.jsonl"
golds=()
for q in "${TUNE[@]}"; do golds+=("$root/tests/data/gold/$q/gold.json"); done
python3 "$root/bench/make_pairs.py" gold "${golds[@]}" >"$tmp/gold.jsonl"
"$cg" pairs --json "$tmp/sick.jsonl" -o "$tmp/sick-train.answers"
"$cg" pairs --json "$tmp/gold.jsonl" -o "$tmp/gold-tune.answers"
"$cg" train-link ${TRAIN_LINK_ARGS:-} "$tmp/sick-train.answers" "$tmp/gold-tune.answers" -o "$out"
grep '^# [a-z]*:' "$out"

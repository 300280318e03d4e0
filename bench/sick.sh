#!/usr/bin/env bash
# SICK's sentence pairs judged as statement pairs (`claimgraph pairs`): precision and recall
# of contradicts (gold CONTRADICTION) and of supports (gold ENTAILMENT), with the confusion
# table. A benchmark, not a test: it prints figures and fails only when a step fails.
#
# usage: bench/sick.sh [SICK.txt] [SET...]   (default ../shared/data/nli/SICK.txt TEST;
#                                            CLAIMGRAPH: the binary, default build/src/claimgraph)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sick=${1:-$root/../shared/data/nli/SICK.txt}
shift || true
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(TEST)
cg=${CLAIMGRAPH:-$root/build/src/claimgraph}
[ -x "$cg" ] || { echo "sick.sh: no claimgraph binary at $cg (run scripts/bootstrap.sh)" >&2; exit 1; }
[ -f "$sick" ] || { echo "sick.sh: $sick not found" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-sick-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
python3 "$root/bench/make_pairs.py" sick "$sick" "${sets[@]}" >"$tmp/pairs.jsonl"
"$cg" pairs --json "$tmp/pairs.jsonl" -o "$tmp/answers.jsonl"
python3 "$root/bench/pair_scores.py" "$tmp/answers.jsonl" "SICK ${sets[*]}"

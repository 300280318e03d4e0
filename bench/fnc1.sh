#!/usr/bin/env bash
# Benchmark (not a test): stance of sources toward claims on FNC-1 (Fake News Challenge,
# stage 1). Splits the training data by article body (never by pair): bodies whose id is
# a multiple of 5 are held out, the rest are the development split. For the chosen split
# it prepares articles and claims (../shared/eval/score_fnc.py prepare), ingests the
# bodies, answers every claim with `sources --batch --limit 0 --json`, and scores the
# answers, printing the FNC-1 score, macro-F1, per-class F1, the confusion matrix, and
# the wall time and peak memory of each stage.
#
# usage: bench/fnc1.sh PATH_TO_FNC1_DIR [held|dev] [SCORER]
#   PATH_TO_FNC1_DIR holds train_bodies.csv and train_stances.csv (not shipped with
#   claimgraph: the data has no licence for redistribution).
#   SCORER defaults to ../shared/eval/score_fnc.py beside the project.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fnc="${1:?usage: bench/fnc1.sh PATH_TO_FNC1_DIR [held|dev] [SCORER]}"
split="${2:-held}"
scorer="${3:-$here/../shared/eval/score_fnc.py}"
for f in train_bodies.csv train_stances.csv; do
  [[ -f "$fnc/$f" ]] || { echo "bench: $fnc/$f not found" >&2; exit 1; }
done
[[ -f "$scorer" ]] || { echo "bench: scorer $scorer not found (give it as the third argument)" >&2; exit 1; }
[[ "$split" == held || "$split" == dev ]] || { echo "bench: split must be held or dev" >&2; exit 1; }
bin="${CLAIMGRAPH_BIN:-$here/build/src/claimgraph}"
[[ -x "$bin" ]] || { echo "bench: build first (bash scripts/demo.sh or scripts/test.sh)" >&2; exit 1; }
work="${FNC_WORK:-$(mktemp -d)}"
[[ -n "${FNC_WORK:-}" ]] || trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME")"
# stage NAME OUT CMD...: runs CMD with its standard output to OUT, printing its wall time
# and peak resident memory.
stage() {
  local name="$1" out="$2"; shift 2
  /usr/bin/time -f "%e %M" -o "$work/time.$name" "$@" > "$out"
  read -r secs kib < "$work/time.$name"
  printf 'stage %-8s %7.2f s  %7.1f MiB peak\n' "$name" "$secs" "$(echo "$kib / 1024" | bc -l)"
}

python3 - "$fnc" "$work" "$split" <<'PY'
import csv, sys
src, out, split = sys.argv[1:4]
csv.field_size_limit(1 << 30)
def held(body_id): return int(body_id) % 5 == 0
keep = (lambda b: held(b)) if split == "held" else (lambda b: not held(b))
for name in ("train_bodies.csv", "train_stances.csv"):
    with open(f"{src}/{name}", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with open(f"{out}/{name}", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(r for r in rows if keep(r["Body ID"]))
PY
stage prepare /dev/null python3 "$scorer" prepare "$work/train_bodies.csv" "$work/train_stances.csv" "$work/prep"
echo "split $split: $(wc -l < "$work/prep/articles.jsonl") bodies, $(wc -l < "$work/prep/claims.jsonl") claims, $(wc -l < "$work/prep/pairs.jsonl") pairs"
rm -rf "$work/db"
stage ingest /dev/null "$bin" --db "$work/db" ingest "$work/prep/articles.jsonl"
stage answer "$work/answers.jsonl" "$bin" --db "$work/db" sources --batch "$work/prep/claims.jsonl" --limit 0 --json
stage score "$work/score.txt" python3 "$scorer" score "$work/prep/pairs.jsonl" "$work/answers.jsonl"
cat "$work/score.txt"

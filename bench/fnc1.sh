#!/usr/bin/env bash
# Benchmark (not a test): stance of sources toward claims on FNC-1 (Fake News Challenge,
# stage 1), with claimgraph's own commands at every stage:
#   train   `claimgraph train` fits the stance model on the training CSVs;
#   ingest  `claimgraph ingest` stores the evaluation bodies;
#   answer  `claimgraph sources --batch --limit 0 --json --model` answers every claim;
#   score   `claimgraph eval-stance` prints the FNC-1 score, macro-F1, per-class F1 and the
#           confusion matrix.
# Each stage prints its wall time and peak memory.
#
# usage: bench/fnc1.sh PATH_TO_FNC1_DIR [held|test]
#   held (default): a development run on the training data alone. `train --hold-out 5`
#     keeps out the topics (bodies joined by a related claim) whose first body id is a
#     multiple of 5, trains on the rest and writes the held-out part to ingest and score.
#   test: trains on all training pairs and scores on competition_test_bodies.csv and
#     competition_test_stances.csv, which must be in the same folder.
#   PATH_TO_FNC1_DIR holds train_bodies.csv and train_stances.csv (not shipped with
#   claimgraph: the data has no licence for redistribution).
# FNC_WORK=DIR keeps the work files there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fnc="${1:?usage: bench/fnc1.sh PATH_TO_FNC1_DIR [held|test]}"
mode="${2:-held}"
need=(train_bodies.csv train_stances.csv)
[[ "$mode" == held || "$mode" == test ]] || { echo "bench: mode must be held or test" >&2; exit 1; }
[[ "$mode" == test ]] && need+=(competition_test_bodies.csv competition_test_stances.csv)
for f in "${need[@]}"; do
  [[ -f "$fnc/$f" ]] || { echo "bench: $fnc/$f not found" >&2; exit 1; }
done
for tool in /usr/bin/time bc python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool not found (Debian: apt-get install time bc python3)" >&2; exit 1; }
done
bin="${CLAIMGRAPH_BIN:-$here/build/src/claimgraph}"
[[ -x "$bin" ]] || { echo "bench: build first (bash scripts/demo.sh or scripts/test.sh)" >&2; exit 1; }
work="${FNC_WORK:-$(mktemp -d)}"
mkdir -p "$work"
[[ -n "${FNC_WORK:-}" ]] || trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME")"
total=0
# stage NAME OUT CMD...: runs CMD with its standard output to OUT, printing its wall time
# and peak resident memory.
stage() {
  local name="$1" out="$2"; shift 2
  /usr/bin/time -f "%e %M" -o "$work/time.$name" "$@" > "$out"
  read -r secs kib < "$work/time.$name"
  total=$(echo "$total + $secs" | bc -l)
  printf 'stage %-8s %7.2f s  %7.1f MiB peak\n' "$name" "$secs" "$(echo "$kib / 1024" | bc -l)"
}

eval_dir="$work/eval"
if [[ "$mode" == held ]]; then
  stage train "$work/train.txt" "$bin" train "$fnc/train_bodies.csv" "$fnc/train_stances.csv" \
    -o "$work/model.tsv" --hold-out 5 --write-held "$eval_dir"
else
  stage train "$work/train.txt" "$bin" train "$fnc/train_bodies.csv" "$fnc/train_stances.csv" \
    -o "$work/model.tsv"
  # The test CSVs as claimgraph reads them (the same layout `train --write-held` writes).
  mkdir -p "$eval_dir"
  python3 - "$fnc" "$eval_dir" <<'PY'
import csv, json, sys
src, out = sys.argv[1:3]
csv.field_size_limit(1 << 30)
def rows(name):
    with open(f"{src}/{name}", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))
label = {"agree": "supports", "disagree": "contradicts", "discuss": "discusses", "unrelated": "unrelated"}
with open(f"{out}/articles.jsonl", "w", encoding="utf-8") as f:
    for b in rows("competition_test_bodies.csv"):
        f.write(json.dumps({"id": "fnc-" + b["Body ID"], "title": "", "text": b["articleBody"]}) + "\n")
claims = {}
with open(f"{out}/claims.jsonl", "w", encoding="utf-8") as c, open(f"{out}/pairs.jsonl", "w", encoding="utf-8") as p:
    for s in rows("competition_test_stances.csv"):
        if s["Headline"] not in claims:
            claims[s["Headline"]] = f"h{len(claims)}"
            c.write(json.dumps({"id": claims[s["Headline"]], "claim": s["Headline"]}) + "\n")
        p.write(json.dumps({"claim": claims[s["Headline"]], "source": "fnc-" + s["Body ID"],
                            "stance": label[s["Stance"]]}) + "\n")
PY
fi
echo "evaluated on: $(wc -l < "$eval_dir/articles.jsonl") bodies, $(wc -l < "$eval_dir/claims.jsonl") claims, $(wc -l < "$eval_dir/pairs.jsonl") pairs"
rm -rf "$work/db"
stage ingest /dev/null "$bin" --db "$work/db" ingest "$eval_dir/articles.jsonl"
stage answer "$work/answers.jsonl" "$bin" --db "$work/db" sources --batch "$eval_dir/claims.jsonl" \
  --limit 0 --json --model "$work/model.tsv"
stage score "$work/score.txt" "$bin" eval-stance "$eval_dir/pairs.jsonl" "$work/answers.jsonl"
printf 'total          %7.2f s\n' "$total"
grep "^trained on" "$work/train.txt"
cat "$work/score.txt"

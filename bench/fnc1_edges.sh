#!/usr/bin/env bash
# All FNC-1 training bodies ingested as one graph: does any contradicts edge or dispute join
# two bodies that share no related headline (a headline both are labelled agree, disagree or
# discuss against)? Such an edge joins two unrelated stories. Prints the counts and the first
# offenders. A benchmark, not a test: it prints figures and fails only when a step fails.
#
# usage: bench/fnc1_edges.sh [FNC1_DIR]   (default ../shared/data/fnc1; CLAIMGRAPH: the binary)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
fnc=${1:-$root/../shared/data/fnc1}
cg=${CLAIMGRAPH:-$root/build/src/claimgraph}
[ -x "$cg" ] || { echo "fnc1_edges.sh: no claimgraph binary at $cg" >&2; exit 1; }
[ -f "$fnc/train_bodies.csv" ] || { echo "fnc1_edges.sh: $fnc/train_bodies.csv not found" >&2; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-fnc1-edges-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
python3 - "$fnc/train_bodies.csv" "$tmp/bodies.jsonl" <<'PY'
import csv, json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for r in csv.DictReader(f):
        out.write(json.dumps({"id": "fnc1-" + r["Body ID"], "text": r["articleBody"]}) + "\n")
PY
t0=$(date +%s)
"$cg" --db "$tmp/db" ingest --quiet "$tmp/bodies.jsonl" >/dev/null
echo "ingested $(wc -l <"$tmp/bodies.jsonl") bodies in $(($(date +%s) - t0)) s"
"$cg" --db "$tmp/db" export -o "$tmp/export.json"
"$cg" --db "$tmp/db" disputes --limit 0 --json >"$tmp/disputes.json"
python3 - "$fnc/train_stances.csv" "$tmp/export.json" "$tmp/disputes.json" <<'PY'
import csv, json, sys
related = {}  # body -> headlines it is related to
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    if r["Stance"] != "unrelated":
        related.setdefault("fnc1-" + r["Body ID"], set()).add(r["Headline"])
def src(sid): return sid.split("@")[0]
def share(a, b): return bool(related.get(a, set()) & related.get(b, set()))
doc = json.load(open(sys.argv[2], encoding="utf-8"))
text = {s["id"]: s["text"] for s in doc["statements"]}
for kind in ("contradicts", "supports"):
    edges = [e for e in doc["edges"] if e["type"] == kind and src(e["from"]) != src(e["to"])]
    bad = [e for e in edges if not share(src(e["from"]), src(e["to"]))]
    print(f"{kind} edges across bodies: {len(edges)}; joining bodies with no related headline in common: {len(bad)}")
    for e in bad[:3 if kind == "contradicts" else 0]:
        print(f"  {e['score']:.2f} {e['from']} | {e['to']}\n    A: {text[e['from']][:160]}\n    B: {text[e['to']][:160]}")
disputes = json.load(open(sys.argv[3], encoding="utf-8"))["disputes"]
bad = 0
for d in disputes:
    a = {s["source"] for s in d["a"]["statements"]}
    b = {s["source"] for s in d["b"]["statements"]}
    if any(x != y and not share(x, y) for x in a for y in b):
        bad += 1
print(f"disputes: {len(disputes)}; with two sides from bodies with no related headline in common: {bad}")
PY

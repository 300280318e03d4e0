#!/usr/bin/env bash
# Scores claimgraph on every gold question: each question's articles (tests/data/gold/*/gold.json,
# drawn from ../shared/data/news/allsides.jsonl.gz or NEWS) are ingested into a database of
# their own, scored with `claimgraph eval --gold`, and printed as one table, a column per
# question, with the sample corpus (corpus/, tests/data/seed-gold.json) as the first two
# columns: with its domain gazetteer (corpus/export-controls/gazetteer.tsv) and without.
# A benchmark, not a test: it prints figures and fails only when a step fails.
#
# usage: bench/gold.sh [NEWS] [--json OUT] [--only Q1,Q2...]   (CLAIMGRAPH: the binary, default
#        build/src/claimgraph; --only: these gold questions alone, without the sample: for
#        tuning on the tuning questions without seeing the held-out ones)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
news=$root/../shared/data/news/allsides.jsonl.gz
json_out=
only=
while [ $# -gt 0 ]; do
  case $1 in
    --json) json_out=$2; shift 2 ;;
    --only) only=",$2,"; shift 2 ;;
    *) news=$1; shift ;;
  esac
done
cg=${CLAIMGRAPH:-$root/build/src/claimgraph}
[ -x "$cg" ] || { echo "gold.sh: no claimgraph binary at $cg (run scripts/bootstrap.sh)" >&2; exit 1; }
[ -f "$news" ] || { echo "gold.sh: $news not found; the gold questions annotate articles kept there" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-gold-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

score() {  # NAME INPUT GOLD [INGEST OPTIONS...]
  local name=$1 input=$2 gold=$3
  shift 3
  local db=$tmp/$name.db t0 t1
  t0=$(date +%s%N)
  "$cg" --db "$db" ingest --quiet "$@" "$input" >/dev/null
  t1=$(date +%s%N)
  "$cg" --db "$db" eval --json --gold "$gold" >"$tmp/$name.metrics.json"
  echo "{\"ingest_ms\": $(((t1 - t0) / 1000000))}" >"$tmp/$name.time.json"
}

# Each question's articles as a JSONL file of its own, in one pass over the news file.
python3 - "$news" "$tmp" "$root"/tests/data/gold/*/gold.json <<'PY'
import gzip, json, os, sys
news, tmp, golds = sys.argv[1], sys.argv[2], sys.argv[3:]
want = {}  # article id -> questions
for g in golds:
    name = os.path.basename(os.path.dirname(g))
    for i in json.load(open(g, encoding="utf-8"))["docs"].values():
        want.setdefault(i, []).append(name)
found = {}
with gzip.open(news, "rt", encoding="utf-8") as f:
    for line in f:
        i = json.loads(line)["id"]
        if i in want:
            found[i] = line
missing = sorted(set(want) - set(found))
if missing:
    sys.exit(f"gold.sh: articles not in {news}: {missing}")
for g in golds:
    name = os.path.basename(os.path.dirname(g))
    with open(os.path.join(tmp, name + ".jsonl"), "w", encoding="utf-8") as out:
        for i in sorted(i for i, names in want.items() if name in names):
            out.write(found[i])
PY
names=()
if [ -z "$only" ]; then
  # The sample corpus with its domain pack, as scripts/demo.sh ingests it, and without it.
  (cd "$root" && score sample corpus "$root/tests/data/seed-gold.json" \
    --gazetteer corpus/export-controls/gazetteer.tsv)
  (cd "$root" && score sample-nopack corpus "$root/tests/data/seed-gold.json")
  names=(sample sample-nopack)
fi
for gold in "$root"/tests/data/gold/*/gold.json; do
  name=$(basename "$(dirname "$gold")")
  [ -z "$only" ] || [[ "$only" == *",$name,"* ]] || continue
  score "$name" "$tmp/$name.jsonl" "$gold"
  names+=("$name")
done

python3 - "$tmp" "${json_out:-}" "${names[@]}" <<'PY'
import json, os, platform, sys
tmp, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
rows = {}
for n in names:
    m = json.load(open(os.path.join(tmp, n + ".metrics.json")))
    m.update(json.load(open(os.path.join(tmp, n + ".time.json"))))
    rows[n] = m
keys = [k for k in rows[names[0]]]
for n in names:
    keys += [k for k in rows[n] if k not in keys]
width = max(len(k) for k in keys)
cols = [max(len(n), 7) for n in names]
print(f"{'metric':<{width}}  " + "  ".join(f"{n:>{c}}" for n, c in zip(names, cols)))
for k in keys:
    cells = []
    for n, c in zip(names, cols):
        v = rows[n].get(k, "")
        cells.append(f"{v:>{c}.3f}" if isinstance(v, float) else f"{v!s:>{c}}")
    print(f"{k:<{width}}  " + "  ".join(cells))
print(f"\nmachine: {platform.node()} {platform.machine()}, {os.cpu_count()} cores")
if out:
    json.dump(rows, open(out, "w"), indent=2, sort_keys=True)
PY

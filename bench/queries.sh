#!/usr/bin/env bash
# One-shot query latency: builds a database of the 1,683 FNC-1 training bodies plus the
# first 2,000 articles of ../shared/data/news, then times `stats`, `search TEXT` and
# `entity NAME` from process start to exit: 20 arguments drawn from the database with a
# fixed seed, 5 runs each, printing p50 and p99 per command (and `claim ID`, printed only).
#
#   bench/queries.sh [BINARY] [SHARED_DATA_DIR] [BEFORE_BINARY]
#
# With BEFORE_BINARY (an older claimgraph), the same is measured on a database that binary
# built from the FNC-1 bodies, beside this binary's database of the same bodies.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/src/claimgraph}
data=${2:-../shared/data}
before=${3:-}
if [ ! -f "$data/fnc1/train_bodies.csv" ] || [ ! -f "$data/news/allsides.jsonl.gz" ]; then
  echo "bench/queries.sh: needs $data/fnc1/train_bodies.csv and $data/news/allsides.jsonl.gz" >&2
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$data" "$work" <<'PY'
import csv, gzip, json, sys
data, work = sys.argv[1], sys.argv[2]
csv.field_size_limit(1 << 30)
with open(f"{data}/fnc1/train_bodies.csv", newline="", encoding="utf-8") as f, \
     open(f"{work}/fnc1.jsonl", "w", encoding="utf-8") as out:
    for row in csv.DictReader(f):
        out.write(json.dumps({"id": "fnc-" + row["Body ID"], "text": row["articleBody"]}) + "\n")
with gzip.open(f"{data}/news/allsides.jsonl.gz", "rt", encoding="utf-8") as f, \
     open(f"{work}/news.jsonl", "w", encoding="utf-8") as out:
    for i, line in enumerate(f):
        if i >= 2000:
            break
        out.write(line)
PY

# Times one command line 5 times per argument; prints p50 and p99 in milliseconds.
time_queries() {  # label db args-file command...
  local label=$1 db=$2 file=$3
  shift 3
  python3 - "$label" "$db" "$file" "$@" <<'PY'
import subprocess, sys, time
label, db, file, cmd = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
args = [l.rstrip("\n") for l in open(file, encoding="utf-8") if l.strip()]
times = []
for a in args:
    for _ in range(5):
        t = time.perf_counter()
        r = subprocess.run(cmd + ["--db", db] + ([a] if a != "-" else []),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - t) * 1000)
        if r.returncode not in (0, 3):
            print(f"{label}: {' '.join(cmd)} {a!r} exited {r.returncode}", file=sys.stderr)
times.sort()
p = lambda q: times[min(len(times) - 1, int(q * len(times)))]
print(f"  {label:<28} n={len(times):<4} p50 {p(0.5):7.1f} ms   p99 {p(0.99):7.1f} ms")
PY
}

# Draws 20 search phrases, 20 entity names and 20 claim ids from a database (seed 7).
draw_arguments() {  # binary db
  "$1" export --db "$2" --json > "$work/export.json"
  python3 - "$work" <<'PY'
import json, random, sys
work = sys.argv[1]
g = json.load(open(f"{work}/export.json", encoding="utf-8"))
rnd = random.Random(7)
sts = [s["text"] for s in g.get("statements", []) if len(s["text"].split()) >= 6]
phrases = [" ".join(rnd.choice(sts).split()[:4]) for _ in range(20)]
names = [e["name"] for e in g.get("entities", [])]
claims = [c["id"] for c in g.get("claims", [])]
open(f"{work}/search.txt", "w").write("\n".join(phrases) + "\n")
open(f"{work}/entity.txt", "w").write("\n".join(rnd.sample(names, min(20, len(names)))) + "\n")
open(f"{work}/claim.txt", "w").write("\n".join(rnd.sample(claims, min(20, len(claims)))) + "\n")
open(f"{work}/none.txt", "w").write("-\n" * 20)
PY
}

measure() {  # label binary db
  local label=$1 b=$2 db=$3
  local wal
  wal=$(find "$db" -name '*.log' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  echo "$label: $(du -sh "$db" | cut -f1) on disk, $wal bytes of write-ahead log"
  draw_arguments "$b" "$db"
  time_queries "stats" "$db" "$work/none.txt" "$b" stats
  time_queries "search TEXT" "$db" "$work/search.txt" "$b" search
  time_queries "entity NAME" "$db" "$work/entity.txt" "$b" entity
  time_queries "claim ID (printed only)" "$db" "$work/claim.txt" "$b" claim
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); $(date -u +%F)"
if [ -n "$before" ]; then
  "$before" ingest --db "$work/before.db" --quiet "$work/fnc1.jsonl" >/dev/null || true
  measure "before ($before), FNC-1 bodies" "$before" "$work/before.db"
  "$bin" ingest --db "$work/after-fnc.db" --quiet "$work/fnc1.jsonl" >/dev/null || true
  measure "after ($bin), FNC-1 bodies" "$bin" "$work/after-fnc.db"
fi
start=$(date +%s.%N)
"$bin" ingest --db "$work/db" --quiet "$work/fnc1.jsonl" "$work/news.jsonl" >/dev/null || true
echo "ingest of 1,683 FNC-1 bodies + 2,000 news articles: $(echo "$(date +%s.%N) - $start" | bc) s"
measure "after ($bin), FNC-1 + news" "$bin" "$work/db"

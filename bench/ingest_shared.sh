#!/usr/bin/env bash
# Benchmark and robustness run (not a test): ingests the team's real corpora in batches of
# 1,000 articles, each batch into a fresh database, and checks that every batch either
# succeeds (exit 0) or finishes with inputs skipped and named (exit 3), never crashes.
# Prints, per corpus, the articles stored and skipped and the most any article had of
# sentences, statements and candidate pairs (what the ingest caps are measured against),
# then the ten slowest articles of the whole run (from `ingest --timings`).
#
# usage: bench/ingest_shared.sh [CORPUS...]    CORPUS: news fnc1 tweets sick (default: all)
#   SHARED_DATA  the data folder (default: ../shared/data beside the project)
#   BATCHES      at most this many batches per corpus (default: all)
#   KEEP=1       keep the work folder (converted batches, reports, timings)
# The converted batches live in a temporary folder only: nothing from the data is kept.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${SHARED_DATA:-$here/../shared/data}"
bin="${CLAIMGRAPH_BIN:-$here/build/src/claimgraph}"
[[ -x "$bin" ]] || { echo "bench: build first (scripts/test.sh)" >&2; exit 1; }
[[ -d "$data" ]] || { echo "bench: $data not found (set SHARED_DATA)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench: needs python3" >&2; exit 1; }
corpora=("$@")
[[ ${#corpora[@]} -gt 0 ]] || corpora=(news fnc1 tweets sick)
work="$(mktemp -d)"
[[ "${KEEP:-0}" == 1 ]] && echo "work folder: $work" || trap 'rm -rf "$work"' EXIT

# Each corpus as JSONL batches of 1,000 articles: $work/CORPUS/batch-NNNN.jsonl.
python3 - "$data" "$work" "${corpora[@]}" <<'PY'
import csv, gzip, json, os, sys
data, work, names = sys.argv[1], sys.argv[2], sys.argv[3:]
csv.field_size_limit(1 << 30)

def batches(name, records):
    os.makedirs(f"{work}/{name}", exist_ok=True)
    out, n, k = None, 0, 0
    for rec in records:
        if n % 1000 == 0:
            if out: out.close()
            k += 1
            out = open(f"{work}/{name}/batch-{k:04d}.jsonl", "w", encoding="utf-8")
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    if out: out.close()
    print(f"{name}: {n} articles in {k} batches", file=sys.stderr)

def text_of(raw):  # tweets: UTF-8 with Latin-1 bytes in places
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")

def news():
    keep = ("id", "title", "text", "url", "outlet", "author", "published")
    with gzip.open(f"{data}/news/allsides.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            yield {k: r[k] for k in keep if k in r}

def fnc1():
    with open(f"{data}/fnc1/train_bodies.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            yield {"id": f"fnc1-{r['Body ID']}", "text": r["articleBody"]}

def tweets():
    for name in ("trainingdata-all-annotations.txt", "testdata-taskA-all-annotations.txt"):
        with open(f"{data}/stance-tweets/{name}", "rb") as f:
            lines = f.read().split(b"\n")
        head = text_of(lines[0]).rstrip("\r").split("\t")
        for raw in lines[1:]:
            cols = text_of(raw).rstrip("\r").split("\t")
            if len(cols) < len(head): continue
            r = dict(zip(head, cols))
            yield {"id": f"tweet-{name.split('-')[0]}-{r['ID']}", "title": r["Target"],
                   "text": r["Tweet"]}

def sick():
    seen = set()
    with open(f"{data}/nli/SICK.txt", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            for side in ("A", "B"):
                s = r[f"sentence_{side}"]
                if s in seen: continue
                seen.add(s)
                yield {"id": f"sick-{r['pair_ID']}-{side}", "text": s}

for name in names:
    batches(name, {"news": news, "fnc1": fnc1, "tweets": tweets, "sick": sick}[name]())
PY

status=0
for corpus in "${corpora[@]}"; do
  n=0
  for batch in "$work/$corpus"/batch-*.jsonl; do
    n=$((n + 1))
    [[ -n "${BATCHES:-}" && $n -gt $BATCHES ]] && break
    base="${batch%.jsonl}"
    rc=0
    "$bin" --db "$base.db" ingest --quiet --json --timings "$base.tsv" "$batch" \
      >"$base.json" 2>"$base.err" || rc=$?
    echo "$rc" >"$base.rc"
    rm -rf "$base.db"
    echo "$corpus $(basename "$batch"): exit $rc, $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["articles"], "stored,", len(r["skipped"]), "skipped")' "$base.json" 2>/dev/null || echo "no report")" >&2
    if [[ $rc -ne 0 && $rc -ne 3 ]]; then
      echo "FAILED: $corpus $(basename "$batch") exit $rc: $(tail -3 "$base.err")" >&2
      status=1
    fi
  done
done

python3 - "$work" "${corpora[@]}" <<'PY'
import glob, json, os, sys
work, names = sys.argv[1], sys.argv[2:]
rows = []
print(f"{'corpus':8} {'batches':>7} {'failed':>6} {'stored':>7} {'skipped':>7} {'capped':>6}"
      f" {'max sent':>8} {'max stmt':>8} {'max pairs':>9} {'seconds':>8}")
for name in names:
    stored = skipped = capped = failed = nb = 0
    mx = [0, 0, 0]
    secs = 0.0
    reasons = {}
    for rc_file in sorted(glob.glob(f"{work}/{name}/batch-*.rc")):
        base = rc_file[:-3]
        nb += 1
        rc = int(open(rc_file).read())
        if rc not in (0, 3):
            failed += 1
            continue
        rep = json.load(open(base + ".json"))
        stored += rep["articles"]
        skipped += len(rep["skipped"])
        capped += len(rep.get("capped", {}).get("articles", []))
        for s in rep["skipped"]:
            r = s["reason"].split(":")[0]
            reasons[r] = reasons.get(r, 0) + 1
        with open(base + ".tsv") as f:
            next(f)
            for line in f:
                c = line.rstrip("\n").split("\t")
                t = float(c[6]) + float(c[7]) + float(c[8])
                secs += t
                for i in range(3): mx[i] = max(mx[i], int(c[3 + i]))
                rows.append((t, name, c[1], int(c[2]), c[3], c[4], c[5]))
    print(f"{name:8} {nb:>7} {failed:>6} {stored:>7} {skipped:>7} {capped:>6}"
          f" {mx[0]:>8} {mx[1]:>8} {mx[2]:>9} {secs:>8.1f}")
    for r, k in sorted(reasons.items()):
        print(f"  skipped because: {r} ({k})")
rows.sort(reverse=True)
print("\nten slowest articles (seconds: analyse + link + store)")
print(f"{'seconds':>8} {'corpus':8} {'bytes':>8} {'sent':>5} {'stmt':>5} {'pairs':>6}  id")
for t, name, id_, size, se, st, pa in rows[:10]:
    print(f"{t:>8.2f} {name:8} {size:>8} {se:>5} {st:>5} {pa:>6}  {id_}")
PY
exit $status

#!/usr/bin/env bash
# Benchmark (not a test): the cost of one big article. Builds .txt articles of real text of
# 1, 4 and 16 MiB (news texts from ../shared/data/news laid end to end when it is there,
# else the sample corpus repeated), ingests each into a fresh database RUNS times, and
# prints the median wall time and peak memory (GNU time) per size and the cost per MiB of
# each size relative to 1 MiB (1.00 is linear; the target is at most 1.3, and 16 MiB under
# 2 GB of memory).
#
# usage: bench/big_article.sh [RUNS]          (default 3)
#   SHARED_DATA  the data folder (default: ../shared/data beside the project)
#   SIZES        sizes in MiB (default: "1 4 16")
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
data="${SHARED_DATA:-$here/../shared/data}"
bin="${CLAIMGRAPH_BIN:-$here/build/src/claimgraph}"
sizes="${SIZES:-1 4 16}"
[[ -x "$bin" ]] || { echo "bench: build first (scripts/test.sh)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench: needs python3" >&2; exit 1; }
if [[ ! -x /usr/bin/time ]]; then
  echo "bench: installing GNU time" >&2
  apt-get install -y -qq --no-install-recommends time >/dev/null
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$data/news/allsides.jsonl.gz" "$here/corpus" "$work" $sizes <<'PY'
import glob, gzip, json, os, sys
news, corpus, work, sizes = sys.argv[1], sys.argv[2], sys.argv[3], [int(s) for s in sys.argv[4:]]
need = max(sizes) << 20
texts, total = [], 0
if os.path.exists(news):
    with gzip.open(news, "rt", encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)["text"].strip()
            texts.append(t)
            total += len(t.encode()) + 2
            if total > need: break
    print(f"source: {news} ({len(texts)} articles)", file=sys.stderr)
else:
    base = [open(p, encoding="utf-8").read().strip()
            for p in sorted(glob.glob(f"{corpus}/**/*.txt", recursive=True))]
    while total <= need:
        for t in base:
            texts.append(t)
            total += len(t.encode()) + 2
    print(f"source: {corpus} repeated (no news data)", file=sys.stderr)
blob = "\n\n".join(texts).encode()
for mb in sizes:
    b = blob[: mb << 20]
    b = b[: b.rfind(b"\n")]  # whole lines, within the size
    b = b.decode("utf-8", errors="ignore").encode()
    open(f"{work}/article-{mb}mib.txt", "wb").write(b)
PY

printf '%8s %10s %10s %12s %14s\n' "MiB" "seconds" "peak MB" "s per MiB" "vs 1 MiB"
base_rate=""
for mb in $sizes; do
  for r in $(seq "$runs"); do
    rm -rf "$work/db"
    /usr/bin/time -f '%e %M' -o "$work/time-$mb-$r" \
      "$bin" --db "$work/db" ingest --quiet "$work/article-${mb}mib.txt" >"$work/out-$mb-$r" || {
      echo "bench: ingest of $mb MiB failed (exit $?)" >&2; cat "$work/out-$mb-$r" >&2; exit 1; }
  done
  read -r secs kb < <(cat "$work"/time-"$mb"-* | python3 -c '
import statistics, sys
rows = [l.split() for l in sys.stdin if l.strip()]
print(statistics.median(float(r[0]) for r in rows), int(statistics.median(int(r[1]) for r in rows)))')
  rate=$(python3 -c "print(f'{$secs / $mb:.3f}')")
  [[ -n "$base_rate" ]] || base_rate="$rate"
  ratio=$(python3 -c "print(f'{$rate / $base_rate:.2f}')")
  printf '%8s %10s %10s %12s %14s\n' "$mb" "$secs" "$((kb / 1024))" "$rate" "$ratio"
  grep -E "^(ingested|capped)" "$work/out-$mb-1" | sed 's/^/           /'
done

#!/usr/bin/env bash
# Benchmark (not a test): the time to add one article to graphs of 200 and of 1,600
# articles. The FNC-1 training bodies serve as filler; the probe articles are the sample
# corpus (five articles on another topic) and ten FNC-1 bodies left out of the filler.
# Each probe is ingested into the graph, timed, then removed; medians over all probes
# and repetitions are printed: wall time of the whole command, and the in-process
# analyse / link / store seconds that `ingest --json` reports.
#
# usage: bench/add_article.sh PATH_TO_FNC1_DIR [REPEATS]
#   PATH_TO_FNC1_DIR holds train_bodies.csv (FNC-1; not shipped with claimgraph).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fnc="${1:?usage: bench/add_article.sh PATH_TO_FNC1_DIR [REPEATS]}"
repeats="${2:-3}"
[[ -f "$fnc/train_bodies.csv" ]] || { echo "bench: $fnc/train_bodies.csv not found" >&2; exit 1; }
bin="${CLAIMGRAPH_BIN:-$here/build/src/claimgraph}"
[[ -x "$bin" ]] || { echo "bench: build first (bash scripts/demo.sh or scripts/test.sh)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$fnc/train_bodies.csv" "$work" <<'PY'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
rows.sort(key=lambda r: int(r["Body ID"]))
def write(name, part):
    with open(f"{sys.argv[2]}/{name}", "w", encoding="utf-8") as f:
        for r in part:
            f.write(json.dumps({"id": f"fnc-{r['Body ID']}", "title": "", "text": r["articleBody"]}) + "\n")
write("filler200.jsonl", rows[:200])
write("filler1600.jsonl", rows[:1600])
for i, r in enumerate(rows[1600:1610]):
    write(f"probe{i}.jsonl", [r])
PY

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME")"
for n in 200 1600; do
  db="$work/db$n"
  "$bin" --db "$db" ingest "$work/filler$n.jsonl" >/dev/null
  stats="$("$bin" --db "$db" stats --json)"
  : > "$work/times$n"
  for ((r = 0; r < repeats; r++)); do
    for probe in "$here"/corpus/export-controls/*.txt "$work"/probe*.jsonl; do
      start=$(date +%s.%N)
      out="$("$bin" --db "$db" ingest --json "$probe")"
      end=$(date +%s.%N)
      python3 -c 'import json,sys; j=json.loads(sys.argv[1]); s=j["seconds"]; print(float(sys.argv[3])-float(sys.argv[2]), s["analyze"], s["link"], s["store"], j["edges"])' \
        "$out" "$start" "$end" >> "$work/times$n"
      if [[ "$probe" == *.txt ]]; then id="$(basename "$probe" .txt)"; else id="$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["id"])' "$probe")"; fi
      "$bin" --db "$db" remove "$id" >/dev/null
    done
  done
  python3 - "$work/times$n" "$n" "$stats" <<'PY'
import json, statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1])]
st = json.loads(sys.argv[3])
med = [statistics.median(r[i] for r in rows) for i in range(5)]
print(f"graph of {sys.argv[2]} articles ({st['statements']} statements): median over {len(rows)} adds: "
      f"command {med[0]*1000:.0f} ms, analyse {med[1]*1000:.1f} ms, link {med[2]*1000:.1f} ms, "
      f"store {med[3]*1000:.1f} ms, edges made {med[4]:.0f}")
PY
done

#!/usr/bin/env bash
# Readers in a loop (`stats`, `search`, `sources`, `sources CLAIM`, `export`) while `remove`,
# `ingest` and `reindex` write: every read succeeds (exit 0), and every export taken during
# the writes holds whole articles only (each source's statement_count equals its statements
# in that export; every statement, edge end and mention points at a listed source).
#
# usage: concurrency.sh CLAIMGRAPH PROJECT_DIR [news|corpus] [ROUNDS]
#   news (default): the first 300 articles of ../shared/data/news (exit 77: skipped without it)
#   corpus: corpus/ (the sanitizer suites)
#   ROUNDS (default 2): how many times the writers run remove, ingest, reindex
set -uo pipefail
cg=$1
src=$2
mode=${3:-news}
rounds=${4:-2}
readers=2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-concurrency-XXXXXX")
reader_pids=()
cleanup() {
  for p in "${reader_pids[@]}"; do kill "$p" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
# shellcheck source=e2e_lib.sh
. "$(dirname "$0")/e2e_lib.sh"
e2e_input "$mode"
started=$(e2e_now_ms)
db=$tmp/db

if ! "$cg" --db "$db" ingest --quiet "$input" >/dev/null 2>"$tmp/err"; then
  [ $? -eq 3 ] || {
    echo "FAIL first ingest: $(head -c 1000 "$tmp/err")"
    exit 1
  }
fi
"$cg" --db "$db" export --json -o "$tmp/base.json" || exit 1
# What the readers ask: a word and a statement of the first source; what `remove` takes: every
# other source.
python3 - "$tmp/base.json" "$tmp" <<'EOF'
import json, re, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
st = doc["statements"][0]["text"]
words = sorted(re.findall(r"[A-Za-z]{5,}", st), key=lambda w: (-len(w), w))
open(sys.argv[2] + "/word", "w").write(words[0] if words else "said")
open(sys.argv[2] + "/claim", "w").write(st[:200])
ids = [s["id"] for s in doc["sources"]]
open(sys.argv[2] + "/remove.ids", "w").write("\n".join(ids[::2][:150]) + "\n")
EOF
word=$(cat "$tmp/word")
claim=$(cat "$tmp/claim")
mapfile -t remove_ids <"$tmp/remove.ids"
echo "setup (first ingest): $((($(e2e_now_ms) - started) / 1000))s; search '$word'"

# One reader: cycles through the read commands until $tmp/stop exists; logs each read as
# "PHASE COMMAND EXIT" (PHASE: what the writer was doing when the read began) and keeps the
# error output and the export of a failed or broken read.
reader() {
  local r=$1 n=0 phase rc
  while [ ! -e "$tmp/stop" ]; do
    n=$((n + 1))
    phase=$(cat "$tmp/phase" 2>/dev/null)
    local out=$tmp/r$r.$n
    case $((n % 5)) in
      0) "$cg" --db "$db" stats --json >"$out.out" 2>"$out.err" ;;
      1) "$cg" --db "$db" search "$word" --json >"$out.out" 2>"$out.err" ;;
      2) "$cg" --db "$db" sources --json >"$out.out" 2>"$out.err" ;;
      3) "$cg" --db "$db" sources "$claim" --limit 3 --json >"$out.out" 2>"$out.err" ;;
      4) "$cg" --db "$db" export --json -o "$out.out" 2>"$out.err" ;;
    esac
    rc=$?
    local what=(stats search sources sources-claim export)
    local cmd=${what[$((n % 5))]}
    if [ "$rc" -ne 0 ]; then
      echo "$phase $cmd $rc" >>"$tmp/reads.$r"
      echo "FAIL read $cmd during $phase exited $rc: $(head -c 600 "$out.err")" >>"$tmp/failures"
      continue
    fi
    if [ "$cmd" = export ] && ! e2e_whole_articles "$out.out" >"$out.whole"; then
      echo "$phase $cmd broken" >>"$tmp/reads.$r"
      {
        echo "FAIL export during $phase holds a partial article:"
        cat "$out.whole"
      } >>"$tmp/failures"
      continue
    fi
    echo "$phase $cmd 0" >>"$tmp/reads.$r"
    rm -f "$out.out" "$out.err" "$out.whole"
  done
}

echo idle >"$tmp/phase"
for ((r = 1; r <= readers; ++r)); do
  reader "$r" &
  reader_pids+=($!)
done

write_failures=0
# What the writer is doing, for the readers' log (renamed into place: a reader never sees it half
# written).
set_phase() {
  echo "$1" >"$tmp/phase.new"
  mv "$tmp/phase.new" "$tmp/phase"
}
write() {
  set_phase "$1"
  shift
  "$cg" --db "$db" "$@" >/dev/null 2>"$tmp/werr"
  local rc=$?
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
    echo "FAIL writer $*: exit $rc: $(head -c 600 "$tmp/werr")"
    write_failures=$((write_failures + 1))
  fi
}
for ((round = 1; round <= rounds; ++round)); do
  write remove remove "${remove_ids[@]}"
  write ingest ingest --quiet "$input"
  write reindex reindex
done
set_phase done
touch "$tmp/stop"
wait "${reader_pids[@]}"
reader_pids=()

cat "$tmp"/reads.* >"$tmp/reads" 2>/dev/null
total=$(wc -l <"$tmp/reads")
during=$(grep -cv '^\(idle\|done\) ' "$tmp/reads")
echo "reads: $total, $during of them begun during a write; by writer phase and command:"
sort "$tmp/reads" | uniq -c | sed 's/^/  /'
failures=$write_failures
if [ -s "$tmp/failures" ]; then
  cat "$tmp/failures"
  failures=$((failures + $(grep -c '^FAIL' "$tmp/failures")))
fi
for phase in remove ingest reindex; do
  grep -q "^$phase " "$tmp/reads" || {
    echo "FAIL no read began during $phase (the test did not test it)"
    failures=$((failures + 1))
  }
done
# After the writers, the database is whole.
E2E_HAS_CHECK=0
e2e_has_check && E2E_HAS_CHECK=1
e2e_verify_db "$db" "after the writers" || failures=$((failures + 1))
echo "$rounds rounds, $readers readers, $failures failures, $((($(e2e_now_ms) - started) / 1000))s (input $mode)"
[ "$failures" -eq 0 ]

#!/usr/bin/env bash
# Kill -9 at seeded random moments during `ingest`, `reindex`, `remove` and `correct`; after
# each kill the database opens, `claimgraph check` passes, no source is partly stored, and
# finishing the command gives an export byte-identical to that of a clean run.
#
# usage: crash_safety.sh CLAIMGRAPH PROJECT_DIR [news|corpus] [TRIALS]
#   news (default): the first 300 articles of ../shared/data/news (exit 77: skipped without it)
#   corpus: corpus/ (the sanitizer suites)
#   TRIALS (default 20): kills at seeded moments, 2/5 of them during ingest, 1/10 during
#   reindex, the rest shared by remove and correct; then 4 more while ingest makes the
#   database (on corpus/)
# Environment: CLAIMGRAPH_CRASH_SEED (default 13) picks the moments: uniform over the measured
# duration of a clean run of the same command.
set -uo pipefail
cg=$1
src=$2
mode=${3:-news}
trials=${4:-20}
seed=${CLAIMGRAPH_CRASH_SEED:-13}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-crash-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# shellcheck source=e2e_lib.sh
. "$(dirname "$0")/e2e_lib.sh"
e2e_input "$mode"
E2E_HAS_CHECK=0
if e2e_has_check; then E2E_HAS_CHECK=1; else echo "note: no \`claimgraph check\` here; stats, export and the whole-article check stand in"; fi
started=$(e2e_now_ms)
failures=0
fail() {
  echo "FAIL $*"
  failures=$((failures + 1))
}

# --- Clean runs: the reference exports and each command's duration.
# Runs "$@" against database $db, timing it into $elapsed (ms) and its exit code into $rc.
timed() {
  local t0
  t0=$(e2e_now_ms)
  "$cg" --db "$db" "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  elapsed=$(($(e2e_now_ms) - t0))
}

db=$tmp/base
timed ingest --quiet "$input"
ingest_rc=$rc ingest_ms=$elapsed
if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
  echo "FAIL clean ingest exited $rc: $(head -c 1000 "$tmp/err")"
  exit 1
fi
e2e_verify_db "$db" "clean ingest" || exit 1
cp "$db.json" "$tmp/ingest.ref.json"

# What `remove` and `correct` work on, drawn from the clean graph (fixed picks, not random).
python3 - "$tmp/ingest.ref.json" "$tmp" <<'EOF'
import json, shlex, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
out = sys.argv[2]
ids = [s["id"] for s in doc["sources"]]
# Every other source, at most 150 of them, but never all.
remove = ids[::2][:150] if len(ids) > 1 else []
open(out + "/remove.ids", "w").write("\n".join(remove) + "\n")
sts = doc["statements"]
by_source = {}
for st in sts:
    by_source.setdefault(st["source"], []).append(st["id"])
firsts = [v[0] for v in by_source.values()]
ents = [e["id"] for e in doc["entities"]]
cmds = []
if len(firsts) >= 2:
    cmds.append(["edge", firsts[0], firsts[1], "--label", "contradicts"])
if len(sts) >= 3:
    cmds.append(["not-a-claim", sts[2]["id"]])
if len(ents) >= 2:
    cmds.append(["merge", ents[0], ents[1]])
# One command a line, run by `bash -e` with $CG and $DB set.
with open(out + "/corrections.sh", "w") as f:
    for c in cmds:
        args = c + ["--reason", "crash test", "--by", "crash-test"]
        f.write('"$CG" --db "$DB" correct ' + " ".join(shlex.quote(a) for a in args) + "\n")
EOF
mapfile -t remove_ids <"$tmp/remove.ids"
n_corrections=$(wc -l <"$tmp/corrections.sh")
if [ ${#remove_ids[@]} -eq 0 ] || [ "$n_corrections" -lt 3 ]; then
  echo "FAIL the clean graph is too small to pick sources and corrections from"
  exit 1
fi

# A fresh copy of the clean database at $db.
fresh() {
  rm -rf "$db" "$db.json"
  cp -a "$tmp/base" "$db"
}
# Runs the corrections after the first $1 on $db.
run_corrections() {
  tail -n +$(($1 + 1)) "$tmp/corrections.sh" | CG=$cg DB=$db bash -e >/dev/null 2>"$tmp/err"
}

db=$tmp/ref
fresh
timed reindex
reindex_ms=$elapsed
[ "$rc" -eq 0 ] || fail "clean reindex exited $rc: $(head -c 500 "$tmp/err")"
"$cg" --db "$db" export --json -o "$tmp/reindex.ref.json"

fresh
timed remove "${remove_ids[@]}"
remove_ms=$elapsed
[ "$rc" -eq 0 ] || fail "clean remove exited $rc: $(head -c 500 "$tmp/err")"
"$cg" --db "$db" export --json -o "$tmp/remove.ref.json"

fresh
t0=$(e2e_now_ms)
run_corrections 0 || fail "clean corrections failed: $(head -c 500 "$tmp/err")"
correct_ms=$(($(e2e_now_ms) - t0))
"$cg" --db "$db" export --json -o "$tmp/correct.ref.json"
cmp -s "$tmp/correct.ref.json" "$tmp/ingest.ref.json" &&
  fail "the corrections did not change the export (they would prove nothing)"

echo "clean runs (ms): ingest $ingest_ms (exit $ingest_rc), reindex $reindex_ms," \
  "remove of ${#remove_ids[@]} sources $remove_ms, $n_corrections corrections $correct_ms"

# --- The kill moments: seeded, uniform over each command's clean duration.
# Reindex trials are the dearest (finishing one re-derives everything): 1 in 10.
n_ingest=$((trials * 2 / 5))
n_reindex=$(((trials + 9) / 10))
n_remove=$(((trials - n_ingest - n_reindex + 1) / 2))
n_correct=$((trials - n_ingest - n_reindex - n_remove))
python3 - "$seed" "ingest:$n_ingest:$ingest_ms" "reindex:$n_reindex:$reindex_ms" \
  "remove:$n_remove:$remove_ms" "correct:$n_correct:$correct_ms" >"$tmp/plan" <<'EOF'
import random, sys
rng = random.Random(int(sys.argv[1]))
for arg in sys.argv[2:]:
    cmd, n, ms = arg.split(":")
    for _ in range(int(n)):
        print(cmd, "%.3f" % (rng.uniform(0.0, int(ms)) / 1000.0))
EOF

# Starts "$@" in a process group of its own, kills the group with SIGKILL after $1 seconds;
# sets $killed to 1 when the kill landed (the command had not finished).
kill_after() {
  local delay=$1
  shift
  setsid "$@" >/dev/null 2>"$tmp/err" &
  local pid=$!
  sleep "$delay"
  killed=0
  kill -KILL -- -"$pid" 2>/dev/null && killed=1
  wait "$pid" 2>/dev/null
  run_rc=$?
}

landed=0
trial=0
declare -A trial_ms=()
while read -r cmd delay; do
  trial=$((trial + 1))
  trial_started=$(e2e_now_ms)
  what="trial $trial: $cmd killed at ${delay}s"
  case "$cmd" in
    ingest)
      db=$tmp/trial
      rm -rf "$db" "$db.json"
      kill_after "$delay" "$cg" --db "$db" ingest --quiet "$input"
      ;;
    reindex)
      db=$tmp/trial
      fresh
      kill_after "$delay" "$cg" --db "$db" reindex
      ;;
    remove)
      db=$tmp/trial
      fresh
      kill_after "$delay" "$cg" --db "$db" remove "${remove_ids[@]}"
      ;;
    correct)
      db=$tmp/trial
      fresh
      kill_after "$delay" env CG="$cg" DB="$db" bash -e "$tmp/corrections.sh"
      ;;
  esac
  landed=$((landed + killed))
  [ "$killed" = 1 ] ||
    echo "note: $what: it had finished before the kill (exit $run_rc$(head -c 300 "$tmp/err" | sed 's/^/: /'))"
  # A kill before the database was created leaves nothing to check; finishing creates it.
  if [ -e "$db/CURRENT" ]; then
    # On a failure, go on: whether finishing repairs it is worth knowing too.
    e2e_verify_db "$db" "$what" || failures=$((failures + 1))
  elif [ "$cmd" != ingest ]; then
    fail "$what: the database is gone"
    continue
  fi
  # Finish the command.
  case "$cmd" in
    ingest)
      "$cg" --db "$db" ingest --quiet "$input" >/dev/null 2>"$tmp/err"
      rc=$?
      [ "$rc" -eq "$ingest_rc" ] || fail "$what: finishing exited $rc: $(head -c 500 "$tmp/err")"
      ;;
    reindex)
      "$cg" --db "$db" reindex >/dev/null 2>"$tmp/err" ||
        fail "$what: finishing failed: $(head -c 500 "$tmp/err")"
      ;;
    remove)
      mapfile -t left < <(python3 -c '
import json, sys
have = {s["id"] for s in json.load(open(sys.argv[1], encoding="utf-8"))["sources"]}
print("\n".join(i for i in open(sys.argv[2]).read().split("\n") if i in have))' \
        "$db.json" "$tmp/remove.ids" | sed '/^$/d')
      if [ ${#left[@]} -gt 0 ]; then
        "$cg" --db "$db" remove "${left[@]}" >/dev/null 2>"$tmp/err" ||
          fail "$what: finishing failed: $(head -c 500 "$tmp/err")"
      fi
      ;;
    correct)
      # Corrections are appended one command at a time: those stored are the first n.
      done_n=$("$cg" --db "$db" corrections --json | python3 -c '
import json, sys
d = json.load(sys.stdin)
print(len(d if isinstance(d, list) else d.get("corrections", [])))')
      run_corrections "$done_n" || fail "$what: finishing failed: $(head -c 500 "$tmp/err")"
      ;;
  esac
  "$cg" --db "$db" export --json -o "$tmp/final.json" 2>"$tmp/err" ||
    fail "$what: export after finishing failed: $(head -c 500 "$tmp/err")"
  if ! cmp -s "$tmp/final.json" "$tmp/$cmd.ref.json"; then
    fail "$what: the finished export differs from a clean run's:"
    diff <(python3 -m json.tool "$tmp/$cmd.ref.json") <(python3 -m json.tool "$tmp/final.json") | head -20
  fi
  trial_ms[$cmd]=$((${trial_ms[$cmd]:-0} + $(e2e_now_ms) - trial_started))
done <"$tmp/plan"
echo "time in trials (ms): ingest ${trial_ms[ingest]:-0}, reindex ${trial_ms[reindex]:-0}," \
  "remove ${trial_ms[remove]:-0}, correct ${trial_ms[correct]:-0}"

# --- Kills while the database is being made: the moment its folder (or the one it is made in)
# appears, and a little later. On corpus/ whatever the input: only the start matters here.
db=$tmp/made
"$cg" --db "$db" ingest --quiet "$src/corpus" >/dev/null 2>"$tmp/err" ||
  fail "clean ingest of corpus/ failed: $(head -c 500 "$tmp/err")"
"$cg" --db "$db" export --json -o "$tmp/creation.ref.json"
creation=0
for delay in 0 0.002 0.01 0.03; do
  trial=$((trial + 1))
  creation=$((creation + 1))
  what="trial $trial: ingest killed ${delay}s after the database folder appeared"
  rm -rf "$db" "$db".*
  setsid "$cg" --db "$db" ingest --quiet "$src/corpus" >/dev/null 2>"$tmp/err" &
  pid=$!
  until compgen -G "$db*" >/dev/null || ! kill -0 "$pid" 2>/dev/null; do :; done
  sleep "$delay"
  killed=0
  kill -KILL -- -"$pid" 2>/dev/null && killed=1
  wait "$pid" 2>/dev/null
  landed=$((landed + killed))
  [ "$killed" = 1 ] || echo "note: $what: it had finished before the kill"
  if [ -e "$db/CURRENT" ]; then
    e2e_verify_db "$db" "$what" || failures=$((failures + 1))
  elif [ -e "$db" ] && [ -n "$(ls -A "$db")" ]; then
    fail "$what: $db holds files but no CURRENT: $(ls "$db" | tr '\n' ' ')"
  fi
  "$cg" --db "$db" ingest --quiet "$src/corpus" >/dev/null 2>"$tmp/err" ||
    fail "$what: finishing failed: $(head -c 500 "$tmp/err")"
  "$cg" --db "$db" export --json -o "$tmp/final.json" 2>"$tmp/err" ||
    fail "$what: export after finishing failed: $(head -c 500 "$tmp/err")"
  cmp -s "$tmp/final.json" "$tmp/creation.ref.json" ||
    fail "$what: the finished export differs from a clean run's"
done
leftovers=$(compgen -G "$db.*" | grep -v '\.json$' | tr '\n' ' ')
[ -z "$leftovers" ] || fail "left beside the database after finishing: $leftovers"

total_s=$((($(e2e_now_ms) - started) / 1000))
echo "$trial trials ($n_ingest ingest, $n_reindex reindex, $n_remove remove, $n_correct correct," \
  "$creation ingest while the database is made)," \
  "$landed killed mid-run, $failures failures, ${total_s}s (seed $seed, input $mode)"
[ "$failures" -eq 0 ]

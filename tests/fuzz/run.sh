#!/usr/bin/env bash
# Runs every libFuzzer harness of BUILD_DIR (built with -DCLAIMGRAPH_FUZZ=ON) for a share
# of SECONDS_TOTAL (default 270), with a fixed -seed, on a copy of the committed corpus
# (tests/fuzz/corpus/<harness>/) plus, where ../shared/data is present, a few seeds drawn
# from it into a temporary folder. Fails on any finding (crash, sanitizer report, leak,
# timeout, out of memory), naming the harness and the input that triggered it.
# Environment: FUZZ_SEED (default 1), FUZZ_ONLY (space-separated harness names),
# FUZZ_WORK (the folder for the run; default a temporary one, removed when all pass).
# Usage: tests/fuzz/run.sh BUILD_DIR [SECONDS_TOTAL]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:?usage: run.sh BUILD_DIR [SECONDS_TOTAL]}"
total="${2:-270}"
seed="${FUZZ_SEED:-1}"
bin_dir="$build/tests/fuzz"

harnesses=()
if [[ -n "${FUZZ_ONLY:-}" ]]; then
  read -r -a harnesses <<<"$FUZZ_ONLY"
else
  for d in "$here"/corpus/*/; do harnesses+=("$(basename "$d")"); done
fi
for h in "${harnesses[@]}"; do
  if [[ ! -x "$bin_dir/fuzz_$h" ]]; then
    echo "run.sh: $bin_dir/fuzz_$h is missing (configure with -DCLAIMGRAPH_FUZZ=ON and build the 'fuzzers' target)" >&2
    exit 2
  fi
done

work="${FUZZ_WORK:-$(mktemp -d /tmp/claimgraph-fuzz.XXXXXX)}"
mkdir -p "$work"
shared="$root/../shared/data"
if [[ -d "$shared" ]] && command -v python3 >/dev/null; then
  python3 "$here/shared_seeds.py" "$shared" "$work/shared" 8 ||
    echo "run.sh: could not draw seeds from $shared; fuzzing the committed corpus only" >&2
fi

# SECONDS_TOTAL is wall time for the whole run: each harness gets an equal share of what
# is left, less the start-up time (loading WordNet, running the seeds) the harnesses before
# it took beyond their share.
echo "fuzzing ${#harnesses[@]} harnesses in about $total s, -seed=$seed, work in $work"
deadline=$(($(date +%s) + total))
overhead=0
left_harnesses=${#harnesses[@]}
failed=0
printf '%-14s %10s %7s %8s  %s\n' harness execs seconds corpus result
for h in "${harnesses[@]}"; do
  dir="$work/$h"
  rm -rf "$dir" && mkdir -p "$dir/corpus" "$dir/artifacts"
  cp "$here/corpus/$h"/* "$dir/corpus/" 2>/dev/null
  [[ -d "$work/shared/$h" ]] && cp "$work/shared/$h"/* "$dir/corpus/"
  per=$(((deadline - $(date +%s)) / left_harnesses - overhead))
  ((per < 1)) && per=1
  left_harnesses=$((left_harnesses - 1))
  max_len=8192
  [[ $h == stance_model || $h == pdf ]] && max_len=65536
  dict=()
  case $h in
    txt | md | html | json | jsonl | normalize | boilerplate | segment | statements | entities | link | stance_text)
      dict=(-dict="$here/text.dict") ;;
  esac
  start=$(date +%s.%N)
  # A hang is a finding (-timeout); so is a run past -rss_limit_mb. Leaks are reported too.
  "$bin_dir/fuzz_$h" -seed="$seed" -max_total_time="$per" -timeout=25 -rss_limit_mb=2048 \
    -max_len=$max_len -print_final_stats=1 "${dict[@]}" -artifact_prefix="$dir/artifacts/" \
    "$dir/corpus" >"$dir/log" 2>&1
  rc=$?
  secs=$(echo "$(date +%s.%N) - $start" | bc 2>/dev/null || echo "?")
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$dir/log" | grep -o '[0-9]*$' | tail -1)
  size=$(ls "$dir/corpus" | wc -l)
  over=$(echo "$secs - $per" | bc 2>/dev/null | cut -d. -f1)
  ((${over:-0} > overhead)) && overhead=${over:-0}
  # Findings only: crash-, leak-, timeout-, oom- (slow-unit- files are not).
  found=$(ls "$dir/artifacts" 2>/dev/null | grep -E '^(crash|leak|timeout|oom)-' | head -1)
  if [[ $rc -ne 0 || -n "$found" ]]; then
    failed=1
    printf '%-14s %10s %7.1f %8s  FINDING (exit %d): %s\n' "$h" "${execs:-?}" "$secs" "$size" \
      "$rc" "${found:+$dir/artifacts/$found}"
    grep -m1 -E 'ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|runtime error|fuzz check failed|Assertion|SUMMARY' \
      "$dir/log" | sed 's/^/    /'
    echo "    log: $dir/log"
  else
    printf '%-14s %10s %7.1f %8s  ok\n' "$h" "${execs:-?}" "$secs" "$size"
  fi
done
if ((failed)); then
  echo "fuzz: FINDINGS (inputs and logs kept in $work)"
  exit 1
fi
[[ -z "${FUZZ_WORK:-}" ]] && rm -rf "$work"
echo "fuzz: no findings"

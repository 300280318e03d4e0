#!/usr/bin/env bash
# Runs the libFuzzer harnesses longer than CI does, with a fresh random seed each run, and
# keeps what they find. Build first:
#   CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCLAIMGRAPH_FUZZ=ON -DCLAIMGRAPH_TESTS=OFF
#   cmake --build build-fuzz -j2 --target fuzzers
# Usage: bench/fuzz.sh [BUILD_DIR] [SECONDS_PER_HARNESS] [HARNESS...]
# (default build-fuzz, 600 s, every harness). Work and findings stay in
# /tmp/claimgraph-fuzz-long.<seed>; inputs that add coverage can be minimised (-merge=1)
# into tests/fuzz/corpus by hand.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build-fuzz}"
per="${2:-600}"
shift $(($# > 2 ? 2 : $#))
seed=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
harnesses=("$@")
if ((${#harnesses[@]} == 0)); then
  for d in "$root"/tests/fuzz/corpus/*/; do harnesses+=("$(basename "$d")"); done
fi
echo "bench/fuzz.sh: seed $seed, ${per} s per harness"
FUZZ_SEED="$seed" FUZZ_ONLY="${harnesses[*]}" FUZZ_WORK="/tmp/claimgraph-fuzz-long.$seed" \
  "$root/tests/fuzz/run.sh" "$build" $((per * ${#harnesses[@]}))

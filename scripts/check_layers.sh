#!/usr/bin/env bash
# Fails when a source file includes a project header its folder may not use: the
# dependency matrix of src/CMakeLists.txt, checked on the #include lines themselves (a
# header reachable through the include path is not thereby allowed). Prints each offence
# as file:line: the include.
set -euo pipefail
cd "$(dirname "$0")/.."
declare -A allowed=(
  [src/core]="core"
  [src/model]="model core"
  [src/text]="text core"
  [src/judge]="judge text model core"
  [src/storage]="storage model core"
  [src/query]="query storage model core"
  [ingest]="ingest judge text storage model core"
  [src/cli]="cli query ingest judge text storage model core"
)
bad=0
for dir in "${!allowed[@]}"; do
  for f in $(git ls-files "$dir/*.cc" "$dir/*.h"); do
    while IFS=: read -r line inc; do
      layer=${inc#*\"}
      layer=${layer%%/*}
      if [[ " ${allowed[$dir]} " != *" $layer "* ]]; then
        echo "$f:$line: $inc ($dir may include only: ${allowed[$dir]})"
        bad=1
      fi
    done < <(grep -n '^#include "[a-z_]*/' "$f" | sed 's/^\([0-9]*\):/\1:/' || true)
  done
done
[ "$bad" -eq 0 ] && echo "layers: every include within its folder's allowed dependencies"
exit "$bad"

#!/usr/bin/env bash
# Sets up, builds, and turns the sample corpus into a graph, then shows what it found.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh >/dev/null
cg=build/src/claimgraph
db=${CLAIMGRAPH_DB:-build/corpus.db}
rm -rf "$db"
"$cg" --db "$db" ingest corpus
echo
"$cg" --db "$db" stats
echo
echo "== entities =="
"$cg" --db "$db" entities
echo
echo "== search: \"export controls accelerated indigenization\" =="
"$cg" --db "$db" search export controls accelerated indigenization --limit 5
echo
echo "The graph is in $db; try: $cg --db $db entity Baidu"

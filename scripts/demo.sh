#!/usr/bin/env bash
# Sets up, builds, and turns the sample corpus into a graph, then shows what it found.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh >/dev/null
cg=build/src/claimgraph
db=${CLAIMGRAPH_DB:-build/corpus.db}
rm -rf "$db"
# The sample's domain pack: known chip makers, AI labs and products, with their aliases.
"$cg" --db "$db" ingest --gazetteer corpus/export-controls/gazetteer.tsv corpus
echo
"$cg" --db "$db" stats
echo
echo "== entities =="
"$cg" --db "$db" entities
echo
echo "== search: \"export controls accelerated indigenization\" =="
"$cg" --db "$db" search export controls accelerated indigenization --limit 5
echo
echo "== who backs and who contests: \"US export controls accelerated China's chip self-sufficiency\" =="
"$cg" --db "$db" sources "US export controls accelerated China's chip self-sufficiency" --evidence 1
echo
"$cg" --db "$db" brief "export controls" --format html -o build/brief-export-controls.html
echo "A briefing note on export controls: build/brief-export-controls.html"
echo "The graph is in $db; try: $cg --db $db entity Baidu, or $cg --db $db disputes"

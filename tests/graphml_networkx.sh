#!/usr/bin/env bash
# The GraphML export read by a real GraphML reader (networkx, Debian's python3-networkx):
# every node and edge arrives, with its typed attributes. Exit 77 (skipped) where
# networkx is absent.
# usage: graphml_networkx.sh CLAIMGRAPH_BINARY PROJECT_ROOT
set -euo pipefail
bin="$1"
root="$2"
if ! python3 -c "import networkx" 2>/dev/null; then
  echo "skipped: python3-networkx is not installed (apt-get install python3-networkx; .ci/run installs it)"
  exit 77
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
"$bin" --db "$work/db" ingest corpus >/dev/null
"$bin" --db "$work/db" export --format json -o "$work/graph.json"
"$bin" --db "$work/db" export --format graphml -o "$work/graph.graphml"
python3 - "$work" <<'PY'
import json, sys
import networkx as nx
work = sys.argv[1]
doc = json.load(open(f"{work}/graph.json", encoding="utf-8"))
g = nx.read_graphml(f"{work}/graph.graphml")
errors = []
want_nodes = sum(len(doc[k]) for k in ("sources", "statements", "claims", "entities"))
if g.number_of_nodes() != want_nodes:
    errors.append(f"{g.number_of_nodes()} nodes, the export has {want_nodes}")
for st in doc["statements"]:
    n = g.nodes.get("statement:" + st["id"])
    if n is None:
        errors.append(f"statement {st['id']} missing"); continue
    if n.get("text") != st["text"] or n.get("start") != st["start"] or n.get("kind") != "statement":
        errors.append(f"statement {st['id']} attributes differ: {n}")
for s in doc["sources"]:
    n = g.nodes.get("source:" + s["id"], {})
    if n.get("title") != s.get("title") or n.get("file") != s.get("file"):
        errors.append(f"source {s['id']} attributes differ")
judged = [(u, v, d) for u, v, d in g.edges(data=True) if d.get("relation") in ("supports", "contradicts")]
if len(judged) != len(doc["edges"]):
    errors.append(f"{len(judged)} supports/contradicts edges, the export has {len(doc['edges'])}")
want = {("statement:" + e["from"], "statement:" + e["to"], e["type"]): e for e in doc["edges"]}
for u, v, d in judged:
    e = want.get((u, v, d["relation"])) or want.get((v, u, d["relation"]))
    if e is None:
        errors.append(f"edge {u} {v} not in the export"); continue
    if not isinstance(d.get("score"), float) or abs(d["score"] - e["score"]) > 1e-9 or d.get("why") != e["why"]:
        errors.append(f"edge {u} {v} attributes differ: {d}")
for e in errors[:20]:
    print("FAIL:", e)
print(f"networkx read {g.number_of_nodes()} nodes and {g.number_of_edges()} edges ({len(judged)} supports/contradicts)")
sys.exit(1 if errors else 0)
PY

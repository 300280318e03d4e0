#!/usr/bin/env bash
# `claimgraph train` rebuilds the shipped stance model (ingest/data/stance_model.tsv) from
# the FNC-1 training CSVs byte for byte. Exits 77 (skipped) where ../shared/data/fnc1 is
# absent, as in a user's clone.
set -euo pipefail
bin="$1"; root="$2"
fnc="${FNC1_DIR:-$root/../shared/data/fnc1}"
if [ ! -f "$fnc/train_bodies.csv" ] || [ ! -f "$fnc/train_stances.csv" ]; then
  echo "skipped: $fnc/train_bodies.csv not found (set FNC1_DIR to the FNC-1 CSVs)"
  exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$bin" train "$fnc/train_bodies.csv" "$fnc/train_stances.csv" -o "$tmp/model.tsv"
if ! cmp "$tmp/model.tsv" "$root/ingest/data/stance_model.tsv"; then
  echo "the retrained model differs from ingest/data/stance_model.tsv" >&2
  diff <(head -c 2000 "$tmp/model.tsv") <(head -c 2000 "$root/ingest/data/stance_model.tsv") | head >&2
  exit 1
fi
echo "retrained model is byte-identical to the shipped one ($(wc -c < "$tmp/model.tsv") bytes)"

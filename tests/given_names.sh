#!/usr/bin/env bash
# ingest/data/given_names.txt rebuilds byte for byte from its resources
# (scripts/build_given_names.py: Faker's person providers and WordNet). Exits 77 (skipped)
# where Debian's python3-fake-factory or wordnet-base is not installed.
set -euo pipefail
root="$1"
wordnet=/usr/share/wordnet
python=""
for p in python3 /usr/bin/python3; do
  if command -v "$p" >/dev/null && "$p" -c 'import faker' 2>/dev/null; then python=$p; break; fi
done
if [ -z "$python" ] || [ ! -f "$wordnet/data.noun" ]; then
  echo "skipped: needs python3-fake-factory and wordnet-base"
  exit 77
fi
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
"$python" "$root/scripts/build_given_names.py" "$wordnet" >"$tmp"
if ! cmp "$tmp" "$root/ingest/data/given_names.txt"; then
  echo "the rebuilt given names differ from ingest/data/given_names.txt" >&2
  diff "$tmp" "$root/ingest/data/given_names.txt" | head >&2
  exit 1
fi
echo "given names are byte-identical to the shipped ones ($(grep -vc '^#' "$tmp") names)"

#!/usr/bin/env bash
# The lists learned from ../shared/data/news rebuild byte for byte:
# ingest/data/news_people.tsv (scripts/build_news_people.py), ingest/data/news_outlets.tsv
# (scripts/build_news_outlets.py) and ingest/data/news_aliases.tsv (scripts/build_news_aliases.py), with WordNet and ingest/data/given_names.txt. Exits 77
# (skipped) where ../shared/data/news or wordnet-base is absent.
set -euo pipefail
root="$1"
news="$root/../shared/data/news/allsides.jsonl.gz"
wordnet=/usr/share/wordnet
if [ ! -f "$news" ] || [ ! -f "$wordnet/index.noun" ]; then
  echo "skipped: needs ../shared/data/news and wordnet-base"
  exit 77
fi
tmp=$(mktemp); trap 'rm -f "$tmp" "$tmp.err"' EXIT
for list in people outlets aliases; do
  # What a script says of what it left out goes to its stderr: shown only when it fails.
  python3 "$root/scripts/build_news_$list.py" "$news" "$wordnet" >"$tmp" 2>"$tmp.err" ||
    { cat "$tmp.err" >&2; exit 1; }
  if ! cmp "$tmp" "$root/ingest/data/news_$list.tsv"; then
    echo "the rebuilt news $list differ from ingest/data/news_$list.tsv" >&2
    diff "$tmp" "$root/ingest/data/news_$list.tsv" | head >&2
    exit 1
  fi
  echo "news $list are byte-identical to the shipped ones ($(grep -vc '^#' "$tmp") lines)"
done

#!/usr/bin/env bash
# ingest/data/news_people.tsv rebuilds byte for byte from ../shared/data/news
# (scripts/build_news_people.py, with WordNet and ingest/data/given_names.txt). Exits 77
# (skipped) where ../shared/data/news or wordnet-base is absent.
set -euo pipefail
root="$1"
news="$root/../shared/data/news/allsides.jsonl.gz"
wordnet=/usr/share/wordnet
if [ ! -f "$news" ] || [ ! -f "$wordnet/index.noun" ]; then
  echo "skipped: needs ../shared/data/news and wordnet-base"
  exit 77
fi
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
python3 "$root/scripts/build_news_people.py" "$news" "$wordnet" >"$tmp"
if ! cmp "$tmp" "$root/ingest/data/news_people.tsv"; then
  echo "the rebuilt news people differ from ingest/data/news_people.tsv" >&2
  diff "$tmp" "$root/ingest/data/news_people.tsv" | head >&2
  exit 1
fi
echo "news people are byte-identical to the shipped ones ($(grep -vc '^#' "$tmp") surnames)"

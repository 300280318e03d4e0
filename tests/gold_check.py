#!/usr/bin/env python3
"""Checks the gold annotations of tests/data/gold/<question>/gold.json against the articles
they annotate (../shared/data/news/allsides.jsonl.gz, or --news PATH).

Every quote and every entity form must be an exact substring of its article's text; every doc
must exist; and each question must meet the counts of the gold issue:
  8 to 12 articles from at least 5 outlets, at least 3 articles on each side, news and opinion
  mixed; at least 4 disputes, each with at least 5 quotes a side from at least 2 articles a side;
  at least 4 agreements, each with quotes from at least 2 articles; entities listed for every
  article; a quote is one sentence or a clause (no sentence break inside, at most 60 words).

usage: gold_check.py [--news PATH] [GOLD.json ...]   (default: every tests/data/gold/*/gold.json)
Exits 77 (skipped) when the news file is absent, as in a user's clone; 1 on any problem.
"""
import argparse
import glob
import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"person", "organization", "place", "product", "policy", "event"}
SIDES = {"a", "b", "neutral"}


def load_articles(path, wanted):
    out = {}
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            # cheap filter before parsing
            m = re.match(r'\{"id": ?"([^"]+)"', line)
            if m and m.group(1) not in wanted:
                continue
            r = json.loads(line)
            if r["id"] in wanted:
                out[r["id"]] = r
    return out


def sentence_break(quote):
    # a full stop, question or exclamation mark followed by a space and a capital letter, not
    # after a one-letter initial or a common abbreviation
    for m in re.finditer(r"([A-Za-z.]+)[.?!][\"'”’)]* +[\"'“‘(]*[A-Z]", quote):
        word = m.group(1)
        if len(word) <= 2 or word.lower().rstrip(".") in {
                "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "st", "jr", "sr", "u.s",
                "u.k", "inc", "co", "corp", "lt", "col", "sgt", "prof", "rev", "vs", "no", "pres"}:
            continue
        return True
    return False


def check(gold_path, news_path, articles_cache):
    problems = []
    g = json.load(open(gold_path, encoding="utf-8"))
    name = os.path.basename(os.path.dirname(gold_path))
    docs = g.get("docs", {})
    ids = set(docs.values())
    missing_cache = ids - set(articles_cache)
    if missing_cache:
        articles_cache.update(load_articles(news_path, missing_cache))
    text = {}
    for doc, aid in docs.items():
        if aid not in articles_cache:
            problems.append(f"doc {doc}: article {aid} not in {news_path}")
        else:
            text[doc] = articles_cache[aid]["text"]

    def quote_ok(where, doc, quote):
        if doc not in docs:
            problems.append(f"{where}: doc {doc!r} is not in docs")
        elif doc in text and quote not in text[doc]:
            problems.append(f"{where}: not an exact substring of doc {doc}: {quote[:90]!r}")
        if len(quote.split()) > 60 or sentence_break(quote):
            problems.append(f"{where}: longer than one sentence or clause: {quote[:90]!r}")

    # articles: the counts of the issue
    arts = g.get("articles", [])
    if sorted(a.get("doc") for a in arts) != sorted(docs):
        problems.append("articles must list every doc once")
    if not 8 <= len(docs) <= 12:
        problems.append(f"{len(docs)} articles (8 to 12 wanted)")
    outlets = {articles_cache[a]["outlet"] for a in ids if a in articles_cache}
    if len(outlets) < 5:
        problems.append(f"{len(outlets)} outlets (at least 5 wanted)")
    for a in arts:
        if a.get("side") not in SIDES:
            problems.append(f"article {a.get('doc')}: side {a.get('side')!r} not one of {sorted(SIDES)}")
        if a.get("kind") not in {"news", "opinion"}:
            problems.append(f"article {a.get('doc')}: kind must be news or opinion")
    for side in ("a", "b"):
        n = sum(1 for a in arts if a.get("side") == side)
        if n < 3:
            problems.append(f"{n} articles on side {side} (at least 3 wanted)")
    if len({a.get("kind") for a in arts}) < 2:
        problems.append("news and opinion are not mixed")

    disputes = g.get("disputes", [])
    if len(disputes) < 4:
        problems.append(f"{len(disputes)} disputes (at least 4 wanted)")
    seen = {}
    for d in disputes:
        did = d.get("id", "?")
        for k in ("question", "a_label", "b_label"):
            if not d.get(k):
                problems.append(f"dispute {did}: no {k}")
        for side in ("a", "b", "related"):
            qs = d.get(side, [])
            for i, q in enumerate(qs):
                quote_ok(f"dispute {did} {side}[{i}]", q.get("doc"), q.get("quote", ""))
                key = (q.get("doc"), q.get("quote"))
                if key in seen and seen[key] != (did, side):
                    problems.append(f"dispute {did} {side}[{i}]: quote also in {seen[key]}")
                seen[key] = (did, side)
            if side != "related":
                if len(qs) < 5:
                    problems.append(f"dispute {did}: {len(qs)} quotes on side {side} (at least 5)")
                if len({q.get("doc") for q in qs}) < 2:
                    problems.append(f"dispute {did}: side {side} quotes from fewer than 2 articles")
    agreements = g.get("agreements", [])
    if len(agreements) < 4:
        problems.append(f"{len(agreements)} agreements (at least 4 wanted)")
    for ag in agreements:
        aid = ag.get("id", "?")
        qs = ag.get("quotes", [])
        for i, q in enumerate(qs):
            quote_ok(f"agreement {aid}[{i}]", q.get("doc"), q.get("quote", ""))
        if len({q.get("doc") for q in qs}) < 2:
            problems.append(f"agreement {aid}: quotes from fewer than 2 articles")

    entities = g.get("entities", [])
    named = set()
    names = set()
    for e in entities:
        en = e.get("name", "?")
        if en in names:
            problems.append(f"entity {en}: listed twice")
        names.add(en)
        if e.get("type") not in TYPES:
            problems.append(f"entity {en}: type {e.get('type')!r} not one of {sorted(TYPES)}")
        for doc, forms in e.get("forms", {}).items():
            named.add(doc)
            if doc not in docs:
                problems.append(f"entity {en}: doc {doc!r} is not in docs")
                continue
            if not forms:
                problems.append(f"entity {en}: no forms in doc {doc}")
            for f in forms:
                if doc in text and f not in text[doc]:
                    problems.append(f"entity {en}: form {f!r} not in doc {doc}")
    for doc in docs:
        if doc not in named:
            problems.append(f"doc {doc}: no entities listed")
    counts = (f"{len(docs)} articles, {len(outlets)} outlets, {len(disputes)} disputes, "
              f"{sum(len(d.get('a', [])) + len(d.get('b', [])) for d in disputes)} side quotes, "
              f"{len(agreements)} agreements, {len(entities)} entities")
    return name, counts, problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--news", default=os.path.join(HERE, "..", "..", "shared", "data", "news",
                                                   "allsides.jsonl.gz"))
    ap.add_argument("gold", nargs="*")
    a = ap.parse_args()
    files = a.gold or sorted(glob.glob(os.path.join(HERE, "data", "gold", "*", "gold.json")))
    if not os.path.exists(a.news):
        print(f"skipped: {a.news} not found (the gold annotates articles kept there)")
        return 77
    if not files:
        print("no gold files found")
        return 1
    cache = {}
    bad = 0
    for f in files:
        name, counts, problems = check(f, a.news, cache)
        print(f"{name}: {counts}: {'ok' if not problems else str(len(problems)) + ' problems'}")
        for p in problems:
            print(f"  {name}: {p}")
        bad += len(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Labelled statement pairs for `claimgraph pairs`, one JSON object a line, in a fixed order.

  make_pairs.py sick SICK.txt SET...        SICK pairs of the named SemEval sets (TRAIN, TRIAL,
                                            TEST): CONTRADICTION -> contradicts, ENTAILMENT ->
                                            supports, NEUTRAL -> neither
  make_pairs.py gold GOLD.json...           quote pairs of gold questions, across articles:
                                            the two sides of one dispute -> contradicts, two
                                            quotes of one agreement -> supports, one side of
                                            one dispute -> same_side, quotes of different
                                            disputes or agreements -> neither

Each line: {"id", "a", "b", "label", "set"} ("set" is the SICK set or the gold question).
The gold quotes are the annotators' copies of article text (tests/data/gold/README.md); a
pair is emitted once, in sorted order of its two quotes.
"""
import collections
import csv
import hashlib
import json
import os
import re
import sys

SICK_LABEL = {"CONTRADICTION": "contradicts", "ENTAILMENT": "supports", "NEUTRAL": "neither"}


def sick(path, sets):
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["SemEval_set"] in sets:
                yield {"id": "sick-" + row["pair_ID"], "a": row["sentence_A"],
                       "b": row["sentence_B"], "label": SICK_LABEL[row["entailment_label"]],
                       "set": row["SemEval_set"]}


def gold_quotes(gold):
    for d in gold["disputes"]:
        for side in ("a", "b"):
            for q in d.get(side, []):
                yield (d["id"], side, q["doc"], q["quote"])
    for a in gold["agreements"]:
        for q in a["quotes"]:
            yield (a["id"], "agree", q["doc"], q["quote"])


def label(x, y):
    if x[0] != y[0]:
        return "neither"
    if x[1] == "agree" and y[1] == "agree":
        return "supports"
    return "same_side" if x[1] == y[1] else "contradicts"


def gold(paths):
    for path in paths:
        name = os.path.basename(os.path.dirname(os.path.abspath(path)))
        with open(path, encoding="utf-8") as f:
            quotes = sorted(set(gold_quotes(json.load(f))))
        for i, x in enumerate(quotes):
            for y in quotes[i + 1:]:
                if x[2] == y[2] or x[3] == y[3]:
                    continue  # one article, or the same words: not two sources' statements
                yield {"id": f"{name}-{i}-{quotes.index(y)}", "a": x[3], "b": y[3],
                       "label": label(x, y), "set": name}


def fnc_topics(fnc):
    """Body id -> its topic's first body id (bodies joined by a related headline), and
    body id -> the headlines it is related to; as `claimgraph train --hold-out` splits."""
    with open(os.path.join(fnc, "train_bodies.csv"), encoding="utf-8") as f:
        order = {r["Body ID"]: i for i, r in enumerate(csv.DictReader(f))}
    parent, related, first = {}, collections.defaultdict(set), {}

    def find(b):
        while parent.get(b, b) != b:
            b = parent[b]
        return b
    with open(os.path.join(fnc, "train_stances.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["Stance"] == "unrelated":
                continue
            b = r["Body ID"]
            related[b].add(r["Headline"])
            if first.setdefault(r["Headline"], b) == b:
                continue
            x, y = find(first[r["Headline"]]), find(b)
            if x != y:
                x, y = (y, x) if order[y] < order[x] else (x, y)
                parent[y] = x
    return {b: find(b) for b in order}, related


FNC_WORD = re.compile(r"[a-z][a-z']+")
FNC_COMMON = 150      # the most frequent words are not evidence of a shared story
FNC_POSTING_CAP = 200  # a word in more statements than this pairs nothing
FNC_MIN_SHARED = 3


def fnc_neither(fnc, export_path, hold_out=5):
    topic, related = fnc_topics(fnc)
    with open(export_path, encoding="utf-8") as f:
        statements = json.load(f)["statements"]
    kept = []  # (body, statement id, text, words)
    for s in statements:
        body = s["source"].split("-", 1)[1]
        if int(topic.get(body, body)) % hold_out == 0:
            continue  # a held-out topic: never read
        words = {w for w in FNC_WORD.findall(s["text"].lower()) if len(w) >= 4}
        kept.append((body, s["id"], s["text"], words))
    df = collections.Counter(w for *_, ws in kept for w in ws)
    common = {w for w, _ in df.most_common(FNC_COMMON)}
    postings = collections.defaultdict(list)
    for i, (*_, ws) in enumerate(kept):
        for w in ws - common:
            postings[w].append(i)
    shared = collections.Counter()
    for ids in postings.values():
        if len(ids) <= FNC_POSTING_CAP:
            for n, i in enumerate(ids):
                for j in ids[n + 1:]:
                    shared[(i, j)] += 1
    out = []
    for (i, j), k in shared.items():
        x, y = kept[i], kept[j]
        if k >= FNC_MIN_SHARED and x[0] != y[0] and not related[x[0]] & related[y[0]]:
            out.append((hashlib.sha256((x[1] + "|" + y[1]).encode()).hexdigest(), x[2], y[2]))
    for key, a, b in sorted(out):
        yield {"id": "fnc-" + key[:12], "a": a, "b": b, "label": "neither", "set": "fnc-neither"}


def main(argv):
    if len(argv) >= 3 and argv[1] == "sick":
        pairs = sick(argv[2], set(argv[3:]) or {"TRAIN"})
    elif len(argv) >= 3 and argv[1] == "gold":
        pairs = gold(argv[2:])
    elif len(argv) == 4 and argv[1] == "fnc-neither":
        pairs = fnc_neither(argv[2], argv[3])
    else:
        sys.exit(__doc__)
    for p in pairs:
        print(json.dumps(p, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv)

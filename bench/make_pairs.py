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
import csv
import json
import os
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


def main(argv):
    if len(argv) >= 3 and argv[1] == "sick":
        pairs = sick(argv[2], set(argv[3:]) or {"TRAIN"})
    elif len(argv) >= 3 and argv[1] == "gold":
        pairs = gold(argv[2:])
    else:
        sys.exit(__doc__)
    for p in pairs:
        print(json.dumps(p, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv)

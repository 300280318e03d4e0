#!/usr/bin/env python3
"""Scores `claimgraph pairs --json` answers that carry a gold "label" (contradicts, supports,
neither, same_side): precision, recall and F1 of contradicts and supports, and the confusion
table of gold label by edge type. usage: pair_scores.py ANSWERS.jsonl [TITLE]"""
import collections
import json
import sys


def main(path, title):
    confusion = collections.Counter()
    for line in open(path, encoding="utf-8"):
        a = json.loads(line)
        confusion[(a["label"], a["type"])] += 1
    labels = sorted({g for g, _ in confusion})
    types = ["contradicts", "supports", "none"]
    print(f"{title}: {sum(confusion.values())} pairs")
    for t in ("contradicts", "supports"):
        tp = confusion[(t, t)]
        predicted = sum(v for (g, p), v in confusion.items() if p == t)
        gold = sum(v for (g, p), v in confusion.items() if g == t)
        prec = tp / predicted if predicted else 0.0
        rec = tp / gold if gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"  {t:<12} precision {prec:.3f} ({tp}/{predicted})  recall {rec:.3f} ({tp}/{gold})"
              f"  F1 {f1:.3f}")
    print("  gold \\ edge  " + "  ".join(f"{t:>11}" for t in types))
    for g in labels:
        print(f"  {g:<12}  " + "  ".join(f"{confusion[(g, t)]:>11}" for t in types))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else sys.argv[1])

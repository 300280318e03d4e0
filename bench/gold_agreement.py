#!/usr/bin/env python3
"""Agreement between two independent annotations of one question's disputes.

usage: gold_agreement.py FIRST.json SECOND.json
Both files hold `disputes` with quote lists `a`, `b`, `related` ({"doc", "quote"}). Quotes of
the two are paired when they come from the same article and overlap (one holds at least 60% of
the other's word tokens: the rule claimgraph's eval uses to match a statement to a quote).
Prints, over paired quotes: the share placed in the same dispute on the same side (the
agreement), the same over quotes both put on side a or b of the same dispute, and how many of
each annotator's quotes the other also chose.
"""
import json
import re
import sys


def tokens(s):
    return re.findall(r"[a-z0-9]+", s.replace("\u2019", "'").lower())


def quotes(path):
    out = []
    for d in json.load(open(path, encoding="utf-8"))["disputes"]:
        for side in ("a", "b", "related"):
            for q in d.get(side, []):
                out.append((d["id"], side, q["doc"], q["quote"], set(tokens(q["quote"]))))
    return out


def overlap(x, y):
    if not x or not y:
        return False
    inter = len(x & y)
    return inter / len(x) >= 0.6 or inter / len(y) >= 0.6


def main():
    first, second = quotes(sys.argv[1]), quotes(sys.argv[2])
    pairs = []
    for i, q in enumerate(first):
        best = None
        for j, r in enumerate(second):
            if q[2] == r[2] and overlap(q[4], r[4]):
                score = len(q[4] & r[4]) / len(q[4] | r[4])
                if best is None or score > best[0]:
                    best = (score, j)
        if best:
            pairs.append((i, best[1]))
    same = sum(1 for i, j in pairs if first[i][:2] == second[j][:2])
    sided = [(i, j) for i, j in pairs
             if first[i][0] == second[j][0] and first[i][1] in "ab" and second[j][1] in "ab"
             and first[i][1] != "related" and second[j][1] != "related"]
    sided_same = sum(1 for i, j in sided if first[i][1] == second[j][1])
    chosen_by_second = len({i for i, _ in pairs})
    chosen_by_first = len({j for _, j in pairs})
    print(f"quotes: first {len(first)}, second {len(second)}")
    print(f"paired (same article, overlapping): {len(pairs)}; of the first's quotes "
          f"{chosen_by_second}/{len(first)} also chosen by the second, of the second's "
          f"{chosen_by_first}/{len(second)} by the first")
    print(f"same dispute and same side (a, b or related): {same}/{len(pairs)} = "
          f"{same / len(pairs):.3f}" if pairs else "no pairs")
    if sided:
        print(f"both on side a or b of the same dispute, same side: {sided_same}/{len(sided)} = "
              f"{sided_same / len(sided):.3f}")
    by = {}
    for i, j in pairs:
        k = first[i][0]
        t = by.setdefault(k, [0, 0])
        t[0] += first[i][:2] == second[j][:2]
        t[1] += 1
    for k, (a, n) in sorted(by.items()):
        print(f"  {k}: {a}/{n} same dispute and side")
    for i, j in pairs:
        if first[i][0] == second[j][0] and {first[i][1], second[j][1]} == {"a", "b"}:
            print(f"  opposite sides in {first[i][0]}: doc {first[i][2]}: {first[i][3][:100]!r}")


if __name__ == "__main__":
    main()

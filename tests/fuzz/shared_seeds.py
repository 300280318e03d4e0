#!/usr/bin/env python3
"""A few seeds per harness drawn from ../shared/data (when present) into OUT/<harness>/.
The seeds go to a temporary folder only: never into the committed corpus.
Usage: shared_seeds.py SHARED_DATA_DIR OUT_DIR [PER_HARNESS]"""
import gzip
import itertools
import json
import pathlib
import sys


def main():
    data, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    per = int(sys.argv[3]) if len(sys.argv) > 3 else 8

    def write(h, name, b):
        d = out / h
        d.mkdir(parents=True, exist_ok=True)
        (d / name).write_bytes(b if isinstance(b, bytes) else b.encode("utf-8"))

    news = data / "news/allsides.jsonl.gz"
    if news.exists():
        with gzip.open(news, "rt", encoding="utf-8", errors="replace") as f:
            lines = list(itertools.islice(f, per))
        for i, line in enumerate(lines):
            a = json.loads(line)
            text = (a.get("text") or "")[:3000]
            for h in ("txt", "md", "normalize", "entities", "statements", "stance_text"):
                write(h, "shared-%d" % i, text)
            write("boilerplate", "shared-%d" % i, b"\x01" + text.encode())
            write("segment", "shared-%d" % i, b"\x00" + text.encode())
            a["text"] = text
            write("json", "shared-%d" % i, json.dumps(a))
            write("jsonl", "shared-%d" % i, json.dumps(a) + "\n")
            write("html", "shared-%d" % i, "<html><body><article><p>%s</p></article></body></html>"
                  % text.replace("\n\n", "</p><p>"))
            meta = {k: v for k, v in a.items() if k != "text"}
            write("sidecar", "shared-%d" % i, json.dumps(meta))
    sick = data / "nli/SICK.txt"
    if sick.exists():
        with open(sick, encoding="utf-8", errors="replace") as f:
            rows = [l.split("\t") for l in itertools.islice(f, 1, 1 + per)]
        for i, r in enumerate(rows):
            if len(r) > 2:
                write("link", "shared-%d" % i, bytes([i % 16]) + (r[1] + "\n" + r[2]).encode())
    for name in ("fnc1/train_stances.csv", "fnc1/train_bodies.csv"):
        p = data / name
        if p.exists():
            with open(p, "rb") as f:
                head = f.read(4000)
            write("csv", "shared-" + p.stem, head[: head.rfind(b"\n") + 1])


if __name__ == "__main__":
    main()

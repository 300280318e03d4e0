#!/usr/bin/env python3
"""Writes the committed seed corpus of each harness into tests/fuzz/corpus/<harness>/:
pieces of the sample articles in corpus/ (the project's own), the shipped data files, and
made-up inputs. Never reads ../shared/data. Regression seeds (crash-*) are kept as they are."""
import json
import os
import pathlib
import struct

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests/fuzz/corpus"
SAMPLES = sorted((ROOT / "corpus/export-controls").glob("*.txt"))
METAS = sorted((ROOT / "corpus/export-controls").glob("*.meta.json"))

MADE_UP = [
    "often be below 50%.",
    "Officials said the ban would not slow the company's progress.",
    "\u201cIt\u2019s a fiction,\u201d he said \u2014 and critics disagree\u2026",
    "Title | Outlet\n\nThe plan cut costs by 40% before 2024, the report said.\n",
    "- first item\n- second item\n1. third item\n",
    "Is this true? No. It is not.\n\nShare this article\nSubscribe now\n",
    "A. B. C. D.",
    "Prices rose.\r\nPrices fell.\rNo change\u2028was seen.",
    "not",
    "The rule, which took effect in 2023, was designed to prevent exports; but it failed, and "
    "the firms, according to analysts, found ways around it, if only for a while.",
    "Nvidia said H100 sales to China were banned, while Huawei and SMIC kept building.",
    "x " * 80 + ".",
]


def write(harness, name, data):
    d = OUT / harness
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (d / name).write_bytes(data)


def pieces(limit=1200):
    """The start of each sample article, cut at a line end, and a middle paragraph."""
    out = []
    for p in SAMPLES:
        text = p.read_text(encoding="utf-8")
        head = text[:limit]
        if "\n" in head:
            head = head[: head.rindex("\n") + 1]
        out.append(head)
        paras = [x for x in text.split("\n\n") if len(x) > 80]
        if len(paras) > 2:
            out.append(paras[len(paras) // 2][:limit])
    return out


def sentences():
    out = []
    for p in SAMPLES:
        for line in p.read_text(encoding="utf-8").split("\n"):
            for s in line.split(". "):
                if 40 < len(s) < 200:
                    out.append(s.strip() + ".")
    return out


def pdf(text):
    """A one-page PDF showing `text` (ASCII) in Helvetica."""
    esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 12 Tf 72 720 Td (" + esc + ") Tj ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Title (A made-up title) /Author (A. Writer) >>",
    ]
    body = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(body))
        body += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(body)
    body += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        body += "%010d 00000 n \n" % off
    body += "trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    return body


def varint(v):
    out = b""
    while v >= 0x80:
        out += bytes([(v & 0x7F) | 0x80])
        v >>= 7
    return out + bytes([v])


def main():
    texts = pieces() + MADE_UP
    sents = sentences()
    for i, t in enumerate(texts):
        for h in ("txt", "md", "normalize", "entities", "statements", "stance_text"):
            write(h, "seed-%02d" % i, ("# " + t) if h == "md" and i % 2 else t)
        write("boilerplate", "seed-%02d" % i, b"\x01" + t.encode())
        write("segment", "seed-%02d" % i, bytes([i % 2 | 0x50]) + t.encode())
        write("json", "seed-%02d" % i,
              json.dumps({"id": "s%d" % i, "title": "A title", "author": "A. Writer",
                          "url": "https://example.com/%d" % i, "text": t}))
        body = t.replace("\n\n", "</p><p>").replace("\n", " ")
        write("html", "seed-%02d" % i,
              "<html><head><title>A title &amp; more</title>"
              "<meta name=\"author\" content=\"A. Writer\"></head><body><nav>Home</nav>"
              "<article><h1>Heading</h1><p>%s</p></article><script>var x=1;</script>"
              "</body></html>" % body)
    write("json", "array", json.dumps([{"text": texts[0]}, {"body": texts[1], "id": 7}, 3]))
    write("jsonl", "lines", "\n".join(json.dumps({"id": "l%d" % i, "text": t})
                                      for i, t in enumerate(texts[:6])) + "\n{bad\n")
    for i, t in enumerate(texts[6:]):
        write("jsonl", "seed-%02d" % i, json.dumps({"text": t}) + "\n")
    for i in range(0, len(sents) - 1, 7):
        write("link", "seed-%03d" % i, bytes([i % 16]) + (sents[i] + "\n" + sents[i + 1]).encode())
    write("link", "made-up-negation",
          b"\x00Export controls slowed China's progress.\nExport controls did not slow "
          b"China's progress.")
    write("link", "made-up-below", b"\x00often be below 50%.\noften be below 50%.")
    for i, m in enumerate(METAS):
        write("sidecar", "seed-%02d" % i, m.read_bytes())
    write("sidecar", "made-up", json.dumps({"id": 12, "headline": "H", "byline": "B",
                                            "link": "u", "date": "2024-01-01", "site": None}))
    write("pdf", "one-page", pdf("Officials said the ban did not slow the company."))
    write("pdf", "sample", pdf(sents[0].encode("ascii", "replace").decode()))
    write("csv", "stances", "Headline,Body ID,Stance\nA claim,1,agree\n\"Quoted, comma\",2,"
          "\"dis\"\"agree\"\n")
    write("csv", "bodies", "Body ID,articleBody\n1,\"%s\"\n" % texts[0].replace('"', '""'))
    write("stance_model", "shipped", (ROOT / "ingest/data/stance_model.tsv").read_bytes())
    write("link_weights", "shipped", (ROOT / "ingest/data/link_weights.tsv").read_bytes())
    gaz = (ROOT / "corpus/export-controls/gazetteer.tsv").read_text(encoding="utf-8").split("\n")
    for i in range(0, min(len(gaz), 120), 30):
        write("gazetteer", "seed-%02d" % i, "\n".join(gaz[i:i + 30]) + "\n")
    postings = varint(3) + b"".join(varint(d) + varint(tf) + varint(n)
                                    for d, tf, n in ((0, 1, 5), (40, 2, 9), (300, 1, 12)))
    write("key_codec", "postings", postings)
    write("key_codec", "strings", varint(2) + varint(3) + b"abc" + varint(0))
    write("key_codec", "key", b"Tterm\x00source-1\x00" + struct.pack(">I", 77))
    write("key_codec", "statement-id", b"000_175fa12bb7e136dc@1234")


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# The briefing note as a reader sees it: renders the HTML brief of the sample corpus in
# headless Chromium and checks, in the rendered page, that every citation leads to a
# quote of the source it numbers, that each quote is that source's bytes at its offsets,
# and that every cited source is in the source list; the Markdown brief is checked the
# same way. Leaves a screenshot (brief-export-controls.png) in the working directory for a
# person's eye. Exit 77 (skipped) where chromium is absent.
# usage: brief_render.sh CLAIMGRAPH_BINARY PROJECT_ROOT
set -euo pipefail
bin="$1"
root="$2"
chrome="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$chrome" ]]; then
  echo "skipped: chromium is not installed (apt-get install chromium; .ci/run installs it)"
  exit 77
fi
out="$PWD"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
"$bin" --db "$work/db" ingest corpus >/dev/null
"$bin" --db "$work/db" brief "export controls" --format html -o "$work/brief.html"
"$bin" --db "$work/db" brief "export controls" --format md -o "$work/brief.md"
"$bin" --db "$work/db" brief "export controls" --json -o "$work/brief.json"
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run)
"$chrome" "${flags[@]}" --dump-dom "file://$work/brief.html" > "$work/dom.html" 2>/dev/null
"$chrome" "${flags[@]}" --window-size=1100,1600 --screenshot="$out/brief-export-controls.png" \
  "file://$work/brief.html" >/dev/null 2>&1
python3 - "$work" "$root" <<'PY'
import json, re, sys
from html.parser import HTMLParser
work, root = sys.argv[1], sys.argv[2]
brief = json.load(open(f"{work}/brief.json", encoding="utf-8"))
files = {s["n"]: s["file"] for s in brief["sources"]}
errors = []

class Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.cites, self.stack, self.text = {}, [], [], {}
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids[a["id"]] = a
            self.text[a["id"]] = ""
        if tag == "a" and "cite" in (a.get("class") or "").split():
            self.cites.append(a)
        self.stack.append(a.get("id"))
    def handle_endtag(self, tag):
        if self.stack: self.stack.pop()
    def handle_data(self, data):
        for i in self.stack:
            if i: self.text[i] += data

dom = Dom()
dom.feed(open(f"{work}/dom.html", encoding="utf-8").read())
if len(dom.cites) < 10:
    errors.append(f"only {len(dom.cites)} citations rendered")
for c in dom.cites:
    target = c.get("href", "")[1:]
    if target not in dom.ids:
        errors.append(f"citation {c} leads nowhere")
        continue
    if dom.ids[target].get("data-n") != c.get("data-n"):
        errors.append(f"citation [{c.get('data-n')}] leads to a quote of source [{dom.ids[target].get('data-n')}]")
    if f"s{c.get('data-n')}" not in dom.ids:
        errors.append(f"citation [{c.get('data-n')}] has no entry in the source list")
# Each quote in the page is its source's bytes at its offsets.
for q in brief["quotes"]:
    data = open(f"{root}/{files[q['n']]}", "rb").read()
    if data[q["start"]:q["end"]].decode("utf-8") != q["text"]:
        errors.append(f"quote {q['statement']} is not the bytes of {files[q['n']]}")
shown = " ".join(dom.text.values())
for q in brief["quotes"]:
    if " ".join(q["text"].split()) not in " ".join(shown.split()):
        errors.append(f"quote {q['statement']} is not shown in the page")
# Markdown: every [n] before the source list names an entry of it.
md = open(f"{work}/brief.md", encoding="utf-8").read()
body, _, tail = md.partition("\n## Sources\n")
listed = set(int(n) for n in re.findall(r"^(\d+)\. ", tail.partition("\n## Quotes cited")[0], re.M))
cited = set(int(n) for n in re.findall(r"\[(\d+)\]", body))
if not cited or cited - listed:
    errors.append(f"markdown cites {sorted(cited - listed)} without a source entry")
if listed != set(files):
    errors.append("markdown source list differs from the brief's sources")
for e in errors:
    print("FAIL:", e)
print(f"{len(dom.cites)} citations rendered, {len(brief['quotes'])} quotes, {len(files)} sources checked")
sys.exit(1 if errors else 0)
PY
echo "screenshot: $out/brief-export-controls.png"

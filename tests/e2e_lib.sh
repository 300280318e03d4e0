# Shared by the kill and concurrency tests (sourced, not run): their input and the database
# checks made after each kill and on each read taken during a write.
#
# Needs: $cg (the claimgraph binary), $src (the project root), $tmp (a scratch directory).

# Writes the articles the test runs on and sets $input to their path. `news` is the first 300
# articles of ../shared/data/news (exit 77: skipped without it); `corpus` is corpus/.
e2e_input() {
  case "$1" in
    news)
      local gz="$src/../shared/data/news/allsides.jsonl.gz"
      if [ ! -r "$gz" ]; then
        echo "skipped: $gz is not here"
        exit 77
      fi
      input="$tmp/news300.jsonl"
      python3 - "$gz" "$input" <<'EOF'
import gzip, itertools, sys
with gzip.open(sys.argv[1], "rb") as f, open(sys.argv[2], "wb") as out:
    for line in itertools.islice(f, 300):
        out.write(line)
EOF
      ;;
    corpus) input="$src/corpus" ;;
    *)
      echo "unknown input '$1' (news or corpus)" >&2
      exit 2
      ;;
  esac
}

# True when this claimgraph has `check`; without it the checks below stand in for it.
e2e_has_check() { "$cg" --help 2>/dev/null | grep -q '^ *check  '; }

# Checks that an export document (file $1) holds whole articles only: each source's
# statement_count equals the statements of that source in the document, and every statement,
# edge end and mention points at a listed source. With a stats JSON (file $2), its source and
# statement counts equal the document's. Prints each problem; non-zero when there is one.
e2e_whole_articles() {
  python3 - "$@" <<'EOF'
import collections, json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
problems = []
ids = {s["id"] for s in doc["sources"]}
per = collections.Counter(st["source"] for st in doc["statements"])
for s in doc["sources"]:
    if s["statement_count"] != per.get(s["id"], 0):
        problems.append("source %s: statement_count %d, %d statements stored"
                        % (s["id"], s["statement_count"], per.get(s["id"], 0)))
for src in per:
    if src not in ids:
        problems.append("statements of %s, which is not stored" % src)
stmts = {st["id"] for st in doc["statements"]}
for e in doc["edges"]:
    for end in (e["from"], e["to"]):
        if end not in stmts:
            problems.append("edge %s - %s: %s is not stored" % (e["from"], e["to"], end))
for ent in doc["entities"]:
    for m in ent.get("mentions", []):
        if m["source"] not in ids:
            problems.append("mention of %s in %s, which is not stored" % (ent["id"], m["source"]))
if len(sys.argv) > 2:
    st = json.load(open(sys.argv[2], encoding="utf-8"))
    if st.get("sources") != len(doc["sources"]):
        problems.append("stats: %s sources, export: %d" % (st.get("sources"), len(doc["sources"])))
    if st.get("statements") != len(doc["statements"]):
        problems.append("stats: %s statements, export: %d"
                        % (st.get("statements"), len(doc["statements"])))
for p in problems[:20]:
    print("  " + p)
sys.exit(1 if problems else 0)
EOF
}

# The database $1 after a kill: it opens, `check` passes (or, before `check` existed, `stats`
# and `export --json` succeed), and it holds whole articles only. Leaves the export in $1.json.
# Prints what is wrong; non-zero when something is.
e2e_verify_db() {
  local db=$1 what=$2
  if ! "$cg" --db "$db" stats --json >"$tmp/stats.json" 2>"$tmp/verify.err"; then
    echo "FAIL $what: stats: $(head -c 500 "$tmp/verify.err")"
    return 1
  fi
  if [ "${E2E_HAS_CHECK:-0}" = 1 ] && ! "$cg" --db "$db" check >"$tmp/check.out" 2>&1; then
    echo "FAIL $what: check:"
    head -20 "$tmp/check.out"
    return 1
  fi
  if ! "$cg" --db "$db" export --json -o "$db.json" 2>"$tmp/verify.err"; then
    echo "FAIL $what: export: $(head -c 500 "$tmp/verify.err")"
    return 1
  fi
  if ! e2e_whole_articles "$db.json" "$tmp/stats.json" >"$tmp/whole.out"; then
    echo "FAIL $what: a source is partly stored:"
    cat "$tmp/whole.out"
    return 1
  fi
}

# Milliseconds since the epoch.
e2e_now_ms() { echo $(($(date +%s%N) / 1000000)); }

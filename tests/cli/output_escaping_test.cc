// End to end: made-up hostile articles (scripts, javascript: and data: URLs, Markdown and
// HTML markup, terminal control sequences, bidirectional overrides, U+FFFE / U+FFFF in
// url, title, author, outlet and text) ingested by the real binary beside the sample
// corpus. No output (HTML, Markdown, GraphML, JSON-LD, the terminal) carries a live
// script, link scheme or control sequence from them, and JSON keeps their exact bytes.
// Also: `stats` counts the edges ingest stored and the claims derived from them.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/text.h"
#include "model/model.h"
#include "test_util.h"

namespace cg {
namespace {

using test::RunClaimgraph;
using test::TempDir;

constexpr size_t npos = std::string::npos;

// The hostile pieces, each also checked for by name in the outputs.
const std::string kEsc = "\x1b[2J\x1b[31m";   // clear screen, red
const std::string kOsc = "\x1b]0;owned\x07";  // set the window title
const std::string kCsi8 =
    "\xC2\x9B"
    "2J";                                                 // C1 CSI (U+009B)
const std::string kRlo = "\xE2\x80\xAE";                  // U+202E right-to-left override
const std::string kNonXml = "\xEF\xBF\xBE\xEF\xBF\xBF";   // U+FFFE U+FFFF
const std::string kScript = "<script>alert(1)</script>";  // raw HTML
const std::string kMdLink = "[click](javascript:alert(2))";

// The articles: the first restates sentences of the sample corpus with hostile bytes in
// them (so they are linked to the corpus and reach disputes, claims and the brief); the
// others carry hostile URLs.
std::vector<Json> HostileArticles() {
  std::vector<Json> a;
  a.push_back(
      {{"id", "h1"},
       {"title", kOsc + kEsc + kScript + " " + kMdLink + " *bold* _u_ `c` | p #tag " + kRlo +
                     "gnp.exe " + kNonXml + " \r\n1. list"},
       {"author", "Eve " + kEsc + "Red\x1b[0m <img src=x onerror=alert(3)>"},
       {"outlet", "Out" + kCsi8 + "let & Co"},
       {"url", "javascript:alert(document.cookie)"},
       {"text", "The restrictions accelerated China's existing push for self-sufficiency" + kEsc +
                    "\a, forcing local companies to innovate with less advanced chips " + kScript +
                    " and develop their own GPU and manufacturing capabilities, diminishing the "
                    "policy's " +
                    kRlo + "long-term\xE2\x80\xAC effectiveness " + kMdLink + " " + kNonXml +
                    ".\n\nThe argument that U.S. export controls accelerate China's domestic tech "
                    "efforts is false\r, analysts at `Acme` & *Co* said " +
                    kCsi8 +
                    ".\n\nU.S. export controls on advanced chips and China's domestic tech "
                    "self-sufficiency remain contested.\n\n" +
                    kEsc + "Export controls are not futile.\n"}});
  const std::pair<const char*, const char*> urls[] = {
      {"h2", "  \tJaVaScRiPt:alert(4)"},
      {"h3", "java\tscript:alert(5)"},
      {"h4", "\x01\x02jav\nascript:alert(6)"},
      {"h5", "vbscript:msgbox(7)"},
      {"h6", "data:text/html,<script>alert(8)</script>"},
      {"h7", " https://example.org/live?a=1&b=2"},
  };
  for (const auto& [id, url] : urls)
    a.push_back({{"id", id},
                 {"title", std::string("Report ") + id},
                 {"url", url},
                 {"text",
                  "US export controls on advanced AI chips were designed to slow China's "
                  "AI development by restricting access to the most powerful training "
                  "hardware" +
                      kEsc + ".\n"}});
  return a;
}

// The first offset in `out` of something a terminal acts on: a control character other
// than newline, DEL, a C1 control, a bidirectional embedding, override or isolate, a line
// or paragraph separator, or a byte that is not UTF-8. npos when there is none.
size_t FirstTerminalHazard(const std::string& out) {
  if (auto bad = FindInvalidUtf8(out)) return *bad;
  for (size_t i = 0; i < out.size();) {
    size_t len = 1;
    const char32_t cp = DecodeUtf8(out, i, &len);
    if ((cp < 0x20 && cp != '\n') || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
        (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029)
      return i;
    i += len;
  }
  return npos;
}

// The first offset of a character XML 1.0 does not allow (or of a byte that is not
// UTF-8), npos when every character is a Char of the XML 1.0 grammar.
size_t FirstNonXmlChar(const std::string& s) {
  if (auto bad = FindInvalidUtf8(s)) return *bad;
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    const char32_t cp = DecodeUtf8(s, i, &len);
    const bool ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                    (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    if (!ok) return i;
    i += len;
  }
  return npos;
}

std::string Around(const std::string& s, size_t at) {
  if (at == npos) return "";
  return TerminalSafe(s.substr(at < 60 ? 0 : at - 60, 120));
}

bool Has(const std::string& s, const std::string& part) { return s.find(part) != npos; }

// The HTML character references EscapeMarkup writes, undone.
std::string HtmlUnescape(std::string s) {
  const std::pair<const char*, const char*> refs[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [ref, c] : refs)
    for (size_t at = s.find(ref); at != npos; at = s.find(ref, at + 1))
      s.replace(at, strlen(ref), c);
  return s;
}

// One database with the sample corpus and the hostile articles, shared by the read-only
// tests below (ingest is the slow part).
class HostileDb {
 public:
  HostileDb() {
    std::string jsonl;
    for (const Json& a : HostileArticles()) jsonl += a.dump() + "\n";
    test::WriteFile(dir_ / "in/hostile.jsonl", jsonl);
    // A file name with a backtick: the Markdown note's code span must hold it.
    test::WriteFile(dir_ / "in/odd`name.json",
                    Json{{"id", "h8"},
                         {"title", "Odd name"},
                         {"text",
                          "Export controls accelerated China's chip self-sufficiency, "
                          "officials said."}}
                        .dump());
    ingest_ =
        RunClaimgraph(db() + "ingest --gazetteer corpus/export-controls/gazetteer.tsv corpus '" +
                          dir_.path() + "/in' --json",
                      test::SourceDir());
    export_ = Json::parse(RunClaimgraph(db() + "export").out, nullptr, false);
  }
  std::string db() const { return "--db '" + dir_.path() + "/db' "; }
  const std::string& path() const { return dir_.path(); }
  const test::RunResult& ingest() const { return ingest_; }
  const Json& export_doc() const { return export_; }
  test::RunResult Run(const std::string& args) const { return RunClaimgraph(db() + args); }

  // The exact bytes of a source's text and the statements of one source.
  std::string TextOf(const std::string& source) const {
    for (const Json& s : export_["sources"])
      if (s["id"] == source) return s["text"];
    return "";
  }
  std::vector<Json> StatementsOf(const std::string& source) const {
    std::vector<Json> out;
    for (const Json& st : export_["statements"])
      if (st["source"] == source) out.push_back(st);
    return out;
  }

 private:
  TempDir dir_;
  test::RunResult ingest_;
  Json export_;
};

const HostileDb& Db() {
  static const HostileDb db;
  return db;
}

}  // namespace

TEST_CASE("output escaping: the hostile articles are stored whole, with their exact bytes") {
  const HostileDb& db = Db();
  CAPTURE(db.ingest().err);
  REQUIRE(db.ingest().exit_code == 0);
  REQUIRE(db.export_doc().is_object());
  std::map<std::string, Json> source;
  for (const Json& s : db.export_doc()["sources"]) source[s["id"]] = s;
  for (const Json& a : HostileArticles()) {
    const std::string id = a["id"];
    CAPTURE(id);
    REQUIRE(source.count(id));
    for (const char* key : {"title", "author", "outlet", "url", "text"})
      if (a.contains(key)) CHECK(source[id][key] == a[key]);
  }
  // Statement offsets still hold on text with control characters in it.
  const std::vector<Json> h1 = db.StatementsOf("h1");
  REQUIRE(h1.size() >= 2);
  const std::string text = db.TextOf("h1");
  bool esc = false;
  for (const Json& st : h1) {
    const size_t b = st["start"], e = st["end"];
    CHECK(text.substr(b, e - b) == st["text"].get<std::string>());
    esc = esc || Has(st["text"], kEsc);
  }
  CHECK(esc);
}

TEST_CASE("output escaping: the HTML brief links only http(s) URLs and escapes all text") {
  const HostileDb& db = Db();
  const auto r = db.Run("brief 'export controls' --format html");
  REQUIRE(r.exit_code == 0);
  const std::string& h = r.out;
  const Json brief = Json::parse(db.Run("brief 'export controls' --json").out);
  std::set<std::string> in_brief;
  for (const Json& s : brief["sources"]) in_brief.insert(s["id"]);
  for (const char* id : {"h1", "h2", "h3", "h4", "h5", "h6", "h7"}) CHECK(in_brief.count(id));

  // Every href is an in-page anchor or an http(s) URL.
  size_t live = 0, anchors = 0;
  const std::string open = "href=\"";
  for (size_t at = h.find(open); at != npos; at = h.find(open, at + 1)) {
    const size_t b = at + open.size();
    const std::string href = HtmlUnescape(h.substr(b, h.find('"', b) - b));
    CAPTURE(href);
    if (href.rfind("#", 0) == 0) {
      ++anchors;
      continue;
    }
    const std::string lower = ToLower(href);
    CHECK((lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0));
    ++live;
  }
  CHECK(anchors >= 10);
  // The corpus's one URL, and h7's: its leading space is stripped as a browser would.
  CHECK(live == 2);
  CHECK(Has(h, "<a href=\"https://example.org/live?a=1&amp;b=2\">"));
  // The other URLs are shown as text, escaped.
  for (const char* shown :
       {"javascript:alert(document.cookie)", "JaVaScRiPt:alert(4)", "vbscript:msgbox(7)",
        "data:text/html,&lt;script&gt;alert(8)&lt;/script&gt;", "java\tscript:alert(5)"})
    CHECK_MESSAGE(
        Has(h, std::string("<span class=\"url\">") + (shown[0] == 'J' ? "  \t" : "") + shown),
        shown);
  // No markup from an article survives as markup.
  CHECK(!Has(ToLower(h), "<script"));
  CHECK(!Has(ToLower(h), "<img"));
  CHECK(Has(h, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(Has(h, "&lt;img src=x onerror=alert(3)&gt;"));
  // Nothing XML or HTML forbids: U+FFFE, U+FFFF and ESC became U+FFFD.
  const size_t bad = FirstNonXmlChar(h);
  CHECK_MESSAGE(bad == npos, Around(h, bad));
  CHECK(Has(h, "\xEF\xBF\xBD[2J"));
}

TEST_CASE("output escaping: the Markdown brief renders article text as text") {
  const HostileDb& db = Db();
  const auto r = db.Run("brief 'export controls'");
  REQUIRE(r.exit_code == 0);
  const std::string& md = r.out;
  // Safe on a terminal, which is where it goes by default.
  const size_t hazard = FirstTerminalHazard(md);
  CHECK_MESSAGE(hazard == npos, Around(md, hazard));
  CHECK(Has(md, "\\\\x1b\\[2J"));  // ESC as a visible escape, its bracket escaped
  // Every raw '<' opens an http(s) autolink; every raw '[' is a citation or an offset
  // range; no raw "](" can start a link destination; no raw '`' but the file code spans.
  size_t autolinks = 0;
  for (size_t i = 0; i < md.size(); ++i) {
    const bool escaped = i > 0 && md[i - 1] == '\\' && (i < 2 || md[i - 2] != '\\');
    if (escaped) continue;
    CAPTURE(Around(md, i));
    if (md[i] == '<') {
      CHECK((md.compare(i, 8, "<http://") == 0 || md.compare(i, 9, "<https://") == 0));
      ++autolinks;
      i = md.find('>', i);  // the URL itself is not Markdown
      REQUIRE(i != npos);
    } else if (md[i] == '`') {  // a file name's code span, fenced by a run of n backticks
      const size_t n = md.find_first_not_of('`', i) - i;
      const std::string fence(n, '`');
      size_t close = md.find(fence, i + n);
      while (close != npos && md.compare(close, n + 1, fence + "`") == 0)
        close = md.find(fence, md.find_first_not_of('`', close));
      REQUIRE(close != npos);
      CHECK(md.substr(i, close - i).find('\n') == npos);
      i = close + n - 1;
    } else if (md[i] == '[') {
      size_t j = i + 1;
      while (j < md.size() && (IsAsciiDigit(md[j]) || md[j] == '-')) ++j;
      const bool n = md.compare(i, 3, "[n]") == 0;  // "cites its sources as [n]"
      CHECK((n || (j > i + 1 && j < md.size() && md[j] == ']')));
    } else if (md[i] == ']') {
      CHECK((i + 1 >= md.size() || md[i + 1] != '('));
    } else if (md[i] == '*' || md[i] == '&' || md[i] == '|') {
      CHECK(false);  // emphasis, an entity or a table cell from an article
    }
  }
  CHECK(autolinks == 2);
  CHECK(Has(md, "<https://example.org/live?a=1&b=2>"));
  CHECK(!Has(md, "<javascript:"));
  CHECK(!Has(ToLower(md), "<javascript"));
  CHECK(Has(md, "javascript:alert\\(document.cookie\\)"));
  CHECK(Has(md, "\\<script\\>alert\\(1\\)\\</script\\>"));
  CHECK(Has(md, "\\[click\\]\\(javascript:alert\\(2\\)\\)"));
  CHECK(Has(md, "\\*bold\\* \\_u\\_ \\`c\\` \\| p \\#tag"));
  // The title's CR LF stays on its line: no "1. list" item of the article's making.
  CHECK(!Has(md, "\n1. list"));
  CHECK(Has(md, "  1. list"));
  // A backtick in a file name cannot close its code span.
  CHECK(Has(md, "(h8, ``" + db.path() + "/in/odd`name.json``)"));
}

TEST_CASE("output escaping: GraphML is well-formed XML 1.0, JSON and JSON-LD keep the bytes") {
  const HostileDb& db = Db();
  const auto g = db.Run("export --format graphml -o '" + db.path() + "/g.graphml'");
  REQUIRE(g.exit_code == 0);
  const std::string xml = test::ReadFile(db.path() + "/g.graphml");
  REQUIRE(Has(xml, "<node id=\"source:h1\">"));
  const size_t bad = FirstNonXmlChar(xml);
  CHECK_MESSAGE(bad == npos, Around(xml, bad));
  CHECK(Has(xml, "\xEF\xBF\xBD\xEF\xBF\xBD \r") == false);  // a raw CR would read as LF
  CHECK(Has(xml, "\xEF\xBF\xBD\xEF\xBF\xBD &#13;\n1. list"));
  CHECK(Has(xml, "&lt;script&gt;"));
  CHECK(!Has(xml, "<script"));
  if (std::system("command -v xmllint >/dev/null 2>&1") == 0) {
    const int rc = std::system(("xmllint --noout '" + db.path() + "/g.graphml'").c_str());
    CHECK(rc == 0);
  } else {
    MESSAGE("xmllint is not installed: GraphML checked by its characters only");
  }

  // JSON-LD parses and holds the exact bytes of every article field and statement.
  const auto l = db.Run("export --format jsonld");
  REQUIRE(l.exit_code == 0);
  const Json ld = Json::parse(l.out, nullptr, false);
  REQUIRE(!ld.is_discarded());
  std::map<std::string, Json> by_id;
  for (const Json& x : ld["@graph"]) by_id[x["@id"]] = x;
  const Json h1 = HostileArticles()[0];
  const Json& article = by_id["urn:claimgraph:source:h1"];
  CHECK(article["headline"] == h1["title"]);
  CHECK(article["author"]["name"] == h1["author"]);
  CHECK(article["publisher"]["name"] == h1["outlet"]);
  CHECK(article["url"] == h1["url"]);
  const std::string text = db.TextOf("h1");
  size_t checked = 0;
  for (const Json& st : db.StatementsOf("h1")) {
    const Json& c = by_id["urn:claimgraph:statement:" + st["id"].get<std::string>()];
    const size_t b = c["cg:start"], e = c["cg:end"];
    CHECK(c["text"] == text.substr(b, e - b));
    ++checked;
  }
  CHECK(checked >= 2);
  // In the bytes: C0 controls are JSON escapes, never raw.
  CHECK(Has(l.out, "\\u001b[2J"));
  CHECK(l.out.find('\x1b') == npos);
}

TEST_CASE("output escaping: plain output shows control characters as visible escapes") {
  const HostileDb& db = Db();
  const std::vector<Json> h1 = db.StatementsOf("h1");
  REQUIRE(h1.size() >= 2);
  const std::string stmt = h1[0]["id"];
  const std::string other = db.StatementsOf("000_175fa12bb7e136dc").at(0)["id"];
  const Json disputes = Json::parse(db.Run("disputes --limit 0 --json").out);
  REQUIRE(!disputes["disputes"].empty());
  std::string dispute_with_h1, h1_in_dispute;  // a dispute with an h1 statement, its text
  for (const Json& d : disputes["disputes"])
    for (const char* side : {"a", "b"})
      for (const Json& st : d[side]["statements"])
        if (st["source"] == "h1" && dispute_with_h1.empty()) {
          dispute_with_h1 = d["id"];
          h1_in_dispute = st["text"];
        }
  REQUIRE(!dispute_with_h1.empty());

  struct Case {
    std::string args;
    std::vector<std::string> shows;  // visible escapes the output must hold
  };
  const std::vector<Case> cases = {
      {"statements", {"\\x1b[2J\\x1b[31m", "\\x07", "\\u202elong-term\\u202c", "\\u009b2J."}},
      {"statements --source h1", {"\\x1b[2J"}},
      {"search restrictions accelerated self-sufficiency", {"\\x1b[2J", "\\x1b]0;owned\\x07"}},
      {"sources",
       {"\\x1b]0;owned\\x07", "\\u202egnp.exe", "\\r\\n1. list", "Eve \\x1b[2J", "Out\\u009b2Jlet",
        "  \\tJaVaScRiPt:alert(4)", "\\x01\\x02jav\\nascript"}},
      {"sources 'restrictions accelerated China self-sufficiency'", {"\\x1b[2J"}},
      {"entities", {}},
      {"entity China", {"\\x1b[2J"}},
      {"disputes --limit 0", {}},
      {"dispute " + dispute_with_h1, {TerminalSafe(h1_in_dispute)}},
      {"claim '" + stmt + "'", {"\\x1b[2J"}},
      {"compare '" + stmt + "' '" + other + "'", {"\\x1b[2J"}},
      {"brief 'export controls'", {"\\\\x1b"}},
      {"stats", {}},
      {"corrections", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const auto r = db.Run(c.args);
    CHECK_MESSAGE(r.exit_code == 0, r.err);
    const size_t out_at = FirstTerminalHazard(r.out), err_at = FirstTerminalHazard(r.err);
    CHECK_MESSAGE(out_at == npos, Around(r.out, out_at));
    CHECK_MESSAGE(err_at == npos, Around(r.err, err_at));
    for (const std::string& s : c.shows) CHECK_MESSAGE(Has(r.out, s), s);
  }

  // The JSON forms keep the exact bytes.
  const Json sts = Json::parse(db.Run("statements --source h1 --json").out);
  REQUIRE(sts["statements"].size() == h1.size());
  for (size_t i = 0; i < h1.size(); ++i) CHECK(sts["statements"][i]["text"] == h1[i]["text"]);
  const Json srcs = Json::parse(db.Run("sources --json").out);
  for (const Json& s : srcs["sources"])
    if (s["id"] == "h1") CHECK(s["title"] == HostileArticles()[0]["title"]);
  const Json hits = Json::parse(db.Run("search restrictions accelerated --json").out);
  bool exact = false;
  for (const Json& hit : hits["hits"])
    exact = exact || (hit["source"] == "h1" && hit["text"] == h1[0]["text"]);
  CHECK(exact);
}

TEST_CASE("output escaping: corrections, errors and ingest reports show hostile names escaped") {
  TempDir dir;
  const std::string db = "--db '" + dir.path() + "/db' ";
  std::string jsonl;
  for (const Json& a : HostileArticles()) jsonl += a.dump() + "\n";
  test::WriteFile(dir / "in/hostile.jsonl", jsonl);
  // A file whose name holds ESC and CR, and that is not JSON: skipped, named.
  test::WriteFile(dir / "in/bad\x1b[31m\rname.json", "{ not json");
  const auto ingest = RunClaimgraph(db + "ingest '" + dir.path() + "/in'");
  CHECK(ingest.exit_code == 3);
  CHECK(FirstTerminalHazard(ingest.out) == npos);
  CHECK(FirstTerminalHazard(ingest.err) == npos);
  CHECK(Has(ingest.out + ingest.err, "bad\\x1b[31m\\rname.json"));

  const Json sts = Json::parse(RunClaimgraph(db + "statements --source h1 --json").out);
  REQUIRE(!sts["statements"].empty());
  const std::string stmt = sts["statements"][0]["id"];
  const auto fix = RunClaimgraph(db + "correct not-a-claim '" + stmt +
                                 "' --reason \"$(printf 'noise \\033[2J here')\" --by "
                                 "\"$(printf 'mallory\\033]0;x\\007')\"");
  CHECK_MESSAGE(fix.exit_code == 0, fix.err);
  CHECK(FirstTerminalHazard(fix.out) == npos);
  const auto list = RunClaimgraph(db + "corrections");
  CHECK(list.exit_code == 0);
  CHECK_MESSAGE(FirstTerminalHazard(list.out) == npos,
                Around(list.out, FirstTerminalHazard(list.out)));
  CHECK(Has(list.out, "noise \\x1b[2J here"));
  CHECK(Has(list.out, "mallory\\x1b]0;x\\x07"));
  CHECK(Has(list.out, "self-sufficiency\\x1b[2J"));  // the quote it is keyed by
  const Json cj = Json::parse(RunClaimgraph(db + "corrections --json").out);
  CHECK(cj["corrections"][0]["reason"] == "noise \x1b[2J here");

  // An error message quoting what the user typed.
  const auto missing = RunClaimgraph(db + "entity \"$(printf 'nobody\\033[2J')\"");
  CHECK(missing.exit_code == 1);
  CHECK(FirstTerminalHazard(missing.err) == npos);
  CHECK(Has(missing.err, "nobody\\x1b[2J"));
}

TEST_CASE("stats: --json counts the edges ingest stored and the claims derived from them") {
  TempDir dir;
  const std::string db = "--db '" + dir.path() + "/db' ";
  // The made-up articles of tests/data/judge-corpus hold a claim and a dispute.
  const auto ingest =
      RunClaimgraph(db + "ingest tests/data/judge-corpus --json", test::SourceDir());
  REQUIRE(ingest.exit_code == 0);
  const Json report = Json::parse(ingest.out);
  const uint64_t edges = report["graph"]["edges"];
  REQUIRE(edges > 0);
  const Json stats = Json::parse(RunClaimgraph(db + "stats --claims --json").out);
  CHECK(stats["edges"] == edges);
  const Json doc = Json::parse(RunClaimgraph(db + "export").out);
  CHECK(stats["edges"] == doc["edges"].size());
  CHECK(stats["claims"].get<size_t>() > 0);
  CHECK(stats["claims"] == doc["claims"].size());
  const Json disputes = Json::parse(RunClaimgraph(db + "disputes --limit 0 --json").out);
  CHECK(stats["disputes"].get<size_t>() > 0);
  CHECK(stats["disputes"] == disputes["disputes"].size());
  // The plain form prints the same counts.
  const auto plain = RunClaimgraph(db + "stats --claims");
  CHECK(Has(plain.out, "edges:      " + std::to_string(edges) + "\n"));
  CHECK(Has(plain.out, "claims:     " + std::to_string(stats["claims"].get<size_t>()) + "\n"));
  CHECK(Has(plain.out, "disputes:   " + std::to_string(stats["disputes"].get<size_t>()) + "\n"));
  // Without --claims the derived counts are left out, never printed as 0.
  const Json quick = Json::parse(RunClaimgraph(db + "stats --json").out);
  CHECK(quick["edges"] == edges);
  CHECK_FALSE(quick.contains("claims"));
  CHECK_FALSE(Has(RunClaimgraph(db + "stats").out, "claims:"));
}

}  // namespace cg

// End-to-end tests: the real claimgraph binary on the real sample corpus and on bad input.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <set>

#include "model/model.h"
#include "test_util.h"

namespace cg {
namespace {

using test::RunClaimgraph;
using test::TempDir;

std::string Corpus() { return test::SourceDir() + "/corpus"; }
// The made-up articles of tests/data/judge-corpus (see its README).
std::string JudgeCorpus() { return test::SourceDir() + "/tests/data/judge-corpus"; }

// A minimal one-page PDF whose page shows `line` (Helvetica, no compression).
std::string MakePdf(const std::string& line) {
  const std::string stream = "BT /F1 12 Tf 72 720 Td (" + line + ") Tj ET";
  std::vector<std::string> objs = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objs.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
    pdf += buf;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objs.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace

TEST_CASE("cli: ingest the corpus, export, and every quote is the file's bytes") {
  TempDir dir;
  auto r = RunClaimgraph("--db '" + dir.path() + "/db' ingest '" + Corpus() + "'");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("ingested 5 articles (5 added") != std::string::npos);
  auto ex = RunClaimgraph("export --format json --db '" + dir.path() + "/db'");  // --db after
  REQUIRE(ex.exit_code == 0);
  const Json doc = Json::parse(ex.out);
  REQUIRE(doc["sources"].size() == 5);
  std::map<std::string, std::string> file_of;
  for (const auto& s : doc["sources"]) file_of[s["id"]] = s["file"];
  CHECK(doc["sources"][0]["id"] == "000_175fa12bb7e136dc");
  CHECK(doc["sources"][0]["file"].get<std::string>().find(
            "corpus/export-controls/000_175fa12bb7e136dc.txt") != std::string::npos);
  CHECK(doc["statements"].size() > 100);
  for (const auto& st : doc["statements"]) {
    const std::string bytes = test::ReadFile(file_of.at(st["source"]));
    const size_t b = st["start"], e = st["end"];
    CHECK(bytes.substr(b, e - b) == st["text"].get<std::string>());
  }
  CHECK(doc["entities"].size() > 20);
  for (const char* key : {"sources", "statements", "claims", "entities", "edges"})
    CHECK(doc.contains(key));
}

TEST_CASE("cli: ingesting twice or in another order gives a byte-identical export") {
  TempDir dir;
  const std::string ec = Corpus() + "/export-controls/";
  REQUIRE(RunClaimgraph("--db '" + dir.path() + "/a' ingest '" + Corpus() + "'").exit_code == 0);
  auto again = RunClaimgraph("--db '" + dir.path() + "/a' ingest '" + Corpus() + "'");
  REQUIRE(again.exit_code == 0);
  CHECK(again.out.find("0 added, 0 replaced, 5 unchanged") != std::string::npos);
  std::string reversed;
  for (const char* f : {"004_3ae9ef1d1ec1450c", "003_8f1aa39e925e94a1", "002_632d227e766f97f1",
                        "001_efb333139d733ace", "000_175fa12bb7e136dc"})
    reversed += " '" + ec + f + ".txt'";
  // Named one by one, files keep the path the user named: give the same paths the folder gives.
  REQUIRE(RunClaimgraph("--db '" + dir.path() + "/b' ingest" + reversed).exit_code == 0);
  const auto a = RunClaimgraph("--db '" + dir.path() + "/a' export");
  const auto b = RunClaimgraph("--db '" + dir.path() + "/b' export");
  REQUIRE(a.exit_code == 0);
  CHECK(a.out == b.out);
}

TEST_CASE("cli: a large batch (analysed on a second thread) gives the graph small batches give") {
  TempDir dir;
  // 70 articles from the corpus's sentences, as JSON lines; one repeats an id of its own half
  // (so both ways skip it), one is empty.
  std::vector<std::string> sentences;
  for (const auto& e : std::filesystem::directory_iterator(Corpus() + "/export-controls")) {
    if (e.path().extension() != ".txt") continue;
    std::istringstream in(test::ReadFile(e.path().string()));
    for (std::string line; std::getline(in, line);)
      if (line.size() > 80) sentences.push_back(line);
  }
  std::sort(sentences.begin(), sentences.end());
  REQUIRE(sentences.size() >= 20);
  std::string first, second, all;
  for (int i = 0; i < 70; ++i) {
    Json a;
    a["id"] = i == 40 ? "a38" : "a" + std::to_string(i);  // 40 repeats 38's id
    a["text"] =
        i == 50 ? std::string("  ")
                : sentences[i % sentences.size()] + " " + sentences[(i * 7 + 3) % sentences.size()];
    const std::string line = a.dump() + "\n";
    all += line;
    (i < 35 ? first : second) += line;
  }
  test::WriteFile(dir / "all.jsonl", all);
  test::WriteFile(dir / "first.jsonl", first);
  test::WriteFile(dir / "second.jsonl", second);
  const auto big =
      RunClaimgraph("--db '" + dir.path() + "/big' ingest '" + dir.path() + "/all.jsonl' --json");
  CHECK(big.exit_code == 3);
  const Json report = Json::parse(big.out);
  CHECK(report["added"] == 68);
  REQUIRE(report["skipped"].size() == 2);
  CHECK(report["skipped"].dump().find("'a38' is already used") != std::string::npos);
  CHECK(report["skipped"].dump().find("empty article") != std::string::npos);
  // The same articles in two batches of 35 (analysed one after another) under other file
  // names would differ in `file`; compare everything else.
  CHECK(RunClaimgraph("--db '" + dir.path() + "/small' ingest '" + dir.path() + "/first.jsonl'")
            .exit_code == 0);
  CHECK(RunClaimgraph("--db '" + dir.path() + "/small' ingest '" + dir.path() + "/second.jsonl'")
            .exit_code == 3);
  auto strip = [](Json doc) {
    for (auto& s : doc["sources"]) s.erase("file");
    return doc;
  };
  const Json x = strip(Json::parse(RunClaimgraph("--db '" + dir.path() + "/big' export").out));
  const Json y = strip(Json::parse(RunClaimgraph("--db '" + dir.path() + "/small' export").out));
  CHECK(x["statements"].size() > 100);
  CHECK(x["edges"].size() > 10);
  CHECK(x == y);
}

TEST_CASE("cli: bad inputs are named, skipped, and the rest of the batch is stored") {
  TempDir dir;
  const std::string in = dir / "in";
  test::WriteFile(in + "/good.txt",
                  "Export Rules Tighten\nThe new rules took effect in 2024 across the industry.\n");
  test::WriteFile(in + "/binary.txt", std::string("abc\0def", 7));
  test::WriteFile(in + "/latin1.md", "Caf\xE9 owners said prices rose.\n");
  test::WriteFile(in + "/empty.txt", "  \n\n");
  test::WriteFile(
      in + "/batch.jsonl",
      R"({"id": "j1", "text": "Huawei shipped new accelerators to cloud firms in 2024."})"
      "\n"
      "{not json\n"
      R"({"id": "j3", "text": "Chinese labs trained models on fewer chips than rivals."})"
      "\n");
  test::WriteFile(in + "/README.md", "This folder holds test articles.\n");
  std::filesystem::create_directories(dir / "emptydir");
  auto r = RunClaimgraph("--db '" + dir.path() + "/db' ingest '" + in + "' '" + dir.path() +
                         "/missing.txt' '" + dir.path() + "/emptydir'");
  CHECK(r.exit_code == 3);
  CHECK(r.out.find("ingested 3 articles") != std::string::npos);
  CHECK(r.out.find("binary.txt: binary file") != std::string::npos);
  CHECK(r.out.find("latin1.md: invalid UTF-8 at byte 3") != std::string::npos);
  CHECK(r.out.find("empty.txt: empty article") != std::string::npos);
  CHECK(r.out.find("batch.jsonl:2: malformed JSON") != std::string::npos);
  CHECK(r.out.find("missing.txt: no such file or directory") != std::string::npos);
  CHECK(r.out.find("emptydir: directory holds no articles") != std::string::npos);
  CHECK(r.out.find("README") == std::string::npos);  // folder metadata is not an article

  auto json = RunClaimgraph("--db '" + dir.path() + "/db' sources --json");
  REQUIRE(json.exit_code == 0);
  std::vector<std::string> ids;
  const Json listed = Json::parse(json.out);
  for (const auto& s : listed["sources"]) ids.push_back(s["id"]);
  CHECK(ids == std::vector<std::string>{"good", "j1", "j3"});

  // A later bad batch loses nothing already stored.
  auto r2 = RunClaimgraph("--db '" + dir.path() + "/db' ingest '" + dir.path() + "/missing.txt'");
  CHECK(r2.exit_code == 3);
  CHECK(Json::parse(RunClaimgraph("--db '" + dir.path() + "/db' stats --json").out)["sources"] ==
        3);
}

TEST_CASE("cli: HTML, JSON and PDF offsets refer to the extracted text the export carries") {
  TempDir dir;
  test::WriteFile(
      dir / "in/page.html",
      "<html><head><title>Curbs Bite</title></head><body><nav>Home</nav><p>Export curbs "
      "&amp; bans pushed Huawei to build its own chips in 2023.</p></body></html>");
  test::WriteFile(
      dir / "in/one.json",
      R"({"id": "story-7", "title": "T", "outlet": "Wire", "text": "Nvidia said demand for the H20 fell by half in 2025."})");
  test::WriteFile(dir / "in/report.pdf",
                  MakePdf("Beijing restricted imports of foreign accelerators in 2025."));
  auto r = RunClaimgraph("--db '" + dir.path() + "/db' ingest '" + dir.path() + "/in'");
  CHECK(r.exit_code == 0);
  CAPTURE(r.out);
  const Json doc = Json::parse(RunClaimgraph("--db '" + dir.path() + "/db' export").out);
  std::map<std::string, std::string> text_of;
  for (const auto& s : doc["sources"]) {
    REQUIRE(s.contains("text"));
    text_of[s["id"]] = s["text"];
  }
  CHECK(text_of.count("page"));
  CHECK(text_of.count("story-7"));
  CHECK(text_of.count("report"));
  size_t checked = 0;
  for (const auto& st : doc["statements"]) {
    const std::string& t = text_of.at(st["source"]);
    const size_t b = st["start"], e = st["end"];
    CHECK(t.substr(b, e - b) == st["text"].get<std::string>());
    ++checked;
  }
  CHECK(checked >= 3);
  CHECK(doc["sources"][0]["title"] == "Curbs Bite");
  CHECK(doc["sources"][2]["outlet"] == "Wire");
}

TEST_CASE("cli: remove, reindex, queries and their JSON") {
  TempDir dir;
  const std::string db = "--db '" + dir.path() + "/db' ";
  REQUIRE(RunClaimgraph(db + test::IngestSample()).exit_code == 0);

  auto ent = RunClaimgraph(db + "entity BYU --json");
  REQUIRE(ent.exit_code == 0);
  const Json e = Json::parse(ent.out);
  CHECK(e["name"] == "Baidu");
  CHECK(e["mentions"].size() >= 3);
  CHECK(!e["cooccurring"].empty());

  auto search = RunClaimgraph(db + "search indigenization pedal --json");
  REQUIRE(search.exit_code == 0);
  const Json hits = Json::parse(search.out)["hits"];
  REQUIRE(!hits.empty());
  CHECK(hits[0]["text"].get<std::string>().find("indigenization pedal") != std::string::npos);
  CHECK(hits[0]["source"] == "001_efb333139d733ace");

  auto by_entity = RunClaimgraph(db + "statements --entity Huawei --json");
  REQUIRE(by_entity.exit_code == 0);
  const Json about_huawei = Json::parse(by_entity.out);
  CHECK(about_huawei["statements"].size() >= 5);
  for (const auto& st : about_huawei["statements"]) {
    const auto ents = st["entities"].get<std::vector<std::string>>();
    CHECK(std::find(ents.begin(), ents.end(), "huawei") != ents.end());
  }

  const std::string before = RunClaimgraph(db + "export").out;
  auto re = RunClaimgraph(db + "reindex");
  CHECK(re.exit_code == 0);
  CHECK(re.out.find("5 replaced") != std::string::npos);  // reindex rewrites every source
  CHECK(RunClaimgraph(db + "export").out == before);

  CHECK(RunClaimgraph(db + "remove 002_632d227e766f97f1").exit_code == 0);
  const Json stats = Json::parse(RunClaimgraph(db + "stats --json").out);
  CHECK(stats["sources"] == 4);
  auto gone = RunClaimgraph(db + "statements --source 002_632d227e766f97f1");
  CHECK(gone.exit_code == 1);
  CHECK(gone.err == "claimgraph: no source with id '002_632d227e766f97f1'\n");
  auto semi = RunClaimgraph(db + "entity SemiAnalysis");
  CHECK(semi.exit_code == 1);  // only that source named it

  for (const char* cmd :
       {"stats", "sources", "statements", "entities", "entity Huawei", "search chips"}) {
    CAPTURE(cmd);
    auto j = RunClaimgraph(db + cmd + " --json");
    CHECK(j.exit_code == 0);
    CHECK(Json::accept(j.out));
  }
}

TEST_CASE("cli: database errors are one clear line") {
  TempDir dir;
  auto none = RunClaimgraph("--db '" + dir.path() + "/nothing' stats");
  CHECK(none.exit_code == 1);
  CHECK(none.err.find("no claimgraph database at") != std::string::npos);

  auto env = RunClaimgraph("ingest '" + Corpus() + "/export-controls/004_3ae9ef1d1ec1450c.txt'",
                           dir.path(), "CLAIMGRAPH_DB='" + dir.path() + "/envdb'");
  CHECK(env.exit_code == 0);
  CHECK(std::filesystem::exists(dir / "envdb/CURRENT"));

  // A database of an older schema version: reindex migrates it.
  {
    auto store = Store::Open(dir / "envdb", {});
    REQUIRE(store.ok());
    REQUIRE((*store)->TEST_SetSchemaVersion(0).ok());
  }
  auto older = RunClaimgraph("--db '" + dir.path() + "/envdb' sources");
  CHECK(older.exit_code == 1);
  CHECK(older.err.find("run `claimgraph reindex` to migrate it") != std::string::npos);
  CHECK(RunClaimgraph("--db '" + dir.path() + "/envdb' reindex").exit_code == 0);
  CHECK(RunClaimgraph("--db '" + dir.path() + "/envdb' sources").exit_code == 0);

  // A newer one: neither read nor rewritten.
  {
    auto store = Store::Open(dir / "envdb", {});
    REQUIRE(store.ok());
    REQUIRE((*store)->TEST_SetSchemaVersion(99).ok());
  }
  auto newer = RunClaimgraph("--db '" + dir.path() + "/envdb' stats");
  CHECK(newer.exit_code == 1);
  CHECK(newer.err.find(
            "has schema version 99; this claimgraph reads version 3 (it was written by a newer "
            "claimgraph; use that version)") != std::string::npos);
  auto reindex = RunClaimgraph("--db '" + dir.path() + "/envdb' reindex");
  CHECK(reindex.exit_code == 1);
  CHECK(reindex.err.find("written by a newer claimgraph") != std::string::npos);
}

TEST_CASE("cli: a second writer is told the database is locked") {
  TempDir dir;
  auto store = Store::Open(dir / "db", {});
  REQUIRE(store.ok());
  auto r = RunClaimgraph("--db '" + dir.path() + "/db' ingest '" + Corpus() + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("is locked: another claimgraph process is writing to it") != std::string::npos);
  auto reader = RunClaimgraph("--db '" + dir.path() + "/db' stats --json");
  CHECK(reader.exit_code == 0);  // queries still work while a writer holds the lock
}

namespace {

Json ExportOf(const std::string& db) {
  const auto r = RunClaimgraph("--db '" + db + "' export");
  REQUIRE(r.exit_code == 0);
  return Json::parse(r.out);
}

}  // namespace

TEST_CASE("cli: articles added one at a time, in any order, give the same claims and edges") {
  TempDir dir;
  const std::string ec = Corpus() + "/export-controls/";
  REQUIRE(RunClaimgraph("--db '" + dir.path() + "/a' ingest '" + Corpus() + "'").exit_code == 0);
  for (const char* f : {"003_8f1aa39e925e94a1", "001_efb333139d733ace", "004_3ae9ef1d1ec1450c",
                        "000_175fa12bb7e136dc", "002_632d227e766f97f1"})
    REQUIRE(RunClaimgraph("--db '" + dir.path() + "/b' ingest '" + ec + f + ".txt'").exit_code ==
            0);
  const auto a = RunClaimgraph("--db '" + dir.path() + "/a' export");
  const auto b = RunClaimgraph("--db '" + dir.path() + "/b' export");
  CHECK(a.out == b.out);
  const Json doc = Json::parse(a.out);
  CHECK(!doc["edges"].empty());
  for (const auto& e : doc["edges"]) {
    CHECK(e["from"].get<std::string>() < e["to"].get<std::string>());
    CHECK(e["why"].get<std::string>().size() > 10);
    // A learned probability above the model's threshold (link_weights.tsv).
    CHECK(e["score"].get<double>() > 0.1);
    CHECK(e["score"].get<double>() <= 1.0);
  }
  // The made-up articles, one at a time in reverse order: the same claims and edges.
  REQUIRE(RunClaimgraph("--db '" + dir.path() + "/c' ingest '" + JudgeCorpus() + "'").exit_code ==
          0);
  for (const char* f :
       {"d_both_views", "c_road_repairs", "b_council_rejects", "a_council_approves"})
    REQUIRE(
        RunClaimgraph("--db '" + dir.path() + "/d' ingest '" + JudgeCorpus() + "/" + f + ".txt'")
            .exit_code == 0);
  const auto c = RunClaimgraph("--db '" + dir.path() + "/c' export");
  CHECK(c.out == RunClaimgraph("--db '" + dir.path() + "/d' export").out);
  CHECK(!Json::parse(c.out)["claims"].empty());
}

TEST_CASE("cli: removing a source takes its edges, the graph equals one built without it") {
  TempDir dir;
  const std::string ec = Corpus() + "/export-controls/";
  REQUIRE(RunClaimgraph("--db '" + dir.path() + "/a' ingest '" + Corpus() + "'").exit_code == 0);
  REQUIRE(RunClaimgraph("--db '" + dir.path() + "/a' remove 001_efb333139d733ace").exit_code == 0);
  std::string rest;
  for (const char* f : {"000_175fa12bb7e136dc", "002_632d227e766f97f1", "003_8f1aa39e925e94a1",
                        "004_3ae9ef1d1ec1450c"})
    rest += " '" + ec + f + ".txt'";
  REQUIRE(RunClaimgraph("--db '" + dir.path() + "/b' ingest" + rest).exit_code == 0);
  const Json a = ExportOf(dir.path() + "/a");
  CHECK(a.dump() == ExportOf(dir.path() + "/b").dump());
  for (const auto& e : a["edges"]) {
    CHECK(e["from"].get<std::string>().rfind("001_", 0) != 0);
    CHECK(e["to"].get<std::string>().rfind("001_", 0) != 0);
  }
}

TEST_CASE("cli: disputes, dispute, claim and compare on made-up articles") {
  TempDir dir;
  const std::string db = "--db '" + dir.path() + "/db' ";
  REQUIRE(RunClaimgraph(db + "ingest '" + JudgeCorpus() + "'").exit_code == 0);
  const auto list = RunClaimgraph(db + "disputes --limit 1");
  REQUIRE(list.exit_code == 0);
  // The first dispute sets the approval (the headline or the lead sentence, whichever edge
  // scores higher) against its denial, with both quotes, their sources and the reason.
  CHECK((list.out.find("\"The city council approved the new downtown parking fees on Tuesday.\"") !=
             std::string::npos ||
         list.out.find("\"Council approves downtown parking fees\"") != std::string::npos));
  CHECK(list.out.find("did not approve the new downtown parking fees on Tuesday.") !=
        std::string::npos);
  CHECK(list.out.find("a_council_approves [") != std::string::npos);
  CHECK(list.out.find("b_council_rejects [33-107]") != std::string::npos);
  CHECK(list.out.find("denies with \"not\" what A asserts (approv") != std::string::npos);
  // `dispute` shows every edge: the lead sentence against the denial among them.
  const std::string first_id = list.out.substr(list.out.find("dispute ") + 8, 11);
  const auto all = RunClaimgraph(db + "dispute " + first_id);
  CHECK(all.out.find("a_council_approves [40-107]") != std::string::npos);

  const auto js = RunClaimgraph(db + "disputes --json");
  REQUIRE(js.exit_code == 0);
  const Json disputes = Json::parse(js.out)["disputes"];
  REQUIRE(disputes.size() >= 1);
  const Json first = disputes[0];
  // Side A backs the approval, side B contests it; d relays the approval and then denies
  // it, so it is shown on both sides and counted for neither.
  CHECK(first["a"]["stance"] == "backs");
  CHECK(first["b"]["stance"] == "contests");
  CHECK(first["a"]["sources"] == Json::array({"a_council_approves"}));
  CHECK(first["b"]["sources"] == Json::array({"b_council_rejects"}));
  CHECK(first["both_sides"] == Json::array({"d_both_views"}));
  CHECK(first["about"].get<std::string>().find("parking fees") != std::string::npos);
  CHECK(first["claim"]["source"].get<std::string>() == "a_council_approves");
  const std::string id = first["id"];
  const auto one = RunClaimgraph(db + "dispute " + id + " --json");
  REQUIRE(one.exit_code == 0);
  CHECK(Json::parse(one.out)["edges"].size() == first["edges"].size());
  CHECK(RunClaimgraph(db + "dispute " + id).out.find("side B (contests it)") != std::string::npos);
  CHECK(RunClaimgraph(db + "dispute d0000000000").exit_code == 1);

  const auto about = RunClaimgraph(db + "disputes --about 'parking fees' --json");
  REQUIRE(about.exit_code == 0);
  CHECK(Json::parse(about.out)["disputes"].size() >= 1);
  const auto none = RunClaimgraph(db + "disputes --about 'bananas' --json");
  CHECK(Json::parse(none.out)["disputes"].empty());

  const Json doc = Json::parse(RunClaimgraph(db + "export").out);
  REQUIRE(doc["claims"].size() >= 1);
  const std::string claim_id = doc["claims"][0]["id"];
  const auto claim = RunClaimgraph(db + "claim " + claim_id + " --json");
  REQUIRE(claim.exit_code == 0);
  const Json cj = Json::parse(claim.out);
  CHECK(cj["statements"].size() >= 2);
  CHECK(cj["backed_by"].size() >= 2);
  // A statement id finds its claim.
  const std::string member = doc["claims"][0]["statements"][0];
  CHECK(Json::parse(RunClaimgraph(db + "claim '" + member + "' --json").out)["id"] == claim_id);

  const auto cmp = RunClaimgraph(db + "compare a_council_approves@40 b_council_rejects@33");
  REQUIRE(cmp.exit_code == 0);
  CHECK(cmp.out.rfind("contradicts", 0) == 0);
  const size_t clash = cmp.out.find("clash=");
  REQUIRE(clash != std::string::npos);
  CHECK(std::stod(cmp.out.substr(clash + 6, 5)) > 0.5);
  // The denial of the approval does not contest what the fees will fund: the negated
  // predicate ("approve") is not in it.
  const auto apart = RunClaimgraph(db + "compare b_council_rejects@33 c_road_repairs@29");
  REQUIRE(apart.exit_code == 0);
  CHECK(apart.out.rfind("none", 0) == 0);
}

// The stance of each listed source, by id, from `sources ... --json`.
std::map<std::string, Json> StanceBySource(const std::string& out) {
  std::map<std::string, Json> by;
  const Json doc = Json::parse(out);
  for (const auto& s : doc["sources"]) by[s["id"].get<std::string>()] = s;
  return by;
}

TEST_CASE("cli: sources for a claim in the user's words, from both sides") {
  TempDir dir;
  const std::string db = "--db '" + dir.path() + "/db' ";
  REQUIRE(RunClaimgraph(db + "ingest '" + JudgeCorpus() + "'").exit_code == 0);
  const std::string claim = "sources 'The council approved the parking fees' ";
  const auto r = RunClaimgraph(db + claim + "--json");
  REQUIRE(r.exit_code == 0);
  auto by = StanceBySource(r.out);
  REQUIRE(by.count("a_council_approves"));
  CHECK(by["a_council_approves"]["stance"] == "supports");
  REQUIRE(by.count("b_council_rejects"));
  CHECK(by["b_council_rejects"]["stance"] == "contradicts");
  // d relays the approval as what residents said, then calls it untrue: listed once, with
  // statements on each side, and counted for neither.
  REQUIRE(by.count("d_both_views"));
  const Json both = by["d_both_views"];
  CHECK(both["both_sides"] == true);
  std::set<std::string> sides;
  const std::string bytes = test::ReadFile(both["file"]);
  for (const auto& e : both["evidence"]) {
    sides.insert(e["stance"].get<std::string>());
    // Every quote is the file's bytes at its offsets.
    CHECK(
        bytes.substr(e["start"].get<size_t>(), e["end"].get<size_t>() - e["start"].get<size_t>()) ==
        e["text"].get<std::string>());
  }
  CHECK(sides == std::set<std::string>{"supports", "contradicts"});
  // No source is listed on one side while all the evidence it shows points the other way.
  for (const auto& [id, s] : by) {
    CAPTURE(id);
    if (s["both_sides"] == true || s["stance"] == "discusses") continue;
    bool agrees = false;
    for (const auto& e : s["evidence"]) agrees = agrees || e["stance"] == s["stance"];
    CHECK((s["evidence"].empty() || agrees));
  }
  const Json doc = Json::parse(r.out);
  CHECK(doc["supporting"].get<int>() + doc["contradicting"].get<int>() +
            doc["discussing"].get<int>() + doc["relaying"].get<int>() +
            doc["both_sides"].get<int>() ==
        static_cast<int>(doc["sources"].size()));

  // The text form says the same, with the quote, its file and offsets.
  const auto text = RunClaimgraph(db + claim);
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.find("takes both sides") != std::string::npos);
  CHECK(text.out.find("b_council_rejects.txt [33-107]  \"The city council did not approve") !=
        std::string::npos);

  // Unrelated text lists nobody; --limit caps the list.
  const auto none = RunClaimgraph(db + "sources 'Bananas ripen faster in paper bags' --json");
  REQUIRE(none.exit_code == 0);
  CHECK(Json::parse(none.out)["sources"].empty());
  const auto one = RunClaimgraph(db + claim + "--limit 1 --json");
  CHECK(Json::parse(one.out)["sources"].size() == 1);
  CHECK(RunClaimgraph(db + "sources ''").exit_code == 1);
}

// Known gap: the stance model finds 000 ("Why NVIDIA's H100 Ban Made China's AI STRONGER")
// only discusses the central claim (P 0.55), and 004 only discusses "China's chip push
// predates the controls" though it says bans "helped kickstart its own hardware push";
// their closest sentences carry few words the model weighs, and the linker's verdicts on
// them (supports, contradicts 0.91) are below the override (0.95). The linker alone
// (--judge linker) gets both.
TEST_CASE("cli: sources - the model finds 000 backs the central claim and 004 contests predates" *
          doctest::should_fail()) {
  TempDir dir;
  const std::string db = "--db '" + dir.path() + "/db' ";
  REQUIRE(RunClaimgraph(db + test::IngestSample()).exit_code == 0);
  const auto r = RunClaimgraph(
      db + "sources \"US export controls accelerated China's chip self-sufficiency\" --json");
  REQUIRE(r.exit_code == 0);
  auto by = StanceBySource(r.out);
  REQUIRE(by.count("000_175fa12bb7e136dc"));
  CHECK(by["000_175fa12bb7e136dc"]["stance"] == "supports");
  const auto pre = RunClaimgraph(db + "sources \"China's chip push predates the controls\" --json");
  REQUIRE(pre.exit_code == 0);
  CHECK(StanceBySource(pre.out)["004_3ae9ef1d1ec1450c"]["stance"] == "contradicts");
  // The linker's judgement alone gets it.
  const auto l = RunClaimgraph(
      db +
      "sources \"US export controls accelerated China's chip self-sufficiency\" --json "
      "--judge linker");
  REQUIRE(l.exit_code == 0);
  REQUIRE(StanceBySource(l.out)["000_175fa12bb7e136dc"]["stance"] == "supports");
}

TEST_CASE("cli: sources by claim id, in a batch, and syndicated copies counted once") {
  TempDir dir;
  const std::string db = "--db '" + dir.path() + "/db' ";
  // The corpus plus a syndicated copy of 002 under another name.
  const std::string ec = Corpus() + "/export-controls/";
  std::filesystem::copy(Corpus(), dir / "corpus", std::filesystem::copy_options::recursive);
  std::filesystem::copy(ec + "002_632d227e766f97f1.txt", dir / "corpus/syndicated-copy.txt");
  REQUIRE(RunClaimgraph(db + "ingest '" + dir.path() + "/corpus'").exit_code == 0);
  const auto r = RunClaimgraph(
      db + "sources \"US export controls accelerated China's chip self-sufficiency\" --json");
  REQUIRE(r.exit_code == 0);
  auto by = StanceBySource(r.out);
  REQUIRE(by.count("syndicated-copy"));
  CHECK(by["syndicated-copy"]["copy_of"] == "002_632d227e766f97f1");
  CHECK(by["002_632d227e766f97f1"]["copies"] == Json::array({"syndicated-copy"}));
  const Json doc = Json::parse(r.out);
  CHECK(doc["supporting"].get<size_t>() + doc["contradicting"].get<size_t>() +
            doc["discussing"].get<size_t>() ==
        doc["sources"].size() - 1);

  // By id: the claim holding 002's headline is backed by its own statements' sources.
  const auto by_id = RunClaimgraph(db + "sources --claim 002_632d227e766f97f1@0 --json");
  REQUIRE(by_id.exit_code == 0);
  by = StanceBySource(by_id.out);
  REQUIRE(by.count("002_632d227e766f97f1"));
  CHECK(by["002_632d227e766f97f1"]["stance"] == "supports");
  CHECK(by.count("001_efb333139d733ace"));
  CHECK(RunClaimgraph(db + "sources --claim nosuch@0").exit_code == 1);

  // A batch: one answer line per claim, a bad line named and skipped (exit 3).
  test::WriteFile(dir / "claims.jsonl",
                  "{\"id\": \"q1\", \"claim\": \"China's chip push predates the controls\"}\n"
                  "not json\n"
                  "{\"id\": \"q2\", \"claim\": \"Bananas ripen faster in paper bags\"}\n");
  const auto batch =
      RunClaimgraph(db + "sources --batch '" + dir.path() + "/claims.jsonl' --limit 0");
  CHECK(batch.exit_code == 3);
  CHECK(batch.err.find("claims.jsonl:2") != std::string::npos);
  std::istringstream lines(batch.out);
  std::string line;
  std::vector<Json> got;
  while (std::getline(lines, line)) got.push_back(Json::parse(line));
  REQUIRE(got.size() == 2);
  CHECK(got[0]["id"] == "q1");
  CHECK(StanceBySource(got[0].dump()).count("001_efb333139d733ace"));
  CHECK(got[1]["id"] == "q2");
  CHECK(got[1]["sources"].empty());

  // A batch large enough to be answered by two judges at once: the lines come back in
  // input order, each the same as the claim answered alone.
  const std::vector<std::string> claims = {
      "China's chip push predates the controls",
      "US export controls accelerated China's chip self-sufficiency",
      "Huawei builds its own AI chips", "Bananas ripen faster in paper bags"};
  std::string big;
  for (int i = 0; i < 70; ++i)
    big += "{\"id\": \"b" + std::to_string(i) + "\", \"claim\": \"" + claims[i % 4] + "\"}\n";
  test::WriteFile(dir / "big.jsonl", big);
  const auto many = RunClaimgraph(db + "sources --batch '" + dir.path() + "/big.jsonl' --limit 0");
  REQUIRE(many.exit_code == 0);
  std::istringstream many_lines(many.out);
  std::vector<Json> answers;
  while (std::getline(many_lines, line)) answers.push_back(Json::parse(line));
  REQUIRE(answers.size() == 70);
  for (int i = 0; i < 70; ++i) {
    CHECK(answers[i]["id"] == "b" + std::to_string(i));
    CHECK(answers[i]["sources"] == answers[i % 4]["sources"]);
  }
  const auto alone = RunClaimgraph(db + "sources \"" + claims[1] + "\" --limit 0 --json");
  REQUIRE(alone.exit_code == 0);
  CHECK(Json::parse(alone.out)["sources"] == answers[69]["sources"]);  // 69 % 4 == 1
}

TEST_CASE("cli: brief on a phrase, an entity and a dispute, every citation names a listed source") {
  TempDir dir;
  const std::string db = "--db '" + dir.path() + "/db' ";
  REQUIRE(RunClaimgraph(db + test::IngestSample()).exit_code == 0);
  const std::string dispute =
      Json::parse(RunClaimgraph(db + "disputes --limit 1 --json").out)["disputes"][0]["id"];
  for (const std::string& topic :
       {std::string("export controls"), std::string("Huawei"), dispute}) {
    CAPTURE(topic);
    const auto r = RunClaimgraph(db + "brief '" + topic + "' --json");
    REQUIRE(r.exit_code == 0);
    const Json b = Json::parse(r.out);
    std::set<int> listed, cited;
    for (const auto& s : b["sources"]) listed.insert(s["n"].get<int>());
    std::map<std::string, int> quote_source;
    for (const auto& q : b["quotes"]) quote_source[q["statement"]] = q["n"].get<int>();
    // Every citation anywhere in the note names a listed source and a quote of it.
    std::function<void(const Json&)> walk = [&](const Json& j) {
      if (j.is_object() && j.contains("n") && j.contains("statement") && !j.contains("start")) {
        cited.insert(j["n"].get<int>());
        REQUIRE(quote_source.count(j["statement"]));
        CHECK(quote_source[j["statement"]] == j["n"].get<int>());
      }
      if (j.is_structured())
        for (const auto& x : j) walk(x);
    };
    walk(b);
    CHECK(!cited.empty());
    CHECK(cited == listed);
    CHECK(b["scope"]["statements"].get<int>() > 0);
  }
  const Json d = Json::parse(RunClaimgraph(db + "brief " + dispute + " --json").out);
  CHECK(d["kind"] == "dispute");
  REQUIRE(d["disputes"].size() == 1);
  CHECK(d["disputes"][0]["a"]["quotes"].size() >= 1);
  CHECK(d["disputes"][0]["b"]["quotes"].size() >= 1);
  // The HTML page escapes article text and needs nothing from outside.
  const auto html = RunClaimgraph(db + "brief 'export controls' --format html");
  REQUIRE(html.exit_code == 0);
  CHECK(html.out.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.out.find("China&apos;s") != std::string::npos);
  CHECK(html.out.find("<script") == std::string::npos);
  CHECK(html.out.find("src=\"http") == std::string::npos);
  CHECK(html.out.find("stylesheet") == std::string::npos);
  const auto missing = RunClaimgraph(db + "brief 'bananas'");
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("no statement is about 'bananas'") != std::string::npos);
}

// Whether the export holds an edge between two statements, and its type ("" if none).
std::string EdgeType(const Json& doc, const std::string& a, const std::string& b) {
  for (const auto& e : doc["edges"])
    if ((e["from"] == a && e["to"] == b) || (e["from"] == b && e["to"] == a)) return e["type"];
  return "";
}

TEST_CASE(
    "cli: corrections apply everywhere, keep their history, survive re-ingest, orphans listed") {
  TempDir dir;
  const std::string db = "--db '" + dir.path() + "/db' ";
  REQUIRE(RunClaimgraph(db + test::IngestSample()).exit_code == 0);
  // The strongest contradicts edge the judge drew, whichever it is; `past`'s source is the
  // one removed and added again below.
  std::string pedal, past;
  double strongest = -1;
  const Json first = Json::parse(RunClaimgraph(db + "export").out);
  for (const auto& e : first["edges"])
    if (e["type"] == "contradicts" && e["score"].get<double>() > strongest) {
      strongest = e["score"].get<double>();
      pedal = e["from"];
      past = e["to"];
    }
  REQUIRE(!past.empty());
  const std::string removed = past.substr(0, past.find('@'));

  // Relabel an edge, then change one's mind: the later correction supersedes the first.
  auto c1 = RunClaimgraph(db + "correct edge " + pedal + " " + past +
                          " --label supports --reason 'first thought' --by ann");
  REQUIRE(c1.exit_code == 0);
  CHECK(c1.out.find("was contradicts") != std::string::npos);
  REQUIRE(RunClaimgraph(db + "correct edge " + past + " " + pedal +
                        " --label none --reason 'not about the same effort' --by bob")
              .exit_code == 0);
  REQUIRE(RunClaimgraph(db +
                        "correct not-a-claim 002_632d227e766f97f1@0 --reason 'a headline' --by ann")
              .exit_code == 0);
  REQUIRE(
      RunClaimgraph(db + "correct split BYU Baidu --reason 'a university' --by ann").exit_code ==
      0);
  REQUIRE(
      RunClaimgraph(db + "correct merge 'Ascend 910B' Huawei --reason 'its product line' --by ann")
          .exit_code == 0);
  CHECK(RunClaimgraph(db + "correct edge " + pedal + " " + past + " --label maybe --reason x")
            .exit_code == 2);
  CHECK(
      RunClaimgraph(db + "correct edge " + pedal + " nosuch@0 --label none --reason x").exit_code ==
      1);
  CHECK(RunClaimgraph(db + "correct split Nope Baidu --reason x").exit_code == 1);
  CHECK(RunClaimgraph(db + "correct not-a-claim " + pedal + " --reason ' '").exit_code == 1);

  auto check_applied = [&](const std::string& when) {
    CAPTURE(when);
    const Json doc = Json::parse(RunClaimgraph(db + "export").out);
    CHECK(EdgeType(doc, pedal, past) == "");
    for (const auto& e : doc["edges"]) {
      CHECK(e["from"] != "002_632d227e766f97f1@0");
      CHECK(e["to"] != "002_632d227e766f97f1@0");
    }
    std::set<std::string> ids;
    for (const auto& e : doc["entities"]) ids.insert(e["id"]);
    CHECK(ids.count("byu"));
    CHECK(!ids.count("ascend-910b"));
    // The entity page, the briefing note and sources say the same.
    const auto huawei = RunClaimgraph(db + "entity 'Ascend 910B'");
    CHECK(huawei.out.rfind("Huawei (organization", 0) == 0);
    const auto byu = RunClaimgraph(db + "entity BYU");
    CHECK(byu.out.rfind("BYU (organization, correction)", 0) == 0);
    const Json brief = Json::parse(RunClaimgraph(db + "brief 'export controls' --json").out);
    for (const auto& q : brief["quotes"]) CHECK(q["statement"] != "002_632d227e766f97f1@0");
    const Json src = Json::parse(
        RunClaimgraph(
            db + "sources \"US export controls accelerated China's chip self-sufficiency\" --json")
            .out);
    for (const auto& s : src["sources"])
      for (const auto& e : s["evidence"]) CHECK(e["statement"] != "002_632d227e766f97f1@0");
  };
  check_applied("after correcting");

  // Re-ingest: remove the source and add it again, so its statements and edges are derived
  // anew. While it is gone, its corrections are orphaned, not dropped.
  REQUIRE(RunClaimgraph(db + "remove " + removed).exit_code == 0);
  const Json gone = Json::parse(RunClaimgraph(db + "corrections --json").out)["corrections"];
  REQUIRE(gone.size() == 5);
  CHECK(gone[0]["status"] == "superseded");
  CHECK(gone[1]["status"] == "orphaned");
  CHECK(gone[1]["detail"].get<std::string>().find(removed + " is not in the graph") !=
        std::string::npos);
  REQUIRE(RunClaimgraph(db + test::IngestSample()).exit_code == 0);
  REQUIRE(RunClaimgraph(db + "reindex").exit_code == 0);
  check_applied("after re-ingesting and reindexing");
  const Json again = Json::parse(RunClaimgraph(db + "corrections --json").out)["corrections"];
  CHECK(again[1]["status"] == "active");
  CHECK(again[1]["who"] == "bob");
  CHECK(again[1]["previous"].get<std::string>().rfind("supports", 0) == 0);
  CHECK(again[1]["statements"] == Json::array({pedal, past}));
  const auto listing = RunClaimgraph(db + "corrections");
  CHECK(listing.out.find("[superseded: by correction 2]") != std::string::npos);
  CHECK(listing.out.find("by bob at ") != std::string::npos);

  // --undo withdraws a correction; the history keeps both.
  REQUIRE(RunClaimgraph(db + "correct split BYU Baidu --undo --reason 'it was Baidu after all'")
              .exit_code == 0);
  CHECK(RunClaimgraph(db + "entity BYU").out.rfind("Baidu (organization", 0) == 0);
}

TEST_CASE("cli: export as GraphML and JSON-LD says what the JSON export says") {
  TempDir dir;
  const std::string db = "--db '" + dir.path() + "/db' ";
  REQUIRE(RunClaimgraph(db + test::IngestSample()).exit_code == 0);
  const Json doc = Json::parse(RunClaimgraph(db + "export").out);
  const size_t edges = doc["edges"].size();
  REQUIRE(edges > 0);

  // GraphML: one node per source, statement, claim and entity; every edge end a node.
  const auto g = RunClaimgraph(db + "export --format graphml");
  REQUIRE(g.exit_code == 0);
  CHECK(g.out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
  CHECK(g.out.find("attr.name=\"score\" attr.type=\"double\"") != std::string::npos);
  std::set<std::string> nodes;
  const std::string open = "<node id=\"";
  for (size_t at = g.out.find(open); at != std::string::npos; at = g.out.find(open, at + 1))
    nodes.insert(
        g.out.substr(at + open.size(), g.out.find('"', at + open.size()) - at - open.size()));
  CHECK(nodes.size() == doc["sources"].size() + doc["statements"].size() + doc["claims"].size() +
                            doc["entities"].size());
  size_t typed = 0, dangling = 0;
  const std::string src = "source=\"", dst = "target=\"";
  for (size_t at = g.out.find("<edge "); at != std::string::npos;
       at = g.out.find("<edge ", at + 1)) {
    const size_t s = g.out.find(src, at) + src.size(), t = g.out.find(dst, at) + dst.size();
    if (!nodes.count(g.out.substr(s, g.out.find('"', s) - s))) ++dangling;
    if (!nodes.count(g.out.substr(t, g.out.find('"', t) - t))) ++dangling;
    const size_t end = g.out.find("</edge>", at);
    const std::string body = g.out.substr(at, end - at);
    if (body.find(">supports<") != std::string::npos ||
        body.find(">contradicts<") != std::string::npos)
      ++typed;
  }
  CHECK(dangling == 0);
  CHECK(typed == edges);
  // Article text is escaped: no quote mark survives raw inside character data.
  // (001 quotes "slow ball" in its text.)
  CHECK(g.out.find("&quot;slow ball&quot;") != std::string::npos);

  // JSON-LD: schema.org types; each edge a ClaimReview whose ends are in the graph.
  const auto l = RunClaimgraph(db + "export --format jsonld -o '" + dir.path() + "/g.jsonld'");
  REQUIRE(l.exit_code == 0);
  std::ifstream in(dir.path() + "/g.jsonld");
  const Json ld = Json::parse(in);
  CHECK(ld["@context"]["@vocab"] == "https://schema.org/");
  std::set<std::string> ids;
  std::map<std::string, size_t> types;
  for (const Json& x : ld["@graph"]) {
    ids.insert(x["@id"].get<std::string>());
    ++types[x["@type"].get<std::string>()];
  }
  CHECK(types["NewsArticle"] == doc["sources"].size());
  CHECK(types["Claim"] == doc["statements"].size() + doc["claims"].size());
  CHECK(types["ClaimReview"] == edges);
  for (const Json& x : ld["@graph"]) {
    if (x["@type"] != "ClaimReview") continue;
    CHECK(ids.count(x["itemReviewed"]["@id"].get<std::string>()));
    CHECK(ids.count(x["isBasedOn"]["@id"].get<std::string>()));
    const std::string rating = x["reviewRating"]["alternateName"];
    CHECK((rating == "supports" || rating == "contradicts"));
  }
  CHECK(RunClaimgraph(db + "export --format dot").exit_code != 0);
}

TEST_CASE("cli: eval --gold scores the graph like the reference scorer") {
  TempDir dir;
  const std::string db = "--db '" + dir.path() + "/db' ";
  REQUIRE(RunClaimgraph(db + test::IngestSample()).exit_code == 0);
  const auto r = RunClaimgraph(db + "eval --json --gold '" + test::SourceDir() +
                               "/tests/data/seed-gold.json'");
  REQUIRE(r.exit_code == 0);
  const Json m = Json::parse(r.out);
  // Every gold quote is found in the graph's statements; the figures are well formed.
  CHECK(m["dispute_quotes_found"].get<double>() == 1.0);
  CHECK(m["statements"].get<int>() > 0);
  CHECK(m["contradicts_edges"].get<int>() > 0);
  for (const char* k : {"dispute_recall", "contradiction_precision", "agreement_recall",
                        "entity_recall", "alias_recall", "entity_precision"}) {
    CAPTURE(k);
    CHECK(m[k].get<double>() >= 0.0);
    CHECK(m[k].get<double>() <= 1.0);
  }
  CHECK(m["entity_recall"].get<double>() == 1.0);
  CHECK(m["supports_across_a_dispute"].get<int>() == 0);
  CHECK(RunClaimgraph(db + "eval --gold /nonexistent.json").exit_code == 1);
}

// Known gap (issue 15's targets on the sample corpus): with the learned judge, the sample's
// disputes (sides of a question, argued in different words) are not found pairwise, and its
// agreements are paraphrases with few shared words; bench/gold.sh prints the figures.
TEST_CASE("cli: eval --gold meets the judge's targets on the sample corpus" *
          doctest::should_fail()) {
  TempDir dir;
  const std::string db = "--db '" + dir.path() + "/db' ";
  REQUIRE(RunClaimgraph(db + test::IngestSample()).exit_code == 0);
  const auto r = RunClaimgraph(db + "eval --json --gold '" + test::SourceDir() +
                               "/tests/data/seed-gold.json'");
  REQUIRE(r.exit_code == 0);
  const Json m = Json::parse(r.out);
  CHECK(m["dispute_recall"].get<double>() >= 0.8);
  CHECK(m["contradiction_precision_judged"].get<double>() >= 0.8);
  CHECK(m["agreement_recall"].get<double>() >= 0.7);
  CHECK(m["disagreeing_pairs_joined"].get<double>() >= 0.5);
}

namespace {
// FNC-1-style CSVs of a small world: per topic, one article confirms the story, one calls it
// a hoax, one reports it as unverified; a claim meets its own topic's articles and another
// topic's.
void WriteStanceCsvs(const std::filesystem::path& dir) {
  const std::vector<std::pair<std::string, std::string>> topics = {
      {"Crocodile seen swimming in city reservoir", "crocodile swimming in the reservoir"},
      {"Mayor resigns after bridge collapse", "mayor resigning after the bridge collapse"},
      {"Singer cancels world tour over illness", "singer cancelling the world tour"},
      {"Meteorite lands on farm near village", "meteorite landing on the farm"},
      {"Company recalls cars over faulty brakes", "company recalling cars with faulty brakes"},
      {"Zoo panda gives birth to twins", "zoo panda giving birth to twins"},
  };
  std::string bodies = "Body ID,articleBody\n", stances = "Headline,Body ID,Stance\n";
  int id = 0;
  for (size_t t = 0; t < topics.size(); ++t) {
    const auto& [claim, words] = topics[t];
    const std::string texts[3] = {"Officials confirmed the story of the " + words +
                                      ". Police verified it and showed "
                                      "evidence, and witnesses said it was real.",
                                  "The story of the " + words +
                                      " is a hoax. It is fake and false, and officials "
                                      "\"denied\" it. There is no evidence, they said.",
                                  "Reports claim the " + words +
                                      " may have happened, allegedly. It could not be verified, "
                                      "and the details are unclear."};
    const char* labels[3] = {"agree", "disagree", "discuss"};
    for (int k = 0; k < 3; ++k) {
      bodies += std::to_string(id) + ",\"" + texts[k] + "\"\n";
      stances += claim + "," + std::to_string(id) + "," + labels[k] + "\n";
      stances += topics[(t + 1) % topics.size()].first + "," + std::to_string(id) + ",unrelated\n";
      ++id;
    }
  }
  // CSV quoting: a quote inside a field is doubled.
  std::string quoted;
  for (size_t i = 0; i < bodies.size(); ++i) {
    if (bodies[i] == '"' && i > 0 && bodies[i - 1] != ',' && i + 1 < bodies.size() &&
        bodies[i + 1] != '\n')
      quoted += "\"\"";
    else
      quoted += bodies[i];
  }
  test::WriteFile((dir / "bodies.csv").string(), quoted);
  test::WriteFile((dir / "stances.csv").string(), stances);
}
}  // namespace

// KNOWN GAP (failing, marked): end to end, one held-out contradicts pair is read as supports
// (FNC-1 score 10.5, train printed 11.25). The test's name held a ';', which ctest's
// doctest discovery split, so ctest ran none of it and the gap went unseen. Why: train
// scores the stance model alone; end to end, `sources --linker-override 2` lets the graph's
// linker decide, and its supports model joins "The story of the crocodile swimming in the
// reservoir is a hoax." to the claim by shared words ("same words: crocodile, swimming,
// reservoir; overlap 0.68"), over the model's contradicts. The linker's supports weights
// (ingest/data/link_weights.tsv) read a debunking statement as support.
TEST_CASE("cli: train writes the same model twice, sources --model and eval-stance use it" *
          doctest::should_fail()) {
  TempDir dir;
  WriteStanceCsvs(dir.path());
  const std::string csvs = "'" + dir.path() + "/bodies.csv' '" + dir.path() + "/stances.csv' ";
  const auto a = RunClaimgraph("train " + csvs + "-o '" + dir.path() +
                               "/a.tsv' --min-word-groups 2 --min-cover 0 --json");
  INFO(a.err);
  REQUIRE(a.exit_code == 0);
  const Json report = Json::parse(a.out);
  CHECK(report["bodies"] == 18);
  CHECK(report["pairs"] == 36);
  REQUIRE(RunClaimgraph("train " + csvs + "-o '" + dir.path() +
                        "/b.tsv' --min-word-groups 2 --min-cover 0")
              .exit_code == 0);
  const std::string model = test::ReadFile(dir.path() + "/a.tsv");
  CHECK(model.starts_with("claimgraph stance model 1\n"));
  CHECK(model == test::ReadFile(dir.path() + "/b.tsv"));  // byte for byte

  // Held out by topic: the held part is written for ingest, sources --batch and
  // eval-stance, and the end-to-end score equals the one train printed.
  const auto h =
      RunClaimgraph("train " + csvs + "-o '" + dir.path() +
                    "/h.tsv' --min-word-groups 2 --min-cover 0 --hold-out 2 --write-held '" +
                    dir.path() + "/held' --json");
  REQUIRE(h.exit_code == 0);
  const Json held = Json::parse(h.out)["held_out"];
  REQUIRE(held["pairs"].get<int>() > 0);
  const std::string db = "--db '" + dir.path() + "/db' ";
  REQUIRE(RunClaimgraph(db + "ingest '" + dir.path() + "/held/articles.jsonl'").exit_code == 0);
  const auto answers = RunClaimgraph(db + "sources --batch '" + dir.path() +
                                     "/held/claims.jsonl' --limit 0 --json --linker-override 2 "
                                     "--model '" +
                                     dir.path() + "/h.tsv'");
  REQUIRE(answers.exit_code == 0);
  test::WriteFile(dir.path() + "/answers.jsonl", answers.out);
  const auto score = RunClaimgraph("eval-stance '" + dir.path() + "/held/pairs.jsonl' '" +
                                   dir.path() + "/answers.jsonl' --json");
  REQUIRE(score.exit_code == 0);
  const Json s = Json::parse(score.out);
  CHECK(s["pairs"] == held["pairs"]);
  CHECK(s["fnc_score"] == held["fnc_score"]);
  CHECK(s["confusion"] == held["confusion"]);
  // The hoax articles of held topics are found to contest their claims.
  CHECK(s["confusion"]["contradicts"]["contradicts"].get<int>() >= 1);
  // The text form of the score.
  const auto text = RunClaimgraph("eval-stance '" + dir.path() + "/held/pairs.jsonl' '" +
                                  dir.path() + "/answers.jsonl'");
  CHECK(text.out.find("FNC-1 score") != std::string::npos);
  CHECK(text.out.find("macro-F1") != std::string::npos);

  // Bad input is named: a missing column, a quote never closed, a broken model file.
  test::WriteFile(dir.path() + "/nobody.csv", "Body,text\n1,x\n");
  const auto missing = RunClaimgraph("train '" + dir.path() + "/nobody.csv' '" + dir.path() +
                                     "/stances.csv' -o '" + dir.path() + "/x.tsv'");
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("nobody.csv: no column 'Body ID'") != std::string::npos);
  test::WriteFile(dir.path() + "/open.csv", "Body ID,articleBody\n1,\"never closed\n");
  const auto open = RunClaimgraph("train '" + dir.path() + "/open.csv' '" + dir.path() +
                                  "/stances.csv' -o '" + dir.path() + "/x.tsv'");
  CHECK(open.exit_code == 1);
  CHECK(open.err.find("open.csv") != std::string::npos);
  CHECK(open.err.find("line 2") != std::string::npos);
  test::WriteFile(dir.path() + "/broken.tsv", "claimgraph stance model 1\nmin_cover x\n");
  const auto broken =
      RunClaimgraph(db + "sources 'crocodile reservoir' --model '" + dir.path() + "/broken.tsv'");
  CHECK(broken.exit_code == 1);
  CHECK(broken.err.find("broken.tsv: not a stance model") != std::string::npos);
}

TEST_CASE("cli: pairs judges each line as two statements, in input order, naming a bad line") {
  TempDir dir;
  // Made-up sentences, not from any corpus: a denial of the same predicate, a paraphrase
  // with one word changed, and two statements on unrelated subjects.
  test::WriteFile(dir / "pairs.jsonl",
                  "{\"id\": \"deny\", \"a\": \"The city council approved the new parking fees.\", "
                  "\"b\": \"The city council did not approve the new parking fees.\", "
                  "\"label\": \"contradicts\"}\n"
                  "not json\n"
                  "{\"id\": \"same\", \"a\": \"The city council approved the new parking fees on "
                  "Tuesday.\", \"b\": \"On Tuesday the city council approved new parking fees.\"}\n"
                  "{\"id\": \"apart\", \"a\": \"Wheat harvests fell across the plains.\", "
                  "\"b\": \"The orchestra hired a new conductor.\"}\n");
  const auto r = RunClaimgraph("pairs --json '" + (dir / "pairs.jsonl") + "'");
  CHECK(r.exit_code == 3);
  CHECK(r.err.find("pairs.jsonl:2: not an {\"id\", \"a\", \"b\"} object, skipped") !=
        std::string::npos);
  std::vector<Json> answers;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) answers.push_back(Json::parse(line));
  REQUIRE(answers.size() == 3);
  CHECK(answers[0]["id"] == "deny");
  CHECK(answers[0]["label"] == "contradicts");  // fields beside a and b are copied
  CHECK(answers[0]["type"] == "contradicts");
  CHECK(answers[0]["why"].get<std::string>().find("denies with \"not\"") != std::string::npos);
  CHECK(answers[1]["id"] == "same");
  CHECK(answers[1]["type"] == "supports");
  CHECK(answers[2]["type"] == "none");
  CHECK(answers[2]["features"]["similarity"].get<double>() < 0.2);
  // Plain output: one tab-separated line a pair.
  const auto plain = RunClaimgraph("pairs '" + (dir / "pairs.jsonl") + "'");
  CHECK(plain.out.rfind("deny\tcontradicts\t", 0) == 0);
}

TEST_CASE("cli: train-link fits both models from labelled answers, --supports-c moves only one") {
  TempDir dir;
  // Made-up labelled pairs, judged by `pairs --json` into answers with features.
  const char* rows[][3] = {
      {"The council approved the fees", "The council did not approve the fees", "contradicts"},
      {"The bridge is safe", "The bridge is unsafe", "contradicts"},
      {"Prices rose in May", "Prices did not rise in May", "contradicts"},
      {"The council approved the fees", "The council approved new fees", "supports"},
      {"Fares rose 10 percent", "Fares went up 10%", "supports"},
      {"Exports grew last year", "Exports increased last year", "supports"},
      {"The council approved the fees", "Rain fell in the valley", "neither"},
      {"The bridge is safe", "Fares rose 10 percent", "neither"},
      {"Prices rose in May", "The mayor spoke on Friday", "neither"},
  };
  std::string jsonl;
  int n = 0;
  for (const auto& r : rows)
    jsonl +=
        Json{{"id", std::to_string(n++)}, {"a", r[0]}, {"b", r[1]}, {"label", r[2]}}.dump() + "\n";
  test::WriteFile(dir / "pairs.jsonl", jsonl);
  const std::string p = "'" + dir.path() + "/";
  REQUIRE(RunClaimgraph("pairs --json " + p + "pairs.jsonl' -o " + p + "answers'").exit_code == 0);
  const auto a = RunClaimgraph("train-link " + p + "answers' -o " + p + "a.tsv'");
  INFO(a.err);
  REQUIRE(a.exit_code == 0);
  REQUIRE(
      RunClaimgraph("train-link --supports-c 10 " + p + "answers' -o " + p + "b.tsv'").exit_code ==
      0);
  auto rows_of = [](const std::string& text, const std::string& model) {
    std::string out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
      if (line.starts_with(model + "\t")) out += line + "\n";
    return out;
  };
  const std::string wa = test::ReadFile(dir.path() + "/a.tsv");
  const std::string wb = test::ReadFile(dir.path() + "/b.tsv");
  CHECK(rows_of(wa, "contradicts").find("contradicts\tclash\t") != std::string::npos);
  CHECK(rows_of(wa, "contradicts") == rows_of(wb, "contradicts"));
  CHECK(rows_of(wa, "supports") != rows_of(wb, "supports"));
  CHECK(RunClaimgraph("train-link --supports-c 0 " + p + "answers' -o " + p + "c.tsv'").exit_code !=
        0);
}

}  // namespace cg

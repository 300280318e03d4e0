// End-to-end tests of the database's guarantees through the real binary: derived data
// survives metadata edits, entity names do not depend on ingest order, writers leave no
// log to replay, `check` verifies the graph, and damaged databases are never overwritten.
// Articles are made up for the tests.
#include <doctest/doctest.h>

#include <filesystem>

#include "core/text.h"
#include "model/model.h"
#include "storage/store.h"
#include "test_util.h"

namespace cg {
namespace {

using test::RunClaimgraph;
using test::TempDir;

std::string Corpus() { return test::SourceDir() + "/corpus"; }

Json Parse(const std::string& s) { return Json::parse(s); }

uintmax_t LogBytes(const std::string& db) {
  uintmax_t n = 0;
  for (const auto& e : std::filesystem::directory_iterator(db))
    if (e.path().extension() == ".log") n += e.file_size();
  return n;
}

}  // namespace

TEST_CASE("database: a corrected sidecar or another path keeps every edge") {
  TempDir dir;
  std::filesystem::copy(Corpus(), dir / "c", std::filesystem::copy_options::recursive);
  const std::string db = "--db '" + dir / "db" + "' ";
  auto first = RunClaimgraph(db + "ingest --json '" + dir / "c" + "'");
  REQUIRE(first.exit_code == 0);
  const auto edges = Parse(first.out)["graph"]["edges"].get<uint64_t>();
  REQUIRE(edges > 0);
  const auto export_before = RunClaimgraph(db + "export --json");

  std::string meta;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir / "c"))
    if (e.path().string().ends_with(".meta.json")) meta = e.path().string();
  REQUIRE_FALSE(meta.empty());
  Json m = Parse(test::ReadFile(meta));
  m["author"] = "A. Corrected";
  test::WriteFile(meta, m.dump());
  auto corrected = RunClaimgraph(db + "ingest --json '" + dir / "c" + "'");
  REQUIRE(corrected.exit_code == 0);
  CHECK(Parse(corrected.out)["replaced"] == 1);
  CHECK(Parse(corrected.out)["graph"]["edges"] == edges);

  std::filesystem::copy(dir / "c", dir / "elsewhere", std::filesystem::copy_options::recursive);
  auto moved = RunClaimgraph(db + "ingest --json '" + dir / "elsewhere" + "'");
  REQUIRE(moved.exit_code == 0);
  CHECK(Parse(moved.out)["graph"]["edges"] == edges);
  // The export differs from the first only in the metadata edited: files and one author.
  Json before = Parse(export_before.out), after = Parse(RunClaimgraph(db + "export --json").out);
  CHECK(before["edges"] == after["edges"]);
  CHECK(before["statements"] == after["statements"]);
  CHECK(before["entities"] == after["entities"]);
  CHECK(RunClaimgraph(db + "check").exit_code == 0);
}

TEST_CASE("database: an entity is named the same whichever article comes first") {
  TempDir dir;
  test::WriteFile(dir / "a.txt",
                  "Jean Pascal, the mayor, said the tariff plan would cost jobs in the region.\n");
  test::WriteFile(dir / "b.txt",
                  "Jean-Pascal said on Monday that the tariff plan would protect regional jobs.\n");
  auto entities_after = [&](const std::string& name, const std::string& x, const std::string& y) {
    const std::string db = "--db '" + dir / name + "' ";
    REQUIRE(RunClaimgraph(db + "ingest --quiet '" + dir / x + "'").exit_code == 0);
    REQUIRE(RunClaimgraph(db + "ingest --quiet '" + dir / y + "'").exit_code == 0);
    return Parse(RunClaimgraph(db + "export --json").out)["entities"];
  };
  const Json ab = entities_after("ab", "a.txt", "b.txt");
  const Json ba = entities_after("ba", "b.txt", "a.txt");
  CHECK(ab == ba);
  bool named = false;
  for (const auto& e : ab) named = named || e["name"] == "Jean Pascal";
  CHECK(named);
  // reindex gives the same names as ingest.
  REQUIRE(RunClaimgraph("--db '" + dir / "ab" + "' reindex").exit_code == 0);
  CHECK(Parse(RunClaimgraph("--db '" + dir / "ab" + "' export --json").out)["entities"] == ab);
}

TEST_CASE("database: every writing command leaves no log to replay, check passes") {
  TempDir dir;
  const std::string db = "--db '" + dir / "db" + "' ";
  REQUIRE(RunClaimgraph(db + "ingest --quiet '" + Corpus() + "'").exit_code == 0);
  CHECK(LogBytes(dir / "db") == 0);
  auto check = RunClaimgraph(db + "check");
  CHECK(check.exit_code == 0);
  CHECK(check.out.find("is consistent") != std::string::npos);
  auto json = Parse(RunClaimgraph(db + "check --json").out);
  CHECK(json["ok"] == true);
  CHECK(json["read"]["sources"] == 5);
  REQUIRE(RunClaimgraph(db + "reindex").exit_code == 0);
  CHECK(LogBytes(dir / "db") == 0);
  const std::string first = Parse(RunClaimgraph(db + "export --json").out)["sources"][0]["id"];
  REQUIRE(RunClaimgraph(db + "remove '" + first + "'").exit_code == 0);
  CHECK(LogBytes(dir / "db") == 0);
  CHECK(RunClaimgraph(db + "check").exit_code == 0);
}

TEST_CASE("database: check names a broken record and exits 1") {
  TempDir dir;
  const std::string db = "--db '" + dir / "db" + "' ";
  REQUIRE(RunClaimgraph(db + "ingest --quiet '" + Corpus() + "'").exit_code == 0);
  {
    auto store = Store::Open(dir / "db", {});
    REQUIRE(store.ok());
    auto sources = (*store)->ListSources();
    REQUIRE(sources.ok());
    REQUIRE((*store)->TEST_RawDelete("source_text", sources->front().id).ok());
  }
  auto check = RunClaimgraph(db + "check");
  CHECK(check.exit_code == 1);
  CHECK(check.out.find("no stored text") != std::string::npos);
  CHECK(check.err.find("is damaged") != std::string::npos);
}

TEST_CASE("database: damaged or foreign folders are refused, never recreated") {
  TempDir dir;
  const std::string db = "--db '" + dir / "db" + "' ";
  REQUIRE(RunClaimgraph(db + "ingest --quiet '" + Corpus() + "'").exit_code == 0);
  std::filesystem::remove(dir / "db/CURRENT");
  auto ingest = RunClaimgraph(db + "ingest --quiet '" + Corpus() + "'");
  CHECK(ingest.exit_code == 1);
  CHECK(ingest.err.find("CURRENT file is missing") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "db/CURRENT"));
  CHECK(RunClaimgraph(db + "stats").err.find("CURRENT file is missing") != std::string::npos);

  // reindex migrates older databases, never a newer one.
  const std::string db2 = "--db '" + dir / "db2" + "' ";
  REQUIRE(RunClaimgraph(db2 + "ingest --quiet '" + Corpus() + "'").exit_code == 0);
  {
    auto store = Store::Open(dir / "db2", {});
    REQUIRE(store.ok());
    REQUIRE((*store)->TEST_SetSchemaVersion(keys::kSchemaVersion + 1).ok());
  }
  auto reindex = RunClaimgraph(db2 + "reindex");
  CHECK(reindex.exit_code == 1);
  CHECK(reindex.err.find("newer claimgraph") != std::string::npos);
}

TEST_CASE("database: deleting RocksDB's LOCK file does not let a second writer in") {
  TempDir dir;
  auto writer = Store::Open(dir / "db", {});  // a writer that is still running
  REQUIRE(writer.ok());
  std::filesystem::remove(dir / "db/LOCK");
  auto second = RunClaimgraph("--db '" + dir / "db" + "' ingest --quiet '" + Corpus() + "'");
  CHECK(second.exit_code == 1);
  CHECK(second.err.find("is locked") != std::string::npos);
}

TEST_CASE("database: a flipped byte in the write-ahead log is reported, not read past") {
  TempDir dir;
  {
    auto writer = Store::Open(dir / "db", {});
    REQUIRE(writer.ok());
    for (int i = 0; i < 200; ++i) {
      ArticleRecord a;
      a.source.id = "s" + std::to_string(i);
      a.text = "Article number " + std::to_string(i) + " says little.";
      a.source.content_hash = Sha256Hex(a.text);
      a.source.text_bytes = a.text.size();
      REQUIRE((*writer)->PutArticle(a).ok());
    }
    // What a crash leaves: the articles are in the log only.
    std::filesystem::copy(dir / "db", dir / "crashed", std::filesystem::copy_options::recursive);
  }
  const std::string db = "--db '" + dir / "crashed" + "' ";
  auto whole = RunClaimgraph(db + "stats --json");
  REQUIRE(whole.exit_code == 0);
  CHECK(Parse(whole.out)["sources"] == 200);
  std::string log;  // a read-only open leaves the folder as it was
  for (const auto& e : std::filesystem::directory_iterator(dir / "crashed"))
    if (e.path().extension() == ".log" && e.file_size() > 1000) log = e.path().string();
  REQUIRE_FALSE(log.empty());
  std::string bytes = test::ReadFile(log);
  bytes[bytes.size() / 3] ^= 0x5A;
  test::WriteFile(log, bytes);
  for (const char* cmd : {"stats", "ingest --quiet '" CLAIMGRAPH_SOURCE_DIR "/corpus'"}) {
    CAPTURE(cmd);
    auto r = RunClaimgraph(db + cmd);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("is damaged and was not opened") != std::string::npos);
  }
}

}  // namespace cg

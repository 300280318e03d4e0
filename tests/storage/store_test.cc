#include "storage/store.h"

#include <doctest/doctest.h>

#include <map>
#include <set>

#include "core/text.h"
#include "query/query.h"
#include "test_util.h"

namespace cg {
namespace {

ArticleRecord Article(const std::string& id, const std::string& text,
                      const std::vector<std::pair<uint32_t, uint32_t>>& spans,
                      const std::string& entity = "") {
  ArticleRecord a;
  a.source.id = id;
  a.source.file = id + ".txt";
  a.source.format = "txt";
  a.source.content_hash = Sha256Hex(text);
  a.source.text_bytes = text.size();
  a.text = text;
  TermAnalyzer terms;
  for (auto [b, e] : spans) {
    Statement st;
    st.id = MakeStatementId(id, b);
    st.source = id;
    st.start = b;
    st.end = e;
    st.text = text.substr(b, e - b);
    st.kind = "sentence";
    std::map<std::string, uint32_t> tf;
    for (auto& t : terms.Terms(st.text)) {
      ++tf[t];
      ++st.term_count;
    }
    for (auto& [t, n] : tf) a.postings[t].push_back({b, n, st.term_count});
    a.source.term_count += st.term_count;
    if (!entity.empty()) st.entities = {Slugify(entity)};
    a.statements.push_back(st);
  }
  a.source.statement_count = static_cast<uint32_t>(spans.size());
  if (!entity.empty()) {
    a.entities.push_back(Entity{Slugify(entity), entity, "organization", "gazetteer", {}});
    a.mentions.push_back(
        Mention{Slugify(entity), id, 0, static_cast<uint32_t>(entity.size()), entity, "exact", ""});
    a.source.entity_ids = {Slugify(entity)};
  }
  return a;
}

}  // namespace

TEST_CASE("store: an article is stored, replaced and removed with everything derived") {
  test::TempDir dir;
  auto store = Store::Open(dir / "db", {});
  REQUIRE(store.ok());
  Store& s = **store;

  const std::string v1 = "Huawei ships chips. Export controls backfired.";
  auto put = s.PutArticle(Article("a", v1, {{0, 19}, {20, 46}}, "Huawei"));
  REQUIRE(put.ok());
  CHECK(*put == PutOutcome::kAdded);
  CHECK(*s.PutArticle(Article("a", v1, {{0, 19}, {20, 46}}, "Huawei")) == PutOutcome::kUnchanged);
  REQUIRE(s.PutArticle(Article("b", v1, {{0, 19}}, "Huawei")).ok());

  auto a = s.GetSource("a");
  REQUIRE(a.ok());
  CHECK(a->copies == std::vector<std::string>{"b"});  // identical text, two sources
  CHECK(s.StatementsOf("a")->size() == 2);
  CHECK(s.GetStatement("a@20")->text == "Export controls backfired.");
  CHECK(s.PostingsOf("backfir")->size() == 1);
  CHECK(s.MentionsOf("huawei")->size() == 2);
  CHECK(s.Stats()->statements == 3);
  CHECK(s.Stats()->mentions == 2u);  // counted in meta, so stats reads no mention key

  // A changed article replaces its previous statements, postings and mentions.
  const std::string v2 = "Controls slowed nothing at all.";
  CHECK(*s.PutArticle(Article("a", v2, {{0, 31}})) == PutOutcome::kReplaced);
  CHECK(s.StatementsOf("a")->size() == 1);
  CHECK(s.PostingsOf("backfir")->empty());
  CHECK(s.MentionsOf("huawei")->size() == 1);  // b still mentions it
  CHECK(s.Stats()->mentions == 1u);
  CHECK(s.GetEntity("huawei").ok());
  CHECK(s.GetSource("a")->copies.empty());
  CHECK(s.Stats()->statements == 2);

  REQUIRE(s.RemoveSource("b").ok());
  CHECK(s.GetEntity("huawei").status().code() == Status::Code::kNotFound);
  CHECK(s.MentionsOf("huawei")->empty());
  CHECK(s.Stats()->mentions == 0u);
  CHECK(s.RemoveSource("b").code() == Status::Code::kNotFound);
  CHECK(s.Stats()->sources == 1);
  CHECK(s.ListSources()->size() == 1);
}

TEST_CASE("store: search through the postings agrees with a full scan") {
  test::TempDir dir;
  auto store = Store::Open(dir / "db", {});
  REQUIRE(store.ok());
  const std::string t1 = "Export controls accelerated indigenization. Chips are scarce.";
  const std::string t2 = "The indigenization pedal was on the floor since 2014.";
  REQUIRE((*store)->PutArticle(Article("s1", t1, {{0, 43}, {44, 61}})).ok());
  REQUIRE((*store)->PutArticle(Article("s2", t2, {{0, 53}})).ok());
  TermAnalyzer analyzer;
  auto hits = Search(**store, analyzer, "indigenization controls", 0);
  REQUIRE(hits.ok());
  // Slow twin: every statement whose terms meet the query's.
  std::set<std::string> scan;
  const auto sources = (*store)->ListSources();
  REQUIRE(sources.ok());
  for (const auto& src : *sources) {
    const auto sts = (*store)->StatementsOf(src.id);
    REQUIRE(sts.ok());
    for (const auto& st : *sts)
      for (const auto& t : analyzer.Terms(st.text))
        if (t == "indigen" || t == "control") scan.insert(st.id);
  }
  std::set<std::string> found;
  for (const auto& h : *hits) found.insert(h.statement.id);
  CHECK(found == scan);
  REQUIRE(hits->size() == 2);
  CHECK((*hits)[0].statement.id == "s1@0");  // both terms beat one
  CHECK(Search(**store, analyzer, "the of", 0).status().code() == Status::Code::kInvalidArgument);
}

TEST_CASE("store: a second writer gets a clear lock message") {
  test::TempDir dir;
  auto first = Store::Open(dir / "db", {});
  REQUIRE(first.ok());
  auto second = Store::Open(dir / "db", {});
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().message().find("is locked") != std::string::npos);
  StoreOptions ro;
  ro.read_only = true;
  CHECK(Store::Open(dir / "db", ro).ok());  // readers are not blocked
}

TEST_CASE("store: missing databases and other schema versions fail clearly") {
  test::TempDir dir;
  StoreOptions ro;
  ro.read_only = true;
  auto missing = Store::Open(dir / "nothing", ro);
  CHECK(missing.status().code() == Status::Code::kNotFound);
  CHECK(missing.status().message().find("no claimgraph database") != std::string::npos);
}

TEST_CASE("store: a writer's lock holds when RocksDB's LOCK file is deleted") {
  test::TempDir dir;
  auto first = Store::Open(dir / "db", {});
  REQUIRE(first.ok());
  std::filesystem::remove(dir / "db/LOCK");
  auto second = Store::Open(dir / "db", {});
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().message().find("is locked") != std::string::npos);
}

TEST_CASE("store: a folder with database files but no CURRENT is damaged, never recreated") {
  test::TempDir dir;
  {
    auto s = Store::Open(dir / "db", {});
    REQUIRE(s.ok());
    REQUIRE((*s)->PutArticle(Article("a", "Huawei ships chips.", {{0, 19}})).ok());
  }
  std::filesystem::remove(dir / "db/CURRENT");
  for (bool read_only : {false, true}) {
    StoreOptions o;
    o.read_only = read_only;
    auto s = Store::Open(dir / "db", o);
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().code() == Status::Code::kCorruption);
    CHECK(s.status().message().find("CURRENT file is missing") != std::string::npos);
  }
  CHECK_FALSE(std::filesystem::exists(dir / "db/CURRENT"));  // nothing was written
  // A folder of other files is not taken for a database either.
  test::WriteFile(dir / "notes/todo.txt", "x");
  auto other = Store::Open(dir / "notes", {});
  CHECK(other.status().code() == Status::Code::kInvalidArgument);
  CHECK_FALSE(std::filesystem::exists(dir / "notes/CURRENT"));
}

TEST_CASE("store: a writer leaves no log to replay") {
  test::TempDir dir;
  {
    auto s = Store::Open(dir / "db", {});
    REQUIRE(s.ok());
    REQUIRE((*s)->PutArticle(Article("a", "Huawei ships chips.", {{0, 19}}, "Huawei")).ok());
  }
  uintmax_t log_bytes = 0, tables = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir / "db")) {
    if (e.path().extension() == ".log") log_bytes += e.file_size();
    if (e.path().extension() == ".sst") ++tables;
  }
  CHECK(log_bytes == 0);
  CHECK(tables > 0);
}

TEST_CASE("store: a newer schema version is never migrated") {
  test::TempDir dir;
  {
    auto s = Store::Open(dir / "db", {});
    REQUIRE(s.ok());
    REQUIRE((*s)->TEST_SetSchemaVersion(keys::kSchemaVersion + 1).ok());
  }
  StoreOptions migrate;
  migrate.allow_other_schema = true;  // what reindex asks for
  auto s = Store::Open(dir / "db", migrate);
  REQUIRE_FALSE(s.ok());
  CHECK(s.status().code() == Status::Code::kNotSupported);
  CHECK(s.status().message().find("newer claimgraph") != std::string::npos);
}

TEST_CASE("store: a metadata change keeps the edges other articles made") {
  test::TempDir dir;
  auto store = Store::Open(dir / "db", {});
  REQUIRE(store.ok());
  Store& s = **store;
  const std::string t = "Export controls accelerated indigenization.";
  ArticleRecord a = Article("a", t, {{0, 43}});
  a.source.derived_hash = "d1";
  REQUIRE(s.PutArticle(a).ok());
  ArticleRecord b = Article("b", t, {{0, 43}});
  b.edges.push_back(Edge{"a@0", "b@0", "supports", 0.9, "same words", 1.0, {}});
  REQUIRE(s.PutArticle(b).ok());
  REQUIRE(s.Stats()->edges == 1);
  a.source.author = "A. Corrected";  // same text, same derivation, no edges brought
  CHECK(*s.PutArticle(a) == PutOutcome::kReplaced);
  CHECK(s.GetSource("a")->author == "A. Corrected");
  CHECK(s.ListEdges()->size() == 1);
  CHECK(s.Stats()->edges == 1);
  auto report = s.Check();
  REQUIRE(report.ok());
  CHECK(report->problems.empty());
}

TEST_CASE("store: an entity's stored name does not depend on ingest order") {
  auto name_after = [](bool hyphen_first) {
    test::TempDir dir;
    auto store = Store::Open(dir / "db", {});
    REQUIRE(store.ok());
    ArticleRecord x = Article("x", "Jean Pascal spoke.", {{0, 18}}, "Jean Pascal");
    ArticleRecord y = Article("y", "Jean-Pascal spoke.", {{0, 18}}, "Jean-Pascal");
    x.entities[0].origin = y.entities[0].origin = "discovered";
    REQUIRE(x.entities[0].id == y.entities[0].id);
    REQUIRE((*store)->PutArticle(hyphen_first ? y : x).ok());
    REQUIRE((*store)->PutArticle(hyphen_first ? x : y).ok());
    return (*store)->GetEntity(x.entities[0].id)->name;
  };
  CHECK(name_after(true) == "Jean Pascal");
  CHECK(name_after(false) == "Jean Pascal");
}

TEST_CASE("store: check passes on a sound database and names each broken invariant") {
  struct Row {
    const char* what;
    std::string family, key, value;  // an empty value deletes the key
    const char* expected;            // a phrase check must print
  };
  const std::string t = "Huawei ships chips. Export controls backfired.";
  const std::string st_key = keys::StatementKey("a", 20);
  const std::vector<Row> rows = {
      {"a statement deleted", "statements", st_key, "", "1 statements stored, the record says 2"},
      {"a statement of no source", "statements", keys::StatementKey("ghost", 0),
       R"({"id":"ghost@0","source":"ghost","start":0,"end":1,"text":"H"})", "no such source"},
      {"a statement's text changed", "statements", st_key,
       R"({"id":"a@20","source":"a","start":20,"end":26,"text":"EXPORT","kind":"sentence"})",
       "not the bytes at its offsets"},
      {"a mention deleted", "mentions", keys::MentionKey("huawei", "a", 0), "",
       "lists entity huawei but no mention"},
      {"an entity deleted", "entities", "huawei", "", "no such entity"},
      {"an entity no one mentions", "entities", "nobody",
       R"({"id":"nobody","name":"Nobody","type":"person","origin":"discovered"})",
       "no source mentions it"},
      {"a posting of a missing statement", "postings", keys::TermKey("chip", "a"),
       keys::EncodePostings({{7, 1, 3}}), "no statement at 7"},
      {"a term list entry without postings", "postings", keys::TermKey("backfir", "a"), "",
       "has no postings"},
      {"an edge's mirror deleted", "edges", keys::EdgeKey("b", 0, "a@0"), "",
       "not stored under its other end"},
      {"a source's text deleted", "source_text", "a", "", "no stored text"},
      {"the content hash key deleted", "content_hashes", keys::ContentHashKey(Sha256Hex(t), "a"),
       "", "no content-hash key"},
      {"the stats disagree", "meta", "stats", R"({"sources":9,"statements":4,"terms":0,"edges":1})",
       "stats say 9 sources"},
      {"an unreadable schema version", "meta", "schema_version", "three", "not a number"},
      {"a source record that does not decode", "sources", "a", "{", "does not decode"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    test::TempDir dir;
    auto store = Store::Open(dir / "db", {});
    REQUIRE(store.ok());
    Store& s = **store;
    REQUIRE(s.PutArticle(Article("a", t, {{0, 19}, {20, 46}}, "Huawei")).ok());
    ArticleRecord b = Article("b", "Huawei ships chips.", {{0, 19}}, "Huawei");
    b.edges.push_back(Edge{"a@0", "b@0", "supports", 0.9, "same words", 1.0, {}});
    REQUIRE(s.PutArticle(b).ok());
    auto clean = s.Check();
    REQUIRE(clean.ok());
    CHECK(clean->problems.empty());
    CHECK(clean->edges == 1);
    if (row.value.empty())
      REQUIRE(s.TEST_RawDelete(row.family, row.key).ok());
    else
      REQUIRE(s.TEST_RawPut(row.family, row.key, row.value).ok());
    auto broken = s.Check();
    REQUIRE(broken.ok());
    REQUIRE(broken->problem_count > 0);
    std::string all;
    for (const auto& p : broken->problems) all += p + "\n";
    CAPTURE(all);
    CHECK(all.find(row.expected) != std::string::npos);
  }
}

// A copy of the folder taken while the writer is open is what a crash leaves: the
// articles are in the write-ahead log only.
TEST_CASE("store: a crash's log is replayed whole, a damaged log fails the open") {
  test::TempDir dir;
  const std::string snapshot = dir / "crashed";
  {
    auto s = Store::Open(dir / "db", {});
    REQUIRE(s.ok());
    for (int i = 0; i < 50; ++i)
      REQUIRE((*s)->PutArticle(Article("a" + std::to_string(i), "Huawei ships chips.", {{0, 19}}))
                  .ok());
    std::filesystem::copy(dir / "db", snapshot, std::filesystem::copy_options::recursive);
  }
  StoreOptions ro;
  ro.read_only = true;
  {
    auto s = Store::Open(snapshot, ro);
    REQUIRE(s.ok());
    CHECK((*s)->ListSources()->size() == 50);
  }
  std::string log;
  for (const auto& e : std::filesystem::directory_iterator(snapshot))
    if (e.path().extension() == ".log" && e.file_size() > 1000) log = e.path().string();
  REQUIRE_FALSE(log.empty());
  std::string bytes = test::ReadFile(log);
  bytes[bytes.size() / 2] ^= 0x5A;
  test::WriteFile(log, bytes);
  for (bool read_only : {true, false}) {
    StoreOptions o;
    o.read_only = read_only;
    auto s = Store::Open(snapshot, o);
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().code() == Status::Code::kCorruption);
    CHECK(s.status().message().find("is damaged and was not opened") != std::string::npos);
  }
}

}  // namespace cg

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

  // A changed article replaces its previous statements, postings and mentions.
  const std::string v2 = "Controls slowed nothing at all.";
  CHECK(*s.PutArticle(Article("a", v2, {{0, 31}})) == PutOutcome::kReplaced);
  CHECK(s.StatementsOf("a")->size() == 1);
  CHECK(s.PostingsOf("backfir")->empty());
  CHECK(s.MentionsOf("huawei")->size() == 1);  // b still mentions it
  CHECK(s.GetEntity("huawei").ok());
  CHECK(s.GetSource("a")->copies.empty());
  CHECK(s.Stats()->statements == 2);

  REQUIRE(s.RemoveSource("b").ok());
  CHECK(s.GetEntity("huawei").status().code() == Status::Code::kNotFound);
  CHECK(s.MentionsOf("huawei")->empty());
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

}  // namespace cg

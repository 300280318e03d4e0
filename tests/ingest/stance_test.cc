// Stance of sources toward a claim, on a small store of made-up articles.
#include "ingest/stance.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace cg {
namespace {

// Ingests `articles` (file name -> text) into a fresh store under `dir`.
std::unique_ptr<Store> StoreOf(const test::TempDir& dir,
                               const std::vector<std::pair<std::string, std::string>>& articles) {
  for (const auto& [name, text] : articles) test::WriteFile(dir / ("in/" + name), text);
  auto store = Store::Open(dir / "db", {});
  REQUIRE(store.ok());
  auto report = IngestPaths({dir / "in"}, store->get(), test::SharedAnalyzers());
  REQUIRE(report.ok());
  REQUIRE(report->skipped.empty());
  return std::move(*store);
}

const SourceStance* Find(const ClaimStances& a, const std::string& id) {
  for (const auto& s : a.sources)
    if (s.source.id == id) return &s;
  return nullptr;
}

}  // namespace

TEST_CASE("stance: backing, contesting and unrelated sources of a claim") {
  test::TempDir dir;
  auto store = StoreOf(
      dir, {{"backs.txt",
             "Tariffs on steel imports raised prices for carmakers.\n\n"
             "Analysts said the steel tariffs increased costs across the industry.\n"},
            {"contests.txt",
             "Steel tariffs did not raise prices for carmakers, a new study found.\n\n"
             "The study found the tariffs had no effect on what carmakers paid.\n"},
            {"other.txt", "The orchestra performed a new symphony in Vienna last night.\n"}});
  StanceJudge judge(store.get(), &test::SharedAnalyzers());
  auto a = judge.Answer("Steel tariffs raised prices for carmakers");
  REQUIRE(a.ok());
  const SourceStance* backs = Find(*a, "backs");
  const SourceStance* contests = Find(*a, "contests");
  REQUIRE(backs != nullptr);
  REQUIRE(contests != nullptr);
  CHECK(backs->stance == "supports");
  CHECK(contests->stance == "contradicts");
  CHECK(Find(*a, "other") == nullptr);
  CHECK(a->supporting == 1);
  CHECK(a->contradicting == 1);
  // Evidence is the statement's exact text, with the reason the linker gave.
  REQUIRE(!contests->evidence.empty());
  CHECK(contests->evidence.front().statement.text.find("did not raise") != std::string::npos);
  CHECK(contests->evidence.front().why.find("denies") != std::string::npos);

  // The same answer twice, from the judge's caches.
  auto again = judge.Answer("Steel tariffs raised prices for carmakers");
  REQUIRE(again.ok());
  CHECK(ToJson(*again, 0).dump() == ToJson(*a, 0).dump());
  // --limit: the first N sources.
  CHECK(ToJson(*a, 1)["sources"].size() == 1);

  // The features a learned stance reads: how much of the claim the source covers, and
  // the cues of its close statements.
  auto feature = [](const SourceStance& s, const std::string& name) {
    for (const auto& [k, v] : s.features)
      if (k == name) return v;
    FAIL("no feature " << name);
    return 0.0;
  };
  CHECK(feature(*backs, "together") >= 0.7);
  CHECK(feature(*backs, "negated") == 0);
  CHECK(feature(*backs, "p_supports") >= 0.5);
  CHECK(feature(*contests, "negated") > 0);
  CHECK(feature(*contests, "p_contradicts") > feature(*backs, "p_contradicts"));
  CHECK(ToJson(*a, 0, true)["sources"][0].contains("features"));
  CHECK(!ToJson(*a, 0)["sources"][0].contains("features"));
}

TEST_CASE("stance: a source repeating a claim counts once, and a copy under another id too") {
  test::TempDir dir;
  const std::string text =
      "Tariffs on steel imports raised prices for carmakers.\n\n"
      "Steel tariffs raised the prices carmakers pay, dealers said.\n\n"
      "Carmakers paid higher prices after the steel tariffs, and those tariffs raised prices.\n";
  auto store = StoreOf(dir, {{"first.txt", text}, {"second.txt", text}});
  StanceJudge judge(store.get(), &test::SharedAnalyzers());
  auto a = judge.Answer("Steel tariffs raised prices for carmakers");
  REQUIRE(a.ok());
  REQUIRE(a->sources.size() == 2);
  CHECK(a->supporting == 1);
  CHECK(a->sources[0].source.id == "first");
  CHECK(a->sources[0].copies == std::vector<std::string>{"second"});
  CHECK(a->sources[1].copy_of == "first");
}

}  // namespace cg

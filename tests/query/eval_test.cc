// EvaluateGold on a small export and gold written out here, so each metric can be worked out
// by hand: three articles (one a file, two JSONL source ids), one dispute, one agreement,
// four gold entities.
#include <doctest/doctest.h>

#include "query/query.h"

namespace cg {
namespace {

Json Gold() {
  return Json::parse(R"({
    "docs": {"1": "one.txt", "2": "as-two", "3": "as-three"},
    "disputes": [{"id": "d", "question": "Do tariffs raise prices?", "a_label": "yes", "b_label": "no",
      "a": [{"doc": "1", "quote": "Tariffs raise prices for shoppers"},
            {"doc": "3", "quote": "Importers pass the tariff on to buyers"}],
      "b": [{"doc": "2", "quote": "Prices have not risen since the tariffs"}],
      "related": [{"doc": "3", "quote": "Economists disagree about the effect"}]}],
    "agreements": [{"id": "g", "claim": "talks resume",
      "quotes": [{"doc": "1", "quote": "Trade talks resume in May"},
                 {"doc": "2", "quote": "Trade talks will resume in May"}]}],
    "entities": [
      {"name": "Donald Trump", "type": "person", "forms": {"1": ["Donald Trump", "Trump"], "2": ["Trump"]}},
      {"name": "Melania Trump", "type": "person", "forms": {"3": ["Melania Trump"]}},
      {"name": "China", "type": "place", "forms": {"1": ["China"], "2": ["China"]}},
      {"name": "World Trade Organization", "type": "organization", "forms": {"2": ["WTO"]}}]
  })");
}

Json Export() {
  return Json::parse(R"({
    "sources": [{"id": "s1", "file": "corpus/one.txt"}, {"id": "as-two", "file": "in.jsonl"},
                {"id": "as-three", "file": "in.jsonl"}, {"id": "other", "file": "x.txt"}],
    "statements": [
      {"id": "t1", "source": "s1", "text": "Tariffs raise prices for shoppers, he said."},
      {"id": "t2", "source": "as-two", "text": "Prices have not risen since the tariffs."},
      {"id": "t3", "source": "as-three", "text": "Importers pass the tariff on to buyers."},
      {"id": "t4", "source": "as-three", "text": "Economists disagree about the effect."},
      {"id": "t5", "source": "s1", "text": "Trade talks resume in May."},
      {"id": "t6", "source": "as-two", "text": "Trade talks will resume in May."},
      {"id": "t7", "source": "as-two", "text": "The weather was fine."}],
    "claims": [{"id": "c1", "statements": ["t5", "t6"]}],
    "entities": [
      {"id": "e1", "name": "Donald Trump", "type": "person", "aliases": ["Trump"],
       "mentions": [{"source": "s1", "text": "Trump"}, {"source": "as-two", "text": "Trump"}]},
      {"id": "e2", "name": "Trump", "mentions": [{"source": "as-three", "text": "Melania Trump"},
                                                 {"source": "s1", "text": "Donald Trump"}]},
      {"id": "e3", "name": "Beijing", "mentions": [{"source": "as-two", "text": "Beijing"}]},
      {"id": "e4", "name": "China", "type": "organization", "mentions": [{"source": "s1", "text": "China"}]},
      {"id": "e5", "name": "Trump and China", "mentions": [{"source": "s1", "text": "Trump and China"}]}],
    "edges": [
      {"from": "t1", "to": "t2", "type": "contradicts"},
      {"from": "t4", "to": "t2", "type": "contradicts"},
      {"from": "t7", "to": "t3", "type": "contradicts"},
      {"from": "t5", "to": "t6", "type": "supports"}]
  })");
}

TEST_CASE("eval: gold docs name files or source ids, dispute and pair metrics") {
  const auto m = EvaluateGold(Export(), Gold());
  REQUIRE(m.ok());
  CHECK((*m)["dispute_quotes_found"].get<double>() == 1.0);
  CHECK((*m)["dispute_recall"].get<double>() == 1.0);
  // t1-t2 is right; t4-t2 touches a related quote; t7-t3 matches no quote at one end.
  CHECK((*m)["contradiction_precision"].get<double>() == 0.5);         // 1 of 3 - 1 related
  CHECK((*m)["contradiction_precision_judged"].get<double>() == 1.0);  // 1 of 2 judged - 1
  CHECK((*m)["contradiction_precision_plain"].get<double>() == doctest::Approx(0.333));
  // Disagreeing pairs: (1,2) and (3,2); both joined by some contradicts edge (t1-t2, t7-t3).
  CHECK((*m)["disagreeing_pairs"].get<int>() == 2);
  CHECK((*m)["disagreeing_pairs_joined"].get<double>() == 1.0);
  CHECK((*m)["agreement_recall"].get<double>() == 1.0);
  CHECK((*m)["supports_across_a_dispute"].get<int>() == 0);
}

TEST_CASE("eval: entity recall, precision and wrong merges") {
  const auto m = EvaluateGold(Export(), Gold());
  REQUIRE(m.ok());
  // Gold (entity, doc) pairs: Trump 1, 2; Melania 3; China 1, 2; WTO 2 = 6. Found by name:
  // Donald Trump in 1 and 2 (e1), China in 1 (e4): 3 of 6.
  CHECK((*m)["entity_recall"].get<double>() == 0.5);
  // Aliases: Trump in 1 and 2 (found through e1), WTO in 2 (not found): 2 of 3.
  CHECK((*m)["alias_recall"].get<double>() == doctest::Approx(0.667));
  // (exported entity, doc) pairs: e1 1, e1 2, e2 3, e2 1, e3 2, e4 1, e5 1 = 7; e3's Beijing
  // names no gold entity of doc 2, and e5's span holds two names but is none: 5 of 7.
  CHECK((*m)["entity_precision"].get<double>() == doctest::Approx(0.714));
  // e2 holds Melania Trump (doc 3) and Donald Trump (doc 1).
  CHECK((*m)["wrong_merges"].get<int>() == 1);
  // Found by name: Donald Trump (e1, a person: right) and China (e4, an organization: wrong).
  CHECK((*m)["entity_type_accuracy"].get<double>() == 0.5);
}

TEST_CASE("eval: with misses, each entity miss counted against the graph is listed") {
  const auto m = EvaluateGold(Export(), Gold(), /*misses=*/true);
  REQUIRE(m.ok());
  const Json& x = (*m)["entity_misses"];
  // Not found by name: Melania Trump in 3, China in 2, WTO in 2.
  CHECK(x["entities"].size() == 3);
  CHECK(x["entities"][0] == Json({{"entity", "Melania Trump"}, {"doc", "3"}}));
  CHECK(x["aliases"] ==
        Json::parse(R"([{"entity": "World Trade Organization", "doc": "2", "form": "WTO"}])"));
  CHECK(x["types"] == Json::parse(R"([{"entity": "China", "type": "place"}])"));
  CHECK(x["merges"] ==
        Json::parse(R"([{"entity": "Trump", "joins": ["Donald Trump", "Melania Trump"]}])"));
  CHECK(x["unmatched"].size() == 2);  // Beijing in 2, "Trump and China" in 1
  CHECK_FALSE(EvaluateGold(Export(), Gold()).value().contains("entity_misses"));
}

TEST_CASE("eval: a gold file missing its docs is an error, not a crash") {
  Json gold = Gold();
  gold.erase("docs");
  CHECK_FALSE(EvaluateGold(Export(), gold).ok());
}

}  // namespace
}  // namespace cg

#include "ingest/statements.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace cg {
namespace {

std::optional<ExtractedStatement> One(const std::string& text,
                                      BlockKind kind = BlockKind::kContent) {
  const auto& an = test::SharedAnalyzers();
  const std::vector<Block> blocks = {{0, text.size(), kind, ""}};
  const auto sentences = SegmentSentences(text, blocks);
  REQUIRE(sentences.size() == 1);
  const auto mentions = an.entities->Recognize(text, blocks, sentences);
  return an.statements->Extract(text, sentences[0], mentions);
}

}  // namespace

TEST_CASE("statements: assertions are kept, other sentences are not") {
  struct Row {
    std::string text;
    bool statement;
  };
  const Row rows[] = {
      {"Export restrictions have pushed local firms to design their own accelerators.", true},
      {"The tariff sells the idea of safety to voters.", true},
      {"Is it too late to stop the program?", false},
      {"Why the Rules Failed", false},
      {"Subscribe to our newsletter for weekly updates.", false},
      {"Keep an eye on our technology pages for more.", false},
      {"Jane Smith, senior trade correspondent at Example News", false},
      {"Yes.", false},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    CHECK(One(r.text).has_value() == r.statement);
  }
  CHECK(One("Chip Curbs Accelerated Domestic Design Work", BlockKind::kTitle).has_value());
}

TEST_CASE("statements: attribution and hedging are kept") {
  auto a = One("\"The rules backfired badly,\" said Gregory Allen, a former official.");
  REQUIRE(a);
  CHECK(a->speaker == "Gregory Allen");
  CHECK(a->cue == "said");
  auto b = One("According to Reuters, shipments fell by 40% in the second quarter.");
  REQUIRE(b);
  CHECK(b->speaker == "Reuters");
  CHECK(b->cue == "according to");
  CHECK_FALSE(b->hedged);
  auto c = One("Beijing may restrict imports of foreign accelerators next year.");
  REQUIRE(c);
  CHECK(c->hedged);
  CHECK(c->speaker.empty());
}

TEST_CASE("statements: numbers and named entities raise check-worthiness") {
  auto plain = One("That is the part that matters here for everyone.");
  auto rich = One("In 2024 Huawei shipped 100,000 Ascend 910B units to cloud providers in China.");
  REQUIRE(rich);
  if (plain) CHECK(rich->checkworthiness > plain->checkworthiness);
  CHECK(rich->checkworthiness > 0.7);
}

}  // namespace cg

#include "ingest/boilerplate.h"

#include <doctest/doctest.h>

namespace cg {

TEST_CASE("boilerplate: classifies page furniture by general rules") {
  auto filter = BoilerplateFilter::Create();
  REQUIRE(filter.ok());
  const std::string prose =
      "Officials said the new rules would take effect next year after a long review. "
      "Industry groups have argued that the measures will hurt exporters more than rivals.";
  const std::string text =
      "Chip Rules Tighten Again\n" +  // 0 title
      prose + "\n" +                  // 1 content
      "What Comes Next\n" +           // 2 heading
      prose + "\n" +                  // 3 content
      "Related Videos\n" +            // 4 related heading
      "Why Markets Fell Today\n" +    // 5 related item
      "SomeChannel\n" +               // 6 related item
      "1.2K views\xC2\xB7"
      "2026-05-28\n" +        // 7 view counter
      "Share: X in\n" +       // 8 share
      "About Jane Smith\n" +  // 9 bio heading
      "Jane Smith covers trade policy and has written for many outlets over ten years.\n" +  // 10
                                                                                             // bio
      "Meet the team \xE2\x86\x92\n" +                                             // 11 team link
      "This article was produced with AI assistance and reviewed by editors.\n" +  // 12
      "Leave a Comment\n" +                                                        // 13
      "Some Report Title Here On Chips | ExampleSite\n";                           // 14 page title
  const auto blocks = filter->Classify(text, true);
  REQUIRE(blocks.size() == 15);
  const BlockKind want[] = {
      BlockKind::kTitle,       BlockKind::kContent,     BlockKind::kHeading,
      BlockKind::kContent,     BlockKind::kBoilerplate, BlockKind::kBoilerplate,
      BlockKind::kBoilerplate, BlockKind::kBoilerplate, BlockKind::kBoilerplate,
      BlockKind::kBoilerplate, BlockKind::kBoilerplate, BlockKind::kBoilerplate,
      BlockKind::kBoilerplate, BlockKind::kBoilerplate, BlockKind::kTitle};
  for (size_t i = 0; i < blocks.size(); ++i) {
    CAPTURE(i);
    CAPTURE(text.substr(blocks[i].start, blocks[i].end - blocks[i].start));
    CHECK(blocks[i].kind == want[i]);
  }
}

TEST_CASE("boilerplate: a copyright line is a credit line, prose about copyright is not") {
  auto filter = BoilerplateFilter::Create();
  REQUIRE(filter.ok());
  const std::string text =
      "Copyright law is older than the printing press in some readings, scholars said.\n"
      "Copyright \xC2\xA9 2019 The Zelcorp Times, LLC. Click here for reprint permission.\n"
      "\xC2\xA9 Mira Castell 2020\n"
      "Copyright 2018 Vantreck Media.\n";
  const auto blocks = filter->Classify(text, false);
  REQUIRE(blocks.size() == 4);
  CHECK(blocks[0].kind == BlockKind::kContent);
  for (size_t i = 1; i < 4; ++i) {
    CAPTURE(i);
    CHECK(blocks[i].kind == BlockKind::kBoilerplate);
    CHECK(blocks[i].reason == "credit line");
  }
}

TEST_CASE("boilerplate: a related list ends at the first paragraph of prose") {
  auto filter = BoilerplateFilter::Create();
  REQUIRE(filter.ok());
  const std::string text =
      "Related Insights\n"
      "Instead of a total ban, a measured approach keeps a rival dependent on foreign suppliers. "
      "It removes the incentive for a costly state investment in domestic replacements.\n";
  const auto blocks = filter->Classify(text, false);
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].kind == BlockKind::kBoilerplate);
  CHECK(blocks[1].kind == BlockKind::kContent);
}

}  // namespace cg

#include "ingest/segment.h"

#include <doctest/doctest.h>

#include <algorithm>

namespace cg {
namespace {

std::vector<std::string> Split(const std::string& text, SegmentOptions opt = {}) {
  const std::vector<Block> blocks = {{0, text.size(), BlockKind::kContent, ""}};
  std::vector<std::string> out;
  for (const auto& s : SegmentSentences(text, blocks, opt))
    out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

}  // namespace

TEST_CASE("segment: sentence boundaries") {
  struct Row {
    std::string in;
    std::vector<std::string> out;
  };
  const Row rows[] = {
      {"U.S. export controls tightened. China responded.",
       {"U.S. export controls tightened.", "China responded."}},
      {"Rules came from the U.S. Department of Commerce today.",
       {"Rules came from the U.S. Department of Commerce today."}},
      {"Demand rose in the U.S. The market followed.",
       {"Demand rose in the U.S.", "The market followed."}},
      {"Nvidia faces a $5.5 billion setback. Shares fell 6.2% today.",
       {"Nvidia faces a $5.5 billion setback.", "Shares fell 6.2% today."}},
      {"Dr. Allen met Mr. Webster at 3 p.m. yesterday.",
       {"Dr. Allen met Mr. Webster at 3 p.m. yesterday."}},
      {"Past efforts (eg. export bans) failed. Others did not.",
       {"Past efforts (eg. export bans) failed.", "Others did not."}},
      {"The H100 and the Ascend 910B compete. Both ship.",
       {"The H100 and the Ascend 910B compete.", "Both ship."}},
      {"\"It was a good reality check.\" Toner said so.",
       {"\"It was a good reality check.\"", "Toner said so."}},
      {"\"We'll build it,\" said Webster. He left.",
       {"\"We'll build it,\" said Webster.", "He left."}},
      {"Is it too late? Maybe not!", {"Is it too late?", "Maybe not!"}},
      {"- A listed point ends here.", {"A listed point ends here."}},
      {"Smith, J. Doe and others wrote it.", {"Smith, J. Doe and others wrote it."}},
  };
  for (const auto& r : rows) {
    CAPTURE(r.in);
    CHECK(Split(r.in) == r.out);
  }
}

TEST_CASE("segment: run-on transcript sentences are cut at clause boundaries") {
  std::string run_on;
  for (int i = 0; i < 8; ++i) run_on += "the engineers kept working on the stack, and ";
  run_on += "the result was a rebuild.";
  const auto parts = Split(run_on);
  CHECK(parts.size() >= 2);
  for (const auto& p : parts) {
    CAPTURE(p);
    CHECK(p.find(", and") != 0);
    CHECK(std::count(p.begin(), p.end(), ' ') + 1 <= 60);
  }
}

TEST_CASE("segment: only content and title lines are segmented") {
  const std::string text = "Heading Here\nA sentence of content.";
  const std::vector<Block> blocks = {{0, 12, BlockKind::kHeading, ""},
                                     {13, text.size(), BlockKind::kContent, ""}};
  const auto s = SegmentSentences(text, blocks);
  REQUIRE(s.size() == 1);
  CHECK(text.substr(s[0].start, s[0].end - s[0].start) == "A sentence of content.");
}

}  // namespace cg

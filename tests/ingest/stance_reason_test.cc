// A stance explained in words (ingest/stance_reason.h): cue words and near words quoted as
// the statements write them, features said as what they measure. Made-up sentences.
#include "ingest/stance_reason.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace cg {
namespace {

StanceWords WordsOf(const std::vector<std::string>& texts) {
  const Analyzers& a = test::SharedAnalyzers();
  return StanceWords::Of(texts, a.terms, a.stance_cues);
}

StanceFeatures FeaturesWith(const std::string& name, double value) {
  StanceFeatures f;
  f.values.assign(StanceFeatureNames().size(), 0.0);
  for (size_t i = 0; i < StanceFeatureNames().size(); ++i)
    if (StanceFeatureNames()[i] == name) f.values[i] = value;
  return f;
}

TEST_CASE("StanceWords: cue words by class and the surface form of each stem") {
  const StanceWords w =
      WordsOf({"Officials denied the report; the story is a hoax.", "It wasn't confirmed."});
  CHECK(std::find(w.cues[kRefute].begin(), w.cues[kRefute].end(), "hoax") != w.cues[kRefute].end());
  CHECK(std::find(w.cues[kNegator].begin(), w.cues[kNegator].end(), "wasn't") !=
        w.cues[kNegator].end());
  const TermAnalyzer& terms = test::SharedAnalyzers().terms;
  REQUIRE(w.surface.count(terms.Stem("officials")));
  CHECK(w.surface.at(terms.Stem("officials")) == "officials");
  for (const auto& list : w.cues) CHECK(list.size() <= 3);
}

TEST_CASE("StanceReason: features in words, near words as written, unknown stems left out") {
  StancePrediction p;
  p.stance = "contradicts";
  p.score = 0.81;
  p.related = 0.97;
  const StanceWords shown = WordsOf({"The ferry story is a hoax, the harbour master said."});
  const StanceWords lead = WordsOf({"Reportedly, a ferry sank."});
  const TermAnalyzer& terms = test::SharedAnalyzers().terms;
  const std::vector<StancePush> top = {{"", terms.Stem("harbour"), 0.9},
                                       {"refute_near", "", 0.8},
                                       {"cover_all", "", 0.5},
                                       {"", "qqzzy", 0.4},
                                       {"hedge_lead", "", 0.3}};
  const std::string why = StanceReason(p, top, FeaturesWith("cover_all", 0.62), shown, lead);
  CHECK(why.starts_with("model: P(contradicts) 0.81, P(related) 0.97: "));
  CHECK(why.find("the closest sentences say \"harbour\"") != std::string::npos);
  CHECK(why.find("refuting words near the claim's words (\"hoax\"") != std::string::npos);
  CHECK(why.find("the article holds 62% of the claim's rare words") != std::string::npos);
  CHECK(why.find("hedges in the opening sentences (\"reportedly\")") != std::string::npos);
  CHECK(why.find("qqzzy") == std::string::npos);  // not in the statements: left out
  CHECK(why.find("_near") == std::string::npos);  // no feature names
  CHECK(why.find("+0.") == std::string::npos);    // no raw weights
}

}  // namespace
}  // namespace cg

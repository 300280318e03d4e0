// The linear models of the judge: training is deterministic and learns the sign a feature
// carries, the threshold maximises F1, and the weights file round-trips byte for byte.
#include "judge/linear_model.h"

#include <doctest/doctest.h>

namespace cg {
namespace {

// A small labelled set: clash decides the label, similarity is noise shared by both.
void Examples(std::vector<PairFeatures>* x, std::vector<int>* y) {
  for (int i = 0; i < 40; ++i) {
    PairFeatures f;
    f[PairFeature::kSimilarity] = 0.3 + 0.01 * (i % 7);
    const bool positive = i % 4 == 0;
    f[PairFeature::kClash] = positive ? 0.8 : (i % 3 == 0 ? 0.1 : 0.0);
    x->push_back(f);
    y->push_back(positive ? 1 : 0);
  }
}

TEST_CASE("linear model: training learns the sign of a feature, the same weights twice") {
  std::vector<PairFeatures> x;
  std::vector<int> y;
  Examples(&x, &y);
  auto a = TrainLogistic(x, y);
  REQUIRE(a.ok());
  CHECK(a->weights[static_cast<size_t>(PairFeature::kClash)] > 1.0);
  auto b = TrainLogistic(x, y);
  REQUIRE(b.ok());
  CHECK(a->weights == b->weights);
  CHECK(a->bias == b->bias);
  PairFeatures denied, plain;
  denied[PairFeature::kClash] = 0.8;
  CHECK(a->Probability(denied) > a->Probability(plain));
  // The strongest feature of the denied pair is the clash.
  const auto top = a->Strongest(denied, 1);
  REQUIRE(top.size() == 1);
  CHECK(top[0].first == PairFeature::kClash);
  // No examples, or one class only: an error, not a model.
  CHECK(!TrainLogistic({}, {}).ok());
  CHECK(!TrainLogistic(x, std::vector<int>(x.size(), 0)).ok());
}

TEST_CASE("linear model: the threshold maximises F1, ties to the higher") {
  struct Row {
    std::vector<double> p;
    std::vector<int> y;
    double threshold, f1;
  };
  const Row rows[] = {
      {{0.9, 0.8, 0.3, 0.2}, {1, 1, 0, 0}, 0.8, 1.0},  // a clean cut at the lowest positive
      {{0.9, 0.6, 0.5, 0.1}, {1, 0, 1, 0}, 0.5, 0.8},  // recall bought with one false call
      {{0.7, 0.7, 0.2}, {1, 0, 0}, 0.7, 2.0 / 3},      // one value for a true and a false call
  };
  for (const Row& r : rows) {
    CAPTURE(r.threshold);
    const ThresholdChoice c = ChooseThreshold(r.p, r.y);
    CHECK(c.threshold == doctest::Approx(r.threshold));
    CHECK(c.f1 == doctest::Approx(r.f1));
  }
}

TEST_CASE("linear model: the weights file round-trips byte for byte") {
  LinearModels models;
  LinearModel& m = models["contradicts"];
  m.bias = -3.25;
  m.threshold = 0.278;
  m.weights[static_cast<size_t>(PairFeature::kClash)] = 2.5;
  m.weights[static_cast<size_t>(PairFeature::kSimilarity)] = 1.0 / 3;
  const std::string text = SerializeLinearModels(models, "# a header\n");
  CHECK(text.rfind("# a header\n", 0) == 0);
  auto back = ParseLinearModels(text, "w.tsv", {"contradicts"});
  REQUIRE(back.ok());
  CHECK(SerializeLinearModels(*back, "# a header\n") == text);
  CHECK(back->at("contradicts").threshold == doctest::Approx(0.278));
  CHECK(back->at("contradicts").weights[static_cast<size_t>(PairFeature::kSimilarity)] ==
        doctest::Approx(0.333333));
  // Every feature has a name that parses back to it.
  for (size_t i = 0; i < kPairFeatureCount; ++i) {
    const auto f = static_cast<PairFeature>(i);
    CHECK(ParsePairFeature(PairFeatureName(f)) == f);
  }
  CHECK(!ParsePairFeature("near word 'war'").has_value());
}

}  // namespace
}  // namespace cg

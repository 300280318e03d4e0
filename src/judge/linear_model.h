// A linear model over typed pair features: P = sigmoid(bias + sum of weight * value), the
// weights resolved to feature slots when the file is read, so scoring never looks up a
// name. Trained by L2-regularised logistic regression (liblinear's primal trust-region
// solver: no random step, so the same examples give the same weights, byte for byte).
// Interface: LinearModel, LinearModels, ParseLinearModels(), SerializeLinearModels(),
// TrainLogistic(). Tested by tests/judge/linear_model_test.cc.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "judge/pair_features.h"

namespace cg {

struct LinearModel {
  double bias = 0;
  std::array<double, kPairFeatureCount> weights{};
  // The probability from which the model's decision holds, chosen on labelled pairs
  // (ChooseThreshold); negative when the file gives none.
  double threshold = -1;
  double Score(const PairFeatures& x) const;        // bias + w . x
  double Probability(const PairFeatures& x) const;  // sigmoid(Score)
  // The features that pushed the score up most (weight * value > 0), strongest first.
  std::vector<std::pair<PairFeature, double>> Strongest(const PairFeatures& x, size_t n) const;
};

// Models by name ("contradicts", "supports").
using LinearModels = std::map<std::string, LinearModel>;

// Lines "model<TAB>feature<TAB>number" ('#' comments; the features "bias" and "threshold"
// are the bias and the decision threshold).
// Fails naming `origin` and the line on a malformed line or an unknown feature, and
// naming `origin` when one of `required` has no bias line.
Result<LinearModels> ParseLinearModels(std::string_view tsv, const std::string& origin,
                                       const std::vector<std::string>& required);
// The same format, models and features in a fixed order, weights with 6 significant
// digits; `header` (comment lines, each starting with '#') first.
std::string SerializeLinearModels(const LinearModels& models, const std::string& header);

struct TrainOptions {
  double c = 1.0;                // inverse of the L2 strength
  double positive_weight = 1.0;  // cost of a positive example relative to a negative one
};
// Fits P(label == 1 | x). Fails when there are no examples or only one class.
Result<LinearModel> TrainLogistic(const std::vector<PairFeatures>& x, const std::vector<int>& y,
                                  const TrainOptions& options = {});

// The threshold on `p` (probabilities of the examples labelled `y`) that maximises F1 of
// the positive class, among the distinct values of `p` rounded to 3 places; ties go to the
// higher threshold (fewer, surer calls). With its precision, recall and F1.
struct ThresholdChoice {
  double threshold = 1, precision = 0, recall = 0, f1 = 0;
};
ThresholdChoice ChooseThreshold(const std::vector<double>& p, const std::vector<int>& y);

}  // namespace cg

#include "judge/pair_features.h"

namespace cg {

namespace {

constexpr std::array<std::string_view, kPairFeatureCount> kNames = {
    "similarity", "entities", "clash",          "effect",     "null",       "outcome",
    "antonym",    "order",    "frame",          "hedge",      "attributed", "direction",
    "predicate",  "amount",   "hedge_mismatch", "opposition", "figures"};

}  // namespace

std::string_view PairFeatureName(PairFeature f) { return kNames[static_cast<size_t>(f)]; }

std::optional<PairFeature> ParsePairFeature(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<PairFeature>(i);
  return std::nullopt;
}

}  // namespace cg

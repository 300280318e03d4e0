// The features of a pair of statements, typed: one slot per feature, named once here. The
// linker fills them (judge/link.cc); the linear models read them by index; the weights file
// and the JSON of an edge use the names.
// Interface: PairFeature, PairFeatures, PairFeatureName(), ParsePairFeature(). Tested by
// tests/judge/linear_model_test.cc.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace cg {

enum class PairFeature : uint8_t {
  kSimilarity,     // how much of each statement the other covers, word by word [0, 1]
  kEntities,       // shared entities over all entities named [0, 1]
  kClash,          // share of the matched words one side denies and the other asserts
  kEffect,         // opposite directions of effect (promote / hinder) on close statements
  kNull,           // one says the cause made no difference, the other that it had an effect
  kOutcome,        // opposite outcomes (success / failure)
  kAntonym,        // a WordNet antonym pair (or un-/in- prefix) across the two
  kOrder,          // the same two events in the opposite order
  kFrame,          // the denial is a frame (rebuttal, contrast), not a plain negator
  kHedge,          // either statement hedged
  kAttributed,     // either statement attributed to a speaker
  kDirection,      // the same direction of effect or outcome, or both "no difference"
  kPredicate,      // a verb both assert, or a predicate both deny
  kAmount,         // the same quantity put on the same side (low / high)
  kHedgeMismatch,  // one hedged or attributed, the other not
  kOpposition,     // any opposition cue above (clash, effect, null, outcome, antonym, order)
  kFigures,        // figures both give ("25%", "200 billion"): up to three, over three
  kCount
};
inline constexpr size_t kPairFeatureCount = static_cast<size_t>(PairFeature::kCount);

struct PairFeatures {
  std::array<double, kPairFeatureCount> values{};
  double& operator[](PairFeature f) { return values[static_cast<size_t>(f)]; }
  double operator[](PairFeature f) const { return values[static_cast<size_t>(f)]; }
};

// "similarity", "hedge_mismatch"...: the name in weight files and edge features.
std::string_view PairFeatureName(PairFeature f);
std::optional<PairFeature> ParsePairFeature(std::string_view name);

}  // namespace cg

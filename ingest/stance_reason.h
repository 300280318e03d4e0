// A source's stance toward a claim, explained in words a reader can check against the
// statements shown: what the model weighed most (StanceModel::Explain), each feature said
// as what it measures, with the cue words and near words quoted as the statements write
// them ("the closest sentences say "despite", "success"; refuting words near the claim's
// words ("hoax")"), never a feature name or a stem.
// Interface: StanceWords, StanceReason(). Tested by tests/ingest/stance_reason_test.cc.
#pragma once

#include <array>
#include <map>
#include <string>
#include <vector>

#include "core/terms.h"
#include "ingest/stance_model.h"

namespace cg {

// The words of some statements as they are written: each cue class's words (up to three,
// first seen first) and the surface form of each stem (its first occurrence).
struct StanceWords {
  std::array<std::vector<std::string>, kCueClasses> cues;
  std::map<std::string, std::string> surface;  // stem -> word as written, lowercase
  static StanceWords Of(const std::vector<std::string>& texts, const TermAnalyzer& terms,
                        const StanceCues& cues);
};

// "model: P(supports) 0.71, P(related) 0.98; " then each push in words, "; "-joined. A near
// word the statements do not hold is left out: the reader could not find it.
// `words` are those of the statements shown, `lead` those of the article's opening sentences
// (for the features counted there).
std::string StanceReason(const StancePrediction& prediction, const std::vector<StancePush>& top,
                         const StanceFeatures& features, const StanceWords& words,
                         const StanceWords& lead);

}  // namespace cg

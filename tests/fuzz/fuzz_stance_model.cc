// StanceModel::Parse (stance_model.tsv): a model parsed predicts on any features, and its
// serialization parses again.
#include <cmath>

#include "tests/fuzz/fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto m = cg::StanceModel::Parse(cg::fuzz::Bytes(data, size), "fuzz.tsv");
  if (!m.ok()) {
    FUZZ_CHECK(!m.status().message().empty());
    return 0;
  }
  cg::StanceFeatures f;
  f.values.assign(cg::StanceFeatureNames().size(), 0.5);
  f.near_words = {"hoax", "not"};
  const cg::StancePrediction p = m->Predict(f);
  FUZZ_CHECK(!p.stance.empty());
  (void)m->Explain(f, p.stance, 3);
  auto again = cg::StanceModel::Parse(m->Serialize(), "again.tsv");
  FUZZ_CHECK(again.ok());
  return 0;
}

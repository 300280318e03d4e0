// StanceText::Read: sentences inside the text, in order; counts agree. Then a claim
// against the text through the stance features and model.
#include "tests/fuzz/fuzz_common.h"

FUZZ_LOAD_ANALYZERS_AT_START

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = cg::fuzz::Bytes(data, size);
  const auto& an = cg::fuzz::SharedAnalyzers();
  const cg::StanceText t = cg::StanceText::Read(text, an.terms, an.stance_cues);
  uint32_t prev_end = 0;
  size_t tokens = 0;
  for (const auto& s : t.sentences) {
    FUZZ_CHECK(s.start <= s.end && s.end <= size);
    FUZZ_CHECK(s.start >= prev_end);
    prev_end = s.end;
    tokens += s.tokens;
  }
  FUZZ_CHECK(tokens == t.tokens);
  for (const auto& [stem, where] : t.where)
    for (uint32_t i : where) FUZZ_CHECK(i < t.sentences.size());
  // Its first line as a claim against the whole text, and the text against itself, through
  // the features and the shipped model.
  const cg::IdfFn idf = [](const std::string& stem) { return 1.0 + stem.size() % 3; };
  cg::StanceText article = t;
  cg::SetNorm(&article, idf);
  cg::StanceText claim =
      cg::StanceText::Read(text.substr(0, text.find('\n')), an.terms, an.stance_cues);
  cg::SetNorm(&claim, idf);
  for (const cg::StanceText* c : {&claim, &article}) {
    const cg::StanceFeatures f = cg::ComputeStanceFeatures(*c, article, idf);
    FUZZ_CHECK(f.values.size() == cg::StanceFeatureNames().size());
    for (size_t i : f.best) FUZZ_CHECK(i < article.sentences.size());
    const double cover = cg::ClaimCover(f);
    FUZZ_CHECK(cover >= 0 && cover <= 1 + 1e-9);
    if (!an.stance_model.empty()) (void)an.stance_model.Predict(f);
  }
  return 0;
}

// StatementExtractor::Extract on each sentence: a statement lies inside its sentence, with
// a checkworthiness in [0, 1].
#include <cmath>

#include "ingest/normalize.h"
#include "tests/fuzz/fuzz_common.h"

FUZZ_LOAD_ANALYZERS_AT_START

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes = cg::fuzz::Bytes(data, size);
  if (!cg::fuzz::UsableText(bytes)) return 0;
  const cg::NormalizedText n = cg::Normalize(bytes);
  const auto& an = cg::fuzz::SharedAnalyzers();
  const auto blocks = an.boilerplate->Classify(n.text, true);
  const auto sentences = cg::SegmentSentences(n.text, blocks, an.segment);
  const auto found = an.entities->Recognize(n.text, blocks, sentences);
  for (const cg::Sentence& s : sentences) {
    std::vector<cg::FoundMention> inside;
    for (const auto& m : found)
      if (m.start >= s.start && m.end <= s.end) inside.push_back(m);
    const auto ex = an.statements->Extract(n.text, s, inside);
    if (!ex) continue;
    FUZZ_CHECK(s.start <= ex->start && ex->start < ex->end && ex->end <= s.end);
    FUZZ_CHECK(ex->kind == "headline" || ex->kind == "sentence");
    FUZZ_CHECK(std::isfinite(ex->checkworthiness) && ex->checkworthiness >= 0 &&
               ex->checkworthiness <= 1);
  }
  return 0;
}

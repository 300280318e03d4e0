// EntityRecognizer::Recognize: mentions inside the text, sorted, not overlapping, each
// naming an entity.
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
  size_t prev_end = 0;
  for (size_t i = 0; i < found.size(); ++i) {
    const cg::FoundMention& m = found[i];
    FUZZ_CHECK(m.start < m.end && m.end <= n.text.size());
    FUZZ_CHECK(i == 0 || m.start >= prev_end);
    FUZZ_CHECK(!m.entity_id.empty() && !m.name.empty());
    prev_end = m.end;
  }
  return 0;
}

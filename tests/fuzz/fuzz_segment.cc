// SegmentSentences: sentences inside content and title blocks, non-empty, in order, not
// overlapping, never crossing a line.
#include "ingest/normalize.h"
#include "tests/fuzz/fuzz_common.h"

FUZZ_LOAD_ANALYZERS_AT_START

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  cg::SegmentOptions options;
  // Small caps too, so that the run-on cutting runs on short inputs.
  if (data[0] & 1) {
    options.max_sentence_words = 1 + (data[0] >> 4);
    options.min_clause_words = (data[0] >> 1) & 7;
  }
  const cg::NormalizedText n = cg::Normalize(cg::fuzz::Bytes(data + 1, size - 1));
  const auto& an = cg::fuzz::SharedAnalyzers();
  const auto blocks = an.boilerplate->Classify(n.text, true);
  const auto sentences = cg::SegmentSentences(n.text, blocks, options);
  size_t prev_end = 0, b = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const cg::Sentence& s = sentences[i];
    FUZZ_CHECK(s.start < s.end && s.end <= n.text.size());
    FUZZ_CHECK(i == 0 || s.start >= prev_end);
    while (b < blocks.size() && blocks[b].end < s.start) ++b;
    FUZZ_CHECK(b < blocks.size() && blocks[b].start <= s.start && s.end <= blocks[b].end);
    FUZZ_CHECK(blocks[b].kind == cg::BlockKind::kContent ||
               blocks[b].kind == cg::BlockKind::kTitle);
    FUZZ_CHECK(s.block == blocks[b].kind);
    prev_end = s.end;
  }
  return 0;
}

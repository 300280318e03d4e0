// BoilerplateFilter::Classify: one block per non-empty line, inside the text, in order.
#include "ingest/normalize.h"
#include "tests/fuzz/fuzz_common.h"

FUZZ_LOAD_ANALYZERS_AT_START

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const bool has_title = data[0] & 1;
  const cg::NormalizedText n = cg::Normalize(cg::fuzz::Bytes(data + 1, size - 1));
  const auto blocks = cg::fuzz::SharedAnalyzers().boilerplate->Classify(n.text, has_title);
  size_t prev_end = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const cg::Block& b = blocks[i];
    FUZZ_CHECK(b.start < b.end && b.end <= n.text.size());
    FUZZ_CHECK(i == 0 || b.start > prev_end);
    FUZZ_CHECK(n.text.substr(b.start, b.end - b.start).find('\n') == std::string::npos);
    // A title is the first line (when the text has one) or a "Title | Site" line.
    if (b.kind == cg::BlockKind::kTitle)
      FUZZ_CHECK((has_title && i == 0) ||
                 n.text.substr(b.start, b.end - b.start).find(" | ") != std::string::npos);
    prev_end = b.end;
  }
  return 0;
}

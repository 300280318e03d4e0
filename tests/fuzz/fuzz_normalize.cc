// Normalize: the offset map has one entry per normalized byte, each an original span
// inside the input, starts and ends never going back.
#include "ingest/normalize.h"
#include "tests/fuzz/fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const cg::NormalizedText n = cg::Normalize(cg::fuzz::Bytes(data, size));
  FUZZ_CHECK(n.original_size == size);
  FUZZ_CHECK(n.origin_start.size() == n.text.size() && n.origin_end.size() == n.text.size());
  FUZZ_CHECK(n.text.size() <= 3 * size);
  for (size_t i = 0; i < n.text.size(); ++i) {
    FUZZ_CHECK(n.origin_start[i] < n.origin_end[i] && n.origin_end[i] <= size);
    if (i > 0) FUZZ_CHECK(n.origin_start[i - 1] <= n.origin_start[i]);
    if (i > 0) FUZZ_CHECK(n.origin_end[i - 1] <= n.origin_end[i]);
    if (i > 0) FUZZ_CHECK(!(n.text[i] == ' ' && n.text[i - 1] == ' '));
    FUZZ_CHECK(n.text[i] != '\r' && n.text[i] != '\t');
  }
  // Every span maps back: start, end and the whole text.
  for (size_t s = 0; s <= n.text.size(); ++s) FUZZ_CHECK(n.OriginalStart(s) <= size);
  for (size_t e = 0; e <= n.text.size(); ++e) FUZZ_CHECK(n.OriginalEnd(e) <= size);
  FUZZ_CHECK(n.OriginalStart(0) == 0 || n.text.empty() || n.OriginalStart(0) <= size);
  return 0;
}

// A sidecar metadata file's bytes through ApplySidecar.
#include "tests/fuzz/fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  cg::RawArticle a;
  a.id = "fuzz";
  const std::string bad = cg::ApplySidecar(cg::fuzz::Bytes(data, size), &a);
  if (!bad.empty()) FUZZ_CHECK(a.id == "fuzz");  // a bad file changes nothing
  return 0;
}

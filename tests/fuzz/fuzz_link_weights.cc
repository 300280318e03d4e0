// ParseLinkWeights (link_weights.tsv): weights, or an error naming the file.
#include "tests/fuzz/fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto w = cg::ParseLinkWeights(cg::fuzz::Bytes(data, size), "fuzz.tsv");
  if (!w.ok()) {
    FUZZ_CHECK(w.status().message().find("fuzz.tsv") != std::string::npos);
    return 0;
  }
  FUZZ_CHECK(w->count("supports.bias") && w->count("contradicts.bias"));
  return 0;
}

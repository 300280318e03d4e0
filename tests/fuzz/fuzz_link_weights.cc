// ParseLinearModels (link_weights.tsv): models, or an error naming the file.
#include "tests/fuzz/fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto w =
      cg::ParseLinearModels(cg::fuzz::Bytes(data, size), "fuzz.tsv", {"contradicts", "supports"});
  if (!w.ok()) {
    FUZZ_CHECK(w.status().message().find("fuzz.tsv") != std::string::npos);
    return 0;
  }
  FUZZ_CHECK(w->count("supports") && w->count("contradicts"));
  // What is read is written back and read again to the same models.
  const std::string text = cg::SerializeLinearModels(*w, "");
  auto again = cg::ParseLinearModels(text, "again.tsv", {"contradicts", "supports"});
  FUZZ_CHECK(again.ok() && cg::SerializeLinearModels(*again, "") == text);
  return 0;
}

// A .txt file's bytes through the reader's checks and the whole analysis.
#include "tests/fuzz/fuzz_common.h"

FUZZ_LOAD_ANALYZERS_AT_START

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  cg::RawArticle a;
  a.id = "fuzz";
  a.file = "fuzz.txt";
  a.format = "txt";
  a.text.assign(cg::fuzz::Bytes(data, size));
  cg::fuzz::AnalyzeAndCheck(a);
  return 0;
}

// A .pdf file's bytes through ReadPdf (poppler) and the analysis of its text.
#include "tests/fuzz/fuzz_common.h"

FUZZ_LOAD_ANALYZERS_AT_START

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  cg::RawArticle a;
  a.id = "fuzz";
  a.file = "fuzz.pdf";
  const std::string bad = cg::ReadPdf(cg::fuzz::Bytes(data, size), &a);
  if (!bad.empty()) return 0;
  FUZZ_CHECK(a.format == "pdf" && cg::fuzz::UsableText(a.text));
  cg::fuzz::AnalyzeAndCheck(a);
  return 0;
}

// A .json file's bytes through ParseJsonArticles and the analysis of each article.
#include "core/text.h"
#include "tests/fuzz/fuzz_common.h"

FUZZ_LOAD_ANALYZERS_AT_START

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes = cg::fuzz::Bytes(data, size);
  if (bytes.find('\0') != std::string_view::npos || cg::FindInvalidUtf8(bytes)) return 0;
  std::vector<cg::InputIssue> issues;
  const auto articles = cg::ParseJsonArticles(bytes, "fuzz.json", /*jsonl=*/false, &issues);
  for (const auto& i : issues) FUZZ_CHECK(i.file == "fuzz.json" && !i.message.empty());
  size_t analysed = 0;
  for (const auto& a : articles) {
    FUZZ_CHECK(cg::fuzz::UsableText(a.text));
    if (analysed++ < 4) cg::fuzz::AnalyzeAndCheck(a);
  }
  return 0;
}

// An .html file's bytes through ExtractHtml and the whole analysis.
#include "core/text.h"
#include "tests/fuzz/fuzz_common.h"

FUZZ_LOAD_ANALYZERS_AT_START

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes = cg::fuzz::Bytes(data, size);
  // The reader refuses NUL bytes and invalid UTF-8 before it parses HTML.
  if (bytes.find('\0') != std::string_view::npos || cg::FindInvalidUtf8(bytes)) return 0;
  cg::HtmlDocument h = cg::ExtractHtml(bytes);
  cg::RawArticle a;
  a.id = "fuzz";
  a.file = "fuzz.html";
  a.format = "html";
  a.text = std::move(h.text);
  a.title = h.title;
  cg::fuzz::AnalyzeAndCheck(a);
  return 0;
}

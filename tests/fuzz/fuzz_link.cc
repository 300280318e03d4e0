// The linker: Profile of two statements (the input split at its first newline; the first
// byte picks one source or two and the hedges), then Link both ways.
#include "tests/fuzz/fuzz_common.h"

FUZZ_LOAD_ANALYZERS_AT_START

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t flags = data[0];
  const std::string_view rest = cg::fuzz::Bytes(data + 1, size - 1);
  const size_t nl = rest.find('\n');
  const std::string_view x = rest.substr(0, nl);
  const std::string_view y = nl == std::string_view::npos ? "" : rest.substr(nl + 1);
  const auto& an = cg::fuzz::SharedAnalyzers();
  auto statement = [&](std::string_view text, const char* source, uint32_t start, bool hedged) {
    cg::Statement st;
    st.source = source;
    st.start = start;
    st.end = start + static_cast<uint32_t>(text.size());
    st.id = cg::MakeStatementId(st.source, start);
    st.text = std::string(text);
    st.kind = start == 0 ? "headline" : "sentence";
    st.hedged = hedged;
    if (flags & 8) st.speaker = "Someone";
    return st;
  };
  if (!cg::fuzz::UsableText(x)) return 0;
  const cg::StatementProfile a = an.linker->Profile(statement(x, "a", 0, flags & 2));
  if (!cg::fuzz::UsableText(y)) return 0;
  const cg::StatementProfile b =
      an.linker->Profile(statement(y, (flags & 1) ? "a" : "b", 100, flags & 4));
  cg::fuzz::CheckLinkPair(*an.linker, a, b);
  // The full judgement (kept when no edge results) agrees with Link on the type.
  const cg::Edge full = an.linker->Compare(a, b);
  const auto edge = an.linker->Link(a, b);
  FUZZ_CHECK(edge ? full.type == edge->type : full.type == "none");
  const auto cover = an.linker->WordCoverage(a, b);
  FUZZ_CHECK(cover.size() == a.words.size());
  for (double c : cover) FUZZ_CHECK(c >= 0 && c <= 1);
  return 0;
}

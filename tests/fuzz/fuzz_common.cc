// Shared harness code. See fuzz_common.h.
#include "tests/fuzz/fuzz_common.h"

#include <cmath>
#include <memory>

#include "core/text.h"

namespace cg::fuzz {

const Analyzers& SharedAnalyzers() {
  static std::unique_ptr<Analyzers> a = [] {
    AnalyzerConfig c;
    c.data_dir = CLAIMGRAPH_DATA_DIR;
    c.wordnet_dir = "/usr/share/wordnet";
    c.iso_codes_dir = "/usr/share/iso-codes/json";
    c.gazetteers = {CLAIMGRAPH_SAMPLE_PACK};  // a domain pack, so garbled forms are resolved
    auto r = Analyzers::Create(c);
    if (!r.ok()) {
      std::fprintf(stderr, "cannot build analyzers: %s\n", r.status().ToString().c_str());
      std::abort();
    }
    return std::move(*r);
  }();
  return *a;
}

bool UsableText(std::string_view text) { return CheckArticleText(text).empty(); }

void CheckLinkPair(const Linker& linker, const StatementProfile& a, const StatementProfile& b) {
  const auto ab = linker.Link(a, b);
  const auto ba = linker.Link(b, a);
  FUZZ_CHECK(ab.has_value() == ba.has_value());
  if (!ab) return;
  FUZZ_CHECK(ab->type == ba->type && ab->score == ba->score && ab->why == ba->why);
  FUZZ_CHECK(ab->from == ba->from && ab->to == ba->to);
  FUZZ_CHECK(ab->type == "supports" || ab->type == "contradicts");
  FUZZ_CHECK(std::isfinite(ab->score) && ab->score >= 0 && ab->score <= 1);
  if (a.source == b.source) FUZZ_CHECK(ab->type == "contradicts");
}

void AnalyzeAndCheck(const RawArticle& raw) {
  if (!UsableText(raw.text)) return;
  const Analyzers& an = SharedAnalyzers();
  StatementProfiles profiles;
  auto rec = AnalyzeArticle(raw, an, &profiles);
  FUZZ_CHECK(rec.ok());
  const size_t n = raw.text.size();
  uint32_t last = 0;
  for (size_t i = 0; i < rec->statements.size(); ++i) {
    const Statement& st = rec->statements[i];
    FUZZ_CHECK(st.start < st.end && st.end <= n);
    FUZZ_CHECK(i == 0 || st.start > last);
    FUZZ_CHECK(st.text == raw.text.substr(st.start, st.end - st.start));
    last = st.start;
  }
  for (const Mention& m : rec->mentions) FUZZ_CHECK(m.start < m.end && m.end <= n);
  // Pairs of the first statements: as one source (contradictions only) and as two.
  std::vector<const StatementProfile*> ps;
  for (const auto& [start, p] : profiles)
    if (ps.size() < 4) ps.push_back(&p);
  for (size_t i = 0; i < ps.size(); ++i)
    for (size_t j = i + 1; j < ps.size(); ++j) {
      CheckLinkPair(*an.linker, *ps[i], *ps[j]);
      StatementProfile other = *ps[j];
      other.source = "fuzz-other";
      other.id = "fuzz-other@0";
      CheckLinkPair(*an.linker, *ps[i], other);
    }
}

}  // namespace cg::fuzz

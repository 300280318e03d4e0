// Gazetteer::AddTsv: entries or an error naming the file; a gazetteer read is searchable
// and the recognizer built on it reads a sentence naming its first entries.
#include "tests/fuzz/fuzz_common.h"

FUZZ_LOAD_ANALYZERS_AT_START

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  cg::Gazetteer g;
  const cg::Status s = g.AddTsv(cg::fuzz::Bytes(data, size), "fuzz.tsv");
  if (!s.ok()) {
    FUZZ_CHECK(s.message().find("fuzz.tsv") != std::string::npos);
    return 0;
  }
  std::string text = "Officials said ";
  for (size_t i = 0; i < g.entries().size() && i < 4; ++i) {
    const auto& e = g.entries()[i];
    FUZZ_CHECK(g.Find(e.name) >= 0);
    text += e.name + " and ";
    for (const auto& alias : e.aliases) text += alias + " ";
  }
  text += "the others met on Monday.";
  if (!cg::fuzz::UsableText(text)) return 0;
  const auto& an = cg::fuzz::SharedAnalyzers();
  auto er = cg::EntityRecognizer::Create(&g, &an.words);
  if (!er.ok()) return 0;
  const std::vector<cg::Block> blocks = {{0, text.size(), cg::BlockKind::kContent, ""}};
  const std::vector<cg::Sentence> sentences = {{0, text.size(), cg::BlockKind::kContent}};
  for (const auto& m : er->Recognize(text, blocks, sentences))
    FUZZ_CHECK(m.start < m.end && m.end <= text.size());
  return 0;
}

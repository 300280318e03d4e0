// The key codec's decoders: postings lists, string lists, source ids after a prefix and
// statement ids. What decodes encodes back to the same list.
#include "model/model.h"
#include "storage/key_codec.h"
#include "tests/fuzz/fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes = cg::fuzz::Bytes(data, size);
  if (auto p = cg::keys::DecodePostings(bytes); p.ok()) {
    auto again = cg::keys::DecodePostings(cg::keys::EncodePostings(*p));
    FUZZ_CHECK(again.ok() && again->size() == p->size());
    for (size_t i = 0; i < p->size(); ++i)
      FUZZ_CHECK((*again)[i].statement_start == (*p)[i].statement_start &&
                 (*again)[i].term_frequency == (*p)[i].term_frequency &&
                 (*again)[i].statement_terms == (*p)[i].statement_terms);
  }
  if (auto s = cg::keys::DecodeStrings(bytes); s.ok()) {
    auto again = cg::keys::DecodeStrings(cg::keys::EncodeStrings(*s));
    FUZZ_CHECK(again.ok() && *again == *s);
  }
  for (size_t prefix = 0; prefix <= size && prefix < 4; ++prefix) {
    const std::string_view id = cg::keys::SourceIdAfter(bytes, prefix);
    FUZZ_CHECK(id.size() <= size);
  }
  if (size >= 4) (void)cg::keys::GetBigEndian32(bytes);
  std::string source;
  uint32_t start = 0;
  if (cg::ParseStatementId(bytes, &source, &start).ok()) FUZZ_CHECK(source.size() < size);
  return 0;
}

#include "ingest/normalize.h"

#include <doctest/doctest.h>

namespace cg {

TEST_CASE("normalize: folds punctuation and keeps the map to original bytes") {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"China\xE2\x80\x99s", "China's"},
      {"\xE2\x80\x9Cquoted\xE2\x80\x9D", "\"quoted\""},
      {"a \xE2\x80\x94 b", "a - b"},
      {"wait\xE2\x80\xA6", "wait..."},
      {"no\xC2\xA0"
       "break",
       "no break"},
      {"zero\xE2\x80\x8Bwidth", "zerowidth"},
      {"a   b\t\tc", "a b c"},
      {"line\r\nnext\rlast", "line\nnext\nlast"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.in);
    CHECK(Normalize(r.in).text == r.out);
  }
  const std::string in = "He said \xE2\x80\x9Cyes\xE2\x80\x9D.";
  const NormalizedText n = Normalize(in);
  const size_t q = n.text.find("\"yes\"");
  REQUIRE(q != std::string::npos);
  const uint32_t b = n.OriginalStart(q), e = n.OriginalEnd(q + 5);
  CHECK(in.substr(b, e - b) == "\xE2\x80\x9Cyes\xE2\x80\x9D");
  CHECK(n.OriginalEnd(n.text.size()) == in.size());
}

}  // namespace cg

#include "core/terms.h"

#include <doctest/doctest.h>

namespace cg {

TEST_CASE("terms: tokens keep byte offsets and inner apostrophes") {
  const std::string text = "China\xE2\x80\x99s H100 ban, U.S. rules";
  const auto t = Tokenize(text);
  REQUIRE(t.size() == 6);
  CHECK(t[0].text == "China\xE2\x80\x99s");
  CHECK(t[1].text == "H100");
  CHECK(text.substr(t[1].start, t[1].end - t[1].start) == "H100");
  CHECK(t[3].text == "U");
  CHECK(t[4].text == "S");
}

TEST_CASE("terms: stems, drops stopwords and possessives") {
  TermAnalyzer a;
  CHECK(a.Terms("The restrictions accelerated China's indigenization") ==
        std::vector<std::string>{"restrict", "acceler", "china", "indigen"});
  CHECK(a.Terms("of the and") == std::vector<std::string>{});
  CHECK(a.Stem("controls") == "control");
}

}  // namespace cg

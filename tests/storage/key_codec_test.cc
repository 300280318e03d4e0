#include "storage/key_codec.h"

#include <doctest/doctest.h>

namespace cg::keys {

TEST_CASE("key codec: on-disk key bytes are pinned") {
  CHECK(StatementKey("s1", 258) == std::string("s1\0\0\0\x01\x02", 7));
  CHECK(MentionKey("h100", "s1", 1) == std::string("h100\0s1\0\0\0\0\x01", 12));
  CHECK(TermKey("export", "s1") == std::string("Texport\0s1", 10));
  CHECK(SourceTermsKey("s1") == "Ss1");
  CHECK(ContentHashKey("ab", "s1") == std::string("ab\0s1", 5));
  CHECK(SourceIdAfter(MentionKey("h100", "s1", 9), 5) == "s1");
}

TEST_CASE("key codec: big-endian offsets sort numerically") {
  CHECK(StatementKey("s", 255) < StatementKey("s", 256));
  CHECK(StatementKey("s", 70000) > StatementKey("s", 9));
  CHECK(GetBigEndian32(StatementKey("s", 123456).substr(2)) == 123456u);
}

TEST_CASE("key codec: postings and string lists round-trip, bad bytes are corruption") {
  const std::vector<Posting> p = {{0, 1, 12}, {94, 2, 30}, {70000, 1, 5}};
  const std::string bytes = EncodePostings(p);
  CHECK(bytes == std::string("\x03\x00\x01\x0c\x5e\x02\x1e\x92\xa2\x04\x01\x05", 12));
  auto back = DecodePostings(bytes);
  REQUIRE(back.ok());
  REQUIRE(back->size() == 3);
  CHECK((*back)[2].statement_start == 70000);
  CHECK(DecodePostings(bytes.substr(0, 5)).status().code() == Status::Code::kCorruption);
  CHECK(DecodePostings(bytes + "x").status().code() == Status::Code::kCorruption);
  auto strs = DecodeStrings(EncodeStrings({"a", "", "export"}));
  REQUIRE(strs.ok());
  CHECK(*strs == std::vector<std::string>{"a", "", "export"});
}

}  // namespace cg::keys

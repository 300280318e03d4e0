#include "core/text.h"

#include <doctest/doctest.h>

#include "core/status.h"

namespace cg {

TEST_CASE("text: finds the first invalid UTF-8 byte") {
  struct Row {
    std::string in;
    std::optional<size_t> bad;
  };
  const Row rows[] = {
      {"plain ascii", std::nullopt},
      {"caf\xC3\xA9", std::nullopt},
      {"quote \xE2\x80\x9Chi\xE2\x80\x9D", std::nullopt},
      {"emoji \xF0\x9F\x98\x80", std::nullopt},
      {"bad \xFF byte", 4},
      {"truncated \xE2\x80", 10},
      {"overlong \xC0\xAF", 9},
      {"surrogate \xED\xA0\x80", 10},
  };
  for (const auto& r : rows) {
    CAPTURE(r.in);
    CHECK(FindInvalidUtf8(r.in) == r.bad);
  }
}

TEST_CASE("text: sha256 matches the FIPS 180-4 test vectors") {
  CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(Sha256Hex(std::string(1000, 'a')).size() == 64);
}

TEST_CASE("text: squash, slugify, edit distance") {
  CHECK(Squash("Deep-Seek R1") == "deepseekr1");
  CHECK(Squash("U.S.") == "us");
  CHECK(Slugify("Ascend 910B") == "ascend-910b");
  CHECK(Slugify("  ") == "x");
  CHECK(Slugify("Center for Strategic & International Studies") ==
        "center-for-strategic-international-studies");
  CHECK(EditDistance("qwen", "quen") == 1);
  CHECK(EditDistance("bitedance", "bytedance") == 1);
  CHECK(EditDistance("", "abc") == 3);
  CHECK(CountWords("It's a $5.5 billion deal") == 7);  // runs of letters or digits
}

TEST_CASE("status: result holds a value or an error") {
  Result<int> ok = 3;
  CHECK(ok.ok());
  CHECK(*ok == 3);
  Result<int> bad = Status::NotFound("no such source");
  CHECK_FALSE(bad.ok());
  CHECK(bad.status().code() == Status::Code::kNotFound);
  CHECK(bad.status().WithContext("f.txt").message() == "f.txt: no such source");
}

}  // namespace cg

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

TEST_CASE("text: fields are what spaces part, however many") {
  using V = std::vector<std::string_view>;
  CHECK(Fields("00001740 03 n 01 entity 0 003 ~ 00001930 n 0000") ==
        V{"00001740", "03", "n", "01", "entity", "0", "003", "~", "00001930", "n", "0000"});
  CHECK(Fields("  a  b ") == V{"a", "b"});
  CHECK(Fields("").empty());
  CHECK(Fields("   ").empty());
}

TEST_CASE("text: terminal-safe text shows control characters as visible escapes") {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"plain text, caf\xC3\xA9 \xE2\x80\x94 ok", "plain text, caf\xC3\xA9 \xE2\x80\x94 ok"},
      {"a back\\slash stays", "a back\\slash stays"},
      {"\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m"},
      {"bell\a", "bell\\x07"},
      {"over\rwrite", "over\\rwrite"},
      {"two\nlines\tand a tab", "two\\nlines\\tand a tab"},
      {std::string("nul\0byte", 8), "nul\\x00byte"},
      {"del\x7f", "del\\x7f"},
      {"c1 csi \xC2\x9B"
       "2J",
       "c1 csi \\u009b2J"},
      {"c1 nel \xC2\x85 and \xC2\x80", "c1 nel \\u0085 and \\u0080"},
      {"\xC2\xA0nbsp stays", "\xC2\xA0nbsp stays"},
      {"rlo \xE2\x80\xAE"
       "gnp.exe",
       "rlo \\u202egnp.exe"},
      {"lre \xE2\x80\xAA pdf \xE2\x80\xAC", "lre \\u202a pdf \\u202c"},
      {"isolates \xE2\x81\xA6 \xE2\x81\xA9", "isolates \\u2066 \\u2069"},
      {"ls \xE2\x80\xA8 ps \xE2\x80\xA9", "ls \\u2028 ps \\u2029"},
      {"lrm \xE2\x80\x8E stays", "lrm \xE2\x80\x8E stays"},
      {"stray \xFF byte", "stray \\xff byte"},
      {"cut \xE2\x80", "cut \\xe2\\x80"},
      {"surrogate \xED\xA0\x80", "surrogate \\xed\\xa0\\x80"},
      {"emoji \xF0\x9F\x98\x80", "emoji \xF0\x9F\x98\x80"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.in);
    CHECK(TerminalSafe(r.in) == r.out);
  }
}

TEST_CASE("text: markup escaping is always well-formed XML 1.0") {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"<script>alert('x')</script> & \"q\"",
       "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;q&quot;"},
      {"tab\tnewline\ncr\r", "tab\tnewline\ncr\r"},
      {"esc\x1b bel\a", "esc\xEF\xBF\xBD bel\xEF\xBF\xBD"},
      {std::string("nul\0", 4), "nul\xEF\xBF\xBD"},
      {"fffe \xEF\xBF\xBE ffff \xEF\xBF\xBF", "fffe \xEF\xBF\xBD ffff \xEF\xBF\xBD"},
      {"fffd \xEF\xBF\xBD stays", "fffd \xEF\xBF\xBD stays"},
      {"bad \xFF\xFE", "bad \xEF\xBF\xBD\xEF\xBF\xBD"},
      {"c1 \xC2\x85 and del \x7f stay", "c1 \xC2\x85 and del \x7f stay"},
      {"astral \xF0\x9F\x98\x80", "astral \xF0\x9F\x98\x80"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.in);
    CHECK(EscapeMarkup(r.in) == r.out);
  }
}

TEST_CASE("text: only http and https URLs may be live links") {
  struct Row {
    std::string in;
    std::optional<std::string> out;
  };
  const Row rows[] = {
      {"https://example.org/a?b=c#d", "https://example.org/a?b=c#d"},
      {"http://example.org", "http://example.org"},
      {"HTTPS://EXAMPLE.ORG", "HTTPS://EXAMPLE.ORG"},
      {"  \t https://example.org/x  ", "https://example.org/x"},
      {"ht\ttp\n://exa\rmple.org", "http://example.org"},
      {"javascript:alert(1)", std::nullopt},
      {"JaVaScRiPt:alert(1)", std::nullopt},
      {"  javascript:alert(1)", std::nullopt},
      {"\tjavascript:alert(1)", std::nullopt},
      {"java\tscript:alert(1)", std::nullopt},
      {"java\nscript:alert(1)", std::nullopt},
      {"java\rscript:alert(1)", std::nullopt},
      {"\x01\x02javascript:alert(1)", std::nullopt},
      {"java\x01script:alert(1)", std::nullopt},
      {"vbscript:msgbox(1)", std::nullopt},
      {"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", std::nullopt},
      {"file:///etc/passwd", std::nullopt},
      {"httpx://example.org", std::nullopt},
      {"https", std::nullopt},
      {"//example.org/no-scheme", std::nullopt},
      {"/relative/path", std::nullopt},
      {":http://x", std::nullopt},
      {"", std::nullopt},
  };
  for (const auto& r : rows) {
    CAPTURE(r.in);
    CHECK(HttpUrl(r.in) == r.out);
  }
  CHECK(HttpUrl(std::string("\x01\x1fhttp://example.org\x00", 21)) == "http://example.org");
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

#include "model/model.h"

#include <doctest/doctest.h>

namespace cg {

TEST_CASE("model: records round-trip through their stored JSON") {
  Statement s;
  s.id = MakeStatementId("001_a", 94);
  s.source = "001_a";
  s.start = 94;
  s.end = 120;
  s.text = "quote";
  s.kind = "sentence";
  s.checkworthiness = 0.69;
  s.speaker = "Gregory Allen";
  s.attribution_cue = "said";
  s.entities = {"china"};
  auto back = DecodeStatement(ToJson(s).dump());
  REQUIRE(back.ok());
  CHECK(back->id == "001_a@94");
  CHECK(back->speaker == "Gregory Allen");
  CHECK(back->entities == std::vector<std::string>{"china"});
  CHECK(ToJson(*back).dump() == ToJson(s).dump());
}

TEST_CASE("model: undecodable stored bytes are corruption") {
  CHECK(DecodeSource("{not json").status().code() == Status::Code::kCorruption);
  CHECK(DecodeSource(R"({"id": "x"})").status().code() == Status::Code::kCorruption);
  CHECK(DecodeEntity(R"({"id": 3, "name": "x", "type": "place"})").status().code() ==
        Status::Code::kCorruption);
}

TEST_CASE("model: statement ids name their source and offset") {
  std::string src;
  uint32_t start = 0;
  REQUIRE(ParseStatementId("fnc-12@3077", &src, &start).ok());
  CHECK(src == "fnc-12");
  CHECK(start == 3077);
  CHECK(ParseStatementId("a@b@12", &src, &start).ok());
  CHECK(src == "a@b");
  CHECK_FALSE(ParseStatementId("nooffset", &src, &start).ok());
  CHECK_FALSE(ParseStatementId("x@12z", &src, &start).ok());
}

}  // namespace cg

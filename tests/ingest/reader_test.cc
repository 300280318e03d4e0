#include "ingest/reader.h"

#include <doctest/doctest.h>

namespace cg {

TEST_CASE("reader: HTML to article text and metadata") {
  const std::string html = R"(<html><head><title>Chips &amp; Policy</title>
<meta name="author" content="Ana Li"><meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://example.com/a"><style>p{color:red}</style></head>
<body><nav>Home | News | About</nav><article><h1>Rules Tighten</h1>
<p>The rules  took effect&nbsp;today &#8212; a &ldquo;big&rdquo; step.</p>
<script>var x = "<p>not text</p>";</script><ul><li>First point</li><li>Second</li></ul>
</article><footer>Copyright 2026</footer></body></html>)";
  const HtmlDocument d = ExtractHtml(html);
  CHECK(d.title == "Chips & Policy");
  CHECK(d.author == "Ana Li");
  CHECK(d.outlet == "Example News");
  CHECK(d.url == "https://example.com/a");
  CHECK(d.text ==
        "Rules Tighten\nThe rules took effect\xC2\xA0today \xE2\x80\x94 a \xE2\x80\x9C"
        "big\xE2\x80\x9D step.\n"
        "- First point\n- Second\n");
}

TEST_CASE("reader: a malformed JSONL line is reported and the others are kept") {
  const std::string jsonl = R"({"id": "a1", "title": "One", "text": "First article text here."})"
                            "\n"
                            R"({"id": "a2", "text": "broken)"
                            "\n"
                            R"({"id": "a3", "text": ""})"
                            "\n"
                            R"({"text": "No id, so the file name and line give one."})"
                            "\n";
  std::vector<InputIssue> issues;
  const auto arts = ParseJsonArticles(jsonl, "in/batch.jsonl", true, &issues);
  REQUIRE(arts.size() == 2);
  CHECK(arts[0].id == "a1");
  CHECK(arts[0].title == "One");
  CHECK(arts[1].id == "batch-4");
  REQUIRE(issues.size() == 2);
  CHECK(issues[0].line == 2);
  CHECK(issues[0].ToString().find("in/batch.jsonl:2: malformed JSON") == 0);
  CHECK(issues[1].ToString() == "in/batch.jsonl:3: empty article (no text)");
}

TEST_CASE("reader: unusable article text is named") {
  CHECK(CheckArticleText("fine") == "");
  CHECK(CheckArticleText("  \n\t ") == "empty article (no text)");
  CHECK(CheckArticleText(std::string("a\0b", 3)) == "binary content (NUL bytes)");
  CHECK(CheckArticleText("ok \xFF") == "invalid UTF-8 at byte 3");
}

}  // namespace cg

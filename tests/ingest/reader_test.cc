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

TEST_CASE("reader: sidecar metadata from bytes, a bad file changes nothing") {
  RawArticle a;
  a.id = "file-name";
  CHECK(ApplySidecar(R"({"id": 12, "headline": "H", "byline": "B", "site": null})", &a) == "");
  CHECK(a.id == "12");
  CHECK(a.title == "H");
  CHECK(a.author == "B");
  CHECK(a.outlet == "");
  RawArticle b;
  b.id = "kept";
  CHECK(ApplySidecar(R"({"id": "x",)", &b).find("parse error") != std::string::npos);
  CHECK(b.id == "kept");
}

TEST_CASE("reader: a PDF from bytes") {
  // A one-page PDF written by hand (tests/fuzz/make_seeds.py writes the same).
  const std::string pdf =
      "%PDF-1.4\n"
      "1 0 obj\n"
      "<< /Type /Catalog /Pages 2 0 R >>\n"
      "endobj\n"
      "2 0 obj\n"
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>\n"
      "endobj\n"
      "3 0 obj\n"
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << "
      "/F1 5 0 R >> >> >>\n"
      "endobj\n"
      "4 0 obj\n"
      "<< /Length 79 >>\n"
      "stream\n"
      "BT /F1 12 Tf 72 720 Td (Officials said the ban did not slow the company.) Tj ET\n"
      "endstream\n"
      "endobj\n"
      "5 0 obj\n"
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\n"
      "endobj\n"
      "6 0 obj\n"
      "<< /Title (A made-up title) /Author (A. Writer) >>\n"
      "endobj\n"
      "xref\n"
      "0 7\n"
      "0000000000 65535 f \n"
      "0000000009 00000 n \n"
      "0000000058 00000 n \n"
      "0000000115 00000 n \n"
      "0000000241 00000 n \n"
      "0000000370 00000 n \n"
      "0000000440 00000 n \n"
      "trailer\n"
      "<< /Size 7 /Root 1 0 R /Info 6 0 R >>\n"
      "startxref\n"
      "506\n"
      "%%EOF\n"
      "";
  RawArticle a;
  CHECK(ReadPdf(pdf, &a) == "");
  CHECK(a.format == "pdf");
  CHECK(a.text.find("Officials said the ban did not slow the company.") != std::string::npos);
  CHECK(a.title == "A made-up title");
  CHECK(a.author == "A. Writer");
  RawArticle bad;
  CHECK(ReadPdf("%PDF-1.4 not really", &bad) == "not a readable PDF");
  CHECK(ReadPdf("", &bad) == "not a readable PDF");
}

}  // namespace cg

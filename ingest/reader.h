// Reads the paths a user names into articles: .txt, .md, .html, .json, .jsonl and .pdf
// files, single or in folders, with metadata from sidecar files ("NAME.meta.json"). The
// I/O edge of ingestion: everything after it is pure.
// Interface: ReadInputs(), ParseJsonArticles(), ExtractHtml(), ApplySidecar(), ReadPdf(). Tested by
// tests/ingest/reader_test.cc and tests/cli/cli_test.cc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "ingest/types.h"

namespace cg {

// An input that was not ingested, and why. `line` is 1-based, 0 when not line-specific.
struct InputIssue {
  std::string file;
  size_t line = 0;
  std::string message;
  std::string ToString() const;
};

struct ReadResult {
  std::vector<RawArticle> articles;  // in path order: folders sorted, then lines
  std::vector<InputIssue> skipped;
  size_t ignored_files = 0;  // non-article files inside folders (images, README, sidecars)
};

// Never fails as a whole: each bad path, file or line becomes an InputIssue.
ReadResult ReadInputs(const std::vector<std::string>& paths);

// The articles of a .json file (one object, or an array of objects) or a .jsonl file (one
// object a line). A bad line is an issue; the other lines still count.
std::vector<RawArticle> ParseJsonArticles(std::string_view bytes, const std::string& file,
                                          bool jsonl, std::vector<InputIssue>* issues);

struct HtmlDocument {
  std::string text;  // article text, one block a line
  std::string title, author, outlet, url, published;
};
// Drops scripts, styles, navigation, forms and asides; keeps the <article> element when
// there is one; decodes character references.
HtmlDocument ExtractHtml(std::string_view html);

// The in-memory readers under ReadInputs (the file readers are thin wrappers over them).
// Each returns "" or a message saying what is wrong.
// A sidecar's JSON metadata into `a` (id, title, outlet, author, url, published).
std::string ApplySidecar(std::string_view bytes, RawArticle* a);
// A PDF's text, one page after another, into `a` (format "pdf"), and its Title and Author
// where `a` has none.
std::string ReadPdf(std::string_view bytes, RawArticle* a);

// Checks the bytes an article's offsets will refer to: valid UTF-8, no NUL bytes, not
// blank. Returns a message naming the problem, or "" if the text is usable.
std::string CheckArticleText(std::string_view text);

}  // namespace cg

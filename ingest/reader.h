// Reads the paths a user names into articles: .txt, .md, .html, .json, .jsonl and .pdf
// files, single or in folders, with metadata from sidecar files ("NAME.meta.json"). The
// I/O edge of ingestion: everything after it is pure.
// Interface: ReadInputs(), ParseJsonArticles(), ExtractHtml(), ApplySidecar(), ReadPdf(). Tested by
// tests/ingest/reader_test.cc and tests/cli/cli_test.cc.
#pragma once

#include <cstdint>
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

// An article larger than this many bytes is skipped: a file by its size before it is read,
// a stream or a JSONL line as soon as it passes the limit.
inline constexpr size_t kDefaultMaxArticleBytes = size_t{16} << 20;  // 16 MiB

struct ReadOptions {
  size_t max_article_bytes = kDefaultMaxArticleBytes;
  // The format of a stream (a pipe named on the command line, such as `<(zcat x.jsonl.gz)`):
  // txt, md, html, json, jsonl or pdf. Empty: the pipe's file extension, else sniffed from
  // its first bytes.
  std::string stream_format;
  // How long a named pipe on disk may go without a writer before it is skipped. Pipes
  // under /dev/fd, /proc/self/fd and /dev/stdin always have one and are waited for.
  int fifo_wait_ms = 5000;
};

// Never fails as a whole: each bad path, file or line becomes an InputIssue. Reads every
// article into memory (a batch is held whole until it is stored).
ReadResult ReadInputs(const std::vector<std::string>& paths, const ReadOptions& options = {});

// `s` with every byte that is not part of valid UTF-8, and every control character, shown
// as a visible escape (TerminalSafe: \xNN, \r, \u202e...): safe to print and to put in
// JSON. Valid text without controls is unchanged.
std::string EscapeForMessage(std::string_view s);

// Checks a source id given by the input: not empty, valid UTF-8, no control characters
// (NUL included). Returns a message naming the problem, or "".
std::string CheckSourceId(std::string_view id);

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
// Text past `max_text_bytes` stops the read with a message.
std::string ReadPdf(std::string_view bytes, RawArticle* a, size_t max_text_bytes = SIZE_MAX);

// Checks the bytes an article's offsets will refer to: valid UTF-8, no NUL bytes, not
// blank. Returns a message naming the problem, or "" if the text is usable.
std::string CheckArticleText(std::string_view text);

}  // namespace cg

// Values passed between ingestion stages. No stage touches RocksDB, files or globals.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cg {

// An article as read from its file, before analysis.
struct RawArticle {
  std::string id;      // from the input (JSON field, sidecar) or the file name
  std::string file;    // the path the user named, joined with the path inside a folder
  std::string format;  // txt, md, html, json, jsonl, pdf
  std::string text;    // the bytes offsets refer to: the file (txt, md) or extracted text
  std::string title, outlet, author, url, published;
};

// Text with Unicode quotes, dashes and spaces folded to ASCII; each byte remembers the
// span of the original character that produced it.
struct NormalizedText {
  std::string text;
  std::vector<uint32_t> origin_start;  // per normalized byte
  std::vector<uint32_t> origin_end;    // per normalized byte (exclusive)
  uint32_t original_size = 0;

  // The original byte span of the normalized span [start, end).
  uint32_t OriginalStart(size_t start) const {
    return start < origin_start.size() ? origin_start[start] : original_size;
  }
  uint32_t OriginalEnd(size_t end) const { return end == 0 ? 0 : origin_end[end - 1]; }
};

// On disk in no form; values are for reporting only.
enum class BlockKind { kContent, kTitle, kHeading, kBoilerplate };

// A line of the normalized text, classified.
struct Block {
  size_t start = 0;  // normalized offsets; [start, end) excludes the newline
  size_t end = 0;
  BlockKind kind = BlockKind::kContent;
  std::string reason;  // why a block is boilerplate or a heading
};

struct Sentence {
  size_t start = 0;  // normalized offsets
  size_t end = 0;
  BlockKind block = BlockKind::kContent;  // kContent or kTitle
};

}  // namespace cg

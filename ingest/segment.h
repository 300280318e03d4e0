// Splits the content and title lines of a normalized article into sentences.
// Interface: SegmentSentences(). Tested by tests/ingest/segment_test.cc.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/types.h"

namespace cg {

struct SegmentOptions {
  // Run-on sentences (speech transcripts) longer than this are cut at clause boundaries
  // (";", ", and", ", but", " - ", ", which"...) nearest their middle. 60 words is about
  // three lines of print, past which readers lose the thread of one assertion.
  size_t max_sentence_words = 60;
  // Neither part of a cut may be shorter than this.
  size_t min_clause_words = 8;
};

// Sentences of the kContent and kTitle blocks, in text order, trimmed, with list markers
// ("- ", "* ", "1. ") left out. A sentence never crosses a line.
std::vector<Sentence> SegmentSentences(std::string_view text, const std::vector<Block>& blocks,
                                       const SegmentOptions& options = {});

}  // namespace cg

// Word tokens with byte offsets, and index terms: lowercase, stopwords dropped, Snowball
// English stems. Ingestion (postings) and search use the same analyzer, so a query term
// meets the stored term. Interface: Tokenize(), TermAnalyzer. Tested by
// tests/core/terms_test.cc.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cg {

struct Token {
  size_t start = 0;  // byte offsets into the analysed text
  size_t end = 0;
  std::string_view text;
};

// Runs of letters and digits (non-ASCII letters included). An apostrophe between letters
// stays inside the word ("China's"); other punctuation splits.
std::vector<Token> Tokenize(std::string_view text);

// True for English function words that carry no content ("the", "of", "is").
bool IsStopword(std::string_view lower_word);

// Not thread-safe: each thread makes its own (the Snowball stemmer keeps state).
class TermAnalyzer {
 public:
  TermAnalyzer();
  ~TermAnalyzer();
  TermAnalyzer(TermAnalyzer&&) noexcept;
  TermAnalyzer& operator=(TermAnalyzer&&) noexcept;

  // The stem of one lowercase word ("restrictions" -> "restrict").
  std::string Stem(std::string_view lower_word) const;
  // Index terms of `text`, in order, stopwords and possessive "'s" dropped.
  std::vector<std::string> Terms(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cg

// Tokenizer and term analyzer. Tested by tests/core/terms_test.cc.
#include "core/terms.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <cassert>

#include "core/text.h"

namespace cg {
namespace {

// A code point is part of a word unless it is ASCII non-alnum, Latin-1 punctuation or a
// symbol, or in the General Punctuation / symbol blocks (curly quotes, dashes, bullets).
bool IsWordCodePoint(char32_t cp) {
  if (cp < 0x80) return IsAsciiAlnum(static_cast<char>(cp));
  if (cp < 0xC0) return false;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp == 0xFEFF || cp == 0xFFFD) return false;
  return true;
}

bool IsApostrophe(std::string_view text, size_t i, size_t* len) {
  if (text[i] == '\'') {
    *len = 1;
    return true;
  }
  if (text.compare(i, 3, "\xE2\x80\x99") == 0) {  // U+2019
    *len = 3;
    return true;
  }
  return false;
}

// Sorted, so membership is a binary search.
constexpr std::string_view kStopwords[] = {
    "a",       "about",  "above",  "after", "again",  "against",  "all",       "also",
    "am",      "an",     "and",    "any",   "are",    "as",       "at",        "be",
    "because", "been",   "before", "being", "below",  "between",  "both",      "but",
    "by",      "can",    "could",  "did",   "do",     "does",     "doing",     "down",
    "during",  "each",   "few",    "for",   "from",   "further",  "had",       "has",
    "have",    "having", "he",     "her",   "here",   "hers",     "herself",   "him",
    "himself", "his",    "how",    "i",     "if",     "in",       "into",      "is",
    "it",      "its",    "itself", "just",  "me",     "more",     "most",      "my",
    "myself",  "no",     "nor",    "not",   "now",    "of",       "off",       "on",
    "once",    "only",   "or",     "other", "our",    "ours",     "out",       "over",
    "own",     "s",      "same",   "she",   "should", "so",       "some",      "such",
    "t",       "than",   "that",   "the",   "their",  "theirs",   "them",      "then",
    "there",   "these",  "they",   "this",  "those",  "through",  "to",        "too",
    "under",   "until",  "up",     "very",  "was",    "we",       "were",      "what",
    "when",    "where",  "which",  "while", "who",    "whom",     "why",       "will",
    "with",    "would",  "you",    "your",  "yours",  "yourself", "yourselves"};

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    size_t len = 1;
    const char32_t cp = DecodeUtf8(text, i, &len);
    if (!IsWordCodePoint(cp)) {
      i += len;
      continue;
    }
    const size_t start = i;
    i += len;
    while (i < n) {
      size_t l = 1;
      const char32_t c = DecodeUtf8(text, i, &l);
      if (IsWordCodePoint(c)) {
        i += l;
        continue;
      }
      size_t alen = 0;
      if (IsApostrophe(text, i, &alen) && i + alen < n) {
        size_t l2 = 1;
        const char32_t next = DecodeUtf8(text, i + alen, &l2);
        if (IsWordCodePoint(next) && !IsAsciiDigit(static_cast<char>(next))) {
          i += alen;
          continue;
        }
      }
      break;
    }
    out.push_back(Token{start, i, text.substr(start, i - start)});
  }
  return out;
}

bool IsStopword(std::string_view w) {
  assert(std::is_sorted(std::begin(kStopwords), std::end(kStopwords)));
  return std::binary_search(std::begin(kStopwords), std::end(kStopwords), w);
}

struct TermAnalyzer::Impl {
  sb_stemmer* stemmer = nullptr;
  ~Impl() {
    if (stemmer) sb_stemmer_delete(stemmer);
  }
};

TermAnalyzer::TermAnalyzer() : impl_(std::make_unique<Impl>()) {
  impl_->stemmer = sb_stemmer_new("english", "UTF_8");
  assert(impl_->stemmer && "libstemmer ships the english stemmer");
}
TermAnalyzer::~TermAnalyzer() = default;
TermAnalyzer::TermAnalyzer(TermAnalyzer&&) noexcept = default;
TermAnalyzer& TermAnalyzer::operator=(TermAnalyzer&&) noexcept = default;

std::string TermAnalyzer::Stem(std::string_view w) const {
  const sb_symbol* s = sb_stemmer_stem(impl_->stemmer, reinterpret_cast<const sb_symbol*>(w.data()),
                                       static_cast<int>(w.size()));
  if (!s) return std::string(w);
  return std::string(reinterpret_cast<const char*>(s),
                     static_cast<size_t>(sb_stemmer_length(impl_->stemmer)));
}

std::vector<std::string> TermAnalyzer::Terms(std::string_view text) const {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(text)) {
    std::string w = ToLower(t.text);
    // Drop a possessive "'s" (ASCII or curly apostrophe) so "China's" meets "China".
    if (EndsWith(w, "'s"))
      w.resize(w.size() - 2);
    else if (EndsWith(w, "\xE2\x80\x99s"))
      w.resize(w.size() - 4);
    if (w.empty() || IsStopword(w)) continue;
    out.push_back(Stem(w));
  }
  return out;
}

}  // namespace cg

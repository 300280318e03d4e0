// WordNet as a lexical resource for linking: lemmas (WordNet's "morphy" rules and
// exception lists), the synsets of a word's most frequent senses (shared synset = synonym),
// antonym and similar-to relations between synsets. Reads the dict folder of Debian's
// wordnet-base (index.*, data.verb, data.adj, *.exc). A missing folder gives an empty
// lexicon: linking then falls back to stems alone.
// Interface: WordNet. Tested by tests/judge/link_test.cc.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/status.h"

namespace cg {

// Calls f on each line of a WordNet dict file's text but its license header, whose lines
// start with a space.
template <typename F>
void ForEachWordNetLine(std::string_view text, F f) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line[0] != ' ') f(line);
    pos = nl + 1;
  }
}

// A number field of a WordNet line (an offset, a count; w_cnt is hexadecimal), or 0.
inline uint32_t WordNetNumber(std::string_view field, int base = 10) {
  uint32_t v = 0;
  for (char c : field) {
    const int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
    if (d < 0 || d >= base) return 0;
    v = v * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
  }
  return v;
}

struct WordNetOptions {
  size_t senses = 3;  // a word stands for the synsets of its first (most frequent) senses
};

class WordNet {
 public:
  // Fails only on a file that exists but cannot be parsed.
  static Result<WordNet> Load(const std::string& dict_dir, const WordNetOptions& options = {});

  bool empty() const { return index_.empty(); }
  // Lemmas of a lowercase word form, over all parts of speech ("galvanized" ->
  // "galvanize"; "ran" -> "run"). Empty when WordNet does not know the word.
  std::vector<std::string> Lemmas(std::string_view lower_word) const;
  // True when WordNet knows the word as a verb or adjective but never as a noun.
  bool OnlyVerbOrAdjective(std::string_view lower_word) const;
  // True when WordNet knows the word only as a verb.
  bool OnlyVerb(std::string_view lower_word) const;
  // True when WordNet knows the word as an adjective (among other parts of speech).
  bool Adjective(std::string_view lower_word) const;
  // Keeps only the noun synsets of `concepts`, when it has any: for a word read as a noun
  // from its context ("a competitive race" is not the verb "race").
  static void KeepNouns(std::vector<uint32_t>* concepts);
  // Synset keys of the first senses of each lemma of the word, sorted, unique.
  std::vector<uint32_t> Concepts(std::string_view lower_word) const;
  // The synsets themselves, their derivationally related forms and, for adjectives, the
  // cluster they are similar to: "independence" and "self-sufficient" meet at
  // "independent". Sorted, unique. One step each way, so relatedness stays close.
  std::vector<uint32_t> Related(const std::vector<uint32_t>& concepts) const;
  // True when WordNet knows the word (or phrase joined by '-' or '_') in any part of speech.
  bool Known(std::string_view lower_word) const;
  // True when a synset of one word is an antonym of a synset of the other (or of a synset
  // the other is "similar to", as WordNet relates adjective clusters).
  bool Antonyms(std::string_view lower_a, std::string_view lower_b) const;
  // The same over synset keys already looked up with Concepts().
  bool Antonyms(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) const;
  // The two sides of that test, computed once per word: Antonyms(a, b) is true exactly when
  // AntonymsOf(a) and Widened(b) share a synset. Both sorted.
  std::vector<uint32_t> AntonymsOf(const std::vector<uint32_t>& concepts) const;
  std::vector<uint32_t> Widened(const std::vector<uint32_t>& concepts) const;

 private:
  enum Pos : uint8_t { kNoun = 0, kVerb = 1, kAdj = 2, kAdv = 3 };
  static uint32_t Key(Pos pos, uint32_t offset) { return (uint32_t{pos} << 28) | offset; }
  std::vector<std::pair<Pos, std::string>> Morphy(std::string_view word) const;

  WordNetOptions options_;
  // "lemma" -> per part of speech, synset offsets in sense order
  std::unordered_map<std::string, std::vector<uint32_t>> index_;
  std::unordered_map<std::string, std::string> exceptions_[4];    // inflected -> lemma
  std::unordered_map<uint32_t, std::vector<uint32_t>> antonyms_;  // synset -> synsets
  std::unordered_map<uint32_t, std::vector<uint32_t>> similar_;   // adjective clusters
  std::unordered_map<uint32_t, std::vector<uint32_t>> derived_;   // derivationally related
};

}  // namespace cg

// The judge's cue words (stance_lexicon.tsv, rows class<TAB>word): negators, contrast and
// rebuttal frames, hedges, intentions, words of effect (promote / hinder), of outcome
// (success / failure) and of no difference (null), and the frequent words that weigh less.
// A single word is looked up by WordNet lemma, so that "accelerators" (the noun) is not
// "accelerate"; a word WordNet does not know, by Snowball stem. Several words form a phrase,
// matched on lowercase tokens, longest first.
// Interface: CueLexicon, CuePhrase, IsContentClass(). Tested by tests/judge/profile_test.cc.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/status.h"
#include "core/terms.h"
#include "text/wordnet.h"

namespace cg {

struct CuePhrase {
  std::vector<std::string> words;  // lowercase
  std::string cls;
};

// promote, hinder, success, failure: the class of a content word (it stays a word of the
// statement); every other class marks a cue (a function of the sentence, not content).
bool IsContentClass(std::string_view cls);

class CueLexicon {
 public:
  // Fails naming `origin` and the line of a malformed row or an unknown class. `wordnet`
  // (may be null) and `terms` must outlive the lexicon.
  static Result<CueLexicon> Parse(std::string_view text, const std::string& origin,
                                  const WordNet* wordnet, const TermAnalyzer* terms);

  // The class of one word ("" for none), by lemma, else by stem for words WordNet lacks.
  std::string WordClass(const std::string& lower, const std::string& stem) const;
  // Multi-word cues and single cues that are function words (negators, hedges,
  // intentions), longest first, so "no effect" wins over "no".
  const std::vector<CuePhrase>& phrases() const { return phrases_; }
  bool IsFrequentStem(const std::string& stem) const { return frequent_.count(stem) > 0; }

 private:
  void AddWord(const std::string& word, const std::string& cls);

  const WordNet* wordnet_ = nullptr;
  const TermAnalyzer* terms_ = nullptr;
  std::unordered_map<std::string, std::string> lemma_class_;  // WordNet lemma -> class
  std::unordered_map<std::string, std::string> stem_class_;   // stem -> class
  std::vector<CuePhrase> phrases_;
  std::unordered_set<std::string> frequent_;  // stems
};

}  // namespace cg

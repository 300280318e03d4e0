// Reading one statement into a profile (judge/link.h: StatementProfile), as a chain of named
// passes over a token scan. Each pass reads what the earlier ones marked and marks more:
//   ScanTokens     lowercase words ("n't" split off as a negator, "'s" dropped) and clause
//                  boundaries (punctuation, dashes, "but", "while", "because"...)
//   MarkCues       each token's cue class: phrases first, then single words by lemma
//   MarkScopes     what each negator, contrast or rebuttal frame denies (denial toggles, so a
//                  denied denial asserts), what an intention or condition makes irrealis, the
//                  first hedge and "no difference" phrase
//   MarkCauseSide  the words of a clause before its first effect word: the cause
//   MarkAmounts    quantities put low or high ("under $6 million", "a fraction of the cost")
//   AddWords       the content words, with stems, WordNet senses and what the passes marked;
//                  the net direction of effect and outcome asserted
//   MarkOrders     "X before Y", "Y after X", "X prior to Y"
//   ReadFigures    the figures given, written one way ("10 percent" and "10%" both "10%")
//   IndexProfile   the head word of each cue's scope; the synset indexes for pair matching
// Interface: TokenScan, ReadProfile() and the passes. Tested by tests/judge/profile_test.cc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/terms.h"
#include "core/text.h"
#include "judge/cue_lexicon.h"
#include "judge/link.h"
#include "model/model.h"
#include "text/wordnet.h"

namespace cg {

// What the passes know of each token of one statement, index by index.
struct TokenScan {
  std::string text;                // the statement, lowercase, apostrophes folded
  std::vector<Token> tokens;       // into `text`
  std::vector<std::string> low;    // the word ("did" for "didn't", "china" for "china's")
  std::vector<bool> nt;            // the token ended in "n't": a negator
  std::vector<int> shape;          // +1 capitalised inside the sentence (a name), -1
                                   // lowercase, 0 where case says nothing
  std::vector<bool> boundary;      // a clause starts at this token
  std::vector<std::string> cls;    // cue class (CueLexicon), "" for none
  std::vector<bool> cue;           // part of a cue, not a content word
  std::vector<std::string> stems;  // Snowball stem of `low`
  std::vector<int> denials;        // how many scopes deny it (odd: denied)
  std::vector<size_t> denied_by;   // the innermost cue denying it: index into cues
  std::vector<bool> irrealis;      // inside an intention or condition
  std::vector<bool> predicative;   // what a negated copula denies ("was not the wife")
  std::vector<bool> cause_side;    // before its clause's first effect word
  std::vector<int> amount;         // the quantity it names is put low (-1) or high (+1)
  std::vector<std::string> amount_cue;
  std::vector<int> word_at;  // index into the profile's words, -1 for none

  size_t size() const { return tokens.size(); }
  // The first token after the clause of token `from` (<= size(); `from` may be size()).
  size_t ClauseEnd(size_t from) const;
  // The first token of the clause of token `at`.
  size_t ClauseStart(size_t at) const;
  // Token j follows token j - 1 across exactly one hyphen ("self-sufficient").
  bool HyphenJoined(size_t j) const;
  // The cue phrase ending at token `last`, as written.
  std::string PhraseText(size_t last) const;
  // A content word: no cue, no negator, no stopword, no number, no effect word.
  bool Content(size_t k) const;
};

TokenScan ScanTokens(std::string_view statement_text);
void MarkCues(const CueLexicon& lexicon, const TermAnalyzer& terms, TokenScan* scan);
void MarkScopes(const WordNet* wordnet, TokenScan* scan, StatementProfile* p);
void MarkCauseSide(TokenScan* scan);
void MarkAmounts(TokenScan* scan);
void AddWords(const WordNet* wordnet, const CueLexicon& lexicon, TokenScan* scan,
              StatementProfile* p);
void MarkOrders(const TokenScan& scan, StatementProfile* p);
// The figures a statement gives, normalised so that two sources writing one figure meet:
// digit groups joined ("1,000,000" -> "1000000"), a percent sign or "percent" as "%", a
// scale word kept ("200 billion"). Bare years (1900-2099) and bare one-digit numbers are
// left out: they date or count, they state no finding. Sorted, unique.
std::vector<std::string> ReadFigures(const TokenScan& scan);
void IndexProfile(StatementProfile* p);

// All the passes, in order.
StatementProfile ReadProfile(const Statement& statement, const CueLexicon& lexicon,
                             const WordNet* wordnet, const TermAnalyzer& terms);

}  // namespace cg

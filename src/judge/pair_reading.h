// Reading a pair of statement profiles (judge/profile.h) into the typed features of the
// linear models (judge/pair_features.h), as named passes, each one cue of the pair:
//   MatchWords       each word's best match in the other statement (same stem 1, WordNet
//                    synonym 0.7, related form or the same effect class 0.5)
//   Similarity       the mean of how much of each statement the other covers
//   FindClash        shared words one statement denies and the other asserts, where the
//                    denial covers a shared predicate (and, for a denied effect, its cause)
//   EffectsOppose    one says the cause promotes what the other says it hinders
//   NullAgainstEffect one says the cause made no difference, the other that it had an effect
//   OppositeOrder    the same two events in the opposite order
//   AntonymPair      a WordNet antonym pair, or a word and its negative-prefix form
//   SharedPredicate  a verb both assert, or a predicate both deny
//   SharedAmount     the same quantity put on the same side
//   SharedFigures    the figures both give
// ReadPair runs them all; ExplainPair says in words what a reader can check against the two
// quotes. Interface: PairReading, ReadPair(), ExplainPair() and the passes. Tested by
// tests/judge/pair_reading_test.cc.
#pragma once

#include <string>
#include <vector>

#include "judge/link.h"
#include "judge/pair_features.h"

namespace cg {

// How closely two words match: 1 same stem, 0.7 a shared WordNet synset, 0.5 a related
// form or adjective cluster, or the same effect class; 0 otherwise.
double WordSimilarity(const LinkWord& x, const LinkWord& y);

struct WordMatch {
  double strength = 0;
  int other = -1;  // index of the best match in the other statement, -1 for none
};
struct PairMatches {
  std::vector<WordMatch> a, b;  // per word of a (into b's words) and of b (into a's)
};

// A denial of shared words: which statement denies, with which cue, and what.
struct Clash {
  double share = 0;  // weight of the clashing words over all matched words; 0: no clash
  const StatementProfile* denier = nullptr;
  size_t cue = 0;                  // index into the denier's cues
  std::vector<std::string> words;  // up to 6: "tariffs", "rose~increased"
  bool framed() const;             // through a frame (rebuttal, contrast), not a negator
};

PairMatches MatchWords(const StatementProfile& a, const StatementProfile& b);
double Similarity(const StatementProfile& a, const StatementProfile& b, const PairMatches& m);
Clash FindClash(const StatementProfile& a, const StatementProfile& b, const PairMatches& m);
bool EffectsOppose(const StatementProfile& a, const StatementProfile& b, const PairMatches& m);
bool NullAgainstEffect(const StatementProfile& a, const StatementProfile& b);
// "A puts "x" before "y", B the other way ("after")", or "" when the orders agree.
std::string OppositeOrder(const StatementProfile& a, const StatementProfile& b);
// ""x" / "y"", or "".
std::string AntonymPair(const StatementProfile& a, const StatementProfile& b, const PairMatches& m);
// "assert "x"~"y"", "deny "x" ("not" / "never")", or "".
std::string SharedPredicate(const StatementProfile& a, const StatementProfile& b,
                            const PairMatches& m);
// ""cost" low ("under" / "fraction of")", or "".
std::string SharedAmount(const StatementProfile& a, const StatementProfile& b,
                         const PairMatches& m);

// The figures both statements give, sorted.
std::vector<std::string> SharedFigures(const StatementProfile& a, const StatementProfile& b);

// Everything the passes found in one pair (a before b: the caller orders them).
struct PairReading {
  PairMatches matches;
  double similarity = 0;
  std::vector<std::string> common_entities;
  Clash clash;
  bool close = false;  // close enough for one-sided cues and antonyms to count
  bool effect = false, null_vs = false, outcome = false;
  std::string order, antonym, predicate, amount;
  std::vector<std::string> figures;
  PairFeatures features;
};

// The pair's features; with `full` false, stops after the similarity when it is below
// `options.min_similarity` (the pair will not be linked), leaving the rest empty.
PairReading ReadPair(const StatementProfile& a, const StatementProfile& b,
                     const LinkOptions& options, bool full);
// The reason of an edge of `type` ("supports", "contradicts", "none"): its strongest cues,
// shared entities, hedges and the overlap, joined by "; ".
std::string ExplainPair(const StatementProfile& a, const StatementProfile& b, const PairReading& r,
                        const std::string& type);

}  // namespace cg

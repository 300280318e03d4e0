// Linking: decides whether two statements of different sources back or contest each
// other, with a score and a reason a person can check. A statement is first read into a
// profile (content words with stems and WordNet senses, the scope of negations, rebuttal
// and contrast frames, the direction of effect and outcome words, hedges); a pair of
// profiles gives typed features (judge/pair_features.h), and two linear models over them
// (judge/linear_model.h; the weights are data, learned from labelled pairs:
// ingest/data/link_weights.tsv) give the supports and contradicts scores. Pure and symmetric:
// Link(a, b) and Link(b, a) give the same edge, so the graph does not depend on the order articles
// arrive in. Interface: Linker, LinkerData. Tested by tests/judge/link_test.cc.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/terms.h"
#include "judge/cue_lexicon.h"
#include "judge/linear_model.h"
#include "model/model.h"
#include "text/wordnet.h"

namespace cg {

struct PairReading;

struct LinkOptions {
  // Candidate retrieval: statements sharing at least this many index terms (frequent
  // words aside) are compared. Symmetric, so the order of arrival does not matter.
  size_t min_shared_terms = 2;
  double min_similarity = 0.2;      // pairs sharing less are never linked
  double min_cue_similarity = 0.2;  // antonyms and one-sided cues need pairs this close
  // Decision thresholds when the weights file gives none (it gives both, learned).
  double min_score = 0.5;  // a supports edge is kept at or above this score
  // Without a shared direction of effect or asserted verb, two statements back each other
  // only when they say nearly the same words: a shared topic is not a shared claim.
  double min_topic_similarity = 0.6;
  double min_contradicts_score = 0.8;  // a contradiction is a strong claim: a higher bar
  // Two statements whose articles share fewer of their key terms (Linker::Context) are on
  // different stories and are never linked: shared words of two sentences are not a shared
  // subject when the articles around them are about different things.
  size_t context_terms = 20;      // an article's key terms: its most repeated index terms
  size_t min_shared_context = 4;  // of which two articles must share this many (or all
                                  // of the shorter list); tuned on the FNC-1 training
                                  // bodies and the tuning gold (bench/fnc1_edges.sh)
  // A source that reports both views ("critics say X; in fact not X") contradicts itself:
  // such pairs get contradicts edges. A source never supports itself: repeating a claim
  // is not independent backing.
  bool link_within_source = true;
};

// One content word of a statement, as linking sees it.
struct LinkWord {
  std::string text;                // lowercase surface form
  std::string stem;                // Snowball stem
  size_t stem_hash = 0;            // std::hash of stem: a cheap first test of equality
  std::vector<uint32_t> concepts;  // WordNet synsets of its first senses
  std::vector<uint32_t> related;   // those, their derived forms and adjective clusters
  // For fast comparison: one bit per synset (by its low 6 bits) of concepts and related, so
  // two words whose bits do not meet share no synset; and the antonym test's two sides,
  // the synsets opposed to this word's (non-noun) senses and its senses with their
  // adjective clusters (WordNet::AntonymsOf, WordNet::Widened).
  uint64_t concept_bits = 0, related_bits = 0;
  std::vector<uint32_t> opposed, widened;
  double weight = 1;       // frequent words weigh less
  int effect = 0;          // +1 promote, -1 hinder (lexicon class), 0 none
  int outcome = 0;         // +1 success, -1 failure
  bool denied = false;     // inside the scope of a negator, contrast or rebuttal frame
  bool irrealis = false;   // inside an intention or condition ("designed to", "if")
  bool predicate = false;  // says something of its subject: an effect or outcome word, or
                           // a word WordNet knows only as a verb or adjective
  size_t cue = 0;          // for denied words: index into the profile's cues
  bool verb = false;       // an effect or outcome word, or one WordNet knows only as a verb
  bool name = false;       // a word of a name: a resolved entity's, or capitalised inside
                           // the sentence ("the Affordable Care Act"): it asserts nothing
  int shape = 0;           // written with a capital inside the sentence (+1), in lowercase
                           // (-1), or at its start, where case says nothing (0)
  bool cause = false;      // before the first effect word of its clause: the cause side
  int amount = 0;          // the quantity it names is put low (-1) or high (+1)
  std::string amount_cue;  // the word that says so ("under", "lower", "fraction of")
};

// "X before Y": indices into the profile's words of each side.
struct EventOrder {
  std::vector<int> earlier, later;
  std::string cue;  // "before", "after", "prior to", "pre-"
};

struct StatementProfile {
  std::string id, source;
  std::vector<LinkWord> words;
  std::vector<std::string> entities;  // sorted
  std::vector<std::string> cues;      // the negation and frame words, as written
  std::vector<EventOrder> orders;
  std::vector<bool> framed;    // per cue: a frame (rebuttal, contrast), not a negator
  std::vector<int> cue_head;   // per cue: its first denied word, -1 if none ("approve" in
                               // "did not approve the new fees"): what a plain negator denies
  double effect = 0;           // net effect direction asserted (denied words count against)
  double asserted_effect = 0;  // the same over effect words not denied
  double outcome = 0;          // net success (+) or failure (-)
  std::string effect_word, outcome_word, null_word, hedge_word;
  bool attributed = false;
  std::vector<std::string> figures;  // the figures it gives (ReadFigures), sorted
  // (synset, word index) over every word's concepts and related synsets, sorted: two
  // profiles are merged once to find which of their words share a synset.
  std::vector<std::pair<uint32_t, uint32_t>> concept_index, related_index;
  // The key terms of the article the statement comes from (Linker::Context), sorted; empty
  // when it has none (a claim in a user's words): then no story test is made.
  std::vector<std::string> context;
};

// What a linker is built from, read by its caller (the judge reads no files): the cue
// lexicon (stance_lexicon.tsv) and the weights of its models (link_weights.tsv), each with
// the name its errors give.
struct LinkerData {
  std::string lexicon, lexicon_origin;
  std::string weights, weights_origin;
};

class Linker {
 public:
  // Fails naming the origin and line of a malformed row. `wordnet` and `terms` must
  // outlive the linker.
  static Result<Linker> Create(const LinkerData& data, const WordNet* wordnet,
                               const TermAnalyzer* terms, const LinkOptions& options = {});

  const LinkOptions& options() const { return options_; }
  StatementProfile Profile(const Statement& statement) const;
  // An article's key terms: its `context_terms` most repeated index terms (frequent words
  // aside; ties by term), sorted. A function of the text alone, so order-free.
  std::vector<std::string> Context(std::string_view article_text) const;
  // The edge between two statements, or nullopt when they are unrelated or the evidence
  // is too weak. Statements of one source only ever contradict each other. Symmetric in
  // its arguments.
  std::optional<Edge> Link(const StatementProfile& a, const StatementProfile& b) const;
  // The same judgement, kept even when no edge results (type "none"): the features and
  // scores, for a person asking why two statements are or are not linked.
  Edge Compare(const StatementProfile& a, const StatementProfile& b) const;
  // How much of `x` `y` covers, word by word: for each word of `x`, its best match in `y`
  // (the same stem 1, a synonym 0.7, a related form 0.5). Not symmetric: a claim is
  // covered by a statement that says all of it and more.
  std::vector<double> WordCoverage(const StatementProfile& x, const StatementProfile& y) const;
  // True for an index term too common to retrieve candidates by.
  bool IsFrequentTerm(std::string_view term) const;

 private:
  std::optional<Edge> LinkOrdered(const StatementProfile& a, const StatementProfile& b,
                                  bool keep_all) const;
  // "contradicts", "supports" or "none", from the two models' probabilities and the cues
  // each type needs.
  std::string Decide(const StatementProfile& a, const StatementProfile& b, const PairReading& r,
                     double p_contra, double p_support) const;

  const WordNet* wordnet_ = nullptr;
  const TermAnalyzer* terms_ = nullptr;
  LinkOptions options_;
  CueLexicon lexicon_;
  LinearModel contradicts_, supports_;
};

}  // namespace cg

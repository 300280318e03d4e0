// The learned stance model: reads a claim and an article and decides whether the article
// is about the claim and, if so, whether it backs it, contests it or only discusses it.
// Features that carry over to any topic (how much of the claim the article's best matching
// sentences cover, refuting, hedging, reporting and confirming words near them, negation,
// numbers that disagree) feed two L2-regularised logistic regressions (liblinear's primal
// solver, which has no random step): one for related / unrelated, one for the stance of a
// related article. Training and prediction are deterministic: the same examples give the
// same model file, byte for byte.
// Interface: StanceText, StanceModel, TrainStanceModel(). Tested by
// tests/ingest/stance_model_test.cc.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/status.h"
#include "core/terms.h"

namespace cg {

// General English cue words, by class (refute, hedge, report, confirm, negator), matched
// by Snowball stem; read from stance_cues.tsv.
struct StanceCues {
  // A word's class by its lowercase form first, then by its stem (the first class listed
  // for a stem keeps it), so "reportedly" (hedge) is not "report" (report).
  std::unordered_map<std::string, uint8_t> word_class, stem_class;
  int ClassOf(const std::string& lower, const std::string& stem) const;
  static Result<StanceCues> Load(const std::string& path, const TermAnalyzer& terms);
};

// A text read for stance: sentences with their cue words and numbers, and an index of
// its content stems (stopwords left out), with byte offsets into the text.
enum StanceCue : uint8_t { kRefute = 0, kHedge, kReport, kConfirm, kNegator, kCueClasses };

struct StanceText {
  struct Sentence {
    uint32_t start = 0, end = 0;  // bytes of the text
    uint32_t tokens = 0;
    uint16_t cues[kCueClasses] = {};
    bool quoted = false;               // holds a quotation mark
    bool question = false;             // ends with a question mark
    std::vector<std::string> numbers;  // digit tokens ("43", "2014")
    std::vector<std::string> words;    // every token's stem, stopwords included
  };
  std::vector<Sentence> sentences;
  std::vector<std::string> content;                              // content stems, in order
  std::unordered_map<std::string, std::vector<uint32_t>> where;  // stem -> sentences
  std::unordered_map<std::string, uint32_t> tf;                  // stem -> count
  std::unordered_set<std::string> bigrams;  // adjacent content stems in one sentence
  size_t tokens = 0;
  double norm = 0;  // the length of its tf-idf vector (SetNorm)

  static StanceText Read(std::string_view text, const TermAnalyzer& terms, const StanceCues& cues);
};

// How rare a stem is among the articles at hand: idf(stem).
using IdfFn = std::function<double(const std::string& stem)>;
// Sets text->norm under `idf` (once per article and idf table).
void SetNorm(StanceText* text, const IdfFn& idf);

// The features of (claim, article), in the order of FeatureNames().
struct StanceFeatures {
  std::vector<double> values;
  std::vector<size_t> best;   // the article's sentences closest to the claim, closest first
  std::vector<double> cover;  // the share of the claim's rarity each of those holds
  // The words of those sentences that are not the claim's, sorted: what the article says
  // about the claim ("hoax", "confirmed", "not").
  std::vector<std::string> near_words;
};
const std::vector<std::string>& StanceFeatureNames();
// `near_words` false leaves them out (AddNearWords adds them): P(related) does not read
// them, so an unrelated article costs less.
StanceFeatures ComputeStanceFeatures(const StanceText& claim, const StanceText& article,
                                     const IdfFn& idf, bool near_words = true);
void AddNearWords(const StanceText& claim, const StanceText& article, StanceFeatures* features);
// The share of the claim's rarity the article holds (the feature cover_all): below the
// model's min_cover the article is unrelated without being scored. StanceCorpus::Candidates
// gives the same share for every article at once.
double ClaimCover(const StanceFeatures& features);

// Articles read for stance, with the document frequency of each stem over them and an
// index from stem to article. The rarity of a stem is idf = ln((N + 1) / (df + 1)) + 1.
class StanceCorpus {
 public:
  void Add(std::string id, StanceText text);
  // Counts document frequencies and sets each article's norm. Call after the last Add.
  void Finish();
  double Idf(const std::string& stem) const;
  IdfFn idf() const {
    return [this](const std::string& stem) { return Idf(stem); };
  }
  // The articles holding stems that make up at least `min_cover` of the claim's rarity,
  // with that share, by article index.
  std::vector<std::pair<size_t, double>> Candidates(const StanceText& claim,
                                                    double min_cover) const;
  size_t size() const { return ids_.size(); }
  const std::string& id(size_t i) const { return ids_[i]; }
  const StanceText& text(size_t i) const { return texts_[i]; }

 private:
  std::vector<std::string> ids_;
  std::vector<StanceText> texts_;
  std::unordered_map<std::string, std::vector<uint32_t>> articles_;  // stem -> articles
};

struct StancePrediction {
  double related = 0;  // P(the article is about the claim)
  // P(supports), P(contradicts), P(discusses), given related.
  double supports = 0, contradicts = 0, discusses = 0;
  std::string stance;  // "supports", "contradicts", "discusses" or "unrelated"
  double score = 0;    // P of the stance chosen (for unrelated, 1 - related)
};

// One feature's push toward a stance: a named feature, or a near word (its stem).
struct StancePush {
  std::string feature;  // a name of StanceFeatureNames(), or "" for a near word
  std::string word;     // the near word's stem, or ""
  double push = 0;      // weight times standardised value, > 0
};

class StanceModel {
 public:
  static Result<StanceModel> Load(const std::string& path);
  static Result<StanceModel> Parse(std::string_view text, const std::string& name);
  // The model file: feature names, then one weight row per decision, printed with 9
  // significant digits.
  std::string Serialize() const;

  // P(related) alone (the near words are not read).
  double Related(const StanceFeatures& features) const;
  StancePrediction Predict(const StanceFeatures& features) const;
  // The features that pushed `stance` most, strongest first: {"refute_near", "", 1.30},
  // {"", "hoax", 0.82} (a near word, by stem). StanceReason (stance_reason.h) puts them in
  // words.
  std::vector<StancePush> Explain(const StanceFeatures& features, const std::string& stance,
                                  size_t n) const;
  bool empty() const { return related_.empty(); }
  // An article holding less than this share of the claim's rarity is unrelated without
  // being scored (the candidates of the model, at training as when answering).
  double min_cover() const { return min_cover_; }

 private:
  friend Result<StanceModel> TrainStanceModel(const std::vector<StanceFeatures>&,
                                              const std::vector<std::string>&,
                                              const struct StanceTrainOptions&, double,
                                              const std::vector<size_t>&);
  std::vector<std::string> names_;
  std::vector<double> mean_, scale_;  // standardisation of each feature
  std::vector<std::string> words_;    // the near words the stance model weighs, sorted
  std::unordered_map<std::string, size_t> word_index_;
  std::vector<double> related_;  // weights of P(related): features, then the bias
  // Weights of supports, contradicts, discusses: features, then words, then the bias.
  std::vector<std::vector<double>> stance_;
  // Standardised features then word indicators, as liblinear reads them.
  std::vector<std::pair<size_t, double>> Row(const StanceFeatures& f, bool words) const;
  double min_cover_ = 0.2;
  std::vector<double> prior_;  // per stance: added to its log-odds before the argmax
};

struct StanceTrainOptions {
  double c_related = 1.0;  // inverse L2 strength of the related model
  double c_stance = 0.1;
  double eps = 1e-4;  // liblinear's stopping tolerance
  // Class weights of supports, contradicts and discusses: rare classes weigh more.
  double weight_supports = 2.0, weight_contradicts = 6.0, weight_discusses = 1.0;
  // A near word enters the stance model when the related examples of this many groups
  // (topics: claims and articles joined by related pairs) hold it, so that the words
  // learned say something about stance in general, not about one story.
  size_t min_word_groups = 20;
};

// `labels` are "supports", "contradicts", "discusses" or "unrelated".
Result<StanceModel> TrainStanceModel(const std::vector<StanceFeatures>& features,
                                     const std::vector<std::string>& labels,
                                     const StanceTrainOptions& options, double min_cover,
                                     const std::vector<size_t>& groups);

}  // namespace cg

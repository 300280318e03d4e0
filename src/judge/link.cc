// Linking two statements. Profile() reads one statement once; Link() compares two
// profiles. The features (all symmetric in the two statements):
//   similarity  shared content, weighted: same stem 1, WordNet synonym 0.7, WordNet
//               related form or adjective cluster ("independence" / "self-sufficient")
//               0.5, two words of the same effect class ("boost" / "strengthen") 0.5
//   entities    Jaccard overlap of the resolved entities
//   clash       share of the shared words that one statement denies and the other asserts
//               (negation, "instead of X", "the claim that X is untrue", "denies X")
//   frame       the clash comes through a rebuttal or contrast frame, not a plain negator
//   effect      one statement says the cause promotes what the other says it hinders
//   null        one says the cause made no difference, the other that it had an effect
//   outcome     one says the effort succeeded, the other that it failed
//   antonym     a WordNet antonym pair, or a word and its negative-prefix form
//   order       the same two events in opposite order ("X before Y" / "Y before X")
//   hedge       either statement is hedged ("may", "likely")
//   attributed  either statement is put in someone else's mouth ("according to X", "X
//               said"); its weight is learned like the others
//   hedge_mismatch (supports) one is hedged or attributed and the other is not
//   direction   both say the cause promotes, or both that it hinders; or the same outcome
//   predicate   both assert the same verb (or a synonym), or both deny the same verb or
//               adjective; not merely intended
//   amount      both put the same quantity on the same side ("under $6 million" / "a
//               fraction of the cost")
//   figures     figures both give ("25%", "200 billion"; years and one-digit counts aside),
//               up to three, over three
// A support needs more than a shared topic: the same direction, a shared asserted verb, the
// same quantity put on the same side, figures both give, or near-identical wording.
// Two linear models over them (judge/linear_model.h), with weights learned from labelled
// pairs (link_weights.tsv, rebuilt by bench/train_link.sh), give P(contradicts) and
// P(supports). A contradiction needs at least one opposition feature; a support
// needs none.
#include "judge/link.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "judge/pair_reading.h"
#include "judge/profile.h"

namespace cg {

namespace {

double Round3(double x) { return std::round(x * 1000.0) / 1000.0; }

size_t SharedCount(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] < y[j]) {
      ++i;
    } else if (y[j] < x[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

}  // namespace

Result<Linker> Linker::Create(const LinkerData& data, const WordNet* wordnet,
                              const TermAnalyzer* terms, const LinkOptions& options) {
  Linker l;
  l.wordnet_ = wordnet;
  l.terms_ = terms;
  l.options_ = options;
  auto lexicon = CueLexicon::Parse(data.lexicon, data.lexicon_origin, wordnet, terms);
  if (!lexicon.ok()) return lexicon.status();
  l.lexicon_ = std::move(*lexicon);
  auto models = ParseLinearModels(data.weights, data.weights_origin, {"contradicts", "supports"});
  if (!models.ok()) return models.status();
  l.contradicts_ = (*models)["contradicts"];
  l.supports_ = (*models)["supports"];
  return l;
}

StatementProfile Linker::Profile(const Statement& st) const {
  return ReadProfile(st, lexicon_, wordnet_, *terms_);
}

bool Linker::IsFrequentTerm(std::string_view term) const {
  return lexicon_.IsFrequentStem(std::string(term));
}

std::vector<std::string> Linker::Context(std::string_view article_text) const {
  std::map<std::string, size_t> tf;
  for (std::string& t : terms_->Terms(article_text))
    if (!IsFrequentTerm(t)) ++tf[std::move(t)];
  std::vector<std::pair<size_t, std::string>> ranked;
  for (auto& [term, n] : tf)
    if (n >= 2) ranked.emplace_back(n, term);
  // Most repeated first; ties by term, so the same text gives the same terms.
  std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  if (ranked.size() > options_.context_terms) ranked.resize(options_.context_terms);
  std::vector<std::string> out;
  for (auto& [n, term] : ranked) out.push_back(std::move(term));
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<Edge> Linker::Link(const StatementProfile& a, const StatementProfile& b) const {
  if (a.id == b.id) return std::nullopt;
  if (a.source == b.source && !options_.link_within_source) return std::nullopt;
  // Different stories: the articles around the two statements share too few key terms.
  // (A short article has few repeated terms: it must share all of them, up to the bound.)
  const size_t required =
      std::min(options_.min_shared_context, std::min(a.context.size(), b.context.size()));
  if (a.source != b.source && SharedCount(a.context, b.context) < required) return std::nullopt;
  return a.id < b.id ? LinkOrdered(a, b, false) : LinkOrdered(b, a, false);
}

std::vector<double> Linker::WordCoverage(const StatementProfile& x,
                                         const StatementProfile& y) const {
  std::vector<double> best(x.words.size(), 0.0);
  for (size_t i = 0; i < x.words.size(); ++i)
    for (const LinkWord& wy : y.words) best[i] = std::max(best[i], WordSimilarity(x.words[i], wy));
  return best;
}

Edge Linker::Compare(const StatementProfile& a, const StatementProfile& b) const {
  return *(a.id < b.id ? LinkOrdered(a, b, true) : LinkOrdered(b, a, true));
}

std::optional<Edge> Linker::LinkOrdered(const StatementProfile& a, const StatementProfile& b,
                                        bool keep_all) const {
  const PairReading r = ReadPair(a, b, options_, keep_all);
  if (r.similarity < options_.min_similarity && !keep_all) return std::nullopt;
  const PairFeatures& f = r.features;
  const double p_contra = contradicts_.Probability(f);
  const double p_support = supports_.Probability(f);
  const std::string type = Decide(a, b, r, p_contra, p_support);
  if (type == "none" && !keep_all) return std::nullopt;
  Edge e;
  e.from = a.id;
  e.to = b.id;
  e.similarity = Round3(r.similarity);
  e.type = type;
  e.score = type == "contradicts" ? Round3(p_contra) : type == "supports" ? Round3(p_support) : 0;
  for (size_t k = 0; k < kPairFeatureCount; ++k)
    e.features.emplace_back(std::string(PairFeatureName(static_cast<PairFeature>(k))), f.values[k]);
  e.features.emplace_back("p_contradicts", Round3(p_contra));
  e.features.emplace_back("p_supports", Round3(p_support));
  e.why = ExplainPair(a, b, r, type);
  return e;
}

std::string Linker::Decide(const StatementProfile& a, const StatementProfile& b,
                           const PairReading& r, double p_contra, double p_support) const {
  const PairFeatures& f = r.features;
  const bool linked = r.similarity >= options_.min_similarity;
  // Within one source a plain negation or an antonym is mostly the author elaborating
  // ("compute was never the scarce input; the scarce input is talent") or answering a
  // point in passing; a reported view shows as a frame (rebuttal, "instead of", "failed
  // to"), "no effect" or events put in the other order.
  const bool reported_view = r.clash.framed() || r.null_vs || !r.order.empty();
  const bool allowed = a.source != b.source || reported_view;
  const double contra_min =
      contradicts_.threshold >= 0 ? contradicts_.threshold : options_.min_contradicts_score;
  const double support_min = supports_.threshold >= 0 ? supports_.threshold : options_.min_score;
  // Raw sum, as the models see its clipped value: any opposition cue at all.
  const bool opposed = f[PairFeature::kOpposition] > 0;
  if (linked && allowed && opposed && p_contra >= contra_min) return "contradicts";
  // A support needs more than a shared topic: the same direction, a shared asserted verb,
  // the same quantity put on the same side, figures both give, or near-identical wording.
  const bool same_claim = f[PairFeature::kDirection] > 0 || f[PairFeature::kPredicate] > 0 ||
                          f[PairFeature::kAmount] > 0 || f[PairFeature::kFigures] > 0 ||
                          r.similarity >= options_.min_topic_similarity;
  if (linked && !opposed && p_support >= support_min && a.source != b.source && same_claim)
    return "supports";
  return "none";
}

}  // namespace cg

// The learned stance model. A text is read once into sentences of stems and cue counts;
// the features of a (claim, article) pair are then sums over the article's sentences that
// share the claim's stems, weighted by rarity. Two logistic regressions read them, trained
// by liblinear's primal trust-region Newton solver (deterministic: no random step).
#include "ingest/stance_model.h"

#include <linear.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <numeric>
#include <set>
#include <sstream>

#include "core/text.h"
#include "ingest/gazetteer.h"  // ReadAll

namespace cg {

namespace {

constexpr const char* kCueNames[kCueClasses] = {"refute", "hedge", "report", "confirm", "negator"};

// Sentences end at . ! ? followed by a space or line end, and at line breaks.
bool SentenceEnd(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == '\n') return true;
  if (c != '.' && c != '!' && c != '?') return false;
  return i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n' || text[i + 1] == '"' ||
         text[i + 1] == '\'';
}

bool AllDigits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return IsAsciiDigit(c); });
}

// Coverage of the claim by one set of the article's sentences: the rarity-weighted share of
// the claim's distinct stems they hold.
struct ClaimStem {
  const std::vector<uint32_t>* where = nullptr;  // the article's sentences holding it
  double idf = 0;
};

}  // namespace

Result<StanceCues> StanceCues::Load(const std::string& path, const TermAnalyzer& terms) {
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot read the stance cue words");
  StanceCues cues;
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos)
      return Status::InvalidArgument(path + ":" + std::to_string(n) + ": expected class<TAB>word");
    const std::string cls = line.substr(0, tab);
    const auto it = std::find(std::begin(kCueNames), std::end(kCueNames), cls);
    if (it == std::end(kCueNames))
      return Status::InvalidArgument(path + ":" + std::to_string(n) + ": unknown class '" + cls +
                                     "'");
    const std::string word = ToLower(Trim(line.substr(tab + 1)));
    const auto k = static_cast<uint8_t>(it - std::begin(kCueNames));
    cues.word_class[word] = k;
    cues.stem_class.emplace(terms.Stem(word), k);
  }
  return cues;
}

int StanceCues::ClassOf(const std::string& lower, const std::string& stem) const {
  if (auto it = word_class.find(lower); it != word_class.end()) return it->second;
  if (auto it = stem_class.find(stem); it != stem_class.end()) return it->second;
  return -1;
}

StanceText StanceText::Read(std::string_view text, const TermAnalyzer& terms,
                            const StanceCues& cues) {
  StanceText out;
  std::vector<Token> tokens = Tokenize(text);
  size_t k = 0;
  size_t begin = 0;
  std::unordered_map<std::string, uint32_t> seen_in_sentence;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && !SentenceEnd(text, i)) continue;
    const size_t end = std::min(i + 1, text.size());
    Sentence s;
    s.question = i < text.size() && text[i] == '?';
    s.start = static_cast<uint32_t>(begin);
    s.end = static_cast<uint32_t>(end);
    const uint32_t index = static_cast<uint32_t>(out.sentences.size());
    std::string previous;
    for (; k < tokens.size() && tokens[k].start < end; ++k) {
      std::string lower = ToLowerFoldApostrophes(tokens[k].text);
      ++s.tokens;
      if (lower.ends_with("'s")) lower.resize(lower.size() - 2);  // as index terms do
      if (lower.empty()) continue;
      if (lower.size() > 3 && lower.ends_with("n't")) {
        ++s.cues[kNegator];
        s.words.push_back("n't");
        continue;
      }
      if (AllDigits(lower)) s.numbers.push_back(lower);
      s.words.push_back(IsStopword(lower) ? lower : terms.Stem(lower));
      if (IsStopword(lower)) {
        if (const int c = cues.ClassOf(lower, lower); c >= 0) ++s.cues[c];
        continue;
      }
      std::string stem = s.words.back();
      if (const int c = cues.ClassOf(lower, stem); c >= 0) ++s.cues[c];
      ++out.tf[stem];
      auto& where = out.where[stem];
      if (where.empty() || where.back() != index) where.push_back(index);
      if (!previous.empty()) out.bigrams.insert(previous + " " + stem);
      previous = stem;
      out.content.push_back(std::move(stem));
    }
    for (size_t j = begin; j < end; ++j)
      if (text[j] == '"') s.quoted = true;
    out.tokens += s.tokens;
    if (s.tokens > 0) out.sentences.push_back(std::move(s));
    begin = end;
  }
  return out;
}

void SetNorm(StanceText* text, const IdfFn& idf) {
  double sum = 0;
  for (const auto& [stem, n] : text->tf) {
    const double w = n * idf(stem);
    sum += w * w;
  }
  text->norm = std::sqrt(sum);
}

const std::vector<std::string>& StanceFeatureNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v = {"cosine",         "cover_all",     "cover_best", "cover_second",
                                  "cover_lead",     "close",         "bigrams",    "missing_rare",
                                  "claim_len",      "article_len",   "question",   "quoted_near",
                                  "numbers_differ", "numbers_shared"};
    for (const char* cue : kCueNames)
      for (const char* where : {"_near", "_lead", "_all", "_claim"})
        v.push_back(std::string(cue) + where);
    for (const char* cue : kCueNames) v.push_back(std::string(cue) + "_near_x_cover");
    return v;
  }();
  return names;
}

StanceFeatures ComputeStanceFeatures(const StanceText& claim, const StanceText& article,
                                     const IdfFn& idf, bool near_words) {
  StanceFeatures out;
  std::vector<double>& f = out.values;
  f.reserve(StanceFeatureNames().size());
  // The claim's distinct stems, with their rarity and where the article holds them.
  std::vector<ClaimStem> stems;
  double total = 0, dot = 0, max_idf = 0, missing = 0;
  for (const auto& [stem, n] : claim.tf) {
    ClaimStem cs;
    cs.idf = idf(stem);
    total += cs.idf;
    max_idf = std::max(max_idf, cs.idf);
    if (auto it = article.where.find(stem); it != article.where.end()) {
      cs.where = &it->second;
      dot += n * cs.idf * article.tf.at(stem) * cs.idf;
    } else {
      missing = std::max(missing, cs.idf);
    }
    stems.push_back(cs);
  }
  std::vector<double> cover(article.sentences.size(), 0.0);
  double cover_all = 0, cover_lead = 0;
  for (const ClaimStem& cs : stems) {
    if (!cs.where) continue;
    cover_all += cs.idf;
    for (uint32_t s : *cs.where) cover[s] += cs.idf;
    if (cs.where->front() < 2) cover_lead += cs.idf;
  }
  const double t = std::max(total, 1e-9);
  for (double& c : cover) c /= t;
  std::vector<size_t> order(cover.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t x, size_t y) { return cover[x] > cover[y]; });
  size_t close = 0;
  for (double c : cover) close += c >= 0.34;
  size_t bigrams = 0, claim_bigrams = 0;
  for (size_t i = 1; i < claim.content.size(); ++i) {
    ++claim_bigrams;
    bigrams += article.bigrams.count(claim.content[i - 1] + " " + claim.content[i]);
  }
  const double claim_norm = [&] {
    double s = 0;
    for (const auto& [stem, n] : claim.tf) {
      const double w = n * idf(stem);
      s += w * w;
    }
    return std::sqrt(s);
  }();
  const double best = order.empty() ? 0.0 : cover[order[0]];
  const double second = order.size() < 2 ? 0.0 : cover[order[1]];
  for (size_t i = 0; i < order.size() && i < 3 && cover[order[i]] > 0; ++i) {
    out.best.push_back(order[i]);
    out.cover.push_back(cover[order[i]]);
  }

  f.push_back(claim_norm > 0 && article.norm > 0 ? dot / (claim_norm * article.norm) : 0.0);
  f.push_back(cover_all / t);
  f.push_back(best);
  f.push_back(second);
  f.push_back(cover_lead / t);
  f.push_back(std::log1p(static_cast<double>(close)));
  f.push_back(claim_bigrams ? static_cast<double>(bigrams) / claim_bigrams : 0.0);
  f.push_back(max_idf > 0 ? missing / max_idf : 0.0);
  f.push_back(std::log1p(static_cast<double>(claim.tf.size())));
  f.push_back(std::log1p(static_cast<double>(article.tokens)));
  bool question = false;
  uint32_t claim_cues[kCueClasses] = {};
  std::vector<std::string> claim_numbers;
  for (const auto& s : claim.sentences) {
    for (int c = 0; c < kCueClasses; ++c) claim_cues[c] += s.cues[c];
    claim_numbers.insert(claim_numbers.end(), s.numbers.begin(), s.numbers.end());
  }
  for (const auto& s : claim.sentences) question = question || s.question;
  f.push_back(question ? 1.0 : 0.0);
  double quoted = 0;
  uint32_t near[kCueClasses] = {}, lead[kCueClasses] = {}, all[kCueClasses] = {};
  bool differ = false, shared = false;
  for (size_t i = 0; i < out.best.size(); ++i) {
    const auto& s = article.sentences[out.best[i]];
    quoted += s.quoted;
    for (int c = 0; c < kCueClasses; ++c) near[c] += s.cues[c];
    if (i == 0 && !claim_numbers.empty() && !s.numbers.empty()) {
      const bool any = std::any_of(s.numbers.begin(), s.numbers.end(), [&](const std::string& n) {
        return std::find(claim_numbers.begin(), claim_numbers.end(), n) != claim_numbers.end();
      });
      (any ? shared : differ) = true;
    }
  }
  for (size_t i = 0; i < article.sentences.size(); ++i)
    for (int c = 0; c < kCueClasses; ++c) {
      all[c] += article.sentences[i].cues[c];
      if (i < 2) lead[c] += article.sentences[i].cues[c];
    }
  f.push_back(out.best.empty() ? 0.0 : quoted / out.best.size());
  f.push_back(differ ? 1.0 : 0.0);
  f.push_back(shared ? 1.0 : 0.0);
  const double per = 100.0 / std::max<double>(article.tokens, 1.0);
  for (int c = 0; c < kCueClasses; ++c) {
    f.push_back(std::log1p(near[c]));
    f.push_back(std::log1p(lead[c]));
    f.push_back(std::log1p(all[c] * per));
    f.push_back(std::log1p(claim_cues[c]));
  }
  for (int c = 0; c < kCueClasses; ++c) f.push_back(std::log1p(near[c]) * best);
  if (near_words) AddNearWords(claim, article, &out);
  return out;
}

double ClaimCover(const StanceFeatures& features) {
  static const size_t at = static_cast<size_t>(
      std::find(StanceFeatureNames().begin(), StanceFeatureNames().end(), "cover_all") -
      StanceFeatureNames().begin());
  return features.values[at];
}

void AddNearWords(const StanceText& claim, const StanceText& article, StanceFeatures* f) {
  f->near_words.clear();
  for (size_t i : f->best)
    for (const std::string& w : article.sentences[i].words)
      if (!claim.tf.count(w) && !AllDigits(w)) f->near_words.push_back(w);
  std::sort(f->near_words.begin(), f->near_words.end());
  f->near_words.erase(std::unique(f->near_words.begin(), f->near_words.end()), f->near_words.end());
}

}  // namespace cg

namespace cg {

namespace {

constexpr const char* kStances[3] = {"supports", "contradicts", "discusses"};
constexpr const char* kHeader = "claimgraph stance model 1";

double Sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

void Print(std::string* out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, " %.9g", v);
  *out += buf;
}

// One liblinear problem; feature indices are 1-based, the bias is the last feature.
struct Problem {
  std::vector<std::vector<feature_node>> rows;
  std::vector<feature_node*> x;
  std::vector<double> y;
  problem p{};
  void Add(const std::vector<std::pair<size_t, double>>& row, size_t features, double label) {
    std::vector<feature_node> r;
    for (const auto& [i, v] : row)
      if (v != 0) r.push_back({static_cast<int>(i + 1), v});
    r.push_back({static_cast<int>(features + 1), 1.0});
    r.push_back({-1, 0});
    rows.push_back(std::move(r));
    y.push_back(label);
  }
  problem* Finish(size_t features) {
    x.clear();
    for (auto& r : rows) x.push_back(r.data());
    p.l = static_cast<int>(rows.size());
    p.n = static_cast<int>(features + 1);
    p.y = y.data();
    p.x = x.data();
    p.bias = -1;
    return &p;
  }
};

void Quiet(const char*) {}

// Trains one logistic regression per label (one against the rest); returns, per label in
// `labels`, the weights with the bias last.
Result<std::vector<std::vector<double>>> TrainLr(Problem* prob, size_t features,
                                                 const std::vector<int>& labels,
                                                 const std::vector<double>& weights, double c,
                                                 double eps) {
  parameter param{};
  param.solver_type = L2R_LR;
  param.C = c;
  param.eps = eps;
  std::vector<int> weight_label = labels;
  std::vector<double> weight = weights;
  param.nr_weight = static_cast<int>(weight.size());
  param.weight_label = weight_label.data();
  param.weight = weight.data();
  param.p = 0.1;
  problem* p = prob->Finish(features);
  if (const char* err = check_parameter(p, &param))
    return Status::InvalidArgument(std::string("training the stance model: ") + err);
  set_print_string_function(Quiet);
  model* m = train(p, &param);
  std::vector<int> order(get_nr_class(m));
  get_labels(m, order.data());
  std::vector<std::vector<double>> out;
  for (int label : labels) {
    const int k = static_cast<int>(std::find(order.begin(), order.end(), label) - order.begin());
    std::vector<double> w(features + 1, 0.0);
    if (k < static_cast<int>(order.size())) {
      // Two classes share one weight vector: the second's is the first's negated.
      for (size_t i = 0; i <= features; ++i) w[i] = get_decfun_coef(m, static_cast<int>(i + 1), k);
    }
    out.push_back(std::move(w));
  }
  free_and_destroy_model(&m);
  return out;
}

}  // namespace

Result<StanceModel> TrainStanceModel(const std::vector<StanceFeatures>& features,
                                     const std::vector<std::string>& labels,
                                     const StanceTrainOptions& options, double min_cover,
                                     const std::vector<size_t>& groups) {
  const std::vector<std::string>& names = StanceFeatureNames();
  if (features.size() != labels.size() || features.empty())
    return Status::InvalidArgument("training the stance model: no examples");
  const size_t n = names.size();
  StanceModel m;
  m.names_ = names;
  m.min_cover_ = min_cover;
  m.mean_.assign(n, 0.0);
  m.scale_.assign(n, 0.0);
  if (groups.size() != features.size())
    return Status::InvalidArgument("training the stance model: one group per example expected");
  std::map<std::string, std::set<size_t>> word_groups;
  for (size_t r = 0; r < features.size(); ++r) {
    const auto& row = features[r].values;
    if (row.size() != n)
      return Status::InvalidArgument("training the stance model: a row has " +
                                     std::to_string(row.size()) + " features, expected " +
                                     std::to_string(n));
    for (size_t i = 0; i < n; ++i) m.mean_[i] += row[i];
    if (labels[r] != "unrelated")
      for (const std::string& w : features[r].near_words) word_groups[w].insert(groups[r]);
  }
  for (const auto& [w, in] : word_groups)
    if (in.size() >= options.min_word_groups) {
      m.word_index_[w] = m.words_.size();
      m.words_.push_back(w);
    }
  for (double& v : m.mean_) v /= static_cast<double>(features.size());
  for (const auto& f : features)
    for (size_t i = 0; i < n; ++i)
      m.scale_[i] += (f.values[i] - m.mean_[i]) * (f.values[i] - m.mean_[i]);
  for (double& v : m.scale_) {
    v = std::sqrt(v / static_cast<double>(features.size()));
    if (v < 1e-12) v = 1.0;
  }
  const size_t width = n + m.words_.size();
  Problem related, stance;
  for (size_t r = 0; r < features.size(); ++r) {
    const std::string& label = labels[r];
    related.Add(m.Row(features[r], false), n, label == "unrelated" ? 0 : 1);
    if (label == "unrelated") continue;
    const auto k = std::find(std::begin(kStances), std::end(kStances), label);
    if (k == std::end(kStances))
      return Status::InvalidArgument("training the stance model: unknown label '" + label + "'");
    stance.Add(m.Row(features[r], true), width, static_cast<double>(k - std::begin(kStances)));
  }
  if (stance.rows.empty() || stance.rows.size() == related.rows.size())
    return Status::InvalidArgument(
        "training the stance model: needs related and unrelated examples");
  auto rel = TrainLr(&related, n, {1}, {1.0}, options.c_related, options.eps);
  if (!rel.ok()) return rel.status();
  m.related_ = std::move((*rel)[0]);
  auto st = TrainLr(&stance, width, {0, 1, 2},
                    {options.weight_supports, options.weight_contradicts, options.weight_discusses},
                    options.c_stance, options.eps);
  if (!st.ok()) return st.status();
  m.stance_ = std::move(*st);
  m.prior_.assign(3, 0.0);
  return m;
}

std::vector<std::pair<size_t, double>> StanceModel::Row(const StanceFeatures& f, bool words) const {
  std::vector<std::pair<size_t, double>> row;
  for (size_t i = 0; i < names_.size(); ++i)
    row.emplace_back(i, (f.values[i] - mean_[i]) / scale_[i]);
  if (words) {
    const size_t first = row.size();
    for (const std::string& w : f.near_words)
      if (auto it = word_index_.find(w); it != word_index_.end())
        row.emplace_back(names_.size() + it->second, 1.0);
    std::sort(row.begin() + static_cast<std::ptrdiff_t>(first), row.end());
  }
  return row;
}

std::string StanceModel::Serialize() const {
  std::string out = std::string(kHeader) + "\n";
  out += "min_cover";
  Print(&out, min_cover_);
  out += "\nfeatures " + std::to_string(names_.size()) + "\n";
  for (size_t i = 0; i < names_.size(); ++i) {
    out += "feature " + names_[i];
    Print(&out, mean_[i]);
    Print(&out, scale_[i]);
    out += "\n";
  }
  out += "words " + std::to_string(words_.size()) + "\n";
  for (const std::string& w : words_) out += "word " + w + "\n";
  auto row = [&](const std::string& name, const std::vector<double>& w) {
    out += name;
    for (double v : w) Print(&out, v);
    out += "\n";
  };
  row("related", related_);
  for (int k = 0; k < 3; ++k) row(kStances[k], stance_[k]);
  row("prior", prior_);
  return out;
}

Result<StanceModel> StanceModel::Parse(std::string_view text, const std::string& name) {
  std::istringstream in{std::string(text)};
  std::string line;
  auto bad = [&](const std::string& what) {
    return Status::Corruption(name + ": not a stance model (" + what + ")");
  };
  if (!std::getline(in, line) || line != kHeader)
    return bad("first line is not '" + std::string(kHeader) + "'");
  StanceModel m;
  size_t n = 0;
  std::string word;
  if (!std::getline(in, line)) return bad("no min_cover line");
  {
    std::istringstream ls(line);
    if (!(ls >> word >> m.min_cover_) || word != "min_cover") return bad("no min_cover line");
  }
  if (!std::getline(in, line)) return bad("no feature count");
  {
    std::istringstream ls(line);
    if (!(ls >> word >> n) || word != "features") return bad("no feature count");
  }
  for (size_t i = 0; i < n; ++i) {
    std::string fname;
    double mean = 0, scale = 0;
    if (!std::getline(in, line)) return bad("too few feature lines");
    std::istringstream ls(line);
    if (!(ls >> word >> fname >> mean >> scale) || word != "feature" || scale == 0)
      return bad("feature line " + std::to_string(i + 1));
    m.names_.push_back(fname);
    m.mean_.push_back(mean);
    m.scale_.push_back(scale);
  }
  if (m.names_ != StanceFeatureNames())
    return bad(
        "its features are not the ones this claimgraph computes; retrain it with "
        "'claimgraph train'");
  size_t words = 0;
  if (!std::getline(in, line)) return bad("no word count");
  {
    std::istringstream ls(line);
    if (!(ls >> word >> words) || word != "words") return bad("no word count");
  }
  for (size_t i = 0; i < words; ++i) {
    if (!std::getline(in, line) || !line.starts_with("word ") || line.size() < 6)
      return bad("word line " + std::to_string(i + 1));
    m.word_index_[line.substr(5)] = m.words_.size();
    m.words_.push_back(line.substr(5));
  }
  auto read_row = [&](const std::string& expect, size_t size, std::vector<double>* w) -> Status {
    if (!std::getline(in, line)) return bad("no '" + expect + "' row");
    std::istringstream ls(line);
    if (!(ls >> word) || word != expect) return bad("expected the '" + expect + "' row");
    double v = 0;
    while (ls >> v) w->push_back(v);
    if (w->size() != size)
      return bad("the '" + expect + "' row has " + std::to_string(w->size()) +
                 " numbers, expected " + std::to_string(size));
    return Status::OK();
  };
  CG_RETURN_IF_ERROR(read_row("related", n + 1, &m.related_));
  m.stance_.resize(3);
  for (int k = 0; k < 3; ++k)
    CG_RETURN_IF_ERROR(read_row(kStances[k], n + words + 1, &m.stance_[k]));
  CG_RETURN_IF_ERROR(read_row("prior", 3, &m.prior_));
  return m;
}

Result<StanceModel> StanceModel::Load(const std::string& path) {
  auto text = ReadAll(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

namespace {
double Score(const std::vector<double>& w, const std::vector<std::pair<size_t, double>>& row) {
  double z = w.back();  // the bias
  for (const auto& [i, v] : row) z += w[i] * v;
  return z;
}
}  // namespace

double StanceModel::Related(const StanceFeatures& features) const {
  return Sigmoid(Score(related_, Row(features, false)));
}

StancePrediction StanceModel::Predict(const StanceFeatures& features) const {
  StancePrediction p;
  p.related = Related(features);
  const auto row = Row(features, true);
  double s[3], sum = 0;
  for (int k = 0; k < 3; ++k) sum += s[k] = Sigmoid(Score(stance_[k], row));
  p.supports = s[0] / sum;
  p.contradicts = s[1] / sum;
  p.discusses = s[2] / sum;
  const double probs[3] = {p.supports, p.contradicts, p.discusses};
  int best = 0;
  for (int k = 1; k < 3; ++k)
    if (std::log(probs[k]) + prior_[k] > std::log(probs[best]) + prior_[best]) best = k;
  if (p.related < 0.5) {
    p.stance = "unrelated";
    p.score = 1.0 - p.related;
  } else {
    p.stance = kStances[best];
    p.score = probs[best];
  }
  return p;
}

std::vector<StancePush> StanceModel::Explain(const StanceFeatures& features,
                                             const std::string& stance, size_t n) const {
  const std::vector<double>* w = &related_;
  const double sign = stance == "unrelated" ? -1.0 : 1.0;
  for (int k = 0; k < 3; ++k)
    if (stance == kStances[k]) w = &stance_[k];
  const bool words = w != &related_;
  std::vector<StancePush> out;
  for (const auto& [i, v] : Row(features, words)) {
    const double c = sign * (*w)[i] * v;
    if (c <= 0) continue;
    if (i < names_.size())
      out.push_back({names_[i], "", c});
    else
      out.push_back({"", words_[i - names_.size()], c});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const StancePush& a, const StancePush& b) { return a.push > b.push; });
  if (out.size() > n) out.resize(n);
  return out;
}

}  // namespace cg

namespace cg {

void StanceCorpus::Add(std::string id, StanceText text) {
  ids_.push_back(std::move(id));
  texts_.push_back(std::move(text));
}

void StanceCorpus::Finish() {
  articles_.clear();
  for (size_t i = 0; i < texts_.size(); ++i)
    for (const auto& [stem, n] : texts_[i].tf) articles_[stem].push_back(static_cast<uint32_t>(i));
  const IdfFn f = idf();
  for (StanceText& t : texts_) SetNorm(&t, f);
}

double StanceCorpus::Idf(const std::string& stem) const {
  const auto it = articles_.find(stem);
  const double df = it == articles_.end() ? 0.0 : static_cast<double>(it->second.size());
  return std::log((static_cast<double>(ids_.size()) + 1.0) / (df + 1.0)) + 1.0;
}

std::vector<std::pair<size_t, double>> StanceCorpus::Candidates(const StanceText& claim,
                                                                double min_cover) const {
  std::unordered_map<uint32_t, double> share;
  double total = 0;
  for (const auto& [stem, n] : claim.tf) {
    const double w = Idf(stem);
    total += w;
    if (auto it = articles_.find(stem); it != articles_.end())
      for (uint32_t a : it->second) share[a] += w;
  }
  std::vector<std::pair<size_t, double>> out;
  if (total <= 0) return out;
  for (const auto& [a, w] : share)
    if (w / total >= min_cover) out.emplace_back(a, w / total);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace cg

#include "judge/linear_model.h"

#include <linear.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace cg {

namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
    out.push_back(line.substr(start, tab - start));
  out.push_back(line.substr(start));
  return out;
}

void Quiet(const char*) {}

}  // namespace

double LinearModel::Score(const PairFeatures& x) const {
  double s = bias;
  for (size_t i = 0; i < kPairFeatureCount; ++i) s += weights[i] * x.values[i];
  return s;
}

double LinearModel::Probability(const PairFeatures& x) const {
  return 1.0 / (1.0 + std::exp(-Score(x)));
}

std::vector<std::pair<PairFeature, double>> LinearModel::Strongest(const PairFeatures& x,
                                                                   size_t n) const {
  std::vector<std::pair<PairFeature, double>> out;
  for (size_t i = 0; i < kPairFeatureCount; ++i)
    if (weights[i] * x.values[i] > 0)
      out.emplace_back(static_cast<PairFeature>(i), weights[i] * x.values[i]);
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (out.size() > n) out.resize(n);
  return out;
}

Result<LinearModels> ParseLinearModels(std::string_view tsv, const std::string& origin,
                                       const std::vector<std::string>& required) {
  LinearModels models;
  std::map<std::string, bool> has_bias;
  std::istringstream in{std::string(tsv)};
  size_t line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const auto f = SplitTabs(line);
    const std::string where = origin + ":" + std::to_string(line_no);
    char* end = nullptr;
    const double v = f.size() == 3 ? std::strtod(f[2].c_str(), &end) : 0;
    if (f.size() != 3 || f[0].empty() || end == f[2].c_str() || *end != '\0' || !std::isfinite(v))
      return Status::InvalidArgument(where + ": expected model<TAB>feature<TAB>number");
    LinearModel& m = models[f[0]];
    if (f[1] == "threshold") {
      m.threshold = v;
      continue;
    }
    if (f[1] == "bias") {
      m.bias = v;
      has_bias[f[0]] = true;
      continue;
    }
    const auto feature = ParsePairFeature(f[1]);
    if (!feature) return Status::InvalidArgument(where + ": unknown feature \"" + f[1] + "\"");
    m.weights[static_cast<size_t>(*feature)] = v;
  }
  for (const std::string& name : required)
    if (!has_bias.count(name))
      return Status::InvalidArgument(origin + ": no weight for " + name + ".bias");
  return models;
}

std::string SerializeLinearModels(const LinearModels& models, const std::string& header) {
  std::string out = header;
  char buf[64];
  for (const auto& [name, m] : models) {
    std::snprintf(buf, sizeof buf, "%.6g", m.bias);
    out += name + "\tbias\t" + buf + "\n";
    if (m.threshold >= 0) {
      std::snprintf(buf, sizeof buf, "%.6g", m.threshold);
      out += name + "\tthreshold\t" + buf + "\n";
    }
    for (size_t i = 0; i < kPairFeatureCount; ++i) {
      std::snprintf(buf, sizeof buf, "%.6g", m.weights[i] == 0 ? 0.0 : m.weights[i]);
      out += name + "\t" + std::string(PairFeatureName(static_cast<PairFeature>(i))) + "\t" + buf +
             "\n";
    }
  }
  return out;
}

Result<LinearModel> TrainLogistic(const std::vector<PairFeatures>& x, const std::vector<int>& y,
                                  const TrainOptions& options) {
  if (x.empty() || x.size() != y.size())
    return Status::InvalidArgument("training a linear model: no examples");
  const bool both = std::any_of(y.begin(), y.end(), [](int v) { return v == 1; }) &&
                    std::any_of(y.begin(), y.end(), [](int v) { return v != 1; });
  if (!both) return Status::InvalidArgument("training a linear model: only one class");
  const int n = static_cast<int>(kPairFeatureCount);
  std::vector<std::vector<feature_node>> rows(x.size());
  std::vector<feature_node*> ptrs(x.size());
  std::vector<double> labels(x.size());
  for (size_t r = 0; r < x.size(); ++r) {
    for (int i = 0; i < n; ++i)
      if (x[r].values[i] != 0) rows[r].push_back({i + 1, x[r].values[i]});
    rows[r].push_back({n + 1, 1.0});  // the bias, as a feature of its own
    rows[r].push_back({-1, 0});
    ptrs[r] = rows[r].data();
    labels[r] = y[r] == 1 ? 1 : -1;
  }
  problem prob{};
  prob.l = static_cast<int>(x.size());
  prob.n = n + 1;
  prob.y = labels.data();
  prob.x = ptrs.data();
  prob.bias = -1;
  parameter param{};
  param.solver_type = L2R_LR;
  param.C = options.c;
  param.eps = 0.001;
  int weight_label[] = {1};
  double weight[] = {options.positive_weight};
  param.nr_weight = 1;
  param.weight_label = weight_label;
  param.weight = weight;
  if (const char* err = check_parameter(&prob, &param))
    return Status::InvalidArgument(std::string("training a linear model: ") + err);
  set_print_string_function(Quiet);
  model* m = train(&prob, &param);
  int order[2] = {0, 0};
  get_labels(m, order);
  // liblinear keeps one weight vector for two classes, for its first label.
  const double sign = order[0] == 1 ? 1.0 : -1.0;
  LinearModel out;
  for (int i = 0; i < n; ++i) out.weights[i] = sign * get_decfun_coef(m, i + 1, 0);
  out.bias = sign * get_decfun_coef(m, n + 1, 0);
  free_and_destroy_model(&m);
  return out;
}

ThresholdChoice ChooseThreshold(const std::vector<double>& p, const std::vector<int>& y) {
  std::vector<std::pair<double, int>> scored;
  size_t positives = 0;
  for (size_t i = 0; i < p.size() && i < y.size(); ++i) {
    scored.emplace_back(std::round(p[i] * 1000.0) / 1000.0, y[i] == 1 ? 1 : 0);
    positives += y[i] == 1;
  }
  // Highest probability first: each distinct value is a cut, everything above it called.
  std::sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    return a.first > b.first || (a.first == b.first && a.second > b.second);
  });
  ThresholdChoice best;
  size_t called = 0, right = 0;
  for (size_t i = 0; i < scored.size(); ++i) {
    ++called;
    right += scored[i].second;
    if (i + 1 < scored.size() && scored[i + 1].first == scored[i].first) continue;
    const double prec = static_cast<double>(right) / called;
    const double rec = positives ? static_cast<double>(right) / positives : 0;
    const double f1 = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0;
    if (f1 > best.f1) best = {scored[i].first, prec, rec, f1};
  }
  return best;
}

}  // namespace cg

#include "ingest/stance_reason.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/text.h"

namespace cg {

namespace {

// The cue classes in the order of StanceCue, as a reader calls them.
constexpr const char* kCueWords[kCueClasses] = {"refuting words", "hedges", "words of reporting",
                                                "confirming words", "negations"};
constexpr const char* kCuePrefixes[kCueClasses] = {"refute", "hedge", "report", "confirm",
                                                   "negator"};

std::string Quoted(const std::vector<std::string>& words) {
  std::string out;
  for (size_t k = 0; k < words.size(); ++k) out += (k ? ", \"" : "\"") + words[k] + "\"";
  return out;
}

std::string Percent(double share) {
  return std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
}

double Value(const StanceFeatures& f, const std::string& name) {
  const auto& names = StanceFeatureNames();
  for (size_t i = 0; i < names.size() && i < f.values.size(); ++i)
    if (names[i] == name) return f.values[i];
  return 0;
}

// "refute_near" and the like: the cue class's words, and where the model counted them.
std::string DescribeCue(const std::string& name, const StanceWords& words,
                        const StanceWords& lead) {
  for (size_t c = 0; c < kCueClasses; ++c) {
    const std::string prefix = std::string(kCuePrefixes[c]) + "_";
    if (!name.starts_with(prefix)) continue;
    const std::string where = name.substr(prefix.size());
    std::string out = kCueWords[c];
    if (where == "near" || where == "near_x_cover") out += " near the claim's words";
    if (where == "lead") out += " in the opening sentences";
    if (where == "all") out += " in the article";
    if (where == "claim") out += " in the claim itself";
    const StanceWords& seen = where == "lead" ? lead : words;
    if (!seen.cues[c].empty() && where != "claim") out += " (" + Quoted(seen.cues[c]) + ")";
    return out;
  }
  return "";
}

// A named feature as what it measures.
std::string DescribeFeature(const std::string& name, const StanceFeatures& f,
                            const StanceWords& words, const StanceWords& lead) {
  if (name == "cover_all")
    return "the article holds " + Percent(Value(f, name)) + " of the claim's rare words";
  if (name == "cover_best")
    return "its closest sentence holds " + Percent(Value(f, name)) + " of them";
  if (name == "cover_second")
    return "its second closest sentence holds " + Percent(Value(f, name)) + " of them";
  if (name == "cover_lead")
    return "its opening sentences hold " + Percent(Value(f, name)) + " of them";
  if (name == "cosine") return "its words are close to the claim's overall";
  if (name == "close") return "several sentences close to the claim";
  if (name == "bigrams") return "the claim's word pairs recur";
  if (name == "missing_rare") return "the claim's rarest word is missing";
  if (name == "claim_len") return "the claim's length";
  if (name == "article_len") return "the article's length";
  if (name == "question") return "a question near the claim's words";
  if (name == "quoted_near") return "a quotation near the claim's words";
  if (name == "numbers_differ") return "numbers unlike the claim's";
  if (name == "numbers_shared") return "the claim's numbers";
  const std::string cue = DescribeCue(name, words, lead);
  return cue.empty() ? name : cue;
}

}  // namespace

StanceWords StanceWords::Of(const std::vector<std::string>& texts, const TermAnalyzer& terms,
                            const StanceCues& cues) {
  StanceWords out;
  for (const std::string& text : texts) {
    for (const Token& t : Tokenize(text)) {
      std::string lower = ToLowerFoldApostrophes(t.text);
      if (lower.ends_with("'s")) lower.resize(lower.size() - 2);
      if (lower.empty()) continue;
      const bool nt = lower.size() > 3 && lower.ends_with("n't");
      const std::string stem = nt ? "n't" : IsStopword(lower) ? lower : terms.Stem(lower);
      out.surface.emplace(stem, lower);
      const int c = nt ? static_cast<int>(kNegator) : cues.ClassOf(lower, stem);
      if (c < 0) continue;
      auto& list = out.cues[static_cast<size_t>(c)];
      if (list.size() < 3 && std::find(list.begin(), list.end(), lower) == list.end())
        list.push_back(lower);
    }
  }
  return out;
}

std::string StanceReason(const StancePrediction& p, const std::vector<StancePush>& top,
                         const StanceFeatures& f, const StanceWords& words,
                         const StanceWords& lead) {
  char head[96];
  std::snprintf(head, sizeof head, "model: P(%s) %.2f, P(related) %.2f", p.stance.c_str(), p.score,
                p.related);
  std::vector<std::string> parts, near;
  for (const StancePush& push : top) {
    if (push.feature.empty()) {
      auto it = words.surface.find(push.word);
      if (it != words.surface.end()) near.push_back(it->second);
      continue;
    }
    parts.push_back(DescribeFeature(push.feature, f, words, lead));
  }
  if (!near.empty()) parts.insert(parts.begin(), "the closest sentences say " + Quoted(near));
  std::string out = head;
  for (size_t k = 0; k < parts.size(); ++k) out += (k ? "; " : ": ") + parts[k];
  return out;
}

}  // namespace cg

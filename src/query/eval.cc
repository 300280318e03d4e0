// The metrics of ../shared/eval/README.md (score_seed.py), computed on an export document
// against a gold file in the format of seed-gold.json, so users can measure the graph on
// their own annotated articles. Same matching rule: a statement matches a quote when it
// comes from the quote's article, holds at least 60% of the quote's word tokens, and is
// at most three times as long (or 45 tokens longer).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <set>

#include "core/text.h"
#include "query/query.h"

namespace cg {

namespace {

std::vector<std::string> GoldTokens(std::string_view text) {
  const std::string t = ToLowerFoldApostrophes(text);
  std::vector<std::string> out;
  std::string cur;
  for (char c : t) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      cur += c;
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

bool QuoteMatches(const std::vector<std::string>& quote, const std::vector<std::string>& stmt) {
  if (quote.empty() || stmt.empty()) return false;
  const std::set<std::string> have(stmt.begin(), stmt.end());
  size_t hit = 0;
  for (const auto& t : quote) hit += have.count(t);
  if (static_cast<double>(hit) / quote.size() < 0.6) return false;
  return stmt.size() <= std::max(3 * quote.size(), quote.size() + 45);
}

std::string Basename(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

double Round3(double x) { return std::round(x * 1000.0) / 1000.0; }

struct Quote {
  std::string group, side, doc;
  std::vector<std::string> tokens;
};
struct Hit {
  std::string group, side;
  size_t quote;
};

}  // namespace

Result<Json> EvaluateGold(const Json& ex, const Json& gold) {
  try {
    std::map<std::string, std::string> doc_of_file, src_doc;
    for (const auto& [doc, file] : gold.at("docs").items())
      doc_of_file[file.get<std::string>()] = doc;
    for (const auto& s : ex.at("sources")) {
      auto it = doc_of_file.find(Basename(s.value("file", "")));
      if (it != doc_of_file.end()) src_doc[s.at("id").get<std::string>()] = it->second;
    }
    std::map<std::string, std::pair<std::string, std::vector<std::string>>> stmts;
    for (const auto& st : ex.at("statements")) {
      auto it = src_doc.find(st.at("source").get<std::string>());
      if (it != src_doc.end())
        stmts[st.at("id").get<std::string>()] = {it->second, GoldTokens(st.value("text", ""))};
    }
    std::vector<Quote> quotes;
    for (const auto& d : gold.at("disputes"))
      for (const char* side : {"a", "b", "related"})
        for (const auto& q : d.at(side))
          quotes.push_back({d.at("id").get<std::string>(), side, q.at("doc").get<std::string>(),
                            GoldTokens(q.at("quote").get<std::string>())});
    for (const auto& a : gold.at("agreements"))
      for (const auto& q : a.at("quotes"))
        quotes.push_back({a.at("id").get<std::string>(), "agree", q.at("doc").get<std::string>(),
                          GoldTokens(q.at("quote").get<std::string>())});

    std::map<std::string, std::vector<Hit>> stmt_hits;
    for (size_t qi = 0; qi < quotes.size(); ++qi)
      for (const auto& [sid, doc_toks] : stmts)
        if (doc_toks.first == quotes[qi].doc && QuoteMatches(quotes[qi].tokens, doc_toks.second))
          stmt_hits[sid].push_back({quotes[qi].group, quotes[qi].side, qi});

    std::map<std::string, std::vector<std::string>> claim_members;
    if (ex.contains("claims"))
      for (const auto& c : ex.at("claims"))
        claim_members[c.at("id").get<std::string>()] =
            c.at("statements").get<std::vector<std::string>>();
    auto hits_of = [&](const std::string& end) {
      if (auto it = stmt_hits.find(end); it != stmt_hits.end()) return it->second;
      std::vector<Hit> out;
      if (auto c = claim_members.find(end); c != claim_members.end())
        for (const auto& m : c->second)
          if (auto it = stmt_hits.find(m); it != stmt_hits.end())
            out.insert(out.end(), it->second.begin(), it->second.end());
      return out;
    };
    std::vector<size_t> dispute_quotes;
    for (size_t i = 0; i < quotes.size(); ++i)
      if (quotes[i].side == "a" || quotes[i].side == "b") dispute_quotes.push_back(i);
    std::set<size_t> found_set;
    for (const auto& [sid, hs] : stmt_hits)
      for (const auto& h : hs) found_set.insert(h.quote);
    size_t found = 0;
    for (size_t i : dispute_quotes) found += found_set.count(i);

    auto opposite = [](const Hit& x, const Hit& y) {
      return x.group == y.group &&
             ((x.side == "a" && y.side == "b") || (x.side == "b" && y.side == "a"));
    };
    auto same_side = [](const Hit& x, const Hit& y) {
      return x.group == y.group && x.side == y.side &&
             (x.side == "a" || x.side == "b" || x.side == "agree");
    };
    std::vector<Json> contra, supports;
    if (ex.contains("edges"))
      for (const auto& e : ex.at("edges")) {
        const std::string type = e.value("type", "");
        if (type == "contradicts") contra.push_back(e);
        if (type == "supports") supports.push_back(e);
      }
    size_t correct = 0, judged = 0, related = 0;
    std::set<std::string> disputes_found;
    std::set<size_t> covered;
    for (const auto& e : contra) {
      const auto h1 = hits_of(e.value("from", "")), h2 = hits_of(e.value("to", ""));
      if (h1.empty() || h2.empty()) continue;
      ++judged;
      bool good = false, rel = false;
      for (const auto& x : h1)
        for (const auto& y : h2) {
          if (opposite(x, y)) {
            good = true;
            disputes_found.insert(x.group);
            covered.insert(x.quote);
            covered.insert(y.quote);
          }
          if (x.group == y.group && (x.side == "related" || y.side == "related")) rel = true;
        }
      if (good)
        ++correct;
      else if (rel)
        ++related;
    }
    const size_t scored = contra.size() - related;

    std::map<std::string, std::string> parent;
    std::function<std::string(const std::string&)> find = [&](const std::string& x) {
      auto it = parent.find(x);
      if (it == parent.end()) {
        parent[x] = x;
        return x;
      }
      if (it->second == x) return x;
      const std::string root = find(it->second);
      parent[x] = root;
      return root;
    };
    auto unite = [&](const std::string& a, const std::string& b) { parent[find(a)] = find(b); };
    for (const auto& e : supports) unite(e.value("from", ""), e.value("to", ""));
    for (const auto& [cid, members] : claim_members)
      for (const auto& m : members) unite(cid, m);
    size_t agree_pairs = 0, agree_hit = 0;
    for (const auto& a : gold.at("agreements")) {
      std::vector<size_t> idx;
      for (size_t i = 0; i < quotes.size(); ++i)
        if (quotes[i].group == a.at("id").get<std::string>() && quotes[i].side == "agree")
          idx.push_back(i);
      for (size_t i = 0; i < idx.size(); ++i)
        for (size_t j = i + 1; j < idx.size(); ++j) {
          if (quotes[idx[i]].doc == quotes[idx[j]].doc) continue;
          ++agree_pairs;
          std::vector<std::string> si, sj;
          for (const auto& [sid, hs] : stmt_hits)
            for (const auto& h : hs) {
              if (h.quote == idx[i]) si.push_back(sid);
              if (h.quote == idx[j]) sj.push_back(sid);
            }
          bool hit = false;
          for (const auto& x : si)
            for (const auto& y : sj)
              if (find(x) == find(y)) hit = true;
          agree_hit += hit;
        }
    }
    auto joins_sides = [&](const std::vector<Hit>& h1, const std::vector<Hit>& h2) {
      bool opp = false, same = false;
      for (const auto& x : h1)
        for (const auto& y : h2) {
          opp = opp || opposite(x, y);
          same = same || same_side(x, y);
        }
      return opp && !same;
    };
    size_t wrong_support = 0;
    for (const auto& e : supports)
      wrong_support += joins_sides(hits_of(e.value("from", "")), hits_of(e.value("to", "")));
    size_t largest = 0;
    for (const auto& [cid, members] : claim_members) {
      largest = std::max(largest, members.size());
      for (size_t i = 0; i < members.size(); ++i)
        for (size_t j = i + 1; j < members.size(); ++j)
          wrong_support += joins_sides(stmt_hits[members[i]], stmt_hits[members[j]]);
    }
    const size_t n_disputes = gold.at("disputes").size();
    auto ratio = [](size_t a, size_t b) { return b ? Round3(static_cast<double>(a) / b) : 0.0; };
    size_t covered_dispute = 0;
    for (size_t i : dispute_quotes) covered_dispute += covered.count(i);
    Json m;
    m["statements"] = ex.at("statements").size();
    m["contradicts_edges"] = contra.size();
    m["supports_edges"] = supports.size();
    m["dispute_quotes_found"] = ratio(found, dispute_quotes.size());
    m["dispute_recall"] = ratio(disputes_found.size(), n_disputes);
    m["dispute_quote_coverage"] = ratio(covered_dispute, dispute_quotes.size());
    m["contradiction_precision"] = ratio(correct, scored);
    m["contradiction_precision_judged"] = ratio(correct, judged - related);
    m["agreement_recall"] = ratio(agree_hit, agree_pairs);
    m["supports_across_a_dispute"] = wrong_support;
    m["largest_claim"] = largest;
    return m;
  } catch (const Json::exception& e) {
    return Status::InvalidArgument(std::string("gold or export document: ") + e.what());
  }
}

namespace {
constexpr const char* kStanceClasses[4] = {"supports", "contradicts", "discusses", "unrelated"};
constexpr const char* kFncClasses[4] = {"agree", "disagree", "discuss", "unrelated"};
}  // namespace

int StanceClass(std::string_view label) {
  for (int k = 0; k < 4; ++k)
    if (label == kStanceClasses[k] || label == kFncClasses[k]) return k;
  return -1;
}

StanceScore ScoreStances(const std::vector<std::pair<int, int>>& gold_predicted) {
  StanceScore s;
  for (const auto& [gold, predicted] : gold_predicted) {
    if (gold < 0 || gold > 3 || predicted < 0 || predicted > 3) continue;
    ++s.pairs;
    ++s.confusion[gold][predicted];
    s.fnc_max += gold == 3 ? 0.25 : 1.0;
    if ((gold == 3) == (predicted == 3)) s.fnc += 0.25;
    if (gold != 3 && gold == predicted) s.fnc += 0.75;
  }
  for (int k = 0; k < 4; ++k) {
    size_t tp = s.confusion[k][k], gold = 0, predicted = 0;
    for (int j = 0; j < 4; ++j) {
      gold += s.confusion[k][j];
      predicted += s.confusion[j][k];
    }
    s.f1[k] = gold + predicted > 0 ? 2.0 * tp / static_cast<double>(gold + predicted) : 0.0;
    s.macro_f1 += s.f1[k] / 4.0;
  }
  return s;
}

Json ToJson(const StanceScore& score) {
  Json j;
  j["pairs"] = score.pairs;
  j["fnc_score"] = score.fnc;
  j["fnc_max"] = score.fnc_max;
  j["fnc_percent"] = std::round(score.Percent() * 100.0) / 100.0;
  j["macro_f1"] = std::round(score.macro_f1 * 10000.0) / 10000.0;
  Json f1 = Json::object(), confusion = Json::object();
  for (int k = 0; k < 4; ++k) {
    f1[kStanceClasses[k]] = std::round(score.f1[k] * 10000.0) / 10000.0;
    Json row = Json::object();
    for (int p = 0; p < 4; ++p) row[kStanceClasses[p]] = score.confusion[k][p];
    confusion[kStanceClasses[k]] = std::move(row);
  }
  j["f1"] = std::move(f1);
  j["confusion"] = std::move(confusion);  // gold -> predicted -> pairs
  return j;
}

std::string FormatStanceScore(const StanceScore& score) {
  char buf[160];
  std::string out;
  std::snprintf(buf, sizeof buf, "pairs %zu\nFNC-1 score %.2f%% (%.2f of %.2f)\nmacro-F1 %.4f\n",
                score.pairs, score.Percent(), score.fnc, score.fnc_max, score.macro_f1);
  out += buf;
  for (int k = 0; k < 4; ++k) {
    std::snprintf(buf, sizeof buf, "F1 %-11s %.4f\n", kStanceClasses[k], score.f1[k]);
    out += buf;
  }
  out += "confusion (rows gold, columns predicted: supports contradicts discusses unrelated)\n";
  for (int k = 0; k < 4; ++k) {
    std::snprintf(buf, sizeof buf, "  %-11s %7zu %7zu %7zu %7zu\n", kStanceClasses[k],
                  score.confusion[k][0], score.confusion[k][1], score.confusion[k][2],
                  score.confusion[k][3]);
    out += buf;
  }
  return out;
}

}  // namespace cg

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

size_t Count(bool b) { return b ? 1 : 0; }
double Ratio(size_t a, size_t b) { return b ? Round3(static_cast<double>(a) / b) : 0.0; }

// Gold doc key by source id: a gold doc names an article file (its base name) or a source id
// (articles ingested from one JSONL file).
std::map<std::string, std::string> SourceDocs(const Json& ex, const Json& gold) {
  std::map<std::string, std::string> doc_of_name, out;
  for (const auto& [doc, name] : gold.at("docs").items())
    doc_of_name[name.get<std::string>()] = doc;
  for (const auto& s : ex.at("sources")) {
    const std::string id = s.at("id").get<std::string>();
    auto it = doc_of_name.find(Basename(s.value("file", "")));
    if (it == doc_of_name.end()) it = doc_of_name.find(id);
    if (it != doc_of_name.end()) out[id] = it->second;
  }
  return out;
}

std::vector<Quote> GoldQuotes(const Json& gold) {
  std::vector<Quote> quotes;
  auto add = [&](const std::string& group, const std::string& side, const Json& q) {
    quotes.push_back({group, side, q.at("doc").get<std::string>(),
                      GoldTokens(q.at("quote").get<std::string>())});
  };
  for (const auto& d : gold.at("disputes"))
    for (const char* side : {"a", "b", "related"})
      for (const auto& q : d.value(side, Json::array()))
        add(d.at("id").get<std::string>(), side, q);
  for (const auto& a : gold.at("agreements"))
    for (const auto& q : a.at("quotes")) add(a.at("id").get<std::string>(), "agree", q);
  return quotes;
}

// The export read against the gold: which gold article each statement comes from, which
// quotes each statement matches, and which statements each claim holds.
struct Matched {
  std::map<std::string, std::string> src_doc;  // source id -> gold doc
  std::map<std::string, std::pair<std::string, std::vector<std::string>>> stmts;  // doc, tokens
  std::vector<Quote> quotes;
  std::map<std::string, std::vector<Hit>> stmt_hits;
  std::map<std::string, std::vector<std::string>> claim_members;
  std::vector<Json> contra, supports;

  Matched(const Json& ex, const Json& gold)
      : src_doc(SourceDocs(ex, gold)), quotes(GoldQuotes(gold)) {
    for (const auto& st : ex.at("statements")) {
      auto it = src_doc.find(st.at("source").get<std::string>());
      if (it != src_doc.end())
        stmts[st.at("id").get<std::string>()] = {it->second, GoldTokens(st.value("text", ""))};
    }
    for (size_t qi = 0; qi < quotes.size(); ++qi)
      for (const auto& [sid, doc_toks] : stmts)
        if (doc_toks.first == quotes[qi].doc && QuoteMatches(quotes[qi].tokens, doc_toks.second))
          stmt_hits[sid].push_back({quotes[qi].group, quotes[qi].side, qi});
    if (ex.contains("claims"))
      for (const auto& c : ex.at("claims"))
        claim_members[c.at("id").get<std::string>()] =
            c.at("statements").get<std::vector<std::string>>();
    if (ex.contains("edges"))
      for (const auto& e : ex.at("edges")) {
        const std::string type = e.value("type", "");
        if (type == "contradicts") contra.push_back(e);
        if (type == "supports") supports.push_back(e);
      }
  }

  // The statements an edge end stands for: itself, or a claim's members.
  std::vector<std::string> Members(const std::string& end) const {
    if (auto c = claim_members.find(end); c != claim_members.end()) return c->second;
    return {end};
  }
  std::vector<Hit> HitsOf(const std::string& end) const {
    std::vector<Hit> out;
    for (const auto& m : Members(end))
      if (auto it = stmt_hits.find(m); it != stmt_hits.end())
        out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
  }
  std::set<std::string> DocsOf(const std::string& end) const {
    std::set<std::string> out;
    for (const auto& m : Members(end))
      if (auto it = stmts.find(m); it != stmts.end()) out.insert(it->second.first);
    return out;
  }
};

bool Opposite(const Hit& x, const Hit& y) {
  return x.group == y.group &&
         ((x.side == "a" && y.side == "b") || (x.side == "b" && y.side == "a"));
}
bool SameSide(const Hit& x, const Hit& y) {
  return x.group == y.group && x.side == y.side &&
         (x.side == "a" || x.side == "b" || x.side == "agree");
}

std::vector<size_t> DisputeQuotes(const Matched& mt) {
  std::vector<size_t> out;
  for (size_t i = 0; i < mt.quotes.size(); ++i)
    if (mt.quotes[i].side == "a" || mt.quotes[i].side == "b") out.push_back(i);
  return out;
}

// Dispute recall, quote coverage and the precision of contradicts edges.
void ContradictionMetrics(const Matched& mt, size_t n_disputes, Json& m) {
  size_t correct = 0, judged = 0, related = 0;
  std::set<std::string> disputes_found;
  std::set<size_t> covered, found;
  for (const auto& [sid, hs] : mt.stmt_hits)
    for (const auto& h : hs) found.insert(h.quote);
  for (const auto& e : mt.contra) {
    const auto h1 = mt.HitsOf(e.value("from", "")), h2 = mt.HitsOf(e.value("to", ""));
    if (h1.empty() || h2.empty()) continue;
    ++judged;
    bool good = false, rel = false;
    for (const auto& x : h1)
      for (const auto& y : h2) {
        if (Opposite(x, y)) {
          good = true;
          disputes_found.insert(x.group);
          covered.insert(x.quote);
          covered.insert(y.quote);
        }
        if (x.group == y.group && (x.side == "related" || y.side == "related")) rel = true;
      }
    correct += Count(good);
    related += Count(!good && rel);
  }
  const auto dq = DisputeQuotes(mt);
  size_t n_found = 0, n_covered = 0;
  for (size_t i : dq) {
    n_found += found.count(i);
    n_covered += covered.count(i);
  }
  m["dispute_quotes_found"] = Ratio(n_found, dq.size());
  m["dispute_recall"] = Ratio(disputes_found.size(), n_disputes);
  m["dispute_quote_coverage"] = Ratio(n_covered, dq.size());
  m["contradiction_precision"] = Ratio(correct, mt.contra.size() - related);
  m["contradiction_precision_judged"] = Ratio(correct, judged - related);
  // Plain: every contradicts edge counts, those touching a `related` quote as well.
  m["contradiction_precision_plain"] = Ratio(correct, mt.contra.size());
}

// The share of disagreeing article pairs (one article quoted on each side of a dispute)
// joined by at least one contradicts edge between their statements.
void DisagreeingPairs(const Matched& mt, Json& m) {
  std::map<std::string, std::map<std::string, std::set<std::string>>> docs;  // dispute, side
  for (const auto& q : mt.quotes)
    if (q.side == "a" || q.side == "b") docs[q.group][q.side].insert(q.doc);
  std::set<std::pair<std::string, std::string>> pairs, joined;
  for (const auto& [group, sides] : docs)
    for (const auto& x : sides.count("a") ? sides.at("a") : std::set<std::string>())
      for (const auto& y : sides.count("b") ? sides.at("b") : std::set<std::string>())
        if (x != y) pairs.insert(std::minmax(x, y));
  for (const auto& e : mt.contra)
    for (const auto& x : mt.DocsOf(e.value("from", "")))
      for (const auto& y : mt.DocsOf(e.value("to", "")))
        if (x != y && pairs.count(std::minmax(x, y))) joined.insert(std::minmax(x, y));
  m["disagreeing_pairs"] = pairs.size();
  m["disagreeing_pairs_joined"] = Ratio(joined.size(), pairs.size());
}

// Agreement recall (cross-article agreement pairs joined by supports edges or one claim),
// supports edges or shared claims across a dispute, and the largest claim.
void AgreementMetrics(const Matched& mt, const Json& gold, Json& m) {
  std::map<std::string, std::string> parent;
  std::function<std::string(const std::string&)> find = [&](const std::string& x) {
    auto it = parent.find(x);
    if (it == parent.end() || it->second == x) return parent[x] = x;
    return parent[x] = find(it->second);
  };
  auto unite = [&](const std::string& a, const std::string& b) { parent[find(a)] = find(b); };
  for (const auto& e : mt.supports) unite(e.value("from", ""), e.value("to", ""));
  for (const auto& [cid, members] : mt.claim_members)
    for (const auto& s : members) unite(cid, s);
  std::map<size_t, std::vector<std::string>> stmts_of_quote;
  for (const auto& [sid, hs] : mt.stmt_hits)
    for (const auto& h : hs) stmts_of_quote[h.quote].push_back(sid);
  size_t agree_pairs = 0, agree_hit = 0;
  for (const auto& a : gold.at("agreements")) {
    std::vector<size_t> idx;
    for (size_t i = 0; i < mt.quotes.size(); ++i)
      if (mt.quotes[i].group == a.at("id").get<std::string>() && mt.quotes[i].side == "agree")
        idx.push_back(i);
    for (size_t i = 0; i < idx.size(); ++i)
      for (size_t j = i + 1; j < idx.size(); ++j) {
        if (mt.quotes[idx[i]].doc == mt.quotes[idx[j]].doc) continue;
        ++agree_pairs;
        bool hit = false;
        for (const auto& x : stmts_of_quote[idx[i]])
          for (const auto& y : stmts_of_quote[idx[j]]) hit = hit || find(x) == find(y);
        agree_hit += Count(hit);
      }
  }
  auto joins_sides = [](const std::vector<Hit>& h1, const std::vector<Hit>& h2) {
    bool opp = false, same = false;
    for (const auto& x : h1)
      for (const auto& y : h2) {
        opp = opp || Opposite(x, y);
        same = same || SameSide(x, y);
      }
    return opp && !same;
  };
  size_t wrong_support = 0, largest = 0;
  for (const auto& e : mt.supports)
    wrong_support +=
        Count(joins_sides(mt.HitsOf(e.value("from", "")), mt.HitsOf(e.value("to", ""))));
  for (const auto& [cid, members] : mt.claim_members) {
    largest = std::max(largest, members.size());
    for (size_t i = 0; i < members.size(); ++i)
      for (size_t j = i + 1; j < members.size(); ++j)
        wrong_support += Count(joins_sides(mt.HitsOf(members[i]), mt.HitsOf(members[j])));
  }
  m["agreement_recall"] = Ratio(agree_hit, agree_pairs);
  m["supports_across_a_dispute"] = wrong_support;
  m["largest_claim"] = largest;
}

std::string Normalized(std::string_view s) {
  std::string out;
  for (const auto& t : GoldTokens(s)) out += (out.empty() ? "" : " ") + t;
  return out;
}
bool HoldsWords(const std::string& big, const std::string& small) {
  return !small.empty() && (" " + big + " ").find(" " + small + " ") != std::string::npos;
}

// Gold entity index: (doc, normalized form) -> gold entities with that form there.
using FormIndex = std::map<std::pair<std::string, std::string>, std::set<size_t>>;
FormIndex GoldForms(const Json& gold) {
  FormIndex out;
  size_t i = 0;
  for (const auto& g : gold.at("entities")) {
    for (const auto& [doc, forms] : g.at("forms").items())
      for (const auto& f : forms) out[{doc, Normalized(f.get<std::string>())}].insert(i);
    ++i;
  }
  return out;
}

// The gold entities a mention in `doc` names: those with a form there equal to it (after
// folding case and punctuation). A span holding a name and more ("Columbia University and
// Princeton University") names none.
std::set<size_t> GoldEntitiesOf(const FormIndex& forms, const std::string& doc,
                                const std::string& mention) {
  if (auto it = forms.find({doc, mention}); it != forms.end()) return it->second;
  return {};
}

// The exported entities as the entity metrics read them: by normalized name or alias, and
// each one's name, type and the normalized forms of its mentions in each gold article.
struct Exported {
  std::map<std::string, std::set<size_t>> by_name;
  std::vector<std::map<std::string, std::set<std::string>>> forms;  // doc -> forms
  std::vector<std::string> names, types;
};

Exported ExportedEntities(const Json& ex, const std::map<std::string, std::string>& src_doc) {
  Exported out;
  const Json empty = Json::array();
  const Json& ents = ex.contains("entities") ? ex.at("entities") : empty;
  for (const auto& en : ents) {
    out.names.push_back(en.value("name", ""));
    out.types.push_back(en.value("type", ""));
    out.by_name[Normalized(out.names.back())].insert(out.forms.size());
    for (const auto& a : en.value("aliases", empty))
      out.by_name[Normalized(a.get<std::string>())].insert(out.forms.size());
    auto& forms = out.forms.emplace_back();
    for (const auto& mt : en.value("mentions", empty))
      if (auto it = src_doc.find(mt.value("source", "")); it != src_doc.end())
        forms[it->second].insert(Normalized(mt.value("text", "")));
  }
  return out;
}

// Whether one of the entities `ids` has, in `doc`, a mention holding the words of `form` or
// held by them.
bool FormFound(const Exported& x, const std::set<size_t>& ids, const std::string& doc,
               const std::string& form) {
  for (size_t i : ids)
    if (auto it = x.forms[i].find(doc); it != x.forms[i].end())
      for (const auto& mf : it->second)
        if (HoldsWords(form, mf) || HoldsWords(mf, form)) return true;
  return false;
}

// Entity recall and alias recall (as ../shared/eval/score_seed.py: an exported entity is the
// gold one when its name or an alias is the gold name); type accuracy (of the gold entities
// found by name, those an entity of their type names). With `misses`, each gold entity not
// found in an article, each form not found, and each entity typed wrong is listed there.
void RecallMetrics(const Exported& x, const Json& gold, Json& m, Json* misses) {
  size_t total = 0, hit = 0, alias_total = 0, alias_hit = 0, typed = 0, typed_right = 0;
  for (const auto& g : gold.at("entities")) {
    const std::string gname = g.at("name").get<std::string>(), name = Normalized(gname);
    const auto ids = x.by_name.count(name) ? x.by_name.at(name) : std::set<size_t>();
    if (!ids.empty()) {
      ++typed;
      bool right = false;
      for (size_t i : ids) right = right || x.types[i] == g.value("type", "");
      typed_right += Count(right);
      if (!right && misses)
        (*misses)["types"].push_back({{"entity", gname}, {"type", g.value("type", "")}});
    }
    for (const auto& [doc, forms] : g.at("forms").items()) {
      ++total;
      bool found = false;
      for (size_t i : ids) found = found || x.forms[i].count(doc) > 0;
      hit += Count(found);
      if (!found && misses) (*misses)["entities"].push_back({{"entity", gname}, {"doc", doc}});
      for (const auto& f : forms) {
        const std::string nf = Normalized(f.get<std::string>());
        if (nf == name) continue;
        ++alias_total;
        const bool ok = FormFound(x, ids, doc, nf);
        alias_hit += Count(ok);
        if (!ok && misses)
          (*misses)["aliases"].push_back({{"entity", gname}, {"doc", doc}, {"form", f}});
      }
    }
  }
  m["entity_recall"] = Ratio(hit, total);
  m["alias_recall"] = Ratio(alias_hit, alias_total);
  m["entity_type_accuracy"] = Ratio(typed_right, typed);
}

// Entity precision (an exported entity with a mention in a gold article, matched when one of
// its mentions there names a gold entity of that article) and wrong merges (exported entities
// whose mentions name two gold entities). With `misses`, each wrong merge and each unmatched
// (entity, article) is listed there.
void PrecisionMetrics(const Exported& x, const Json& gold, Json& m, Json* misses) {
  const FormIndex gold_forms = GoldForms(gold);
  const auto& golds = gold.at("entities");
  size_t judged = 0, precise = 0, merges = 0;
  for (size_t e = 0; e < x.forms.size(); ++e) {
    std::set<size_t> named;
    for (const auto& [doc, forms] : x.forms[e]) {
      ++judged;
      bool any = false;
      for (const auto& f : forms) {
        const auto gold_entities = GoldEntitiesOf(gold_forms, doc, f);
        any = any || !gold_entities.empty();
        named.insert(gold_entities.begin(), gold_entities.end());
      }
      precise += Count(any);
      if (!any && misses) (*misses)["unmatched"].push_back({{"entity", x.names[e]}, {"doc", doc}});
    }
    merges += Count(named.size() >= 2);
    if (named.size() >= 2 && misses) {
      Json joined = Json::array();
      for (size_t g : named) joined.push_back(golds.at(g).at("name"));
      (*misses)["merges"].push_back({{"entity", x.names[e]}, {"joins", joined}});
    }
  }
  m["entity_precision"] = Ratio(precise, judged);
  m["wrong_merges"] = merges;
}

}  // namespace

Result<Json> EvaluateGold(const Json& ex, const Json& gold, bool misses) {
  try {
    const Matched mt(ex, gold);
    Json m;
    m["statements"] = ex.at("statements").size();
    m["contradicts_edges"] = mt.contra.size();
    m["supports_edges"] = mt.supports.size();
    ContradictionMetrics(mt, gold.at("disputes").size(), m);
    DisagreeingPairs(mt, m);
    AgreementMetrics(mt, gold, m);
    if (gold.contains("entities")) {
      const Exported x = ExportedEntities(ex, mt.src_doc);
      Json found_not = Json::object();
      RecallMetrics(x, gold, m, misses ? &found_not : nullptr);
      PrecisionMetrics(x, gold, m, misses ? &found_not : nullptr);
      if (misses) m["entity_misses"] = found_not;
    }
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

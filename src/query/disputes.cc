#include "query/disputes.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <numeric>
#include <set>
#include <tuple>

#include "core/text.h"
#include "query/query.h"

namespace cg {

namespace {

std::vector<std::string> Merged(const std::vector<std::string>& x,
                                const std::vector<std::string>& y) {
  std::vector<std::string> out;
  std::set_union(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(out));
  return out;
}

// A statement's index terms and entity ids (prefixed "@"), sorted and unique.
std::vector<std::string> CoreTerms(const Statement& s, const TermAnalyzer& analyzer) {
  std::vector<std::string> t = analyzer.Terms(s.text);
  for (const auto& e : s.entities) t.push_back("@" + e);
  std::sort(t.begin(), t.end());
  t.erase(std::unique(t.begin(), t.end()), t.end());
  return t;
}

std::vector<std::string> Common(const std::vector<std::string>& x,
                                const std::vector<std::string>& y) {
  std::vector<std::string> out;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(out));
  return out;
}

// Two-sided components: a union-find whose links carry a parity (0: same side, 1: the
// other side), and for each component the core it was seeded with.
class SideFinder {
 public:
  std::pair<std::string, int> Find(const std::string& x) {
    auto it = parent_.find(x);
    if (it == parent_.end()) {
      parent_[x] = {x, 0};
      return {x, 0};
    }
    if (it->second.first == x) return {x, 0};
    auto [root, p] = Find(it->second.first);
    const int parity = p ^ parent_[x].second;
    parent_[x] = {root, parity};
    return {root, parity};
  }

  // Puts `a` and `b` on opposite sides, when `core` (what the edge's statements share)
  // meets the core of every component it would join; false when it does not, or when the
  // two are already on one side.
  bool Oppose(const std::string& a, const std::string& b, const std::vector<std::string>& core) {
    auto [ra, pa] = Find(a);
    auto [rb, pb] = Find(b);
    if (ra == rb) return pa != pb && SharesCore(core, core_[ra]);
    for (const std::string* r : {&ra, &rb})
      if (core_.count(*r) && !SharesCore(core, core_[*r])) return false;
    if (rb < ra) {
      std::swap(ra, rb);
      std::swap(pa, pb);
    }
    parent_[rb] = {ra, pa ^ pb ^ 1};
    core_[ra] = Merged(core_.count(ra) ? core_[ra] : core, core_.count(rb) ? core_[rb] : core);
    core_.erase(rb);
    return true;
  }

  const std::vector<std::string>& CoreOf(const std::string& root) { return core_[root]; }

 private:
  std::map<std::string, std::pair<std::string, int>> parent_;  // node -> (parent, parity)
  std::map<std::string, std::vector<std::string>> core_;       // root -> seed core
};

// A node is a claim id or a lone statement id; its statements.
std::vector<std::string> StatementsOf(const std::string& node,
                                      const std::map<std::string, const Claim*>& claims) {
  const auto c = claims.find(node);
  return c != claims.end() ? c->second->statements : std::vector<std::string>{node};
}

DisputeSide MakeSide(const std::set<std::string>& nodes,
                     const std::map<std::string, const Claim*>& claims,
                     const std::map<std::string, double>& weight) {
  DisputeSide side;
  std::set<std::string> sources, statements;
  for (const auto& node : nodes) {
    if (claims.count(node)) side.claims.push_back(node);
    for (const auto& s : StatementsOf(node, claims)) {
      statements.insert(s);
      sources.insert(SourceOf(s));
    }
  }
  side.statements.assign(statements.begin(), statements.end());
  auto w = [&](const std::string& s) {
    const auto it = weight.find(s);
    return it == weight.end() ? 0.0 : it->second;
  };
  std::stable_sort(side.statements.begin(), side.statements.end(),
                   [&](const std::string& x, const std::string& y) { return w(x) > w(y); });
  side.sources.assign(sources.begin(), sources.end());
  return side;
}

// Takes the sources quoted on both sides out of each side's list.
std::vector<std::string> SplitBothSides(DisputeSide* a, DisputeSide* b) {
  std::vector<std::string> both, only_a, only_b;
  std::set_intersection(a->sources.begin(), a->sources.end(), b->sources.begin(), b->sources.end(),
                        std::back_inserter(both));
  std::set_difference(a->sources.begin(), a->sources.end(), both.begin(), both.end(),
                      std::back_inserter(only_a));
  std::set_difference(b->sources.begin(), b->sources.end(), both.begin(), both.end(),
                      std::back_inserter(only_b));
  a->sources = std::move(only_a);
  b->sources = std::move(only_b);
  return both;
}

// Side A backs the claim at stake: the side with more sources of its own (then the
// smaller leading statement id).
void OrderSides(Dispute* d) {
  const std::string first_a = *std::min_element(d->a.statements.begin(), d->a.statements.end());
  const std::string first_b = *std::min_element(d->b.statements.begin(), d->b.statements.end());
  if (d->b.sources.size() > d->a.sources.size() ||
      (d->b.sources.size() == d->a.sources.size() && first_b < first_a))
    std::swap(d->a, d->b);
}

double DisputeScore(const Dispute& d) {
  const double mean_edge =
      std::accumulate(d.edges.begin(), d.edges.end(), 0.0,
                      [](double acc, const Edge& e) { return acc + e.score; }) /
      (1.0 + d.edges.size());
  return static_cast<double>(d.a.sources.size() + d.b.sources.size()) +
         std::min(d.a.sources.size(), d.b.sources.size()) + mean_edge;
}

}  // namespace

bool Stronger(const Edge& x, const Edge& y) {
  if (x.score != y.score) return x.score > y.score;
  return std::tie(x.from, x.to) < std::tie(y.from, y.to);
}

std::string StableId(const std::string& prefix, const std::string& id) {
  return prefix + Sha256Hex(id).substr(0, 10);
}

std::string SourceOf(const std::string& statement_id) {
  std::string source;
  uint32_t start = 0;
  if (!ParseStatementId(statement_id, &source, &start).ok()) return statement_id;
  return source;
}

std::vector<std::string> EdgeCore(const Statement& a, const Statement& b,
                                  const TermAnalyzer& analyzer) {
  return Common(CoreTerms(a, analyzer), CoreTerms(b, analyzer));
}

bool SharesCore(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  auto i = x.begin();
  auto j = y.begin();
  while (i != x.end() && j != y.end()) {
    if (*i == *j) return true;
    *i < *j ? ++i : ++j;
  }
  return false;
}

std::string AboutLine(std::string_view claim, const std::vector<std::string>& core,
                      const TermAnalyzer& analyzer, size_t max_words) {
  const std::vector<Token> tokens = Tokenize(claim);
  std::vector<size_t> hits;
  for (size_t i = 0; i < tokens.size(); ++i)
    for (const auto& term : analyzer.Terms(tokens[i].text))
      if (std::binary_search(core.begin(), core.end(), term)) {
        hits.push_back(i);
        break;
      }
  auto span = [&](size_t first, size_t last) {
    return std::string(claim.substr(tokens[first].start, tokens[last].end - tokens[first].start));
  };
  if (tokens.empty()) return "";
  if (hits.empty()) return span(0, std::min(tokens.size(), max_words) - 1);
  if (hits.back() - hits.front() < max_words) return span(hits.front(), hits.back());
  std::string out;
  std::set<std::string> said;
  for (size_t i : hits)
    if (said.insert(ToLower(tokens[i].text)).second)
      out += (out.empty() ? "" : ", ") + std::string(tokens[i].text);
  return out;
}

std::vector<Dispute> BuildDisputes(const ClaimGraph& g, const TermAnalyzer& analyzer) {
  auto node_of = [&](const std::string& s) {
    auto it = g.claim_of.find(s);
    return it == g.claim_of.end() ? s : it->second;
  };
  std::vector<const Edge*> contra;
  for (const Edge& e : g.edges)
    if (e.type == "contradicts") contra.push_back(&e);
  std::sort(contra.begin(), contra.end(),
            [](const Edge* x, const Edge* y) { return Stronger(*x, *y); });
  std::map<std::string, std::vector<std::string>> terms;  // statement -> CoreTerms, read once
  auto terms_of = [&](const std::string& id) -> const std::vector<std::string>& {
    auto it = terms.find(id);
    if (it == terms.end()) it = terms.emplace(id, CoreTerms(g.statements.at(id), analyzer)).first;
    return it->second;
  };
  SideFinder finder;
  std::vector<const Edge*> kept;
  for (const Edge* e : contra) {
    const std::string na = node_of(e->from), nb = node_of(e->to);
    if (na == nb) continue;
    const auto core = Common(terms_of(e->from), terms_of(e->to));
    if (!core.empty() && finder.Oppose(na, nb, core)) kept.push_back(e);
  }
  std::map<std::string, const Claim*> claims;
  for (const Claim& c : g.claims) claims[c.id] = &c;
  std::map<std::string, double> weight;  // statement -> sum of its kept edge scores
  std::map<std::string, Dispute> by_root;
  std::map<std::string, std::array<std::set<std::string>, 2>> nodes;  // root -> sides
  for (const Edge* e : kept) {
    weight[e->from] += e->score;
    weight[e->to] += e->score;
    const auto [root, parity] = finder.Find(node_of(e->from));
    nodes[root][parity].insert(node_of(e->from));
    nodes[root][finder.Find(node_of(e->to)).second].insert(node_of(e->to));
    by_root[root].edges.push_back(*e);
  }
  std::vector<Dispute> out;
  for (auto& [root, d] : by_root) {
    d.a = MakeSide(nodes[root][0], claims, weight);
    d.b = MakeSide(nodes[root][1], claims, weight);
    // Each edge runs between the two sides: half its score to each.
    for (const Edge& e : d.edges) d.a.weight += e.score / 2;
    d.b.weight = d.a.weight;
    d.both_sides = SplitBothSides(&d.a, &d.b);
    OrderSides(&d);
    std::set<std::string> all(d.a.statements.begin(), d.a.statements.end());
    all.insert(d.b.statements.begin(), d.b.statements.end());
    d.id = StableId("d", *all.begin());
    std::sort(d.edges.begin(), d.edges.end(), Stronger);
    d.score = DisputeScore(d);
    d.claim = d.a.statements.front();
    const Statement& claim = g.statements.at(d.claim);
    d.about = AboutLine(claim.text, finder.CoreOf(root), analyzer);
    d.question = claim.text + "  <>  " + g.statements.at(d.b.statements.front()).text;
    out.push_back(std::move(d));
  }
  std::sort(out.begin(), out.end(), [](const Dispute& x, const Dispute& y) {
    if (x.score != y.score) return x.score > y.score;
    return x.id < y.id;
  });
  return out;
}

}  // namespace cg

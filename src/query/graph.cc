// Claims and disputes, derived from the stored edges. Both are pure functions of the
// edge set, so they do not depend on the order articles arrived in; the cost is linear in
// the number of edges.
//
// Claims: supports edges at or above the claim threshold, strongest first, join their
// statements' clusters unless a contradicts edge runs between the two clusters (so a
// chain of paraphrases never carries a statement into the camp it contradicts), and only
// when at least half of the cross-source pairs of the two clusters are supports edges.
// Disputes: contradicts edges between clusters (a lone statement is its own cluster),
// strongest first, join clusters into two-sided components with a parity union-find; an
// edge that would put two clusters on both sides at once is left out of the sides.
#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include "core/text.h"
#include "query/query.h"

namespace cg {

namespace {

bool Stronger(const Edge& x, const Edge& y) {
  if (x.score != y.score) return x.score > y.score;
  return std::tie(x.from, x.to) < std::tie(y.from, y.to);
}

std::string ShortHash(const std::string& prefix, const std::string& id) {
  return prefix + Sha256Hex(id).substr(0, 10);
}

std::string SourceOf(const std::string& statement_id) {
  std::string source;
  uint32_t start = 0;
  if (!ParseStatementId(statement_id, &source, &start).ok()) return statement_id;
  return source;
}

}  // namespace

Result<ClaimGraph> BuildClaimGraph(const Store& store, const ClaimGraphOptions& options) {
  ClaimGraph g;
  auto edges = store.ListEdges();
  if (!edges.ok()) return edges.status();
  g.edges = std::move(*edges);
  if (options.corrections) {
    auto overlay = LoadOverlay(store);
    if (!overlay.ok()) return overlay.status();
    overlay->ApplyToEdges(&g.edges);
  }
  for (const Edge& e : g.edges)
    for (const std::string* id : {&e.from, &e.to})
      if (!g.statements.count(*id)) {
        if (!options.statements) {
          Statement st;
          st.id = *id;
          g.statements.emplace(*id, std::move(st));
          continue;
        }
        auto st = store.GetStatement(*id);
        if (!st.ok()) return st.status().WithContext("edge " + e.from + " - " + e.to);
        g.statements.emplace(*id, std::move(*st));
      }

  // --- claims
  std::map<std::string, std::string> parent;
  std::function<std::string(const std::string&)> find = [&](const std::string& x) {
    auto it = parent.find(x);
    if (it == parent.end() || it->second == x) return x;
    const std::string root = find(it->second);
    parent[x] = root;
    return root;
  };
  std::map<std::string, std::set<std::string>> members;  // root -> statements
  for (const auto& [id, st] : g.statements) {
    parent[id] = id;
    members[id] = {id};
  }
  std::map<std::string, std::vector<std::string>> contradicted;  // statement -> others
  for (const Edge& e : g.edges)
    if (e.type == "contradicts") {
      contradicted[e.from].push_back(e.to);
      contradicted[e.to].push_back(e.from);
    }
  std::set<std::pair<std::string, std::string>> supported;  // any supports edge, (from, to)
  for (const Edge& e : g.edges)
    if (e.type == "supports") supported.insert({e.from, e.to});
  std::vector<const Edge*> supports;
  for (const Edge& e : g.edges)
    if (e.type == "supports" && e.score >= options.claim_min_score) supports.push_back(&e);
  std::sort(supports.begin(), supports.end(),
            [](const Edge* x, const Edge* y) { return Stronger(*x, *y); });
  for (const Edge* e : supports) {
    std::string ra = find(e->from), rb = find(e->to);
    if (ra == rb) continue;
    bool conflict = false;
    for (const auto& s : members[ra]) {
      for (const auto& o : contradicted[s])
        if (members[rb].count(o)) conflict = true;
      if (conflict) break;
    }
    if (conflict) continue;
    // Average linkage: the two clusters join only if most of their cross-source pairs
    // back each other, so a chain of paraphrases does not drift to another claim.
    size_t pairs = 0, backed = 0;
    for (const auto& x : members[ra])
      for (const auto& y : members[rb]) {
        if (SourceOf(x) == SourceOf(y)) continue;
        ++pairs;
        if (supported.count(x < y ? std::make_pair(x, y) : std::make_pair(y, x))) ++backed;
      }
    if (2 * backed < pairs) continue;
    if (rb < ra) std::swap(ra, rb);
    parent[rb] = ra;
    members[ra].insert(members[rb].begin(), members[rb].end());
    members.erase(rb);
  }
  // Centrality inside a claim: the sum of the supports scores to other members.
  std::map<std::string, double> centrality;
  for (const Edge& e : g.edges)
    if (e.type == "supports" && find(e.from) == find(e.to)) {
      centrality[e.from] += e.score;
      centrality[e.to] += e.score;
    }
  for (const auto& [root, set] : members) {
    if (set.size() < 2) continue;
    Claim c;
    c.statements.assign(set.begin(), set.end());
    c.id = ShortHash("c", c.statements.front());
    std::set<std::string> sources;
    for (const auto& s : c.statements) sources.insert(SourceOf(s));
    c.sources.assign(sources.begin(), sources.end());
    c.canonical = *std::max_element(c.statements.begin(), c.statements.end(),
                                    [&](const std::string& x, const std::string& y) {
                                      if (centrality[x] != centrality[y])
                                        return centrality[x] < centrality[y];
                                      return x > y;  // the smaller id wins a tie
                                    });
    c.text = g.statements.at(c.canonical).text;
    for (const auto& s : c.statements) g.claim_of[s] = c.id;
    g.claims.push_back(std::move(c));
  }
  std::sort(g.claims.begin(), g.claims.end(), [](const Claim& x, const Claim& y) {
    if (x.sources.size() != y.sources.size()) return x.sources.size() > y.sources.size();
    return x.id < y.id;
  });

  // --- disputes
  auto node_of = [&](const std::string& s) {
    auto it = g.claim_of.find(s);
    return it == g.claim_of.end() ? s : it->second;
  };
  std::map<std::string, std::pair<std::string, int>> dparent;  // node -> (parent, parity)
  std::function<std::pair<std::string, int>(const std::string&)> dfind =
      [&](const std::string& x) -> std::pair<std::string, int> {
    auto it = dparent.find(x);
    if (it == dparent.end()) {
      dparent[x] = {x, 0};
      return {x, 0};
    }
    if (it->second.first == x) return {x, 0};
    auto [root, p] = dfind(it->second.first);
    const int parity = p ^ dparent[x].second;
    dparent[x] = {root, parity};
    return {root, parity};
  };
  std::vector<const Edge*> contra;
  for (const Edge& e : g.edges)
    if (e.type == "contradicts") contra.push_back(&e);
  std::sort(contra.begin(), contra.end(),
            [](const Edge* x, const Edge* y) { return Stronger(*x, *y); });
  std::vector<const Edge*> kept;
  for (const Edge* e : contra) {
    const std::string na = node_of(e->from), nb = node_of(e->to);
    if (na == nb) continue;
    auto [ra, pa] = dfind(na);
    auto [rb, pb] = dfind(nb);
    if (ra == rb) {
      if (pa == pb) continue;  // would put both on one side: not part of the sides
    } else {
      if (rb < ra) {
        std::swap(ra, rb);
        std::swap(pa, pb);
      }
      dparent[rb] = {ra, pa ^ pb ^ 1};
    }
    kept.push_back(e);
  }
  std::map<std::string, Dispute> by_root;
  std::map<std::string, const Claim*> claim_by_id;
  for (const Claim& c : g.claims) claim_by_id[c.id] = &c;
  std::map<std::string, double> weight;  // statement -> sum of its kept edge scores
  for (const Edge* e : kept) {
    weight[e->from] += e->score;
    weight[e->to] += e->score;
  }
  std::map<std::string, std::array<std::set<std::string>, 2>> sides;  // root -> nodes
  for (const Edge* e : kept) {
    for (const std::string* s : {&e->from, &e->to}) {
      const std::string node = node_of(*s);
      auto [root, parity] = dfind(node);
      sides[root][parity].insert(node);
    }
    by_root[dfind(node_of(e->from)).first].edges.push_back(*e);
  }
  for (auto& [root, d] : by_root) {
    std::array<DisputeSide, 2> side;
    for (int k = 0; k < 2; ++k) {
      std::set<std::string> sources, statements;
      for (const auto& node : sides[root][k]) {
        // A node is a claim id or a lone statement id.
        const auto claim = claim_by_id.find(node);
        if (claim != claim_by_id.end()) side[k].claims.push_back(node);
        const std::vector<std::string> lone{node};
        for (const auto& s : claim != claim_by_id.end() ? claim->second->statements : lone) {
          statements.insert(s);
          sources.insert(SourceOf(s));
        }
      }
      side[k].statements.assign(statements.begin(), statements.end());
      std::stable_sort(
          side[k].statements.begin(), side[k].statements.end(),
          [&](const std::string& x, const std::string& y) { return weight[x] > weight[y]; });
      side[k].sources.assign(sources.begin(), sources.end());
    }
    for (const Edge& e : d.edges) {
      const int k = dfind(node_of(e.from)).second;
      side[k].weight += e.score / 2;
      side[1 - k].weight += e.score / 2;
    }
    const std::string first_a =
        *std::min_element(side[0].statements.begin(), side[0].statements.end());
    const std::string first_b =
        *std::min_element(side[1].statements.begin(), side[1].statements.end());
    const bool swap = side[1].sources.size() > side[0].sources.size() ||
                      (side[1].sources.size() == side[0].sources.size() && first_b < first_a);
    d.a = std::move(side[swap ? 1 : 0]);
    d.b = std::move(side[swap ? 0 : 1]);
    std::set<std::string> all(d.a.statements.begin(), d.a.statements.end());
    all.insert(d.b.statements.begin(), d.b.statements.end());
    d.id = ShortHash("d", *all.begin());
    std::sort(d.edges.begin(), d.edges.end(), Stronger);
    std::set<std::string> independent(d.a.sources.begin(), d.a.sources.end());
    independent.insert(d.b.sources.begin(), d.b.sources.end());
    d.score = static_cast<double>(independent.size()) +
              std::min(d.a.sources.size(), d.b.sources.size()) +
              std::accumulate(d.edges.begin(), d.edges.end(), 0.0, [](double acc, const Edge& e) {
                return acc + e.score;
              }) / (1.0 + d.edges.size());
    d.question = g.statements.at(d.a.statements.front()).text + "  <>  " +
                 g.statements.at(d.b.statements.front()).text;
    g.disputes.push_back(std::move(d));
  }
  std::sort(g.disputes.begin(), g.disputes.end(), [](const Dispute& x, const Dispute& y) {
    if (x.score != y.score) return x.score > y.score;
    return x.id < y.id;
  });
  return g;
}

Result<Claim> FindClaim(const Store& store, ClaimGraph* g, const std::string& id) {
  auto by_id = [&](const std::string& want) {
    return std::find_if(g->claims.begin(), g->claims.end(),
                        [&](const Claim& c) { return c.id == want; });
  };
  if (auto it = by_id(id); it != g->claims.end()) return *it;
  if (auto c = g->claim_of.find(id); c != g->claim_of.end()) return *by_id(c->second);
  auto st = store.GetStatement(id);
  if (!st.ok())
    return Status::NotFound("no claim or statement with id '" + id +
                            "' (claimgraph disputes and claimgraph statements list them)");
  Claim claim;
  claim.id = st->id;
  claim.text = st->text;
  claim.canonical = st->id;
  claim.statements = {st->id};
  claim.sources = {st->source};
  g->statements.emplace(st->id, std::move(*st));
  return claim;
}

}  // namespace cg

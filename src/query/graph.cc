// Claims and disputes, derived from the stored edges. Both are pure functions of the
// edge set, so they do not depend on the order articles arrived in; the cost is linear in
// the number of edges.
//
// Claims: supports edges at or above the claim threshold, strongest first, join their
// statements' clusters unless a contradicts edge runs between the two clusters (so a
// chain of paraphrases never carries a statement into the camp it contradicts), and only
// when at least half of the cross-source pairs of the two clusters are supports edges.
// Disputes: query/disputes.h.
#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include "core/text.h"
#include "query/disputes.h"
#include "query/query.h"

namespace cg {

namespace {

// Every statement an edge touches. Without `options.statements`, only the ends of
// contradicts edges are read (a dispute needs their words) and the others hold ids alone.
Status LoadStatements(const Store& store, const ClaimGraphOptions& options, ClaimGraph* g) {
  for (const bool contra : {true, false})
    for (const Edge& e : g->edges) {
      if ((e.type == "contradicts") != contra) continue;
      for (const std::string* id : {&e.from, &e.to}) {
        if (g->statements.count(*id)) continue;
        if (!options.statements && !contra) {
          Statement st;
          st.id = *id;
          g->statements.emplace(*id, std::move(st));
          continue;
        }
        auto st = store.GetStatement(*id);
        if (!st.ok()) return st.status().WithContext("edge " + e.from + " - " + e.to);
        g->statements.emplace(*id, std::move(*st));
      }
    }
  return Status::OK();
}

void BuildClaims(const ClaimGraphOptions& options, ClaimGraph* graph) {
  ClaimGraph& g = *graph;
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
    c.id = StableId("c", c.statements.front());
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
  if (Status st = LoadStatements(store, options, &g); !st.ok()) return st;
  BuildClaims(options, &g);
  g.disputes = BuildDisputes(g, TermAnalyzer());
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

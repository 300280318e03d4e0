// The briefing note: a document built from the claim graph and fixed templates, never
// free text. Every sentence cites the quotes it rests on; a citation [n] names source n of
// the source list and points at one quote of it, listed under "Quotes cited".
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "query/query.h"

namespace cg {

namespace {

constexpr size_t kMaxClaims = 8;
constexpr size_t kMaxDisputes = 6;
constexpr size_t kMaxPerSide = 3;
constexpr size_t kMaxEntities = 12;

// Sources numbered in the order of their ids; each cited quote once.
class Citations {
 public:
  explicit Citations(const std::map<std::string, Source>& sources) {
    int n = 0;
    for (const auto& [id, s] : sources) number_[id] = ++n;
  }
  // {"n", "statement"}: the citation of one quote.
  Json Cite(const Statement& st) {
    quotes_.emplace(st.id, st);
    return Json{{"n", number_.at(st.source)}, {"statement", st.id}};
  }
  int Number(const std::string& source) const { return number_.at(source); }
  const std::map<std::string, Statement>& quotes() const { return quotes_; }

 private:
  std::map<std::string, int> number_;
  std::map<std::string, Statement> quotes_;
};

}  // namespace

Result<BriefTopic> ResolveBriefTopic(const Store& store, const ClaimGraph& graph,
                                     const TermAnalyzer& analyzer, const std::string& text) {
  BriefTopic topic;
  for (const Dispute& d : graph.disputes) {
    if (d.id != text) continue;
    topic.kind = "dispute";
    topic.dispute = d.id;
    topic.label = "dispute " + d.id;
    topic.statements = d.a.statements;
    topic.statements.insert(topic.statements.end(), d.b.statements.begin(), d.b.statements.end());
    std::sort(topic.statements.begin(), topic.statements.end());
    return topic;
  }
  if (auto e = FindEntity(store, text); e.ok()) {
    auto sts = ListStatements(store, "", e->id);
    if (!sts.ok()) return sts.status();
    topic.kind = "entity";
    topic.label = e->name;
    for (const auto& st : *sts) topic.statements.push_back(st.id);
  } else {
    std::vector<std::string> terms = analyzer.Terms(text);
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    if (terms.empty())
      return Status::InvalidArgument("topic '" + text + "' has no words to look for");
    const size_t need = terms.size() <= 3 ? terms.size() : (2 * terms.size() + 2) / 3;
    std::map<std::string, size_t> held;  // statement id -> topic terms it holds
    for (const auto& t : terms) {
      auto postings = store.PostingsOf(t);
      if (!postings.ok()) return postings.status();
      for (const auto& [source, list] : *postings)
        for (const auto& p : list) ++held[MakeStatementId(source, p.statement_start)];
    }
    topic.kind = "phrase";
    topic.label = text;
    for (const auto& [id, n] : held)
      if (n >= need) topic.statements.push_back(id);
  }
  if (topic.statements.empty())
    return Status::NotFound("no statement is about '" + text +
                            "' (a phrase, an entity or a dispute id from claimgraph disputes)");
  std::sort(topic.statements.begin(), topic.statements.end());
  return topic;
}

Result<Json> BuildBrief(const Store& store, const ClaimGraph& graph, const BriefTopic& topic) {
  // Scope: the statements the note is about, and their sources.
  std::set<std::string> scope(topic.statements.begin(), topic.statements.end());
  std::map<std::string, Statement> statements;  // in scope, by id
  for (const auto& id : scope) {
    auto st = store.GetStatement(id);
    if (!st.ok()) return st.status();
    statements.emplace(id, std::move(*st));
  }
  auto in_scope = [&](const std::vector<std::string>& ids) {
    return std::any_of(ids.begin(), ids.end(),
                       [&](const std::string& id) { return scope.count(id) > 0; });
  };
  // Statements a claim or dispute brings in are cited too, so their sources are listed.
  std::vector<const Claim*> claims;
  for (const Claim& c : graph.claims)
    if (claims.size() < kMaxClaims && in_scope(c.statements)) claims.push_back(&c);
  std::vector<const Dispute*> disputes;
  for (const Dispute& d : graph.disputes) {
    if (disputes.size() >= kMaxDisputes) break;
    if (!topic.dispute.empty() && d.id != topic.dispute) continue;
    if (in_scope(d.a.statements) || in_scope(d.b.statements)) disputes.push_back(&d);
  }
  std::map<std::string, Source> sources;
  auto need_source = [&](const std::string& id) -> Status {
    if (sources.count(id)) return Status::OK();
    auto s = store.GetSource(id);
    if (!s.ok()) return s.status();
    sources.emplace(id, std::move(*s));
    return Status::OK();
  };
  for (const auto& [id, st] : statements) CG_RETURN_IF_ERROR(need_source(st.source));
  for (const Claim* c : claims)
    for (const auto& s : c->sources) CG_RETURN_IF_ERROR(need_source(s));
  for (const Dispute* d : disputes) {
    for (const auto& s : d->a.sources) CG_RETURN_IF_ERROR(need_source(s));
    for (const auto& s : d->b.sources) CG_RETURN_IF_ERROR(need_source(s));
  }
  Citations cite(sources);
  auto statement = [&](const std::string& id) -> const Statement& {
    auto it = graph.statements.find(id);
    return it != graph.statements.end() ? it->second : statements.at(id);
  };

  Json brief;
  brief["title"] = "Briefing: " + topic.label;
  brief["topic"] = topic.label;
  brief["kind"] = topic.kind;
  Json scope_cites = Json::array();
  {
    // One quote per source in scope: its first statement there.
    std::map<std::string, const Statement*> first;
    for (const auto& [id, st] : statements)
      if (!first.count(st.source) || st.start < first[st.source]->start) first[st.source] = &st;
    for (const auto& [src, st] : first) scope_cites.push_back(cite.Cite(*st));
  }
  brief["scope"] = {{"sources", scope_cites.size()},
                    {"statements", statements.size()},
                    {"citations", scope_cites}};

  Json claims_json = Json::array();
  for (const Claim* c : claims) {
    Json cj;
    cj["claim"] = c->id;
    cj["text"] = c->text;
    cj["statement"] = c->canonical;
    cj["independent_sources"] = c->sources.size();
    Json backing = Json::array();
    std::set<std::string> cited_sources;
    // One quote per source: the canonical statement first, then by id.
    std::vector<std::string> order = {c->canonical};
    for (const auto& id : c->statements)
      if (id != c->canonical) order.push_back(id);
    for (const auto& id : order) {
      const Statement& st = statement(id);
      if (!cited_sources.insert(st.source).second) continue;
      Json b = cite.Cite(st);
      b["text"] = st.text;
      backing.push_back(std::move(b));
    }
    cj["backing"] = std::move(backing);
    claims_json.push_back(std::move(cj));
  }
  brief["claims"] = std::move(claims_json);

  Json disputes_json = Json::array();
  for (const Dispute* d : disputes) {
    Json dj;
    dj["dispute"] = d->id;
    dj["about"] = d->about;
    dj["about_cites"] = Json::array({cite.Cite(statement(d->claim))});
    dj["both_sides"] = d->both_sides.size();
    for (const auto* side : {&d->a, &d->b}) {
      Json sj;
      sj["sources"] = side->sources.size();
      Json quotes = Json::array();
      std::set<std::string> cited_sources;
      for (const auto& id : side->statements) {
        if (quotes.size() >= kMaxPerSide) break;
        const Statement& st = statement(id);
        if (!cited_sources.insert(st.source).second) continue;
        Json q = cite.Cite(st);
        q["text"] = st.text;
        quotes.push_back(std::move(q));
      }
      sj["quotes"] = std::move(quotes);
      dj[side == &d->a ? "a" : "b"] = std::move(sj);
    }
    if (!d->edges.empty()) {
      const Edge& e = d->edges.front();
      dj["why"] = e.why;
      dj["why_cites"] = Json::array({cite.Cite(statement(e.from)), cite.Cite(statement(e.to))});
    }
    disputes_json.push_back(std::move(dj));
  }
  brief["disputes"] = std::move(disputes_json);

  // Entities: by the statements in scope naming them, then id.
  // Entities merged by a user's correction count as the one they joined.
  auto overlay = LoadOverlay(store);
  if (!overlay.ok()) return overlay.status();
  std::map<std::string, std::vector<const Statement*>> named;
  for (const auto& [id, st] : statements) {
    std::set<std::string> ids;
    for (const auto& e : st.entities) {
      auto m = overlay->merged_into.find(e);
      ids.insert(m == overlay->merged_into.end() ? e : m->second);
    }
    for (const auto& e : ids) named[e].push_back(&st);
  }
  std::vector<std::pair<size_t, std::string>> ranked;
  for (const auto& [e, sts] : named) ranked.emplace_back(sts.size(), e);
  std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  Json entities_json = Json::array();
  for (size_t i = 0; i < ranked.size() && i < kMaxEntities; ++i) {
    auto e = store.GetEntity(ranked[i].second);
    if (!e.ok()) return e.status();
    Json ej;
    ej["entity"] = e->id;
    ej["name"] = e->name;
    ej["type"] = e->type;
    ej["statements"] = ranked[i].first;
    Json cites = Json::array();
    std::set<std::string> seen;
    for (const Statement* st : named[e->id])
      if (seen.insert(st->source).second) cites.push_back(cite.Cite(*st));
    ej["citations"] = std::move(cites);
    entities_json.push_back(std::move(ej));
  }
  brief["entities"] = std::move(entities_json);

  Json sources_json = Json::array();
  for (const auto& [id, s] : sources) {
    Json sj;
    sj["n"] = cite.Number(id);
    sj["id"] = id;
    sj["title"] = s.title;
    sj["outlet"] = s.outlet;
    sj["author"] = s.author;
    sj["published"] = s.published;
    sj["url"] = s.url;
    sj["file"] = s.file;
    sources_json.push_back(std::move(sj));
  }
  brief["sources"] = std::move(sources_json);
  // Quotes by source, then by place in it.
  std::vector<const Statement*> cited;
  for (const auto& [id, st] : cite.quotes()) cited.push_back(&st);
  std::sort(cited.begin(), cited.end(), [](const Statement* x, const Statement* y) {
    return std::tie(x->source, x->start) < std::tie(y->source, y->start);
  });
  Json quotes_json = Json::array();
  for (const Statement* q : cited)
    quotes_json.push_back({{"statement", q->id},
                           {"n", cite.Number(q->source)},
                           {"source", q->source},
                           {"start", q->start},
                           {"end", q->end},
                           {"text", q->text}});
  brief["quotes"] = std::move(quotes_json);
  return brief;
}

}  // namespace cg

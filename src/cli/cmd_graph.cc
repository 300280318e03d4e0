// The claim graph's judgement: claimgraph disputes, dispute ID, claim ID, compare A B.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>

#include "cli/common.h"
#include "core/text.h"
#include "query/query.h"

namespace cg::cli {

namespace {

// Plain output only: article-derived text passes through TerminalSafe.
std::string List(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + TerminalSafe(items[i]);
  return out;
}

// A statement's text, quoted, for plain output.
std::string Quoted(const Statement& st) { return "\"" + TerminalSafe(st.text) + "\""; }

Json StatementJson(const Statement& st, const Store& store) {
  Json j;
  j["id"] = st.id;
  j["source"] = st.source;
  auto src = store.GetSource(st.source);
  if (src.ok()) {
    j["file"] = src->file;
    j["title"] = src->title;
  }
  j["start"] = st.start;
  j["end"] = st.end;
  j["text"] = st.text;
  return j;
}

std::string Where(const Statement& st) {
  return TerminalSafe(st.source) + " [" + std::to_string(st.start) + "-" + std::to_string(st.end) +
         "]";
}

// A and B are the edge's ends, as its reason names them; `side_a` (may be empty) marks
// which end belongs to a dispute's side A.
void PrintEdge(const Edge& e, const ClaimGraph& g, const std::string& indent,
               const std::set<std::string>& first = {}) {  // side A statements
  const Statement& a = g.statements.at(e.from);
  const Statement& b = g.statements.at(e.to);
  auto side = [&](const std::string& id) -> std::string {
    if (first.empty()) return "";
    return first.count(id) ? " (side A)" : " (side B)";
  };
  std::cout << indent << TerminalSafe(e.type) << " " << Fixed(e.score) << "\n"
            << indent << "  A" << side(e.from) << " " << Where(a) << "  " << Quoted(a) << "\n"
            << indent << "  B" << side(e.to) << " " << Where(b) << "  " << Quoted(b) << "\n"
            << indent << "  why: " << TerminalSafe(e.why) << "\n";
}

// What side B (the side with fewer sources) says, each statement with its strongest
// counter-statement: the best edge for each side-B statement, up to n, strongest first.
std::vector<const Edge*> Highlights(const Dispute& d, size_t n) {
  std::vector<const Edge*> out;
  std::set<std::string> seen;
  const std::set<std::string> b(d.b.statements.begin(), d.b.statements.end());
  for (const Edge& e : d.edges) {  // strongest first
    if (out.size() >= n) break;
    const std::string& bs = b.count(e.from) ? e.from : e.to;
    if (!seen.insert(bs).second) continue;
    out.push_back(&e);
  }
  return out;
}

Json SideJson(const DisputeSide& s, const ClaimGraph& g, const Store& store) {
  Json j;
  j["sources"] = s.sources;
  j["claims"] = s.claims;
  j["weight"] = s.weight;
  Json sts = Json::array();
  for (const auto& id : s.statements) sts.push_back(StatementJson(g.statements.at(id), store));
  j["statements"] = std::move(sts);
  return j;
}

Json DisputeJson(const Dispute& d, const ClaimGraph& g, const Store& store) {
  Json j;
  j["id"] = d.id;
  j["about"] = d.about;
  j["claim"] = StatementJson(g.statements.at(d.claim), store);
  j["question"] = d.question;
  j["score"] = d.score;
  j["a"] = SideJson(d.a, g, store);
  j["a"]["stance"] = "backs";
  j["b"] = SideJson(d.b, g, store);
  j["b"]["stance"] = "contests";
  j["both_sides"] = d.both_sides;
  Json edges = Json::array();
  for (const Edge& e : d.edges) edges.push_back(ToJson(e));
  j["edges"] = std::move(edges);
  return j;
}

std::string Sources(const std::vector<std::string>& sources) {
  return std::to_string(sources.size()) + " source" + (sources.size() == 1 ? "" : "s") +
         (sources.empty() ? "" : " (" + List(sources) + ")");
}

// "side A backs it: 2 sources (x, y)  side B contests it: 1 source (z)  on both sides: ..."
std::string SidesLine(const Dispute& d) {
  std::string out =
      "side A backs it: " + Sources(d.a.sources) + "  side B contests it: " + Sources(d.b.sources);
  if (!d.both_sides.empty())
    out += "  on both sides (counted for neither): " + Sources(d.both_sides);
  return out;
}

bool DisputeMatches(const Dispute& d, const ClaimGraph& g, const std::vector<std::string>& terms,
                    const std::string& entity_id, const TermAnalyzer& analyzer) {
  std::vector<std::string> all = d.a.statements;
  all.insert(all.end(), d.b.statements.begin(), d.b.statements.end());
  if (!entity_id.empty() && std::none_of(all.begin(), all.end(), [&](const std::string& s) {
        const auto& ents = g.statements.at(s).entities;
        return std::find(ents.begin(), ents.end(), entity_id) != ents.end();
      }))
    return false;
  if (terms.empty()) return true;
  const size_t need = (terms.size() + 1) / 2;
  return std::any_of(all.begin(), all.end(), [&](const std::string& s) {
    const auto have = analyzer.Terms(g.statements.at(s).text);
    size_t n = 0;
    for (const auto& t : terms) n += std::find(have.begin(), have.end(), t) != have.end();
    return n >= need;
  });
}

}  // namespace

void RegisterGraph(CLI::App& app, Context& ctx) {
  // --- disputes
  {
    struct Args {
      std::string about, entity;
      size_t limit = 10;
      size_t edges = 10;
      bool json = false;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand(
        "disputes", "Questions the sources disagree on, both sides, strongest evidence first");
    cmd->add_option("--about", args->about, "Only disputes with a statement about this text");
    cmd->add_option("--entity", args->entity, "Only disputes with a statement naming this entity");
    cmd->add_option("--limit", args->limit, "Most disputes to show (0: all)");
    cmd->add_option("--edges", args->edges,
                    "Side-B statements to show per dispute, each with its strongest counter");
    cmd->add_flag("--json", args->json, "Print as JSON");
    cmd->callback([&ctx, args]() {
      ctx.run = [&ctx, args]() -> Status {
        auto store = ctx.OpenForRead();
        if (!store.ok()) return store.status();
        auto g = BuildClaimGraph(**store);
        if (!g.ok()) return g.status();
        TermAnalyzer analyzer;
        const std::vector<std::string> terms = analyzer.Terms(args->about);
        if (!args->about.empty() && terms.empty())
          return Status::InvalidArgument("--about '" + args->about + "' has no words to match");
        std::string entity_id;
        if (!args->entity.empty()) {
          auto e = FindEntity(**store, args->entity);
          if (!e.ok()) return e.status();
          entity_id = e->id;
        }
        std::vector<const Dispute*> shown;
        for (const Dispute& d : g->disputes) {
          if (args->limit && shown.size() >= args->limit) break;
          if (DisputeMatches(d, *g, terms, entity_id, analyzer)) shown.push_back(&d);
        }
        if (args->json) {
          Json arr = Json::array();
          for (const Dispute* d : shown) arr.push_back(DisputeJson(*d, *g, **store));
          PrintJson(Json{{"disputes", arr}});
          return Status::OK();
        }
        size_t rank = 0;
        for (const Dispute* d : shown) {
          std::cout << ++rank << ". dispute " << TerminalSafe(d->id) << "  score "
                    << Fixed(d->score) << "  about: " << TerminalSafe(d->about) << "\n";
          std::cout << "   " << TerminalSafe(SidesLine(*d)) << "\n";
          std::cout << "   A: " << Quoted(g->statements.at(d->a.statements.front())) << "\n";
          std::cout << "   B: " << Quoted(g->statements.at(d->b.statements.front())) << "\n";
          const std::set<std::string> side_a(d->a.statements.begin(), d->a.statements.end());
          for (const Edge* e : Highlights(*d, args->edges)) PrintEdge(*e, *g, "   ", side_a);
          std::cout << "   (" << d->edges.size() << " contradicts edges; claimgraph dispute "
                    << TerminalSafe(d->id) << " shows all)\n";
        }
        if (shown.empty()) std::cout << "no disputes\n";
        return Status::OK();
      };
    });
  }
  // --- dispute ID
  {
    struct Args {
      std::string id;
      bool json = false;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand("dispute", "One dispute from both sides, every quote and edge");
    cmd->add_option("id", args->id, "Dispute id (from `claimgraph disputes`)")->required();
    cmd->add_flag("--json", args->json, "Print as JSON");
    cmd->callback([&ctx, args]() {
      ctx.run = [&ctx, args]() -> Status {
        auto store = ctx.OpenForRead();
        if (!store.ok()) return store.status();
        auto g = BuildClaimGraph(**store);
        if (!g.ok()) return g.status();
        auto it = std::find_if(g->disputes.begin(), g->disputes.end(),
                               [&](const Dispute& d) { return d.id == args->id; });
        if (it == g->disputes.end())
          return Status::NotFound("no dispute with id '" + args->id +
                                  "' (claimgraph disputes lists them)");
        if (args->json) {
          PrintJson(DisputeJson(*it, *g, **store));
          return Status::OK();
        }
        std::cout << "dispute " << TerminalSafe(it->id) << "  score " << Fixed(it->score)
                  << "\nabout: " << TerminalSafe(it->about)
                  << "\nclaim at stake: " << Quoted(g->statements.at(it->claim)) << "\n"
                  << TerminalSafe(SidesLine(*it)) << "\n";
        for (const auto* side : {&it->a, &it->b}) {
          std::cout << "\nside " << (side == &it->a ? "A (backs it)" : "B (contests it)")
                    << ", weight " << Fixed(side->weight) << "\n";
          for (const auto& id : side->statements) {
            const Statement& st = g->statements.at(id);
            std::cout << "  " << Where(st) << "  " << Quoted(st) << "\n";
          }
        }
        std::cout << "\nedges (" << it->edges.size() << "):\n";
        const std::set<std::string> side_a(it->a.statements.begin(), it->a.statements.end());
        for (const Edge& e : it->edges) PrintEdge(e, *g, "  ", side_a);
        return Status::OK();
      };
    });
  }
  // --- claim ID
  {
    struct Args {
      std::string id;
      bool json = false;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand(
        "claim", "A claim (or a statement's claim): its statements, who backs and who contests it");
    cmd->add_option("id", args->id, "Claim id, or a statement id (SOURCE@OFFSET)")->required();
    cmd->add_flag("--json", args->json, "Print as JSON");
    cmd->callback([&ctx, args]() {
      ctx.run = [&ctx, args]() -> Status {
        auto store = ctx.OpenForRead();
        if (!store.ok()) return store.status();
        auto g = BuildClaimGraph(**store);
        if (!g.ok()) return g.status();
        auto found = FindClaim(**store, &*g, args->id);
        if (!found.ok()) return found.status();
        const Claim& claim = *found;
        const std::set<std::string> members(claim.statements.begin(), claim.statements.end());
        std::vector<const Edge*> edges;
        std::set<std::string> backing(claim.sources.begin(), claim.sources.end()), contesting;
        for (const Edge& e : g->edges) {
          const bool f = members.count(e.from) > 0, t = members.count(e.to) > 0;
          if (!f && !t) continue;
          edges.push_back(&e);
          if (f && t) continue;
          const std::string other = f ? e.to : e.from;
          (e.type == "supports" ? backing : contesting).insert(g->statements.at(other).source);
        }
        if (args->json) {
          Json j = ToJson(claim);
          Json sts = Json::array();
          for (const auto& id : claim.statements)
            sts.push_back(StatementJson(g->statements.at(id), **store));
          j["statements"] = std::move(sts);
          j["backed_by"] = Json(std::vector<std::string>(backing.begin(), backing.end()));
          j["contested_by"] = Json(std::vector<std::string>(contesting.begin(), contesting.end()));
          Json ej = Json::array();
          for (const Edge* e : edges) ej.push_back(ToJson(*e));
          j["edges"] = std::move(ej);
          PrintJson(j);
          return Status::OK();
        }
        std::cout << "claim " << TerminalSafe(claim.id) << ": \"" << TerminalSafe(claim.text)
                  << "\"\n";
        std::cout << "statements (" << claim.statements.size() << "):\n";
        for (const auto& id : claim.statements) {
          const Statement& st = g->statements.at(id);
          std::cout << "  " << Where(st) << "  " << Quoted(st) << "\n";
        }
        std::cout << "backed by: " << List({backing.begin(), backing.end()}) << "\n";
        std::cout << "contested by: "
                  << (contesting.empty() ? std::string("none")
                                         : List({contesting.begin(), contesting.end()}))
                  << "\n";
        std::cout << "edges (" << edges.size() << "):\n";
        for (const Edge* e : edges) PrintEdge(*e, *g, "  ");
        return Status::OK();
      };
    });
  }
  // --- compare A B
  {
    struct Args {
      std::string a, b;
      bool json = false;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = app.add_subcommand(
        "compare", "Judge two statements now: features, scores and reason, linked or not");
    cmd->add_option("a", args->a, "Statement id (SOURCE@OFFSET)")->required();
    cmd->add_option("b", args->b, "Statement id (SOURCE@OFFSET)")->required();
    cmd->add_flag("--json", args->json, "Print as JSON");
    cmd->callback([&ctx, args]() {
      ctx.run = [&ctx, args]() -> Status {
        auto store = ctx.OpenForRead();
        if (!store.ok()) return store.status();
        auto an = ctx.MakeAnalyzers(store->get());
        if (!an.ok()) return an.status();
        auto a = (*store)->GetStatement(args->a);
        if (!a.ok()) return a.status();
        auto b = (*store)->GetStatement(args->b);
        if (!b.ok()) return b.status();
        const Edge e =
            (*an)->linker->Compare((*an)->linker->Profile(*a), (*an)->linker->Profile(*b));
        if (args->json) {
          PrintJson(ToJson(e));
          return Status::OK();
        }
        const bool swapped = e.from != a->id;
        const Statement& x = swapped ? *b : *a;
        const Statement& y = swapped ? *a : *b;
        std::cout << TerminalSafe(e.type) << " " << Fixed(e.score) << "\n  A " << Where(x) << "  "
                  << Quoted(x) << "\n  B " << Where(y) << "  " << Quoted(y)
                  << "\n  why: " << TerminalSafe(e.why) << "\n  features:";
        for (const auto& [name, v] : e.features) std::cout << " " << name << "=" << Fixed(v, 3);
        std::cout << "\n";
        if (a->source == b->source) std::cout << "  (one source: never linked)\n";
        return Status::OK();
      };
    });
  }
}

}  // namespace cg::cli

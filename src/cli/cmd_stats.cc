// claimgraph stats: counts of what the graph holds. Edges are the stored supports /
// contradicts edges (as ingest counts them). Claims and disputes are derived from all the
// edges when the query runs (BuildClaimGraph, with the users' corrections applied), which
// takes seconds on thousands of articles, so they are counted only with --claims.
#include <iostream>
#include <map>
#include <memory>

#include "cli/common.h"
#include "core/text.h"
#include "query/query.h"

namespace cg::cli {

void RegisterStats(CLI::App& app, Context& ctx) {
  auto json = std::make_shared<bool>(false);
  auto claims = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand(
      "stats",
      "Counts of sources, statements, entities, mentions, edges (claims and disputes "
      "with --claims)");
  cmd->add_flag("--json", *json, "Print as JSON");
  cmd->add_flag("--claims", *claims,
                "Also count claims and disputes (derived from every edge: slower)");
  cmd->callback([&ctx, json, claims]() {
    ctx.run = [&ctx, json, claims]() -> Status {
      auto store = ctx.OpenForRead();
      if (!store.ok()) return store.status();
      auto st = (*store)->Stats();
      if (!st.ok()) return st.status();
      auto entities = (*store)->ListEntities();
      if (!entities.ok()) return entities.status();
      std::map<std::string, size_t> by_type;
      for (const auto& e : *entities) ++by_type[e.type];
      uint64_t mentions = st->mentions.value_or(0);
      if (!st->mentions)  // a database written before mentions were counted in meta
        for (const auto& e : *entities) {
          auto ms = (*store)->MentionsOf(e.id);
          if (!ms.ok()) return ms.status();
          mentions += ms->size();
        }
      ClaimGraph graph;
      if (*claims) {
        ClaimGraphOptions counts;
        counts.statements = false;  // counts only: no statement need be read
        auto built = BuildClaimGraph(**store, counts);
        if (!built.ok()) return built.status();
        graph = std::move(*built);
      }
      // The domain gazetteers the database keeps (Store::GetGazetteers), by file name.
      auto kept = StoredGazetteers(**store);
      if (!kept.ok()) return kept.status();
      std::vector<std::string> gazetteers;
      for (const auto& [file, text] : *kept) gazetteers.push_back(file);
      if (*json) {
        Json j;
        j["gazetteers"] = gazetteers;
        j["database"] = (*store)->path();
        j["schema_version"] = (*store)->schema_version();
        j["sources"] = st->sources;
        j["statements"] = st->statements;
        j["entities"] = entities->size();
        j["entities_by_type"] = by_type;
        j["mentions"] = mentions;
        j["edges"] = st->edges;
        if (*claims) {
          j["claims"] = graph.claims.size();
          j["disputes"] = graph.disputes.size();
        }
        PrintJson(j);
        return Status::OK();
      }
      std::cout << "database:   " << TerminalSafe((*store)->path()) << " (schema "
                << (*store)->schema_version() << ")\n"
                << "sources:    " << st->sources << "\n"
                << "statements: " << st->statements << "\n"
                << "entities:   " << entities->size();
      std::string sep = " (";
      for (const auto& [t, n] : by_type) {
        std::cout << sep << n << " " << t;
        sep = ", ";
      }
      std::cout << (by_type.empty() ? "" : ")") << "\n"
                << "mentions:   " << mentions << "\n"
                << "edges:      " << st->edges << "\n";
      if (!gazetteers.empty()) {
        std::cout << "gazetteers:";
        for (const auto& g : gazetteers) std::cout << " " << TerminalSafe(g);
        std::cout << "\n";
      }
      if (*claims)
        std::cout << "claims:     " << graph.claims.size() << "\n"
                  << "disputes:   " << graph.disputes.size() << "\n";
      return Status::OK();
    };
  });
}

}  // namespace cg::cli

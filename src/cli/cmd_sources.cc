// claimgraph sources: the ingested sources with their metadata.
#include <iostream>
#include <memory>

#include "cli/common.h"

namespace cg::cli {

void RegisterSources(CLI::App& app, Context& ctx) {
  auto json = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand("sources", "List the ingested sources");
  cmd->add_flag("--json", *json, "Print as JSON");
  cmd->callback([&ctx, json]() {
    ctx.run = [&ctx, json]() -> Status {
      auto store = ctx.OpenForRead();
      if (!store.ok()) return store.status();
      auto sources = (*store)->ListSources();
      if (!sources.ok()) return sources.status();
      if (*json) {
        Json arr = Json::array();
        for (const auto& s : *sources) arr.push_back(ToJson(s));
        PrintJson(Json{{"sources", arr}});
        return Status::OK();
      }
      for (const auto& s : *sources) {
        std::cout << s.id << "  " << (s.title.empty() ? "(untitled)" : s.title) << "\n";
        std::cout << "    " << s.file << " | " << s.statement_count << " statements";
        if (!s.outlet.empty()) std::cout << " | " << s.outlet;
        if (!s.author.empty()) std::cout << " | " << s.author;
        if (!s.published.empty()) std::cout << " | " << s.published;
        std::cout << "\n";
        if (!s.url.empty()) std::cout << "    " << s.url << "\n";
        if (!s.copies.empty()) {
          std::cout << "    same text as:";
          for (const auto& c : s.copies) std::cout << " " << c;
          std::cout << "\n";
        }
      }
      if (sources->empty()) std::cout << "no sources (run `claimgraph ingest PATH...`)\n";
      return Status::OK();
    };
  });
}

}  // namespace cg::cli

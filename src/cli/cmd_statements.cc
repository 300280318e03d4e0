// claimgraph statements [--source ID] [--entity NAME]: statements with their quotes.
#include <iomanip>
#include <iostream>
#include <memory>

#include "cli/common.h"
#include "core/text.h"
#include "query/query.h"

namespace cg::cli {

void RegisterStatements(CLI::App& app, Context& ctx) {
  struct Args {
    std::string source, entity;
    bool json = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("statements", "List statements, by source and offset");
  cmd->add_option("--source", args->source, "Only this source's statements");
  cmd->add_option("--entity", args->entity, "Only statements that mention this entity");
  cmd->add_flag("--json", args->json, "Print as JSON");
  cmd->callback([&ctx, args]() {
    ctx.run = [&ctx, args]() -> Status {
      auto store = ctx.OpenForRead();
      if (!store.ok()) return store.status();
      std::string entity_id;
      if (!args->entity.empty()) {
        auto e = FindEntity(**store, args->entity);
        if (!e.ok()) return e.status();
        entity_id = e->id;
      }
      auto sts = ListStatements(**store, args->source, entity_id);
      if (!sts.ok()) return sts.status();
      if (args->json) {
        Json arr = Json::array();
        for (const auto& s : *sts) arr.push_back(ToJson(s));
        PrintJson(Json{{"statements", arr}});
        return Status::OK();
      }
      for (const auto& s : *sts) {
        std::cout << TerminalSafe(s.id) << " [" << s.start << "-" << s.end << "] " << std::fixed
                  << std::setprecision(2) << s.checkworthiness;
        if (s.kind == "headline") std::cout << " headline";
        if (s.hedged) std::cout << " hedged";
        if (!s.speaker.empty())
          std::cout << " (" << TerminalSafe(s.attribution_cue) << ": " << TerminalSafe(s.speaker)
                    << ")";
        std::cout << "\n    " << TerminalSafe(s.text) << "\n";
      }
      return Status::OK();
    };
  });
}

}  // namespace cg::cli

// claimgraph remove SOURCE...: deletes sources and everything derived from them.
#include <iostream>
#include <memory>

#include "cli/common.h"
#include "core/text.h"

namespace cg::cli {

void RegisterRemove(CLI::App& app, Context& ctx) {
  struct Args {
    std::vector<std::string> ids;
    bool json = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("remove", "Delete sources and everything derived from them");
  cmd->add_option("source", args->ids, "Source id(s)")->required();
  cmd->add_flag("--json", args->json, "Print the result as JSON");
  cmd->callback([&ctx, args]() {
    ctx.run = [&ctx, args]() -> Status {
      auto store = ctx.OpenForWrite();
      if (!store.ok()) return store.status();
      Json removed = Json::array();
      for (const auto& id : args->ids) {
        CG_RETURN_IF_ERROR((*store)->RemoveSource(id));
        removed.push_back(id);
        if (!args->json) std::cout << "removed " << TerminalSafe(id) << "\n";
      }
      if (args->json) PrintJson(Json{{"removed", removed}});
      return Status::OK();
    };
  });
}

}  // namespace cg::cli

// claimgraph export --format json: the whole graph as one JSON document.
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/common.h"
#include "query/query.h"

namespace cg::cli {

void RegisterExport(CLI::App& app, Context& ctx) {
  struct Args {
    std::string format = "json";
    std::string output;
    bool json = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("export", "Export the graph (schema/export.schema.json)");
  cmd->add_option("--format", args->format, "Export format")->check(CLI::IsMember({"json"}));
  cmd->add_option("-o,--output", args->output, "Write to this file instead of standard output");
  cmd->add_flag("--json", args->json,
                "Same as --format json (every printing command takes --json)");
  cmd->callback([&ctx, args]() {
    ctx.run = [&ctx, args]() -> Status {
      auto store = ctx.OpenForRead();
      if (!store.ok()) return store.status();
      auto doc = ExportGraph(**store);
      if (!doc.ok()) return doc.status();
      if (args->output.empty()) {
        PrintJson(*doc);
        return Status::OK();
      }
      std::ofstream out(args->output, std::ios::binary);
      if (!out) return Status::IOError("cannot write " + args->output);
      out << doc->dump(2) << "\n";
      if (!out) return Status::IOError("writing " + args->output + " failed");
      return Status::OK();
    };
  });
}

}  // namespace cg::cli

// claimgraph export --format json|graphml|jsonld: the whole graph as one document.
// claimgraph eval --gold FILE: the graph's claim and edge metrics against gold annotations.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

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
  auto* cmd = app.add_subcommand(
      "export", "Export the graph: json (schema/export.schema.json), graphml, jsonld (schema.org)");
  cmd->add_option("--format", args->format, "Export format: json, graphml or jsonld")
      ->check(CLI::IsMember({"json", "graphml", "jsonld"}));
  cmd->add_option("-o,--output", args->output, "Write to this file instead of standard output");
  cmd->add_flag("--json", args->json,
                "Same as --format json (every printing command takes --json)");
  cmd->callback([&ctx, args]() {
    ctx.run = [&ctx, args]() -> Status {
      auto store = ctx.OpenForRead();
      if (!store.ok()) return store.status();
      auto doc = ExportGraph(**store);
      if (!doc.ok()) return doc.status();
      std::string text;
      if (args->format == "graphml" && !args->json)
        text = ExportGraphMl(*doc);
      else if (args->format == "jsonld" && !args->json)
        text = ExportJsonLd(*doc).dump(2) + "\n";
      else
        text = doc->dump(2) + "\n";
      return WriteOutput(args->output, text);
    };
  });
}

namespace {

// One line a miss, kind, gold doc and what was missed, tab-separated:
// "aliases<TAB>07<TAB>Congressional Budget Office: CBO".
void PrintMisses(const Json& misses) {
  for (const auto& [kind, list] : misses.items())
    for (const auto& x : list) {
      std::cout << kind << "\t" << x.value("doc", "-") << "\t" << x.value("entity", "");
      if (x.contains("form")) std::cout << ": " << x.at("form").get<std::string>();
      if (x.contains("type")) std::cout << ": gold type " << x.at("type").get<std::string>();
      if (x.contains("joins")) std::cout << ": joins " << x.at("joins").dump();
      std::cout << "\n";
    }
}

}  // namespace

void RegisterEval(CLI::App& app, Context& ctx) {
  struct Args {
    std::string gold;
    bool json = false;
    bool misses = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "eval", "Score the graph against gold annotations (format of the sample's seed-gold.json)");
  cmd->add_option("--gold", args->gold, "Gold annotations (JSON)")->required();
  cmd->add_flag("--json", args->json, "Print as JSON");
  cmd->add_flag("--misses", args->misses,
                "Also list the gold entities and forms not found, entities typed wrong, wrong "
                "merges and entities naming no gold one");
  cmd->callback([&ctx, args]() {
    ctx.run = [&ctx, args]() -> Status {
      std::ifstream in(args->gold, std::ios::binary);
      if (!in) return Status::IOError("cannot read gold file " + args->gold);
      std::stringstream ss;
      ss << in.rdbuf();
      Json gold = Json::parse(ss.str(), nullptr, /*allow_exceptions=*/false);
      if (gold.is_discarded()) return Status::InvalidArgument(args->gold + ": not a JSON document");
      auto store = ctx.OpenForRead();
      if (!store.ok()) return store.status();
      auto doc = ExportGraph(**store);
      if (!doc.ok()) return doc.status();
      auto m = EvaluateGold(*doc, gold, args->misses);
      if (!m.ok()) return m.status().WithContext(args->gold);
      if (args->json) {
        PrintJson(*m);
        return Status::OK();
      }
      for (const auto& [k, v] : m->items())
        if (k != "entity_misses") std::cout << k << ": " << v.dump() << "\n";
      if (m->contains("entity_misses")) PrintMisses(m->at("entity_misses"));
      return Status::OK();
    };
  });
}

}  // namespace cg::cli

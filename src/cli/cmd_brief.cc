// claimgraph brief TOPIC: a briefing note on a phrase, an entity or a dispute, in
// Markdown, JSON or one self-contained HTML page.
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/common.h"
#include "query/query.h"

namespace cg::cli {

void RegisterBrief(CLI::App& app, Context& ctx) {
  struct Args {
    std::string topic, format = "md", output;
    bool json = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "brief",
      "A briefing note on a topic: key claims, disputes from both sides, entities, "
      "sources; every sentence cited");
  cmd->add_option("topic", args->topic, "A phrase, an entity name or a dispute id")->required();
  cmd->add_option("--format", args->format, "md (default), json or html")
      ->check(CLI::IsMember({"md", "json", "html"}));
  cmd->add_option("-o,--output", args->output, "Write to this file instead of standard output");
  cmd->add_flag("--json", args->json, "Print as JSON (the same as --format json)");
  cmd->callback([&ctx, args]() {
    ctx.run = [&ctx, args]() -> Status {
      auto store = ctx.OpenForRead();
      if (!store.ok()) return store.status();
      auto graph = BuildClaimGraph(**store);
      if (!graph.ok()) return graph.status();
      TermAnalyzer analyzer;
      auto topic = ResolveBriefTopic(**store, *graph, analyzer, args->topic);
      if (!topic.ok()) return topic.status();
      auto brief = BuildBrief(**store, *graph, *topic);
      if (!brief.ok()) return brief.status();
      const std::string format = args->json ? "json" : args->format;
      const std::string text = format == "json"   ? brief->dump(2) + "\n"
                               : format == "html" ? BriefHtml(*brief)
                                                  : BriefMarkdown(*brief);
      return WriteOutput(args->output, text);
    };
  });
}

}  // namespace cg::cli

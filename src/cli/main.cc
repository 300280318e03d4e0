// claimgraph: builds the CLI, runs the chosen subcommand, maps its Status to an exit code.
#include <cstdlib>
#include <iostream>

#include "cli/common.h"
#include "core/text.h"

int main(int argc, char** argv) {
  cg::cli::Context ctx;
  if (const char* env = std::getenv("CLAIMGRAPH_DB"); env && *env)
    ctx.db = env;
  else
    ctx.db = "claimgraph.db";

  CLI::App app{"claimgraph: articles into a claim-and-evidence graph, queried offline"};
  app.set_version_flag("--version", std::string("claimgraph ") + CLAIMGRAPH_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // --db and --gazetteer are accepted after the subcommand too
  app.option_defaults()->always_capture_default();
  app.add_option("--db", ctx.db, "Database directory (default: $CLAIMGRAPH_DB or ./claimgraph.db)");
  // One file per --gazetteer, so `ingest --gazetteer pack.tsv corpus` leaves corpus a path.
  app.add_option("--gazetteer", ctx.gazetteers,
                 "A domain gazetteer TSV file: known entities of your topic, such as "
                 "corpus/export-controls/gazetteer.tsv; repeat for more (also "
                 "$CLAIMGRAPH_GAZETTEER)")
      ->allow_extra_args(false);
  cg::cli::RegisterIngest(app, ctx);
  cg::cli::RegisterRemove(app, ctx);
  cg::cli::RegisterReindex(app, ctx);
  cg::cli::RegisterStats(app, ctx);
  cg::cli::RegisterCheck(app, ctx);
  cg::cli::RegisterSources(app, ctx);
  cg::cli::RegisterStatements(app, ctx);
  cg::cli::RegisterEntities(app, ctx);
  cg::cli::RegisterSearch(app, ctx);
  cg::cli::RegisterExport(app, ctx);
  cg::cli::RegisterGraph(app, ctx);
  cg::cli::RegisterBrief(app, ctx);
  cg::cli::RegisterCorrect(app, ctx);
  cg::cli::RegisterEval(app, ctx);
  cg::cli::RegisterTrain(app, ctx);
  cg::cli::RegisterEvalStance(app, ctx);
  cg::cli::RegisterPairs(app, ctx);
  cg::cli::RegisterTrainLink(app, ctx);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 prints the message; every usage error exits 2 (--help and --version 0).
    return app.exit(e) == 0 ? 0 : 2;
  }
  try {
    const cg::Status s = ctx.run ? ctx.run() : cg::Status::InvalidArgument("no subcommand");
    if (!s.ok()) {
      // The message may quote a file name or article text: never a control sequence.
      std::cerr << "claimgraph: " << cg::TerminalSafe(s.message()) << "\n";
      return cg::cli::kExitError;
    }
  } catch (const std::exception& e) {
    std::cerr << "claimgraph: internal error: " << cg::TerminalSafe(e.what()) << "\n";
    return cg::cli::kExitError;
  }
  return ctx.exit_code;
}

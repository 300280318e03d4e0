// What the subcommands share: the database path, opening the store, the analyzers'
// data files, and printing. Only main.cc prints errors and picks exit codes.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "ingest/pipeline.h"
#include "model/model.h"
#include "storage/store.h"

namespace cg::cli {

// Exit codes: 0 success; 1 error; 2 usage (CLI11); 3 done, but some inputs were skipped.
inline constexpr int kExitError = 1;
inline constexpr int kExitPartial = 3;

struct Context {
  std::string db;                       // --db, else $CLAIMGRAPH_DB, else ./claimgraph.db
  std::vector<std::string> gazetteers;  // --gazetteer: domain packs, none by default
  std::function<Status()> run;          // set by the chosen subcommand
  int exit_code = 0;                    // a command may raise it (partial success)

  Result<std::unique_ptr<Store>> OpenForRead() const;
  Result<std::unique_ptr<Store>> OpenForWrite(bool allow_other_schema = false) const;
  // The analyzers, with the domain gazetteers of --gazetteer and $CLAIMGRAPH_GAZETTEER, else
  // those `store` (when given) was built with.
  Result<std::unique_ptr<Analyzers>> MakeAnalyzers(const Store* store = nullptr) const;
  // The same for a writer, which keeps given gazetteers in `store`, so later runs without
  // --gazetteer analyse as this one.
  Result<std::unique_ptr<Analyzers>> MakeWriterAnalyzers(Store* store) const;
};

// The domain gazetteers `store` keeps (Store::GetGazetteers): (file, TSV text) pairs.
Result<std::vector<std::pair<std::string, std::string>>> StoredGazetteers(const Store& store);

// A file of claimgraph's data folder ($CLAIMGRAPH_DATA, else the build tree's or the
// installed one): stance_cues.tsv, stance_model.tsv...
std::string DataPath(const std::string& file);

void PrintJson(const Json& j);
std::string Fixed(double v, int digits = 2);  // "0.50": a score as printed  // one document,
                                              // two-space indent, trailing newline
// `text` to standard output when `path` is empty, else to the file (kIOError naming it).
Status WriteOutput(const std::string& path, const std::string& text);

void RegisterIngest(CLI::App& app, Context& ctx);
void RegisterRemove(CLI::App& app, Context& ctx);
void RegisterReindex(CLI::App& app, Context& ctx);
void RegisterStats(CLI::App& app, Context& ctx);
void RegisterCheck(CLI::App& app, Context& ctx);
void RegisterSources(CLI::App& app, Context& ctx);
void RegisterStatements(CLI::App& app, Context& ctx);
void RegisterEntities(CLI::App& app, Context& ctx);
void RegisterSearch(CLI::App& app, Context& ctx);
void RegisterExport(CLI::App& app, Context& ctx);
void RegisterGraph(CLI::App& app, Context& ctx);  // disputes, dispute, claim, compare
void RegisterEval(CLI::App& app, Context& ctx);
void RegisterTrain(CLI::App& app, Context& ctx);
void RegisterEvalStance(CLI::App& app, Context& ctx);
void RegisterBrief(CLI::App& app, Context& ctx);
void RegisterCorrect(CLI::App& app, Context& ctx);  // correct ..., corrections
void RegisterPairs(CLI::App& app, Context& ctx);
void RegisterTrainLink(CLI::App& app, Context& ctx);

}  // namespace cg::cli

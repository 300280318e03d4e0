// claimgraph check: verifies every invariant of schema/keys.md on the database and exits
// non-zero when one is broken (as SQLite's `PRAGMA integrity_check` does).
#include <iostream>
#include <memory>

#include "cli/common.h"

namespace cg::cli {
namespace {

Json ReportJson(const CheckReport& r) {
  Json j;
  j["ok"] = r.problem_count == 0;
  j["read"] = {{"sources", r.sources},        {"statements", r.statements},
               {"entities", r.entities},      {"mentions", r.mentions},
               {"postings", r.postings},      {"edges", r.edges},
               {"corrections", r.corrections}};
  j["problem_count"] = r.problem_count;
  j["problems"] = r.problems;
  return j;
}

void PrintReport(const std::string& db, const CheckReport& r) {
  std::cout << "read " << r.sources << " sources, " << r.statements << " statements, " << r.entities
            << " entities, " << r.mentions << " mentions, " << r.postings << " postings, "
            << r.edges << " edges, " << r.corrections << " corrections\n";
  if (r.problem_count == 0) {
    std::cout << "ok: " << db << " is consistent\n";
    return;
  }
  for (const auto& p : r.problems) std::cout << "  " << p << "\n";
  if (r.problem_count > r.problems.size())
    std::cout << "  ... and " << (r.problem_count - r.problems.size()) << " more\n";
}

}  // namespace

void RegisterCheck(CLI::App& app, Context& ctx) {
  struct Args {
    bool json = false;
    size_t limit = 100;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "check", "Verify the database: every record decodes and points at what it should");
  cmd->add_flag("--json", args->json, "Print the report as JSON");
  cmd->add_option("--limit", args->limit, "Problems listed at most (all are counted)");
  cmd->callback([&ctx, args]() {
    ctx.run = [&ctx, args]() -> Status {
      auto store = ctx.OpenForRead();
      if (!store.ok()) return store.status();
      auto report = (*store)->Check(args->limit);
      if (!report.ok()) return report.status();
      if (args->json)
        PrintJson(ReportJson(*report));
      else
        PrintReport(ctx.db, *report);
      if (report->problem_count == 0) return Status::OK();
      return Status::Corruption("database " + ctx.db +
                                " is damaged: " + std::to_string(report->problem_count) +
                                " problem" + (report->problem_count == 1 ? "" : "s") + " found");
    };
  });
}

}  // namespace cg::cli

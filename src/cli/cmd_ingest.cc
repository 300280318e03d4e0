// claimgraph ingest PATH...: reads articles into the graph and prints a summary.
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <memory>

#include "cli/common.h"
#include "core/text.h"

namespace cg::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  bool json = false;
  bool quiet = false;
  IngestOptions options;
  ArticleCaps caps;
  std::string timings;  // --timings FILE: one TSV line per article
};

Json CappedJson(const IngestReport& r) {
  Json j;
  j["articles"] = Json::array();
  for (const auto& c : r.capped) j["articles"].push_back({{"file", c.file}, {"reason", c.message}});
  j["sentences_not_analysed"] = r.sentences_cut;
  j["statements_left_out"] = r.statements_cut;
  j["pairs_not_judged"] = r.pairs_cut;
  return j;
}

Json ReportJson(const IngestReport& r, const GraphStats& st) {
  Json j;
  j["articles"] = r.added + r.replaced + r.unchanged;
  j["added"] = r.added;
  j["replaced"] = r.replaced;
  j["unchanged"] = r.unchanged;
  j["statements"] = r.statements;
  j["mentions"] = r.mentions;
  j["edges"] = r.edges;
  j["ignored_files"] = r.ignored_files;
  j["skipped"] = Json::array();
  for (const auto& s : r.skipped) {
    Json k;
    k["file"] = s.file;
    if (s.line) k["line"] = s.line;
    k["reason"] = s.message;
    j["skipped"].push_back(std::move(k));
  }
  j["capped"] = CappedJson(r);
  j["graph"] = {{"sources", st.sources}, {"statements", st.statements}, {"edges", st.edges}};
  j["seconds"] = {
      {"analyze", r.analyze_seconds}, {"link", r.link_seconds}, {"store", r.store_seconds}};
  return j;
}

void PrintReport(const IngestReport& r, const GraphStats& st, size_t entities) {
  std::cout << "ingested " << (r.added + r.replaced + r.unchanged) << " articles (" << r.added
            << " added, " << r.replaced << " replaced, " << r.unchanged
            << " unchanged): " << r.statements << " statements, " << r.mentions
            << " entity mentions, " << r.edges << " edges\n";
  std::cout << "graph: " << st.sources << " sources, " << st.statements << " statements, "
            << entities << " entities, " << st.edges << " edges\n";
  if (!r.capped.empty()) {
    std::cout << "capped " << r.capped.size() << " (stored; " << r.sentences_cut
              << " sentences not analysed, " << r.statements_cut << " statements left out, "
              << r.pairs_cut << " candidate pairs not judged):\n";
    for (const auto& c : r.capped) std::cout << "  " << c.ToString() << "\n";
  }
  if (!r.skipped.empty()) {
    std::cout << "skipped " << r.skipped.size() << ":\n";
    for (const auto& s : r.skipped) std::cout << "  " << TerminalSafe(s.ToString()) << "\n";
  }
}

// Prints the summary of an ingest or reindex; a skipped input makes the exit code 3.
Status Finish(const Store& store, const IngestReport& report, bool json, Context* ctx) {
  auto stats = store.Stats();
  if (!stats.ok()) return stats.status();
  auto entities = store.ListEntities();
  if (!entities.ok()) return entities.status();
  if (json) {
    Json j = ReportJson(report, *stats);
    j["graph"]["entities"] = entities->size();
    PrintJson(j);
  } else {
    PrintReport(report, *stats, entities->size());
  }
  if (!report.skipped.empty()) ctx->exit_code = kExitPartial;
  return Status::OK();
}

}  // namespace

void RegisterIngest(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<IngestArgs>();
  auto* cmd = app.add_subcommand("ingest", "Read articles (files or folders) into the graph");
  cmd->add_option("paths", args->paths, "Files or folders: .txt .md .html .json .jsonl .pdf")
      ->required();
  cmd->add_flag("--json", args->json, "Print the summary as JSON");
  cmd->add_flag("--quiet", args->quiet, "No progress line");
  cmd->add_option("--max-article-bytes", args->options.read.max_article_bytes,
                  "Skip an article larger than this (a file by its size, a stream or JSONL "
                  "line as it passes the limit)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--format", args->options.read.stream_format,
                  "Format of a pipe named as input, e.g. <(zcat x.jsonl.gz) (default: from "
                  "its name, else sniffed)")
      ->check(CLI::IsMember({"txt", "md", "html", "json", "jsonl", "pdf"}));
  cmd->add_option("--max-sentences", args->caps.max_sentences,
                  "Per article: sentences analysed (the rest is stored, not analysed)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--max-statements", args->caps.max_statements, "Per article: statements kept")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--max-pairs", args->caps.max_pairs,
                  "Per article: candidate statement pairs judged by the linker")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--timings", args->timings,
                  "Write one TSV line per article to FILE: file, id, bytes, sentences, "
                  "statements, pairs judged, analyse/link/store seconds");
  cmd->callback([&ctx, args]() {
    ctx.run = [&ctx, args]() -> Status {
      auto store = ctx.OpenForWrite();
      if (!store.ok()) return store.status();
      auto analyzers = ctx.MakeWriterAnalyzers(store->get());
      if (!analyzers.ok()) return analyzers.status();
      (*analyzers)->config.caps = args->caps;
      std::unique_ptr<std::ofstream> timings;
      IngestOptions options = args->options;
      if (!args->timings.empty()) {
        timings = std::make_unique<std::ofstream>(args->timings, std::ios::binary);
        if (!*timings) return Status::IOError("cannot write " + args->timings);
        *timings << "file\tid\tbytes\tsentences\tstatements\tpairs\tanalyze_s\tlink_s\tstore_"
                    "s\n";
        options.on_timing = [out = timings.get()](const ArticleTiming& t) {
          *out << EscapeForMessage(t.file) << '\t' << EscapeForMessage(t.id) << '\t' << t.bytes
               << '\t' << t.counts.sentences << '\t' << t.counts.statements << '\t'
               << t.counts.pairs << '\t' << t.analyze_seconds << '\t' << t.link_seconds << '\t'
               << t.store_seconds << '\n';
        };
      }
      const bool tty = isatty(STDERR_FILENO) && !args->quiet;
      auto progress = [tty](size_t done, size_t total, const std::string& file) {
        if (!tty) return;
        std::cerr << "\r\033[K[" << done << "/" << total << "] " << TerminalSafe(file)
                  << std::flush;
        if (done == total) std::cerr << "\r\033[K" << std::flush;
      };
      auto report = IngestPaths(args->paths, store->get(), **analyzers, progress, options);
      if (!report.ok()) return report.status();
      return Finish(**store, *report, args->json, &ctx);
    };
  });
}

void RegisterReindex(CLI::App& app, Context& ctx) {
  auto json = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand(
      "reindex",
      "Rebuild everything derived from the stored source texts (after a gazetteer or "
      "model upgrade, or to migrate an older database)");
  cmd->add_flag("--json", *json, "Print the summary as JSON");
  cmd->callback([&ctx, json]() {
    ctx.run = [&ctx, json]() -> Status {
      auto store = ctx.OpenForWrite(/*allow_other_schema=*/true);
      if (!store.ok()) return store.status();
      auto analyzers = ctx.MakeWriterAnalyzers(store->get());
      if (!analyzers.ok()) return analyzers.status();
      auto report = Reindex(store->get(), **analyzers);
      if (!report.ok()) return report.status();
      return Finish(**store, *report, *json, &ctx);
    };
  });
}

}  // namespace cg::cli

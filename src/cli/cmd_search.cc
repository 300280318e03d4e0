// claimgraph search TEXT: statements ranked by BM25, each with its source and quote.
#include <iomanip>
#include <iostream>
#include <memory>

#include "cli/common.h"
#include "core/text.h"
#include "query/query.h"

namespace cg::cli {

void RegisterSearch(CLI::App& app, Context& ctx) {
  struct Args {
    std::vector<std::string> words;
    size_t limit = 10;
    bool json = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd =
      app.add_subcommand("search", "Search statements (BM25), each hit with its source and quote");
  cmd->add_option("text", args->words, "What to search for")->required();
  cmd->add_option("--limit", args->limit, "Most hits to show (0: all)");
  cmd->add_flag("--json", args->json, "Print as JSON");
  cmd->callback([&ctx, args]() {
    ctx.run = [&ctx, args]() -> Status {
      auto store = ctx.OpenForRead();
      if (!store.ok()) return store.status();
      TermAnalyzer analyzer;
      auto hits = Search(**store, analyzer, Join(args->words, " "), args->limit);
      if (!hits.ok()) return hits.status();
      if (args->json) {
        Json arr = Json::array();
        for (const auto& h : *hits) {
          Json j;
          j["score"] = h.score;
          j["statement"] = h.statement.id;
          j["source"] = h.statement.source;
          j["file"] = h.source_file;
          j["title"] = h.source_title;
          j["start"] = h.statement.start;
          j["end"] = h.statement.end;
          j["text"] = h.statement.text;
          j["matched"] = h.matched_terms;
          arr.push_back(std::move(j));
        }
        PrintJson(Json{{"hits", arr}});
        return Status::OK();
      }
      size_t rank = 0;
      for (const auto& h : *hits) {
        std::cout << ++rank << ". " << std::fixed << std::setprecision(3) << h.score << "  "
                  << TerminalSafe(h.statement.source) << " [" << h.statement.start << "-"
                  << h.statement.end << "]";
        if (!h.source_title.empty()) std::cout << "  " << TerminalSafe(h.source_title);
        std::cout << "\n    " << TerminalSafe(h.statement.text) << "\n";
      }
      if (hits->empty()) std::cout << "no statements match\n";
      return Status::OK();
    };
  });
}

}  // namespace cg::cli

// claimgraph sources: the ingested sources with their metadata; with a claim (text or
// --claim ID), the sources that back it, contest it or discuss it; with --batch, many
// claims in one run.
#include <algorithm>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>
#include <thread>

#include "cli/common.h"
#include "core/text.h"
#include "ingest/stance.h"
#include "query/query.h"

namespace cg::cli {

namespace {

struct Args {
  std::string claim_text;
  std::string claim_id;
  std::string batch;
  size_t limit = 20;
  size_t evidence = 3;
  StanceOptions stance;
  bool json = false;
  bool features = false;
  std::string judge = "model";
  std::string model;
};

Status ListAll(const Store& store, bool json) {
  auto sources = store.ListSources();
  if (!sources.ok()) return sources.status();
  if (json) {
    Json arr = Json::array();
    for (const auto& s : *sources) arr.push_back(ToJson(s));
    PrintJson(Json{{"sources", arr}});
    return Status::OK();
  }
  for (const auto& s : *sources) {
    std::cout << TerminalSafe(s.id) << "  "
              << (s.title.empty() ? "(untitled)" : TerminalSafe(s.title)) << "\n";
    std::cout << "    " << TerminalSafe(s.file) << " | " << s.statement_count << " statements";
    if (!s.outlet.empty()) std::cout << " | " << TerminalSafe(s.outlet);
    if (!s.author.empty()) std::cout << " | " << TerminalSafe(s.author);
    if (!s.published.empty()) std::cout << " | " << TerminalSafe(s.published);
    std::cout << "\n";
    if (!s.url.empty()) std::cout << "    " << TerminalSafe(s.url) << "\n";
    if (!s.copies.empty()) {
      std::cout << "    same text as:";
      for (const auto& c : s.copies) std::cout << " " << TerminalSafe(c);
      std::cout << "\n";
    }
  }
  if (sources->empty()) std::cout << "no sources (run `claimgraph ingest PATH...`)\n";
  return Status::OK();
}

// What the graph already knows about a stored claim (or a statement's claim): its
// statements assert it, and the statements its edges reach back or contest it.
Result<std::pair<std::string, std::vector<StatementStance>>> FromGraph(const Store& store,
                                                                       const std::string& id) {
  auto g = BuildClaimGraph(store);
  if (!g.ok()) return g.status();
  auto found = FindClaim(store, &*g, id);
  if (!found.ok()) return found.status();
  const Claim& claim = *found;
  std::vector<StatementStance> known;
  const std::set<std::string> members(claim.statements.begin(), claim.statements.end());
  for (const auto& sid : claim.statements) {
    StatementStance s;
    s.statement = g->statements.at(sid);
    s.stance = "supports";
    s.score = 1.0;
    s.coverage = 1.0;
    s.why = "a statement of claim " + claim.id;
    s.claim_id = claim.id;
    known.push_back(std::move(s));
  }
  for (const Edge& e : g->edges) {
    const bool f = members.count(e.from) > 0, t = members.count(e.to) > 0;
    if (f == t) continue;
    StatementStance s;
    s.statement = g->statements.at(f ? e.to : e.from);
    s.stance = e.type;
    s.score = e.score;
    s.why = e.type + " " + (f ? e.from : e.to) + " of the claim: " + e.why;
    s.claim_id = claim.id;
    known.push_back(std::move(s));
  }
  return std::make_pair(claim.text, std::move(known));
}

void PrintAnswer(const ClaimStances& a, size_t limit) {
  std::cout << "claim: \"" << TerminalSafe(a.claim) << "\"\n";
  std::cout << "backed by " << a.supporting << ", contested by " << a.contradicting
            << ", discussed by " << a.discussing << " independent source"
            << (a.discussing == 1 ? "" : "s");
  if (a.relaying) std::cout << "; " << a.relaying << " more only relay what others say";
  if (a.both_sides) std::cout << "; " << a.both_sides << " take both sides";
  std::cout << "\n";
  if (a.sources.empty()) {
    std::cout << "no source speaks to it\n";
    return;
  }
  const char* headings[] = {"backs it", "contests it", "discusses it without taking a side"};
  const char* stances[] = {"supports", "contradicts", "discusses"};
  size_t shown = 0;
  for (int k = 0; k < 3; ++k) {
    bool heading = false;
    for (const SourceStance& ss : a.sources) {
      if (ss.stance != stances[k]) continue;
      if (limit && shown >= limit) break;
      ++shown;
      if (!heading) std::cout << "\n" << headings[k] << ":\n";
      heading = true;
      std::cout << "  " << TerminalSafe(ss.source.id) << "  " << ss.stance << " " << Fixed(ss.score)
                << "  " << (ss.source.title.empty() ? "(untitled)" : TerminalSafe(ss.source.title));
      if (!ss.source.outlet.empty()) std::cout << " | " << TerminalSafe(ss.source.outlet);
      std::cout << "\n";
      if (ss.both_sides) std::cout << "    takes both sides: its statements on each side follow\n";
      if (ss.relays)
        std::cout << "    relays it: every statement shown is someone else's (said, reported)\n";
      if (!ss.copy_of.empty())
        std::cout << "    same text as " << TerminalSafe(ss.copy_of) << " (counted once)\n";
      if (!ss.copies.empty()) {
        std::cout << "    same text as:";
        for (const auto& c : ss.copies) std::cout << " " << TerminalSafe(c);
        std::cout << " (counted once)\n";
      }
      for (const StatementStance& st : ss.evidence) {
        std::cout << "    " << st.stance << " " << Fixed(st.score) << "  "
                  << TerminalSafe(ss.source.file) << " [" << st.statement.start << "-"
                  << st.statement.end << "]  \"" << TerminalSafe(st.statement.text) << "\"\n";
        std::cout << "      why: " << TerminalSafe(st.why) << "\n";
      }
    }
  }
  if (limit && a.sources.size() > shown)
    std::cout << "\n(" << a.sources.size() - shown << " more; --limit 0 shows all)\n";
}

// Answers a batch. The claims are read and checked first (a bad line is named and
// skipped); from 64 claims on, two judges, each with its own analyzers, answer the two
// halves at once (the judge and the analyzers are not thread-safe; the store's reads and
// the model are). Output is in input order and the same bytes either way.
Status RunBatch(const Args& args, const Store& store, const Analyzers& analyzers,
                const StanceOptions& options, Context& ctx) {
  std::ifstream in(args.batch);
  if (!in) return Status::IOError(args.batch + ": cannot open");
  struct Query {
    Json id;
    std::string claim, where;
  };
  std::vector<Query> queries;
  std::string line;
  size_t n = 0, bad = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = args.batch + ":" + std::to_string(n);
    Json q = Json::parse(line, nullptr, false);
    if (q.is_discarded() || !q.is_object() || !q.contains("claim") || !q["claim"].is_string()) {
      std::cerr << "claimgraph: " << TerminalSafe(where)
                << ": not a {\"id\", \"claim\"} object, skipped\n";
      ++bad;
      continue;
    }
    queries.push_back({q.contains("id") ? q["id"] : Json(std::to_string(n)),
                       q["claim"].get<std::string>(), where});
  }
  std::vector<std::string> out(queries.size());
  auto answer = [&](StanceJudge& judge, size_t from, size_t to) -> Status {
    for (size_t i = from; i < to; ++i) {
      auto a = judge.Answer(queries[i].claim);
      if (!a.ok()) return a.status().WithContext(queries[i].where);
      Json answered = ToJson(*a, args.limit, args.features);
      Json line_out;
      line_out["id"] = queries[i].id;
      for (auto& [k, v] : answered.items()) line_out[k] = v;
      out[i] = line_out.dump(-1, ' ', false, Json::error_handler_t::replace);
    }
    return Status::OK();
  };
  const size_t half = queries.size() >= 64 && std::thread::hardware_concurrency() >= 2
                          ? queries.size() / 2
                          : queries.size();
  StanceJudge judge(&store, &analyzers, options);
  if (half == queries.size()) {
    CG_RETURN_IF_ERROR(answer(judge, 0, queries.size()));
  } else {
    auto second = ctx.MakeAnalyzers(&store);
    if (!second.ok()) return second.status();
    StanceJudge other(&store, second->get(), options);
    Status second_status;
    std::thread worker([&] { second_status = answer(other, half, queries.size()); });
    const Status first_status = answer(judge, 0, half);
    worker.join();
    CG_RETURN_IF_ERROR(first_status);
    CG_RETURN_IF_ERROR(second_status);
  }
  for (const std::string& o : out) std::cout << o << "\n";
  if (bad) ctx.exit_code = kExitPartial;
  return Status::OK();
}

}  // namespace

void RegisterSources(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "sources",
      "List the ingested sources; with a claim, the sources that back it, contest it or "
      "discuss it");
  CLI::Option* claim_opt =
      cmd->add_option("claim", args->claim_text,
                      "A claim in your own words (it need not match any stored wording)");
  cmd->add_option("--claim", args->claim_id, "A stored claim or statement id, instead of text");
  cmd->add_option("--batch", args->batch,
                  "A JSON Lines file of {\"id\", \"claim\"}: one answer line per claim");
  cmd->add_option("--limit", args->limit, "Most sources to list per claim (0: all)");
  cmd->add_option("--evidence", args->evidence, "Statements shown per source and side");
  cmd->add_option("--min-coverage", args->stance.min_coverage,
                  "A statement covering this share of the claim discusses it")
      ->capture_default_str();
  cmd->add_option("--min-source-coverage", args->stance.min_source_coverage,
                  "A source whose statements together cover this share of the claim discusses it")
      ->capture_default_str();
  cmd->add_option("--judge", args->judge,
                  "Who decides a source's stance: 'model' (the learned stance model) or 'linker' "
                  "(the judgement of the graph's edges, statement by statement)")
      ->check(CLI::IsMember({"model", "linker"}))
      ->capture_default_str();
  cmd->add_option("--linker-override", args->stance.linker_override,
                  "With the model: a linker verdict this strong on a statement decides the "
                  "source's stance (above 1: never)")
      ->capture_default_str();
  cmd->add_option("--model", args->model,
                  "A stance model file written by `claimgraph train` (default: the shipped one)");
  cmd->add_flag("--json", args->json, "Print as JSON");
  cmd->add_flag("--features", args->features,
                "With --json or --batch: each source's stance features (for training)");
  cmd->callback([&ctx, args, claim_opt]() {
    ctx.run = [&ctx, args, given = claim_opt->count() > 0]() -> Status {
      const int modes = given + !args->claim_id.empty() + !args->batch.empty();
      if (modes > 1) return Status::InvalidArgument("give a claim, --claim ID or --batch FILE");
      auto store = ctx.OpenForRead();
      if (!store.ok()) return store.status();
      if (modes == 0) return ListAll(**store, args->json);
      auto an = ctx.MakeAnalyzers(store->get());
      if (!an.ok()) return an.status();
      auto overlay = LoadOverlay(**store);
      if (!overlay.ok()) return overlay.status();
      StanceOptions options = args->stance;
      options.excluded = overlay->not_claims;
      options.evidence = args->evidence;
      StanceModel loaded;
      if (!args->model.empty()) {
        auto m = StanceModel::Load(args->model);
        if (!m.ok()) return m.status();
        loaded = std::move(*m);
      }
      if (args->judge == "model") {
        options.model = args->model.empty() ? &(*an)->stance_model : &loaded;
        if (options.model->empty())
          return Status::NotFound(
              "no stance model (stance_model.tsv in the data folder); "
              "write one with `claimgraph train` or use --judge linker");
      }
      if (!args->batch.empty()) return RunBatch(*args, **store, **an, options, ctx);
      StanceJudge judge(store->get(), an->get(), options);

      auto answer = [&]() -> Result<ClaimStances> {
        if (given) {
          if (args->claim_text.find_first_not_of(" \t\r\n") == std::string::npos)
            return Status::InvalidArgument("the claim is empty");
          return judge.Answer(args->claim_text);
        }
        auto known = FromGraph(**store, args->claim_id);
        if (!known.ok()) return known.status();
        return judge.Answer(known->first, std::move(known->second));
      }();
      if (!answer.ok()) return answer.status();
      if (args->json) {
        PrintJson(ToJson(*answer, args->limit, args->features));
      } else {
        PrintAnswer(*answer, args->limit);
      }
      return Status::OK();
    };
  });
}

}  // namespace cg::cli

// claimgraph pairs FILE.jsonl: the linker's judgement of many text pairs at once, without a
// database. Each line is {"id", "a", "b"} (any other field, such as a gold "label", is
// copied to the answer); each text is read as a one-source article (entities, hedges and
// attribution found as ingest finds them) and judged as two statements of different
// sources. The answers, one JSON line per pair in input order, give the edge type ("none"
// when no edge results), the score, both model probabilities and every feature: what
// bench/sick.sh scores and the linker's trainer reads.
#include <algorithm>
#include <fstream>
#include <iostream>

#include "cli/common.h"
#include "core/text.h"

namespace cg::cli {

namespace {

struct Args {
  std::string file, output;
  bool json = false;
};

// The statement a text is judged as: the whole text, with the entities of every statement
// ingest finds in it and their hedges and attribution.
Result<StatementProfile> ProfileText(const std::string& source, const std::string& text,
                                     const Analyzers& an) {
  RawArticle raw;
  raw.id = source;
  raw.file = source;
  raw.format = "txt";
  raw.text = text;
  auto rec = AnalyzeArticle(raw, an);
  if (!rec.ok()) return rec.status();
  Statement st;
  st.id = source + "@0";
  st.source = source;
  st.end = static_cast<uint32_t>(text.size());
  st.text = text;
  st.kind = "sentence";
  for (const Statement& s : rec->statements) {
    st.entities.insert(st.entities.end(), s.entities.begin(), s.entities.end());
    st.hedged = st.hedged || s.hedged;
    if (st.speaker.empty()) {
      st.speaker = s.speaker;
      st.attribution_cue = s.attribution_cue;
    }
  }
  std::sort(st.entities.begin(), st.entities.end());
  st.entities.erase(std::unique(st.entities.begin(), st.entities.end()), st.entities.end());
  return an.linker->Profile(st);
}

Json Answer(const Json& q, const Edge& e) {
  Json out = q;
  out.erase("a");
  out.erase("b");
  out["type"] = e.type;
  out["score"] = e.score;
  Json f = Json::object();
  for (const auto& [name, v] : e.features) f[name] = v;
  out["features"] = f;
  out["why"] = e.why;
  return out;
}

Status Run(const Args& args, Context& ctx) {
  std::ifstream in(args.file);
  if (!in) return Status::IOError(args.file + ": cannot open");
  auto an = ctx.MakeAnalyzers();
  if (!an.ok()) return an.status();
  std::string line, out;
  size_t n = 0, bad = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Json q = Json::parse(line, nullptr, false);
    if (q.is_discarded() || !q.is_object() || !q.contains("a") || !q["a"].is_string() ||
        !q.contains("b") || !q["b"].is_string()) {
      std::cerr << "claimgraph: " << TerminalSafe(args.file + ":" + std::to_string(n))
                << ": not an {\"id\", \"a\", \"b\"} object, skipped\n";
      ++bad;
      continue;
    }
    if (!q.contains("id")) q["id"] = std::to_string(n);
    auto a = ProfileText("A", q["a"].get<std::string>(), **an);
    if (!a.ok()) return a.status().WithContext(args.file + ":" + std::to_string(n));
    auto b = ProfileText("B", q["b"].get<std::string>(), **an);
    if (!b.ok()) return b.status().WithContext(args.file + ":" + std::to_string(n));
    const Json answer = Answer(q, (*an)->linker->Compare(*a, *b));
    if (args.json) {
      out += answer.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
    } else {
      out += TerminalSafe(answer["id"].is_string() ? answer["id"].get<std::string>()
                                                   : answer["id"].dump()) +
             "\t" + answer["type"].get<std::string>() + "\t" +
             Fixed(answer["score"].get<double>()) + "\t" +
             TerminalSafe(answer["why"].get<std::string>()) + "\n";
    }
  }
  CG_RETURN_IF_ERROR(WriteOutput(args.output, out));
  if (bad) ctx.exit_code = kExitPartial;
  return Status::OK();
}

}  // namespace

void RegisterPairs(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "pairs", "Judge many text pairs ({\"id\", \"a\", \"b\"} a line) as two statements each");
  cmd->add_option("file", args->file, "JSONL file of pairs")->required();
  cmd->add_option("-o,--output", args->output, "Write the answers here instead of stdout");
  cmd->add_flag("--json", args->json, "One JSON answer a line, with every feature");
  cmd->callback([&ctx, args]() { ctx.run = [&ctx, args]() { return Run(*args, ctx); }; });
}

}  // namespace cg::cli

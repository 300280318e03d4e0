// claimgraph train: fits the stance model on FNC-1-style CSVs (bodies: Body ID, articleBody;
// stances: Headline, Body ID, Stance) and writes the model file. With --hold-out K the
// topics (bodies joined by a claim they are both related to) whose first body id is a
// multiple of K are kept out of training and the model is scored on them.
// claimgraph eval-stance: scores a `sources --batch --json` run against gold pairs.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <optional>

#include "cli/common.h"
#include "core/text.h"
#include "ingest/gazetteer.h"  // ReadAll
#include "ingest/stance_model.h"
#include "query/query.h"

namespace cg::cli {

namespace {

using Clock = std::chrono::steady_clock;
double Since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// The rows of a CSV file under its header, as column -> value; fails naming the file and
// the column that is missing.
Result<std::vector<std::map<std::string, std::string>>> ReadCsvFile(
    const std::string& path, const std::vector<std::string>& columns) {
  auto text = ReadAll(path);
  if (!text.ok()) return text.status();
  auto rows = ParseCsv(*text);
  if (!rows.ok()) return rows.status().WithContext(path);
  if (rows->empty()) return Status::InvalidArgument(path + ": empty, expected a header row");
  const std::vector<std::string>& header = rows->front();
  std::vector<size_t> at;
  for (const std::string& c : columns) {
    auto it = std::find(header.begin(), header.end(), c);
    if (it == header.end())
      return Status::InvalidArgument(path + ": no column '" + c + "' in the header");
    at.push_back(static_cast<size_t>(it - header.begin()));
  }
  std::vector<std::map<std::string, std::string>> out;
  for (size_t r = 1; r < rows->size(); ++r) {
    const auto& row = (*rows)[r];
    std::map<std::string, std::string> m;
    for (size_t i = 0; i < columns.size(); ++i) {
      if (at[i] >= row.size())
        return Status::InvalidArgument(path + ": row " + std::to_string(r + 1) + " has " +
                                       std::to_string(row.size()) + " fields");
      m[columns[i]] = row[at[i]];
    }
    out.push_back(std::move(m));
  }
  return out;
}

// FNC-1 labels to claimgraph's.
std::string OurLabel(const std::string& fnc) {
  if (fnc == "agree") return "supports";
  if (fnc == "disagree") return "contradicts";
  if (fnc == "discuss") return "discusses";
  return fnc;
}

struct Pair {
  std::string claim, body, label;
};

// The bodies of one side of the split, read for stance, and the pairs over them.
struct Side {
  StanceCorpus corpus;
  std::map<std::string, size_t> index;  // body id -> article
  std::vector<Pair> pairs;
};

// The held-out part as claimgraph reads it: articles "fnc-<Body ID>", claims "h<n>" in
// order of first appearance, and the gold pairs.
Status WriteHeld(const std::string& dir,
                 const std::vector<std::map<std::string, std::string>>& bodies, const Side& held,
                 const std::function<bool(const std::string&)>& is_held) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IOError(dir + ": " + ec.message());
  std::string articles, claims, pairs;
  for (const auto& b : bodies) {
    if (!is_held(b.at("Body ID"))) continue;
    Json j;
    j["id"] = "fnc-" + b.at("Body ID");
    j["title"] = "";
    j["text"] = b.at("articleBody");
    articles += j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
  }
  std::map<std::string, std::string> claim_id;
  for (const Pair& p : held.pairs) {
    auto [it, fresh] = claim_id.emplace(p.claim, "h" + std::to_string(claim_id.size()));
    if (fresh) {
      Json j;
      j["id"] = it->second;
      j["claim"] = p.claim;
      claims += j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
    }
    Json j;
    j["claim"] = it->second;
    j["source"] = "fnc-" + p.body;
    j["stance"] = p.label;
    pairs += j.dump() + "\n";
  }
  CG_RETURN_IF_ERROR(WriteOutput(dir + "/articles.jsonl", articles));
  CG_RETURN_IF_ERROR(WriteOutput(dir + "/claims.jsonl", claims));
  return WriteOutput(dir + "/pairs.jsonl", pairs);
}

}  // namespace

void RegisterTrain(CLI::App& app, Context& ctx) {
  struct Args {
    std::string bodies, stances, out;
    size_t hold_out = 0;
    StanceTrainOptions options;
    double min_cover = 0.2;
    std::string split = "topic";
    std::string write_held;
    bool json = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "train", "Fit the stance model on FNC-1-style CSVs and write the model file");
  cmd->add_option("bodies", args->bodies, "Bodies CSV (columns 'Body ID', 'articleBody')")
      ->required();
  cmd->add_option("stances", args->stances, "Stances CSV (columns 'Headline', 'Body ID', 'Stance')")
      ->required();
  cmd->add_option("-o,--output", args->out,
                  "Write the model here (the shipped one is "
                  "ingest/data/stance_model.tsv)")
      ->required();
  cmd->add_option("--hold-out", args->hold_out,
                  "Keep bodies whose id is a multiple of K out of training and score the model "
                  "on them (0: train on all)");
  cmd->add_option("--c-related", args->options.c_related, "Inverse L2 strength, related model");
  cmd->add_option("--c-stance", args->options.c_stance, "Inverse L2 strength, stance model");
  cmd->add_option("--weight-supports", args->options.weight_supports, "Class weight");
  cmd->add_option("--weight-contradicts", args->options.weight_contradicts, "Class weight");
  cmd->add_option("--weight-discusses", args->options.weight_discusses, "Class weight");
  cmd->add_option("--min-word-groups", args->options.min_word_groups,
                  "A near word enters the model when related examples of this many topics hold it");
  cmd->add_option("--split", args->split,
                  "How --hold-out splits: 'topic' (bodies joined by a related claim stay together) "
                  "or 'body'")
      ->check(CLI::IsMember({"topic", "body"}));
  cmd->add_option("--min-cover", args->min_cover,
                  "An article holding less of the claim's rarity is unrelated without a model");
  cmd->add_option("--write-held", args->write_held,
                  "With --hold-out: write the held-out part to this folder as articles.jsonl (to "
                  "ingest), claims.jsonl (for `sources --batch`) and pairs.jsonl (for "
                  "`eval-stance`)");
  cmd->add_flag("--json", args->json, "Print the report as JSON");
  cmd->callback([&ctx, args]() {
    ctx.run = [args]() -> Status {
      const auto t0 = Clock::now();
      TermAnalyzer terms;
      auto cues = StanceCues::Load(DataPath("stance_cues.tsv"), terms);
      if (!cues.ok()) return cues.status();
      auto bodies = ReadCsvFile(args->bodies, {"Body ID", "articleBody"});
      if (!bodies.ok()) return bodies.status();
      auto stances = ReadCsvFile(args->stances, {"Headline", "Body ID", "Stance"});
      if (!stances.ok()) return stances.status();
      // Topics: bodies joined by a claim they are both related to. A topic is named by
      // its first body in the bodies file.
      std::map<std::string, std::string> parent;
      std::function<std::string(const std::string&)> find = [&](const std::string& b) {
        auto it = parent.find(b);
        if (it == parent.end() || it->second == b) return b;
        return it->second = find(it->second);
      };
      std::map<std::string, size_t> order;
      for (const auto& b : *bodies) order.emplace(b.at("Body ID"), order.size());
      {
        std::map<std::string, std::string> first_body;  // claim -> a related body
        for (const auto& p : *stances) {
          if (p.at("Stance") == "unrelated") continue;
          auto [it, fresh] = first_body.emplace(p.at("Headline"), p.at("Body ID"));
          if (fresh) continue;
          std::string x = find(it->second), y = find(p.at("Body ID"));
          if (x == y) continue;
          if (order[y] < order[x]) std::swap(x, y);
          parent[y] = x;
          parent.emplace(x, x);
        }
      }
      std::map<std::string, size_t> topic_index;
      auto topic = [&](const std::string& body) {
        return topic_index.emplace(find(body), topic_index.size()).first->second;
      };
      auto held = [&](const std::string& id) {
        if (args->hold_out == 0) return false;
        const std::string key = args->split == "topic" ? find(id) : id;
        char* end = nullptr;
        const unsigned long long n = std::strtoull(key.c_str(), &end, 10);
        return end && *end == '\0' && n % args->hold_out == 0;
      };
      Side side[2];  // 0 train, 1 held out
      for (const auto& b : *bodies) {
        Side& s = side[held(b.at("Body ID")) ? 1 : 0];
        s.index[b.at("Body ID")] = s.corpus.size();
        s.corpus.Add(b.at("Body ID"), StanceText::Read(b.at("articleBody"), terms, *cues));
      }
      for (size_t r = 0; r < stances->size(); ++r) {
        const auto& p = (*stances)[r];
        const std::string label = OurLabel(p.at("Stance"));
        if (StanceClass(label) < 0)
          return Status::InvalidArgument(args->stances + ": row " + std::to_string(r + 2) +
                                         ": unknown stance '" + p.at("Stance") + "'");
        Side& s = side[held(p.at("Body ID")) ? 1 : 0];
        if (!s.index.count(p.at("Body ID")))
          return Status::InvalidArgument(args->stances + ": row " + std::to_string(r + 2) +
                                         ": body " + p.at("Body ID") + " is not in " +
                                         args->bodies);
        s.pairs.push_back({p.at("Headline"), p.at("Body ID"), label});
      }
      for (Side& s : side) s.corpus.Finish();
      if (!args->write_held.empty()) {
        if (!args->hold_out) return Status::InvalidArgument("--write-held needs --hold-out K");
        CG_RETURN_IF_ERROR(WriteHeld(args->write_held, *bodies, side[1], held));
      }
      const double read_seconds = Since(t0);

      // Features of every pair whose body holds enough of the claim; the others are
      // unrelated by rule, at training as when answering.
      const auto t1 = Clock::now();
      std::map<std::string, StanceText> claims;
      auto features = [&](Side& s, const Pair& p) -> std::optional<StanceFeatures> {
        auto it = claims.find(p.claim);
        if (it == claims.end())
          it = claims.emplace(p.claim, StanceText::Read(p.claim, terms, *cues)).first;
        const StanceText& article = s.corpus.text(s.index.at(p.body));
        StanceFeatures f = ComputeStanceFeatures(it->second, article, s.corpus.idf());
        if (ClaimCover(f) < args->min_cover) return std::nullopt;
        return f;
      };
      std::vector<StanceFeatures> x;
      std::vector<std::string> y;
      std::vector<size_t> groups;
      size_t filtered_related = 0, related = 0;
      for (const Pair& p : side[0].pairs) {
        related += p.label != "unrelated";
        auto f = features(side[0], p);
        if (!f) {
          filtered_related += p.label != "unrelated";
          continue;
        }
        x.push_back(std::move(*f));
        y.push_back(p.label);
        groups.push_back(topic(p.body));
      }
      const double feature_seconds = Since(t1);
      const auto t2 = Clock::now();
      auto model = TrainStanceModel(x, y, args->options, args->min_cover, groups);
      if (!model.ok()) return model.status();
      const double train_seconds = Since(t2);
      CG_RETURN_IF_ERROR(WriteOutput(args->out, model->Serialize()));

      Json report;
      report["model"] = args->out;
      report["bodies"] = side[0].corpus.size();
      report["pairs"] = side[0].pairs.size();
      report["examples"] = x.size();
      report["related_below_min_cover"] = filtered_related;
      report["related"] = related;
      if (args->hold_out) {
        std::vector<std::pair<int, int>> gp;
        for (const Pair& p : side[1].pairs) {
          auto f = features(side[1], p);
          const std::string predicted = f ? model->Predict(*f).stance : "unrelated";
          gp.emplace_back(StanceClass(p.label), StanceClass(predicted));
        }
        StanceScore score = ScoreStances(gp);
        report["held_out"] = ToJson(score);
        report["held_out"]["bodies"] = side[1].corpus.size();
        if (!args->json)
          std::cout << "held out: " << side[1].corpus.size() << " bodies, "
                    << (args->split == "topic" ? "topics whose first body id" : "body ids") << " % "
                    << args->hold_out << " == 0\n"
                    << FormatStanceScore(score);
      }
      report["seconds"] = {
          {"read", read_seconds}, {"features", feature_seconds}, {"train", train_seconds}};
      if (args->json) {
        PrintJson(report);
      } else {
        std::printf(
            "trained on %zu bodies, %zu pairs (%zu examples; %zu of %zu related pairs "
            "below the cover threshold); read %.2f s, features %.2f s, train %.2f s\n",
            side[0].corpus.size(), side[0].pairs.size(), x.size(), filtered_related, related,
            read_seconds, feature_seconds, train_seconds);
      }
      return Status::OK();
    };
  });
}

void RegisterEvalStance(CLI::App& app, Context& ctx) {
  struct Args {
    std::string pairs, answers;
    bool json = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "eval-stance",
      "Score `sources --batch --json` answers against gold pairs (FNC-1 score, F1, confusion)");
  cmd->add_option("pairs", args->pairs,
                  "Gold pairs, JSON lines {\"claim\", \"source\", \"stance\"}; a pair no answer "
                  "lists is unrelated")
      ->required();
  cmd->add_option("answers", args->answers, "Answers of `sources --batch --json`")->required();
  cmd->add_flag("--json", args->json, "Print as JSON");
  cmd->callback([&ctx, args]() {
    ctx.run = [args]() -> Status {
      std::map<std::pair<std::string, std::string>, int> predicted;  // (claim, source) -> class
      {
        auto text = ReadAll(args->answers);
        if (!text.ok()) return text.status();
        size_t n = 0;
        for (std::string_view line : Split(*text, '\n')) {
          ++n;
          if (Trim(line).empty()) continue;
          Json j = Json::parse(line, nullptr, false);
          if (j.is_discarded() || !j.contains("id") || !j.contains("sources") ||
              !j["sources"].is_array())
            return Status::InvalidArgument(args->answers + ":" + std::to_string(n) +
                                           ": not an answer line {\"id\", \"sources\": [...]}");
          const std::string claim =
              j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump();
          for (const Json& s : j["sources"]) {
            const int k = StanceClass(s.value("stance", ""));
            if (k < 0)
              return Status::InvalidArgument(args->answers + ":" + std::to_string(n) +
                                             ": unknown stance '" + s.value("stance", "") + "'");
            predicted[{claim, s.value("id", "")}] = k;
          }
        }
      }
      std::vector<std::pair<int, int>> gp;
      auto text = ReadAll(args->pairs);
      if (!text.ok()) return text.status();
      size_t n = 0;
      for (std::string_view line : Split(*text, '\n')) {
        ++n;
        if (Trim(line).empty()) continue;
        Json j = Json::parse(line, nullptr, false);
        const int gold = j.is_discarded() ? -1 : StanceClass(j.value("stance", ""));
        if (gold < 0 || !j.contains("claim") || !j.contains("source"))
          return Status::InvalidArgument(args->pairs + ":" + std::to_string(n) +
                                         ": not a gold pair {\"claim\", \"source\", \"stance\"}");
        const std::string claim =
            j["claim"].is_string() ? j["claim"].get<std::string>() : j["claim"].dump();
        auto it = predicted.find({claim, j["source"].get<std::string>()});
        gp.emplace_back(gold, it == predicted.end() ? 3 : it->second);
      }
      const StanceScore score = ScoreStances(gp);
      if (args->json)
        PrintJson(ToJson(score));
      else
        std::cout << FormatStanceScore(score);
      return Status::OK();
    };
  });
}

}  // namespace cg::cli

// claimgraph correct ...: a user's fix of the graph, kept as an overlay with history;
// claimgraph corrections: every correction, active, superseded, undone or orphaned.
#include <ctime>
#include <iostream>
#include <memory>

#include "cli/common.h"
#include "core/text.h"
#include "query/query.h"

namespace cg::cli {

namespace {

struct Common {
  std::string reason, by;
  bool undo = false;
  bool json = false;
};

void AddCommon(CLI::App* cmd, Common& c, bool undo) {
  cmd->add_option("--reason", c.reason, "Why: kept with the correction")->required();
  cmd->add_option("--by", c.by, "Who makes it (default: $USER)");
  if (undo) cmd->add_flag("--undo", c.undo, "Withdraw an earlier correction of this target");
  cmd->add_flag("--json", c.json, "Print the stored correction as JSON");
}

std::string NowUtc() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// {"source", "quote"} of a statement named by id: what the correction is keyed by.
Result<Json> QuoteRef(const Store& store, const std::string& id) {
  auto st = store.GetStatement(id);
  if (!st.ok())
    return Status::NotFound("no statement '" + id +
                            "' (ids are SOURCE@OFFSET, as listed by "
                            "claimgraph statements, disputes and sources)");
  return Json{{"source", st->source}, {"quote", st->text}};
}

Status Save(Context& ctx, Correction c, const Common& common) {
  if (common.reason.find_first_not_of(" \t") == std::string::npos)
    return Status::InvalidArgument("--reason is empty: say why");
  c.reason = common.reason;
  c.who = !common.by.empty()               ? common.by
          : std::getenv("USER") != nullptr ? std::getenv("USER")
                                           : "unknown";
  c.when = NowUtc();
  auto store = ctx.OpenForWrite();
  if (!store.ok()) return store.status();
  CG_RETURN_IF_ERROR((*store)->AddCorrection(&c));
  if (common.json) {
    PrintJson(ToJson(c));
  } else {
    std::cout << "correction " << c.seq << " stored: " << c.kind << " " << c.value;
    if (!c.previous.empty()) std::cout << " (was " << TerminalSafe(c.previous) << ")";
    std::cout << "\n";
  }
  return Status::OK();
}

std::string Describe(const Correction& c) {
  const Json& a = c.about;
  auto q = [](const Json& r) {
    return r.value("source", "") + " \"" + r.value("quote", "") + "\"";
  };
  if (c.kind == "edge") return q(a["a"]) + "  ~  " + q(a["b"]);
  if (c.kind == "not-a-claim") return q(a);
  if (c.kind == "merge") return a.value("entity", "") + " into " + a.value("into", "");
  return "\"" + a.value("alias", "") + "\" off " + a.value("entity", "");
}

}  // namespace

void RegisterCorrect(CLI::App& app, Context& ctx) {
  auto* correct = app.add_subcommand(
      "correct", "Fix what the tool got wrong; the fix is kept, with history, across re-ingests");
  correct->require_subcommand(1);
  // --- edge A B --label L
  {
    struct Args : Common {
      std::string a, b, label;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = correct->add_subcommand(
        "edge", "Relabel the link between two statements: supports, contradicts or none");
    cmd->add_option("a", args->a, "Statement id (SOURCE@OFFSET)")->required();
    cmd->add_option("b", args->b, "Statement id (SOURCE@OFFSET)")->required();
    cmd->add_option("--label", args->label, "supports, contradicts or none")
        ->required()
        ->check(CLI::IsMember({"supports", "contradicts", "none"}));
    AddCommon(cmd, *args, false);
    cmd->callback([&ctx, args]() {
      ctx.run = [&ctx, args]() -> Status {
        Correction c;
        c.kind = "edge";
        c.value = args->label;
        {
          auto store = ctx.OpenForRead();
          if (!store.ok()) return store.status();
          auto a = QuoteRef(**store, args->a);
          if (!a.ok()) return a.status();
          auto b = QuoteRef(**store, args->b);
          if (!b.ok()) return b.status();
          if (args->a == args->b) return Status::InvalidArgument("an edge needs two statements");
          c.about = Json{{"a", *a}, {"b", *b}};
          auto g = BuildClaimGraph(**store);
          if (!g.ok()) return g.status();
          c.previous = "none";
          for (const Edge& e : g->edges)
            if ((e.from == args->a && e.to == args->b) || (e.from == args->b && e.to == args->a))
              c.previous = e.type + " " + std::to_string(e.score).substr(0, 4);
        }
        return Save(ctx, std::move(c), *args);
      };
    });
  }
  // --- not-a-claim STATEMENT
  {
    struct Args : Common {
      std::string statement;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = correct->add_subcommand(
        "not-a-claim", "Mark a statement as no claim: it leaves every edge, claim and dispute");
    cmd->add_option("statement", args->statement, "Statement id (SOURCE@OFFSET)")->required();
    AddCommon(cmd, *args, true);
    cmd->callback([&ctx, args]() {
      ctx.run = [&ctx, args]() -> Status {
        Correction c;
        c.kind = "not-a-claim";
        c.value = args->undo ? "undo" : "apply";
        {
          auto store = ctx.OpenForRead();
          if (!store.ok()) return store.status();
          auto ref = QuoteRef(**store, args->statement);
          if (!ref.ok()) return ref.status();
          c.about = *ref;
          c.previous = "a statement";
        }
        return Save(ctx, std::move(c), *args);
      };
    });
  }
  // --- merge ENTITY INTO
  {
    struct Args : Common {
      std::string entity, into;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = correct->add_subcommand("merge", "Merge an entity into another (the same thing)");
    cmd->add_option("entity", args->entity, "The entity to merge (name, alias or id)")->required();
    cmd->add_option("into", args->into, "The entity it joins (name, alias or id)")->required();
    AddCommon(cmd, *args, true);
    cmd->callback([&ctx, args]() {
      ctx.run = [&ctx, args]() -> Status {
        Correction c;
        c.kind = "merge";
        c.value = args->undo ? "undo" : "apply";
        {
          auto store = ctx.OpenForRead();
          if (!store.ok()) return store.status();
          auto e = (*store)->GetEntity(args->entity);
          if (!e.ok()) e = FindEntity(**store, args->entity);
          if (!e.ok()) return e.status();
          auto into = FindEntity(**store, args->into);
          if (!into.ok()) return into.status();
          if (e->id == into->id && !args->undo)
            return Status::InvalidArgument("'" + args->entity + "' already is " + into->name);
          c.about = Json{{"entity", e->id}, {"into", into->id}};
          c.previous = e->name + " and " + into->name + " apart";
        }
        return Save(ctx, std::move(c), *args);
      };
    });
  }
  // --- split ALIAS ENTITY
  {
    struct Args : Common {
      std::string alias, entity;
    };
    auto args = std::make_shared<Args>();
    auto* cmd = correct->add_subcommand(
        "split", "Split an alias off an entity: its mentions become an entity of their own");
    cmd->add_option("alias", args->alias, "The form to split off, as mentioned")->required();
    cmd->add_option("entity", args->entity, "The entity it was resolved to")->required();
    AddCommon(cmd, *args, true);
    cmd->callback([&ctx, args]() {
      ctx.run = [&ctx, args]() -> Status {
        Correction c;
        c.kind = "split";
        c.value = args->undo ? "undo" : "apply";
        {
          auto store = ctx.OpenForRead();
          if (!store.ok()) return store.status();
          auto e = (*store)->GetEntity(args->entity);
          if (!e.ok()) e = FindEntity(**store, args->entity);
          if (!e.ok()) return e.status();
          auto view = ViewEntity(**store, *e);
          if (!view.ok()) return view.status();
          bool seen = false;
          std::string forms;
          for (const auto& f : view->observed_forms) {
            seen = seen || Squash(f) == Squash(args->alias);
            forms += (forms.empty() ? "" : ", ") + f;
          }
          if (!seen && !args->undo)
            return Status::InvalidArgument(e->name + " is never mentioned as '" + args->alias +
                                           "' (forms seen: " + forms + ")");
          c.about = Json{{"alias", args->alias}, {"entity", e->id}};
          c.previous = "\"" + args->alias + "\" is " + e->name;
        }
        return Save(ctx, std::move(c), *args);
      };
    });
  }

  // --- corrections
  {
    auto json = std::make_shared<bool>(false);
    auto* cmd = app.add_subcommand(
        "corrections", "Every correction with its history: active, superseded, undone or orphaned");
    cmd->add_flag("--json", *json, "Print as JSON");
    cmd->callback([&ctx, json]() {
      ctx.run = [&ctx, json]() -> Status {
        auto store = ctx.OpenForRead();
        if (!store.ok()) return store.status();
        auto overlay = LoadOverlay(**store);
        if (!overlay.ok()) return overlay.status();
        if (*json) {
          Json arr = Json::array();
          for (const auto& s : overlay->corrections) {
            Json j = ToJson(s.correction);
            j["status"] = s.status;
            if (!s.detail.empty()) j["detail"] = s.detail;
            j["statements"] = s.statements;
            arr.push_back(std::move(j));
          }
          PrintJson(Json{{"corrections", arr}});
          return Status::OK();
        }
        for (const auto& s : overlay->corrections) {
          const Correction& c = s.correction;
          std::cout << c.seq << ". " << TerminalSafe(c.kind) << " " << TerminalSafe(c.value)
                    << "  [" << s.status << (s.detail.empty() ? "" : ": " + TerminalSafe(s.detail))
                    << "]\n"
                    << "   " << TerminalSafe(Describe(c)) << "\n"
                    << "   was: " << TerminalSafe(c.previous) << "\n"
                    << "   by " << TerminalSafe(c.who) << " at " << TerminalSafe(c.when) << ": "
                    << TerminalSafe(c.reason) << "\n";
        }
        if (overlay->corrections.empty()) std::cout << "no corrections\n";
        return Status::OK();
      };
    });
  }
}

}  // namespace cg::cli

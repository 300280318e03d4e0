// claimgraph entities | entity NAME: the entity list, and one entity's page.
#include <iostream>
#include <memory>

#include "cli/common.h"
#include "core/text.h"
#include "query/query.h"

namespace cg::cli {

void RegisterEntities(CLI::App& app, Context& ctx) {
  auto json = std::make_shared<bool>(false);
  auto* list = app.add_subcommand("entities", "List entities with their mention and source counts");
  list->add_flag("--json", *json, "Print as JSON");
  list->callback([&ctx, json]() {
    ctx.run = [&ctx, json]() -> Status {
      auto store = ctx.OpenForRead();
      if (!store.ok()) return store.status();
      auto entities = (*store)->ListEntities();
      if (!entities.ok()) return entities.status();
      Json arr = Json::array();
      for (const auto& e : *entities) {
        auto v = ViewEntity(**store, e);
        if (!v.ok()) return v.status();
        if (v->mentions.empty()) continue;  // merged into another entity, which lists them
        if (*json) {
          Json j = ToJson(e);
          j["forms"] = v->observed_forms;
          j["mentions"] = v->mentions.size();
          j["sources"] = v->source_count;
          arr.push_back(std::move(j));
          continue;
        }
        std::cout << TerminalSafe(e.id) << "  " << TerminalSafe(e.name) << " ("
                  << TerminalSafe(e.type) << ")  " << v->mentions.size() << " mentions in "
                  << v->source_count << " sources";
        std::vector<std::string> other;
        for (const auto& f : v->observed_forms)
          if (f != e.name) other.push_back(f);
        if (!other.empty()) std::cout << "  as " << TerminalSafe(Join(other, ", "));
        std::cout << "\n";
      }
      if (*json) PrintJson(Json{{"entities", arr}});
      return Status::OK();
    };
  });

  struct Args {
    std::string name;
    bool json = false;
  };
  auto args = std::make_shared<Args>();
  auto* one = app.add_subcommand(
      "entity", "One entity: aliases, mentions with quotes, co-occurring entities");
  one->add_option("name", args->name, "Entity id, name, alias or a form it was mentioned by")
      ->required();
  one->add_flag("--json", args->json, "Print as JSON");
  one->callback([&ctx, args]() {
    ctx.run = [&ctx, args]() -> Status {
      auto store = ctx.OpenForRead();
      if (!store.ok()) return store.status();
      auto e = FindEntity(**store, args->name);
      if (!e.ok()) return e.status();
      auto v = ViewEntity(**store, *e);
      if (!v.ok()) return v.status();
      if (args->json) {
        Json j = ToJson(v->entity);
        j["forms"] = v->observed_forms;
        Json ms = Json::array();
        for (const auto& m : v->mentions) {
          Json mj = ToJson(m.mention);
          mj["statement"] = m.statement_id;
          mj["quote"] = m.quote;
          ms.push_back(std::move(mj));
        }
        j["mentions"] = ms;
        Json co = Json::array();
        for (const auto& [other, n] : v->cooccurring)
          co.push_back({{"id", other.id}, {"name", other.name}, {"statements", n}});
        j["cooccurring"] = co;
        PrintJson(j);
        return Status::OK();
      }
      std::cout << TerminalSafe(v->entity.name) << " (" << TerminalSafe(v->entity.type) << ", "
                << TerminalSafe(v->entity.origin) << ")\n";
      if (!v->entity.aliases.empty())
        std::cout << "aliases: " << TerminalSafe(Join(v->entity.aliases, ", ")) << "\n";
      std::cout << "forms seen: " << TerminalSafe(Join(v->observed_forms, ", ")) << "\n";
      std::cout << "mentions: " << v->mentions.size() << " in " << v->source_count << " sources\n";
      for (const auto& m : v->mentions) {
        std::cout << "  " << TerminalSafe(m.mention.source) << " [" << m.mention.start << "-"
                  << m.mention.end << "] \"" << TerminalSafe(m.mention.text) << "\" ("
                  << TerminalSafe(m.mention.method) << ")";
        if (m.mention.method != "exact") std::cout << ": " << TerminalSafe(m.mention.why);
        std::cout << "\n";
        if (!m.quote.empty()) std::cout << "      " << TerminalSafe(m.quote) << "\n";
      }
      if (!v->cooccurring.empty()) {
        std::cout << "co-occurring:";
        for (const auto& [other, n] : v->cooccurring)
          std::cout << " " << TerminalSafe(other.name) << " (" << n << ")";
        std::cout << "\n";
      }
      return Status::OK();
    };
  });
}

}  // namespace cg::cli

// The JSON export: sources, statements, claims, entities with mentions, edges, disputes. Sorted by
// id (sources, entities) and by source then offset (statements, mentions), so the same
// graph always gives the same bytes.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/text.h"
#include "query/query.h"

namespace cg {

Result<Json> ExportGraph(const Store& store) {
  Json doc;
  doc["sources"] = Json::array();
  doc["statements"] = Json::array();
  doc["claims"] = Json::array();
  doc["entities"] = Json::array();
  doc["edges"] = Json::array();
  auto sources = store.ListSources();
  if (!sources.ok()) return sources.status();
  for (const auto& s : *sources) {
    Json j = ToJson(s);
    if (s.format != "txt" && s.format != "md") {
      auto text = store.GetSourceText(s.id);
      if (!text.ok()) return text.status();
      j["text"] = *text;
    }
    doc["sources"].push_back(std::move(j));
    auto sts = store.StatementsOf(s.id);
    if (!sts.ok()) return sts.status();
    for (const auto& st : *sts) doc["statements"].push_back(ToJson(st));
  }
  auto overlay = LoadOverlay(store);
  if (!overlay.ok()) return overlay.status();
  auto entities = store.ListEntities();
  if (!entities.ok()) return entities.status();
  // Entities and their mentions after the users' merges and splits.
  std::map<std::string, std::pair<Entity, std::vector<Mention>>> ents;
  for (const auto& e : *entities) ents[e.id].first = e;
  for (const auto& split : overlay->splits)
    ents.emplace(split.entity.id, std::pair{split.entity, std::vector<Mention>{}});
  std::map<std::string, std::vector<const Mention*>> by_source;  // for statements' entities
  std::vector<Mention> all_mentions;
  for (const auto& e : *entities) {
    auto ms = store.MentionsOf(e.id);
    if (!ms.ok()) return ms.status();
    for (auto& m : *ms) {
      m.entity = overlay->EntityOf(m);
      ents[m.entity].second.push_back(std::move(m));
    }
  }
  for (const auto& [from, into] : overlay->merged_into) {
    auto it = ents.find(from);
    if (it == ents.end() || !ents.count(into)) continue;
    Entity& target = ents[into].first;
    target.aliases.push_back(it->second.first.name);
    for (const auto& a : it->second.first.aliases) target.aliases.push_back(a);
    ents.erase(it);
  }
  for (const auto& split : overlay->splits) {
    auto it = ents.find(split.from);
    if (it == ents.end()) continue;
    auto& aliases = it->second.first.aliases;
    aliases.erase(
        std::remove_if(aliases.begin(), aliases.end(),
                       [&](const std::string& a) { return Squash(a) == Squash(split.alias); }),
        aliases.end());
  }
  for (auto& [id, em] : ents) {
    const Entity& e = em.first;
    std::sort(em.second.begin(), em.second.end(), [](const Mention& x, const Mention& y) {
      return std::tie(x.source, x.start) < std::tie(y.source, y.start);
    });
    std::set<std::string> aliases(e.aliases.begin(), e.aliases.end());
    aliases.erase(e.name);
    Json mentions = Json::array();
    for (const auto& m : em.second) {
      if (m.text != e.name) aliases.insert(m.text);
      by_source[m.source].push_back(&m);
      Json mj = ToJson(m);
      mj.erase("entity");  // the enclosing entity says it
      mentions.push_back(std::move(mj));
    }
    Json j;
    j["id"] = e.id;
    j["name"] = e.name;
    j["type"] = e.type;
    j["origin"] = e.origin;
    j["aliases"] = Json(std::vector<std::string>(aliases.begin(), aliases.end()));
    j["mentions"] = std::move(mentions);
    doc["entities"].push_back(std::move(j));
  }
  // A statement names the entities of the mentions inside it, after merges and splits.
  if (!overlay->merged_into.empty() || !overlay->splits.empty()) {
    for (auto& st : doc["statements"]) {
      std::set<std::string> named;
      const uint32_t b = st["start"], e = st["end"];
      for (const Mention* m : by_source[st["source"].get<std::string>()])
        if (m->start >= b && m->end <= e) named.insert(m->entity);
      st["entities"] = Json(std::vector<std::string>(named.begin(), named.end()));
    }
  }
  auto graph = BuildClaimGraph(store);
  if (!graph.ok()) return graph.status();
  for (const Claim& c : graph->claims) doc["claims"].push_back(ToJson(c));
  for (const Edge& e : graph->edges) doc["edges"].push_back(ToJson(e));
  doc["disputes"] = Json::array();
  for (const Dispute& d : graph->disputes) doc["disputes"].push_back(ToJson(d));
  return doc;
}

}  // namespace cg

// The JSON export: sources, statements, claims, entities with mentions, edges, disputes. Sorted by
// id (sources, entities) and by source then offset (statements, mentions), so the same
// graph always gives the same bytes.
#include <set>

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
  auto entities = store.ListEntities();
  if (!entities.ok()) return entities.status();
  for (const auto& e : *entities) {
    auto ms = store.MentionsOf(e.id);
    if (!ms.ok()) return ms.status();
    std::set<std::string> aliases(e.aliases.begin(), e.aliases.end());
    Json mentions = Json::array();
    for (const auto& m : *ms) {
      if (m.text != e.name) aliases.insert(m.text);
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
  auto graph = BuildClaimGraph(store);
  if (!graph.ok()) return graph.status();
  for (const Claim& c : graph->claims) doc["claims"].push_back(ToJson(c));
  for (const Edge& e : graph->edges) doc["edges"].push_back(ToJson(e));
  doc["disputes"] = Json::array();
  for (const Dispute& d : graph->disputes) doc["disputes"].push_back(ToJson(d));
  return doc;
}

}  // namespace cg

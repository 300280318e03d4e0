// Entity lookup and the entity page: forms, mentions with their statements, and the
// entities that share statements with it.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/text.h"
#include "query/query.h"

namespace cg {

namespace {

Result<Entity> FindStoredEntity(const Store& store, const std::string& name) {
  auto direct = store.GetEntity(name);
  if (direct.ok()) return direct;
  auto by_slug = store.GetEntity(Slugify(name));
  if (by_slug.ok()) return by_slug;
  auto all = store.ListEntities();
  if (!all.ok()) return all.status();
  const std::string want = Squash(name);
  for (const auto& e : *all) {
    if (Squash(e.name) == want) return e;
    for (const auto& a : e.aliases)
      if (Squash(a) == want) return e;
  }
  // A form it was mentioned by ("BYU" finds Baidu).
  for (const auto& e : *all) {
    auto ms = store.MentionsOf(e.id);
    if (!ms.ok()) return ms.status();
    for (const auto& m : *ms)
      if (Squash(m.text) == want) return e;
  }
  return Status::NotFound("no entity named '" + name + "' (try `claimgraph entities`)");
}

}  // namespace

Result<Entity> FindEntity(const Store& store, const std::string& name) {
  auto overlay = LoadOverlay(store);
  if (!overlay.ok()) return overlay.status();
  // An alias split off into an entity of its own names that entity.
  for (const auto& split : overlay->splits)
    if (Squash(split.alias) == Squash(name) || split.entity.id == name) return split.entity;
  auto e = FindStoredEntity(store, name);
  if (!e.ok()) return e;
  // An entity merged into another names the one it joined.
  if (auto it = overlay->merged_into.find(e->id); it != overlay->merged_into.end())
    return store.GetEntity(it->second);
  return e;
}

Result<EntityView> ViewEntity(const Store& store, const Entity& entity) {
  EntityView v;
  v.entity = entity;
  // Its mentions after the users' merges and splits: its own, those of entities merged
  // into it, less the forms split off (or, for a split-off entity, just those forms).
  auto overlay = LoadOverlay(store);
  if (!overlay.ok()) return overlay.status();
  std::set<std::string> held = {entity.id};
  for (const auto& [from, into] : overlay->merged_into)
    if (into == entity.id) held.insert(from);
  for (const auto& split : overlay->splits)
    if (split.entity.id == entity.id) held.insert(split.from);
  std::vector<Mention> mentions;
  for (const auto& id : held) {
    auto got = store.MentionsOf(id);
    if (!got.ok()) {
      if (got.status().code() == Status::Code::kNotFound) continue;
      return got.status();
    }
    for (auto& m : *got)
      if (overlay->EntityOf(m) == entity.id) mentions.push_back(std::move(m));
  }
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) {
    return std::tie(x.source, x.start) < std::tie(y.source, y.start);
  });
  std::set<std::string> forms, sources;
  std::map<std::string, size_t> co;
  std::map<std::string, std::vector<Statement>> by_source;
  std::set<std::string> counted;  // statements already counted for co-occurrence
  for (auto& m : mentions) {
    m.entity = entity.id;  // as the page shows it, after merges
    forms.insert(m.text);
    sources.insert(m.source);
    if (!by_source.count(m.source)) {
      auto sts = store.StatementsOf(m.source);
      if (!sts.ok()) return sts.status();
      by_source.emplace(m.source, std::move(*sts));
    }
    EntityMentionView mv{m, "", ""};
    for (const auto& st : by_source[m.source]) {
      if (st.start <= m.start && m.end <= st.end) {
        mv.statement_id = st.id;
        mv.quote = st.text;
        if (counted.insert(st.id).second)
          for (const auto& other : st.entities) {
            const auto merged = overlay->merged_into.find(other);
            const std::string id = merged == overlay->merged_into.end() ? other : merged->second;
            if (!held.count(id) && id != entity.id) ++co[id];
          }
        break;
      }
    }
    v.mentions.push_back(std::move(mv));
  }
  v.observed_forms.assign(forms.begin(), forms.end());
  v.source_count = sources.size();
  for (const auto& [id, n] : co) {
    auto e = store.GetEntity(id);
    if (!e.ok()) return e.status();
    v.cooccurring.emplace_back(std::move(*e), n);
  }
  std::stable_sort(v.cooccurring.begin(), v.cooccurring.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return v;
}

}  // namespace cg

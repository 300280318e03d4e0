// Entity lookup and the entity page: forms, mentions with their statements, and the
// entities that share statements with it.
#include <algorithm>
#include <map>
#include <set>

#include "core/text.h"
#include "query/query.h"

namespace cg {

Result<Entity> FindEntity(const Store& store, const std::string& name) {
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

Result<EntityView> ViewEntity(const Store& store, const Entity& entity) {
  EntityView v;
  v.entity = entity;
  auto ms = store.MentionsOf(entity.id);
  if (!ms.ok()) return ms.status();
  std::set<std::string> forms, sources;
  std::map<std::string, size_t> co;
  std::map<std::string, std::vector<Statement>> by_source;
  std::set<std::string> counted;  // statements already counted for co-occurrence
  for (auto& m : *ms) {
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
          for (const auto& other : st.entities)
            if (other != entity.id) ++co[other];
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

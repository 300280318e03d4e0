// Corrections as an overlay: each stored correction is resolved against the graph as it
// is now (quotes to statements, entity ids to entities), the latest on each target wins,
// and what cannot be resolved is kept and reported as orphaned.
#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <tuple>

#include "core/terms.h"
#include "core/text.h"
#include "query/query.h"

namespace cg {

namespace {

std::string Str(const Json& j, const char* key) {
  return j.is_object() && j.contains(key) && j[key].is_string() ? j[key].get<std::string>()
                                                                : std::string();
}

// The statement of `source` holding `quote`: the one whose text is the quote, else the
// first (by offset) containing it. "" with the reason when there is none.
std::string ResolveQuote(const Store& store, const Json& ref, std::string* why) {
  const std::string source = Str(ref, "source"), quote = Str(ref, "quote");
  auto sts = store.StatementsOf(source);
  if (!sts.ok() || sts->empty()) {
    *why = "source " + source + " is not in the graph";
    return "";
  }
  for (const auto& st : *sts)
    if (st.text == quote) return st.id;
  for (const auto& st : *sts)
    if (st.text.find(quote) != std::string::npos) return st.id;
  *why = "source " + source + " has no statement quoting \"" + quote + "\"";
  return "";
}

// The last word of a name, squashed ("Chuck Grassley" -> "grassley"), or "" for one word.
std::string LastWord(const std::string& name) {
  const size_t space = name.find_last_of(' ');
  return space == std::string::npos ? "" : Squash(name.substr(space + 1));
}

// A one-word entity of a person or of no known kind ("Grassley") joins the one person
// entity of several words whose last word it is ("Chuck Grassley"): the short form a text
// uses after the full name. Two such people ("George Bush", "Jeb Bush") keep it apart, and
// so does a user's merge of it.
void AddShortNameMerges(const std::vector<Entity>& entities, Overlay* o) {
  std::map<std::string, std::vector<std::string>> by_last_word;  // squashed -> person ids
  for (const Entity& e : entities)
    if (e.type == "person" && !LastWord(e.name).empty() && !o->merged_into.count(e.id))
      by_last_word[LastWord(e.name)].push_back(e.id);
  for (const Entity& e : entities) {
    if ((e.type != "person" && e.type != "other") || !LastWord(e.name).empty()) continue;
    auto it = by_last_word.find(Squash(e.name));
    if (it == by_last_word.end() || it->second.size() != 1 || o->merged_into.count(e.id)) continue;
    o->merged_into[e.id] = it->second.front();
  }
}

// A person of three words or more whose first and last words name another person of two
// ("Donald John Trump", "Donald Trump") joins that one when no other such name maps there
// ("George W. Bush" and "George H. W. Bush" both map to "George Bush": neither joins).
void AddMiddleNameMerges(const std::vector<Entity>& entities, Overlay* o) {
  std::map<std::string, std::string> two_words;  // squashed name -> person id
  for (const Entity& e : entities)
    if (e.type == "person" && std::count(e.name.begin(), e.name.end(), ' ') == 1)
      two_words[Squash(e.name)] = e.id;
  std::map<std::string, std::vector<std::string>> longer;  // person id -> longer names' ids
  for (const Entity& e : entities) {
    const std::string shorter = FirstAndLastWords(e.name);
    if (e.type != "person" || shorter.empty()) continue;
    const auto it = two_words.find(Squash(shorter));
    if (it != two_words.end()) longer[it->second].push_back(e.id);
  }
  for (const auto& [into, from] : longer)
    if (from.size() == 1 && !o->merged_into.count(from.front()))
      o->merged_into[from.front()] = into;
}

// The initials of a name's words, function words left out ("Department of Homeland
// Security" -> "DHS"), one set for each suffix of two words or more ("U.S. Customs and
// Border Protection" gives "UCBP" and "CBP").
std::vector<std::string> Initials(const std::string& name) {
  std::vector<std::string> words;
  for (size_t at = 0; at < name.size();) {
    const size_t end = std::min(name.find(' ', at), name.size());
    const std::string w = name.substr(at, end - at);
    if (!w.empty() && IsAsciiUpper(w[0]) && !IsStopword(ToLower(w))) words.push_back(w);
    at = end + 1;
  }
  std::vector<std::string> out;
  for (size_t first = 0; first + 2 <= words.size(); ++first) {
    std::string letters;
    for (size_t k = first; k < words.size(); ++k) letters += words[k][0];
    out.push_back(std::move(letters));
  }
  return out;
}

// An abbreviation the graph found on its own ("CBO") joins the one organisation, policy or
// place of several words whose initials it spells ("Congressional Budget Office"). Two
// such names ("Central Intelligence Agency", "Culinary Institute of America") keep it
// apart, and so does a user's merge of it.
void AddAcronymMerges(const std::vector<Entity>& entities, Overlay* o) {
  std::map<std::string, std::set<std::string>> by_initials;  // initials -> entity ids
  for (const Entity& e : entities)
    if (e.type == "organization" || e.type == "policy" || e.type == "place")
      if (!o->merged_into.count(e.id))
        for (const std::string& letters : Initials(e.name)) by_initials[letters].insert(e.id);
  for (const Entity& e : entities) {
    const bool abbreviation = e.name.size() >= 2 && e.name.size() <= 6 &&
                              std::all_of(e.name.begin(), e.name.end(), IsAsciiUpper);
    if (!abbreviation || e.origin != "discovered" || o->merged_into.count(e.id)) continue;
    auto it = by_initials.find(e.name);
    if (it == by_initials.end() || it->second.size() != 1) continue;
    o->merged_into[e.id] = *it->second.begin();
  }
}

// Entities the graph found on its own whose names differ only in spacing, case, hyphens or
// letters read as digits ("Deep Seek" and "DeepSeek", "H10O" and "H100") are one: each
// joins the one of its group with the most mentions (then the smallest id); a gazetteer
// entity of the group takes them all. A user's merge of one keeps it where the user put it.
Status AddVariantMerges(const Store& store, const std::vector<Entity>& entities, Overlay* o) {
  std::map<std::string, std::vector<const Entity*>> groups;  // deconfused squashed name
  for (const Entity& e : entities)
    if (!Squash(e.name).empty()) groups[Deconfuse(Squash(e.name))].push_back(&e);
  for (const auto& [key, group] : groups) {
    if (group.size() < 2) continue;
    std::vector<std::tuple<bool, size_t, std::string>> rank;  // not gazetteer, -mentions, id
    for (const Entity* e : group) {
      auto ms = store.MentionsOf(e->id);
      if (!ms.ok()) return ms.status();
      rank.emplace_back(e->origin != "gazetteer", SIZE_MAX - ms->size(), e->id);
    }
    std::sort(rank.begin(), rank.end());
    const std::string& into = std::get<2>(rank.front());
    for (const Entity* e : group)
      if (e->id != into && e->origin != "gazetteer" && !o->merged_into.count(e->id))
        o->merged_into[e->id] = into;
  }
  return Status::OK();
}

}  // namespace

std::string CorrectionTarget(const Correction& c) {
  const Json& a = c.about;
  if (c.kind == "edge") {
    std::string x = Str(a["a"], "source") + "\x1e" + Str(a["a"], "quote");
    std::string y = Str(a["b"], "source") + "\x1e" + Str(a["b"], "quote");
    if (y < x) std::swap(x, y);
    return "edge\x1f" + x + "\x1f" + y;
  }
  if (c.kind == "not-a-claim") return "statement\x1f" + Str(a, "source") + "\x1e" + Str(a, "quote");
  if (c.kind == "merge") return "merge\x1f" + Str(a, "entity");
  return "split\x1f" + Str(a, "entity") + "\x1f" + Squash(Str(a, "alias"));
}

Result<Overlay> LoadOverlay(const Store& store) {
  Overlay o;
  auto list = store.ListCorrections();
  if (!list.ok()) return list.status();
  std::map<std::string, size_t> latest;  // target -> index into o.corrections
  for (const Correction& c : *list) {
    CorrectionState s;
    s.correction = c;
    s.status = "active";
    const std::string target = CorrectionTarget(c);
    if (auto it = latest.find(target); it != latest.end()) {
      o.corrections[it->second].status = "superseded";
      o.corrections[it->second].detail = "by correction " + std::to_string(c.seq);
    }
    latest[target] = o.corrections.size();
    o.corrections.push_back(std::move(s));
  }
  for (CorrectionState& s : o.corrections) {
    if (s.status != "active") continue;
    const Correction& c = s.correction;
    if (c.value == "undo") {
      s.status = "undone";
      continue;
    }
    std::string why;
    if (c.kind == "edge") {
      std::string x = ResolveQuote(store, c.about["a"], &why);
      std::string y = x.empty() ? "" : ResolveQuote(store, c.about["b"], &why);
      if (x.empty() || y.empty()) {
        s.status = "orphaned";
        s.detail = why;
        continue;
      }
      if (y < x) std::swap(x, y);
      s.statements = {x, y};
      o.edge_labels[{x, y}] = &s.correction;
    } else if (c.kind == "not-a-claim") {
      const std::string id = ResolveQuote(store, c.about, &why);
      if (id.empty()) {
        s.status = "orphaned";
        s.detail = why;
        continue;
      }
      s.statements = {id};
      o.not_claims.insert(id);
    } else if (c.kind == "merge") {
      const std::string from = Str(c.about, "entity"), into = Str(c.about, "into");
      if (!store.GetEntity(from).ok() || !store.GetEntity(into).ok()) {
        s.status = "orphaned";
        s.detail = "entity " + (store.GetEntity(from).ok() ? into : from) + " is not in the graph";
        continue;
      }
      o.merged_into[from] = into;
    } else if (c.kind == "split") {
      const std::string entity = Str(c.about, "entity"), alias = Str(c.about, "alias");
      auto e = store.GetEntity(entity);
      auto ms = e.ok() ? store.MentionsOf(entity) : Result<std::vector<Mention>>(e.status());
      const bool seen = ms.ok() && std::any_of(ms->begin(), ms->end(), [&](const Mention& m) {
                          return Squash(m.text) == Squash(alias);
                        });
      if (!seen) {
        s.status = "orphaned";
        s.detail = e.ok() ? "entity " + entity + " has no mention \"" + alias + "\""
                          : "entity " + entity + " is not in the graph";
        continue;
      }
      Entity split;
      split.id = Slugify(alias);
      split.name = alias;
      split.type = e->type;
      split.origin = "correction";
      o.splits.push_back({alias, entity, split});
    }
  }
  auto entities = store.ListEntities();
  if (!entities.ok()) return entities.status();
  AddMiddleNameMerges(*entities, &o);
  AddShortNameMerges(*entities, &o);
  AddAcronymMerges(*entities, &o);
  CG_RETURN_IF_ERROR(AddVariantMerges(store, *entities, &o));
  // Chains of merges end at the last entity: a into b, b into c puts a into c.
  for (auto& [from, into] : o.merged_into) {
    std::string end = into;
    for (size_t hops = 0; hops < o.merged_into.size() && o.merged_into.count(end); ++hops)
      end = o.merged_into.at(end);
    into = end;
  }
  return o;
}

std::string Overlay::EntityOf(const Mention& m) const {
  for (const Split& s : splits)
    if (m.entity == s.from && Squash(m.text) == Squash(s.alias)) return s.entity.id;
  auto it = merged_into.find(m.entity);
  return it == merged_into.end() ? m.entity : it->second;
}

void Overlay::ApplyToEdges(std::vector<Edge>* edges) const {
  if (edge_labels.empty() && not_claims.empty()) return;
  std::set<std::pair<std::string, std::string>> seen;
  std::vector<Edge> out;
  auto describe = [](const Correction& c) {
    return "corrected by " + c.who + " (" + std::to_string(c.seq) + "): " + c.reason;
  };
  for (Edge& e : *edges) {
    if (not_claims.count(e.from) || not_claims.count(e.to)) continue;
    const auto key = std::minmax(e.from, e.to);
    auto it = edge_labels.find({key.first, key.second});
    if (it == edge_labels.end()) {
      out.push_back(std::move(e));
      continue;
    }
    seen.insert({key.first, key.second});
    const Correction& c = *it->second;
    if (c.value == "none") continue;
    e.why = describe(c) + "; was " + e.type + ": " + e.why;
    e.type = c.value;
    e.score = 1.0;
    out.push_back(std::move(e));
  }
  for (const auto& [pair, c] : edge_labels) {
    if (seen.count(pair) || c->value == "none") continue;
    if (not_claims.count(pair.first) || not_claims.count(pair.second)) continue;
    Edge e;
    e.from = pair.first;
    e.to = pair.second;
    e.type = c->value;
    e.score = 1.0;
    e.why = describe(*c) + "; no edge before";
    out.push_back(std::move(e));
  }
  std::sort(out.begin(), out.end(), [](const Edge& x, const Edge& y) {
    return std::tie(x.from, x.to) < std::tie(y.from, y.to);
  });
  *edges = std::move(out);
}

}  // namespace cg

// Gazetteer and word-list loading. Tested by tests/ingest/entities_test.cc.
#include "ingest/gazetteer.h"

#include <re2/re2.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>

#include "core/text.h"
#include "text/wordnet.h"

namespace cg {
namespace {

std::vector<std::string> List(std::string_view field) {
  std::vector<std::string> out;
  for (auto part : Split(field, '|')) {
    part = Trim(part);
    if (!part.empty()) out.emplace_back(part);
  }
  return out;
}

void Append(std::vector<std::string>* to, const std::vector<std::string>& from) {
  for (const auto& s : from)
    if (std::find(to->begin(), to->end(), s) == to->end()) to->push_back(s);
}

}  // namespace

Status Gazetteer::AddTsv(std::string_view tsv, std::string_view origin) {
  size_t line_no = 0;
  for (std::string_view line : Split(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty() || Trim(line)[0] == '#') continue;
    const auto fields = Split(line, '\t');
    if (fields.size() < 2 || Trim(fields[0]).empty())
      return Status::InvalidArgument(
          std::string(origin) + ":" + std::to_string(line_no) +
          ": expected name<TAB>type[<TAB>aliases<TAB>related<TAB>context]");
    static const std::unordered_set<std::string> kTypes = {
        "organization", "person", "product", "place", "policy", "event", "other"};
    GazetteerEntry e;
    e.name = std::string(Trim(fields[0]));
    e.type = std::string(Trim(fields[1]));
    if (!kTypes.count(e.type))
      return Status::InvalidArgument(std::string(origin) + ":" + std::to_string(line_no) +
                                     ": unknown entity type '" + e.type + "'");
    if (fields.size() > 2) e.aliases = List(fields[2]);
    if (fields.size() > 3) e.related = List(fields[3]);
    if (fields.size() > 4)
      for (auto& w : List(fields[4])) e.context.push_back(ToLower(w));
    e.id = Slugify(e.name);
    const std::string key = ToLower(e.name);
    auto it = by_name_.find(key);
    if (it != by_name_.end()) {
      GazetteerEntry& old = entries_[it->second];
      Append(&old.aliases, e.aliases);
      Append(&old.related, e.related);
      Append(&old.context, e.context);
      continue;
    }
    by_name_[key] = static_cast<int>(entries_.size());
    entries_.push_back(std::move(e));
  }
  return Status::OK();
}

Status Gazetteer::AddFile(const std::string& path) {
  auto text = ReadAll(path);
  if (!text.ok()) return text.status();
  return AddTsv(*text, path);
}

int Gazetteer::Find(std::string_view name) const {
  auto it = by_name_.find(ToLower(name));
  return it == by_name_.end() ? -1 : it->second;
}

void WordLists::AddLines(std::string_view text, std::unordered_set<std::string>* set) {
  for (std::string_view line : Split(text, '\n')) {
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    set->emplace(line);
  }
}

namespace {

// The type a WordNet instance noun's lexicographer file gives the name (lexnames(5)), or "".
std::string_view InstanceType(std::string_view lex_file) {
  if (lex_file == "18") return "person";                       // noun.person
  if (lex_file == "15" || lex_file == "17") return "place";    // noun.location, noun.object
  if (lex_file == "14") return "organization";                 // noun.group
  if (lex_file == "06" || lex_file == "10") return "product";  // noun.artifact, .communication
  if (lex_file == "04" || lex_file == "11") return "event";    // noun.act, noun.event
  return "";
}

// What data.noun says of names: instance synsets, person synsets, the lemmas it spells
// capitalised and those it spells in lowercase, and the names of named groups.
struct NounFacts {
  std::unordered_set<uint32_t> instances;
  std::unordered_map<uint32_t, std::unordered_set<std::string>> people;  // -> lowercase lemmas
  std::unordered_set<uint32_t> named_kinds;                // synsets of a typed file (InstanceType)
  std::unordered_set<std::string> capitalised, lowercase;  // lemmas, lowercased
  std::unordered_map<uint32_t, std::string> group_names;   // named noun.group synset -> name
  std::unordered_map<uint32_t, std::string> types;         // a synset of known names -> type
  std::unordered_map<uint32_t, std::string> canonicals;    // a synset of known names -> name
  std::unordered_map<uint32_t, std::vector<std::string>>
      lemmas;                                      // a synset of known names -> its lemmas
  std::unordered_set<uint32_t> bodies_and_places;  // synsets of noun.group and noun.location
  // Of noun.communication, where legal documents, amendments and every kind between them and
  // their names are: each synset's @ and @i, and the lemmas of those whose first is capitalised.
  std::unordered_map<uint32_t, std::vector<uint32_t>> hypernyms;
  std::unordered_map<uint32_t, std::vector<std::string>> named;
  std::vector<uint32_t> law_roots;  // "legal document" and "amendment"
  // noun lemma ('_' for spaces) -> tagged occurrences of each sense (cntlist.rev), sense 1 first
  std::unordered_map<std::string, std::vector<uint32_t>> sense_counts;
};

// One data.noun line, as far as names go.
struct NounSynset {
  uint32_t offset = 0;
  std::string lex_file;
  std::vector<std::string> lemmas;  // '_' read as ' '
  bool all_capitalised = false, instance = false;
  std::vector<uint32_t> member_of;  // member holonyms (#m): the groups it is a member of
  std::vector<uint32_t> hypernyms;  // @ and @i: what it is a kind or an instance of
};

std::optional<NounSynset> ParseNounSynset(std::string_view line) {
  // offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (symbol offset pos st)... | gloss
  const std::vector<std::string_view> f = Fields(line.substr(0, line.find(" | ")));
  if (f.size() < 4) return std::nullopt;
  NounSynset out;
  out.offset = WordNetNumber(f[0]);
  out.lex_file = std::string(f[1]);
  const size_t n_words = WordNetNumber(f[3], 16);
  size_t i = 4;
  if (i + 2 * n_words >= f.size()) return std::nullopt;
  out.all_capitalised = n_words > 0;
  for (size_t k = 0; k < n_words; ++k, i += 2) {
    std::string word(f[i]);
    out.all_capitalised = out.all_capitalised && IsAsciiUpper(word[0]);
    std::replace(word.begin(), word.end(), '_', ' ');
    out.lemmas.push_back(std::move(word));
  }
  const size_t n_pointers = WordNetNumber(f[i++]);
  if (i + 4 * n_pointers > f.size()) return std::nullopt;
  for (size_t k = 0; k < n_pointers; ++k, i += 4) {
    const std::string_view symbol = f[i];
    out.instance = out.instance || symbol == "@i";
    const uint32_t to = WordNetNumber(f[i + 1]);
    if (symbol == "#m") out.member_of.push_back(to);
    if (symbol == "@" || symbol == "@i") out.hypernyms.push_back(to);
  }
  return out;
}

// The synset's name: its first lemma, or a later one that qualifies it ("Congress, United
// States Congress" is the United States Congress; "Iowa, Hawkeye State" is Iowa, and "Iraq,
// Republic of Iraq" is Iraq: "Republic of" is no qualifier but a head).
std::string SynsetName(const NounSynset& s) {
  if (s.lemmas.empty()) return "";
  const std::string& first = s.lemmas.front();
  for (const std::string& lemma : s.lemmas) {
    if (lemma.size() <= first.size() + 1 || !EndsWith(lemma, " " + first)) continue;
    const std::string qualifier = " " + lemma.substr(0, lemma.size() - first.size());
    if (qualifier.find(" of ") == std::string::npos) return lemma;
  }
  return first;
}

// The capital letters of `words`, their dots and spaces dropped ("U.S." and "US" give "US").
std::string CapitalLetters(std::string_view words) {
  std::string out;
  for (char c : words)
    if (IsAsciiUpper(c)) out += c;
  return out;
}

bool AllWordsCapitalised(std::string_view words) {
  for (std::string_view w : Split(words, ' '))
    if (w.empty() || !IsAsciiUpper(w[0])) return false;
  return true;
}

// The short form of a name a synset gives with a qualifier and with the qualifier's initials
// ("U.S. House", "US House", "United States House of Representatives"): "House". A reader
// drops a qualifier both ways of writing it agree on; WordNet itself lists "Senate" and "Navy"
// so for the United States Senate and Navy.
std::vector<std::string> QualifierDropped(const NounSynset& s) {
  std::vector<std::string> out;
  for (const std::string& a : s.lemmas)
    for (const std::string& b : s.lemmas) {
      const size_t sa = a.find(' '), sb = b.find(' ');
      if (sa == std::string::npos || sb == std::string::npos || a == b) continue;
      for (size_t cut = sa; cut != std::string::npos; cut = a.find(' ', cut + 1)) {
        const std::string rest = a.substr(cut);  // " House"
        if (!EndsWith(b, rest) || b.size() <= rest.size()) continue;
        const std::string qa = a.substr(0, cut), qb = b.substr(0, b.size() - rest.size());
        // qb one token ("US", "U.S."), qa capitalised words ("United States") it abbreviates
        const bool initials = qa != qb && qb.find(' ') == std::string::npos &&
                              CapitalLetters(qa) == CapitalLetters(qb) &&
                              CapitalLetters(qa).size() >= 2 && AllWordsCapitalised(qa);
        const std::string form = rest.substr(1);
        if (initials && IsAsciiUpper(form[0]) &&
            std::find(out.begin(), out.end(), form) == out.end())
          out.push_back(form);
      }
    }
  return out;
}

// Records `other` as a name of the thing `canonical` names in the resource's entry `owner`,
// once. A canonical name two entries give ("Washington", the state and the city) has none.
void AddSynonym(const std::string& canonical, const std::string& other, const std::string& owner,
                WordLists* words) {
  if (canonical.empty()) return;
  const std::string key = ToLower(canonical);
  auto [it, added] = words->synonym_owners.emplace(key, owner);
  if (it->second != owner) {
    it->second = "";  // several things: no synonyms
    words->synonyms.erase(key);
  }
  if (it->second.empty() || ToLower(other) == key) return;
  auto& list = words->synonyms[key];
  if (std::find(list.begin(), list.end(), other) == list.end()) list.push_back(other);
}

void AddKnown(const NounSynset& s, std::string_view type, const std::string& canonical, bool member,
              WordLists* words) {
  std::unordered_map<std::string, KnownName>* names = &words->known_names;
  std::vector<std::string> surfaces = s.lemmas;
  if (s.lex_file == "14")
    for (std::string& form : QualifierDropped(s))
      if (std::find(surfaces.begin(), surfaces.end(), form) == surfaces.end())
        surfaces.push_back(std::move(form));
  for (const std::string& surface : surfaces) {
    if (!member) AddSynonym(canonical, surface, "WordNet " + std::to_string(s.offset), words);
    const KnownName known{surface, std::string(type), "WordNet", canonical, member};
    auto [it, added] = names->emplace(ToLower(surface), known);
    if (added) continue;
    // A body's own name is the reading of its form ("Treasury", the department, not the
    // British minister of the Cabinet); else a member noun is ("Republican", not the
    // Republican River); other forms naming several things keep their surface.
    const auto body = [](const KnownName& n) { return !n.member && n.type == "organization"; };
    if (member && body(it->second)) continue;
    if (body(known) && it->second.member)
      it->second = known;
    else if (member && !it->second.member)
      it->second = known;
    else if (it->second.canonical != canonical)
      it->second.canonical.clear();
  }
}

// Adds what one synset says of names to `facts` and `names`: the lemmas of an instance of a
// typed lexicographer file, or of a named kind, are known names; a capitalised kind of
// person who is a member of a named group ("Republican") names the group.
void NoteNounSynset(const NounSynset& s, NounFacts* facts, WordLists* words) {
  if (s.lex_file == "14" || s.lex_file == "15") facts->bodies_and_places.insert(s.offset);
  if (s.lex_file == "10") {
    facts->hypernyms[s.offset] = s.hypernyms;
    if (IsAsciiUpper(s.lemmas.front()[0])) facts->named[s.offset] = s.lemmas;
    if (s.lemmas.front() == "legal document" || s.lemmas.front() == "amendment")
      facts->law_roots.push_back(s.offset);
  }
  for (const std::string& lemma : s.lemmas) {
    const bool upper = IsAsciiUpper(lemma[0]);
    (upper ? facts->capitalised : facts->lowercase).insert(ToLower(lemma));
    if (upper && s.lex_file == "28") words->time_names.insert(ToLower(lemma));
  }
  const std::string_view type = InstanceType(s.lex_file);
  if (!type.empty()) facts->named_kinds.insert(s.offset);
  if (s.instance) facts->instances.insert(s.offset);
  if (!s.instance && s.lex_file == "18") {
    auto& lowercase = facts->people[s.offset];
    // Its lowercase lemmas, and its abbreviations in capitals ("CEO"), are roles.
    for (const std::string& lemma : s.lemmas)
      if (!IsAsciiUpper(lemma[0]) || (lemma.size() >= 2 && CapitalLetters(lemma) == lemma))
        lowercase.insert(ToLower(lemma));
    if (s.all_capitalised && s.member_of.size() == 1)
      if (auto it = facts->group_names.find(s.member_of.front()); it != facts->group_names.end())
        AddKnown(s, "organization", it->second, true, words);
  }
  // WordNet files some named bodies and places as kinds, not instances ("United States
  // Senate, Senate", "Republican Party, GOP", "Federal Reserve, Fed"): a synset of
  // noun.group, noun.location or noun.artifact whose every lemma is capitalised names one
  // thing too. Capitalised kinds of people ("American") and of language ("Chinese") do not.
  const bool named_kind =
      s.all_capitalised && (s.lex_file == "14" || s.lex_file == "15" || s.lex_file == "06");
  if ((!s.instance && !named_kind) || type.empty()) return;
  const std::string canonical = SynsetName(s);
  if (s.lex_file == "14") facts->group_names[s.offset] = canonical;
  facts->types[s.offset] = std::string(type);
  facts->canonicals[s.offset] = canonical;
  facts->lemmas[s.offset] = s.lemmas;
  AddKnown(s, type, canonical, false, words);
}

// The name of an ISO 3166 entry a reader uses: its common name, else its name unless that
// is inverted ("Korea, Republic of").
std::string IsoName(const nlohmann::json& entry) {
  for (const char* field : {"common_name", "name"})
    if (entry.contains(field) && entry[field].is_string()) {
      const std::string name = entry[field].get<std::string>();
      if (std::string_view(field) == "common_name" || name.find(", ") == std::string::npos)
        return name;
    }
  return "";
}

// Records the country of an ISO 3166 entry named `canonical` (its alpha_2, or its code's
// part before '-'), and a subdivision under its country.
void NoteIsoPlace(const nlohmann::json& entry, const std::string& canonical, WordLists* words) {
  if (canonical.empty()) return;
  const auto text = [&](const char* field) {
    return entry.contains(field) && entry[field].is_string() ? entry[field].get<std::string>()
                                                             : std::string();
  };
  const std::string alpha2 = text("alpha_2"), code = text("code");
  const size_t dash = code.find('-');
  if (!alpha2.empty()) {
    words->place_country.emplace(ToLower(canonical), alpha2);
  } else if (dash != std::string::npos) {
    const std::string country = code.substr(0, dash);
    words->place_country.emplace(ToLower(canonical), country);
    words->subdivisions[country].push_back({code.substr(dash + 1), canonical, text("type"), false});
  }
}

// Marks each country's subdivisions of the kind most of them are.
void MarkMainKinds(WordLists* words) {
  for (auto& [country, subs] : words->subdivisions) {
    std::map<std::string, size_t> n;
    for (const auto& sub : subs) ++n[sub.kind];
    const auto most = std::max_element(
        n.begin(), n.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    for (auto& sub : subs) sub.main_kind = sub.kind == most->first;
  }
}

// The synset offsets of an index.* line, most frequent sense first.
std::vector<uint32_t> SynsetsOf(std::string_view line) {
  // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
  const std::vector<std::string_view> f = Fields(line);
  if (f.size() < 6) return {};
  const size_t n_synsets = WordNetNumber(f[2]);
  const size_t first = 4 + WordNetNumber(f[3]) + 2;
  if (first + n_synsets != f.size()) return {};
  std::vector<uint32_t> out;
  for (size_t k = first; k < f.size(); ++k) out.push_back(WordNetNumber(f[k]));
  return out;
}

// The tagged occurrences of each noun sense, from cntlist.rev lines "america%1:15:00:: 1 39"
// (sense key, sense number, count): WordNet's counts over its sense-tagged corpus (SemCor).
void ReadSenseCounts(const std::string& path, NounFacts* facts) {
  std::ifstream in(path);
  std::string key;
  size_t sense = 0, count = 0;
  while (in >> key >> sense >> count) {
    const size_t pct = key.find('%');
    if (pct == std::string::npos || key.compare(pct, 2, "%1") != 0 || sense == 0 || sense > 64)
      continue;
    auto& counts = facts->sense_counts[key.substr(0, pct)];
    if (counts.size() < sense) counts.resize(sense);
    counts[sense - 1] = static_cast<uint32_t>(count);
  }
}

// True when a lemma's first sense holds at least four in five of its tagged occurrences, and
// ten or more: a reader who meets the form means that sense ("America": the United States 39
// times, the Americas once).
bool FirstSenseDominates(const NounFacts& facts, const std::string& lemma) {
  const auto it = facts.sense_counts.find(lemma);
  if (it == facts.sense_counts.end() || it->second.empty()) return false;
  uint64_t total = 0;
  for (uint32_t c : it->second) total += c;
  const uint64_t first = it->second.front();
  return first >= 10 && 5 * first >= 4 * total;
}

// The name of a synset whose name other things share, as its own lemmas qualify it: the
// capital's "Washington D.C.", since the state and a president are Washington too; else its
// name.
std::string QualifiedName(const NounFacts& facts, uint32_t synset, std::string_view shared) {
  const std::string& name = facts.canonicals.at(synset);
  if (ToLower(name) != ToLower(shared)) return name;
  for (const std::string& lemma : facts.lemmas.at(synset))
    if (lemma.size() > name.size() + 1 && StartsWith(lemma, name + " ")) return lemma;
  return name;
}

// A name of several things takes the type of its most frequent sense (index.noun lists
// senses by frequency): "White House" is first the executive, then the building; and that
// sense's name too when the sense dominates.
void TypeByFirstSense(std::string lemma, const std::vector<uint32_t>& synsets,
                      const NounFacts& facts, std::unordered_map<std::string, KnownName>* names) {
  if (synsets.empty()) return;
  const auto type = facts.types.find(synsets.front());
  if (type == facts.types.end()) return;
  const bool dominant = FirstSenseDominates(facts, lemma);
  std::replace(lemma.begin(), lemma.end(), '_', ' ');
  const auto it = names->find(lemma);
  if (it == names->end() || it->second.member) return;
  it->second.type = type->second;
  if (it->second.canonical.empty() && dominant)
    it->second.canonical = QualifiedName(facts, synsets.front(), lemma);
}

// Marks `lemma`'s known name usually named when most of its tagged uses, three or more, are
// of senses that name a thing (index.noun lists senses in the order cntlist.rev numbers them).
void NoteNamedUses(const std::string& lemma, const std::vector<uint32_t>& synsets,
                   const NounFacts& facts, std::unordered_map<std::string, KnownName>* names) {
  const auto counts = facts.sense_counts.find(lemma);
  const auto it = names->find(lemma);
  if (counts == facts.sense_counts.end() || it == names->end()) return;
  uint64_t total = 0, named = 0;
  for (size_t k = 0; k < counts->second.size(); ++k) {
    total += counts->second[k];
    if (k < synsets.size() && facts.types.count(synsets[k])) named += counts->second[k];
  }
  it->second.usually_named = total >= 3 && 2 * named > total;
}

// A form each of whose senses names a thing, all of them by one other name, is that name:
// "U.S." is the United States government and the United States, both "United States".
void NameSharedBySenses(std::string lemma, const std::vector<uint32_t>& synsets,
                        const NounFacts& facts, std::unordered_map<std::string, KnownName>* names) {
  std::replace(lemma.begin(), lemma.end(), '_', ' ');
  const auto it = names->find(lemma);
  if (synsets.size() < 2 || it == names->end() || it->second.member ||
      !it->second.canonical.empty())
    return;
  std::vector<std::string> shared;
  for (size_t k = 0; k < synsets.size(); ++k) {
    const auto ls = facts.lemmas.find(synsets[k]);
    if (ls == facts.lemmas.end()) return;  // a sense that names nothing ("Bush", the shrub)
    if (k == 0) shared = ls->second;
    std::erase_if(shared, [&](const std::string& l) {
      return ToLower(l) == lemma ||
             std::find(ls->second.begin(), ls->second.end(), l) == ls->second.end();
    });
  }
  if (shared.size() != 1) return;
  const auto named = names->find(ToLower(shared.front()));
  if (named == names->end() || named->second.member) return;
  it->second.canonical =
      named->second.canonical.empty() ? named->second.surface : named->second.canonical;
  it->second.type = named->second.type;
}

// True if synset `offset` is, through kinds and instances, one of `roots`. `memo` holds the
// answers found so far.
bool Under(uint32_t offset, const std::vector<uint32_t>& roots, const NounFacts& facts,
           std::unordered_map<uint32_t, bool>* memo, int depth = 0) {
  if (std::find(roots.begin(), roots.end(), offset) != roots.end()) return true;
  if (auto it = memo->find(offset); it != memo->end()) return it->second;
  bool under = false;
  if (auto it = facts.hypernyms.find(offset); it != facts.hypernyms.end() && depth < 20)
    for (uint32_t h : it->second) under = under || Under(h, roots, facts, memo, depth + 1);
  (*memo)[offset] = under;
  return under;
}

// The capitalised last words that two or more of WordNet's names of legal documents and
// amendments share ("Stamp Act", "Riot Act"; "First Amendment", "Fifth Amendment"); and
// those names, filed as documents (products), typed as the policies they are.
std::unordered_set<std::string> LawHeads(const NounFacts& facts,
                                         std::unordered_map<std::string, KnownName>* known) {
  std::unordered_map<std::string, size_t> names;  // last word -> synsets
  std::unordered_map<uint32_t, bool> memo;
  for (const auto& [offset, lemmas] : facts.named) {
    if (!Under(offset, facts.law_roots, facts, &memo)) continue;
    std::unordered_set<std::string> last;
    for (const std::string& lemma : lemmas) {
      if (auto it = known->find(ToLower(lemma)); it != known->end() && it->second.type == "product")
        it->second.type = "policy";
      if (const size_t sp = lemma.rfind(' ');
          sp != std::string::npos && IsAsciiUpper(lemma[sp + 1]))
        last.insert(lemma.substr(sp + 1));
    }
    for (const std::string& w : last) ++names[w];
  }
  std::unordered_set<std::string> out;
  for (const auto& [w, n] : names)
    if (n >= 2) out.insert(w);
  return out;
}

// What a noun lemma of index.noun makes it: a known name typed by its first sense, a person
// or body noun, and a common word unless WordNet only names things by it or only spells it
// capitalised with a first sense in a typed file ("Medicare" but not "Friday"), and no other
// part of speech has it ("bush" is a noun too; "china" is also porcelain). Nouns come last.
void NoteNounLemma(const std::string& lemma, const std::vector<uint32_t>& synsets,
                   const NounFacts& facts, WordLists* words) {
  TypeByFirstSense(lemma, synsets, facts, &words->known_names);
  if (lemma.find('_') != std::string::npos) return;  // multi-word lemmas
  NoteNamedUses(lemma, synsets, facts, &words->known_names);
  if (synsets.empty()) {  // a line WordNet's format does not allow
    words->common.insert(lemma);
    return;
  }
  if (auto it = facts.people.find(synsets.front());
      it != facts.people.end() && it->second.count(lemma))
    words->person_nouns.insert(lemma);
  if (facts.bodies_and_places.count(synsets.front())) words->body_nouns.insert(lemma);
  const bool names_only = std::all_of(synsets.begin(), synsets.end(),
                                      [&](uint32_t o) { return facts.instances.count(o) > 0; });
  const bool proper = facts.capitalised.count(lemma) && !facts.lowercase.count(lemma) &&
                      facts.named_kinds.count(synsets.front());
  if ((names_only || proper) && !words->common.count(lemma)) return;
  words->common.insert(lemma);
}

// The groups WordNet's adjectives are "of or relating to" by their glosses: an adjective
// whose gloss opens "relating to or belonging to the Democratic Party" and whose lemma is
// that group's first word names the group, capitalised, as a member noun does ("a
// Democratic senator").
void AddGroupAdjectives(std::string_view data_adj, const NounFacts& facts, WordLists* words) {
  static const RE2 kGloss(
      R"(\s*(?:of or )?(?:relating to|belonging to|belong to|pertaining to))"
      R"((?: or (?:relating to|belonging to|pertaining to))? the ([A-Z][A-Za-z]* [A-Z][A-Za-z]*)\b.*)");
  std::unordered_map<std::string, std::string> groups;  // lowercase name -> name
  for (const auto& [offset, name] : facts.group_names) groups.emplace(ToLower(name), name);
  ForEachWordNetLine(data_adj, [&](std::string_view line) {
    const size_t bar = line.find(" | ");
    std::string group;
    if (bar == std::string_view::npos ||
        !RE2::FullMatch(re2::StringPiece(line.data() + bar + 3, line.size() - bar - 3), kGloss,
                        &group))
      return;
    const auto it = groups.find(ToLower(group));
    if (it == groups.end()) return;
    const std::string first = it->second.substr(0, it->second.find(' '));
    const std::vector<std::string_view> f = Fields(line.substr(0, bar));
    const size_t n = f.size() > 3 ? WordNetNumber(f[3], 16) : 0;
    for (size_t i = 0; i < n && 4 + 2 * i < f.size(); ++i) {
      const std::string_view lemma = f[4 + 2 * i].substr(0, f[4 + 2 * i].find('('));
      if (ToLower(lemma) == ToLower(first))
        words->known_names.emplace(ToLower(first),
                                   KnownName{first, "organization", "WordNet", it->second, true});
    }
  });
}

}  // namespace

Status WordLists::Load(const std::string& wordnet_dir, const std::string& data_dir,
                       const std::string& iso_codes_dir) {
  NounFacts facts;
  if (auto data = ReadAll(wordnet_dir + "/data.noun"); data.ok())
    ForEachWordNetLine(*data, [&](std::string_view line) {
      if (const auto synset = ParseNounSynset(line)) NoteNounSynset(*synset, &facts, this);
    });
  capitalised = facts.capitalised;
  ReadSenseCounts(wordnet_dir + "/cntlist.rev", &facts);
  std::vector<std::pair<std::string, std::vector<uint32_t>>> several_senses;  // noun lemmas
  for (const char* pos : {"verb", "adj", "adv", "noun"}) {
    auto index = ReadAll(wordnet_dir + "/index." + pos);
    if (!index.ok()) continue;
    const std::string_view part = pos;
    ForEachWordNetLine(*index, [&](std::string_view line) {
      std::string lemma(line.substr(0, line.find(' ')));
      if (part == "noun") {
        std::vector<uint32_t> synsets = SynsetsOf(line);
        NoteNounLemma(lemma, synsets, facts, this);
        if (synsets.size() >= 2) several_senses.emplace_back(std::move(lemma), std::move(synsets));
        return;
      }
      if (lemma.find('_') != std::string::npos) return;  // multi-word lemmas
      if (part == "verb") verbs.insert(lemma);
      common.insert(std::move(lemma));
    });
  }
  for (const auto& [lemma, synsets] : several_senses)
    NameSharedBySenses(lemma, synsets, facts, &known_names);
  if (auto data = ReadAll(wordnet_dir + "/data.adj"); data.ok())
    AddGroupAdjectives(*data, facts, this);
  law_heads = LawHeads(facts, &known_names);
  auto names = ReadAll(data_dir + "/given_names.txt");
  if (!names.ok()) return names.status();
  AddLines(*names, &given_names);
  auto acr = ReadAll(data_dir + "/acronyms.txt");
  if (!acr.ok()) return acr.status();
  AddLines(*acr, &acronyms);
  for (const auto& [file, type] :
       {std::pair{"news_people.tsv", "person"}, std::pair{"news_outlets.tsv", "organization"},
        std::pair{"news_aliases.tsv", ""}}) {
    const std::string path = data_dir + "/" + file;
    auto learned = ReadAll(path);
    if (!learned.ok()) return learned.status();
    CG_RETURN_IF_ERROR(AddNewsNames(*learned, type, path));
  }
  if (iso_codes_dir.empty()) return Status::OK();
  for (const char* key : {"3166-1", "3166-2"}) {
    const std::string path = iso_codes_dir + "/iso_" + key + ".json";
    if (!std::ifstream(path)) continue;  // iso-codes not installed: no ISO names
    auto text = ReadAll(path);
    if (!text.ok()) return text.status();
    CG_RETURN_IF_ERROR(AddIsoNames(*text, key, path));
  }
  return Status::OK();
}

namespace {

// The type of a thing news_aliases.tsv names: a law when its name ends in a head of
// WordNet's names of laws ("Affordable Care Act"), else a body ("Congressional Budget
// Office", "Islamic State").
std::string AliasedType(const std::string& name, const std::unordered_set<std::string>& law_heads) {
  const size_t sp = name.rfind(' ');
  return law_heads.count(name.substr(sp + 1)) ? "policy" : "organization";  // npos + 1 is 0
}

}  // namespace

Status WordLists::AddNewsNames(std::string_view tsv, std::string_view type,
                               std::string_view origin) {
  const std::string file(origin.substr(origin.rfind('/') + 1));  // npos + 1 is 0
  size_t line_no = 0;
  for (std::string_view line : Split(tsv, '\n')) {
    ++line_no;
    if (Trim(line).empty() || line[0] == '#') continue;
    const std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() < 2 || f[0].empty() || f[1].empty())
      return Status::InvalidArgument(std::string(origin) + ":" + std::to_string(line_no) +
                                     ": want a form and the name it gives, tab-separated");
    const std::string name(f[1]);
    const std::string typed = !type.empty() ? std::string(type) : AliasedType(name, law_heads);
    for (const std::string_view form : {f[0], f[1]})
      known_names.emplace(ToLower(form), KnownName{std::string(form), typed, file, name});
  }
  return Status::OK();
}

Status WordLists::AddIsoNames(std::string_view json, std::string_view key,
                              std::string_view origin) {
  const std::string k(key);
  const auto doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains(k) || !doc[k].is_array())
    return Status::InvalidArgument(std::string(origin) + ": not an iso-codes " + k + " file");
  for (const auto& entry : doc[k]) {
    if (!entry.is_object()) continue;
    const std::string canonical = IsoName(entry);
    NoteIsoPlace(entry, canonical, this);
    std::string owner = "ISO " + k;
    for (const char* code : {"alpha_2", "code"})
      if (entry.contains(code) && entry[code].is_string())
        owner += " " + entry[code].get<std::string>();
    for (const char* field : {"name", "common_name", "official_name"}) {
      if (!entry.contains(field) || !entry[field].is_string()) continue;
      const std::string surface = entry[field].get<std::string>();
      if (surface.empty()) continue;
      known_names.emplace(ToLower(surface), KnownName{surface, "place", "ISO 3166", canonical});
      AddSynonym(canonical, surface, owner, this);
    }
  }
  if (k == "3166-2") MarkMainKinds(this);
  return Status::OK();
}

}  // namespace cg

// The gazetteer: known entities with their aliases, related entities and context words,
// read from tab-separated files (corpus/export-controls/gazetteer.tsv is the sample's pack; users
// add their own). Also the word lists entity resolution leans on: common English words (WordNet's
// lemmas), given names, acronyms too common to be names, and the names general resources
// know (WordNet's instance nouns and named kinds, ISO 3166 countries and subdivisions).
// Interface: Gazetteer, WordLists. Tested by tests/ingest/entities_test.cc.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/file.h"
#include "core/status.h"

namespace cg {

struct GazetteerEntry {
  std::string id;                    // slug of the name
  std::string name;                  // canonical name
  std::string type;                  // organization, person, product, place, policy, event, other
  std::vector<std::string> aliases;  // a leading '~' marks a form that needs context
  std::vector<std::string> related;  // canonical names of related entities (owner, products)
  std::vector<std::string> context;  // lowercase words typical of text about the entity
};

class Gazetteer {
 public:
  // Parses lines "name<TAB>type<TAB>aliases<TAB>related<TAB>context", lists separated by
  // '|'; '#' starts a comment line. `origin` names the file in error messages. A later
  // entry with the same name extends the earlier one (users add aliases this way).
  Status AddTsv(std::string_view tsv, std::string_view origin);
  Status AddFile(const std::string& path);

  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  // Index of the entry named `name` (canonical name, case-insensitive), or -1.
  int Find(std::string_view name) const;

 private:
  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, int> by_name_;
};

// A name a general resource knows, and the type it gives it.
struct KnownName {
  std::string surface;  // as the resource spells it: "El Paso", "Deng Xiaoping"
  std::string type;     // person, place, organization, product, event
  std::string origin;   // "WordNet" or "ISO 3166"
  // The name the resource gives the thing ("United States Senate" for "Senate"; "South
  // Korea" for "Korea, Republic of"), or "" when the form names several things ("Bush").
  std::string canonical;
  // A kind of person who is a member of the thing ("Republican" of the Republican Party):
  // the form, or its plural, names the thing wherever it is capitalised.
  bool member = false;
  // Most of the form's uses WordNet tagged in its corpus are of the senses that name a thing
  // ("Japan" 8 of 8, "Georgia" 18 of 18; not "Turkey", the bird twice, the country once):
  // capitalised, the form opens a sentence as a name.
  bool usually_named = false;
};

struct WordLists {
  // Lowercase English lemmas. A lemma WordNet knows only as the name of one instance
  // ("texas", "cincinnati") is a name, not a common word.
  std::unordered_set<std::string> common;
  std::unordered_set<std::string> verbs;        // lowercase verb lemmas (WordNet index.verb)
  std::unordered_set<std::string> given_names;  // capitalised first names
  std::unordered_set<std::string> acronyms;     // uppercase: AI, GPU, CEO...
  // By lowercase form ("el paso"): WordNet's instance nouns, typed by their lexicographer
  // file (noun.person, noun.location and noun.object, noun.group, noun.artifact and
  // noun.communication, noun.act and noun.event), its named kinds ("Senate", "GOP") and
  // the member nouns of named groups ("republican"), and the countries and subdivisions of
  // Debian's iso-codes (ISO 3166-1 and 3166-2: names, common and official names), and the
  // people news names by a surname alone and the news organisations, learned from news
  // (news_people.tsv: "Obama" is Barack Obama; news_outlets.tsv: "Townhall") where neither
  // resource has the form.
  std::unordered_map<std::string, KnownName> known_names;
  // By lowercase canonical name: the other names the resource gives the thing ("Federal
  // Reserve", "Fed" for the Federal Reserve System), shown as its aliases.
  std::unordered_map<std::string, std::vector<std::string>> synonyms;
  // By lowercase canonical name: the resource entry that gives it, "" when several do.
  std::unordered_map<std::string, std::string> synonym_owners;
  // Lowercase common nouns whose first WordNet sense is a person (noun.person) that WordNet
  // writes in lowercase there: roles and titles ("president", "senator", "leader") that a
  // name follows or precedes ("White", whose first sense is capitalised, is none).
  std::unordered_set<std::string> person_nouns;
  // Lowercase nouns whose first sense is a group or a place (noun.group, noun.location:
  // "assembly", "county"): no person's name.
  std::unordered_set<std::string> body_nouns;
  // The capitalised last words two or more of WordNet's names of legal documents and
  // amendments share ("Act", "Amendment", "Treaty"): the head of a law's name.
  std::unordered_set<std::string> law_heads;
  // Lowercase lemmas WordNet writes capitalised somewhere ("friday", "brown", "american"):
  // for these a capital letter mid-sentence is the word's own spelling, not a name's sign.
  std::unordered_set<std::string> capitalised;
  // The subdivisions of ISO 3166-2 (states, provinces...), by country: what an
  // abbreviation after a place ("Smyrna, Tenn.") or a party letter ("(D-Calif.)") may name.
  struct Subdivision {
    std::string code;  // after the country's: "TN" of US-TN
    std::string name;  // the canonical name: "Tennessee"
    std::string kind;  // "State", "Outlying area", "Province"...
    bool main_kind;    // of the kind most of its country's are ("State", not "Outlying area")
  };
  std::unordered_map<std::string, std::vector<Subdivision>> subdivisions;  // alpha-2 -> them
  // By lowercase canonical name, the ISO 3166 alpha-2 code of the country a place of ISO
  // 3166 is or is in ("united states" US, "tennessee" US).
  std::unordered_map<std::string, std::string> place_country;
  // Capitalised lemmas of noun.time ("monday", "january", "christmas"): a name does not run
  // into them ("Reuters on Monday" names Reuters).
  std::unordered_set<std::string> time_names;

  // Loads WordNet's index.{noun,verb,adj,adv} and data.noun from `wordnet_dir` (missing
  // files are skipped: then fewer words count as common and fewer names are known), the
  // lists of `data_dir` (given names, acronyms, news people and outlets) and, when `iso_codes_dir`
  // is given and holds them, iso_3166-1.json and iso_3166-2.json.
  Status Load(const std::string& wordnet_dir, const std::string& data_dir,
              const std::string& iso_codes_dir = "");
  // Adds the ISO 3166 names of one iso-codes JSON file's text (`key`: "3166-1" or "3166-2").
  // Fails naming `origin` when the text is not such a file.
  Status AddIsoNames(std::string_view json, std::string_view key, std::string_view origin);
  // Adds the names of a text learned from news, typed `type`: news_people.tsv (surname, full
  // name, articles, share), news_outlets.tsv (name, name, counts) or, with `type` "",
  // news_aliases.tsv (alias, name, articles; a name ending in one of `law_heads` is a policy,
  // any other an organization); '#' comments. Each line's first two fields become known
  // names of the second where none is known yet. Fails naming `origin` and the line when a
  // line has fewer than two fields.
  Status AddNewsNames(std::string_view tsv, std::string_view type, std::string_view origin);
  // Adds one word a line; '#' comments. For tests and user lists.
  static void AddLines(std::string_view text, std::unordered_set<std::string>* set);
};

}  // namespace cg

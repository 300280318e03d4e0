// The gazetteer: known entities with their aliases, related entities and context words,
// read from tab-separated files (ingest/data/gazetteer.tsv ships; users add their own).
// Also the word lists entity resolution leans on: common English words (WordNet's
// lemmas), given names, and acronyms too common to be names.
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
  std::string type;                  // organization, person, product, place, policy, other
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

struct WordLists {
  std::unordered_set<std::string> common;       // lowercase English lemmas
  std::unordered_set<std::string> verbs;        // lowercase verb lemmas (WordNet index.verb)
  std::unordered_set<std::string> given_names;  // capitalised first names
  std::unordered_set<std::string> acronyms;     // uppercase: AI, GPU, CEO...

  // Loads WordNet's index.{noun,verb,adj,adv} from `wordnet_dir` (missing files are
  // skipped: then fewer words count as common) and the two lists from `data_dir`.
  Status Load(const std::string& wordnet_dir, const std::string& data_dir);
  // Adds one word a line; '#' comments. For tests and user lists.
  static void AddLines(std::string_view text, std::unordered_set<std::string>* set);
};

}  // namespace cg

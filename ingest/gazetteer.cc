// Gazetteer and word-list loading. Tested by tests/ingest/entities_test.cc.
#include "ingest/gazetteer.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/text.h"

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
    static const std::unordered_set<std::string> kTypes = {"organization", "person", "product",
                                                           "place",        "policy", "other"};
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

Status WordLists::Load(const std::string& wordnet_dir, const std::string& data_dir) {
  for (const char* pos : {"noun", "verb", "adj", "adv"}) {
    std::ifstream in(wordnet_dir + "/index." + pos);
    if (!in) continue;
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;  // license header lines start with spaces
      const size_t sp = line.find(' ');
      std::string lemma = line.substr(0, sp);
      if (lemma.find('_') != std::string::npos) continue;  // multi-word lemmas
      if (std::string_view(pos) == "verb") verbs.insert(lemma);
      common.insert(std::move(lemma));
    }
  }
  auto names = ReadAll(data_dir + "/given_names.txt");
  if (!names.ok()) return names.status();
  AddLines(*names, &given_names);
  auto acr = ReadAll(data_dir + "/acronyms.txt");
  if (!acr.ok()) return acr.status();
  AddLines(*acr, &acronyms);
  return Status::OK();
}

}  // namespace cg

// WordNet reader. Parses index.* for lemmas and sense order, *.exc for irregular forms,
// and the pointer fields of data.* for antonyms ("!"), adjective clusters ("&") and
// derivationally related forms ("+": "independence" / "independent").
// Morphy follows WordNet's own detachment rules (morph.c): an exception list first, then
// suffix rules, accepting a candidate only if the index has it.
#include "text/wordnet.h"

#include <algorithm>

#include "core/file.h"
#include "core/text.h"

namespace cg {

namespace {

struct Rule {
  std::string_view suffix, ending;
};
constexpr Rule kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Rule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                               {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Rule kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

constexpr const char* kPosNames[] = {"noun", "verb", "adj", "adv"};

}  // namespace

Result<WordNet> WordNet::Load(const std::string& dir, const WordNetOptions& options) {
  WordNet wn;
  wn.options_ = options;
  for (int p = 0; p < 4; ++p) {
    const std::string path = dir + "/index." + kPosNames[p];
    auto index = ReadAll(path);
    if (!index.ok()) continue;  // a missing part of speech leaves it out
    bool bad = false;
    ForEachWordNetLine(*index, [&](std::string_view line) {
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
      auto f = Fields(line);
      if (f.size() < 6) {
        bad = true;
        return;
      }
      const uint32_t synsets = WordNetNumber(f[2]);
      const uint32_t pointers = WordNetNumber(f[3]);
      const size_t first = 4 + pointers + 2;
      if (first + synsets > f.size()) {
        bad = true;
        return;
      }
      auto& keys = wn.index_[std::string(f[0])];
      for (size_t k = 0; k < synsets; ++k)
        keys.push_back(Key(static_cast<Pos>(p), WordNetNumber(f[first + k])));
    });
    if (bad) return Status::Corruption(path + ": not a WordNet index file");
    if (auto exc = ReadAll(dir + "/" + kPosNames[p] + ".exc"); exc.ok())
      ForEachWordNetLine(*exc, [&](std::string_view line) {
        auto f = Fields(line);
        if (f.size() >= 2) wn.exceptions_[p].emplace(std::string(f[0]), std::string(f[1]));
      });
  }
  for (int p = 0; p < 4; ++p) {
    auto data = ReadAll(dir + "/data." + kPosNames[p]);
    if (!data.ok()) continue;
    ForEachWordNetLine(*data, [&](std::string_view line) {
      const bool has_antonym = line.find(" ! ") != std::string_view::npos;
      const bool has_similar = p == kAdj && line.find(" & ") != std::string_view::npos;
      const bool has_derived = line.find(" + ") != std::string_view::npos;
      if (!has_antonym && !has_similar && !has_derived) return;
      const size_t bar = line.find(" | ");
      auto f = Fields(line.substr(0, bar));
      if (f.size() < 5) return;
      const uint32_t self = Key(static_cast<Pos>(p), WordNetNumber(f[0]));
      const size_t words = WordNetNumber(f[3], 16);
      size_t i = 4 + 2 * words;
      if (i >= f.size()) return;
      const size_t pointers = WordNetNumber(f[i++]);
      for (size_t k = 0; k < pointers && i + 3 < f.size(); ++k, i += 4) {
        const std::string_view sym = f[i];
        const std::string_view pos = f[i + 2];
        const Pos tp = pos == "n" ? kNoun : pos == "v" ? kVerb : pos == "r" ? kAdv : kAdj;
        const uint32_t target = Key(tp, WordNetNumber(f[i + 1]));
        if (sym == "!") wn.antonyms_[self].push_back(target);
        if (sym == "&") wn.similar_[self].push_back(target);
        if (sym == "+") wn.derived_[self].push_back(target);
      }
    });
  }
  return wn;
}

std::vector<std::pair<WordNet::Pos, std::string>> WordNet::Morphy(std::string_view word) const {
  std::vector<std::pair<Pos, std::string>> out;
  auto has = [&](Pos p, const std::string& lemma) {
    auto it = index_.find(lemma);
    if (it == index_.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(),
                       [&](uint32_t k) { return (k >> 28) == p; });
  };
  auto add = [&](Pos p, std::string lemma) {
    for (const auto& [q, l] : out)
      if (q == p && l == lemma) return;
    out.emplace_back(p, std::move(lemma));
  };
  const std::string w(word);
  for (int p = 0; p < 4; ++p) {
    const Pos pos = static_cast<Pos>(p);
    if (auto it = exceptions_[p].find(w); it != exceptions_[p].end() && has(pos, it->second))
      add(pos, it->second);
    if (has(pos, w)) add(pos, w);
    const Rule* begin = nullptr;
    const Rule* end = nullptr;
    if (p == kNoun) begin = std::begin(kNounRules), end = std::end(kNounRules);
    if (p == kVerb) begin = std::begin(kVerbRules), end = std::end(kVerbRules);
    if (p == kAdj) begin = std::begin(kAdjRules), end = std::end(kAdjRules);
    for (const Rule* r = begin; r != end; ++r) {
      if (w.size() <= r->suffix.size() + 1 || !w.ends_with(r->suffix)) continue;
      std::string cand = w.substr(0, w.size() - r->suffix.size()) + std::string(r->ending);
      if (has(pos, cand)) add(pos, std::move(cand));
    }
  }
  return out;
}

std::vector<std::string> WordNet::Lemmas(std::string_view word) const {
  std::vector<std::string> out;
  for (auto& [p, l] : Morphy(word))
    if (std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
  return out;
}

bool WordNet::OnlyVerbOrAdjective(std::string_view word) const {
  bool verb_or_adj = false;
  for (const auto& [p, lemma] : Morphy(word)) {
    if (p == kNoun) return false;
    if (p == kVerb || p == kAdj) verb_or_adj = true;
  }
  return verb_or_adj;
}

bool WordNet::Adjective(std::string_view word) const {
  for (const auto& [p, lemma] : Morphy(word))
    if (p == kAdj) return true;
  return false;
}

void WordNet::KeepNouns(std::vector<uint32_t>* concepts) {
  auto noun = [](uint32_t k) { return (k >> 28) == kNoun; };
  if (std::none_of(concepts->begin(), concepts->end(), noun)) return;
  std::erase_if(*concepts, [&](uint32_t k) { return !noun(k); });
}

bool WordNet::OnlyVerb(std::string_view word) const {
  bool verb = false;
  for (const auto& [p, lemma] : Morphy(word)) {
    if (p != kVerb) return false;
    verb = true;
  }
  return verb;
}

std::vector<uint32_t> WordNet::Concepts(std::string_view word) const {
  std::vector<uint32_t> out;
  for (const auto& [p, lemma] : Morphy(word)) {
    const auto& keys = index_.at(lemma);
    size_t taken = 0;
    for (uint32_t k : keys) {
      if ((k >> 28) != p) continue;
      if (taken++ == options_.senses) break;
      out.push_back(k);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<uint32_t> WordNet::Related(const std::vector<uint32_t>& concepts) const {
  std::vector<uint32_t> out = concepts;
  auto add = [&](const std::unordered_map<uint32_t, std::vector<uint32_t>>& rel, uint32_t x) {
    if (auto it = rel.find(x); it != rel.end())
      out.insert(out.end(), it->second.begin(), it->second.end());
  };
  for (uint32_t x : concepts) {
    add(derived_, x);
    add(similar_, x);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool WordNet::Known(std::string_view lower_word) const { return !Morphy(lower_word).empty(); }

bool WordNet::Antonyms(std::string_view a, std::string_view b) const {
  return Antonyms(Concepts(a), Concepts(b));
}

std::vector<uint32_t> WordNet::Widened(const std::vector<uint32_t>& concepts) const {
  std::vector<uint32_t> out;
  for (uint32_t y : concepts) {
    out.push_back(y);
    if (auto it = similar_.find(y); it != similar_.end())
      out.insert(out.end(), it->second.begin(), it->second.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<uint32_t> WordNet::AntonymsOf(const std::vector<uint32_t>& concepts) const {
  std::vector<uint32_t> out;
  for (uint32_t x : concepts) {
    if ((x >> 28) == kNoun) continue;  // as Antonyms(): noun antonyms are mostly topical
    std::vector<uint32_t> wide = {x};
    if (auto it = similar_.find(x); it != similar_.end())
      wide.insert(wide.end(), it->second.begin(), it->second.end());
    for (uint32_t x2 : wide)
      if (auto it = antonyms_.find(x2); it != antonyms_.end())
        out.insert(out.end(), it->second.begin(), it->second.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool WordNet::Antonyms(const std::vector<uint32_t>& ca, const std::vector<uint32_t>& cb) const {
  if (ca.empty() || cb.empty()) return false;
  auto related = [&](uint32_t x, std::vector<uint32_t>* out) {
    out->push_back(x);
    if (auto it = similar_.find(x); it != similar_.end())
      out->insert(out->end(), it->second.begin(), it->second.end());
  };
  std::vector<uint32_t> wide_b;
  for (uint32_t y : cb) related(y, &wide_b);
  for (uint32_t x : ca) {
    if ((x >> 28) == kNoun) continue;  // noun antonyms are mostly topical (hardware/software)
    std::vector<uint32_t> wide_a;
    related(x, &wide_a);
    for (uint32_t x2 : wide_a) {
      auto it = antonyms_.find(x2);
      if (it == antonyms_.end()) continue;
      for (uint32_t t : it->second)
        if (std::find(wide_b.begin(), wide_b.end(), t) != wide_b.end()) return true;
    }
  }
  return false;
}

}  // namespace cg

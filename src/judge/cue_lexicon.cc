#include "judge/cue_lexicon.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "core/text.h"

namespace cg {

namespace {

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (true) {
    const size_t tab = line.find('\t', pos);
    out.emplace_back(line.substr(pos, tab == std::string_view::npos ? tab : tab - pos));
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return out;
}

const std::set<std::string, std::less<>>& Classes() {
  static const std::set<std::string, std::less<>> kClasses = {
      "promote",  "hinder",    "null",       "success",  "failure", "negator",
      "contrast", "rebut_pre", "rebut_post", "irrealis", "hedge",   "frequent"};
  return kClasses;
}

}  // namespace

bool IsContentClass(std::string_view cls) {
  return cls == "promote" || cls == "hinder" || cls == "success" || cls == "failure";
}

Result<CueLexicon> CueLexicon::Parse(std::string_view text, const std::string& origin,
                                     const WordNet* wordnet, const TermAnalyzer* terms) {
  CueLexicon lex;
  lex.wordnet_ = wordnet;
  lex.terms_ = terms;
  size_t line_no = 0;
  std::istringstream in{std::string(text)};
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const auto f = SplitTabs(line);
    const std::string where = origin + ":" + std::to_string(line_no);
    if (f.size() != 2 || f[0].empty() || f[1].empty())
      return Status::InvalidArgument(where + ": expected class<TAB>word");
    const std::string& cls = f[0];
    if (!Classes().count(cls))
      return Status::InvalidArgument(where + ": unknown class \"" + cls + "\"");
    const std::string word = ToLowerFoldApostrophes(f[1]);
    if (cls == "frequent") {
      lex.frequent_.insert(terms->Stem(word));
      continue;
    }
    std::vector<std::string> words;
    for (const Token& t : Tokenize(word)) words.emplace_back(t.text);
    if (words.size() == 1 && word.find('-') == std::string::npos && cls != "negator" &&
        cls != "hedge" && cls != "irrealis")
      lex.AddWord(words[0], cls);
    else
      lex.phrases_.push_back({std::move(words), cls});
  }
  std::stable_sort(
      lex.phrases_.begin(), lex.phrases_.end(),
      [](const CuePhrase& a, const CuePhrase& b) { return a.words.size() > b.words.size(); });
  return lex;
}

void CueLexicon::AddWord(const std::string& word, const std::string& cls) {
  const auto lemmas = wordnet_ != nullptr ? wordnet_->Lemmas(word) : std::vector<std::string>();
  if (lemmas.empty()) {
    stem_class_.emplace(terms_->Stem(word), cls);
    return;
  }
  for (const std::string& lemma : lemmas) lemma_class_.emplace(lemma, cls);
}

std::string CueLexicon::WordClass(const std::string& lower, const std::string& stem) const {
  const auto lemmas = wordnet_ != nullptr ? wordnet_->Lemmas(lower) : std::vector<std::string>();
  for (const std::string& lemma : lemmas)
    if (auto it = lemma_class_.find(lemma); it != lemma_class_.end()) return it->second;
  if (!lemmas.empty()) return "";
  auto it = stem_class_.find(stem);
  return it == stem_class_.end() ? "" : it->second;
}

}  // namespace cg

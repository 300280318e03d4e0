// Statement search and listings. BM25 scores come from the postings alone (term
// frequency and statement length are stored in each posting), so only the top hits'
// statement records are read.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/text.h"
#include "query/query.h"

namespace cg {

Result<std::vector<SearchHit>> Search(const Store& store, const TermAnalyzer& analyzer,
                                      const std::string& text, size_t limit) {
  const std::vector<std::string> terms_list = analyzer.Terms(text);
  const std::set<std::string> terms(terms_list.begin(), terms_list.end());
  if (terms.empty())
    return Status::InvalidArgument(
        "the search text has no searchable words (only stopwords or punctuation)");
  auto stats = store.Stats();
  if (!stats.ok()) return stats.status();
  const double n = static_cast<double>(std::max<uint64_t>(stats->statements, 1));
  const double avgdl = std::max(1.0, static_cast<double>(stats->terms) / n);
  constexpr double kK1 = 1.2, kB = 0.75;

  std::map<std::pair<std::string, uint32_t>, std::pair<double, std::vector<std::string>>> acc;
  for (const auto& term : terms) {
    auto postings = store.PostingsOf(term);
    if (!postings.ok()) return postings.status();
    size_t df = 0;
    for (const auto& [src, list] : *postings) df += list.size();
    if (df == 0) continue;
    const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
    for (const auto& [src, list] : *postings)
      for (const auto& p : list) {
        const double tf = p.term_frequency;
        const double s =
            idf * tf * (kK1 + 1) / (tf + kK1 * (1 - kB + kB * p.statement_terms / avgdl));
        auto& slot = acc[{src, p.statement_start}];
        slot.first += s;
        slot.second.push_back(term);
      }
  }
  struct Ranked {
    double score;
    std::string id;
    std::pair<std::string, uint32_t> key;
  };
  std::vector<Ranked> ranked;
  for (const auto& [key, v] : acc)
    ranked.push_back({v.first, MakeStatementId(key.first, key.second), key});
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (std::abs(a.score - b.score) > 1e-12) return a.score > b.score;
    return a.id < b.id;
  });
  if (limit && ranked.size() > limit) ranked.resize(limit);
  std::vector<SearchHit> hits;
  std::map<std::string, Source> sources;
  for (const auto& r : ranked) {
    auto st = store.GetStatement(r.id);
    if (!st.ok()) return st.status();
    if (!sources.count(r.key.first)) {
      auto src = store.GetSource(r.key.first);
      if (!src.ok()) return src.status();
      sources.emplace(r.key.first, std::move(*src));
    }
    const Source& src = sources.at(r.key.first);
    SearchHit h{std::move(*st), src.title, src.file, std::round(r.score * 10000) / 10000,
                acc[r.key].second};
    hits.push_back(std::move(h));
  }
  return hits;
}

Result<std::vector<Statement>> ListStatements(const Store& store, const std::string& source_id,
                                              const std::string& entity_id) {
  std::vector<std::string> ids;
  if (!source_id.empty()) {
    auto s = store.GetSource(source_id);
    if (!s.ok()) return s.status();
    ids.push_back(source_id);
  } else {
    auto all = store.ListSources();
    if (!all.ok()) return all.status();
    for (const auto& s : *all) ids.push_back(s.id);
  }
  std::vector<Statement> out;
  for (const auto& id : ids) {
    auto sts = store.StatementsOf(id);
    if (!sts.ok()) return sts.status();
    for (auto& st : *sts) {
      if (!entity_id.empty() &&
          !std::binary_search(st.entities.begin(), st.entities.end(), entity_id))
        continue;
      out.push_back(std::move(st));
    }
  }
  return out;
}

}  // namespace cg

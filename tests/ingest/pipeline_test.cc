// The pipeline on the sample corpus, scored against the hand-made gold annotations
// (tests/data/seed-gold.json, a copy of the team's gold) with the metric definitions of
// the evaluation README, re-implemented here.
#include "ingest/pipeline.h"

#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <set>

#include "core/text.h"
#include "test_util.h"

namespace cg {
namespace {

std::vector<std::string> GoldTokens(std::string s) {
  for (const char* q : {"\xE2\x80\x99", "\xE2\x80\x98"})
    for (size_t p; (p = s.find(q)) != std::string::npos;) s.replace(p, 3, "'");
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    const char l = ToLowerAscii(c);
    if (IsAsciiLower(l) || IsAsciiDigit(l)) {
      cur.push_back(l);
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

bool QuoteMatches(const std::vector<std::string>& q, const std::vector<std::string>& st) {
  if (q.empty() || st.empty()) return false;
  const std::set<std::string> have(st.begin(), st.end());
  size_t hit = 0;
  for (const auto& t : q) hit += have.count(t);
  if (hit * 10 < q.size() * 6) return false;
  return st.size() <= std::max(3 * q.size(), q.size() + 45);
}

std::string NormJoin(const std::string& s) {
  std::string out;
  for (const auto& t : GoldTokens(s)) out += (out.empty() ? "" : " ") + t;
  return out;
}

bool Holds(const std::string& big, const std::string& small) {
  return !small.empty() && (" " + big + " ").find(" " + small + " ") != std::string::npos;
}

struct Corpus {
  std::map<std::string, ArticleRecord> by_doc;  // gold doc key ("000") -> record
};

const Corpus& AnalyzedCorpus() {
  static Corpus c = [] {
    Corpus out;
    const ReadResult read = ReadInputs({test::SourceDir() + "/corpus"});
    REQUIRE(read.skipped.empty());
    for (const auto& a : read.articles) {
      auto rec = AnalyzeArticle(a, test::SampleAnalyzers());
      REQUIRE(rec.ok());
      const std::string base = std::filesystem::path(a.file).filename().string();
      out.by_doc[base.substr(0, 3)] = std::move(*rec);
    }
    return out;
  }();
  return c;
}

}  // namespace

TEST_CASE("pipeline: every statement and mention is the exact bytes at its offsets") {
  for (const auto& [doc, rec] : AnalyzedCorpus().by_doc) {
    CAPTURE(doc);
    CHECK(rec.statements.size() > 5);
    for (const auto& st : rec.statements)
      CHECK(rec.text.substr(st.start, st.end - st.start) == st.text);
    for (const auto& m : rec.mentions) CHECK(rec.text.substr(m.start, m.end - m.start) == m.text);
  }
}

TEST_CASE("pipeline: the same article gives the same record, byte for byte") {
  const ReadResult read =
      ReadInputs({test::SourceDir() + "/corpus/export-controls/002_632d227e766f97f1.txt"});
  REQUIRE(read.articles.size() == 1);
  auto a = AnalyzeArticle(read.articles[0], test::SharedAnalyzers());
  auto b = AnalyzeArticle(read.articles[0], test::SharedAnalyzers());
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(ToJson(a->source).dump() == ToJson(b->source).dump());
  CHECK(a->source.derived_hash == b->source.derived_hash);
  CHECK(a->source.title ==
        "Flawed US Chip Export Policy Catalyzed China's AI Independence");  // sidecar
}

TEST_CASE("pipeline: sample corpus against the gold annotations") {
  const Json gold = Json::parse(test::ReadFile(test::SourceDir() + "/tests/data/seed-gold.json"));
  const auto& corpus = AnalyzedCorpus().by_doc;

  // dispute_quotes_found: dispute quotes (sides a and b) that some statement holds.
  size_t quotes = 0, found = 0;
  std::vector<std::string> missed;
  for (const auto& d : gold["disputes"])
    for (const char* side : {"a", "b"})
      for (const auto& q : d[side]) {
        ++quotes;
        const auto qt = GoldTokens(q["quote"].get<std::string>());
        const auto& rec = corpus.at(q["doc"].get<std::string>());
        bool hit = false;
        for (const auto& st : rec.statements) hit |= QuoteMatches(qt, GoldTokens(st.text));
        if (hit)
          ++found;
        else
          missed.push_back(q["quote"].get<std::string>());
      }
  const double quotes_found = static_cast<double>(found) / quotes;
  MESSAGE("dispute_quotes_found = " << quotes_found << " (" << found << "/" << quotes << ")");
  for (const auto& m : missed) MESSAGE("missed: " << m);
  CHECK(quotes_found >= 0.95);

  // entity_recall and alias_recall.
  size_t ent_total = 0, ent_hit = 0, alias_total = 0, alias_hit = 0;
  for (const auto& ge : gold["entities"]) {
    const std::string name = NormJoin(ge["name"].get<std::string>());
    for (const auto& [doc, forms] : ge["forms"].items()) {
      const auto& rec = corpus.at(doc);
      std::set<std::string> ids;  // entities of this record named like the gold entity
      for (const auto& e : rec.entities) {
        bool named = NormJoin(e.name) == name;
        for (const auto& a : e.aliases) named |= NormJoin(a) == name;
        if (named) ids.insert(e.id);
      }
      std::set<std::string> seen_forms;
      for (const auto& m : rec.mentions)
        if (ids.count(m.entity)) seen_forms.insert(NormJoin(m.text));
      ++ent_total;
      ent_hit += !seen_forms.empty();
      if (seen_forms.empty()) MESSAGE("entity missed: " << name << " in " << doc);
      for (const auto& f : forms) {
        const std::string nf = NormJoin(f.get<std::string>());
        if (nf == name) continue;
        ++alias_total;
        bool hit = false;
        for (const auto& s : seen_forms) hit |= Holds(nf, s) || Holds(s, nf);
        alias_hit += hit;
        if (!hit) MESSAGE("alias missed: " << nf << " for " << name << " in " << doc);
      }
    }
  }
  const double entity_recall = static_cast<double>(ent_hit) / ent_total;
  const double alias_recall = static_cast<double>(alias_hit) / alias_total;
  MESSAGE("entity_recall = " << entity_recall << ", alias_recall = " << alias_recall);
  CHECK(entity_recall >= 0.9);
  CHECK(alias_recall >= 0.8);
}

}  // namespace cg

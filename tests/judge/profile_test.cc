// The passes that read one statement into a profile (judge/profile.h), each with a table of
// made-up sentences, over a small made-up cue lexicon so that each row shows the pass, not
// the shipped word lists.
#include "judge/profile.h"

#include <doctest/doctest.h>

#include "judge/judge_test_util.h"
#include "test_util.h"

namespace cg {
namespace {

using test::Lexicon;
using test::Read;

TokenScan Scan(const std::string& text) {
  TokenScan s = ScanTokens(text);
  MarkCues(Lexicon(), test::SharedAnalyzers().terms, &s);
  return s;
}

// The tokens of `text` a mark holds for, space-joined.
template <typename Pred>
std::string Marked(const TokenScan& s, Pred marked) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i)
    if (marked(i)) out += (out.empty() ? "" : " ") + s.low[i];
  return out;
}

TEST_CASE("cue lexicon: rows, classes and errors") {
  const CueLexicon& lex = Lexicon();
  const auto& terms = test::SharedAnalyzers().terms;
  CHECK(lex.WordClass("boosted", terms.Stem("boosted")) == "promote");
  CHECK(lex.WordClass("slows", terms.Stem("slows")) == "hinder");
  CHECK(lex.WordClass("tariff", terms.Stem("tariff")).empty());
  CHECK(lex.IsFrequentStem(terms.Stem("said")));
  // Negators, hedges and intentions are phrases even as one word; longest first.
  REQUIRE_FALSE(lex.phrases().empty());
  CHECK(lex.phrases().front().words.size() == 2);
  auto bad = CueLexicon::Parse("negator\tnot\nnoclass\n", "lex.tsv", nullptr,
                               &test::SharedAnalyzers().terms);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("lex.tsv:2") != std::string::npos);
  auto unknown =
      CueLexicon::Parse("opinion\tgood\n", "lex.tsv", nullptr, &test::SharedAnalyzers().terms);
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().message().find("unknown class \"opinion\"") != std::string::npos);
}

TEST_CASE("ScanTokens: words and clause boundaries") {
  struct Row {
    const char* text;
    const char* words;       // low, space-joined
    const char* boundaries;  // tokens that start a clause
    const char* nt;          // tokens that carried "n't"
  };
  const Row rows[] = {
      {"The mayor didn't sign it.", "the mayor did sign it", "", "did"},
      {"Rents rose, but wages fell", "rents rose but wages fell", "but", ""},
      {"It cost 100,000 dollars; 2.5 more", "it cost 100 000 dollars 2 5 more", "2", ""},
      {"The city's budget \u2014 all of it", "the city budget all of it", "all", ""},
      {"They can't, won't pay", "they can will pay", "will", "can will"},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const TokenScan s = ScanTokens(row.text);
    CHECK(Marked(s, [](size_t) { return true; }) == row.words);
    CHECK(Marked(s, [&](size_t i) { return s.boundary[i]; }) == row.boundaries);
    CHECK(Marked(s, [&](size_t i) { return s.nt[i]; }) == row.nt);
  }
}

TEST_CASE("ScanTokens: capitals inside a sentence mark names, not at its start or in title case") {
  struct Row {
    const char* text;
    const char* capitalised;
  };
  const Row rows[] = {
      {"They cannot afford the Affordable Care Act", "affordable care act"},
      {"Tariffs rose. Prices fell", ""},                    // a new sentence
      {"He said: \"Costs rose\" in May", "may"},            // a quotation opens
      {"Senate Passes Budget Bill After Long Debate", ""},  // title case
      {"The GOP plan", "gop"},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const TokenScan s = ScanTokens(row.text);
    CHECK(Marked(s, [&](size_t i) { return s.shape[i] > 0; }) == row.capitalised);
  }
}

TEST_CASE("MarkCues: phrases, words by lemma, content classes") {
  struct Row {
    const char* text;
    const char* cues;     // tokens marked as cues
    const char* content;  // tokens with a content class (effect, outcome)
  };
  const Row rows[] = {
      {"Rents went up instead of down", "instead of", ""},
      {"The plan may boost trade", "may", "boost"},
      {"Subsidies had no effect on prices", "no effect", ""},
      {"The law slowed hiring and boosts costs", "", "slowed boosts"},
      {"It was designed to fail", "designed to", "fail"},  // "fail": the lemma of "failed"
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const TokenScan s = Scan(row.text);
    CHECK(Marked(s, [&](size_t i) { return s.cue[i]; }) == row.cues);
    CHECK(Marked(s, [&](size_t i) { return !s.cue[i] && !s.cls[i].empty(); }) == row.content);
  }
}

TEST_CASE("MarkScopes: what each cue denies, and the cues it records") {
  struct Row {
    const char* text;
    const char* denied;    // tokens with an odd number of denials
    const char* irrealis;  // tokens inside an intention
    const char* cues;      // the profile's cues, "|"-joined, framed ones starred
  };
  const Row rows[] = {
      {"The council did not approve the fees, but voters did", "approve the fees", "", "not"},
      {"The rumour that tariffs rose is false", "the rumour that tariffs rose is", "", "false*"},
      {"The mayor denies the fees will rise", "the fees will rise", "", "denies*"},
      {"It was the false step", "", "", ""},  // attributive: judges "step", not a claim
      {"Nobody said it was never tried", "tried", "", "never"},
      {"They did not fail to never vote", "fail to vote", "", "not|fail to*|never"},
      {"The plan was designed to cut costs", "", "cut costs", ""},
      {"They failed to stop the flood", "stop the flood", "", "failed to*"},
      // A focus particle: "not only X" asserts X.
      {"It not only raised rents but also wages", "", "", ""},
      {"They didn't just vote", "", "", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    TokenScan s = Scan(row.text);
    StatementProfile p;
    MarkScopes(&test::SharedAnalyzers().wordnet, &s, &p);
    CHECK(Marked(s, [&](size_t i) { return s.denials[i] % 2 == 1; }) == row.denied);
    CHECK(Marked(s, [&](size_t i) { return s.irrealis[i]; }) == row.irrealis);
    std::string cues;
    for (size_t k = 0; k < p.cues.size(); ++k)
      cues += (k ? "|" : "") + p.cues[k] + (p.framed[k] ? "*" : "");
    CHECK(cues == row.cues);
  }
}

TEST_CASE("MarkScopes: the first hedge and the first asserted no-difference phrase") {
  TokenScan s = Scan("Rates may rise; the levy had no effect");
  StatementProfile p;
  MarkScopes(&test::SharedAnalyzers().wordnet, &s, &p);
  CHECK(p.hedge_word == "may");
  CHECK(p.null_word == "no effect");
  TokenScan denied = Scan("The levy never had no effect");
  StatementProfile q;
  MarkScopes(&test::SharedAnalyzers().wordnet, &denied, &q);
  CHECK(q.null_word.empty());
}

TEST_CASE("MarkScopes: a negated copula denies a predicate, unless a clause follows") {
  struct Row {
    const char* text;
    const char* predicative;
  };
  const Row rows[] = {
      {"She was not the mayor of the town", "mayor"},
      {"The port isn't open", "open"},
      {"The point is not that ports are closed", ""},  // a clause with its own predicate
      {"The council did not approve the fees", ""},    // no copula: the verb is the predicate
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    TokenScan s = Scan(row.text);
    StatementProfile p;
    MarkScopes(&test::SharedAnalyzers().wordnet, &s, &p);
    CHECK(Marked(s, [&](size_t i) { return s.predicative[i]; }) == row.predicative);
  }
  const StatementProfile mayor = test::Read("She was not the mayor of the town");
  for (const LinkWord& w : mayor.words)
    if (w.text == "mayor") CHECK(w.predicate);
}

TEST_CASE("MarkCauseSide: the words before a clause's first effect word") {
  struct Row {
    const char* text;
    const char* cause;
  };
  const Row rows[] = {
      {"Cheap loans boost building", "cheap loans"},
      {"Building grew, and cheap loans boost it", "and cheap loans"},
      {"Building grew steadily", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    TokenScan s = Scan(row.text);
    MarkCauseSide(&s);
    CHECK(Marked(s, [&](size_t i) { return s.cause_side[i]; }) == row.cause);
  }
}

TEST_CASE("MarkAmounts: quantities put low or high, and the word that says so") {
  struct Row {
    const char* text;
    const char* low;   // tokens put low
    const char* high;  // tokens put high
    const char* cue;   // the cue of the first marked token
  };
  const Row rows[] = {
      {"a bridge at a cost of under 6 million", "cost", "", "under"},
      {"over 100 trucks crossed", "", "trucks crossed", "over"},
      {"more than 40 clinics opened", "", "clinics opened", "more"},
      {"a lower price for bread", "price", "", "lower"},  // up to a function word
      {"a fraction of the budget", "budget", "", "fraction of"},
      {"twice of nothing", "", "nothing", "twice of"},
      {"prices were lower", "", "", ""},  // nothing after the comparative
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    TokenScan s = Scan(row.text);
    MarkAmounts(&s);
    CHECK(Marked(s, [&](size_t i) { return s.amount[i] < 0; }) == row.low);
    CHECK(Marked(s, [&](size_t i) { return s.amount[i] > 0; }) == row.high);
    std::string cue;
    for (size_t i = 0; i < s.size() && cue.empty(); ++i) cue = s.amount_cue[i];
    CHECK(cue == row.cue);
  }
}

TEST_CASE("AddWords: content words and the direction the statement asserts") {
  struct Row {
    const char* text;
    const char* words;  // the profile's words, space-joined
    double effect, asserted_effect, outcome;
    const char* effect_word;
  };
  const Row rows[] = {
      {"The levy will boost trade", "levy boost trade", 1, 1, 0, "boost"},
      {"The levy did not boost trade", "levy boost trade", -0.5, 0, 0, "not ... boost"},
      {"The levy was designed to boost trade", "levy boost trade", 0, 0, 0, ""},
      {"The talks failed and then succeeded", "talks failed succeeded", 0, 0, 0, ""},
      {"The talks never succeeded", "talks succeeded", 0, 0, -1, ""},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const StatementProfile p = Read(row.text);
    std::string words;
    for (const LinkWord& w : p.words) words += (words.empty() ? "" : " ") + w.text;
    CHECK(words == row.words);
    CHECK(p.effect == doctest::Approx(row.effect));
    CHECK(p.asserted_effect == doctest::Approx(row.asserted_effect));
    CHECK(p.outcome == doctest::Approx(row.outcome));
    CHECK(p.effect_word == row.effect_word);
  }
}

TEST_CASE("AddWords: a word of an entity's name is never a predicate") {
  const StatementProfile named = Read("Acme Boost shipped", {"acme-boost"});
  const StatementProfile plain = Read("Acme boost shipped");
  auto word = [](const StatementProfile& p, const std::string& text) {
    for (const LinkWord& w : p.words)
      if (w.text == text) return w;
    return LinkWord{};
  };
  CHECK_FALSE(word(named, "boost").predicate);
  CHECK(word(plain, "boost").predicate);
  CHECK(word(plain, "said").weight == 1.0);  // absent: a default word
  CHECK(word(Read("She said so"), "said").weight == doctest::Approx(0.3));
}

TEST_CASE("MarkOrders: events put before or after others") {
  struct Row {
    const char* text;
    const char* earlier;
    const char* later;
    const char* cue;
  };
  const Row rows[] = {
      {"The strike ended before the vote", "strike ended", "vote", "before"},
      {"The vote came after the strike ended", "strike ended", "vote came", "after"},
      {"Talks stalled prior to the election", "talks stalled", "election", "prior to"},
      {"Rain before rain", "", "", ""},  // the same word on both sides orders nothing
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const StatementProfile p = Read(row.text);
    std::string earlier, later, cue;
    if (!p.orders.empty()) {
      for (int w : p.orders[0].earlier) earlier += (earlier.empty() ? "" : " ") + p.words[w].text;
      for (int w : p.orders[0].later) later += (later.empty() ? "" : " ") + p.words[w].text;
      cue = p.orders[0].cue;
    }
    CHECK(earlier == row.earlier);
    CHECK(later == row.later);
    CHECK(cue == row.cue);
  }
}

TEST_CASE("ReadFigures: the figures given, written one way") {
  struct Row {
    const char* text;
    std::vector<std::string> figures;
  };
  const Row rows[] = {
      {"Fares rose from 10 percent to 25% on $200 billion of goods", {"10%", "200 billion", "25%"}},
      {"The plan covers 1,000,000 people and 3.5 million homes", {"1000000", "3.5 million"}},
      {"In 2019, 3 ministers met in 1998 and 2050", {}},  // years and one-digit counts
      // A count that looks like a year is read as one: a known limit.
      {"The town lost 2019 jobs, 12 percent of them", {"12%"}},
      {"No figures here", {}},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    CHECK(Read(row.text).figures == row.figures);
  }
}

TEST_CASE("IndexProfile: the head of each cue's scope and sorted synset indexes") {
  const StatementProfile p = Read("The council did not approve the fees; it never met");
  REQUIRE(p.cues.size() == 2);
  REQUIRE(p.cue_head.size() == 2);
  REQUIRE(p.cue_head[0] >= 0);
  CHECK(p.words[p.cue_head[0]].text == "approve");
  REQUIRE(p.cue_head[1] >= 0);
  CHECK(p.words[p.cue_head[1]].text == "met");
  CHECK(std::is_sorted(p.concept_index.begin(), p.concept_index.end()));
  CHECK(std::is_sorted(p.related_index.begin(), p.related_index.end()));
  CHECK_FALSE(p.concept_index.empty());
  for (const auto& [synset, word] : p.concept_index) {
    const auto& c = p.words[word].concepts;
    CHECK(std::binary_search(c.begin(), c.end(), synset));
  }
}

}  // namespace
}  // namespace cg

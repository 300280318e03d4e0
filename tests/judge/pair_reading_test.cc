// The passes that read a pair of statement profiles (judge/pair_reading.h), each with a
// table of made-up sentence pairs, read with the test cue lexicon (judge_test_util.h).
#include "judge/pair_reading.h"

#include <doctest/doctest.h>

#include "judge/judge_test_util.h"

namespace cg {
namespace {

using test::Read;

struct Pair {
  StatementProfile a, b;
  PairMatches m;
  Pair(const std::string& x, const std::string& y, const std::vector<std::string>& ex = {},
       const std::vector<std::string>& ey = {})
      : a(Read(x, ex, "s1")), b(Read(y, ey, "s2")), m(MatchWords(a, b)) {}
};

TEST_CASE("WordSimilarity: same stem, synonym, the same effect class, unrelated") {
  struct Row {
    const char* a;
    const char* b;
    double expected;
  };
  const Row rows[] = {
      {"Prices rose", "Prices rise", 0.7},            // an irregular form: a shared sense
      {"The cost climbed", "The cost mounted", 0.7},  // a shared WordNet synset
      {"Loans boost it", "Loans boosted it", 1.0},   {"Loans boost it", "Loans slow it", 0},
      {"The ferry sank", "The budget grew", 0},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.a));
    CAPTURE(std::string(row.b));
    const StatementProfile a = Read(row.a), b = Read(row.b);
    REQUIRE(a.words.size() >= 2);
    REQUIRE(b.words.size() >= 2);
    const LinkWord& x = a.words[1];
    const LinkWord& y = b.words[1];
    CHECK(WordSimilarity(x, y) == doctest::Approx(row.expected));
    CHECK(WordSimilarity(x, y) == WordSimilarity(y, x));
  }
}

TEST_CASE("MatchWords and Similarity: coverage both ways, symmetric") {
  const Pair same("The harbour toll doubled", "The harbour toll doubled");
  CHECK(Similarity(same.a, same.b, same.m) == doctest::Approx(1.0));
  const Pair inside("The harbour toll doubled", "The harbour toll doubled in spring, fishers said");
  const Pair apart("The harbour toll doubled", "Choirs rehearse on Sundays");
  const double s_inside = Similarity(inside.a, inside.b, inside.m);
  CHECK(s_inside > 0.5);
  CHECK(s_inside < 1.0);
  CHECK(Similarity(apart.a, apart.b, apart.m) == doctest::Approx(0.0));
  const Pair swapped("The harbour toll doubled in spring, fishers said",
                     "The harbour toll doubled");
  CHECK(Similarity(swapped.a, swapped.b, swapped.m) == doctest::Approx(s_inside));
  for (size_t i = 0; i < inside.a.words.size(); ++i) {
    CAPTURE(inside.a.words[i].text);
    REQUIRE(inside.m.a[i].other >= 0);
    CHECK(inside.b.words[inside.m.a[i].other].text == inside.a.words[i].text);
  }
}

TEST_CASE("FindClash: a denial of what the other asserts, at the head of its scope") {
  struct Row {
    const char* a;
    const char* b;
    bool clash;
    bool framed;
    const char* denier;  // "s1", "s2" or ""
  };
  const Row rows[] = {
      {"The council approved the fees", "The council did not approve the fees", true, false, "s2"},
      {"The council did not approve the fees", "The fees will fund repairs", false, false, ""},
      {"The claim that the council approved the fees is false", "The council approved the fees",
       true, true, "s1"},
      {"The council did not approve the fees", "The council did not approve the fees", false, false,
       ""},
      {"The council approved the fees", "The council approved the fees", false, false, ""},
      // A name matched to a word that is not one shares a spelling, not a claim.
      {"Families cannot afford care", "The Affordable Care Act is law", false, false, ""},
      {"It is not Norway that imposes the levy", "Norway imposes the levy", true, false, "s1"},
      // A negated copula denies its predicate, whatever its part of speech.
      {"She was not the mayor of the town", "She was the mayor of the town", true, false, "s1"},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.a));
    CAPTURE(std::string(row.b));
    const Pair p(row.a, row.b);
    const Clash c = FindClash(p.a, p.b, p.m);
    CHECK((c.share > 0) == row.clash);
    CHECK(c.framed() == row.framed);
    CHECK((c.share > 0 ? c.denier->source : std::string()) == row.denier);
  }
}

TEST_CASE("EffectsOppose, NullAgainstEffect, outcomes") {
  const Pair opposed("Cheap loans boost building", "Cheap loans slow building");
  CHECK(EffectsOppose(opposed.a, opposed.b, opposed.m));
  const Pair same("Cheap loans boost building", "Cheap loans boosted building");
  CHECK_FALSE(EffectsOppose(same.a, same.b, same.m));
  // A denied effect opposes an asserted one only where the cause is named.
  const Pair denied_named("Cheap loans did not boost building", "Cheap loans boost building");
  CHECK(EffectsOppose(denied_named.a, denied_named.b, denied_named.m));
  const Pair nulls("Cheap loans had no effect on building", "Cheap loans boost building");
  CHECK(NullAgainstEffect(nulls.a, nulls.b));
  CHECK(NullAgainstEffect(nulls.b, nulls.a));
  const Pair both_null("Loans had no effect", "Loans had no effect at all");
  CHECK_FALSE(NullAgainstEffect(both_null.a, both_null.b));
  CHECK(Read("The talks succeeded").outcome * Read("The talks failed").outcome < 0);
}

TEST_CASE("OppositeOrder: the same two events the other way round") {
  struct Row {
    const char* a;
    const char* b;
    bool opposite;
  };
  const Row rows[] = {
      {"Workers resigned before managers apologized", "Managers apologized before workers resigned",
       true},
      {"Workers resigned before managers apologized", "Managers apologized after workers resigned",
       false},
      {"Workers resigned before managers apologized", "Workers resigned before managers apologized",
       false},
      {"Workers resigned before managers apologized", "Ferries sail before dawn", false},
      // "ended" and "vote" are not only verbs: things named, not events, on both sides.
      {"The strike ended before the vote", "The vote came before the strike ended", false},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.a));
    CAPTURE(std::string(row.b));
    const Pair p(row.a, row.b);
    CHECK(OppositeOrder(p.a, p.b).empty() != row.opposite);
  }
}

TEST_CASE("AntonymPair: WordNet antonyms and negative prefixes, not words both hold") {
  struct Row {
    const char* a;
    const char* b;
    const char* pair;
  };
  const Row rows[] = {
      {"The bridge is safe", "The bridge is unsafe", "\"safe\" / \"unsafe\""},
      {"Exports increased this year", "Exports decreased this year",
       "\"increased\" / \"decreased\""},
      {"Exports increased and imports decreased", "Imports decreased and exports increased", ""},
      {"The bridge is safe", "The bridge is not unsafe", ""},  // a denied antonym agrees
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.a));
    CAPTURE(std::string(row.b));
    const Pair p(row.a, row.b);
    CHECK(AntonymPair(p.a, p.b, p.m) == row.pair);
  }
}

TEST_CASE("SharedPredicate and SharedAmount: what two statements both say") {
  // A word WordNet knows only as a verb ("approves"; "approved" is an adjective too).
  const Pair asserted("The council approves the fees", "The council approves new fees");
  CHECK(SharedPredicate(asserted.a, asserted.b, asserted.m) == "assert \"approves\"");
  const Pair one_denies("The council approved the fees", "The council never approved the fees");
  CHECK(SharedPredicate(one_denies.a, one_denies.b, one_denies.m).empty());
  const Pair amounts("The bridge came at a cost of under 6 million",
                     "The bridge was built for a fraction of the cost");
  CHECK(SharedAmount(amounts.a, amounts.b, amounts.m) ==
        "\"cost\" low (\"under\" / \"fraction of\")");
  const Pair sides("a lower cost for ferries", "a higher cost for ferries");
  CHECK(SharedAmount(sides.a, sides.b, sides.m).empty());
}

TEST_CASE("SharedFigures: the figures both give, however each writes them") {
  const Pair same("Fares rose from 10 percent to 25% in 2019", "Fares went from 10% to 25 percent");
  CHECK(SharedFigures(same.a, same.b) == std::vector<std::string>{"10%", "25%"});
  const Pair scale("a $200 billion package", "a package of 200 million");
  CHECK(SharedFigures(scale.a, scale.b).empty());
  const Pair years("Fares rose in 2019", "Fares fell in 2019");
  CHECK(SharedFigures(years.a, years.b).empty());
  LinkOptions options;
  const PairReading r = ReadPair(same.a, same.b, options, true);
  CHECK(r.features[PairFeature::kFigures] == doctest::Approx(0.667));
  CHECK(ExplainPair(same.a, same.b, r, "supports").find("the same figures: 10%, 25%") !=
        std::string::npos);
}

TEST_CASE("ReadPair and ExplainPair: features and the reason agree") {
  LinkOptions options;
  const StatementProfile a = Read("The council approves the fees", {"council"}, "s1");
  const StatementProfile b = Read("The council does not approve the fees", {"council"}, "s2");
  const PairReading r = ReadPair(a, b, options, false);
  CHECK(r.features[PairFeature::kClash] > 0);
  CHECK(r.features[PairFeature::kOpposition] == doctest::Approx(r.clash.share));
  CHECK(r.clash.share < 1.0);  // "council" is shared and not denied
  CHECK(r.features[PairFeature::kEntities] == doctest::Approx(1.0));
  CHECK(r.features[PairFeature::kFrame] == 0);
  const std::string why = ExplainPair(a, b, r, "contradicts");
  CHECK(why.find("B denies with \"not\" what A asserts (") != std::string::npos);
  CHECK(why.find("shared entities: council") != std::string::npos);
  CHECK(why.find("overlap ") != std::string::npos);
  // Far apart: the reading stops after the similarity unless asked for in full.
  const StatementProfile c = Read("Choirs rehearse on Sundays", {}, "s3");
  const PairReading quick = ReadPair(a, c, options, false);
  CHECK(quick.similarity < options.min_similarity);
  CHECK(quick.features[PairFeature::kSimilarity] == 0);
  const PairReading full = ReadPair(a, c, options, true);
  CHECK(ExplainPair(a, c, full, "none").find("overlap 0.00") != std::string::npos);
  const StatementProfile d = Read("The council approves the new fees", {}, "s4");
  const PairReading s = ReadPair(a, d, options, false);
  const std::string support = ExplainPair(a, d, s, "supports");
  CHECK(support.find("same words: council, approves, fees") == 0);
  CHECK(support.find("both assert \"approves\"") != std::string::npos);
}

}  // namespace
}  // namespace cg

// Linking two statements: WordNet lookups, the opposition cues, symmetry, and the reason.
// Sentences are made up for the tests (not taken from the sample corpus).
#include "judge/link.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace cg {
namespace {

Statement Make(const std::string& source, const std::string& text, uint32_t start = 0) {
  Statement st;
  st.source = source;
  st.start = start;
  st.end = start + static_cast<uint32_t>(text.size());
  st.id = MakeStatementId(source, start);
  st.text = text;
  return st;
}

std::optional<Edge> LinkTexts(const std::string& a, const std::string& b) {
  const Linker& l = *test::SharedAnalyzers().linker;
  return l.Link(l.Profile(Make("s1", a)), l.Profile(Make("s2", b)));
}

double Feature(const Edge& e, const std::string& name) {
  for (const auto& [n, v] : e.features)
    if (n == name) return v;
  return -1;
}

TEST_CASE("wordnet: lemmas, senses and antonyms") {
  const WordNet& wn = test::SharedAnalyzers().wordnet;
  REQUIRE_FALSE(wn.empty());
  const auto lemmas = wn.Lemmas("galvanized");
  CHECK(std::find(lemmas.begin(), lemmas.end(), "galvanize") != lemmas.end());
  const auto ran = wn.Lemmas("ran");
  CHECK(std::find(ran.begin(), ran.end(), "run") != ran.end());
  CHECK(wn.Lemmas("qwzx").empty());
  CHECK(wn.Antonyms("dependent", "independent"));
  CHECK(wn.Antonyms("increase", "decrease"));
  CHECK_FALSE(wn.Antonyms("increase", "table"));
  // Synonyms share a synset among their first senses.
  const auto a = wn.Concepts("quicken"), b = wn.Concepts("accelerate");
  std::vector<uint32_t> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  CHECK_FALSE(both.empty());
}

// A cue whose scope starts after the last token ("below 50%." ends at the number) once
// read past the end of the statement. Each row ends a statement where a cue looks ahead.
TEST_CASE("link: cues at the end of a statement stay inside it") {
  const Linker& l = *test::SharedAnalyzers().linker;
  const char* rows[] = {"often be below 50%.",
                        "below 50",
                        "over 100",
                        "more than 3",
                        "less than 7",
                        "a fraction of",
                        "failed to",
                        "not",
                        "lower",
                        "more than",
                        "since 2014",
                        "progressing toward",
                        "more x than before",
                        "the claim that",
                        "instead of",
                        "of under $6",
                        "at over 100,000"};
  for (const char* row : rows) {
    CAPTURE(row);
    const StatementProfile p = l.Profile(Make("s1", row));
    CHECK(p.id == "s1@0");
    (void)l.Link(p, l.Profile(Make("s2", row)));
  }
}

TEST_CASE("link: a rebuttal frame contradicts the claim it names") {
  auto e = LinkTexts("The claim that steel tariffs boosted Brazilian manufacturing is untrue.",
                     "Steel tariffs boosted Brazilian manufacturing over the decade.");
  REQUIRE(e.has_value());
  CHECK(e->type == "contradicts");
  CHECK(e->why.find("\"untrue\"") != std::string::npos);
  CHECK(Feature(*e, "clash") > 0.5);
}

TEST_CASE("link: paraphrases with effect verbs of one class support each other") {
  // "boost" and "strengthen" are both General Inquirer Increas words (class promote).
  auto e = LinkTexts("Steel tariffs boosted domestic production in Brazil.",
                     "Brazil's steel tariffs strengthened domestic production.");
  REQUIRE(e.has_value());
  CHECK(e->type == "supports");
  CHECK(Feature(*e, "direction") == 1);
  CHECK(e->why.find("boosted~strengthened") != std::string::npos);
}

TEST_CASE("link: a denial that covers only a shared topic is no contradiction") {
  auto e = LinkTexts("The question is not whether to use steel tariffs.",
                     "Steel tariffs backfired on Brazilian manufacturers.");
  CHECK((!e.has_value() || e->type != "contradicts"));
}

TEST_CASE("link: an intention is not an effect") {
  // "designed to slow" says what the tariffs were for, not what they did.
  auto e = LinkTexts("Steel tariffs were designed to slow imports from Brazil.",
                     "Steel tariffs accelerated imports from Brazil.");
  CHECK((!e.has_value() || Feature(*e, "effect") == 0));
}

TEST_CASE("wordnet: related forms and adjective clusters") {
  const WordNet& wn = test::SharedAnalyzers().wordnet;
  const auto a = wn.Related(wn.Concepts("independence"));
  const auto b = wn.Related(wn.Concepts("self-sufficient"));
  std::vector<uint32_t> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  CHECK_FALSE(both.empty());
  CHECK(wn.Known("self-sufficient"));
  CHECK(wn.OnlyVerb("accumulate"));
  CHECK_FALSE(wn.OnlyVerb("tariff"));
}

// The order cue is a feature; no training pair shows it, so its learned weight is 0 and it
// decides nothing yet (a known gap, in the issue note): the feature is what is checked.
TEST_CASE("link: the same two events in opposite order are marked as such") {
  const Linker& l = *test::SharedAnalyzers().linker;
  const Edge e = l.Compare(
      l.Profile(
          Make("s1",
               "The lumber quotas took effect before Canadian mills had accumulated inventories.")),
      l.Profile(Make(
          "s2", "Canadian mills amassed large inventories before the lumber quotas took effect.")));
  CHECK(Feature(e, "order") == 1);
  // The same order agrees.
  auto same =
      LinkTexts("Canadian mills accumulated inventories before the lumber quotas.",
                "Canadian mills amassed large inventories before the lumber quotas took effect.");
  CHECK((!same.has_value() || Feature(*same, "order") == 0));
}

TEST_CASE("link: a denied cause-and-effect is contested only where the cause is named") {
  auto e = LinkTexts("The argument that steel tariffs accelerated Brazil's output is a fiction.",
                     "Brazil has accelerated its output over the decade.");
  CHECK((!e.has_value() || e->type != "contradicts"));
}

TEST_CASE("link: a rebuttal verb at the head of its clause denies what follows") {
  // "refute" is a WordNet sense of rebut (class rebut_post).
  auto e = LinkTexts("Steel tariffs boosted Brazilian manufacturing over the decade.",
                     "The ministry refuted that steel tariffs boosted Brazilian manufacturing.");
  REQUIRE(e.has_value());
  CHECK(e->type == "contradicts");
  CHECK(Feature(*e, "frame") == 1);
}

TEST_CASE("link: within one source only a framed contradiction, never a support") {
  const Linker& l = *test::SharedAnalyzers().linker;
  const auto myth =
      l.Profile(Make("s1", "The claim that steel tariffs boosted Brazilian output is untrue.", 0));
  const auto claim = l.Profile(Make("s1", "Steel tariffs boosted Brazilian output.", 100));
  auto e = l.Link(myth, claim);
  REQUIRE(e.has_value());
  CHECK(e->type == "contradicts");
  const auto again = l.Profile(Make("s1", "Steel tariffs boosted Brazilian output a lot.", 200));
  CHECK_FALSE(l.Link(claim, again).has_value());
  const auto plain = l.Profile(Make("s1", "Steel tariffs did not boost Brazilian output.", 300));
  CHECK_FALSE(l.Link(claim, plain).has_value());  // a plain "not": the author elaborating
  const auto other = l.Profile(Make("s2", "Steel tariffs boosted Brazilian output a lot."));
  auto cross = l.Link(claim, other);
  REQUIRE(cross.has_value());
  CHECK(cross->type == "supports");
}

// The amount cue is a feature the models weigh (little, as learned: see link_weights.tsv).
TEST_CASE("link: the same quantity put low on both sides is marked as such") {
  const Linker& l = *test::SharedAnalyzers().linker;
  auto compare = [&](const std::string& a, const std::string& b) {
    return l.Compare(l.Profile(Make("s1", a)), l.Profile(Make("s2", b)));
  };
  CHECK(Feature(compare("The bridge was built at a reported cost of under $40 million.",
                        "Engineers finished the bridge at a fraction of the reported cost."),
                "amount") == 1);
  // Low against high is not agreement.
  CHECK(Feature(compare("The bridge was built at a reported cost of under $40 million.",
                        "Engineers finished the bridge at a reported cost of over $90 million."),
                "amount") == 0);
  // A bound on a count marks what is counted.
  CHECK(Feature(compare("Farmers planted over 2,000 olive trees before the drought.",
                        "More than 3,000 olive trees were planted in the valley."),
                "amount") == 1);
  CHECK(Feature(compare("Farmers planted over 2,000 olive trees before the drought.",
                        "Fewer than 300 olive trees were planted in the valley."),
                "amount") == 0);
}

TEST_CASE("link: context reads a word's part of speech and names") {
  const Linker& l = *test::SharedAnalyzers().linker;
  // "a close race" is the noun: it does not match the verb "accelerate" as a synonym.
  const auto p = l.Profile(Make("s1", "It was a close race."));
  const auto q = l.Profile(Make("s2", "Sales accelerate."));
  const LinkWord* race = nullptr;
  for (const LinkWord& w : p.words)
    if (w.text == "race") race = &w;
  REQUIRE(race != nullptr);
  for (const LinkWord& w : q.words)
    if (w.text == "accelerate")
      for (uint32_t c : w.concepts)
        CHECK(std::find(race->concepts.begin(), race->concepts.end(), c) == race->concepts.end());
  // A word of a resolved entity's name is no predicate, even one WordNet knows as a verb.
  Statement st = Make("s1", "Ascend chips ship in May.");
  st.entities = {"ascend"};
  for (const LinkWord& w : l.Profile(st).words)
    if (w.text == "ascend") {
      CHECK_FALSE(w.verb);
      CHECK_FALSE(w.predicate);
    }
}

// One denial judged against the claim it denies: as written, put in a minister's mouth,
// and hedged.
struct Reported {
  Edge plain, attributed, hedged;
};
Reported JudgeReported() {
  const Linker& l = *test::SharedAnalyzers().linker;
  const std::string claim =
      "Steel tariffs boosted Brazilian manufacturing over the decade, as exports of cars and "
      "machinery to Argentina grew.";
  const auto myth = l.Profile(Make("s1", "Steel tariffs did not boost manufacturing."));
  Statement said = Make("s2", claim);
  said.speaker = "the minister";
  const Edge plain = l.Compare(myth, l.Profile(Make("s2", claim)));
  const Edge attributed = l.Compare(myth, l.Profile(said));
  const Edge hedged = l.Compare(
      myth, l.Profile(Make("s2",
                           "Steel tariffs may have boosted Brazilian manufacturing over the "
                           "decade, as exports of cars and machinery to Argentina grew.")));
  return {plain, attributed, hedged};
}

TEST_CASE("link: who said it and a hedge are features of the pair") {
  const auto [plain, attributed, hedged] = JudgeReported();
  CHECK(Feature(attributed, "attributed") == 1);
  CHECK(Feature(attributed, "hedge") == 0);
  CHECK(attributed.why.find("B attributed") != std::string::npos);
  CHECK(Feature(hedged, "hedge") == 1);
  CHECK(Feature(plain, "attributed") == 0);
}

// Known gap: the learned contradicts model weighs attribution down (-0.50) and a hedge up
// (+0.20): in its training pairs (SICK, the tuning gold) neither carries the meaning a
// reader gives it, so the decision does not yet follow "reporting is not endorsing".
TEST_CASE("link: who said it does not weaken a contradiction, a hedge does (learned)" *
          doctest::should_fail()) {
  const auto [plain, attributed, hedged] = JudgeReported();
  CHECK(Feature(attributed, "p_contradicts") == doctest::Approx(Feature(plain, "p_contradicts")));
  CHECK(Feature(hedged, "p_contradicts") < Feature(plain, "p_contradicts"));
}

TEST_CASE("link: symmetric") {
  const Linker& l = *test::SharedAnalyzers().linker;
  const auto a = l.Profile(Make("s1", "The claim that steel tariffs boosted Brazil is a myth."));
  const auto b = l.Profile(Make("s2", "Steel tariffs boosted Brazil."));
  auto ab = l.Link(a, b), ba = l.Link(b, a);
  REQUIRE(ab.has_value());
  REQUIRE(ba.has_value());
  CHECK(ToJson(*ab).dump() == ToJson(*ba).dump());
  CHECK(ab->from < ab->to);
  CHECK_FALSE(l.Link(a, a).has_value());
  const Edge none = l.Compare(l.Profile(Make("s1", "Bananas are yellow.")),
                              l.Profile(Make("s2", "Steel tariffs boosted Brazil.")));
  CHECK(none.type == "none");
}

TEST_CASE("link: link_weights.tsv read from bytes, errors name the file and line") {
  auto w = ParseLinearModels(
      "# comment\nsupports\tbias\t-1.5\ncontradicts\tbias\t2\n"
      "contradicts\tclash\t3\n",
      "w.tsv", {"contradicts", "supports"});
  REQUIRE(w.ok());
  CHECK(w->at("supports").bias == -1.5);
  CHECK(w->at("contradicts").bias == 2);
  PairFeatures f;
  f[PairFeature::kClash] = 0.5;
  CHECK(w->at("contradicts").Score(f) == doctest::Approx(3.5));
  auto bad = ParseLinearModels("supports\tbias\tx\n", "w.tsv", {"supports"});
  REQUIRE(!bad.ok());
  CHECK(bad.status().message() == "w.tsv:1: expected model<TAB>feature<TAB>number");
  auto unknown =
      ParseLinearModels("supports\tbias\t1\nsupports\tbaseline\t1\n", "w.tsv", {"supports"});
  REQUIRE(!unknown.ok());
  CHECK(unknown.status().message() == "w.tsv:2: unknown feature \"baseline\"");
  auto missing = ParseLinearModels("supports\tbias\t1\n", "w.tsv", {"contradicts", "supports"});
  REQUIRE(!missing.ok());
  CHECK(missing.status().message() == "w.tsv: no weight for contradicts.bias");
}

}  // namespace
}  // namespace cg

namespace cg {
namespace {

// A rebuttal adjective before the noun it modifies judges the noun ("the wrong move"), not a
// claim; predicated ("is wrong") or before "claims that" it rebuts.
TEST_CASE("link: a rebuttal adjective frames a claim only as its predicate") {
  const Linker& l = *test::SharedAnalyzers().linker;
  struct Row {
    const char* text;
    bool frame;
  };
  const Row rows[] = {
      {"Leaving the river pact is the wrong move for the valley farmers.", false},
      {"The mayor made a false start on the river pact.", false},
      {"That leaving the river pact helps the valley farmers is wrong.", true},
      {"The mayor spread false claims that the river pact helps the valley farmers.", true},
  };
  const auto other = l.Profile(Make("s2", "Leaving the river pact helps the valley farmers."));
  for (const Row& r : rows) {
    CAPTURE(r.text);
    const StatementProfile p = l.Profile(Make("s1", r.text));
    const bool framed = std::find(p.framed.begin(), p.framed.end(), true) != p.framed.end();
    CHECK(framed == r.frame);
    (void)l.Compare(p, other);
  }
}

}  // namespace
}  // namespace cg

namespace cg {
namespace {

// Two statements of articles on different stories are never linked, however their words
// meet; the same pair in articles on one story is.
TEST_CASE("link: statements of different stories are not linked") {
  const Linker& l = *test::SharedAnalyzers().linker;
  const std::string harbour =
      "The harbour board approved the new dredging contract. The dredging contract runs five "
      "years. Harbour pilots welcomed the dredging plan, and the board said the contract "
      "would deepen the harbour channel. ";
  const std::string orchestra =
      "The orchestra did not approve the new touring contract. Musicians said the touring "
      "schedule was too long. The orchestra will vote on the touring plan again, and the "
      "musicians want a shorter orchestra season. ";
  CHECK(l.Context(harbour).size() >= 4);
  CHECK(l.Context(harbour) == l.Context(harbour));
  auto profile = [&](const char* source, const std::string& text, const std::string& article) {
    StatementProfile p = l.Profile(Make(source, text));
    p.context = l.Context(article);
    return p;
  };
  const auto approved = profile("s1", "The board approved the new contract.", harbour);
  const auto denied_elsewhere =
      profile("s2", "The board did not approve the new contract.", orchestra);
  CHECK_FALSE(l.Link(approved, denied_elsewhere).has_value());
  const auto denied_here =
      profile("s3", "The board did not approve the new contract.", harbour + "More later.");
  auto e = l.Link(approved, denied_here);
  REQUIRE(e.has_value());
  CHECK(e->type == "contradicts");
  // Without an article (a claim in a user's words) no story test is made.
  CHECK(l.Link(approved, l.Profile(Make("s4", "The board did not approve the new contract.")))
            .has_value());
}

}  // namespace
}  // namespace cg

#include "ingest/stance_model.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace cg {
namespace {

const StanceCues& Cues() {
  static const StanceCues cues = [] {
    TermAnalyzer terms;
    auto c = StanceCues::Load(std::string(CLAIMGRAPH_DATA_DIR) + "/stance_cues.tsv", terms);
    REQUIRE(c.ok());
    return std::move(*c);
  }();
  return cues;
}

StanceText Read(const std::string& text) {
  TermAnalyzer terms;
  return StanceText::Read(text, terms, Cues());
}

// A small world of claims and articles whose stance follows from how they speak of the
// claim: they confirm it, call it a hoax, or report it as unverified.
struct Example {
  std::string claim, article, label;
};
std::vector<Example> World(int variant) {
  const std::vector<std::pair<std::string, std::string>> topics = {
      {"Crocodile seen swimming in city reservoir", "crocodile swimming reservoir"},
      {"Mayor resigns after bridge collapse", "mayor resigned bridge collapse"},
      {"Singer cancels world tour over illness", "singer cancelled world tour illness"},
      {"Meteorite lands on farm near village", "meteorite landed farm village"},
      {"Company recalls cars over faulty brakes", "company recalled cars faulty brakes"},
      {"Zoo panda gives birth to twins", "zoo panda gave birth twins"},
      {"Hackers steal data from bank servers", "hackers stole data bank servers"},
      {"Astronaut plays guitar on space station", "astronaut played guitar space station"},
  };
  std::vector<Example> out;
  for (size_t i = 0; i < topics.size(); ++i) {
    const auto& [claim, words] = topics[i];
    const auto& other = topics[(i + 1) % topics.size()].second;
    const std::string v = std::to_string(variant);
    out.push_back({claim,
                   "Officials confirmed that the " + words +
                       " story is true. The police verified it " + "and showed evidence " + v +
                       ". Witnesses said the " + words + " was real.",
                   "supports"});
    out.push_back({claim,
                   "The " + words +
                       " story is a hoax. It is fake and false, and officials denied " +
                       "it. There is no evidence the " + words + " happened " + v + ".",
                   "contradicts"});
    out.push_back({claim,
                   "Reports claim the " + words + " may have happened, allegedly. It could not " +
                       "be verified " + v + " and the details are unclear.",
                   "discusses"});
    out.push_back({claim,
                   "A new study of " + other + " was published. Researchers said the weather " +
                       "was mild " + v + ".",
                   "unrelated"});
  }
  return out;
}

struct Built {
  std::vector<StanceFeatures> x;
  std::vector<std::string> y;
  std::vector<size_t> groups;
};
Built Features(const std::vector<Example>& world) {
  TermAnalyzer terms;
  StanceCorpus corpus;
  for (size_t i = 0; i < world.size(); ++i)
    corpus.Add(std::to_string(i), StanceText::Read(world[i].article, terms, Cues()));
  corpus.Finish();
  Built b;
  for (size_t i = 0; i < world.size(); ++i) {
    b.x.push_back(ComputeStanceFeatures(Read(world[i].claim), corpus.text(i), corpus.idf()));
    b.y.push_back(world[i].label);
    b.groups.push_back(i / 4);
  }
  return b;
}

}  // namespace

TEST_CASE("stance model: a text's sentences, cue words and numbers") {
  const StanceText t =
      Read("Officials denied the report. It wasn't a hoax, they said? Reportedly 43 people left.");
  REQUIRE(t.sentences.size() == 3);
  CHECK(t.sentences[0].cues[kRefute] == 1);   // denied
  CHECK(t.sentences[1].cues[kNegator] == 1);  // wasn't
  CHECK(t.sentences[1].cues[kRefute] == 1);   // hoax
  CHECK(t.sentences[1].cues[kReport] == 1);   // said
  CHECK(t.sentences[1].question);
  CHECK(t.sentences[2].cues[kHedge] == 1);  // reportedly
  CHECK(t.sentences[2].numbers == std::vector<std::string>{"43"});
  // Offsets are the text's bytes.
  CHECK(t.sentences[0].start == 0);
  CHECK(t.sentences[0].end == 28);
  CHECK(t.tf.count("offici"));
}

TEST_CASE("stance model: coverage and cue features follow the article") {
  TermAnalyzer terms;
  StanceCorpus corpus;
  corpus.Add("on",
             Read("Weather was calm. The crocodile in the reservoir is a hoax, officials said."));
  corpus.Add("off", Read("The council approved a new budget for schools and parks."));
  corpus.Finish();
  const StanceText claim = Read("Crocodile seen in city reservoir");
  const auto on = ComputeStanceFeatures(claim, corpus.text(0), corpus.idf());
  const auto off = ComputeStanceFeatures(claim, corpus.text(1), corpus.idf());
  const auto& names = StanceFeatureNames();
  REQUIRE(on.values.size() == names.size());
  auto at = [&](const StanceFeatures& f, const std::string& name) {
    return f.values[std::find(names.begin(), names.end(), name) - names.begin()];
  };
  CHECK(at(on, "cover_best") > 0.3);
  CHECK(at(off, "cover_best") == 0);
  CHECK(at(on, "cosine") > at(off, "cosine"));
  CHECK(at(on, "refute_near") > 0);
  CHECK(at(off, "refute_near") == 0);
  REQUIRE(!on.best.empty());
  CHECK(on.best.front() == 1);  // the crocodile sentence
  CHECK(std::count(on.near_words.begin(), on.near_words.end(), "hoax") == 1);
  CHECK(std::count(on.near_words.begin(), on.near_words.end(), "crocodil") == 0);  // the claim's
  // Candidates: only the article holding the claim's words.
  const auto cands = corpus.Candidates(claim, 0.2);
  REQUIRE(cands.size() == 1);
  CHECK(cands[0].first == 0);
}

TEST_CASE("stance model: trained deterministically, it learns stance and writes itself back") {
  const Built train = Features(World(1));
  StanceTrainOptions options;
  options.min_word_groups = 2;
  auto model = TrainStanceModel(train.x, train.y, options, 0.2, train.groups);
  REQUIRE(model.ok());
  auto again = TrainStanceModel(train.x, train.y, options, 0.2, train.groups);
  REQUIRE(again.ok());
  CHECK(model->Serialize() == again->Serialize());  // the same examples, the same bytes

  // Texts it never saw (other numbers): every stance right.
  const Built test = Features(World(7));
  size_t right = 0;
  for (size_t i = 0; i < test.x.size(); ++i) right += model->Predict(test.x[i]).stance == test.y[i];
  CHECK(right == test.x.size());

  // The reason names what decided: refuting words for a hoax article.
  const auto why = model->Explain(test.x[1], "contradicts", 5);
  REQUIRE(!why.empty());
  bool refute = false;
  for (const StancePush& push : why) {
    CHECK(push.push > 0);
    CHECK(push.feature.empty() != push.word.empty());
    refute =
        refute || push.feature.starts_with("refute") || push.word == "hoax" || push.word == "fake";
  }
  CHECK(refute);

  // The file reads back to the same model.
  auto parsed = StanceModel::Parse(model->Serialize(), "m.tsv");
  REQUIRE(parsed.ok());
  CHECK(parsed->Serialize() == model->Serialize());
  CHECK(parsed->Predict(test.x[0]).related == doctest::Approx(model->Predict(test.x[0]).related));

  // A damaged file fails, naming itself.
  auto bad = StanceModel::Parse("not a model\n", "broken.tsv");
  REQUIRE(!bad.ok());
  CHECK(bad.status().message().find("broken.tsv") != std::string::npos);
  std::string cut = model->Serialize();
  cut.resize(cut.size() / 2);
  CHECK(!StanceModel::Parse(cut, "cut.tsv").ok());
  // Training needs both related and unrelated examples.
  CHECK(!TrainStanceModel({train.x[3]}, {"unrelated"}, options, 0.2, {0}).ok());
}

TEST_CASE("stance model: the shipped model loads and has the features this build computes") {
  auto m = StanceModel::Load(std::string(CLAIMGRAPH_DATA_DIR) + "/stance_model.tsv");
  REQUIRE(m.ok());
  CHECK(!m->empty());
}

}  // namespace cg

#include "ingest/entities.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "ingest/normalize.h"
#include "test_util.h"

namespace cg {
namespace {

// Recognises entities in plain lines with the sample corpus's domain pack and the word lists.
std::vector<FoundMention> Find(const std::string& text) {
  const auto& an = test::SampleAnalyzers();
  const auto blocks = an.boilerplate->Classify(text, false);
  const auto sentences = SegmentSentences(text, blocks);
  return an.entities->Recognize(text, blocks, sentences);
}

std::string EntityOf(const std::vector<FoundMention>& ms, const std::string& text,
                     const std::string& form) {
  for (const auto& m : ms)
    if (text.substr(m.start, m.end - m.start) == form) return m.entity_id;
  return "";
}

}  // namespace

TEST_CASE("entities: phonetic keys and letter skeletons") {
  CHECK(PhoneticKey("ByteDance") == PhoneticKey("Bite Dance"));
  CHECK(PhoneticKey("Qwen") == PhoneticKey("Quen"));
  CHECK(PhoneticKey("Huawei") != PhoneticKey("Baidu"));
  CHECK(IsLetterSkeleton("bu", "baidu"));
  CHECK(IsLetterSkeleton("byu", "baidu"));
  CHECK(IsLetterSkeleton("cnn", "cann"));
  CHECK_FALSE(IsLetterSkeleton("cnn", "cnn"));
  CHECK_FALSE(IsLetterSkeleton("ub", "baidu"));
}

TEST_CASE("entities: garbled forms resolve through variants and context") {
  struct Row {
    std::string text, form, entity;
  };
  const Row rows[] = {
      // letters for digits
      {"Labs kept buying the A1OO long after the rules changed in the autumn.", "A1OO", "a100"},
      // one edit in a name, with its owner named nearby
      {"Tencent said its Hunyan model now runs on local accelerators.", "Hunyan", "hunyuan"},
      // split words of a one-word name
      {"Engineers moved their code to Mind Spore during the following year.", "Mind Spore",
       "mindspore"},
      // a letter skeleton, resolved by a related product in the sentence
      {"Analysts said BD's Doubao chatbot gained users quickly.", "BD", "bytedance"},
      // an acronym that names two things: context decides
      {"Huawei's CNN framework is its answer to CUDA for neural network developers.", "CNN",
       "cann"},
      {"CNN reported the story on television and its anchor covered the news.", "CNN", "cnn"},
      // exact forms and aliases
      {"The Commerce Department and the Bureau of Industry and Security issued rules.",
       "Bureau of Industry and Security", "bureau-of-industry-and-security"},
      {"Shipments to the U.S. rose sharply last quarter.", "U.S", "united-states"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    CHECK(EntityOf(Find(r.text), r.text, r.form) == r.entity);
  }
}

TEST_CASE("entities: common words and pronouns are not names") {
  const std::string text = "Let us ascend the hill and see what we can do with it.";
  CHECK(Find(text).empty());
}

TEST_CASE("entities: one sense per discourse carries a resolution through the source") {
  const std::string text =
      "Engineers ported models to BYU's PaddlePaddle framework last year.\n"
      "Later BYU shipped a new chip for its cloud.\n";
  const auto ms = Find(text);
  size_t baidu = 0;
  for (const auto& m : ms) baidu += m.entity_id == "baidu";
  CHECK(baidu == 2);
}

TEST_CASE("entities: discovery types names by their shape") {
  const std::string text =
      "Margaret Holloway of the Kestrel Institute for Trade Studies said the QX450 chip slipped.";
  const auto ms = Find(text);
  CHECK(EntityOf(ms, text, "Margaret Holloway") == "margaret-holloway");
  CHECK(EntityOf(ms, text, "Kestrel Institute for Trade Studies") ==
        "kestrel-institute-for-trade-studies");
  CHECK(EntityOf(ms, text, "QX450") == "qx450");
  for (const auto& m : ms) CHECK(m.discovered);
}

TEST_CASE("gazetteer: user files extend entries and report bad lines") {
  Gazetteer g;
  REQUIRE(g.AddTsv("Acme Chips\torganization\tAcme\n", "a.tsv").ok());
  REQUIRE(g.AddTsv("# comment\nAcme Chips\torganization\tACX|Acme Semi\n", "b.tsv").ok());
  REQUIRE(g.entries().size() == 1);
  CHECK(g.entries()[0].aliases == std::vector<std::string>{"Acme", "ACX", "Acme Semi"});
  const Status bad = g.AddTsv("Widget\tgadget\n", "c.tsv");
  CHECK(bad.message() == "c.tsv:1: unknown entity type 'gadget'");
  CHECK(g.AddTsv("just-a-name\n", "d.tsv").message().find("d.tsv:1:") == 0);
}

}  // namespace cg

namespace cg {

TEST_CASE("word lists: names WordNet and iso-codes know, typed, roles, names are not common") {
  const WordLists& w = test::SharedAnalyzers().words;
  struct Row {
    const char* lower;
    const char* type;  // "" when not a known name
  };
  const Row rows[] = {{"deng xiaoping", "person"}, {"el paso", "place"}, {"germany", "place"},
                      {"bavaria", "place"},        {"tariff", ""},       {"friday", ""}};
  for (const Row& row : rows) {
    CAPTURE(row.lower);
    const auto it = w.known_names.find(row.lower);
    CHECK((it == w.known_names.end() ? std::string() : it->second.type) == row.type);
  }
  // Named kinds take the name WordNet gives them; a member noun names its group.
  CHECK(w.known_names.at("senate").canonical == "United States Senate");
  CHECK(w.known_names.at("gop").canonical == "Republican Party");
  CHECK(w.known_names.at("republican").member);
  CHECK(w.known_names.at("republican").canonical == "Republican Party");
  CHECK((!w.known_names.count("american") || !w.known_names.at("american").member));
  CHECK(w.known_names.at("bush").canonical.empty());  // several people
  CHECK(w.person_nouns.count("senator"));
  CHECK(w.person_nouns.count("president"));
  CHECK(!w.person_nouns.count("tariff"));
  // A lemma that only names an instance is no common word; one that is also a thing is.
  CHECK(!w.common.count("cincinnati"));
  CHECK(w.common.count("friday"));
  CHECK(w.common.count("china"));  // porcelain
  CHECK(w.common.count("tariff"));
  // An adjective "relating to or belonging to" a group named by its first word names it.
  REQUIRE(w.known_names.count("democratic"));
  CHECK(w.known_names.at("democratic").canonical == "Democratic Party");
  CHECK(w.known_names.at("democratic").surface == "Democratic");
  CHECK(w.known_names.at("democratic").member);
  // Each place's country, and the subdivisions of each country with their main kind.
  CHECK(w.place_country.at("united states") == "US");
  CHECK(w.place_country.at("tennessee") == "US");
  const auto& us = w.subdivisions.at("US");
  const auto tn = std::find_if(us.begin(), us.end(), [](const auto& s) { return s.code == "TN"; });
  REQUIRE(tn != us.end());
  CHECK(tn->name == "Tennessee");
  CHECK(tn->main_kind);
}

TEST_CASE(
    "word lists: the people news names by a surname, and news outlets, a name known already "
    "stays") {
  WordLists w;
  w.known_names["harlow"] = {"Harlow", "place", "WordNet", "Harlow"};
  REQUIRE(w.AddNewsNames("# surname\tfull name\n\nVantreck\tMira Vantreck\t12\t0.91\n"
                         "Harlow\tTobin Harlow\t5\t1.00\n",
                         "person", "data/news_people.tsv")
              .ok());
  CHECK(w.known_names.at("vantreck").canonical == "Mira Vantreck");
  CHECK(w.known_names.at("vantreck").type == "person");
  CHECK(w.known_names.at("vantreck").surface == "Vantreck");
  CHECK(w.known_names.at("vantreck").origin == "news_people.tsv");
  CHECK(w.known_names.at("mira vantreck").canonical == "Mira Vantreck");
  CHECK(w.known_names.at("harlow").type == "place");  // WordNet's reading is kept
  CHECK(w.known_names.at("tobin harlow").type == "person");
  CHECK(w.AddNewsNames("Vantreck\n", "person", "p.tsv").message() ==
        "p.tsv:1: want a form and the name it gives, tab-separated");
  // The shipped list: learned by scripts/build_news_people.py.
  const WordLists& shipped = test::SharedAnalyzers().words;
  CHECK(shipped.known_names.at("obama").canonical == "Barack Obama");
  CHECK(shipped.known_names.at("obama").type == "person");
  // and the news organisations, by scripts/build_news_outlets.py.
  CHECK(shipped.known_names.at("townhall").type == "organization");
  CHECK(shipped.known_names.at("townhall").origin == "news_outlets.tsv");
  CHECK(shipped.known_names.count("rich lowry") == 0);  // a columnist's page is no outlet
}

TEST_CASE("word lists: the other names news gives a thing, typed by the name's head") {
  WordLists w;
  w.law_heads = {"Act"};
  REQUIRE(w.AddNewsNames("# alias\tname\tarticles\nNorcare\tNorvian Care Act\t9\n"
                         "NBO\tNorvian Budget Office\t4\n",
                         "", "data/news_aliases.tsv")
              .ok());
  CHECK(w.known_names.at("norcare").canonical == "Norvian Care Act");
  CHECK(w.known_names.at("norcare").type == "policy");
  CHECK(w.known_names.at("norvian care act").type == "policy");
  CHECK(w.known_names.at("nbo").canonical == "Norvian Budget Office");
  CHECK(w.known_names.at("nbo").type == "organization");
  CHECK(w.known_names.at("nbo").surface == "NBO");
  // The shipped list: learned by scripts/build_news_aliases.py.
  const WordLists& shipped = test::SharedAnalyzers().words;
  CHECK(shipped.known_names.at("obamacare").canonical == "Affordable Care Act");
  CHECK(shipped.known_names.at("obamacare").type == "policy");
  CHECK(shipped.known_names.at("cbo").canonical == "Congressional Budget Office");
  const auto afp = shipped.known_names.find("afp");  // mostly Agence France-Presse's credit
  CHECK((afp == shipped.known_names.end() || afp->second.canonical != "Americans for Prosperity"));
}

TEST_CASE("word lists: ISO 3166 names from iso-codes JSON, a file of another shape is named") {
  WordLists w;
  REQUIRE(w.AddIsoNames(R"({"3166-1": [{"alpha_2": "NV", "name": "Norvia",
                           "official_name": "Republic of Norvia"}, 7]})",
                        "3166-1", "iso_3166-1.json")
              .ok());
  REQUIRE(w.known_names.count("norvia"));
  CHECK(w.known_names.at("republic of norvia").surface == "Republic of Norvia");
  CHECK(w.known_names.at("norvia").type == "place");
  CHECK(w.known_names.at("norvia").origin == "ISO 3166");
  CHECK(w.AddIsoNames("[1, 2]", "3166-1", "x.json").message() ==
        "x.json: not an iso-codes 3166-1 file");
  CHECK(w.AddIsoNames("{\"3166-2\": [", "3166-2", "y.json").message() ==
        "y.json: not an iso-codes 3166-2 file");
}

}  // namespace cg

namespace cg {

TEST_CASE("entities: plurals and demonyms of common words resolve to no known entity") {
  for (const std::string text : {"Prices rose for Americans and Koreans last year.",
                                 "The Chinese bought more soybeans, and Americans sold them."}) {
    CAPTURE(text);
    for (const auto& m : Find(text)) {
      const std::string form = text.substr(m.start, m.end - m.start);
      CHECK(form != "Americans");
      CHECK(form != "Koreans");
      CHECK(form != "Chinese");
    }
  }
}

}  // namespace cg

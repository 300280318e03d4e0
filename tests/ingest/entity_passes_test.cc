// The passes of entity recognition (ingest/entity_passes.h), each with a table of made-up
// lines over a small made-up gazetteer and word lists, so that each row shows the pass, not
// the shipped data.
#include "ingest/entity_passes.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/text.h"

namespace cg {
namespace {

constexpr std::string_view kGazetteer =
    "Korvana Systems\torganization\tKorvana|KVS\tPlexa|Zorb 900\tfoundry|wafers\n"
    "Plexa\tproduct\t~PX\tKorvana Systems\tchatbot\n"
    "Zorb 900\tproduct\t\tKorvana Systems\taccelerator\n"
    "Zorb 900B\tproduct\t\tKorvana Systems\taccelerator\n"
    "Ontrak\torganization\n"
    "Velmorine\torganization\t\t\tledger|audit\n"
    "Dunmere\tplace\t\tKorvana Systems\n"
    "Brightwater Analytics Group\torganization\n"
    "Bordix\tproduct\n"
    "Coreon\torganization\n";

// A made-up gazetteer and word lists, and the lookup the passes read them through.
struct Fixture {
  Gazetteer gazetteer;
  WordLists words;
  EntityIndex index;
  EntityOptions options;
  EntityLookup lookup{gazetteer, words, index, options};
};

const Fixture& F() {
  static const std::unique_ptr<Fixture> fixture = [] {
    auto f = std::make_unique<Fixture>();
    REQUIRE(f->gazetteer.AddTsv(kGazetteer, "test.tsv").ok());
    WordLists::AddLines(
        "the\nof\nrose\nj\nontrack\nseveral\nengineer\nresult\ntest\nchip\nboard\ncouncil\n"
        "member\nmeet\nmet\nquit\nofficial\nreporter\nask\nsenator\ntrade\ngrow\ngrew\n"
        "fell\nvoter\nback\nplan\ncut\ntax\ntariff\nhit\nfarmer\nsay\nsaid\n",
        &f->words.common);
    WordLists::AddLines("senator\nreporter\nfarmer\nvoter\n", &f->words.person_nouns);
    f->words.known_names["el paso"] = {"El Paso", "place", "WordNet", "El Paso"};
    f->words.known_names["harlow"] = {"Harlow", "place", "WordNet", "Harlow"};
    f->words.known_names["oh"] = {"OH", "place", "ISO 3166", ""};
    f->words.known_names["n.v."] = {"N.V.", "place", "WordNet", "Norvia"};
    f->words.known_names["senate"] = {"Senate", "organization", "WordNet", "Norvian Senate"};
    f->words.known_names["sunday"] = {"Sunday", "person", "WordNet", "Billy Sunday"};
    f->words.known_names["republican"] = {"Republican", "organization", "WordNet", "Norvian Party",
                                          true};
    WordLists::AddLines("senate\nvote\nsunday\nbillion\ndollar\nwent\nrepublican\nveteran\nfrom\n",
                        &f->words.common);
    WordLists::AddLines("republican\nassociate\ncook\n", &f->words.person_nouns);
    WordLists::AddLines("associate\ncook\ncounty\n", &f->words.common);
    WordLists::AddLines("county\n", &f->words.body_nouns);
    WordLists::AddLines("pilot\nharlow\n", &f->words.common);
    WordLists::AddLines("sunday\nrepublican\n", &f->words.capitalised);  // as WordNet writes them
    WordLists::AddLines("sunday\napril\n", &f->words.time_names);
    WordLists::AddLines("Mira\nTobin\nRose\nApril\n", &f->words.given_names);
    WordLists::AddLines("CEO\n", &f->words.acronyms);
    WordLists::AddLines("Act\n", &f->words.law_heads);
    f->index = BuildEntityIndex(f->gazetteer);
    return f;
  }();
  return *fixture;
}

// One sentence a line. `text` must outlive the scan.
EntityScan ScanLines(std::string_view text) {
  std::vector<Sentence> sentences;
  for (size_t start = 0; start < text.size();) {
    const size_t end = std::min(text.find('\n', start), text.size());
    sentences.push_back({start, end, BlockKind::kContent});
    start = end + 1;
  }
  return ScanUnits(text, {}, sentences);
}

// The passes up to and including the one named.
enum class Upto { kExact, kPeople, kVariants, kScores };
EntityScan RunUpto(std::string_view text, Upto upto) {
  EntityScan scan = ScanLines(text);
  FindExactMatches(F().lookup, &scan);
  if (upto >= Upto::kPeople) FindPeople(F().lookup, &scan);
  if (upto >= Upto::kVariants) FindVariants(F().lookup, &scan);
  if (upto >= Upto::kScores) ScoreInContext(F().lookup, &scan);
  return scan;
}

std::string Name(int entry) { return F().gazetteer.entries()[entry].name; }

std::string Number(double x) {
  std::ostringstream out;
  out << x;
  return out.str();
}

// "Zorb 900 variant 0.7, Zorb 900B variant 0.6": each candidate's entity, method and base.
std::string Candidates(const EntityOccurrence& o) {
  std::string out;
  for (const auto& c : o.candidates)
    out += (out.empty() ? "" : ", ") + Name(c.entry) + " " + c.method + " " + Number(c.base);
  return out;
}

// "surface=candidates; ..." over the scan's occurrences, in order.
std::string Occurrences(const EntityScan& scan) {
  std::string out;
  for (const auto& o : scan.occurrences)
    out += std::string(out.empty() ? "" : "; ") +
           std::string(scan.text.substr(o.start, o.end - o.start)) + "=" + Candidates(o);
  return out;
}

std::string Surface(std::string_view text, const FoundMention& m) {
  return std::string(text.substr(m.start, m.end - m.start));
}

}  // namespace

TEST_CASE("BuildEntityIndex: forms by squash, fuzzy forms, related both ways") {
  const EntityIndex& index = F().index;
  const int korvana = F().gazetteer.Find("Korvana Systems");
  const int plexa = F().gazetteer.Find("Plexa");
  const int dunmere = F().gazetteer.Find("Dunmere");
  REQUIRE(index.by_squash.count("korvanasystems"));
  CHECK(index.by_squash.at("korvanasystems")[0].canonical);
  REQUIRE(index.by_squash.count("px"));
  CHECK(index.by_squash.at("px")[0].needs_context);
  CHECK_FALSE(index.by_squash.at("px")[0].canonical);
  // A form that needs context, or of fewer than 3 letters, is never what a garbled form is.
  for (const auto& f : index.fuzzy) CHECK(f.squashed != "px");
  // Dunmere lists Korvana Systems; the relation holds both ways.
  CHECK(index.related[korvana].count(dunmere));
  CHECK(index.related[dunmere].count(korvana));
  CHECK(index.related[plexa].count(korvana));
  std::vector<std::string> one_word;
  for (const auto& [e, name] : index.one_word_names) one_word.push_back(name);
  CHECK(Join(one_word, " ") == "plexa ontrak velmorine dunmere bordix coreon");
}

TEST_CASE("ScanUnits: sentences and headings by offset, tokens without possessive 's") {
  struct Row {
    const char* text;
    std::vector<Sentence> sentences;
    std::vector<Block> blocks;
    const char* units;  // each unit's tokens as their offsets cut them, '*' after a possessive
  };
  const Row rows[] = {
      {"Haldor's mill closed. Then it reopened.",
       {{0, 21, BlockKind::kContent}, {22, 39, BlockKind::kContent}},
       {},
       "Haldor* mill closed | Then it reopened"},
      // A heading is a unit though listed after the sentences; other blocks are not.
      {"Mill News\nThe mill's output rose.\nBy Staff",
       {{10, 33, BlockKind::kContent}},
       {{0, 9, BlockKind::kHeading, ""},
        {10, 33, BlockKind::kContent, ""},
        {34, 42, BlockKind::kBoilerplate, ""}},
       "Mill News | The mill* output rose"},
      {"A U.S.-made part's cost", {{0, 23, BlockKind::kContent}}, {}, "A U S made part* cost"},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const EntityScan scan = ScanUnits(row.text, row.blocks, row.sentences);
    std::vector<std::string> units;
    for (const auto& u : scan.units) {
      std::vector<std::string> tokens;
      for (const auto& t : u.tokens)
        tokens.push_back(std::string(scan.text.substr(t.start, t.end - t.start)) +
                         (t.possessive ? "*" : ""));
      units.push_back(Join(tokens, " "));
      CHECK(u.covered == std::vector<bool>(u.tokens.size(), false));
    }
    CHECK(Join(units, " | ") == row.units);
  }
  const EntityScan scan = ScanLines("Haldor's Mill");
  CHECK(scan.units[0].words == std::set<std::string>{"haldor", "mill"});
}

TEST_CASE("FindExactMatches: names and aliases by squash, longest first, case rules") {
  struct Row {
    const char* text;
    const char* occurrences;
    const char* named;  // entities named unambiguously in the (one) sentence
  };
  const Row rows[] = {
      {"Korvana Systems opened a foundry.", "Korvana Systems=Korvana Systems exact 0.7",
       "Korvana Systems"},
      {"Korvana-Systems and Korvana",
       "Korvana-Systems=Korvana Systems exact 0.7; "
       "Korvana=Korvana Systems alias 0.7",
       "Korvana Systems"},
      // Lowercase: a two-word name is not matched by two lowercase words, but a long word
      // that is not English is.
      {"rivals of korvana systems", "korvana=Korvana Systems alias 0.7", "Korvana Systems"},
      // Short forms match case.
      {"KVS shipped", "KVS=Korvana Systems alias 0.7", "Korvana Systems"},
      {"kvs shipped", "", ""},
      // An alias that needs context is weak; an acronym also gets its variant readings.
      {"PX shipped", "PX=Plexa alias 0.45", ""},
      // The plural of a model name, offsets without the 's'.
      {"Zorb 900s shipped", "Zorb 900=Zorb 900 exact 0.7", "Zorb 900"},
      // A longer garbled name is left to the variant pass.
      {"Zorb 900 OB shipped", "", ""},
      // A function word the form does not have.
      {"On Trak and Ontrak", "Ontrak=Ontrak exact 0.7", "Ontrak"},
      // A lowercase single word shorter than 6 letters and digits.
      {"the plexa", "", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const EntityScan scan = RunUpto(row.text, Upto::kExact);
    CHECK(Occurrences(scan) == row.occurrences);
    std::vector<std::string> named;
    for (int e : scan.units[0].named) named.push_back(Name(e));
    CHECK(Join(named, ", ") == row.named);
    for (const auto& o : scan.occurrences)
      for (size_t k = o.first_token; k <= o.last_token; ++k) CHECK(scan.units[0].covered[k]);
  }
}

TEST_CASE("FindPeople: a given name and a capitalised surname, on uncovered tokens") {
  struct Row {
    const char* text;
    const char* people;
  };
  const Row rows[] = {
      {"Mira Castell spoke.", "Mira Castell"},
      {"Then Tobin Ash and Mira Lund", "Tobin Ash, Mira Lund"},
      {"Mira's Castell", ""},         // the given name is possessive
      {"Mira CASTELL", ""},           // an all-caps surname
      {"mira Castell", ""},           // given names keep their case
      {"Tobin X", ""},                // a one-letter surname
      {"Tobin Korvana Systems", ""},  // the exact pass took the surname
      {"Mira - Castell", ""},         // not joinable
      // Initials and middle names run on to the surname; a name ends in no initial.
      {"Mira J. Castell spoke.", "Mira J. Castell"},
      {"Tobin Ash Lund spoke.", "Tobin Ash Lund"},
      {"Mira Castell Senator", "Mira Castell"},  // a role goes on no name
      {"Mira J. spoke.", ""},
      // A given name that is a common word starts a name before a word no dictionary knows
      // or an initial, not before another common word; a month starts none.
      {"Rose Castell spoke.", "Rose Castell"},
      {"Then Rose Plan", ""},
      {"Rose J. Castell spoke.", "Rose J. Castell"},  // an initial is no common word
      {"April Castell spoke.", ""},
      // An initial before the given name opens the name; the last letter of an
      // abbreviation does not.
      {"The photo by J. Mira Castell ran.", "J. Mira Castell"},
      {"Tests in the U.S. Mira Castell ran.", "Mira Castell"},
      // Capitalised words after it that end in a law's or a body's head noun name no person.
      {"Then Mira Castell Fair Pay Act", ""},
      {"Then Mira Castell Institute", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const EntityScan scan = RunUpto(row.text, Upto::kPeople);
    std::vector<std::string> people;
    for (const auto& m : scan.people) {
      people.push_back(Surface(row.text, m));
      CHECK(m.type == "person");
      CHECK(m.entity_id == Slugify(m.name));
      CHECK(m.discovered);
    }
    CHECK(Join(people, ", ") == row.people);
  }
  const EntityScan scan = RunUpto("Mira Castell", Upto::kPeople);
  CHECK(scan.units[0].covered == std::vector<bool>{true, true});
}

TEST_CASE("AddVariantCandidates: confusions, edits, sound, letter skeletons") {
  struct Row {
    const char* surface;
    size_t n_tokens;
    const char* candidates;
  };
  const Row rows[] = {
      // Letters read as digits: strong; one edit with the confusion too.
      {"Zorb 9OO", 2, "Zorb 900 variant 0.7, Zorb 900B variant 0.6"},
      // A digit changed with no confusion is weak ("A600" is not "A100").
      {"Zorb 901", 2, "Zorb 900 variant 0.35"},
      // One edit: in a long multi-word name strong, in a single long word medium.
      {"Brightwater Analytcs Group", 3, "Brightwater Analytics Group variant 0.6"},
      {"Velmorin", 1, "Velmorine variant 0.5"},
      // Two edits in a short word: only the sound.
      {"Bardux", 1, "Bordix phonetic 0.35"},
      // Short all-caps tokens: a letter skeleton of a one-word name, unless an acronym.
      {"VLM", 1, "Velmorine skeleton 0.35"},
      {"CRN", 1, "Coreon skeleton 0.35"},
      {"CEO", 1, ""},
      {"Xyzzy", 1, ""},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.surface));
    EntityOccurrence o{};
    AddVariantCandidates(F().lookup, row.surface, row.n_tokens, &o);
    CHECK(Candidates(o) == row.candidates);
  }
  // One candidate per entity, the strongest evidence kept.
  const int velmorine = F().gazetteer.Find("Velmorine");
  EntityOccurrence weaker{};
  weaker.candidates.push_back({velmorine, 0.35, "skeleton", "seeded", 0, ""});
  AddVariantCandidates(F().lookup, "Velmorin", 1, &weaker);
  CHECK(Candidates(weaker) == "Velmorine variant 0.5");
  CHECK(weaker.candidates[0].why == "'Velmorin' is 1 edit from 'Velmorine'");
  EntityOccurrence stronger{};
  stronger.candidates.push_back({velmorine, 0.7, "exact", "seeded", 0, ""});
  AddVariantCandidates(F().lookup, "Velmorin", 1, &stronger);
  CHECK(Candidates(stronger) == "Velmorine exact 0.7");
}

TEST_CASE("FindVariants: uncovered name-like runs of up to three tokens") {
  struct Row {
    const char* text;
    const char* occurrences;  // all occurrences: exact ones first
  };
  const Row rows[] = {
      {"Shipments of Zorb 9OO rose.", "Zorb 9OO=Zorb 900 variant 0.7, Zorb 900B variant 0.6"},
      {"Zorb 900 OB shipped", "Zorb 900 OB=Zorb 900 variant 0.35, Zorb 900B variant 0.6"},
      {"Velmorin said", "Velmorin=Velmorine variant 0.5"},
      {"Then VLM and Velmorine", "Velmorine=Velmorine exact 0.7; VLM=Velmorine skeleton 0.35"},
      {"Mira Velmorin", ""},  // a person, found first
      {"Ontrack grew", ""},   // a common word
      {"velmorin said", ""},  // not name-like
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const EntityScan scan = RunUpto(row.text, Upto::kVariants);
    CHECK(Occurrences(scan) == row.occurrences);
  }
}

TEST_CASE("ScoreInContext: the entity, related entities and context words nearby") {
  struct Row {
    const char* text;
    const char* scores;  // surface=entity score, per candidate
  };
  const Row rows[] = {
      // A related entity in the sentence (+0.3) and named in the source (+0.1).
      {"Korvana Systems built Plexa.", "Korvana Systems=Korvana Systems 1.1; Plexa=Plexa 1.1"},
      // Places are no evidence for another entity; an organisation is for a place.
      {"KVS at Dunmere", "KVS=Korvana Systems 0.7; Dunmere=Dunmere 1.1"},
      // Weak evidence alone scores nothing.
      {"VLM shipped", "VLM=Velmorine 0"},
      // The entity named elsewhere in the sentence (+0.5) and in the source (+0.2).
      {"VLM joined Velmorine", "Velmorine=Velmorine 0.7; VLM=Velmorine 1.05"},
      // Context words count up to two, 0.1 each.
      {"Velmorin audit ledger", "Velmorin=Velmorine 0.7"},
      {"Velmorin audit", "Velmorin=Velmorine 0.6"},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const EntityScan scan = RunUpto(row.text, Upto::kScores);
    std::vector<std::string> scores;
    for (const auto& o : scan.occurrences)
      for (const auto& c : o.candidates)
        scores.push_back(std::string(scan.text.substr(o.start, o.end - o.start)) + "=" +
                         Name(c.entry) + " " + Number(c.score));
    CHECK(Join(scores, "; ") == row.scores);
  }
  const EntityScan scan = RunUpto("VLM joined Velmorine", Upto::kScores);
  REQUIRE(scan.occurrences.size() == 2);
  CHECK(scan.occurrences[1].candidates[0].why_in_context ==
        "the letters of 'VLM' spell out 'Velmorine'; Velmorine is named in the same sentence");
}

TEST_CASE("VoteBySurfaceForm: one entity per surface form in a source") {
  struct Row {
    const char* text;
    const char* mentions;  // surface=entity id (method), in the order the vote gives them
  };
  const Row rows[] = {
      // One use with enough evidence carries the other.
      {"VLM shipped.\nVLM joined Velmorine.",
       "VLM=velmorine (skeleton); VLM=velmorine (skeleton); Velmorine=velmorine (exact)"},
      // Not when the uses together are too weak: mean 1.05 / 4 is under 0.3.
      {"VLM shipped.\nVLM left.\nVLM won.\nVLM joined Velmorine.", "Velmorine=velmorine (exact)"},
      // An alias that needs context resolves with a related entity nearby, not alone.
      {"PX launched.", ""},
      {"PX runs on Korvana Systems.", "Korvana Systems=korvana-systems (exact); PX=plexa (alias)"},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const EntityScan scan = RunUpto(row.text, Upto::kScores);
    std::vector<std::string> mentions;
    for (const auto& m : VoteBySurfaceForm(F().lookup, scan))
      mentions.push_back(Surface(row.text, m) + "=" + m.entity_id + " (" + m.method + ")");
    CHECK(Join(mentions, "; ") == row.mentions);
  }
  const std::string_view text = "VLM shipped.\nVLM joined Velmorine.";
  const auto mentions = VoteBySurfaceForm(F().lookup, RunUpto(text, Upto::kScores));
  REQUIRE(mentions.size() == 3);
  CHECK(mentions[0].why ==
        "the letters of 'VLM' spell out 'Velmorine'; Velmorine is named in the same sentence; "
        "all 2 uses of this form in the source agree");
  CHECK(mentions[2].why == "gazetteer name");
  CHECK(mentions[2].type == "organization");
}

TEST_CASE("DiscoverNames: organisations by head noun, products by model-number shape") {
  struct Row {
    const char* text;
    const char* names;  // name=type
  };
  const Row rows[] = {
      // The common opener "The" is not part of the name; connectors join capitalised words.
      {"The Haverfield Institute for Rail Studies met.",
       "Haverfield Institute for Rail Studies=organization"},
      {"Results from the Board of Trade.", "Board of Trade=organization"},
      {"The Council met.", ""},  // a head noun alone
      {"Engineers tested the QR77 board.", "QR77=product"},
      // A common word opening the sentence is not part of the name.
      {"Several Board members quit.", ""},
      {"Tests on the QX5 chip", ""},  // one digit
      {"A9 chips", ""},               // one digit, too short
      {"Velmorine Foundation", ""},   // the exact pass took the first word
      // A head noun after a given name and a surname makes the run an organisation's.
      {"Mira Castell Institute", "Mira Castell Institute=organization"},
      // A name a general resource knows takes its type; a short one must match its case.
      {"Officials in El Paso met.", "El Paso=place"},
      {"Voters in OH said.", "OH=place"},
      // An abbreviation's full stop, which is no token, is part of the name looked up.
      {"Voters in the N.V. said so.", "Norvia=place"},
      // A common word is a known name only mid-sentence, spelled as the resource spells it;
      // the mention takes the name the resource gives the thing.
      {"Reporters said the Senate voted.", "Norvian Senate=organization"},
      {"Senate voted.", ""},
      {"Reporters said the SENATE voted on the tax.", ""},
      // A member's name, or its plural, names the group, even opening a sentence; as a
      // title it is a name of its own.
      {"Republicans said the tax was fair.", "Norvian Party=organization"},
      {"Reporters asked Republican Sen. Arlo Quist about the tax.",
       "Norvian Party=organization; Arlo Quist=person"},
      {"Voters said republicans were fair.", ""},
      // An apposition that gives a role makes a person; one that gives no role does not.
      {"Reporters met Okafor, the senator from Zelland, about the tax.",
       "Okafor=person; Zelland=other"},
      {"Reporters met Okafor, a veteran reporter, about the tax.", "Okafor=person"},
      {"Reporters met Okafor, the tax, and Zelland.", "Okafor=other; Zelland=other"},
      // A person a common word names is read as the word.
      {"Reporters met on Sunday about the tax.", ""},
      // Capitalised common words, one inflected, are emphasis.
      {"Reporters said Billions of Dollars went to the tax.", ""},
      // A title or role is no part of the name it precedes, and types it.
      {"Reporters asked Senator Arlo Quist about the tax.", "Arlo Quist=person"},
      {"Reporters asked Dr. Tull about the tax.", "Tull=person"},
      // "and" before any "of" or "for" parts two names; after one, it is inside the name.
      {"Trade between Norvia and Zelland grew.", "Norvia=other; Zelland=other"},
      {"Officials of the Department of Trade and Industry met.",
       "Department of Trade and Industry=organization"},
      // A name ending in a law's head word is a policy, whole through "and" ("Act" as
      // WordNet's names of laws end).
      {"Under the Zorvan Trade and Jobs Act rates fell.", "Zorvan Trade and Jobs Act=policy"},
      // After a head noun, a connector and an article run on ("Committee for a ...").
      {"Aid from the Committee for a Zorvan Budget fell.",
       "Committee for a Zorvan Budget=organization"},
      {"Officials cited the Zorvan Act.", "Zorvan Act=policy"},
      // A sentence opener no dictionary knows is a name only where the text also writes it
      // mid-sentence.
      {"Norvia grew.", ""},
      {"Norvia grew.\nTrade with Norvia fell.", "Norvia=other; Norvia=other"},
      // Capitals say nothing in a headline, or in a run of words all in capitals.
      {"Voters Back Plan To Cut Taxes", ""},
      // A short sentence full of names is prose all the same.
      {"Reporters asked Zelland Vantreck.", "Zelland Vantreck=person"},
      {"Reporters asked THE NORVIA TIMES about the tax.", ""},
      // A plural of a common word is no name, capitalised or not.
      {"Tariffs hit Farmers.", ""},
      // A common acronym ends no name: "Norvian CEO" names no one.
      {"Reporters asked the Norvian CEO about the tax.", "Norvian=other"},
      {"Reporters asked the Norvian CEOs about the tax.", "Norvian=other"},  // its plural too
      // A common word the text capitalises alone mid-sentence, and never writes in
      // lowercase, is a name; after a title it is a surname.
      {"Reporters said the tax Pilot set hit farmers.", "Pilot=other"},
      {"Reporters said the tax Pilot set hit farmers.\nThe pilot quit.", ""},
      // A web address or a handle is no lowercase writing of it.
      {"Reporters said the tax Pilot set hit farmers.\nSee pic.pilot.com/x2 and @pilot.",
       "Pilot=other"},
      {"Reporters asked Senator Pilot about the tax.", "Pilot=person"},
      // A verb's inflection of a role noun titles no one ("Associated" is no associate).
      {"Reporters for the Associated Plan met.", "Associated Plan=organization"},
      // A role before a noun of a group or a place titles no one: "Cook County" is a name.
      {"Reporters in Cook County asked farmers.", "Cook County=organization"},
      {"Reporters said: Pilot tests fell.", ""},  // after a colon, a clause starts
      // A given name may be a common word before a surname no dictionary knows.
      {"Reporters asked Pilot Vantreck about the tax.", "Pilot Vantreck=person"},
      // A name does not run into a day; "of" before a place parts a person from it.
      {"Reporters asked Zelland on Sunday about the tax.", "Zelland=other"},
      {"Reporters asked Arlo Quist of El Paso about the tax.", "Arlo Quist=person; El Paso=place"},
      // A known place does not run on through a connector: what follows is another name.
      {"Firms moved from Harlow for Zelland.", "Harlow=place; Zelland=other"},
      // Names joined by hyphens, one of them known, name a relation ("US-China").
      {"Firms fear the Harlow-Zelland spat.", ""},
      // A model number after a name is one of its own; its plural names it; a capitalised
      // word and a number code name a product.
      {"Reporters said Zelland QR77 chips fell.", "Zelland=other; QR77=product"},
      {"Engineers tested the QR77s.", "QR77=product"},
      {"Engineers tested the Zorbix 910B chips.", "Zorbix 910B=product"},
      // A role's common words before it end at a head noun: the body's name is before them.
      {"Reporters asked Haverfield Institute Senator Mira Castell about the tax.",
       "Haverfield Institute=organization"},
      // The party letter of "(R-Harlow)" is no part of the place; a letter a hyphen joins on
      // is no function word to drop ("T-Mobile"), so the hyphenated name is a relation's.
      {"Reporters asked Tobin Ash (R-Harlow) about the tax.", "Harlow=place"},
      {"Reporters asked T-Harlow about the tax.", ""},
      // "The" in capitals mid-sentence opens a title: in the mention, not in the name; a
      // title of words a resource knows, or of common words, is a name of its own; it may
      // end in a role's noun. After a colon "The" opens a clause.
      {"Reporters asked The Vantreck Plan about the tax.", "Vantreck Plan=organization"},
      {"Reporters asked The Harlow about the tax.", "The Harlow=organization"},
      {"Reporters asked The Vantreck Reporter about the tax.", "Vantreck Reporter=organization"},
      {"Reporters said: The Harlow tax fell.", "Harlow=place"},
      // Internal capitals are no personal name's shape.
      {"Reporters asked TaxCare Vantreck about the tax.", "TaxCare Vantreck=organization"},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const EntityScan scan = RunUpto(row.text, Upto::kScores);
    std::vector<FoundMention> found;
    DiscoverNames(F().lookup, scan, &found);
    std::vector<std::string> names;
    for (const auto& m : found) {
      names.push_back(m.name + "=" + m.type);
      const std::string surface = Surface(row.text, m);
      if (m.why.find(" as ") == std::string::npos && m.why.find("plural") == std::string::npos)
        CHECK((m.name == surface || "The " + m.name == surface));
      CHECK(m.discovered);
      CHECK(m.method == "discovered");
    }
    CHECK(Join(names, "; ") == row.names);
  }
  std::vector<FoundMention> appended(1);
  DiscoverNames(F().lookup, RunUpto("Engineers tested the QR77 board.", Upto::kScores), &appended);
  CHECK(appended.size() == 2);
  // A title's mention holds its "The".
  const std::string title = "Reporters asked The Vantreck Plan about the tax.";
  std::vector<FoundMention> titled;
  DiscoverNames(F().lookup, RunUpto(title, Upto::kScores), &titled);
  REQUIRE(titled.size() == 1);
  CHECK(Surface(title, titled[0]) == "The Vantreck Plan");
}

TEST_CASE("DropOverlaps: by offset, the earlier and longer mention kept") {
  struct Row {
    std::vector<std::pair<size_t, size_t>> spans;  // named by their index
    const char* kept;
  };
  const Row rows[] = {
      {{{5, 9}, {0, 4}}, "1 0"}, {{{0, 4}, {2, 6}}, "0"},           {{{0, 4}, {0, 8}}, "1"},
      {{{0, 4}, {4, 8}}, "0 1"}, {{{3, 9}, {0, 4}, {4, 5}}, "1 2"}, {{}, ""},
  };
  for (const Row& row : rows) {
    std::vector<FoundMention> mentions;
    for (size_t k = 0; k < row.spans.size(); ++k) {
      FoundMention m;
      m.start = row.spans[k].first;
      m.end = row.spans[k].second;
      m.entity_id = std::to_string(k);
      mentions.push_back(m);
    }
    std::vector<std::string> kept;
    for (const auto& m : DropOverlaps(mentions)) kept.push_back(m.entity_id);
    CAPTURE(row.kept);
    CHECK(Join(kept, " ") == row.kept);
  }
}

namespace {

// A made-up text, one sentence a line, and what the whole recognizer finds in it.
struct RecognizedRow {
  const char* text;
  const char* found;  // form=entity id (method), joined by "; "
};

std::string Recognized(std::string_view text) {
  static const EntityRecognizer recognizer = [] {
    auto r = EntityRecognizer::Create(&F().gazetteer, &F().words);
    REQUIRE(r.ok());
    return std::move(*r);
  }();
  EntityScan scan = ScanLines(text);
  std::vector<Sentence> sentences;
  for (const auto& u : scan.units) sentences.push_back({u.start, u.end, BlockKind::kContent});
  std::vector<std::string> got;
  for (const auto& m : recognizer.Recognize(text, {}, sentences))
    got.push_back(Surface(text, m) + "=" + m.entity_id + " (" + m.method + ")");
  return Join(got, "; ");
}

}  // namespace

TEST_CASE("JoinDefinitions: an abbreviation the text defines names the defined entity") {
  const RecognizedRow rows[] = {
      {"Officials said NBO figures rose.\n"
       "Reporters asked the Norvian Budget Office (NBO) about the tax.\n"
       "Officials said the NBO met.",
       "NBO=norvian-budget-office (defined); Norvian Budget Office=norvian-budget-office "
       "(discovered); NBO=norvian-budget-office (defined); NBO=norvian-budget-office (defined)"},
      // Not a definition: the abbreviation is not right after the name in brackets.
      {"Reporters asked the Norvian Budget Office about the tax (NBO said).",
       "Norvian Budget Office=norvian-budget-office (discovered); NBO=nbo (discovered)"},
      // An apposition that gives another name: every use of it names the first.
      {"Officials said Norcare costs rose.\n"
       "Reporters asked about the Norvian Care Act, also known as Norcare, again.",
       "Norcare=norvian-care-act (defined); Norvian Care Act=norvian-care-act (discovered); "
       "Norcare=norvian-care-act (defined)"},
      // A verb of saying is no such apposition.
      {"Reporters said Mira Castell called Tobin Vantreck twice.",
       "Mira Castell=mira-castell (discovered); Tobin Vantreck=tobin-vantreck (discovered)"},
  };
  for (const RecognizedRow& row : rows) {
    CAPTURE(row.text);
    CHECK(Recognized(row.text) == row.found);
  }
}

TEST_CASE("JoinShortForms: a surname or a name with a middle name joins its text's person") {
  const RecognizedRow rows[] = {
      {"Reporters asked Mira Castell about the tax.\nReporters said Castell was fair.",
       "Mira Castell=mira-castell (discovered); Castell=mira-castell (short-form)"},
      // Two people of the text share the surname: it stays apart.
      {"Mira Castell and Tobin Castell met.\nReporters said Castell was fair.",
       "Mira Castell=mira-castell (discovered); Tobin Castell=tobin-castell (discovered); "
       "Castell=castell (discovered)"},
      {"Reporters asked Mira J. Castell about the tax.\nMira Castell said it was fair.",
       "Mira J. Castell=mira-castell (short-form); Mira Castell=mira-castell (discovered)"},

      // A handle spelling a name of the text, after a few letters; one that goes on past a
      // name (read as a name of its own), or an e-mail address, joins nothing.
      {"Reporters asked Mira Castell about the tax.\n@SenCastell and @MiraCastell replied; "
       "@CastellFans and tips@castell.org did not.",
       "Mira Castell=mira-castell (discovered); SenCastell=mira-castell (handle); "
       "MiraCastell=mira-castell (handle); CastellFans=castellfans (discovered)"},
  };
  for (const RecognizedRow& row : rows) {
    CAPTURE(row.text);
    CHECK(Recognized(row.text) == row.found);
  }
}

TEST_CASE("NameRegions: an abbreviation after a place names the subdivision it abbreviates") {
  WordLists w;
  REQUIRE(w.AddIsoNames(R"({"3166-1": [{"alpha_2": "NV", "name": "Norvia"},
                                       {"alpha_2": "QL", "name": "Quillon"}]})",
                        "3166-1", "iso_3166-1.json")
              .ok());
  REQUIRE(w.AddIsoNames(R"({"3166-2": [
      {"code": "NV-TA", "name": "Tamberland", "type": "State"},
      {"code": "NV-TO", "name": "Torvale", "type": "State"},
      {"code": "NV-GR", "name": "Garwick", "type": "State"},
      {"code": "NV-GU", "name": "Gamu", "type": "Outlying area"},
      {"code": "QL-TM", "name": "Tamsford", "type": "Province"},
      {"code": "QL-NH", "name": "New Harl", "type": "Province"}]})",
                        "3166-2", "iso_3166-2.json")
              .ok());
  const Gazetteer gazetteer;
  const EntityIndex index = BuildEntityIndex(gazetteer);
  const EntityOptions options;
  const EntityLookup lookup{gazetteer, w, index, options};
  const auto regions = [&](std::string_view text, std::vector<std::string> countries) {
    std::vector<FoundMention> mentions;
    for (const std::string& c : countries) {  // the text names these places, at its end
      FoundMention m;
      m.start = m.end = text.size();
      m.name = c;
      m.type = "place";
      mentions.push_back(m);
    }
    NameRegions(lookup, text, &mentions);
    std::vector<std::string> got;
    for (const FoundMention& m : mentions)
      if (m.method == "region")
        got.push_back(std::string(text.substr(m.start, m.end - m.start)) + "=" + m.name);
    return Join(got, "; ");
  };
  // Letters in order from the first; a party letter; initials; a code.
  CHECK(regions("Ships left Halden, Tamb., and Orsk, Tor. (D-GR) met.", {"Norvia"}) ==
        "Tamb.=Tamberland; Tor.=Torvale; GR=Garwick");
  CHECK(regions("Crews from Halden, N.H. sailed.", {"Quillon"}) == "N.H.=New Harl");
  // Of two, the one of the country's main kind: Garwick, a state, not Gamu.
  CHECK(regions("A plant in Halden, Ga. closed.", {"Norvia"}) == "Ga.=Garwick");
  // Two countries the text names have one each: neither.
  CHECK(regions("A plant in Halden, Tam. closed.", {"Norvia", "Quillon"}).empty());
  // No country named: the one subdivision of any country.
  CHECK(regions("A plant in Halden, Gar. closed.", {}) == "Gar.=Garwick");
  CHECK(regions("A plant in Halden, Tor. closed.", {}).empty());  // Torvale, Tamsford
  // No place before the comma, or more than an abbreviation: nothing.
  CHECK(regions("As he said, Tor. is far; Halden, Torvania is not.", {"Norvia"}).empty());
}

TEST_CASE("entity passes in order are EntityRecognizer::Recognize") {
  auto recognizer = EntityRecognizer::Create(&F().gazetteer, &F().words);
  REQUIRE(recognizer.ok());
  const std::string_view text =
      "Mira Castell of the Haverfield Institute said VLM and Velmorine sold Zorb 9OO chips.\n"
      "VLM also bought KVS, the maker of Plexa and the QR77.\n";
  EntityScan scan = ScanLines(text);
  std::vector<Sentence> sentences;
  for (const auto& u : scan.units) sentences.push_back({u.start, u.end, BlockKind::kContent});
  FindExactMatches(F().lookup, &scan);
  FindPeople(F().lookup, &scan);
  FindVariants(F().lookup, &scan);
  ScoreInContext(F().lookup, &scan);
  std::vector<FoundMention> mentions = VoteBySurfaceForm(F().lookup, scan);
  for (auto& m : scan.people) mentions.push_back(m);
  DiscoverNames(F().lookup, scan, &mentions);
  mentions = DropOverlaps(std::move(mentions));
  JoinDefinitions(text, &mentions);
  JoinShortForms(text, &mentions);
  NameRegions(F().lookup, text, &mentions);
  const auto found = recognizer->Recognize(text, {}, sentences);
  std::vector<std::string> got, want;
  for (const auto& m : found) got.push_back(Surface(text, m) + "=" + m.entity_id);
  for (const auto& m : mentions) want.push_back(Surface(text, m) + "=" + m.entity_id);
  CHECK(Join(got, "; ") == Join(want, "; "));
  CHECK(Join(got, "; ") ==
        "Mira Castell=mira-castell; Haverfield Institute=haverfield-institute; VLM=velmorine; "
        "Velmorine=velmorine; Zorb 9OO=zorb-900; VLM=velmorine; KVS=korvana-systems; "
        "Plexa=plexa; QR77=qr77");
}

}  // namespace cg

// End-to-end tests of how entities are joined across sources: the real binary on made-up
// articles. A full name and the surname later texts use are one person; two people who
// share a surname keep it apart; an abbreviation joins the name whose initials it spells;
// the result does not depend on ingest order.
#include <doctest/doctest.h>

#include <string>

#include "core/text.h"
#include "model/model.h"
#include "test_util.h"

namespace cg {
namespace {

using test::RunClaimgraph;
using test::TempDir;
using test::WriteFile;

constexpr const char* kLevyA =
    "Norvia weighs a new port levy\n\n"
    "Senator Arlo Quist of Norvia said on Monday that the port levy would raise money for "
    "roads. In reply to critics, Quist added that shippers would pay most of it. Dana Vell, "
    "who leads the dockworkers, said the levy would cost jobs.\n";
constexpr const char* kLevyB =
    "Dockworkers oppose the port levy\n\n"
    "Rory Vell, a shipping analyst, said the levy was modest. On Tuesday, Vell said the "
    "harbour would stay busy. The plan, Quist said again on Tuesday, is fair. Figures from "
    "the Norvian Budget Office show the levy is small, and the NBO expects it to fall.\n";

// A third text names Vell without a full name: Dana Vell or Rory Vell?
constexpr const char* kLevyC =
    "Levy vote delayed\n\n"
    "The vote on the port levy was delayed, and Vell said the delay was welcome.\n";

std::string Db(const TempDir& dir, const char* name) {
  return "--db '" + dir.path() + "/" + name + "' ";
}

// Ingests `text` as the one source of a fresh database in `dir`; returns its --db option.
std::string IngestOne(const TempDir& dir, const std::string& text) {
  WriteFile(dir / "a.txt", text);
  const std::string db = Db(dir, "db");
  REQUIRE(RunClaimgraph(db + "ingest --quiet '" + (dir / "a.txt") + "'").exit_code == 0);
  return db;
}

// The ids and names of the entities `entities --json` lists, "id=name" joined by "; ".
std::string Listed(const std::string& db) {
  const auto run = RunClaimgraph(db + "entities --json");
  REQUIRE(run.exit_code == 0);
  std::vector<std::string> out;
  const Json doc = Json::parse(run.out);
  for (const auto& e : doc["entities"])
    out.push_back(e["id"].get<std::string>() + "=" + e["type"].get<std::string>());
  return Join(out, "; ");
}

}  // namespace

TEST_CASE("cli: a surname joins its full name, a surname two people share stays apart") {
  TempDir dir;
  WriteFile(dir / "a.txt", kLevyA);
  WriteFile(dir / "b.txt", kLevyB);
  const std::string ab = Db(dir, "ab"), ba = Db(dir, "ba");
  WriteFile(dir / "c.txt", kLevyC);
  for (const char* f : {"a.txt", "b.txt", "c.txt"})
    REQUIRE(RunClaimgraph(ab + "ingest --quiet '" + (dir / f) + "'").exit_code == 0);
  for (const char* f : {"c.txt", "b.txt", "a.txt"})
    REQUIRE(RunClaimgraph(ba + "ingest --quiet '" + (dir / f) + "'").exit_code == 0);

  // "Senator" titles the person and is no part of the name; "of Norvia" is what he is of.
  CHECK(Listed(ab) ==
        "arlo-quist=person; dana-vell=person; norvia=other; norvian-budget-office=organization; "
        "rory-vell=person; vell=other");
  const Json quist = Json::parse(RunClaimgraph(ab + "entity Quist --json").out);
  CHECK(quist["id"] == "arlo-quist");
  CHECK(quist["mentions"].size() == 3);
  CHECK(quist["forms"] == Json::array({"Arlo Quist", "Quist"}));
  // An abbreviation joins the one name whose initials it spells.
  const Json nbo = Json::parse(RunClaimgraph(ab + "entity NBO --json").out);
  CHECK(nbo["id"] == "norvian-budget-office");
  CHECK(nbo["forms"] == Json::array({"NBO", "Norvian Budget Office"}));
  // In b.txt, "Vell" after "Rory Vell" is Rory Vell; in c.txt it could be Dana Vell or
  // Rory Vell: it is left as its own entity.
  const Json rory = Json::parse(RunClaimgraph(ab + "entity 'Rory Vell' --json").out);
  CHECK(rory["forms"] == Json::array({"Rory Vell", "Vell"}));
  CHECK(Json::parse(RunClaimgraph(ab + "entity Vell --json").out)["id"] == "vell");
  // Either order of ingest gives the same entities and the same export.
  CHECK(Listed(ab) == Listed(ba));
  CHECK(RunClaimgraph(ab + "export").out == RunClaimgraph(ba + "export").out);

  // A user's merge of the surname wins over the joining by name.
  REQUIRE(RunClaimgraph(ab + "correct merge Vell 'Rory Vell' --reason 'the analyst' --by ann")
              .exit_code == 0);
  CHECK(Json::parse(RunClaimgraph(ab + "entity Vell --json").out)["id"] == "rory-vell");
}

TEST_CASE("cli: a joined mention's reason cites the byte of the source where the name is") {
  TempDir dir;
  // CR LF, curly quotes and runs of spaces: the text read is shorter than the file's bytes.
  const std::string text =
      "Norvia weighs a levy\r\n\r\n\xE2\x80\x9CIt is fair,\xE2\x80\x9D   said Senator   Arlo "
      "Quist of Norvia.\r\nIn reply to critics, Quist added that shippers would pay.\r\n";
  const std::string db = IngestOne(dir, text);
  const Json quist = Json::parse(RunClaimgraph(db + "entity Quist --json").out);
  REQUIRE(quist["mentions"].size() == 2);
  const std::string why = quist["mentions"][1]["why"].get<std::string>();
  const size_t at = text.find("Arlo");
  CHECK(why == "the surname of Arlo Quist, named in this text at byte " + std::to_string(at));
  CHECK(quist["mentions"][0]["start"].get<size_t>() == at);
}

TEST_CASE("cli: a quoted title keeps a day's name, a handle joins its name, a region its state") {
  TempDir dir;
  const std::string db = IngestOne(
      dir,
      "Levy talks resume\n\n\"It is fair,\" Arlo Quist told reporters on \"Norvia Report Sunday.\" "
      "The Norvia Report aired on Sunday. Viewers wrote to @NorviaReportSunday and "
      "@SenQuist. A plant in Smyrna, Tenn., in the U.S. closed.\n");
  const Json show = Json::parse(RunClaimgraph(db + "entity 'Norvia Report Sunday' --json").out);
  CHECK(show["forms"] == Json::array({"Norvia Report Sunday", "NorviaReportSunday"}));
  const Json quist = Json::parse(RunClaimgraph(db + "entity 'Arlo Quist' --json").out);
  CHECK(quist["forms"] == Json::array({"Arlo Quist", "SenQuist"}));
  const Json tn = Json::parse(RunClaimgraph(db + "entity Tennessee --json").out);
  REQUIRE(tn["mentions"].size() == 1);
  CHECK(tn["mentions"][0]["text"] == "Tenn.");
  CHECK(tn["mentions"][0]["method"] == "region");
}

TEST_CASE("cli: spelling variants across sources are one entity, a middle initial joins too") {
  TempDir dir;
  WriteFile(dir / "a.txt",
            "Harbour chips\n\nEngineers said the Zorb 9OO chips from Velmora Labs were slow. "
            "Reporters asked Mira J. Castell about it.\n");
  WriteFile(dir / "b.txt",
            "Chip sales\n\nBuyers said the Zorb 900 sold well, and VelmoraLabs hired. "
            "Officials said Mira Castell agreed.\n");
  const std::string db = Db(dir, "db");
  REQUIRE(RunClaimgraph(db + "ingest --quiet '" + dir.path() + "'").exit_code == 0);
  const Json zorb = Json::parse(RunClaimgraph(db + "entity 'Zorb 9OO' --json").out);
  CHECK(zorb["id"] == "zorb-900");
  const Json labs = Json::parse(RunClaimgraph(db + "entity VelmoraLabs --json").out);
  CHECK(labs["forms"] == Json::array({"Velmora Labs", "VelmoraLabs"}));
  const Json mira = Json::parse(RunClaimgraph(db + "entity 'Mira J. Castell' --json").out);
  CHECK(mira["id"] == "mira-castell");
  for (const auto& m : mira["mentions"]) CHECK(m["entity"] == "mira-castell");  // after the merge
}

TEST_CASE("cli: a domain gazetteer given once is kept by the database") {
  TempDir dir;
  WriteFile(dir / "pack.tsv", "Korvana Systems\torganization\tKVS\n");
  WriteFile(dir / "in/a.txt", "Chip prices\n\nReporters said KVS cut its prices again.\n");
  WriteFile(dir / "b.txt", "Chip sales\n\nBuyers said KVS sold more chips this year.\n");
  const std::string db = Db(dir, "db"), plain = Db(dir, "plain");
  // One file per --gazetteer: the path after it is an input, not a second pack.
  REQUIRE(RunClaimgraph(db + "ingest --quiet --gazetteer '" + (dir / "pack.tsv") + "' '" +
                        (dir / "in") + "'")
              .exit_code == 0);
  REQUIRE(RunClaimgraph(db + "ingest --quiet '" + (dir / "b.txt") + "'").exit_code == 0);
  const Json kvs = Json::parse(RunClaimgraph(db + "entity KVS --json").out);
  CHECK(kvs["id"] == "korvana-systems");
  CHECK(kvs["mentions"].size() == 2);  // the second run, without --gazetteer, used it too
  const Json stats = Json::parse(RunClaimgraph(db + "stats --json").out);
  CHECK(stats["gazetteers"] == Json::array({dir / "pack.tsv"}));
  const std::string before = RunClaimgraph(db + "export").out;
  REQUIRE(RunClaimgraph(db + "reindex").exit_code == 0);
  CHECK(RunClaimgraph(db + "export").out == before);
  // Without the pack, KVS is what the text shows.
  REQUIRE(RunClaimgraph(plain + "ingest --quiet '" + (dir / "b.txt") + "'").exit_code == 0);
  CHECK(Json::parse(RunClaimgraph(plain + "entity KVS --json").out)["id"] == "kvs");
  // A pack that is not there is an error naming it.
  const auto missing = RunClaimgraph(db + "ingest --gazetteer '" + (dir / "none.tsv") + "' '" +
                                     (dir / "b.txt") + "'");
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("none.tsv") != std::string::npos);
}

TEST_CASE("cli: a name WordNet gives with a qualifier and its initials is known without it") {
  // WordNet lists "U.S. House" and "US House" for the United States House of
  // Representatives: "the House" is that body; a lowercase "house" names nothing. "America"
  // names two things, but its first sense holds 39 of its 40 tagged uses: the United States.
  TempDir dir;
  const std::string db = IngestOne(
      dir,
      "Levy bill advances\n\nThe House passed the levy bill on Monday, and members of "
      "the House said the Postal Service would carry the ballots to every house in America.\n");
  CHECK(Listed(db) ==
        "united-states=place; united-states-house-of-representatives=organization; "
        "united-states-postal-service=organization");
  const auto page = RunClaimgraph(db + "entity House --json");
  REQUIRE(page.exit_code == 0);
  const Json doc = Json::parse(page.out);
  CHECK(doc["mentions"].size() == 2);
  for (const auto& m : doc["mentions"]) CHECK(m["text"] == "House");
}

TEST_CASE("cli: WordNet's senses and a name's own words decide what a text names") {
  // "Japan" opens a sentence as the country: WordNet tags none of its uses as the lacquer;
  // "Turkey" the bird (two of three tagged uses) does not. "U.S." names the United States
  // government and the United States, both "United States". "Treasury" is the department,
  // not a member of the British Cabinet. "for the" and "&" join a body's name, "and" between
  // two names with head nouns parts them; what a role is of is a body; a month's name
  // ("Nissan") before a head noun is part of the name.
  TempDir dir;
  const std::string db =
      IngestOne(dir,
                "Levy talks stall\n\nJapan's index fell on Monday. Turkey hunters stayed home. "
                "Prices rose for U.S. buyers, and the Treasury said the Center for the National "
                "Interest and Bain & Company agreed. The CEO of Zelcorp spoke at Nissan Motor "
                "Company on Tuesday.\n");
  CHECK(Listed(db) ==
        "bain-company=organization; center-for-the-national-interest=organization; "
        "department-of-the-treasury=organization; japan=place; "
        "nissan-motor-company=organization; united-states=place; zelcorp=organization");
}

TEST_CASE("cli: a shared name is qualified, and a credit line names its photographer") {
  // WordNet's "Washington" names the capital most often of the state, the capital and the
  // president: the capital, by its own qualified lemma. A credit line is no headline: its
  // photographer and agency are named, as a copyright line's owner is; a topic line ("Tags:")
  // names nothing.
  TempDir dir;
  const std::string db =
      IngestOne(dir,
                "Levy talks stall\n\nWASHINGTON - Officials in Washington said on Monday that "
                "the levy would stay.\n\nPhoto: Mira Castell/Zelcorp Images\n\nTags: Trade "
                "Policy, China Economy\n\nThe levy would stay, officials said again on Tuesday.\n"
                "\nCopyright \xC2\xA9 2019 The Vantreck Herald, LLC.\n");
  CHECK(Listed(db) ==
        "mira-castell=person; vantreck-herald=organization; washington-d.c.=place; "
        "zelcorp-images=organization");
}

}  // namespace cg

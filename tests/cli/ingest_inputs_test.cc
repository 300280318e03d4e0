// End-to-end tests of ingest on hostile inputs: the real binary, real files, special files.
// Each bad input is named (file, line) with what is wrong, the rest of the batch is
// stored, and the exit code is 3.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>

#include "core/text.h"
#include "model/model.h"
#include "test_util.h"

namespace cg {
namespace {

using test::RunClaimgraph;
using test::TempDir;
using test::WriteFile;

// Every test runs the binary under `timeout`: a hang fails the test instead of the suite.
const std::string kTimeout = "timeout 120";

std::string Quote(const std::string& s) { return "'" + s + "'"; }

test::RunResult Ingest(const TempDir& dir, const std::string& args) {
  return RunClaimgraph("--db " + Quote(dir / "db") + " ingest --quiet " + args, dir.path(),
                       kTimeout);
}

// The ids of the stored sources, sorted, joined with ",".
std::string StoredIds(const TempDir& dir) {
  auto ex = RunClaimgraph("--db " + Quote(dir / "db") + " export --format json", dir.path());
  REQUIRE(ex.exit_code == 0);
  std::vector<std::string> ids;
  const Json doc = Json::parse(ex.out);
  for (const auto& s : doc["sources"]) ids.push_back(s["id"]);
  std::sort(ids.begin(), ids.end());
  return Join(ids, ",");
}

bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

const std::string kText =
    "The council approved the new budget on Monday. Officials said the plan raises school "
    "funding by 4 percent.\n";

std::string JsonLine(const std::string& id, const std::string& text = kText) {
  return Json{{"id", id}, {"text", text}}.dump() + "\n";
}

}  // namespace

TEST_CASE("ingest inputs: a NUL byte in a JSON id skips that article only") {
  TempDir dir;
  WriteFile(dir / "in/a.jsonl", JsonLine("a1") +
                                    R"({"id": "bad\u0000id", "text": "Some text here."})"
                                    "\n" +
                                    JsonLine("a3"));
  WriteFile(dir / "in/b.json", R"({"id": "nul\u0000", "text": "Other text."})");
  WriteFile(dir / "in/c.txt", kText);
  auto r = Ingest(dir, Quote(dir / "in"));
  CHECK(r.exit_code == 3);
  CHECK(Has(r.out, "/in/a.jsonl:2: source id \"bad\\x00id\" contains a NUL byte"));
  CHECK(Has(r.out, "/in/b.json: source id \"nul\\x00\" contains a NUL byte"));
  CHECK(StoredIds(dir) == "a1,a3,c");
}

TEST_CASE("ingest inputs: a file name that is not UTF-8 is skipped, named with escapes") {
  TempDir dir;
  WriteFile(dir / "in/caf\xE9.txt", kText);
  WriteFile(dir / "in/later.txt", kText);
  WriteFile(dir / "solo\xFF.md", kText);
  auto r = Ingest(dir, "--json " + Quote(dir / "in") + " " + Quote(dir / "solo\xFF.md"));
  CHECK(r.exit_code == 3);
  const Json rep = Json::parse(r.out);  // valid JSON although the names are not UTF-8
  REQUIRE(rep["skipped"].size() == 2);
  CHECK(Has(rep["skipped"][0]["file"], "in/caf\\xe9.txt"));
  CHECK(Has(rep["skipped"][0]["reason"], "file name is not valid UTF-8"));
  CHECK(Has(rep["skipped"][1]["file"], "solo\\xff.md"));
  CHECK(rep["articles"] == 1);
  CHECK(StoredIds(dir) == "later");
}

TEST_CASE("ingest inputs: one invalid UTF-8 line of a JSONL file skips that line only") {
  TempDir dir;
  WriteFile(dir / "x.jsonl", JsonLine("first") + "{\"id\": \"second\", \"text\": \"caf\xE9\"}\n" +
                                 JsonLine("third") + std::string("\0\n", 2) + JsonLine("fifth"));
  auto r = Ingest(dir, "--json x.jsonl");
  CHECK(r.exit_code == 3);
  const Json rep = Json::parse(r.out);
  REQUIRE(rep["skipped"].size() == 2);
  CHECK(rep["skipped"][0]["file"] == "x.jsonl");
  CHECK(rep["skipped"][0]["line"] == 2);
  CHECK(rep["skipped"][0]["reason"] == "invalid UTF-8 at byte 29 of the line");
  CHECK(rep["skipped"][1]["line"] == 4);
  CHECK(Has(rep["skipped"][1]["reason"], "NUL byte"));
  CHECK(StoredIds(dir) == "fifth,first,third");
  // Plain output names file and line too.
  TempDir again;
  WriteFile(again / "x.jsonl", test::ReadFile(dir / "x.jsonl"));
  auto plain = Ingest(again, "x.jsonl");
  CHECK(plain.exit_code == 3);
  CHECK(Has(plain.out, "x.jsonl:2: invalid UTF-8 at byte 29 of the line"));
}

TEST_CASE("ingest inputs: invalid UTF-8 in a sidecar is a skipped input, in JSON and plain") {
  TempDir dir;
  WriteFile(dir / "in/a.txt", kText);
  WriteFile(dir / "in/a.meta.json", "{\"author\": \"Jos\xE9 Ruiz\"}");
  WriteFile(dir / "in/b.txt", kText);
  auto r = Ingest(dir, "--json in");
  CHECK(r.exit_code == 3);
  const Json rep = Json::parse(r.out);
  REQUIRE(rep["skipped"].size() == 1);
  CHECK(rep["skipped"][0]["file"] == "in/a.txt");
  CHECK(rep["skipped"][0]["reason"] ==
        "metadata file a.meta.json is not valid UTF-8 (line 1, byte 15)");
  CHECK(rep["articles"] == 1);
  auto plain = Ingest(dir, "in");
  CHECK(plain.exit_code == 3);
  CHECK(Has(plain.out, "in/a.txt: metadata file a.meta.json is not valid UTF-8"));
}

TEST_CASE("ingest inputs: special files inside a folder are reported, never read") {
  TempDir dir;
  WriteFile(dir / "in/a.txt", kText);
  WriteFile(dir / "in/x.txt/b.txt", kText);  // a folder named like an article
  REQUIRE(mkfifo((dir / "in/pipe.txt").c_str(), 0644) == 0);
  std::filesystem::create_symlink("missing.txt", dir / "in/dangling.txt");
  std::filesystem::create_symlink("loop2.txt", dir / "in/loop1.txt");
  std::filesystem::create_symlink("loop1.txt", dir / "in/loop2.txt");
  std::filesystem::create_symlink("/dev/null", dir / "in/device.txt");
  std::filesystem::create_directories(dir / "elsewhere");
  WriteFile(dir / "elsewhere/c.txt", kText);
  std::filesystem::create_symlink(dir / "elsewhere", dir / "in/linked");
  const auto t0 = std::chrono::steady_clock::now();
  auto r = Ingest(dir, "in");
  CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(60));
  CHECK(r.exit_code == 3);
  CHECK(Has(r.out, "in/pipe.txt: a named pipe (FIFO) inside a folder: not read"));
  CHECK(Has(r.out, "in/dangling.txt: dangling symbolic link"));
  CHECK(Has(r.out, "in/loop1.txt: symbolic link loop"));
  CHECK(Has(r.out, "in/loop2.txt: symbolic link loop"));
  CHECK(Has(r.out, "in/device.txt: a character device inside a folder"));
  CHECK(Has(r.out, "in/linked: symbolic link to a folder: not followed"));
  CHECK(Has(r.out, "skipped 6:"));
  CHECK(StoredIds(dir) == "a,b");
}

TEST_CASE("ingest inputs: special paths named on the command line") {
  TempDir dir;
  WriteFile(dir / "ok.txt", kText);
  std::filesystem::create_directories(dir / "empty.txt");
  std::filesystem::create_symlink("nowhere.txt", dir / "dangling.txt");
  auto r = Ingest(dir, "ok.txt /dev/null empty.txt dangling.txt missing.txt");
  CHECK(r.exit_code == 3);
  CHECK(Has(r.out, "/dev/null: a character device, not an article file"));
  CHECK(Has(r.out, "empty.txt: directory holds no articles"));
  CHECK(Has(r.out, "dangling.txt: dangling symbolic link (its target does not exist)"));
  CHECK(Has(r.out, "missing.txt: no such file or directory"));
  CHECK(StoredIds(dir) == "ok");
}

TEST_CASE("ingest inputs: a pipe named on the command line is read as a stream") {
  TempDir dir;
  WriteFile(dir / "batch.jsonl", JsonLine("s1") + JsonLine("s2"));
  WriteFile(dir / "plain.txt", kText);
  // A pipe with its writer, as `ingest <(zcat x.jsonl.gz)` gives: the format is sniffed.
  auto r = RunClaimgraph("--db db ingest --quiet /dev/stdin", dir.path(),
                         "cat batch.jsonl | " + kTimeout);
  CHECK(r.exit_code == 0);
  CHECK(Has(r.out, "ingested 2 articles"));
  CHECK(StoredIds(dir) == "s1,s2");
  // --format says what the stream holds; the id comes from the pipe's name.
  auto t = RunClaimgraph("--db db ingest --quiet --format txt /dev/stdin", dir.path(),
                         "cat plain.txt | " + kTimeout);
  CHECK(t.exit_code == 0);
  CHECK(StoredIds(dir) == "s1,s2,stdin");
  // A FIFO made with mkfifo, with a writer.
  REQUIRE(mkfifo((dir / "feed.jsonl").c_str(), 0644) == 0);
  auto f = RunClaimgraph("--db db ingest --quiet feed.jsonl", dir.path(),
                         "(printf '%s' '" + JsonLine("f1") + "' > feed.jsonl &) ; " + kTimeout);
  CHECK(f.exit_code == 0);
  CHECK(StoredIds(dir) == "f1,s1,s2,stdin");
}

TEST_CASE("ingest inputs: a FIFO that nobody writes to is skipped, not waited for") {
  TempDir dir;
  WriteFile(dir / "ok.txt", kText);
  REQUIRE(mkfifo((dir / "idle.txt").c_str(), 0644) == 0);
  const auto t0 = std::chrono::steady_clock::now();
  auto r = Ingest(dir, "idle.txt ok.txt");
  CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(30));
  CHECK(r.exit_code == 3);
  CHECK(Has(r.out, "idle.txt: named pipe (FIFO): nothing wrote to it within 5 s"));
  CHECK(StoredIds(dir) == "ok");
}

TEST_CASE("ingest inputs: an article over --max-article-bytes is skipped before it is read") {
  TempDir dir;
  std::string big;
  while (big.size() < 5000) big += kText;
  WriteFile(dir / "big.txt", big);
  WriteFile(dir / "small.txt", kText);
  WriteFile(dir / "lines.jsonl", JsonLine("long", big) + JsonLine("short"));
  auto r = Ingest(dir, "--json --max-article-bytes 4096 big.txt small.txt lines.jsonl");
  CHECK(r.exit_code == 3);
  const Json rep = Json::parse(r.out);
  REQUIRE(rep["skipped"].size() == 2);
  CHECK(rep["skipped"][0]["file"] == "big.txt");
  CHECK(rep["skipped"][0]["reason"] == "the file (" + std::to_string(big.size()) +
                                           " bytes) is over the article size limit of 4096 "
                                           "bytes (--max-article-bytes)");
  CHECK(rep["skipped"][1]["file"] == "lines.jsonl");
  CHECK(rep["skipped"][1]["line"] == 1);
  CHECK(StoredIds(dir) == "short,small");
  // A stream stops at the limit too.
  TempDir s;
  WriteFile(s / "big.txt", big);
  auto st = RunClaimgraph("--db db ingest --quiet --max-article-bytes 4096 /dev/stdin", s.path(),
                          "cat big.txt | " + kTimeout);
  CHECK(st.exit_code == 3);
  CHECK(Has(st.out, "/dev/stdin: the input is over the article size limit of 4096 bytes"));
}

TEST_CASE("ingest inputs: capped articles are stored and counted, plain and JSON") {
  TempDir dir;
  std::string text;
  for (int i = 0; i < 40; ++i)
    text += "The council approved budget number " + std::to_string(i) +
            " after officials said school funding rises by " + std::to_string(i + 2) +
            " percent.\n";
  WriteFile(dir / "long.txt", text);
  auto r = Ingest(dir, "--json --max-sentences 10 --timings t.tsv long.txt");
  CHECK(r.exit_code == 0);
  const Json rep = Json::parse(r.out);
  CHECK(rep["articles"] == 1);
  CHECK(rep["capped"]["sentences_not_analysed"] == 30);
  REQUIRE(rep["capped"]["articles"].size() == 1);
  CHECK(Has(rep["capped"]["articles"][0]["reason"], "30 of 40 sentences not analysed (cap 10)"));
  CHECK(rep["statements"].get<int>() <= 10);
  const std::string timings = test::ReadFile(dir / "t.tsv");
  CHECK(StartsWith(timings, "file\tid\tbytes\tsentences\tstatements\tpairs\t"));
  CHECK(Has(timings, "long.txt\tlong\t" + std::to_string(text.size()) + "\t40\t"));
  TempDir plain;
  WriteFile(plain / "long.txt", text);
  auto p = Ingest(plain, "--max-pairs 3 long.txt");
  CHECK(p.exit_code == 0);
  CHECK(Has(p.out, "capped 1 (stored;"));
  CHECK(Has(p.out, "candidate pairs not judged (cap 3 pairs"));
  // Without caps the same article is not capped.
  TempDir uncapped;
  WriteFile(uncapped / "long.txt", text);
  auto f = Ingest(uncapped, "--json long.txt");
  CHECK(Json::parse(f.out)["capped"]["articles"].empty());
}

TEST_CASE("ingest inputs: HTML made of empty titles, '&' or '<' runs is read in linear time") {
  TempDir dir;
  std::string titles, amps, opens;
  while (titles.size() < (3u << 20)) titles += "<title></title>";
  WriteFile(dir / "titles.html", titles + "<p>The council approved the budget on Monday.</p>");
  WriteFile(dir / "amps.html", "<p>" + std::string(2u << 20, '&') + " and text.</p>");
  WriteFile(dir / "opens.html", std::string(2u << 20, '<') + ">" + "<p>Some words here.</p>");
  const auto t0 = std::chrono::steady_clock::now();
  auto r = Ingest(dir, "titles.html amps.html opens.html");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE("3 hostile HTML pages of 2-3 MB: " << seconds << " s");
  CHECK(r.exit_code != 124);
  CHECK(seconds < 60);
  CHECK(Has(r.out, "ingested"));
}

}  // namespace cg

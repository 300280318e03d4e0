// Saved queries: every queries/**/*.query file is run against corpus/ with the real
// binary, and its output must equal the expected output byte for byte. With
// CLAIMGRAPH_UPDATE_QUERIES=1 the expected outputs are rewritten instead (review the diff).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "test_util.h"

namespace cg {
namespace {

struct SavedQuery {
  std::string header;    // the "# " lines: name and description
  std::string command;   // "claimgraph ARGS"
  std::string expected;  // everything after the "----" line
};

constexpr const char* kRule = "----\n";

// Header lines start with "#"; the first other line is the command; then the rule.
bool ParseQuery(const std::string& text, SavedQuery* q, std::string* error) {
  size_t pos = 0;
  while (pos < text.size() && text[pos] == '#') {
    const size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) break;
    q->header += text.substr(pos, nl + 1 - pos);
    pos = nl + 1;
  }
  const size_t nl = text.find('\n', pos);
  if (q->header.empty() || nl == std::string::npos) {
    *error = "needs '#' header lines, a command line, a '----' line and the expected output";
    return false;
  }
  q->command = text.substr(pos, nl - pos);
  if (q->command.rfind("claimgraph ", 0) != 0) {
    *error = "the command line must start with 'claimgraph '";
    return false;
  }
  if (text.compare(nl + 1, 5, kRule) != 0) {
    *error = "the command line must be followed by a '----' line";
    return false;
  }
  q->expected = text.substr(nl + 1 + 5);
  return true;
}

}  // namespace

TEST_CASE("queries: every saved query gives its expected output byte for byte") {
  namespace fs = std::filesystem;
  const std::string root = test::SourceDir();
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(root + "/queries"))
    if (e.is_regular_file() && e.path().extension() == ".query") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 4);

  test::TempDir dir;
  const std::string db = "--db '" + dir.path() + "/db' ";
  // From the project root, so stored file names read "corpus/..." as a user's would.
  REQUIRE(test::RunClaimgraph(db + "ingest --gazetteer corpus/export-controls/gazetteer.tsv corpus",
                              root)
              .exit_code == 0);
  const char* update = std::getenv("CLAIMGRAPH_UPDATE_QUERIES");
  for (const fs::path& file : files) {
    CAPTURE(file.string());
    SavedQuery q;
    std::string error;
    REQUIRE_MESSAGE(ParseQuery(test::ReadFile(file.string()), &q, &error), error);
    const auto r =
        test::RunClaimgraph(db + q.command.substr(std::string("claimgraph ").size()), root);
    CHECK_MESSAGE(r.exit_code == 0, r.err);
    if (update != nullptr && std::string(update) == "1") {
      test::WriteFile(file.string(), q.header + q.command + "\n" + kRule + r.out);
      continue;
    }
    CHECK(r.out == q.expected);
  }
}

}  // namespace cg

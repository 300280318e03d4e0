// Helpers for tests: temporary directories, running the real binary, files.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/pipeline.h"

namespace cg::test {

// A fresh directory under the system temp dir, removed with its contents on destruction.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "claimgraph-test-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

inline void WriteFile(const std::string& path, const std::string& bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct RunResult {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// The binary the tests run: the one built beside them, or the one CLAIMGRAPH_TEST_BINARY names
// (CI runs the release tests against the ThreadSanitizer build of the binary).
inline std::string ClaimgraphBinary() {
  const char* other = std::getenv("CLAIMGRAPH_TEST_BINARY");
  return other && *other ? other : CLAIMGRAPH_BINARY;
}

// Runs the real claimgraph binary with `args` (a shell-quoted string) in `cwd`.
inline RunResult RunClaimgraph(const std::string& args, const std::string& cwd = ".",
                               const std::string& env = "") {
  static int counter = 0;
  const std::string err_file =
      std::filesystem::temp_directory_path() /
      ("claimgraph-stderr-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
  const std::string cmd = "cd '" + cwd + "' && " + env + " '" + ClaimgraphBinary() + "' " + args +
                          " 2>'" + err_file + "'";
  RunResult r;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  const int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = ReadFile(err_file);
  std::filesystem::remove(err_file);
  return r;
}

inline std::string SourceDir() { return CLAIMGRAPH_SOURCE_DIR; }

// The sample corpus's domain pack, as scripts/demo.sh and the saved queries load it.
inline std::string SamplePack() { return SourceDir() + "/corpus/export-controls/gazetteer.tsv"; }

// `ingest` of the sample corpus with its domain pack, as scripts/demo.sh runs it.
inline std::string IngestSample() {
  return "ingest --gazetteer '" + SamplePack() + "' '" + SourceDir() + "/corpus'";
}

inline std::unique_ptr<Analyzers> MakeAnalyzers(std::vector<std::string> gazetteers) {
  AnalyzerConfig c;
  c.data_dir = CLAIMGRAPH_DATA_DIR;
  c.wordnet_dir = "/usr/share/wordnet";
  c.iso_codes_dir = "/usr/share/iso-codes/json";
  c.gazetteers = std::move(gazetteers);
  auto r = Analyzers::Create(c);
  if (!r.ok()) {
    std::fprintf(stderr, "cannot build analyzers: %s\n", r.status().ToString().c_str());
    std::abort();
  }
  return std::move(*r);
}

// The shipped analyzers, as the binary builds them without a domain pack.
inline const Analyzers& SharedAnalyzers() {
  static std::unique_ptr<Analyzers> a = MakeAnalyzers({});
  return *a;
}

// The analyzers with the sample corpus's domain pack.
inline const Analyzers& SampleAnalyzers() {
  static std::unique_ptr<Analyzers> a = MakeAnalyzers({SamplePack()});
  return *a;
}

}  // namespace cg::test

// Shared CLI plumbing.
#include "cli/common.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace cg::cli {
namespace {

// The shipped data files: $CLAIMGRAPH_DATA, else the source tree's ingest/data (set at
// build time), else share/claimgraph beside the binary's prefix.
std::string DataDir() {
  if (const char* env = std::getenv("CLAIMGRAPH_DATA"); env && *env) return env;
  std::error_code ec;
  if (std::filesystem::exists(std::string(CLAIMGRAPH_DATA_DIR) + "/given_names.txt", ec))
    return CLAIMGRAPH_DATA_DIR;
  return "/usr/local/share/claimgraph";
}

std::string WordNetDir() {
  if (const char* env = std::getenv("WNSEARCHDIR"); env && *env) return env;
  return "/usr/share/wordnet";
}

// Debian's iso-codes, or CLAIMGRAPH_ISO_CODES.
std::string IsoCodesDir() {
  if (const char* env = std::getenv("CLAIMGRAPH_ISO_CODES"); env && *env) return env;
  return "/usr/share/iso-codes/json";
}

}  // namespace

Result<std::unique_ptr<Store>> Context::OpenForRead() const {
  StoreOptions o;
  o.read_only = true;
  return Store::Open(db, o);
}

Result<std::unique_ptr<Store>> Context::OpenForWrite(bool allow_other_schema) const {
  StoreOptions o;
  o.allow_other_schema = allow_other_schema;
  return Store::Open(db, o);
}

Result<std::unique_ptr<Analyzers>> Context::MakeAnalyzers() const {
  AnalyzerConfig config;
  config.data_dir = DataDir();
  config.wordnet_dir = WordNetDir();
  config.iso_codes_dir = IsoCodesDir();
  config.gazetteers = gazetteers;
  if (const char* env = std::getenv("CLAIMGRAPH_GAZETTEER"); env && *env)
    config.gazetteers.insert(config.gazetteers.begin(), env);
  return Analyzers::Create(config);
}

std::string DataPath(const std::string& file) { return DataDir() + "/" + file; }

void PrintJson(const Json& j) { std::cout << j.dump(2) << "\n"; }

std::string Fixed(double v, int digits) {
  std::ostringstream os;
  os << std::fixed << std::setprecision(digits) << v;
  return os.str();
}

Status WriteOutput(const std::string& path, const std::string& text) {
  if (path.empty()) {
    std::cout << text;
    return Status::OK();
  }
  std::ofstream out(path, std::ios::binary);
  if (!out) return Status::IOError("cannot write " + path);
  out << text;
  if (!out) return Status::IOError("writing " + path + " failed");
  return Status::OK();
}

}  // namespace cg::cli

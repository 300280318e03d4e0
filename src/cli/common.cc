// Shared CLI plumbing.
#include "cli/common.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "core/file.h"

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

namespace {

// The domain gazetteers given on the command line or in the environment, read.
Result<std::vector<std::pair<std::string, std::string>>> GivenGazetteers(
    const std::vector<std::string>& files) {
  std::vector<std::string> paths = files;
  if (const char* env = std::getenv("CLAIMGRAPH_GAZETTEER"); env && *env)
    paths.insert(paths.begin(), env);
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& p : paths) {
    auto text = ReadAll(p);
    if (!text.ok()) return text.status();
    out.emplace_back(p, std::move(*text));
  }
  return out;
}

// The analyzers, with these domain gazetteers.
Result<std::unique_ptr<Analyzers>> AnalyzersWith(
    std::vector<std::pair<std::string, std::string>> gazetteers) {
  AnalyzerConfig config;
  config.data_dir = DataDir();
  config.wordnet_dir = WordNetDir();
  config.iso_codes_dir = IsoCodesDir();
  config.gazetteer_texts = std::move(gazetteers);
  return Analyzers::Create(config);
}

}  // namespace

Result<std::unique_ptr<Analyzers>> Context::MakeAnalyzers(const Store* store) const {
  auto given = GivenGazetteers(gazetteers);
  if (!given.ok()) return given.status();
  if (given->empty() && store) {
    auto stored = StoredGazetteers(*store);
    if (!stored.ok()) return stored.status();
    return AnalyzersWith(std::move(*stored));
  }
  return AnalyzersWith(std::move(*given));
}

Result<std::unique_ptr<Analyzers>> Context::MakeWriterAnalyzers(Store* store) const {
  auto given = GivenGazetteers(gazetteers);
  if (!given.ok()) return given.status();
  if (given->empty()) return MakeAnalyzers(store);
  Json list = Json::array();
  for (const auto& [file, text] : *given) list.push_back({{"file", file}, {"text", text}});
  auto analyzers = AnalyzersWith(std::move(*given));
  if (!analyzers.ok()) return analyzers;
  CG_RETURN_IF_ERROR(store->PutGazetteers(list.dump()));
  return analyzers;
}

Result<std::vector<std::pair<std::string, std::string>>> StoredGazetteers(const Store& store) {
  auto json = store.GetGazetteers();
  if (!json.ok()) return json.status();
  std::vector<std::pair<std::string, std::string>> out;
  if (json->empty()) return out;
  const Json doc = Json::parse(*json, nullptr, false);
  if (!doc.is_array()) return Status::Corruption("the database's gazetteers record is not a list");
  for (const auto& g : doc) {
    if (!g.is_object() || !g.contains("file") || !g.contains("text") || !g["file"].is_string() ||
        !g["text"].is_string())
      return Status::Corruption(
          "the database's gazetteers record has an entry without file and text");
    out.emplace_back(g["file"].get<std::string>(), g["text"].get<std::string>());
  }
  return out;
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

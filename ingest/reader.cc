// Input reading. Tested by tests/ingest/reader_test.cc and tests/cli/cli_test.cc.
#include "ingest/reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/text.h"

namespace cg {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kSidecarSuffix = ".meta.json";

std::string Extension(const fs::path& p) { return ToLower(p.extension().string()); }

bool IsArticleExtension(const std::string& ext) {
  return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm" ||
         ext == ".json" || ext == ".jsonl" || ext == ".pdf";
}

// Folder files that describe the folder rather than hold an article.
bool IsFolderMetadata(const fs::path& p) {
  const std::string name = ToLower(p.filename().string());
  return EndsWith(name, std::string(kSidecarSuffix)) || StartsWith(name, "readme") ||
         StartsWith(name, "manifest") || StartsWith(name, "license") ||
         StartsWith(name, "licence") || StartsWith(name, ".");
}

Result<std::string> ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return Status::IOError("cannot read file");
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IOError("read failed");
  return ss.str();
}

// Source ids: what the input gives, else the file name without its extension, with
// characters outside [A-Za-z0-9._-] replaced by '-'.
std::string IdFromFileName(const fs::path& p) {
  std::string stem = p.stem().string();
  for (char& c : stem)
    if (!(IsAsciiAlnum(c) || c == '.' || c == '_' || c == '-')) c = '-';
  return stem.empty() ? "source" : stem;
}

std::string JsonString(const nlohmann::json& j, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = j.find(k);
    if (it == j.end() || it->is_null()) continue;
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<long long>());
  }
  return "";
}

void ApplyMetadata(const nlohmann::json& j, RawArticle* a) {
  if (auto v = JsonString(j, {"id"}); !v.empty()) a->id = v;
  if (auto v = JsonString(j, {"title", "headline"}); !v.empty()) a->title = v;
  if (auto v = JsonString(j, {"outlet", "publisher", "site"}); !v.empty()) a->outlet = v;
  if (auto v = JsonString(j, {"author", "byline"}); !v.empty()) a->author = v;
  if (auto v = JsonString(j, {"url", "link"}); !v.empty()) a->url = v;
  if (auto v = JsonString(j, {"published", "date", "published_at"}); !v.empty()) a->published = v;
}

std::string ParseErrorMessage(const nlohmann::json::exception& e) { return e.what(); }

void ReadOne(const fs::path& disk, const std::string& display, ReadResult* out) {
  const std::string ext = Extension(disk);
  auto issue = [&](std::string msg, size_t line = 0) {
    out->skipped.push_back(InputIssue{display, line, std::move(msg)});
  };
  if (!IsArticleExtension(ext)) {
    issue("not an article format (expected .txt, .md, .html, .json, .jsonl or .pdf)");
    return;
  }
  RawArticle base;
  base.file = display;
  base.id = IdFromFileName(disk);
  // Sidecar metadata: "NAME.EXT.meta.json" or "NAME.meta.json".
  for (const fs::path& side :
       {fs::path(disk.string() + std::string(kSidecarSuffix)),
        disk.parent_path() / (disk.stem().string() + std::string(kSidecarSuffix))}) {
    std::error_code ec;
    if (!fs::is_regular_file(side, ec)) continue;
    auto bytes = ReadFile(side);
    if (!bytes.ok()) {
      issue("cannot read its metadata file " + side.filename().string());
      return;
    }
    if (auto bad = ApplySidecar(*bytes, &base); !bad.empty()) {
      issue("metadata file " + side.filename().string() + " is not valid JSON: " + bad);
      return;
    }
    break;
  }

  if (ext == ".pdf") {
    auto bytes = ReadFile(disk);
    if (!bytes.ok()) return issue(bytes.status().message());
    RawArticle a = base;
    if (auto bad = ReadPdf(*bytes, &a); !bad.empty()) return issue(bad);
    out->articles.push_back(std::move(a));
    return;
  }

  auto bytes = ReadFile(disk);
  if (!bytes.ok()) return issue(bytes.status().message());
  if (bytes->find('\0') != std::string::npos) return issue("binary file (it contains NUL bytes)");
  if (auto bad = FindInvalidUtf8(*bytes))
    return issue("invalid UTF-8 at byte " + std::to_string(*bad));

  if (ext == ".json" || ext == ".jsonl") {
    std::vector<InputIssue> issues;
    auto arts = ParseJsonArticles(*bytes, display, ext == ".jsonl", &issues);
    for (auto& a : arts) {
      if (a.title.empty()) a.title = base.title;
      out->articles.push_back(std::move(a));
    }
    for (auto& i : issues) out->skipped.push_back(std::move(i));
    return;
  }
  RawArticle a = base;
  if (ext == ".html" || ext == ".htm") {
    HtmlDocument h = ExtractHtml(*bytes);
    a.format = "html";
    a.text = std::move(h.text);
    if (a.title.empty()) a.title = h.title;
    if (a.author.empty()) a.author = h.author;
    if (a.outlet.empty()) a.outlet = h.outlet;
    if (a.url.empty()) a.url = h.url;
    if (a.published.empty()) a.published = h.published;
  } else {
    a.format = ext == ".txt" ? "txt" : "md";
    a.text = std::move(*bytes);
  }
  if (auto bad = CheckArticleText(a.text); !bad.empty()) return issue(bad);
  out->articles.push_back(std::move(a));
}

}  // namespace

std::string InputIssue::ToString() const {
  return file + (line ? ":" + std::to_string(line) : "") + ": " + message;
}

std::string CheckArticleText(std::string_view text) {
  if (text.find('\0') != std::string_view::npos) return "binary content (NUL bytes)";
  if (auto bad = FindInvalidUtf8(text)) return "invalid UTF-8 at byte " + std::to_string(*bad);
  if (Trim(text).empty()) return "empty article (no text)";
  return "";
}

std::string ApplySidecar(std::string_view bytes, RawArticle* a) {
  try {
    ApplyMetadata(nlohmann::json::parse(bytes), a);
  } catch (const nlohmann::json::exception& e) {
    return ParseErrorMessage(e);
  }
  return "";
}

std::string ReadPdf(std::string_view bytes, RawArticle* a) {
  if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max()))
    return "PDF is larger than 2 GiB";
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return "not a readable PDF";
  if (doc->is_locked()) return "PDF is encrypted";
  a->format = "pdf";
  a->text.clear();
  for (int p = 0; p < doc->pages(); ++p) {
    std::unique_ptr<poppler::page> page(doc->create_page(p));
    if (!page) continue;
    const auto text = page->text().to_utf8();
    if (!a->text.empty()) a->text += "\n\n";
    a->text.append(text.begin(), text.end());
  }
  a->text.erase(std::remove(a->text.begin(), a->text.end(), '\f'), a->text.end());
  if (a->title.empty()) {
    const auto t = doc->info_key("Title").to_utf8();
    a->title.assign(t.begin(), t.end());
  }
  if (a->author.empty()) {
    const auto t = doc->info_key("Author").to_utf8();
    a->author.assign(t.begin(), t.end());
  }
  return CheckArticleText(a->text);
}

std::vector<RawArticle> ParseJsonArticles(std::string_view bytes, const std::string& file,
                                          bool jsonl, std::vector<InputIssue>* issues) {
  std::vector<RawArticle> out;
  const std::string stem = IdFromFileName(fs::path(file));
  auto one = [&](const nlohmann::json& j, size_t line) {
    if (!j.is_object()) {
      issues->push_back({file, line, "expected a JSON object with a \"text\" field"});
      return;
    }
    RawArticle a;
    a.file = file;
    a.format = jsonl ? "jsonl" : "json";
    a.id = jsonl ? stem + "-" + std::to_string(line) : stem;
    ApplyMetadata(j, &a);
    auto it = j.find("text");
    if (it == j.end() || !it->is_string()) {
      it = j.find("body");
      if (it == j.end() || !it->is_string()) {
        issues->push_back({file, line, "missing \"text\" (a string)"});
        return;
      }
    }
    a.text = it->get<std::string>();
    if (auto bad = CheckArticleText(a.text); !bad.empty()) {
      issues->push_back({file, line, bad});
      return;
    }
    out.push_back(std::move(a));
  };
  if (jsonl) {
    size_t line_no = 0;
    for (std::string_view line : Split(bytes, '\n')) {
      ++line_no;
      if (Trim(line).empty()) continue;
      try {
        one(nlohmann::json::parse(line), line_no);
      } catch (const nlohmann::json::exception& e) {
        issues->push_back({file, line_no, "malformed JSON: " + ParseErrorMessage(e)});
      }
    }
    return out;
  }
  try {
    const auto j = nlohmann::json::parse(bytes);
    if (j.is_array()) {
      size_t k = 0;
      for (const auto& item : j) {
        ++k;
        const size_t before = out.size();
        one(item, 0);
        if (out.size() > before && !item.contains("id"))
          out.back().id = stem + "-" + std::to_string(k);
      }
    } else {
      one(j, 0);
    }
  } catch (const nlohmann::json::exception& e) {
    issues->push_back({file, 0, "malformed JSON: " + ParseErrorMessage(e)});
  }
  return out;
}

ReadResult ReadInputs(const std::vector<std::string>& paths) {
  ReadResult out;
  for (const std::string& named : paths) {
    std::error_code ec;
    const fs::path p(named);
    if (!fs::exists(p, ec)) {
      out.skipped.push_back({named, 0, "no such file or directory"});
      continue;
    }
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(
               p, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        if (it->is_regular_file(ec)) files.push_back(it->path());
      }
      std::sort(files.begin(), files.end());
      size_t articles = 0;
      for (const auto& f : files) {
        if (IsFolderMetadata(f) || !IsArticleExtension(Extension(f))) {
          ++out.ignored_files;
          continue;
        }
        ++articles;
        const std::string display =
            (fs::path(named) / fs::relative(f, p, ec)).lexically_normal().string();
        ReadOne(f, display, &out);
      }
      if (articles == 0)
        out.skipped.push_back(
            {named, 0, "directory holds no articles (.txt, .md, .html, .json, .jsonl, .pdf)"});
      continue;
    }
    ReadOne(p, fs::path(named).lexically_normal().string(), &out);
  }
  return out;
}

}  // namespace cg

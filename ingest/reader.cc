// Input reading. Tested by tests/ingest/reader_test.cc and tests/cli/cli_test.cc.
#include "ingest/reader.h"

#include <fcntl.h>
#include <poll.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>

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

std::string SizeText(size_t bytes) { return std::to_string(bytes) + " bytes"; }

std::string OverLimit(const std::string& what, size_t limit) {
  return what + " is over the article size limit of " + SizeText(limit) + " (--max-article-bytes)";
}

// The 1-based line of byte `pos` in `bytes`.
size_t LineOf(std::string_view bytes, size_t pos) {
  return 1 + static_cast<size_t>(std::count(bytes.begin(), bytes.begin() + pos, '\n'));
}

// Reads a file descriptor in chunks: whole (up to a limit) or a line at a time.
class FdReader {
 public:
  explicit FdReader(int fd) : fd_(fd) {}
  ~FdReader() {
    if (fd_ >= 0) close(fd_);
  }
  FdReader(const FdReader&) = delete;
  FdReader& operator=(const FdReader&) = delete;

  // Everything left, or nothing and *over when it holds more than `limit` bytes.
  Status ReadAll(size_t limit, std::string* out, bool* over) {
    *over = false;
    while (!eof_ && buf_.size() - pos_ <= limit) CG_RETURN_IF_ERROR(Fill());
    if (buf_.size() - pos_ > limit) {
      *over = true;
      return Status::OK();
    }
    if (pos_ == 0)
      out->swap(buf_);
    else
      out->assign(buf_, pos_);
    buf_.clear();
    pos_ = 0;
    return Status::OK();
  }

  // The next line without its '\n'; false at the end. A line longer than `limit` is read
  // past and returned empty with *over set.
  Result<bool> NextLine(size_t limit, std::string* line, bool* over) {
    *over = false;
    line->clear();
    size_t scanned = pos_;
    for (;;) {
      const size_t nl = buf_.find('\n', scanned);
      if (nl != std::string::npos) {
        if (!*over) line->assign(buf_, pos_, nl - pos_);
        if (nl - pos_ > limit) *over = true;
        if (*over) line->clear();
        pos_ = nl + 1;
        Compact();
        return true;
      }
      if (buf_.size() - pos_ > limit) {  // drop what is read of an overlong line
        *over = true;
        buf_.clear();
        pos_ = 0;
      }
      scanned = buf_.size();
      if (eof_) {
        if (pos_ == buf_.size() && !*over) return false;
        if (!*over) line->assign(buf_, pos_);
        buf_.clear();
        pos_ = 0;
        return true;
      }
      CG_RETURN_IF_ERROR(Fill());
    }
  }

  // The first bytes (at most `n`), left to be read again.
  Result<std::string_view> Peek(size_t n) {
    while (!eof_ && buf_.size() - pos_ < n) CG_RETURN_IF_ERROR(Fill());
    return std::string_view(buf_).substr(pos_, n);
  }

 private:
  static constexpr size_t kChunk = size_t{1} << 20;

  Status Fill() {
    const size_t old = buf_.size();
    buf_.resize(old + kChunk);
    ssize_t n;
    do {
      n = read(fd_, buf_.data() + old, kChunk);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
      buf_.resize(old);
      return Status::IOError(std::string("read failed: ") + std::strerror(errno));
    }
    buf_.resize(old + static_cast<size_t>(n));
    if (n == 0) eof_ = true;
    return Status::OK();
  }
  void Compact() {
    if (pos_ > kChunk) {
      buf_.erase(0, pos_);
      pos_ = 0;
    }
  }

  int fd_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
};

// Why a path that stat() rejects cannot be read.
std::string StatFailure(const std::string& path, int err) {
  struct stat ls;
  if (err == ENOENT && lstat(path.c_str(), &ls) == 0 && S_ISLNK(ls.st_mode))
    return "dangling symbolic link (its target does not exist)";
  if (err == ELOOP) return "symbolic link loop (too many levels of symbolic links)";
  if (err == ENOENT) return "no such file or directory";
  if (err == EACCES) return "permission denied";
  return std::strerror(err);
}

// What a file that is neither a regular file nor a folder is.
std::string SpecialKind(mode_t mode) {
  if (S_ISFIFO(mode)) return "named pipe (FIFO)";
  if (S_ISCHR(mode)) return "character device";
  if (S_ISBLK(mode)) return "block device";
  if (S_ISSOCK(mode)) return "socket";
  return "special file";
}

// A format from the first bytes of a stream: PDF, HTML, JSON or JSONL, else text.
std::string SniffFormat(std::string_view head) {
  if (StartsWith(head, "%PDF-")) return "pdf";
  const std::string_view t = Trim(head);
  if (t.empty()) return "txt";
  if (t[0] == '<') return "html";
  if (t[0] == '[') return "json";
  if (t[0] == '{') {
    // One object a line is JSONL; an object spread over lines is JSON.
    const size_t nl = t.find('\n');
    const std::string_view first = Trim(t.substr(0, nl));
    if (nl == std::string_view::npos && first.size() == head.size()) return "jsonl";
    return nlohmann::json::accept(first) ? "jsonl" : "json";
  }
  return "txt";
}

std::string FormatOfExtension(const std::string& ext) {
  if (ext == ".txt") return "txt";
  if (ext == ".md" || ext == ".markdown") return "md";
  if (ext == ".html" || ext == ".htm") return "html";
  if (ext == ".json") return "json";
  if (ext == ".jsonl") return "jsonl";
  if (ext == ".pdf") return "pdf";
  return "";
}

// One JSON article object. `fallback_id` is used when the object has no id; `where` ("",
// or "item 3: " in an array) starts each message.
void ParseJsonObject(const nlohmann::json& j, const std::string& file, bool jsonl,
                     const std::string& fallback_id, size_t line, const std::string& where,
                     std::vector<RawArticle>* out, std::vector<InputIssue>* issues) {
  if (!j.is_object()) {
    issues->push_back({file, line, where + "expected a JSON object with a \"text\" field"});
    return;
  }
  RawArticle a;
  a.file = file;
  a.format = jsonl ? "jsonl" : "json";
  a.id = fallback_id;
  ApplyMetadata(j, &a);
  if (auto bad = CheckSourceId(a.id); !bad.empty()) {
    issues->push_back({file, line, where + bad});
    return;
  }
  auto it = j.find("text");
  if (it == j.end() || !it->is_string()) {
    it = j.find("body");
    if (it == j.end() || !it->is_string()) {
      issues->push_back({file, line, where + "missing \"text\" (a string)"});
      return;
    }
  }
  a.text = it->get<std::string>();
  if (auto bad = CheckArticleText(a.text); !bad.empty()) {
    issues->push_back({file, line, where + bad});
    return;
  }
  out->push_back(std::move(a));
}

// One line of a JSONL file: an article, an issue, or nothing (a blank line).
void ParseJsonLine(std::string_view line, const std::string& file, const std::string& stem,
                   size_t line_no, std::vector<RawArticle>* out, std::vector<InputIssue>* issues) {
  if (Trim(line).empty()) return;
  if (auto nul = line.find('\0'); nul != std::string_view::npos) {
    issues->push_back(
        {file, line_no, "NUL byte at byte " + std::to_string(nul) + " of the line (binary data)"});
    return;
  }
  if (auto bad = FindInvalidUtf8(line)) {
    issues->push_back(
        {file, line_no, "invalid UTF-8 at byte " + std::to_string(*bad) + " of the line"});
    return;
  }
  try {
    ParseJsonObject(nlohmann::json::parse(line), file, true, stem + "-" + std::to_string(line_no),
                    line_no, "", out, issues);
  } catch (const nlohmann::json::exception& e) {
    issues->push_back({file, line_no, "malformed JSON: " + ParseErrorMessage(e)});
  }
}

class InputReader {
 public:
  InputReader(const ReadOptions& options, ReadResult* out) : opt_(options), out_(out) {}

  void ReadNamed(const std::string& named) {
    const std::string display = fs::path(named).lexically_normal().string();
    struct stat st;
    if (stat(named.c_str(), &st) != 0) return Issue(display, StatFailure(named, errno));
    if (S_ISDIR(st.st_mode)) return ReadFolder(named);
    if (S_ISREG(st.st_mode)) return ReadFile(named, display);
    if (S_ISFIFO(st.st_mode)) return ReadStream(named, display);
    Issue(display, "a " + SpecialKind(st.st_mode) + ", not an article file");
  }

 private:
  void Issue(const std::string& file, std::string message, size_t line = 0) {
    out_->skipped.push_back(InputIssue{file, line, std::move(message)});
  }

  // Every file under `root`, sorted; special files and links that cannot be followed are
  // reported, never read.
  void ReadFolder(const std::string& named) {
    std::vector<fs::path> files;
    Walk(fs::path(named), &files);
    std::sort(files.begin(), files.end());
    size_t articles = 0;
    for (const auto& f : files) {
      if (IsFolderMetadata(f) || !IsArticleExtension(Extension(f))) {
        ++out_->ignored_files;
        continue;
      }
      ++articles;
      std::error_code ec;
      const std::string display =
          (fs::path(named) / fs::relative(f, fs::path(named), ec)).lexically_normal().string();
      ReadFile(f.string(), display);
    }
    if (articles == 0)
      Issue(fs::path(named).lexically_normal().string(),
            "directory holds no articles (.txt, .md, .html, .json, .jsonl, .pdf)");
  }

  void Walk(const fs::path& dir, std::vector<fs::path>* files) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    if (ec) return Issue(dir.lexically_normal().string(), "cannot list folder: " + ec.message());
    std::vector<fs::path> entries;
    for (; it != end; it.increment(ec)) {
      if (ec) {
        Issue(dir.lexically_normal().string(), "cannot list folder: " + ec.message());
        break;
      }
      entries.push_back(it->path());
    }
    std::sort(entries.begin(), entries.end());
    for (const fs::path& p : entries) {
      const std::string path = p.string();
      const std::string display = p.lexically_normal().string();
      struct stat ls, st;
      if (lstat(path.c_str(), &ls) != 0) {
        Issue(display, StatFailure(path, errno));
        continue;
      }
      if (S_ISDIR(ls.st_mode)) {
        Walk(p, files);
        continue;
      }
      if (stat(path.c_str(), &st) != 0) {
        Issue(display, StatFailure(path, errno));
        continue;
      }
      if (S_ISREG(st.st_mode)) {
        files->push_back(p);
      } else if (S_ISDIR(st.st_mode)) {
        Issue(display, "symbolic link to a folder: not followed inside a folder");
      } else {
        Issue(display, "a " + SpecialKind(st.st_mode) +
                           " inside a folder: not read (only regular files are)");
      }
    }
  }

  // Metadata shared by every article of one input: the id from the file name, a sidecar.
  // False (with an issue) when the file cannot be used.
  bool BaseArticle(const fs::path& disk, const std::string& display, RawArticle* base) {
    base->file = display;
    base->id = IdFromFileName(disk);
    // Sidecar metadata: "NAME.EXT.meta.json" or "NAME.meta.json".
    for (const fs::path& side :
         {fs::path(disk.string() + std::string(kSidecarSuffix)),
          disk.parent_path() / (disk.stem().string() + std::string(kSidecarSuffix))}) {
      std::error_code ec;
      if (!fs::is_regular_file(side, ec)) continue;
      const std::string name = "metadata file " + side.filename().string();
      std::string bytes;
      bool over = false;
      Status s = ReadWhole(side.string(), opt_.max_article_bytes, &bytes, &over);
      if (!s.ok()) return Issue(display, "cannot read its " + name + ": " + s.message()), false;
      if (over) return Issue(display, OverLimit(name, opt_.max_article_bytes)), false;
      if (auto bad = FindInvalidUtf8(bytes))
        return Issue(display, name + " is not valid UTF-8 (line " +
                                  std::to_string(LineOf(bytes, *bad)) + ", byte " +
                                  std::to_string(*bad) + ")"),
               false;
      if (auto bad = ApplySidecar(bytes, base); !bad.empty())
        return Issue(display, name + " is not valid JSON: " + bad), false;
      if (auto bad = CheckSourceId(base->id); !bad.empty())
        return Issue(display, name + ": " + bad), false;
      break;
    }
    return true;
  }

  // Opens without blocking (a path that turned into a pipe must not hang the run) and
  // reads the whole file, unless it is larger than `limit`.
  static Status ReadWhole(const std::string& path, size_t limit, std::string* bytes, bool* over) {
    const int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return Status::IOError(std::strerror(errno));
    FdReader in(fd);
    struct stat st;
    if (fstat(fd, &st) != 0) return Status::IOError(std::strerror(errno));
    if (!S_ISREG(st.st_mode)) return Status::IOError("not a regular file");
    *over = static_cast<size_t>(st.st_size) > limit;
    if (*over) return Status::OK();
    return in.ReadAll(limit, bytes, over);
  }

  void ReadFile(const std::string& path, const std::string& display) {
    if (FindInvalidUtf8(display))
      return Issue(EscapeForMessage(display),
                   "file name is not valid UTF-8: rename the file (sources keep their file "
                   "names as UTF-8 text)");
    const fs::path disk(path);
    const std::string ext = Extension(disk);
    const std::string format = FormatOfExtension(ext);
    if (format.empty())
      return Issue(display,
                   "not an article format (expected .txt, .md, .html, .json, .jsonl or .pdf)");
    RawArticle base;
    if (!BaseArticle(disk, display, &base)) return;
    const int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return Issue(display, std::string("cannot open: ") + std::strerror(errno));
    FdReader in(fd);
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
      return Issue(display, "not a regular file any more");
    const size_t size = static_cast<size_t>(st.st_size);
    if (format != "jsonl" && size > opt_.max_article_bytes)
      return Issue(display, OverLimit("the file (" + SizeText(size) + ")", opt_.max_article_bytes));
    ReadContent(&in, format, base, display, disk);
  }

  void ReadStream(const std::string& path, const std::string& display) {
    if (FindInvalidUtf8(display))
      return Issue(EscapeForMessage(display), "file name is not valid UTF-8: rename it");
    const int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return Issue(display, std::string("cannot open: ") + std::strerror(errno));
    FdReader in(fd);
    // A pipe of a process (<(...), /dev/stdin) has its writer; one made with mkfifo may
    // have none yet, and opening it blocking would wait for ever.
    const bool has_writer =
        StartsWith(path, "/dev/fd/") || StartsWith(path, "/proc/self/fd/") || path == "/dev/stdin";
    pollfd pfd{fd, POLLIN, 0};
    int ready;
    do {
      ready = poll(&pfd, 1, has_writer ? -1 : opt_.fifo_wait_ms);
    } while (ready < 0 && errno == EINTR);
    if (ready == 0)
      return Issue(display, "named pipe (FIFO): nothing wrote to it within " +
                                std::to_string(opt_.fifo_wait_ms / 1000) + " s");
    if (ready < 0) return Issue(display, std::string("cannot wait for it: ") + strerror(errno));
    const int flags = fcntl(fd, F_GETFL);
    if (flags >= 0) fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    const fs::path disk(path);
    std::string format = opt_.stream_format;
    if (format.empty()) format = FormatOfExtension(Extension(disk));
    if (format.empty()) {
      auto head = in.Peek(64 << 10);
      if (!head.ok()) return Issue(display, head.status().message());
      format = SniffFormat(*head);
    }
    RawArticle base;
    base.file = display;
    base.id = IdFromFileName(disk);
    ReadContent(&in, format, base, display, disk);
  }

  void ReadContent(FdReader* in, const std::string& format, const RawArticle& base,
                   const std::string& display, const fs::path& disk) {
    const size_t limit = opt_.max_article_bytes;
    if (format == "jsonl") return ReadJsonLines(in, base, display);
    std::string bytes;
    bool over = false;
    if (Status s = in->ReadAll(limit, &bytes, &over); !s.ok())
      return Issue(display, "cannot read: " + s.message());
    if (over) return Issue(display, OverLimit("the input", limit));
    if (format == "pdf") return AddPdf(bytes, base, display);
    if (auto nul = bytes.find('\0'); nul != std::string::npos)
      return Issue(display, "binary file (it contains NUL bytes, first at byte " +
                                std::to_string(nul) + ", line " +
                                std::to_string(LineOf(bytes, nul)) + ")");
    if (auto bad = FindInvalidUtf8(bytes))
      return Issue(display, "invalid UTF-8 at byte " + std::to_string(*bad) + " (line " +
                                std::to_string(LineOf(bytes, *bad)) + ")");
    if (format == "json") {
      std::vector<InputIssue> issues;
      auto arts = ParseJsonArticles(bytes, display, false, &issues);
      for (auto& a : arts) {
        if (a.title.empty()) a.title = base.title;
        out_->articles.push_back(std::move(a));
      }
      for (auto& i : issues) out_->skipped.push_back(std::move(i));
      return;
    }
    (void)disk;
    RawArticle a = base;
    if (format == "html") {
      HtmlDocument h = ExtractHtml(bytes);
      a.format = "html";
      a.text = std::move(h.text);
      if (a.title.empty()) a.title = h.title;
      if (a.author.empty()) a.author = h.author;
      if (a.outlet.empty()) a.outlet = h.outlet;
      if (a.url.empty()) a.url = h.url;
      if (a.published.empty()) a.published = h.published;
    } else {
      a.format = format == "txt" ? "txt" : "md";
      a.text = std::move(bytes);
    }
    if (auto bad = CheckArticleText(a.text); !bad.empty()) return Issue(display, bad);
    out_->articles.push_back(std::move(a));
  }

  void ReadJsonLines(FdReader* in, const RawArticle& base, const std::string& display) {
    const std::string stem = IdFromFileName(fs::path(display));
    std::string line;
    size_t line_no = 0;
    for (;;) {
      bool over = false;
      auto more = in->NextLine(opt_.max_article_bytes, &line, &over);
      if (!more.ok()) return Issue(display, "cannot read: " + more.status().message(), line_no);
      if (!*more) return;
      ++line_no;
      if (over) {
        Issue(display, OverLimit("the line", opt_.max_article_bytes), line_no);
        continue;
      }
      std::vector<InputIssue> issues;
      std::vector<RawArticle> arts;
      ParseJsonLine(line, display, stem, line_no, &arts, &out_->skipped);
      for (auto& a : arts) {
        if (a.title.empty()) a.title = base.title;
        out_->articles.push_back(std::move(a));
      }
    }
  }

  void AddPdf(const std::string& bytes, const RawArticle& base, const std::string& display) {
    RawArticle a = base;
    if (auto bad = ReadPdf(bytes, &a, opt_.max_article_bytes); !bad.empty())
      return Issue(display, bad);
    out_->articles.push_back(std::move(a));
  }

  const ReadOptions& opt_;
  ReadResult* out_;
};
}  // namespace

std::string InputIssue::ToString() const {
  return file + (line ? ":" + std::to_string(line) : "") + ": " + message;
}

std::string ApplySidecar(std::string_view bytes, RawArticle* a) {
  try {
    ApplyMetadata(nlohmann::json::parse(bytes), a);
  } catch (const nlohmann::json::exception& e) {
    return ParseErrorMessage(e);
  }
  return "";
}

std::string ReadPdf(std::string_view bytes, RawArticle* a, size_t max_text_bytes) {
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
    if (a->text.size() > max_text_bytes) return OverLimit("the PDF's text", max_text_bytes);
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
  if (FindInvalidUtf8(a->title)) a->title.clear();
  if (FindInvalidUtf8(a->author)) a->author.clear();
  return CheckArticleText(a->text);
}

std::string CheckArticleText(std::string_view text) {
  if (text.find('\0') != std::string_view::npos) return "binary content (NUL bytes)";
  if (auto bad = FindInvalidUtf8(text)) return "invalid UTF-8 at byte " + std::to_string(*bad);
  if (Trim(text).empty()) return "empty article (no text)";
  return "";
}

std::string EscapeForMessage(std::string_view s) { return TerminalSafe(s); }

std::string CheckSourceId(std::string_view id) {
  if (id.empty()) return "source id is empty";
  if (id.find('\0') != std::string_view::npos)
    return "source id \"" + EscapeForMessage(id) + "\" contains a NUL byte";
  if (FindInvalidUtf8(id)) return "source id \"" + EscapeForMessage(id) + "\" is not valid UTF-8";
  for (char c : id)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
      return "source id \"" + EscapeForMessage(id) + "\" contains a control character";
  if (id.size() > 1024) return "source id is longer than 1024 bytes";
  return "";
}

std::vector<RawArticle> ParseJsonArticles(std::string_view bytes, const std::string& file,
                                          bool jsonl, std::vector<InputIssue>* issues) {
  std::vector<RawArticle> out;
  const std::string stem = IdFromFileName(fs::path(file));
  if (jsonl) {
    size_t line_no = 0;
    for (std::string_view line : Split(bytes, '\n'))
      ParseJsonLine(line, file, stem, ++line_no, &out, issues);
    return out;
  }
  try {
    const auto j = nlohmann::json::parse(bytes);
    if (j.is_array()) {
      size_t k = 0;
      for (const auto& item : j) {
        ++k;
        ParseJsonObject(item, file, false, stem + "-" + std::to_string(k), 0,
                        "item " + std::to_string(k) + ": ", &out, issues);
      }
    } else {
      ParseJsonObject(j, file, false, stem, 0, "", &out, issues);
    }
  } catch (const nlohmann::json::exception& e) {
    issues->push_back({file, 0, "malformed JSON: " + ParseErrorMessage(e)});
  }
  return out;
}

ReadResult ReadInputs(const std::vector<std::string>& paths, const ReadOptions& options) {
  ReadResult out;
  InputReader reader(options, &out);
  for (const std::string& named : paths) reader.ReadNamed(named);
  // Messages quote file names and parser errors: keep them printable and valid JSON.
  for (InputIssue& i : out.skipped) {
    i.file = EscapeForMessage(i.file);
    i.message = EscapeForMessage(i.message);
  }
  return out;
}

}  // namespace cg

// Store over RocksDB: one column family per record kind (schema/keys.md), one WriteBatch
// per article so an article is stored whole or not at all.
//
// Replacing an article deletes exactly what its previous version wrote: its statements
// (a prefix scan), its mentions (one prefix per entity listed in the old source record),
// its postings (the terms listed under the source's 'S' key) and its content-hash key.
// Entity records are shared; one is deleted when the last source mentioning it goes.
// Aggregate counts (meta "stats") are adjusted in the same batch, so they are sums over
// stored sources whatever the order of ingestion.
#include "storage/store.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <set>
#include <thread>
#include <tuple>

#include "storage/store_internal.h"

namespace cg {
const std::vector<std::string> kFamilies = {rocksdb::kDefaultColumnFamilyName,
                                            keys::kMeta,
                                            keys::kSources,
                                            keys::kSourceText,
                                            keys::kStatements,
                                            keys::kEntities,
                                            keys::kMentions,
                                            keys::kPostings,
                                            keys::kContentHashes,
                                            keys::kEdges,
                                            keys::kCorrections};

Status FromRocks(const rocksdb::Status& s, const std::string& what) {
  if (s.ok()) return Status::OK();
  if (s.IsNotFound()) return Status::NotFound(what);
  if (s.IsCorruption()) return Status::Corruption(what + ": " + s.ToString());
  if (s.IsNotSupported()) return Status::NotSupported(what + ": " + s.ToString());
  if (s.IsInvalidArgument()) return Status::InvalidArgument(what + ": " + s.ToString());
  return Status::IOError(what + ": " + s.ToString());
}

Store::Store(std::string path, std::unique_ptr<Impl> impl, uint32_t schema_version)
    : path_(std::move(path)), impl_(std::move(impl)), schema_version_(schema_version) {}
Store::~Store() = default;

namespace {

namespace fs = std::filesystem;

// Files RocksDB keeps in a database folder. A folder holding one of them but no CURRENT
// is a damaged database, never a place to create a new one.
bool LooksLikeRocksFile(const std::string& name) {
  return name.starts_with("MANIFEST-") || name.starts_with("OPTIONS-") || name == "IDENTITY" ||
         name.ends_with(".sst") || name.ends_with(".log") || name == "LOCK";
}

// Whether `path` may be opened: a database (CURRENT present), or, for a writer, a folder
// that does not exist yet or is empty. Sets *exists when CURRENT is there.
Status CheckFolder(const std::string& path, const StoreOptions& options, bool* exists) {
  std::error_code ec;
  *exists = fs::exists(fs::path(path) / "CURRENT", ec);
  if (fs::exists(path, ec) && !fs::is_directory(path, ec))
    return Status::InvalidArgument(path + " is a file, not a database directory");
  if (*exists) return Status::OK();
  std::vector<std::string> rocks, other;
  if (fs::is_directory(path, ec))
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      const std::string name = entry.path().filename().string();
      (LooksLikeRocksFile(name) ? rocks : other).push_back(name);
    }
  if (!rocks.empty())
    return Status::Corruption("database " + path + " is damaged: its CURRENT file is missing (" +
                              std::to_string(rocks.size()) +
                              " database files are there); claimgraph does not open or "
                              "overwrite it. Restore CURRENT from a backup");
  if (options.read_only || !options.create_if_missing)
    return Status::NotFound("no claimgraph database at " + path +
                            " (run `claimgraph ingest PATH...` first, or pass --db)");
  if (!other.empty())
    return Status::InvalidArgument(path + " is a folder that holds other files (" + other[0] +
                                   "), not a claimgraph database: pass --db with a new or "
                                   "empty folder");
  return Status::OK();
}

// The writer's lock: flock on the database folder itself. RocksDB's own LOCK file can be
// deleted under a running writer, after which a second writer would lock a new file; a
// folder cannot be replaced while a process holds it open. Returns the descriptor.
Result<int> LockFolder(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0)
    return Status::IOError("opening database folder " + path + ": " + std::strerror(errno));
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    ::close(fd);
    if (err == EWOULDBLOCK)
      return Status::IOError("database " + path +
                             " is locked: another claimgraph process is writing to it; wait "
                             "for it to finish and try again");
    return Status::IOError("locking database " + path + ": " + std::strerror(err));
  }
  return fd;
}

// True when a writer holds the folder lock (its log may end in a record being written).
bool WriterRunning(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool locked = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  ::close(fd);
  return locked;
}

// Runs `open` (a read of the MANIFEST and the files it lists) again while it fails because a
// file has vanished: a read-only open that races a writer can read a MANIFEST naming a table
// or log file that the writer deletes (a flush or compaction finished) before the reader
// opens it. Reading the new MANIFEST then succeeds. A writer holds the lock, so no file
// vanishes under its own open.
template <typename Fn>
rocksdb::Status RetryVanishedFiles(bool read_only, Fn&& open) {
  rocksdb::Status s = open();
  for (int attempt = 1; attempt <= 20 && read_only && !s.ok() &&
                        s.ToString().find("No such file or directory") != std::string::npos;
       ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10 * attempt));
    s = open();
  }
  return s;
}

// Removes what writers killed while creating a database next to `target` left behind: the
// folders `TARGET.creating-PID` of processes no longer running.
void RemoveStaleCreations(const fs::path& target) {
  const std::string stem = target.filename().string() + ".creating-";
  std::error_code ec;
  const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
  for (const auto& e : fs::directory_iterator(parent, ec)) {
    const std::string name = e.path().filename().string();
    if (!name.starts_with(stem)) continue;
    const std::string pid = name.substr(stem.size());
    if (pid.empty() || pid.size() > 9 || pid.find_first_not_of("0123456789") != std::string::npos)
      continue;
    if (::kill(static_cast<pid_t>(std::stol(pid)), 0) == -1 && errno == ESRCH)
      fs::remove_all(e.path(), ec);
  }
}

// What a read-only open depends on besides the table files: CURRENT, the size of the
// MANIFEST it names, and the names of the log files. A writer's flush appends to the
// MANIFEST and then deletes the log it made redundant; a reader that read the MANIFEST
// before the flush and listed the logs after it would miss that log's writes in the
// families not yet flushed, and see an edge whose statement is gone.
std::string OpenFingerprint(const std::string& path) {
  std::string print;
  std::error_code ec;
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(path, ec)) {
    const std::string name = e.path().filename().string();
    if (name.ends_with(".log")) names.push_back(name);
    if (name.starts_with("MANIFEST-") || name == "CURRENT")
      names.push_back(name + ":" + std::to_string(e.file_size(ec)));
  }
  std::sort(names.begin(), names.end());
  for (const auto& n : names) print += n + "\n";
  return print;
}

rocksdb::Options DbOptions();

// Makes a new database at `path` whole before anyone can see it: every column family and
// the schema version are written in a sibling folder, which is then renamed into place. A
// writer killed while creating it leaves no half-made database (one lacking column
// families, or reading as "not a claimgraph one" so that every later writer refuses it).
// `path` is absent or an empty folder (CheckFolder made sure).
Status CreateDatabase(const std::string& path) {
  std::error_code ec;
  fs::path target = fs::path(path).lexically_normal();
  if (!target.has_filename()) target = target.parent_path();
  RemoveStaleCreations(target);
  const fs::path tmp = target.string() + ".creating-" + std::to_string(::getpid());
  fs::remove_all(tmp, ec);
  {
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    for (const auto& f : kFamilies) descriptors.emplace_back(f, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    rocksdb::Status s = rocksdb::DB::Open(DbOptions(), tmp.string(), descriptors, &handles, &raw);
    if (!s.ok()) {
      fs::remove_all(tmp, ec);
      return FromRocks(s, "creating database " + path);
    }
    std::unique_ptr<rocksdb::DB> db(raw);
    rocksdb::WriteOptions wo;
    wo.sync = true;
    s = db->Put(wo, handles[kMetaCf], kSchemaKey, std::to_string(keys::kSchemaVersion));
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h).PermitUncheckedError();
    if (s.ok()) s = db->Close();
    if (!s.ok()) {
      db.reset();
      fs::remove_all(tmp, ec);
      return FromRocks(s, "creating database " + path);
    }
  }
  fs::rename(tmp, target, ec);
  if (!ec) return Status::OK();
  const std::string why = ec.message();
  fs::remove_all(tmp, ec);
  if (fs::exists(target / "CURRENT", ec)) return Status::OK();  // another writer made it first
  return Status::IOError("cannot create a database at " + path + ": " + why);
}

rocksdb::Options DbOptions() {
  rocksdb::Options o;
  o.create_if_missing = true;
  o.create_missing_column_families = true;
  o.info_log_level = rocksdb::InfoLogLevel::ERROR_LEVEL;
  o.keep_log_file_num = 2;
  // A damaged write-ahead log fails the open instead of silently dropping every write
  // after the damage (RocksDB's default recovers to the last good record and says nothing).
  o.wal_recovery_mode = rocksdb::WALRecoveryMode::kAbsoluteConsistency;
  // A long ingest flushes the column families once the log passes this size, so a
  // reader never replays more than this (every write command also flushes at its end).
  o.max_total_wal_size = 64u << 20;
  // Table files are opened on the calling thread: RocksDB's default starts 16 threads per
  // column family at each open (a one-shot `stats` started 167), which cost more than the
  // opening they share on a 2-core machine.
  o.max_file_opening_threads = 1;
  return o;
}

std::vector<rocksdb::ColumnFamilyDescriptor> Descriptors(bool with_corrections) {
  std::vector<rocksdb::ColumnFamilyDescriptor> d;
  for (const auto& f : kFamilies)
    if (f != keys::kCorrections || with_corrections)
      d.emplace_back(f, rocksdb::ColumnFamilyOptions());
  return d;
}

// Checks the families present in an existing database; sets *has_corrections.
Status CheckFamilies(const std::string& path, const rocksdb::Options& db_options, bool read_only,
                     bool* has_corrections) {
  std::vector<std::string> present;
  rocksdb::Status ls = RetryVanishedFiles(read_only, [&] {
    present.clear();
    return rocksdb::DB::ListColumnFamilies(db_options, path, &present);
  });
  if (!ls.ok()) return FromRocks(ls, "opening database " + path);
  auto has = [&](const std::string& f) {
    return std::find(present.begin(), present.end(), f) != present.end();
  };
  if (!has(keys::kMeta))
    return Status::InvalidArgument(path + " is a RocksDB database but not a claimgraph one");
  if (read_only)
    for (const auto& f : kFamilies)
      if (f != keys::kCorrections && !has(f))
        return Status::NotSupported("database " + path + " lacks column family '" + f +
                                    "'; run `claimgraph reindex` to migrate it");
  // A read-only open of a database made before corrections existed opens without them.
  *has_corrections = !read_only || has(keys::kCorrections);
  return Status::OK();
}

// Runs a read-only `open` until the files OpenFingerprint lists are the same before and
// after it, so that it read one consistent state; `close` undoes an open that raced a
// writer's flush. Flushes are rare (at the end of a write command, or each time the log
// passes max_total_wal_size), so the second open almost always holds.
template <typename Open, typename Close>
rocksdb::Status OpenSteady(const std::string& path, Open&& open, Close&& close) {
  for (int attempt = 1;; ++attempt) {
    const std::string before = OpenFingerprint(path);
    rocksdb::Status s = open();
    if (!s.ok() || OpenFingerprint(path) == before) return s;
    close();
    if (attempt == 50)
      return rocksdb::Status::Busy("the database kept changing while it was being opened");
    std::this_thread::sleep_for(std::chrono::milliseconds(5 * attempt));
  }
}

}  // namespace

Status Store::Impl::OpenRocks(const std::string& path, const StoreOptions& options,
                              bool has_corrections) {
  Store::Impl* impl = this;
  rocksdb::Options db_options = DbOptions();
  const auto descriptors = Descriptors(has_corrections);
  rocksdb::DB* raw = nullptr;
  auto open = [&]() {
    impl->cf.clear();
    return options.read_only
               ? rocksdb::DB::OpenForReadOnly(db_options, path, descriptors, &impl->cf, &raw)
               : rocksdb::DB::Open(db_options, path, descriptors, &impl->cf, &raw);
  };
  auto open_once = [&]() {
    rocksdb::Status s = RetryVanishedFiles(options.read_only, open);
    if (s.IsCorruption() && options.read_only && WriterRunning(path)) {
      db_options.wal_recovery_mode = rocksdb::WALRecoveryMode::kPointInTimeRecovery;
      s = RetryVanishedFiles(options.read_only, open);
    }
    return s;
  };
  rocksdb::Status s = options.read_only
                          ? OpenSteady(path, open_once,
                                       [&] {
                                         for (auto* h : impl->cf)
                                           raw->DestroyColumnFamilyHandle(h).PermitUncheckedError();
                                         impl->cf.clear();
                                         delete raw;
                                         raw = nullptr;
                                       })
                          : open_once();
  if (!s.ok()) {
    if (s.IsCorruption())
      return Status::Corruption(
          "database " + path +
          " is damaged and was not opened, so nothing more is lost: " + s.ToString());
    return FromRocks(s, "opening database " + path);
  }
  impl->db.reset(raw);
  impl->read_only = options.read_only;
  if (!has_corrections) impl->cf.push_back(nullptr);
  return Status::OK();
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  bool exists = false;
  CG_RETURN_IF_ERROR(CheckFolder(path, options, &exists));
  if (!exists && !options.read_only) {
    CG_RETURN_IF_ERROR(CreateDatabase(path));
    exists = true;
  }
  auto impl = std::make_unique<Impl>();
  if (!options.read_only) {  // after creating: the lock is on the folder renamed into place
    auto fd = LockFolder(path);
    if (!fd.ok()) return fd.status();
    impl->lock_fd = *fd;
  }
  bool has_corrections = true;
  if (exists)
    CG_RETURN_IF_ERROR(CheckFamilies(path, DbOptions(), options.read_only, &has_corrections));
  CG_RETURN_IF_ERROR(impl->OpenRocks(path, options, has_corrections));

  uint32_t version = keys::kSchemaVersion;
  auto stored = impl->Get(kMetaCf, kSchemaKey);
  if (!stored.ok()) return stored.status();
  if (stored->has_value()) {
    auto parsed = ParseSchemaVersion(**stored);
    if (!parsed.ok())
      return Status::Corruption("database " + path + " has an unreadable schema version");
    version = *parsed;
  } else if (!options.read_only) {
    rocksdb::Status w = impl->db->Put(rocksdb::WriteOptions(), impl->cf[kMetaCf], kSchemaKey,
                                      std::to_string(keys::kSchemaVersion));
    if (!w.ok()) return FromRocks(w, "writing the schema version");
  }
  // reindex migrates older databases; a newer one it must not rewrite.
  const bool older = version < keys::kSchemaVersion;
  if (version != keys::kSchemaVersion && !(options.allow_other_schema && older))
    return Status::NotSupported(
        "database " + path + " has schema version " + std::to_string(version) +
        "; this claimgraph reads version " + std::to_string(keys::kSchemaVersion) +
        (older ? " (run `claimgraph reindex` to migrate it)"
               : " (it was written by a newer claimgraph; use that version)"));
  return std::unique_ptr<Store>(new Store(path, std::move(impl), version));
}

Result<uint32_t> ParseSchemaVersion(std::string_view bytes) {
  if (bytes.empty() || bytes.size() > 9) return Status::Corruption("schema version");
  uint32_t v = 0;
  for (char c : bytes) {
    if (c < '0' || c > '9') return Status::Corruption("schema version");
    v = v * 10 + static_cast<uint32_t>(c - '0');
  }
  return v;
}

Status Store::MarkCurrentSchema() {
  schema_version_ = keys::kSchemaVersion;
  return FromRocks(impl_->db->Put(rocksdb::WriteOptions(), impl_->cf[kMetaCf], kSchemaKey,
                                  std::to_string(keys::kSchemaVersion)),
                   "writing the schema version");
}

Status Store::TEST_SetSchemaVersion(uint32_t version) {
  return FromRocks(impl_->db->Put(rocksdb::WriteOptions(), impl_->cf[kMetaCf], kSchemaKey,
                                  std::to_string(version)),
                   "writing the schema version");
}

Result<PutOutcome> Store::PutArticle(const ArticleRecord& a, PutMode mode) {
  const Source& src = a.source;
  if (src.id.empty() || src.id.find('\0') != std::string::npos)
    return Status::InvalidArgument("source id must be non-empty and contain no NUL byte");
  const std::string record = ToJson(src).dump();

  std::optional<Source> old;
  auto old_bytes = impl_->Get(kSourcesCf, src.id);
  if (!old_bytes.ok()) return old_bytes.status();
  if (old_bytes->has_value()) {
    if (**old_bytes == record && mode == PutMode::kSkipUnchanged) {
      auto old_text = impl_->Get(kTextCf, src.id);
      if (!old_text.ok()) return old_text.status();
      if (old_text->has_value() && **old_text == a.text) return PutOutcome::kUnchanged;
    }
    auto decoded = DecodeSource(**old_bytes);
    if (!decoded.ok()) return decoded.status().WithContext("stored source " + src.id);
    old = std::move(*decoded);
  }

  rocksdb::WriteBatch batch;
  auto& cf = impl_->cf;
  // Only the metadata changed (an author corrected, the same folder named from another
  // path): the record is rewritten and everything derived from the text, edges included,
  // stays as it is. (Ingest does not relink such an article, so it brings no edges.)
  if (old && mode == PutMode::kSkipUnchanged && old->content_hash == src.content_hash &&
      old->derived_hash == src.derived_hash && a.edges.empty()) {
    batch.Put(cf[kSourcesCf], src.id, record);
    CG_RETURN_IF_ERROR(impl_->Write(&batch));
    return PutOutcome::kReplaced;
  }
  GraphStats delta_minus, delta_plus;
  uint64_t old_mentions = 0;
  if (old) {
    delta_minus = {1, old->statement_count, old->term_count, 0, std::nullopt};
    CG_RETURN_IF_ERROR(impl_->DeleteDerived(*old, &batch, &delta_minus.edges, &old_mentions));
    std::set<std::string> now(src.entity_ids.begin(), src.entity_ids.end());
    for (const auto& eid : old->entity_ids) {
      if (now.count(eid)) continue;
      auto elsewhere = impl_->MentionedElsewhere(eid, src.id);
      if (!elsewhere.ok()) return elsewhere.status();
      if (!*elsewhere) batch.Delete(cf[kEntitiesCf], eid);
    }
  }
  delta_plus = {1, src.statement_count, src.term_count, 0, std::nullopt};

  batch.Put(cf[kSourcesCf], src.id, record);
  batch.Put(cf[kTextCf], src.id, a.text);
  batch.Put(cf[kHashesCf], keys::ContentHashKey(src.content_hash, src.id), "");
  for (const auto& st : a.statements)
    batch.Put(cf[kStatementsCf], keys::StatementKey(src.id, st.start), ToJson(st).dump());
  for (const auto& e : a.entities) {
    auto chosen = impl_->MergedEntity(e, a.replace_entities);
    if (!chosen.ok()) return chosen.status();
    batch.Put(cf[kEntitiesCf], e.id, *chosen);
  }
  for (const auto& m : a.mentions)
    batch.Put(cf[kMentionsCf], keys::MentionKey(m.entity, src.id, m.start), ToJson(m).dump());
  std::vector<std::string> terms;
  terms.reserve(a.postings.size());
  for (const auto& [term, list] : a.postings) {
    batch.Put(cf[kPostingsCf], keys::TermKey(term, src.id), keys::EncodePostings(list));
    terms.push_back(term);
  }
  batch.Put(cf[kPostingsCf], keys::SourceTermsKey(src.id), keys::EncodeStrings(terms));
  for (const Edge& e : a.edges) {
    std::string from_source, to_source;
    uint32_t from_start = 0, to_start = 0;
    CG_RETURN_IF_ERROR(ParseStatementId(e.from, &from_source, &from_start));
    CG_RETURN_IF_ERROR(ParseStatementId(e.to, &to_source, &to_start));
    if (e.from == e.to)
      return Status::InvalidArgument("edge " + e.from + " joins a statement to itself");
    if (from_source != src.id && to_source != src.id)
      return Status::InvalidArgument("edge " + e.from + " - " + e.to + " does not touch " + src.id);
    const std::string value = ToJson(e).dump();
    batch.Put(cf[kEdgesCf], keys::EdgeKey(from_source, from_start, e.to), value);
    batch.Put(cf[kEdgesCf], keys::EdgeKey(to_source, to_start, e.from), value);
    ++delta_plus.edges;
  }

  auto stats = impl_->ReadStats();
  if (!stats.ok()) return stats.status();
  Json sj;
  sj["sources"] = stats->sources - delta_minus.sources + delta_plus.sources;
  sj["statements"] = stats->statements - delta_minus.statements + delta_plus.statements;
  sj["terms"] = stats->terms - delta_minus.terms + delta_plus.terms;
  sj["edges"] = stats->edges - delta_minus.edges + delta_plus.edges;
  if (stats->mentions) sj["mentions"] = *stats->mentions - old_mentions + a.mentions.size();
  batch.Put(cf[kMetaCf], kStatsKey, sj.dump());

  CG_RETURN_IF_ERROR(impl_->Write(&batch));
  return old ? PutOutcome::kReplaced : PutOutcome::kAdded;
}

Status Store::RemoveSource(const std::string& source_id) {
  auto old = GetSource(source_id);
  if (!old.ok()) return old.status();
  rocksdb::WriteBatch batch;
  auto& cf = impl_->cf;
  uint64_t edges = 0, mentions = 0;
  CG_RETURN_IF_ERROR(impl_->DeleteDerived(*old, &batch, &edges, &mentions));
  for (const auto& eid : old->entity_ids) {
    auto elsewhere = impl_->MentionedElsewhere(eid, source_id);
    if (!elsewhere.ok()) return elsewhere.status();
    if (!*elsewhere) batch.Delete(cf[kEntitiesCf], eid);
  }
  batch.Delete(cf[kSourcesCf], source_id);
  batch.Delete(cf[kTextCf], source_id);
  auto stats = impl_->ReadStats();
  if (!stats.ok()) return stats.status();
  Json sj;
  sj["sources"] = stats->sources - 1;
  sj["statements"] = stats->statements - old->statement_count;
  sj["terms"] = stats->terms - old->term_count;
  sj["edges"] = stats->edges - edges;
  if (stats->mentions) sj["mentions"] = *stats->mentions - mentions;
  batch.Put(cf[kMetaCf], kStatsKey, sj.dump());
  return impl_->Write(&batch);
}

Result<Source> Store::GetSource(const std::string& id) const {
  auto v = impl_->Get(kSourcesCf, id);
  if (!v.ok()) return v.status();
  if (!v->has_value()) return Status::NotFound("no source with id '" + id + "'");
  auto s = DecodeSource(**v);
  if (!s.ok()) return s.status().WithContext("source " + id);
  CG_RETURN_IF_ERROR(impl_->Scan(kHashesCf, keys::ContentHashPrefix(s->content_hash),
                                 [&](std::string_view k, std::string_view) {
                                   auto other = keys::SourceIdAfter(k, s->content_hash.size() + 1);
                                   if (other != id) s->copies.emplace_back(other);
                                   return true;
                                 }));
  return s;
}

Result<std::vector<Source>> Store::ListSources() const {
  std::vector<std::string> ids;
  CG_RETURN_IF_ERROR(impl_->Scan(kSourcesCf, "", [&](std::string_view k, std::string_view) {
    ids.emplace_back(k);
    return true;
  }));
  std::vector<Source> out;
  for (const auto& id : ids) {
    auto s = GetSource(id);
    if (!s.ok()) return s.status();
    out.push_back(std::move(*s));
  }
  return out;
}

Status Store::PutGazetteers(const std::string& json) {
  rocksdb::WriteOptions wo;
  wo.sync = true;
  return FromRocks(impl_->db->Put(wo, impl_->cf[kMetaCf], kGazetteersKey, json),
                   "writing the gazetteers");
}

Result<std::string> Store::GetGazetteers() const {
  auto v = impl_->Get(kMetaCf, kGazetteersKey);
  if (!v.ok()) return v.status();
  return v->has_value() ? std::move(**v) : std::string();
}

Result<std::string> Store::GetSourceText(const std::string& id) const {
  auto v = impl_->Get(kTextCf, id);
  if (!v.ok()) return v.status();
  if (!v->has_value()) return Status::NotFound("no text stored for source '" + id + "'");
  return std::move(**v);
}

Result<std::vector<Statement>> Store::StatementsOf(const std::string& source_id) const {
  std::vector<Statement> out;
  Status bad;
  CG_RETURN_IF_ERROR(impl_->Scan(kStatementsCf, keys::StatementPrefix(source_id),
                                 [&](std::string_view, std::string_view v) {
                                   auto st = DecodeStatement(v);
                                   if (!st.ok()) {
                                     bad = st.status();
                                     return false;
                                   }
                                   out.push_back(std::move(*st));
                                   return true;
                                 }));
  if (!bad.ok()) return bad.WithContext("statements of " + source_id);
  return out;
}

Result<Statement> Store::GetStatement(const std::string& statement_id) const {
  std::string source_id;
  uint32_t start = 0;
  CG_RETURN_IF_ERROR(ParseStatementId(statement_id, &source_id, &start));
  auto v = impl_->Get(kStatementsCf, keys::StatementKey(source_id, start));
  if (!v.ok()) return v.status();
  if (!v->has_value()) return Status::NotFound("no statement with id '" + statement_id + "'");
  return DecodeStatement(**v);
}

Result<Entity> Store::GetEntity(const std::string& id) const {
  auto v = impl_->Get(kEntitiesCf, id);
  if (!v.ok()) return v.status();
  if (!v->has_value()) return Status::NotFound("no entity with id '" + id + "'");
  return DecodeEntity(**v);
}

Result<std::vector<Entity>> Store::ListEntities() const {
  std::vector<Entity> out;
  Status bad;
  CG_RETURN_IF_ERROR(impl_->Scan(kEntitiesCf, "", [&](std::string_view, std::string_view v) {
    auto e = DecodeEntity(v);
    if (!e.ok()) {
      bad = e.status();
      return false;
    }
    out.push_back(std::move(*e));
    return true;
  }));
  if (!bad.ok()) return bad;
  return out;
}

Result<std::vector<Mention>> Store::MentionsOf(const std::string& entity_id) const {
  std::vector<Mention> out;
  Status bad;
  CG_RETURN_IF_ERROR(impl_->Scan(kMentionsCf, keys::MentionPrefix(entity_id),
                                 [&](std::string_view, std::string_view v) {
                                   auto m = DecodeMention(v);
                                   if (!m.ok()) {
                                     bad = m.status();
                                     return false;
                                   }
                                   out.push_back(std::move(*m));
                                   return true;
                                 }));
  if (!bad.ok()) return bad;
  return out;
}

Result<std::vector<std::pair<std::string, std::vector<keys::Posting>>>> Store::PostingsOf(
    const std::string& term) const {
  std::vector<std::pair<std::string, std::vector<keys::Posting>>> out;
  Status bad;
  const std::string prefix = keys::TermPrefix(term);
  CG_RETURN_IF_ERROR(impl_->Scan(kPostingsCf, prefix, [&](std::string_view k, std::string_view v) {
    auto list = keys::DecodePostings(v);
    if (!list.ok()) {
      bad = list.status();
      return false;
    }
    out.emplace_back(std::string(k.substr(prefix.size())), std::move(*list));
    return true;
  }));
  if (!bad.ok()) return bad.WithContext("postings of '" + term + "'");
  return out;
}

Result<GraphStats> Store::Stats() const { return impl_->ReadStats(); }

Result<std::vector<Edge>> Store::EdgesOf(const std::string& statement_id) const {
  std::string source_id;
  uint32_t start = 0;
  CG_RETURN_IF_ERROR(ParseStatementId(statement_id, &source_id, &start));
  std::vector<Edge> out;
  Status bad;
  CG_RETURN_IF_ERROR(impl_->Scan(kEdgesCf, keys::EdgePrefix(source_id, start),
                                 [&](std::string_view, std::string_view v) {
                                   auto e = DecodeEdge(v);
                                   if (!e.ok()) {
                                     bad = e.status();
                                     return false;
                                   }
                                   out.push_back(std::move(*e));
                                   return true;
                                 }));
  if (!bad.ok()) return bad.WithContext("edges of " + statement_id);
  return out;
}

Result<std::vector<Edge>> Store::ListEdges() const {
  std::vector<Edge> out;
  Status bad;
  CG_RETURN_IF_ERROR(impl_->Scan(kEdgesCf, "", [&](std::string_view k, std::string_view v) {
    auto e = DecodeEdge(v);
    if (!e.ok()) {
      bad = e.status();
      return false;
    }
    // Keep the copy stored under the edge's `from` end.
    std::string source_id;
    uint32_t start = 0;
    if (!ParseStatementId(e->from, &source_id, &start).ok()) {
      bad = Status::Corruption("edge with bad end '" + e->from + "'");
      return false;
    }
    if (k.starts_with(keys::EdgePrefix(source_id, start))) out.push_back(std::move(*e));
    return true;
  }));
  if (!bad.ok()) return bad.WithContext("edges");
  std::sort(out.begin(), out.end(), [](const Edge& x, const Edge& y) {
    return std::tie(x.from, x.to) < std::tie(y.from, y.to);
  });
  return out;
}

namespace {

std::string CorrectionKey(uint64_t seq) {
  std::string key;
  keys::PutBigEndian32(static_cast<uint32_t>(seq >> 32), &key);
  keys::PutBigEndian32(static_cast<uint32_t>(seq), &key);
  return key;
}

}  // namespace

Status Store::AddCorrection(Correction* c) {
  rocksdb::ColumnFamilyHandle* cf = impl_->cf[kCorrectionsCf];
  if (cf == nullptr) return Status::NotSupported("database opened read-only: cannot correct");
  auto existing = ListCorrections();
  if (!existing.ok()) return existing.status();
  c->seq = existing->empty() ? 1 : existing->back().seq + 1;
  return FromRocks(
      impl_->db->Put(rocksdb::WriteOptions(), cf, CorrectionKey(c->seq), ToJson(*c).dump()),
      "writing a correction");
}

Result<std::vector<Correction>> Store::ListCorrections() const {
  std::vector<Correction> out;
  if (impl_->cf[kCorrectionsCf] == nullptr) return out;
  Status bad;
  CG_RETURN_IF_ERROR(impl_->Scan(kCorrectionsCf, "", [&](std::string_view, std::string_view v) {
    auto c = DecodeCorrection(v);
    if (!c.ok()) {
      bad = c.status();
      return false;
    }
    out.push_back(std::move(*c));
    return true;
  }));
  if (!bad.ok()) return bad.WithContext("corrections");
  return out;
}

}  // namespace cg

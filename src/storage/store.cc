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

#include <rocksdb/db.h>
#include <rocksdb/options.h>
#include <rocksdb/write_batch.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <set>
#include <thread>
#include <tuple>

namespace cg {
namespace {

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

enum Cf {
  kDefault,
  kMetaCf,
  kSourcesCf,
  kTextCf,
  kStatementsCf,
  kEntitiesCf,
  kMentionsCf,
  kPostingsCf,
  kHashesCf,
  kEdgesCf,
  kCorrectionsCf,  // optional: absent in a read-only open of an older database
  kCfCount
};

constexpr const char* kSchemaKey = "schema_version";
constexpr const char* kStatsKey = "stats";

Status FromRocks(const rocksdb::Status& s, const std::string& what) {
  if (s.ok()) return Status::OK();
  if (s.IsNotFound()) return Status::NotFound(what);
  if (s.IsCorruption()) return Status::Corruption(what + ": " + s.ToString());
  if (s.IsNotSupported()) return Status::NotSupported(what + ": " + s.ToString());
  if (s.IsInvalidArgument()) return Status::InvalidArgument(what + ": " + s.ToString());
  return Status::IOError(what + ": " + s.ToString());
}

bool HasPrefix(const rocksdb::Slice& key, const std::string& prefix) {
  return key.size() >= prefix.size() && std::memcmp(key.data(), prefix.data(), prefix.size()) == 0;
}

// Runs `open` (a read of the MANIFEST and the files it lists) again while it fails because a
// file has vanished: a read-only open that races a writer can read a MANIFEST naming a table
// or log file that the writer deletes (a flush or compaction finished) before the reader
// opens it. The reader then fails with "No such file or directory"; reading the new MANIFEST
// succeeds. (A writer's own open holds the lock, so no file vanishes under it; its listing of
// the column families, before it has the lock, is retried too.)
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
// directories `TARGET.creating-PID` of processes no longer running.
void RemoveStaleCreations(const std::filesystem::path& target) {
  namespace fs = std::filesystem;
  const std::string stem = target.filename().string() + ".creating-";
  std::error_code ec;
  const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
  for (const auto& e : fs::directory_iterator(parent, ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind(stem, 0) != 0) continue;
    const std::string pid = name.substr(stem.size());
    if (pid.empty() || pid.find_first_not_of("0123456789") != std::string::npos) continue;
    if (kill(static_cast<pid_t>(std::stol(pid)), 0) == -1 && errno == ESRCH)
      fs::remove_all(e.path(), ec);
  }
}

// Makes a new database at `path` whole before anyone can see it: every column family and the
// schema version are written in a sibling directory, which is then renamed into place. A
// writer killed while creating it leaves no half-made database behind (one lacking column
// families, or reading as "not a claimgraph one" so that every later writer refuses it).
// An existing empty directory is replaced; one holding files but no database is refused.
Status CreateDatabase(const std::string& path, const rocksdb::Options& db_options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path target = fs::path(path).lexically_normal();
  if (!target.has_filename()) target = target.parent_path();
  RemoveStaleCreations(target);
  const fs::path tmp = target.string() + ".creating-" + std::to_string(getpid());
  fs::remove_all(tmp, ec);
  {
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    for (const auto& f : kFamilies) descriptors.emplace_back(f, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    rocksdb::Status s = rocksdb::DB::Open(db_options, tmp.string(), descriptors, &handles, &raw);
    if (!s.ok()) {
      fs::remove_all(tmp, ec);
      return FromRocks(s, "creating database " + path);
    }
    std::unique_ptr<rocksdb::DB> db(raw);
    rocksdb::WriteOptions wo;
    wo.sync = true;
    s = db->Put(wo, handles[kMetaCf], kSchemaKey, std::to_string(keys::kSchemaVersion));
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
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
  return Status::IOError(
      "cannot create a database at " + path + ": " + why +
      (fs::is_directory(target, ec) ? " (the folder holds files but no claimgraph database)" : ""));
}

}  // namespace

struct Store::Impl {
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> cf;
  ~Impl() {
    if (db) {
      for (auto* h : cf)
        if (h != nullptr) db->DestroyColumnFamilyHandle(h);
      db->Close();
    }
  }

  // Calls fn(key, value) for each key with `prefix`; fn returns false to stop.
  template <typename Fn>
  Status Scan(Cf family, const std::string& prefix, Fn&& fn) const {
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), cf[family]));
    for (it->Seek(prefix); it->Valid() && HasPrefix(it->key(), prefix); it->Next()) {
      if (!fn(std::string_view(it->key().data(), it->key().size()),
              std::string_view(it->value().data(), it->value().size())))
        break;
    }
    return FromRocks(it->status(), std::string("scanning ") + kFamilies[family]);
  }

  Result<std::optional<std::string>> Get(Cf family, const std::string& key) const {
    std::string value;
    rocksdb::Status s = db->Get(rocksdb::ReadOptions(), cf[family], key, &value);
    if (s.IsNotFound()) return std::optional<std::string>();
    if (!s.ok()) return FromRocks(s, std::string("reading ") + kFamilies[family]);
    return std::optional<std::string>(std::move(value));
  }

  Result<GraphStats> ReadStats() const {
    auto v = Get(kMetaCf, kStatsKey);
    if (!v.ok()) return v.status();
    GraphStats st;
    if (!v->has_value()) return st;
    try {
      const Json j = Json::parse(**v);
      st.sources = j.at("sources").get<uint64_t>();
      st.statements = j.at("statements").get<uint64_t>();
      st.terms = j.at("terms").get<uint64_t>();
      st.edges = j.value("edges", uint64_t{0});
    } catch (const Json::exception& e) {
      return Status::Corruption(std::string("meta stats record: ") + e.what());
    }
    return st;
  }

  // Adds to `batch` the deletes that undo everything `old` wrote, except entity records.
  // Counts the edges deleted in `*edges`.
  Status DeleteDerived(const Source& old, rocksdb::WriteBatch* batch, uint64_t* edges) const {
    Status st = Scan(kStatementsCf, keys::StatementPrefix(old.id),
                     [&](std::string_view k, std::string_view) {
                       batch->Delete(cf[kStatementsCf], rocksdb::Slice(k.data(), k.size()));
                       return true;
                     });
    CG_RETURN_IF_ERROR(st);
    for (const auto& eid : old.entity_ids) {
      CG_RETURN_IF_ERROR(Scan(kMentionsCf, keys::MentionPrefix(eid, old.id),
                              [&](std::string_view k, std::string_view) {
                                batch->Delete(cf[kMentionsCf], rocksdb::Slice(k.data(), k.size()));
                                return true;
                              }));
    }
    auto terms_bytes = Get(kPostingsCf, keys::SourceTermsKey(old.id));
    if (!terms_bytes.ok()) return terms_bytes.status();
    if (terms_bytes->has_value()) {
      auto terms = keys::DecodeStrings(**terms_bytes);
      if (!terms.ok()) return terms.status().WithContext("terms of source " + old.id);
      for (const auto& t : *terms) batch->Delete(cf[kPostingsCf], keys::TermKey(t, old.id));
      batch->Delete(cf[kPostingsCf], keys::SourceTermsKey(old.id));
    }
    batch->Delete(cf[kHashesCf], keys::ContentHashKey(old.content_hash, old.id));
    return DeleteEdges(old.id, batch, edges);
  }

  // Adds the deletes of every edge at `source_id`'s statements, both stored ends.
  Status DeleteEdges(const std::string& source_id, rocksdb::WriteBatch* batch,
                     uint64_t* count) const {
    const std::string prefix = keys::EdgePrefix(source_id);
    Status bad;
    Status st = Scan(kEdgesCf, prefix, [&](std::string_view k, std::string_view) {
      if (k.size() < prefix.size() + 5) {
        bad = Status::Corruption("edge key of source " + source_id + " is truncated");
        return false;
      }
      const uint32_t start = keys::GetBigEndian32(k.substr(prefix.size(), 4));
      const std::string other(k.substr(prefix.size() + 5));
      std::string other_source;
      uint32_t other_start = 0;
      bad = ParseStatementId(other, &other_source, &other_start);
      if (!bad.ok()) return false;
      batch->Delete(cf[kEdgesCf], rocksdb::Slice(k.data(), k.size()));
      if (other_source != source_id) {
        batch->Delete(cf[kEdgesCf],
                      keys::EdgeKey(other_source, other_start, MakeStatementId(source_id, start)));
        if (count) ++*count;
      } else if (count && start < other_start) {
        ++*count;  // an edge within the source: both ends are under this prefix, count once
      }
      return true;
    });
    CG_RETURN_IF_ERROR(st);
    return bad;
  }

  // True if a source other than `source_id` mentions the entity.
  Result<bool> MentionedElsewhere(const std::string& entity_id,
                                  const std::string& source_id) const {
    bool found = false;
    const std::string prefix = keys::MentionPrefix(entity_id);
    Status st = Scan(kMentionsCf, prefix, [&](std::string_view k, std::string_view) {
      if (keys::SourceIdAfter(k, prefix.size()) != source_id) {
        found = true;
        return false;
      }
      return true;
    });
    if (!st.ok()) return st;
    return found;
  }

  Status Write(rocksdb::WriteBatch* batch) {
    rocksdb::WriteOptions wo;
    wo.sync = false;  // the WAL is on; a crash loses at most whole recent batches
    return FromRocks(db->Write(wo, batch), "writing to the database");
  }
};

Store::Store(std::string path, std::unique_ptr<Impl> impl, uint32_t schema_version)
    : path_(std::move(path)), impl_(std::move(impl)), schema_version_(schema_version) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  bool exists = fs::exists(fs::path(path) / "CURRENT", ec);
  if (!exists && (options.read_only || !options.create_if_missing))
    return Status::NotFound("no claimgraph database at " + path +
                            " (run `claimgraph ingest PATH...` first, or pass --db)");
  if (fs::exists(path, ec) && !fs::is_directory(path, ec))
    return Status::InvalidArgument(path + " is a file, not a database directory");

  rocksdb::Options db_options;
  db_options.create_if_missing = true;
  db_options.create_missing_column_families = true;
  db_options.info_log_level = rocksdb::InfoLogLevel::ERROR_LEVEL;
  db_options.keep_log_file_num = 2;
  if (!exists) {
    CG_RETURN_IF_ERROR(CreateDatabase(path, db_options));
    exists = true;
  }
  if (exists) {
    std::vector<std::string> present;
    rocksdb::Status ls = RetryVanishedFiles(true, [&] {
      present.clear();
      return rocksdb::DB::ListColumnFamilies(db_options, path, &present);
    });
    if (!ls.ok()) return FromRocks(ls, "opening database " + path);
    if (std::find(present.begin(), present.end(), keys::kMeta) == present.end())
      return Status::InvalidArgument(path + " is a RocksDB database but not a claimgraph one");
    if (options.read_only) {
      for (const auto& f : kFamilies)
        if (f != keys::kCorrections &&
            std::find(present.begin(), present.end(), f) == present.end())
          return Status::NotSupported("database " + path + " lacks column family '" + f +
                                      "'; run `claimgraph reindex` to migrate it");
    }
  }
  // A read-only open of a database made before corrections existed opens without them.
  bool has_corrections = true;
  if (exists && options.read_only) {
    std::vector<std::string> present;
    if (RetryVanishedFiles(true, [&] {
          present.clear();
          return rocksdb::DB::ListColumnFamilies(db_options, path, &present);
        }).ok())
      has_corrections =
          std::find(present.begin(), present.end(), keys::kCorrections) != present.end();
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const auto& f : kFamilies)
    if (f != keys::kCorrections || has_corrections)
      descriptors.emplace_back(f, rocksdb::ColumnFamilyOptions());

  auto impl = std::make_unique<Impl>();
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s = RetryVanishedFiles(options.read_only, [&] {
    impl->cf.clear();
    return options.read_only
               ? rocksdb::DB::OpenForReadOnly(db_options, path, descriptors, &impl->cf, &raw)
               : rocksdb::DB::Open(db_options, path, descriptors, &impl->cf, &raw);
  });
  if (!s.ok()) {
    const std::string msg = s.ToString();
    if (s.IsIOError() &&
        (msg.find("lock") != std::string::npos || msg.find("LOCK") != std::string::npos))
      return Status::IOError("database " + path +
                             " is locked: another claimgraph process is writing to it; wait "
                             "for it to finish and try again");
    return FromRocks(s, "opening database " + path);
  }
  impl->db.reset(raw);
  if (!has_corrections) impl->cf.push_back(nullptr);

  uint32_t version = keys::kSchemaVersion;
  auto stored = impl->Get(kMetaCf, kSchemaKey);
  if (!stored.ok()) return stored.status();
  if (stored->has_value()) {
    try {
      version = static_cast<uint32_t>(std::stoul(**stored));
    } catch (const std::exception&) {
      return Status::Corruption("database " + path + " has an unreadable schema version");
    }
  } else if (!options.read_only) {
    rocksdb::Status w = impl->db->Put(rocksdb::WriteOptions(), impl->cf[kMetaCf], kSchemaKey,
                                      std::to_string(keys::kSchemaVersion));
    if (!w.ok()) return FromRocks(w, "writing the schema version");
  }
  if (version != keys::kSchemaVersion && !options.allow_other_schema)
    return Status::NotSupported(
        "database " + path + " has schema version " + std::to_string(version) +
        "; this claimgraph reads version " + std::to_string(keys::kSchemaVersion) +
        (version < keys::kSchemaVersion ? " (run `claimgraph reindex` to migrate it)"
                                        : " (it was written by a newer claimgraph)"));
  return std::unique_ptr<Store>(new Store(path, std::move(impl), version));
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
  GraphStats delta_minus, delta_plus;
  if (old) {
    delta_minus = {1, old->statement_count, old->term_count, 0};
    CG_RETURN_IF_ERROR(impl_->DeleteDerived(*old, &batch, &delta_minus.edges));
    std::set<std::string> now(src.entity_ids.begin(), src.entity_ids.end());
    for (const auto& eid : old->entity_ids) {
      if (now.count(eid)) continue;
      auto elsewhere = impl_->MentionedElsewhere(eid, src.id);
      if (!elsewhere.ok()) return elsewhere.status();
      if (!*elsewhere) batch.Delete(cf[kEntitiesCf], eid);
    }
  }
  delta_plus = {1, src.statement_count, src.term_count, 0};

  batch.Put(cf[kSourcesCf], src.id, record);
  batch.Put(cf[kTextCf], src.id, a.text);
  batch.Put(cf[kHashesCf], keys::ContentHashKey(src.content_hash, src.id), "");
  for (const auto& st : a.statements)
    batch.Put(cf[kStatementsCf], keys::StatementKey(src.id, st.start), ToJson(st).dump());
  for (const auto& e : a.entities) batch.Put(cf[kEntitiesCf], e.id, ToJson(e).dump());
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
  batch.Put(cf[kMetaCf], kStatsKey, sj.dump());

  CG_RETURN_IF_ERROR(impl_->Write(&batch));
  return old ? PutOutcome::kReplaced : PutOutcome::kAdded;
}

Status Store::RemoveSource(const std::string& source_id) {
  auto old = GetSource(source_id);
  if (!old.ok()) return old.status();
  rocksdb::WriteBatch batch;
  auto& cf = impl_->cf;
  uint64_t edges = 0;
  CG_RETURN_IF_ERROR(impl_->DeleteDerived(*old, &batch, &edges));
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

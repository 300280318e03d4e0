// Store internals shared by store.cc and check.cc: the column families and the open
// database. Nothing outside src/storage includes this file.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/options.h>
#include <rocksdb/write_batch.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "storage/store.h"

namespace cg {
// The column families, in the order the store opens them (the Cf enum below).
extern const std::vector<std::string> kFamilies;

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

inline constexpr const char* kSchemaKey = "schema_version";
inline constexpr const char* kStatsKey = "stats";
inline constexpr const char* kGazetteersKey = "gazetteers";

Status FromRocks(const rocksdb::Status& s, const std::string& what);

inline bool HasPrefix(const rocksdb::Slice& key, const std::string& prefix) {
  return key.size() >= prefix.size() && std::memcmp(key.data(), prefix.data(), prefix.size()) == 0;
}

// The decimal schema version stored under meta "schema_version"; kCorruption otherwise.
Result<uint32_t> ParseSchemaVersion(std::string_view bytes);

struct Store::Impl {
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> cf;
  bool read_only = true;
  int lock_fd = -1;  // the writer's flock on the database folder
  // A writer leaves every column family flushed and the log synced, so the next open has
  // no log to replay. A flush that fails (a full disk) leaves the data in the log.
  ~Impl() {
    if (db) {
      if (!read_only) Flush().PermitUncheckedError();
      for (auto* h : cf)
        if (h != nullptr) db->DestroyColumnFamilyHandle(h);
      db->Close().PermitUncheckedError();
    }
    if (lock_fd >= 0) ::close(lock_fd);
  }

  // Opens RocksDB at `path` (store.cc). A read-only open that meets a log ending in a
  // record still being written (a writer is running) reads what precedes it; a damaged
  // log otherwise fails the open with kCorruption.
  Status OpenRocks(const std::string& path, const StoreOptions& options, bool has_corrections);

  rocksdb::Status Flush() {
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    for (auto* h : cf)
      if (h != nullptr) handles.push_back(h);
    rocksdb::FlushOptions fo;
    fo.wait = true;
    rocksdb::Status s = db->Flush(fo, handles);
    if (s.ok()) s = db->SyncWAL();
    return s;
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
    if (!v->has_value()) {
      st.mentions = 0;  // a new database: every mention will be counted
      return st;
    }
    try {
      const Json j = Json::parse(**v);
      st.sources = j.at("sources").get<uint64_t>();
      st.statements = j.at("statements").get<uint64_t>();
      st.terms = j.at("terms").get<uint64_t>();
      st.edges = j.value("edges", uint64_t{0});
      if (j.contains("mentions")) st.mentions = j.at("mentions").get<uint64_t>();
    } catch (const Json::exception& e) {
      return Status::Corruption(std::string("meta stats record: ") + e.what());
    }
    return st;
  }

  // Adds to `batch` the deletes that undo everything `old` wrote, except entity records.
  // Counts the edges deleted in `*edges` and the mentions in `*mentions`.
  Status DeleteDerived(const Source& old, rocksdb::WriteBatch* batch, uint64_t* edges,
                       uint64_t* mentions) const {
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
                                ++*mentions;
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

  // The record to store for entity `e`, which an article names: of it and the stored
  // record of the same id, the gazetteer's over a discovered one, then the smaller name
  // (then the smaller record), so the name does not depend on the order articles arrive
  // in ("Jean Pascal" and "Jean-Pascal" are one entity, named "Jean Pascal" either way).
  // An id in `replace` is written as given (reindex, on its first write of the id).
  Result<std::string> MergedEntity(const Entity& e, const std::vector<std::string>& replace) const {
    std::string mine = ToJson(e).dump();
    if (std::find(replace.begin(), replace.end(), e.id) != replace.end()) return mine;
    auto stored = Get(kEntitiesCf, e.id);
    if (!stored.ok()) return stored.status();
    if (!stored->has_value()) return mine;
    auto theirs = DecodeEntity(**stored);
    if (!theirs.ok()) return theirs.status().WithContext("stored entity " + e.id);
    auto rank = [](const Entity& x, const std::string& json) {
      return std::make_tuple(x.origin != "gazetteer", x.name, json);
    };
    return rank(*theirs, **stored) <= rank(e, mine) ? std::move(**stored) : std::move(mine);
  }

  Status Write(rocksdb::WriteBatch* batch) {
    rocksdb::WriteOptions wo;
    wo.sync = false;  // the WAL is on; a crash loses at most whole recent batches
    return FromRocks(db->Write(wo, batch), "writing to the database");
  }
};

}  // namespace cg

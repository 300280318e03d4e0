// Store: the claim graph in RocksDB. The only code that includes RocksDB.
// Interface: Store::Open(), PutArticle(), RemoveSource() and the readers below.
// Thread-safety: one Store may be read from several threads; writes are serialised by
// the caller (one writer process holds the database lock). Tested by
// tests/storage/store_test.cc.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "model/model.h"
#include "storage/key_codec.h"

namespace cg {

struct StoreOptions {
  bool read_only = false;           // open without taking the lock (queries)
  bool create_if_missing = true;    // ignored when read_only
  bool allow_other_schema = false;  // reindex opens older databases to migrate them
};

// Everything one article contributes to the graph, written in one batch.
struct ArticleRecord {
  Source source;
  std::string text;  // the bytes statement offsets refer to
  std::vector<Statement> statements;
  std::vector<Entity> entities;  // every entity a mention refers to
  std::vector<Mention> mentions;
  std::map<std::string, std::vector<keys::Posting>> postings;  // term -> postings
  // Edges between this article's statements and those of stored sources. Replacing an
  // article replaces all its edges (those other articles made to it included).
  std::vector<Edge> edges;
  // Entity ids whose stored record this article's replaces outright instead of merging
  // with it (reindex sets it for an id's first write in the run, so no stale record
  // survives a gazetteer change).
  std::vector<std::string> replace_entities;
};

struct GraphStats {
  uint64_t sources = 0;
  uint64_t statements = 0;
  uint64_t terms = 0;  // index terms over all statements
  uint64_t edges = 0;
  // Entity mentions; absent (nullopt) in a database written before they were counted, where
  // a reader counts the mention keys instead.
  std::optional<uint64_t> mentions;
};

// What Store::Check found: counts of what it read, and each broken invariant in words
// (the first `max_problems` of `problem_count`).
struct CheckReport {
  uint64_t sources = 0, statements = 0, entities = 0, mentions = 0, postings = 0, edges = 0,
           corrections = 0;
  uint64_t problem_count = 0;
  size_t max_problems = 100;
  std::vector<std::string> problems;
};

enum class PutOutcome { kAdded, kReplaced, kUnchanged };
enum class PutMode {
  kSkipUnchanged,  // an identical source record and text write nothing
  kRewrite,        // rewrite everything (reindex: the derivation may have changed)
};

class Store {
 public:
  // Fails with kIOError naming the path if another process holds the lock, kNotFound if
  // a read-only open finds no database, kNotSupported on another schema version.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& path() const { return path_; }
  uint32_t schema_version() const { return schema_version_; }
  // Records the current schema version (after reindex has migrated every source).
  Status MarkCurrentSchema();
  // Tests only: records another schema version, as an older or newer claimgraph would.
  Status TEST_SetSchemaVersion(uint32_t version);

  // Stores the article whole or not at all, replacing what an earlier version of the same
  // source id contributed. Returns kUnchanged (and writes nothing) when the stored source
  // record and text are identical.
  Result<PutOutcome> PutArticle(const ArticleRecord& article,
                                PutMode mode = PutMode::kSkipUnchanged);
  // Deletes a source and everything derived from it. kNotFound if there is no such source.
  Status RemoveSource(const std::string& source_id);

  // The domain gazetteers the graph is built with: JSON [{"file", "text"}], written by
  // ingest and reindex when given --gazetteer and read back when not; "" when none.
  Status PutGazetteers(const std::string& json);
  Result<std::string> GetGazetteers() const;

  Result<Source> GetSource(const std::string& id) const;
  Result<std::vector<Source>> ListSources() const;  // sorted by id, copies filled in
  Result<std::string> GetSourceText(const std::string& id) const;
  Result<std::vector<Statement>> StatementsOf(const std::string& source_id) const;
  Result<Statement> GetStatement(const std::string& statement_id) const;
  Result<Entity> GetEntity(const std::string& id) const;
  Result<std::vector<Entity>> ListEntities() const;  // sorted by id
  Result<std::vector<Mention>> MentionsOf(const std::string& entity_id) const;
  // Postings of one term: (source id, postings) sorted by source id.
  Result<std::vector<std::pair<std::string, std::vector<keys::Posting>>>> PostingsOf(
      const std::string& term) const;
  Result<GraphStats> Stats() const;
  // The edges at one statement, sorted by the other end.
  Result<std::vector<Edge>> EdgesOf(const std::string& statement_id) const;
  // Every edge once (from < to), sorted by (from, to).
  Result<std::vector<Edge>> ListEdges() const;

  // Reads every record and verifies the invariants of schema/keys.md (src/storage/check.cc).
  // A damaged database is an ok result with problems listed; an error means it could not
  // be read at all.
  Result<CheckReport> Check(size_t max_problems = 100) const;
  // Tests only: writes or deletes one raw key, bypassing every invariant, so that a test
  // can break one and see Check name it. `family` is a column family name (keys.md).
  Status TEST_RawPut(const std::string& family, std::string_view key, std::string_view value);
  Status TEST_RawDelete(const std::string& family, std::string_view key);

  // Appends a correction, numbering it one past the last (its seq is set). Corrections
  // are never overwritten or deleted: a later one on the same target supersedes it.
  Status AddCorrection(Correction* correction);
  Result<std::vector<Correction>> ListCorrections() const;  // by seq

  // The open database; defined in storage/store_internal.h, used only inside src/storage.
  struct Impl;

 private:
  Store(std::string path, std::unique_ptr<Impl> impl, uint32_t schema_version);
  std::string path_;
  std::unique_ptr<Impl> impl_;
  uint32_t schema_version_;
};

}  // namespace cg

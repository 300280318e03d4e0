// Key and value encodings of the RocksDB column families. These bytes are on disk: never
// renumber a prefix or reorder a field. schema/keys.md documents every layout.
// Interface: the functions below. Tested by tests/storage/key_codec_test.cc.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace cg::keys {

// Bumped whenever a layout below changes; stored under meta "schema_version".
inline constexpr uint32_t kSchemaVersion = 3;  // 2: edges; 3: retrieval keys in postings

// Column family names, in the order the store opens them.
inline constexpr const char* kMeta = "meta";
inline constexpr const char* kSources = "sources";
inline constexpr const char* kSourceText = "source_text";
inline constexpr const char* kStatements = "statements";
inline constexpr const char* kEntities = "entities";
inline constexpr const char* kMentions = "mentions";
inline constexpr const char* kPostings = "postings";
inline constexpr const char* kContentHashes = "content_hashes";
inline constexpr const char* kEdges = "edges";
// Users' corrections: be64 seq -> correction JSON. Never written by ingest or reindex.
// Added without a schema bump: a database without it has no corrections, and the first
// write open creates it.
inline constexpr const char* kCorrections = "corrections";

// Prefix bytes inside the postings family.
inline constexpr char kTermPrefix = 'T';         // 'T' term 0x00 source_id -> postings list
inline constexpr char kSourceTermsPrefix = 'S';  // 'S' source_id -> the source's terms

void PutBigEndian32(uint32_t v, std::string* out);
uint32_t GetBigEndian32(std::string_view in);  // in.size() >= 4

// statements: source_id 0x00 start(be32). A source's statements sort by offset.
std::string StatementKey(std::string_view source_id, uint32_t start);
std::string StatementPrefix(std::string_view source_id);
// mentions: entity_id 0x00 source_id 0x00 start(be32).
std::string MentionKey(std::string_view entity_id, std::string_view source_id, uint32_t start);
std::string MentionPrefix(std::string_view entity_id);
std::string MentionPrefix(std::string_view entity_id, std::string_view source_id);
// postings: see the prefixes above.
std::string TermKey(std::string_view term, std::string_view source_id);
std::string TermPrefix(std::string_view term);
std::string SourceTermsKey(std::string_view source_id);
// content_hashes: sha256 hex 0x00 source_id -> empty.
std::string ContentHashKey(std::string_view hash, std::string_view source_id);
std::string ContentHashPrefix(std::string_view hash);

// edges: source_id 0x00 start(be32) 0x00 other statement id -> edge. Each edge is stored
// under both of its statements, so a source's edges are one prefix scan.
std::string EdgeKey(std::string_view source_id, uint32_t start, std::string_view other_id);
std::string EdgePrefix(std::string_view source_id);
std::string EdgePrefix(std::string_view source_id, uint32_t start);

// The source id after `prefix` in a key: up to the next 0x00 or the end.
std::string_view SourceIdAfter(std::string_view key, size_t prefix_len);

// A statement's place in one term's postings list.
struct Posting {
  uint32_t statement_start = 0;  // the statement's key offset within its source
  uint32_t term_frequency = 0;
  uint32_t statement_terms = 0;  // the statement's length in index terms
};

// Varint lists: count, then (start delta, tf, length) per posting, starts ascending.
std::string EncodePostings(const std::vector<Posting>& postings);
Result<std::vector<Posting>> DecodePostings(std::string_view bytes);
// Varint count, then (varint length, bytes) per string.
std::string EncodeStrings(const std::vector<std::string>& strings);
Result<std::vector<std::string>> DecodeStrings(std::string_view bytes);

}  // namespace cg::keys

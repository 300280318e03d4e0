// The graph's records: Source, Statement, Entity, Mention, Edge, and their JSON form, which is
// both the stored value format and the export format.
// Interface: the structs below, ToJson(), Decode*(). Tested by tests/model/model_test.cc.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace cg {

using Json = nlohmann::ordered_json;

// An ingested article.
struct Source {
  std::string id;      // given by the input, or derived from the file name
  std::string file;    // the path the user named, joined with the path inside a folder
  std::string format;  // txt, md, html, json, jsonl, pdf
  std::string title, outlet, author, url, published;
  std::string content_hash;  // SHA-256 of `text` (the bytes offsets refer to)
  // SHA-256 over everything derived from the text (statements, mentions, terms): a
  // re-ingest or reindex that would write the same graph writes nothing.
  std::string derived_hash;
  uint64_t text_bytes = 0;
  uint32_t statement_count = 0;
  uint32_t term_count = 0;              // index terms over all statements (for BM25)
  std::vector<std::string> entity_ids;  // entities mentioned, sorted
  std::vector<std::string> copies;      // other sources with identical text (query time)
};

// One assertion as one source makes it: the exact bytes text[start, end).
struct Statement {
  std::string id;  // "<source id>@<start>"
  std::string source;
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
  std::string kind;             // "headline" or "sentence"
  double checkworthiness = 0;   // [0, 1]
  bool hedged = false;          // may, might, likely, reportedly...
  std::string speaker;          // attribution: who the source says asserts it ("" if none)
  std::string attribution_cue;  // the words that gave the attribution ("said", "according to")
  uint32_t term_count = 0;
  std::vector<std::string> entities;  // entity ids mentioned, sorted
};

// An organisation, person, product, place or policy.
struct Entity {
  std::string id;      // slug of the canonical name: stable across databases
  std::string name;    // canonical name
  std::string type;    // organization, person, product, place, policy, other
  std::string origin;  // "gazetteer" or "discovered"
  std::vector<std::string>
      aliases;  // known other names (gazetteer); observed forms come from mentions
};

// One place a source names an entity.
struct Mention {
  std::string entity;
  std::string source;
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;    // the surface form, exactly text[start, end)
  std::string method;  // exact, alias, variant, phonetic, skeleton, discovered
  std::string why;     // what resolved the form to the entity, for a person to check
};

// A judgement between two statements of different sources: one backs or contests the
// other. Stored once per end; `from` < `to` in the canonical form.
struct Edge {
  std::string from;  // statement ids
  std::string to;
  std::string type;       // "supports" or "contradicts"
  double score = 0;       // [0, 1]
  std::string why;        // the words and structures that made the call, for a person to check
  double similarity = 0;  // how much of the two statements is shared (words, synonyms)
  std::vector<std::pair<std::string, double>> features;  // name -> value, fixed order
};

// Statements from different sources that assert the same thing (derived from the
// supports edges; see query/graph.cc).
struct Claim {
  std::string id;                       // "c" + hash of the first member's id: stable
  std::string text;                     // canonical wording: the most central member
  std::string canonical;                // that member's statement id
  std::vector<std::string> statements;  // sorted
  std::vector<std::string> sources;     // sorted, unique
};

// One side of a dispute.
struct DisputeSide {
  std::vector<std::string> claims;      // claim ids (a lone statement stands for itself)
  std::vector<std::string> statements;  // by weight, then id
  std::vector<std::string> sources;     // sorted, unique: sources quoted on this side alone
  double weight = 0;                    // sum over its contradicts edges of their scores
};

// A question the sources disagree on: two sides joined by contradicts edges.
struct Dispute {
  std::string id;        // "d" + hash of its first statement id: stable
  std::string question;  // side A's leading statement against side B's
  std::string claim;     // the statement at stake: side A's leading statement
  std::string about;     // what the dispute turns on, in the claim's own words
  DisputeSide a, b;      // A backs the claim, B contests it; A holds more sources
  // Sources quoted on both sides: shown apart, counted in neither side's `sources`.
  std::vector<std::string> both_sides;
  std::vector<Edge> edges;  // the contradicts edges between the sides, strongest first
  double score = 0;         // ranking weight
};

// A user's fix of the graph, kept in its own column family as an overlay with history.
// It names what it is about by content (source id and quoted text, entity ids, which are
// slugs of names), never by internal ids, so it survives re-ingesting the articles.
struct Correction {
  uint64_t seq = 0;  // 1, 2, ...: the order corrections were made in
  // "edge" (relabel the link between two statements), "not-a-claim" (a statement),
  // "merge" (an entity into another), "split" (an alias off an entity).
  std::string kind;
  // edge: {"a": {"source", "quote"}, "b": {...}}; not-a-claim: {"source", "quote"};
  // merge: {"entity", "into"}; split: {"alias", "entity"}.
  Json about;
  std::string value;     // edge: supports / contradicts / none; others: apply / undo
  std::string previous;  // what the graph said before (edge: its label and score)
  std::string reason, who, when;
};

Json ToJson(const Correction& c);
Result<Correction> DecodeCorrection(std::string_view bytes);

Json ToJson(const Source& s);
Json ToJson(const Statement& s);
Json ToJson(const Entity& e);
Json ToJson(const Mention& m);
Json ToJson(const Edge& e);
Json ToJson(const Claim& c);
Json ToJson(const Dispute& d);

// Decode stored values. A value that does not parse or lacks a field is kCorruption.
Result<Source> DecodeSource(std::string_view bytes);
Result<Statement> DecodeStatement(std::string_view bytes);
Result<Entity> DecodeEntity(std::string_view bytes);
Result<Mention> DecodeMention(std::string_view bytes);
Result<Edge> DecodeEdge(std::string_view bytes);

// "<source id>@<start>", and back. ParseStatementId fails on an id without '@<number>'.
std::string MakeStatementId(std::string_view source_id, uint32_t start);
Status ParseStatementId(std::string_view id, std::string* source_id, uint32_t* start);

}  // namespace cg

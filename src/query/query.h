// Queries over the stored graph: ranked statement search, entity pages, statement
// listings and the JSON export. Every result is sorted deterministically.
// Interface: the functions below. Tested by tests/cli/cli_test.cc and
// tests/storage/store_test.cc.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/terms.h"
#include "model/model.h"
#include "storage/store.h"

namespace cg {

struct SearchHit {
  Statement statement;
  std::string source_title;
  std::string source_file;
  double score = 0;
  std::vector<std::string> matched_terms;
};

// BM25 (k1 = 1.2, b = 0.75, the usual defaults) over statements, through the postings.
// Ties break on statement id. kInvalidArgument if the text has no index terms.
Result<std::vector<SearchHit>> Search(const Store& store, const TermAnalyzer& analyzer,
                                      const std::string& text, size_t limit);

// Finds an entity by id, canonical name, gazetteer alias or a form it was mentioned by
// (case and punctuation ignored). kNotFound lists nothing; the message says so.
Result<Entity> FindEntity(const Store& store, const std::string& name);

struct EntityMentionView {
  Mention mention;
  std::string statement_id;  // the statement holding the mention, "" if none
  std::string quote;         // that statement's text, or the mention's line
};

struct EntityView {
  Entity entity;
  std::vector<std::string> observed_forms;             // surface forms seen, sorted, unique
  std::vector<EntityMentionView> mentions;             // by source, then offset
  std::vector<std::pair<Entity, size_t>> cooccurring;  // entities in the same statements, by count
  size_t source_count = 0;
};
Result<EntityView> ViewEntity(const Store& store, const Entity& entity);

// Every statement, by source id then offset; restricted to one source and/or to
// statements that mention one entity.
Result<std::vector<Statement>> ListStatements(const Store& store, const std::string& source_id,
                                              const std::string& entity_id);

// Users' corrections, resolved against the graph as it is now. Built by LoadOverlay();
// applied by BuildClaimGraph, ExportGraph, FindEntity, ViewEntity and the briefing note.
struct CorrectionState {
  Correction correction;
  std::string status;                   // active, superseded, undone, orphaned
  std::string detail;                   // superseded by which, or why it is orphaned
  std::vector<std::string> statements;  // the statements it resolved to
};
struct Overlay {
  struct Split {
    std::string alias, from;  // mentions of `from` with this form...
    Entity entity;            // ...belong to this entity (id: slug of the alias)
  };
  std::vector<CorrectionState> corrections;  // every correction, by seq
  std::map<std::pair<std::string, std::string>, const Correction*> edge_labels;  // (lo, hi)
  std::set<std::string> not_claims;                                              // statement ids
  std::map<std::string, std::string> merged_into;  // entity id -> the entity it joins
  std::vector<Split> splits;

  // Relabels, removes and adds edges; drops edges at statements that are not claims.
  void ApplyToEdges(std::vector<Edge>* edges) const;
  // The entity a mention belongs to after merges and splits.
  std::string EntityOf(const Mention& m) const;
};
// The key two corrections share when one supersedes the other.
std::string CorrectionTarget(const Correction& c);
Result<Overlay> LoadOverlay(const Store& store);

struct ClaimGraphOptions {
  // Supports edges this strong join statements into a claim: the learned supports model
  // (src/judge/linear_model.h) gives a probability, and a claim joins two statements when it
  // finds support more likely than not (an edge alone needs its tuned threshold, lower).
  double claim_min_score = 0.5;
  bool corrections = true;  // apply the users' corrections (the overlay)
  // Read every statement an edge touches. Off, `statements` holds ids alone and claim and
  // dispute texts are empty: the same claims and disputes, counted without reading
  // statements (claimgraph stats).
  bool statements = true;
};

// Claims and disputes over the stored edges. Deterministic: a function of the edge set.
struct ClaimGraph {
  std::vector<Edge> edges;                      // every edge, by (from, to)
  std::map<std::string, Statement> statements;  // every statement an edge touches
  std::vector<Claim> claims;                    // by independent sources, then id
  std::map<std::string, std::string> claim_of;  // statement id -> claim id
  std::vector<Dispute> disputes;                // by weight of evidence, then id
};
Result<ClaimGraph> BuildClaimGraph(const Store& store, const ClaimGraphOptions& options = {});
// A claim by id, the claim of a statement, or a statement standing alone as a claim of
// one (added to `graph->statements`). kNotFound when the id is none of these.
Result<Claim> FindClaim(const Store& store, ClaimGraph* graph, const std::string& id);

// The FNC-1 metrics of a stance run: the FNC-1 score (0.25 for telling related from
// unrelated, 0.75 more for the right stance of a related pair, as a share of the most a
// run can get), per-class and macro F1, and the confusion matrix. Classes in order:
// supports (agree), contradicts (disagree), discusses (discuss), unrelated.
struct StanceScore {
  size_t confusion[4][4] = {};  // [gold][predicted]
  size_t pairs = 0;
  double fnc = 0, fnc_max = 0;
  double f1[4] = {};
  double macro_f1 = 0;
  double Percent() const { return fnc_max > 0 ? 100.0 * fnc / fnc_max : 0.0; }
};
// The class of an FNC-1 or claimgraph label ("agree" or "supports"...), or -1.
int StanceClass(std::string_view label);
StanceScore ScoreStances(const std::vector<std::pair<int, int>>& gold_predicted);
Json ToJson(const StanceScore& score);
std::string FormatStanceScore(const StanceScore& score);

// The claim and edge metrics of ../shared/eval/README.md (the reference scorer
// score_seed.py) on an export document, against gold in the format of seed-gold.json.
// kInvalidArgument names what is missing from either document. With `misses`, the result's
// "entity_misses" lists what the entity metrics count against the graph: gold entities not
// found in an article ("entities"), forms not found ("aliases"), entities typed wrong
// ("types"), exported entities joining two gold ones ("merges") or naming none ("unmatched").
Result<Json> EvaluateGold(const Json& export_doc, const Json& gold, bool misses = false);

// The export document of ../shared/eval/README.md (schema/export.schema.json).
Result<Json> ExportGraph(const Store& store);

// The same document for the tools users already have, both derived from ExportGraph's
// document so every format says the same thing:
// GraphML (Gephi, yEd): sources, statements, claims and entities as nodes with their
// attributes; supports / contradicts edges with score and reason, and the structural
// edges "states" (source -> statement), "member" (claim -> statement) and "mentions"
// (statement -> entity).
std::string ExportGraphMl(const Json& export_doc);
// JSON-LD in schema.org's vocabulary: sources as NewsArticle, statements and claims as
// Claim, entities as Organization / Person / Place / Product / Thing, and each supports or
// contradicts edge as a ClaimReview of one statement based on the other.
Json ExportJsonLd(const Json& export_doc);

// What a briefing note is about: a phrase, an entity or a dispute, and the statements
// that make its scope.
struct BriefTopic {
  std::string label;                    // as the note's title names it
  std::string kind;                     // "phrase", "entity" or "dispute"
  std::string dispute;                  // the dispute id, for kind "dispute"
  std::vector<std::string> statements;  // ids, sorted
};
// A dispute id, else an entity (FindEntity), else a phrase: the statements holding all of
// its index terms (two thirds of them, from four terms up). kNotFound when nothing is in
// scope, kInvalidArgument when the phrase has no index terms.
Result<BriefTopic> ResolveBriefTopic(const Store& store, const ClaimGraph& graph,
                                     const TermAnalyzer& analyzer, const std::string& text);

// The briefing note as data (the --json form): title, scope, key claims ranked by
// independent sources, disputes from both sides, entities, the numbered source list and
// every quote cited. Each citation is {"n": source number, "statement": id}.
Result<Json> BuildBrief(const Store& store, const ClaimGraph& graph, const BriefTopic& topic);
// The same note as Markdown, and as one self-contained HTML page (inline style, no
// external assets or scripts, all article text escaped).
std::string BriefMarkdown(const Json& brief);
std::string BriefHtml(const Json& brief);

}  // namespace cg

// The ingestion pipeline: read -> normalize -> boilerplate -> segment -> entities ->
// statements -> index terms, then one write batch per article.
// Interface: Analyzers, AnalyzeArticle(), IngestPaths(), Reindex().
// Tested by tests/ingest/pipeline_test.cc and tests/cli/cli_test.cc.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/terms.h"
#include "ingest/boilerplate.h"
#include "ingest/entities.h"
#include "ingest/gazetteer.h"
#include "ingest/reader.h"
#include "ingest/segment.h"
#include "ingest/stance_model.h"
#include "ingest/statements.h"
#include "judge/link.h"
#include "storage/store.h"
#include "text/wordnet.h"

namespace cg {

// Per-article bounds on the work of analysis and linking, so that one huge article costs
// time in proportion to its size and never takes the machine. Past a bound the rest is not
// analysed (its text is still stored) and the report counts what was left out. The
// defaults are well above the largest articles bench/ingest_shared.sh has measured.
struct ArticleCaps {
  size_t max_sentences = 200000;  // sentences analysed for entities and statements
  size_t max_statements = 100000;
  size_t max_pairs = 400000;  // candidate statement pairs judged by the linker
  // A term in more of this article's statements than this retrieves no pairs among them
  // (it says little about which two are alike, and its pairs grow as the square).
  size_t max_term_statements = 500;
};

// What one article's analysis and linking did, and what the caps left out.
struct ArticleCounts {
  size_t sentences = 0, statements = 0, pairs = 0;
  size_t sentences_cut = 0, statements_cut = 0, pairs_cut = 0;
  bool Capped() const { return sentences_cut || statements_cut || pairs_cut; }
};

struct AnalyzerConfig {
  std::string data_dir;                 // holds given_names.txt, acronyms.txt, the learned weights
  std::string wordnet_dir;              // WordNet's dict folder (index.noun...)
  std::string iso_codes_dir;            // iso-codes' json folder (iso_3166-1.json...); "": none
  std::vector<std::string> gazetteers;  // domain packs (TSV files), none by default
  // Domain packs as text: (file they came from, TSV), as a database keeps them.
  std::vector<std::pair<std::string, std::string>> gazetteer_texts;
  ArticleCaps caps;
};

// The stages, built once per run. Not thread-safe (the stemmer keeps state).
struct Analyzers {
  Gazetteer gazetteer;
  WordLists words;
  std::unique_ptr<BoilerplateFilter> boilerplate;
  std::unique_ptr<EntityRecognizer> entities;
  std::unique_ptr<StatementExtractor> statements;
  TermAnalyzer terms;
  SegmentOptions segment;
  WordNet wordnet;
  std::unique_ptr<Linker> linker;
  StanceCues stance_cues;    // stance_cues.tsv
  StanceModel stance_model;  // stance_model.tsv; empty when the file is absent

  AnalyzerConfig config;  // what they were built from (a second set for another thread)

  // Fails naming the file if a data file is missing or malformed.
  static Result<std::unique_ptr<Analyzers>> Create(const AnalyzerConfig& config);
};

// The linker's profiles of one article's statements, by statement start.
using StatementProfiles = std::map<uint32_t, StatementProfile>;

// Pure: the same article gives the same record, byte for byte. `profiles`, when given,
// receives the profile of each statement (LinkArticle takes them, instead of profiling
// the statements again).
// `counts`, when given, receives the sentences and statements found and what the caps cut.
Result<ArticleRecord> AnalyzeArticle(const RawArticle& article, const Analyzers& analyzers,
                                     StatementProfiles* profiles = nullptr,
                                     ArticleCounts* counts = nullptr);

// The edges between `article`'s statements and the stored statements of other sources.
// Candidates come from the postings (statements sharing index terms), so the cost grows
// with the candidates found, not with the graph. Deterministic and independent of the
// order sources were stored in.
//
// `cache`, kept across the articles of one run, holds statement profiles by statement id,
// so a stored statement is read and profiled once per run: the article's old statements
// leave it and its new ones enter it (the article is about to be stored).
using ProfileCache = std::map<std::string, StatementProfile>;
// `own`, when given, holds the article's statement profiles from AnalyzeArticle.
// `counts`, when given, receives the pairs judged and those the pair caps left out.
// `linkable`, when given, holds the only other sources linked against (reindex: those
// already rewritten; a pair with a source not yet rewritten is judged when that one is).
Result<std::vector<Edge>> LinkArticle(const ArticleRecord& article, const Store& store,
                                      const Analyzers& analyzers, ProfileCache* cache = nullptr,
                                      StatementProfiles* own = nullptr,
                                      ArticleCounts* counts = nullptr,
                                      const std::set<std::string>* linkable = nullptr);

struct IngestReport {
  size_t added = 0, replaced = 0, unchanged = 0;
  size_t statements = 0;  // in the articles of this run
  size_t mentions = 0;
  size_t edges = 0;  // made by the articles of this run
  // Wall time of each step, summed over the articles (for benchmarks; never in golden
  // output).
  double analyze_seconds = 0, link_seconds = 0, store_seconds = 0;
  std::vector<InputIssue> skipped;
  size_t ignored_files = 0;
  // Articles stored with part of their text not analysed (ArticleCaps), one message each,
  // and the totals left out.
  std::vector<InputIssue> capped;
  size_t sentences_cut = 0, statements_cut = 0, pairs_cut = 0;
};

// One article's cost, for `ingest --timings`.
struct ArticleTiming {
  std::string file, id;
  size_t bytes = 0;
  ArticleCounts counts;
  double analyze_seconds = 0, link_seconds = 0, store_seconds = 0;
};

struct IngestOptions {
  ReadOptions read;
  // Called after each stored or skipped-in-analysis article with its cost.
  std::function<void(const ArticleTiming&)> on_timing;
};

// Reads, analyses and stores every article under `paths`. One bad article is reported in
// `skipped` and never stops the batch; an error of the store itself ends the run. From 64
// articles on, the next article is analysed on a second thread (with analyzers of its own)
// while this one is linked and stored; the result is the same.
// `progress(done, total, file)` is called after each article.
Result<IngestReport> IngestPaths(
    const std::vector<std::string>& paths, Store* store, const Analyzers& analyzers,
    const std::function<void(size_t, size_t, const std::string&)>& progress = nullptr,
    const IngestOptions& options = {});

// Re-derives every source's statements, mentions, postings and edges from its stored
// text and metadata, then marks the database with the current schema version.
Result<IngestReport> Reindex(Store* store, const Analyzers& analyzers);

}  // namespace cg

// The ingestion pipeline: read -> normalize -> boilerplate -> segment -> entities ->
// statements -> index terms, then one write batch per article.
// Interface: Analyzers, AnalyzeArticle(), IngestPaths(), Reindex().
// Tested by tests/ingest/pipeline_test.cc and tests/cli/cli_test.cc.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/terms.h"
#include "ingest/boilerplate.h"
#include "ingest/entities.h"
#include "ingest/gazetteer.h"
#include "ingest/link.h"
#include "ingest/reader.h"
#include "ingest/segment.h"
#include "ingest/stance_model.h"
#include "ingest/statements.h"
#include "ingest/wordnet.h"
#include "storage/store.h"

namespace cg {

struct AnalyzerConfig {
  std::string data_dir;                       // holds gazetteer.tsv, given_names.txt, acronyms.txt
  std::string wordnet_dir;                    // WordNet's dict folder (index.noun...)
  std::vector<std::string> extra_gazetteers;  // users' own TSV files, added after ours
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
Result<ArticleRecord> AnalyzeArticle(const RawArticle& article, const Analyzers& analyzers,
                                     StatementProfiles* profiles = nullptr);

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
Result<std::vector<Edge>> LinkArticle(const ArticleRecord& article, const Store& store,
                                      const Analyzers& analyzers, ProfileCache* cache = nullptr,
                                      StatementProfiles* own = nullptr);

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
};

// Reads, analyses and stores every article under `paths`. One bad article is reported in
// `skipped` and never stops the batch; an error of the store itself ends the run. From 64
// articles on, the next article is analysed on a second thread (with analyzers of its own)
// while this one is linked and stored; the result is the same.
// `progress(done, total, file)` is called after each article.
Result<IngestReport> IngestPaths(
    const std::vector<std::string>& paths, Store* store, const Analyzers& analyzers,
    const std::function<void(size_t, size_t, const std::string&)>& progress = nullptr);

// Re-derives every source's statements, mentions, postings and edges from its stored
// text and metadata, then marks the database with the current schema version.
Result<IngestReport> Reindex(Store* store, const Analyzers& analyzers);

}  // namespace cg

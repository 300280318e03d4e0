// Stance of sources toward a claim: given a claim in free text, which stored sources back
// it, which contest it and which only discuss it, each with the statements that decided
// it and why. The claim is read into a profile as a statement is; the stored statements
// that share the claim's rarest index terms are retrieved through the postings and each
// is judged against the claim by the linker (the judgement the graph's edges get); a
// source's stance is that of its strongest statements. Deterministic: the same store and
// text give the same answer, byte for byte.
// Interface: StanceOptions, StanceJudge. Tested by tests/ingest/stance_test.cc and
// tests/cli/cli_test.cc.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/status.h"
#include "ingest/pipeline.h"
#include "ingest/stance_model.h"
#include "model/model.h"
#include "storage/store.h"

namespace cg {

struct StanceOptions {
  size_t candidates = 300;    // statements judged per claim: those sharing its rarest terms
  double min_coverage = 0.3;  // a statement covering this much of the claim discusses it
  // A source whose statements together cover this much of the claim discusses it, even
  // when no one statement covers min_coverage.
  double min_source_coverage = 0.5;
  size_t evidence = 3;             // statements kept per source and side, strongest first
  std::set<std::string> excluded;  // statement ids users marked as no claim: never evidence
  // The learned model that decides each source's stance (Answer); without one, the linker's
  // judgement of the source's statements decides.
  const StanceModel* model = nullptr;
  // With a model, the linker also judges each source's headline and statements closest to
  // the claim (the judgement the graph's edges get); its verdicts are shown as evidence. Its
  // verdict on the headline, or one this strong, decides the source's stance
  // (CombineVerdicts in stance.cc); above 1, only the headline's.
  double linker_override = 0.95;
};

// One statement's stance toward the claim.
struct StatementStance {
  Statement statement;
  std::string stance;    // "supports", "contradicts" or "discusses"
  double score = 0;      // the judgement's score; for "discusses", the coverage
  double coverage = 0;   // how much of the claim the statement covers, [0, 1]
  std::string why;       // A is the claim, B the statement
  std::string claim_id;  // set when the stance comes from a stored claim or edge
  bool relayed = false;  // attributed to a speaker or under a verb of reporting ("X said",
                         // "according to", "reportedly"): the source reports it
};

// One source's stance: each source appears once.
struct SourceStance {
  Source source;
  std::string stance;       // overall: the side of its strongest statement
  double score = 0;         // that statement's score
  bool both_sides = false;  // it holds statements that back the claim and statements that
                            // contest it (a source reporting a view it rebuts)
  bool relays = false;      // every statement it shows on its side is relayed: it reports the
                            // claim (or its denial) without asserting it
  std::string copy_of;      // a source listed before it with the same text (syndicated)
  std::vector<std::string> copies;        // listed sources that copy this one's text
  std::vector<StatementStance> evidence;  // supports, then contradicts, then discusses
  // What the judge saw of the source (from the last JudgeStatements): how much of the claim
  // its statements cover together, how many are close to it, the share of those hedged,
  // attributed, negated or framed as a rebuttal, and the strongest linker scores and cues.
  std::vector<std::pair<std::string, double>> features;
};

struct ClaimStances {
  std::string claim;
  // By overall stance (supports, contradicts, discusses), then score, then source id.
  std::vector<SourceStance> sources;
  // Independent sources on each side: a copy is counted once, with its original.
  // Sources that only relay a claim or its denial are counted apart (relaying), and so are
  // those whose shown statements take both sides (both_sides): neither side counts them.
  size_t supporting = 0, contradicting = 0, discussing = 0, relaying = 0, both_sides = 0;
};

// Judges claims against one store. Caches statement profiles and postings, so a batch of
// claims reads and analyses each stored statement once. Not thread-safe.
class StanceJudge {
 public:
  // `store` and `analyzers` must outlive the judge.
  StanceJudge(const Store* store, const Analyzers* analyzers, StanceOptions options = {});
  ~StanceJudge();
  StanceJudge(const StanceJudge&) = delete;
  StanceJudge& operator=(const StanceJudge&) = delete;

  // Every stored statement that supports, contradicts or discusses the claim. The
  // statements of a stored source are never excluded: the claim is no source.
  Result<std::vector<StatementStance>> JudgeStatements(const std::string& claim_text);

  // The sources behind `judged` (from JudgeStatements, plus any stances the caller knows
  // from the graph), one entry each, with copies marked and counted once.
  Result<ClaimStances> BySource(const std::string& claim_text, std::vector<StatementStance> judged);

  // With a model: every stored source the model finds related to the claim, with its
  // stance, P of that stance as the score, and as evidence the statements of the sentences
  // closest to the claim, the reason naming the features that decided. Without one:
  // JudgeStatements, then BySource.
  Result<ClaimStances> Answer(const std::string& claim_text);
  // The same for a claim the graph knows, with what the graph says (`known`: its member
  // statements, and the statements its edges reach) as evidence beside the judgement of
  // its wording. A source one of whose statements is a member asserts the claim.
  Result<ClaimStances> Answer(const std::string& claim_text, std::vector<StatementStance> known);

 private:
  struct Cache;
  const Store* store_;
  const Analyzers* analyzers_;
  StanceOptions options_;
  std::unique_ptr<Cache> cache_;
  std::map<std::string, std::vector<std::pair<std::string, double>>> features_;  // by source

  Result<ClaimStances> AnswerWithModel(const std::string& claim_text);
  // Every model evidence statement of `ss` gets the model's reason, in words quoted from
  // those statements (stance_reason.h).
  void SetModelReason(const StancePrediction& p, const std::vector<StancePush>& top,
                      const StanceFeatures& f, const StanceText& article,
                      const std::vector<Statement>& statements, SourceStance* ss) const;
  Result<const Source*> CachedSource(const std::string& id);
  const StatementProfile& CachedProfile(const Statement& statement);
  // Attributed to a speaker, or holding a verb or phrase of reporting (stance_cues.tsv)
  // and no word of refuting (a report the source itself rebuts is its own assertion).
  bool Relayed(const Statement& statement) const;
};

// The JSON form of an answer: {"claim", "supporting", "contradicting", "discussing",
// "relaying", "both_sides", "sources": [{"id", "stance", "score", "title", "file", ...,
// "evidence": [...]}]}.
// `limit` caps the sources (0: all); `features` adds each source's stance features.
Json ToJson(const ClaimStances& answer, size_t limit, bool features = false);

}  // namespace cg

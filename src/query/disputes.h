// Disputes from the contradicts edges of a claim graph, as named passes: each edge's core
// (the index terms and entities its two statements share), the parity union-find that puts
// clusters on two sides and keeps an edge out when it shares nothing with the dispute it
// would join (so a dispute never chains two unrelated stories), the sides (a source quoted
// on both is shown apart and counted for neither), and the one-line summary of what the
// dispute is about, taken from the wording of the claim at stake.
// Interface: EdgeCore(), SharesCore(), AboutLine(), BuildDisputes(), and three helpers
// the claim pass shares (Stronger(), StableId(), SourceOf()). Internal to cg_query.
// Tested by tests/query/disputes_test.cc.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/terms.h"
#include "model/model.h"

namespace cg {

struct ClaimGraph;

// Edges strongest first, then by (from, to).
bool Stronger(const Edge& x, const Edge& y);
// `prefix` + the first 10 hex digits of SHA-256(id): a stable id ("c...", "d...").
std::string StableId(const std::string& prefix, const std::string& id);
// The source id of a statement id ("<source>@<start>"); the id itself when malformed.
std::string SourceOf(const std::string& statement_id);

// What two statements share: their common index terms (stems) and common entity ids
// (prefixed "@"), sorted and unique.
std::vector<std::string> EdgeCore(const Statement& a, const Statement& b,
                                  const TermAnalyzer& analyzer);

// True when the two sorted cores have an element in common.
bool SharesCore(const std::vector<std::string>& x, const std::vector<std::string>& y);

// The words of `claim` a dispute turns on: the shortest stretch of the claim from its
// first to its last word in `core`, when it is at most `max_words` words long; else those
// words in the claim's order, joined by ", "; the whole claim (cut at `max_words`) when
// no word is in the core.
std::string AboutLine(std::string_view claim, const std::vector<std::string>& core,
                      const TermAnalyzer& analyzer, size_t max_words = 14);

// The disputes of `graph` (its edges, claims and statements already built), strongest
// first. Deterministic: a function of the edge set.
std::vector<Dispute> BuildDisputes(const ClaimGraph& graph, const TermAnalyzer& analyzer);

}  // namespace cg

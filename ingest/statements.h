// Decides which sentences are statements (check-worthy assertions), scores their
// check-worthiness, and keeps the attribution and hedging the text gives.
// Interface: StatementExtractor. Tested by tests/ingest/statements_test.cc.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "ingest/entities.h"
#include "ingest/gazetteer.h"
#include "ingest/types.h"

namespace cg {

struct StatementOptions {
  size_t min_words = 4;  // shorter sentences rarely assert anything checkable
  // Sentences scoring below this are not statements. Low on purpose: a missed assertion
  // cannot be linked later, a weak one only ranks low.
  double min_checkworthiness = 0.2;
};

struct ExtractedStatement {
  size_t start = 0;  // normalized offsets
  size_t end = 0;
  std::string kind;  // headline or sentence
  double checkworthiness = 0;
  bool hedged = false;
  std::string speaker;
  std::string cue;
};

class StatementExtractor {
 public:
  // `words` (its verb lemmas) must outlive the extractor.
  static Result<StatementExtractor> Create(const WordLists* words,
                                           const StatementOptions& options = {});
  StatementExtractor(StatementExtractor&&) noexcept;
  ~StatementExtractor();

  // `mentions` are the entity mentions inside the sentence (for attribution and scoring).
  // Returns nullopt for questions, headings, calls to action, bylines, fragments.
  std::optional<ExtractedStatement> Extract(std::string_view text, const Sentence& sentence,
                                            const std::vector<FoundMention>& mentions) const;

 private:
  struct Rules;
  StatementExtractor(const WordLists* words, StatementOptions options,
                     std::unique_ptr<Rules> rules);
  const WordLists* words_;
  StatementOptions options_;
  std::unique_ptr<Rules> rules_;
};

}  // namespace cg

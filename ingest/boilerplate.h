// Classifies each line of a normalized article as content, title, heading or boilerplate,
// by general rules: related-item lists, view counters, share and subscribe blocks,
// comment prompts, author bios and team links, navigation, disclosures and promotions.
// Interface: BoilerplateFilter. Tested by tests/ingest/boilerplate_test.cc.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "ingest/types.h"

namespace cg {

struct BoilerplateOptions {
  // A heading is a short line with no closing punctuation; longer lines are prose.
  size_t max_heading_words = 12;
  // In a related-items list, a line this long (in words) is prose and ends the list.
  size_t min_prose_words = 25;
  // End-of-article markers (share, subscribe, author bio) count only past this share
  // of the text; after one, single short sentences are footer, not content.
  double footer_zone = 0.5;
};

class BoilerplateFilter {
 public:
  // Compiles the rules; fails if a pattern does not compile.
  static Result<BoilerplateFilter> Create(const BoilerplateOptions& options = {});
  BoilerplateFilter(BoilerplateFilter&&) noexcept;
  ~BoilerplateFilter();

  // One Block per non-empty line, in order. `has_title` says whether the first line may be
  // the article's title (plain text and Markdown files start with one).
  std::vector<Block> Classify(std::string_view text, bool has_title) const;

 private:
  struct Rules;
  BoilerplateFilter(BoilerplateOptions options, std::unique_ptr<Rules> rules);
  BoilerplateOptions options_;
  std::unique_ptr<Rules> rules_;
};

}  // namespace cg

// Boilerplate rules. Each rule is general (a shape of page furniture), never a phrase of
// one article. Lines are the unit: page furniture sits on lines of its own.
//
// Three kinds of rules:
//  - line rules: the line alone is furniture (a view counter, "Leave a Comment");
//  - region openers: a line opens a region whose following lines are furniture while they
//    stay short (a "Related videos" list ends at the first line of prose; an author bio
//    runs to the next short line);
//  - the footer: past `footer_zone` of the text, an end-of-article marker makes later
//    single-sentence lines footer too, while multi-sentence paragraphs stay content.
#include "ingest/boilerplate.h"

#include <re2/re2.h>

#include "core/text.h"

namespace cg {

struct BoilerplateFilter::Rules {
  std::unique_ptr<RE2> view_counter, related_heading, share, comment, bio_heading, nav, read_time,
      disclosure, promo, title_with_site, credit_line, metadata_line, markdown_heading;
};

namespace {

struct Pattern {
  std::unique_ptr<RE2>* slot;
  const char* regex;
};

size_t Words(std::string_view s) { return CountWords(s); }

// Number of sentence-closing marks followed by a space or the end of the line.
size_t SentenceMarks(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if ((c == '.' || c == '!' || c == '?') &&
        (i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '"'))
      ++n;
  }
  return n;
}

bool EndsLikeSentence(std::string_view s) {
  s = Trim(s);
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')')) s.remove_suffix(1);
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?' || s.back() == ':');
}

}  // namespace

BoilerplateFilter::BoilerplateFilter(BoilerplateOptions options, std::unique_ptr<Rules> rules)
    : options_(options), rules_(std::move(rules)) {}
BoilerplateFilter::BoilerplateFilter(BoilerplateFilter&&) noexcept = default;
BoilerplateFilter::~BoilerplateFilter() = default;

Result<BoilerplateFilter> BoilerplateFilter::Create(const BoilerplateOptions& options) {
  auto rules = std::make_unique<Rules>();
  const Pattern patterns[] = {
      {&rules->view_counter, R"((?i)^\W*[\d.,]+\s*[km]?\s*views?\b)"},
      {&rules->related_heading,
       R"((?i)^\W*(related|recommended|more from|more stories|you (may|might) also like|read (more|next)|trending|most (read|popular)|popular (posts|stories)|watch next|up next|further reading|see also)\b[^.!?]{0,40}$)"},
      {&rules->share,
       R"((?i)^\W*(share( this( article| story| post)?)?( on| via)?\s*:|share\s*$|subscribe\b|sign up\b|follow us\b|get (our|the) newsletter|join (our|the) (newsletter|mailing list))|subscribe (free|now|today)\b)"},
      {&rules->comment,
       R"((?i)^\W*(leave a (comment|reply)|post a comment|add a comment|\d+\s+comments?|comments?|join the (conversation|discussion)|what do you think\??)\W*$)"},
      {&rules->bio_heading,
       R"((?i)^\W*about (the )?(author|writer|editor|contributor)s?\W*$|^About [A-Z][a-z]+( [A-Z][a-z'-]+){1,2}\s*$)"},
      {&rules->nav,
       R"((?i)(^\W*(meet the team|our team|home|menu|skip to (main )?content|back to top|next (article|post|story)|previous (article|post|story)|all rights reserved|copyright\b|terms of (use|service)|privacy policy|cookie (policy|settings))\W*$)|(→|»|›)\s*$|^(\s*\S[^|]{0,40}\|){3,})"},
      {&rules->read_time, R"((?i)^\W*\d+\s*(min|minute)s?\s*(read|to read)\W*$)"},
      {&rules->disclosure,
       R"((?i)^\W*this (article|post|story|piece|content) (was|has been|is) (produced|written|generated|created|prepared|drafted|assisted) (with|using|by|in partnership))"},
      {&rules->promo,
       R"((?i)\b(stay (informed|up[- ]to[- ]date|tuned)|keep an eye on our|sign up for|our (daily|weekly) (articles|newsletter|digest)|follow us on|provides you with an? (extensive|wide|comprehensive))\b)"},
      {&rules->title_with_site, R"(^(.{15,250}?) \| ([A-Z][\w .&'-]{1,40})$)"},
      {&rules->credit_line,
       R"((?i)^\W*(source|via|by|author|photo|image|credit)\s*:\s*\S.{0,200}$|^\W*(copyright\s*)?(©|\(c\))\s*\S.{0,200}$|^\W*copyright\s+\d{4}\b.{0,200}$)"},
      {&rules->metadata_line,
       R"((?i)^\W*(url|link|published|updated|posted|tags?|filed under)\s*:\s*\S.{0,200}$|^\W*no data available\W*$)"},
      {&rules->markdown_heading, R"(^#{1,6}\s)"},
  };
  RE2::Options opts;
  opts.set_log_errors(false);
  for (const auto& p : patterns) {
    *p.slot = std::make_unique<RE2>(p.regex, opts);
    if (!(*p.slot)->ok())
      return Status::InvalidArgument("boilerplate pattern does not compile: " + (*p.slot)->error());
  }
  return BoilerplateFilter(options, std::move(rules));
}

std::vector<Block> BoilerplateFilter::Classify(std::string_view text, bool has_title) const {
  std::vector<Block> blocks;
  size_t b = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      std::string_view line = text.substr(b, i - b);
      size_t lead = 0;
      while (lead < line.size() && line[lead] == ' ') ++lead;
      size_t trail = line.size();
      while (trail > lead && line[trail - 1] == ' ') --trail;
      if (trail > lead) blocks.push_back(Block{b + lead, b + trail, BlockKind::kContent, ""});
      b = i + 1;
    }
  }

  enum class Region { kNone, kRelated, kBio };
  Region region = Region::kNone;
  bool in_footer = false;
  bool seen_title = false;
  for (size_t k = 0; k < blocks.size(); ++k) {
    Block& blk = blocks[k];
    const std::string_view line = text.substr(blk.start, blk.end - blk.start);
    const size_t words = Words(line);
    const bool past_middle =
        text.empty() || static_cast<double>(blk.start) >= options_.footer_zone * text.size();
    auto mark = [&](const char* reason) {
      blk.kind = BlockKind::kBoilerplate;
      blk.reason = reason;
    };
    const bool short_line = words <= options_.max_heading_words && !EndsLikeSentence(line);

    if (RE2::PartialMatch(line, *rules_->title_with_site)) {
      blk.kind = BlockKind::kTitle;
      blk.reason = "page title with site name";
      continue;
    }
    if (region == Region::kRelated) {
      if (words >= options_.min_prose_words || SentenceMarks(line) >= 2) {
        region = Region::kNone;
      } else {
        mark("related-items list");
        continue;
      }
    }
    if (region == Region::kBio) {
      if (words > 6) {
        mark("author bio");
        continue;
      }
      region = Region::kNone;
    }
    // Line rules, in order. `opens` starts a region; `ends_article` (past the middle of
    // the text) starts the footer; `late_only` applies the rule only past the middle.
    struct LineRule {
      const RE2* re;
      const char* reason;
      Region opens;
      bool ends_article;
      bool late_only;
    };
    const LineRule line_rules[] = {
        {rules_->view_counter.get(), "view counter", Region::kNone, false, false},
        {rules_->related_heading.get(), "related-items heading", Region::kRelated, true, false},
        {rules_->share.get(), "share or subscribe block", Region::kNone, true, false},
        {rules_->comment.get(), "comment prompt", Region::kNone, true, false},
        {rules_->bio_heading.get(), "author bio", Region::kBio, true, false},
        {rules_->nav.get(), "navigation or team link", Region::kNone, false, false},
        {rules_->read_time.get(), "reading time", Region::kNone, false, false},
        {rules_->disclosure.get(), "production disclosure", Region::kNone, false, false},
        {rules_->credit_line.get(), "credit line", Region::kNone, false, false},
        {rules_->metadata_line.get(), "metadata line", Region::kNone, false, false},
        {rules_->promo.get(), "promotion", Region::kNone, true, true},
    };
    const LineRule* hit = nullptr;
    for (const LineRule& r : line_rules) {
      if ((!r.late_only || past_middle) && RE2::PartialMatch(line, *r.re)) {
        hit = &r;
        break;
      }
    }
    if (hit) {
      mark(hit->reason);
      if (hit->opens != Region::kNone) region = hit->opens;
      if (hit->ends_article && past_middle) in_footer = true;
      continue;
    }
    if (in_footer && SentenceMarks(line) < 2) {
      mark("footer");
      continue;
    }
    if (!seen_title && has_title && k == 0 && words <= 40 &&
        (short_line || !EndsLikeSentence(line))) {
      blk.kind = BlockKind::kTitle;
      blk.reason = "first line";
      seen_title = true;
      continue;
    }
    if (RE2::PartialMatch(line, *rules_->markdown_heading) || short_line) {
      blk.kind = BlockKind::kHeading;
      blk.reason = "short line without closing punctuation";
    }
  }
  return blocks;
}

}  // namespace cg

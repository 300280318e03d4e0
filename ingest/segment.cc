// Sentence segmentation. A line is split at '.', '!' or '?' (with any closing quotes or
// brackets) followed by a space and a word that can open a sentence, except after
// abbreviations ("U.S.", "Dr.", "eg.") and initials; decimals and model names never hold a
// space after the dot. An abbreviation that can also end a sentence ("U.S.", "Inc.")
// breaks when the next word is a common sentence opener ("The", "It").
// Tested by tests/ingest/segment_test.cc.
#include "ingest/segment.h"

#include <algorithm>
#include <string>

#include "core/text.h"

namespace cg {
namespace {

// Lowercase, without the final dot.
constexpr std::string_view kAbbreviations[] = {
    "a.m",  "al",  "approx", "apr", "aug", "ave", "co",   "corp",  "cf",  "dec", "dept",
    "dr",   "e.g", "e.u",    "eg",  "est", "etc", "feb",  "fig",   "gen", "gov", "i.e",
    "ie",   "inc", "jan",    "jr",  "jul", "jun", "lt",   "ltd",   "mar", "mr",  "mrs",
    "ms",   "mt",  "no",     "nov", "oct", "p.m", "prof", "rep",   "rev", "sen", "sep",
    "sept", "sgt", "sr",     "st",  "u.k", "u.n", "u.s",  "u.s.a", "vs",  "viz"};
// Abbreviations that also close sentences.
constexpr std::string_view kTerminalAbbreviations[] = {"co",  "corp", "e.u", "etc",   "inc", "ltd",
                                                       "u.k", "u.n",  "u.s", "u.s.a", "a.m", "p.m"};
constexpr std::string_view kOpeners[] = {
    "A",     "After", "All",  "An",   "And",  "As",      "At",    "But",   "By",   "Even",
    "For",   "He",    "Her",  "His",  "How",  "However", "I",     "If",    "In",   "It",
    "Its",   "More",  "Most", "Much", "No",   "Not",     "On",    "One",   "Our",  "She",
    "Since", "So",    "Some", "That", "The",  "Their",   "There", "These", "They", "This",
    "Those", "To",    "We",   "What", "When", "While",   "With",  "Yet"};
constexpr std::string_view kClauseCuts[] = {
    "; ",         ", and ",      ", but ",    " - ",    ", which ", ", while ",   ", as ", ", so ",
    ", because ", ", although ", ", though ", ", yet ", ", with ",  ", whereas ", ": "};

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

bool IsCloser(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

// The word that ends at `dot` (exclusive), dots inside kept: "U.S" for "U.S.".
std::string_view WordBefore(std::string_view line, size_t dot) {
  size_t b = dot;
  while (b > 0 && (IsAsciiAlnum(line[b - 1]) || line[b - 1] == '.')) --b;
  return line.substr(b, dot - b);
}

std::string_view WordAt(std::string_view line, size_t i) {
  size_t e = i;
  while (e < line.size() && IsAsciiAlnum(line[e])) ++e;
  return line.substr(i, e - i);
}

// Where sentences end inside one line: offsets just past each closing mark (and closers).
std::vector<size_t> Boundaries(std::string_view line) {
  std::vector<size_t> cuts;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c != '.' && c != '!' && c != '?') continue;
    size_t j = i + 1;
    while (j < line.size() && (line[j] == '.' || line[j] == '!' || line[j] == '?')) ++j;
    while (j < line.size() && IsCloser(line[j])) ++j;
    if (j >= line.size() || line[j] != ' ') {
      i = j - 1;
      continue;
    }
    size_t k = j;
    while (k < line.size() && line[k] == ' ') ++k;
    if (k >= line.size()) break;
    const char next = line[k];
    // Opening quotes or brackets may precede the next sentence's first word.
    size_t w = k;
    while (w < line.size() && (line[w] == '"' || line[w] == '\'' || line[w] == '(')) ++w;
    const char first = w < line.size() ? line[w] : next;
    const bool can_open = IsAsciiUpper(first) || IsAsciiDigit(first) ||
                          static_cast<unsigned char>(first) >= 0x80 || first == '$';
    if (!can_open) {
      i = j - 1;
      continue;
    }
    if (c == '.' && j == i + 1) {
      const std::string lower = ToLower(WordBefore(line, i));
      const bool initial = lower.size() == 1 && IsAsciiUpper(line[i - 1]);
      if (In(kAbbreviations, lower) || initial) {
        const bool opener = In(kOpeners, WordAt(line, w));
        if (!(In(kTerminalAbbreviations, lower) && opener)) {
          i = j - 1;
          continue;
        }
      }
    }
    cuts.push_back(j);
    i = j - 1;
  }
  return cuts;
}

void Emit(std::string_view text, size_t b, size_t e, BlockKind kind, const SegmentOptions& opt,
          std::vector<Sentence>* out) {
  while (b < e && text[b] == ' ') ++b;
  while (e > b && text[e - 1] == ' ') --e;
  if (b >= e) return;
  const std::string_view s = text.substr(b, e - b);
  if (CountWords(s) > opt.max_sentence_words) {
    // Cut at the clause boundary nearest the middle that leaves both parts long enough.
    size_t best = std::string_view::npos, best_dist = s.size();
    for (std::string_view cut : kClauseCuts) {
      for (size_t p = s.find(cut); p != std::string_view::npos; p = s.find(cut, p + 1)) {
        const size_t split = p + (cut[0] == ' ' ? 0 : 1);
        if (CountWords(s.substr(0, split)) < opt.min_clause_words ||
            CountWords(s.substr(split)) < opt.min_clause_words)
          continue;
        const size_t dist = split > s.size() / 2 ? split - s.size() / 2 : s.size() / 2 - split;
        if (dist < best_dist) {
          best_dist = dist;
          best = split;
        }
      }
    }
    if (best != std::string_view::npos) {
      Emit(text, b, b + best, kind, opt, out);
      size_t rest = b + best;
      while (rest < e && (text[rest] == ' ' || text[rest] == '-' || text[rest] == ',' ||
                          text[rest] == ';' || text[rest] == ':'))
        ++rest;
      Emit(text, rest, e, kind, opt, out);
      return;
    }
  }
  out->push_back(Sentence{b, e, kind});
}

size_t SkipListMarker(std::string_view line) {
  size_t i = 0;
  if (!line.empty() && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line.size() > 1 &&
      line[1] == ' ')
    return 2;
  if (StartsWith(line, "\xE2\x80\xA2 ")) return 4;  // bullet
  while (i < line.size() && IsAsciiDigit(line[i])) ++i;
  if (i > 0 && i < 3 && i + 1 < line.size() && (line[i] == '.' || line[i] == ')') &&
      line[i + 1] == ' ')
    return i + 2;
  size_t h = 0;
  while (h < line.size() && line[h] == '#') ++h;
  if (h > 0 && h < line.size() && line[h] == ' ') return h + 1;
  return 0;
}

}  // namespace

std::vector<Sentence> SegmentSentences(std::string_view text, const std::vector<Block>& blocks,
                                       const SegmentOptions& options) {
  std::vector<Sentence> out;
  for (const Block& blk : blocks) {
    if (blk.kind != BlockKind::kContent && blk.kind != BlockKind::kTitle) continue;
    const size_t base = blk.start + SkipListMarker(text.substr(blk.start, blk.end - blk.start));
    std::string_view line = text.substr(base, blk.end - base);
    if (blk.kind == BlockKind::kTitle) {
      // "Title | Site": the statement is the title alone.
      const size_t bar = line.rfind(" | ");
      if (bar != std::string_view::npos) line = line.substr(0, bar);
      Emit(text, base, base + line.size(), BlockKind::kTitle, options, &out);
      continue;
    }
    size_t b = 0;
    for (size_t cut : Boundaries(line)) {
      Emit(text, base + b, base + cut, blk.kind, options, &out);
      b = cut;
    }
    Emit(text, base + b, base + line.size(), blk.kind, options, &out);
  }
  return out;
}

}  // namespace cg

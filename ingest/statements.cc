// Statement extraction. A sentence is a statement when it is declarative (no question,
// no imperative call to action, not a byline), has a finite verb, and its
// check-worthiness, a logistic score over general features, passes the threshold:
// numbers, named entities, verbs of cause and change, comparison and attribution raise it;
// first-person asides and brevity lower it.
#include "ingest/statements.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>

#include "core/terms.h"
#include "core/text.h"

namespace cg {

struct StatementExtractor::Rules {
  std::unique_ptr<RE2> said_after, said_before, according_to, byline, number;
};

namespace {

constexpr std::string_view kAuxiliaries[] = {
    "am",      "are",    "be",    "been",  "can",    "could",   "did",    "do",      "does",
    "had",     "has",    "have",  "is",    "may",    "might",   "must",   "shall",   "should",
    "was",     "were",   "will",  "would", "isn't",  "aren't",  "wasn't", "weren't", "don't",
    "doesn't", "didn't", "won't", "can't", "hasn't", "haven't", "it's",   "that's",  "there's"};
constexpr std::string_view kIrregularVerbs[] = {
    "became", "began",   "brought", "built", "bought", "came",  "cut",   "drew",   "fell",
    "found",  "gave",    "got",     "grew",  "held",   "kept",  "knew",  "led",    "left",
    "lost",   "made",    "meant",   "paid",  "put",    "ran",   "rose",  "said",   "saw",
    "says",   "sent",    "set",     "shut",  "sold",   "spent", "stood", "struck", "told",
    "took",   "thought", "went",    "won",   "wrote",  "goes",  "makes", "takes",  "gives",
    "means",  "remains", "seems",   "runs",  "holds",  "shows", "needs", "keeps"};
constexpr std::string_view kChangeVerbs[] = {
    "accelerat", "advanc",   "allow",   "backfir",  "ban",    "block", "boost",  "caus",
    "clos",      "compet",   "cut",     "declin",   "delay",  "deni",  "deny",   "drop",
    "enabl",     "encourag", "fail",    "forc",     "grew",   "grow",  "halt",   "harm",
    "hinder",    "improv",   "increas", "led",      "limit",  "lower", "outpac", "prevent",
    "push",      "rais",     "reduc",   "restrict", "rise",   "rose",  "slow",   "spur",
    "stall",     "succeed",  "surg",    "undermin", "weaken", "widen", "worsen", "catalyz",
    "galvaniz",  "expos",    "trigger"};
constexpr std::string_view kCallToAction[] = {
    "subscribe", "follow",   "click",   "sign",  "share", "read",  "watch", "join",
    "download",  "register", "contact", "visit", "check", "keep",  "stay",  "discover",
    "explore",   "leave",    "comment", "like",  "try",   "enjoy", "find",  "tell",
    "let's",     "don't",    "see",     "learn", "get"};
constexpr std::string_view kHedges[] = {
    "may",      "might",      "could",      "likely",      "unlikely", "possibly",
    "perhaps",  "reportedly", "allegedly",  "appears",     "seems",    "suggests",
    "arguably", "probably",   "apparently", "potentially", "if"};
constexpr std::string_view kWhWords[] = {"why", "how", "what", "who",    "when", "where", "which",
                                         "is",  "are", "can",  "should", "does", "do",    "will"};
constexpr std::string_view kFirstPerson[] = {"i", "my", "me", "i'm", "i've", "i'd"};
constexpr std::string_view kComparatives[] = {
    "more",   "less",  "fewer",  "most",    "least",    "than",   "faster", "slower",
    "higher", "lower", "larger", "smaller", "stronger", "weaker", "better", "worse"};

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

template <size_t N>
bool HasPrefixIn(const std::string_view (&list)[N], std::string_view w) {
  return std::any_of(std::begin(list), std::end(list),
                     [&](std::string_view p) { return StartsWith(w, p); });
}

bool LooksVerb(std::string_view lower, bool first) {
  if (In(kAuxiliaries, lower) || In(kIrregularVerbs, lower)) return true;
  if (lower.size() > 4 && EndsWith(lower, "ed")) return true;
  if (!first && lower.size() > 5 &&
      (EndsWith(lower, "izes") || EndsWith(lower, "ises") || EndsWith(lower, "ates") ||
       EndsWith(lower, "ifies")))
    return true;
  if (!first && HasPrefixIn(kChangeVerbs, lower) && EndsWith(lower, "s")) return true;
  return false;
}

}  // namespace

StatementExtractor::StatementExtractor(const WordLists* words, StatementOptions options,
                                       std::unique_ptr<Rules> rules)
    : words_(words), options_(options), rules_(std::move(rules)) {}
StatementExtractor::StatementExtractor(StatementExtractor&&) noexcept = default;
StatementExtractor::~StatementExtractor() = default;

Result<StatementExtractor> StatementExtractor::Create(const WordLists* words,
                                                      const StatementOptions& options) {
  auto rules = std::make_unique<Rules>();
  RE2::Options o;
  o.set_log_errors(false);
  struct P {
    std::unique_ptr<RE2>* slot;
    const char* re;
  } patterns[] = {
      // ", said Stanford research scholar, Graham Webster."
      {&rules->said_after,
       R"((?:^|[,"'] ?)\s*(said|says|told|wrote|added|noted|argued|explained|warned)\s+([^,.;]*(?:,\s*[A-Z][^,.;]*)?))"},
      // "Bloomberg reported", "Huawei says"
      {&rules->said_before,
       R"(\b((?:[A-Z][\w.&'-]*\s){0,4}[A-Z][\w.&'-]*)\s+(said|says|reported|reports|told|announced|claimed|claims|stated|argued|argues|wrote|warned|estimated|estimates|found|concluded)\b)"},
      {&rules->according_to, R"((?i)\baccording to\s+([^,.;]{2,80}))"},
      {&rules->byline,
       R"(^(?:[Bb]y\s+)?[A-Z][a-z]+(?: [A-Z][a-z'-]+){1,2},\s+[^.]{0,80}\b(correspondent|editor|reporter|writer|analyst|contributor|columnist|journalist|fellow|director)\b)"},
      {&rules->number,
       R"((\$\s?\d|\d+(\.\d+)?\s?(%|percent|per cent|million|billion|trillion|bn|m\b)|\b(19|20)\d\d\b|\b\d[\d,.]*\b))"},
  };
  for (auto& p : patterns) {
    *p.slot = std::make_unique<RE2>(p.re, o);
    if (!(*p.slot)->ok())
      return Status::InvalidArgument("statement pattern does not compile: " + (*p.slot)->error());
  }
  return StatementExtractor(words, options, std::move(rules));
}

std::optional<ExtractedStatement> StatementExtractor::Extract(
    std::string_view text, const Sentence& sentence,
    const std::vector<FoundMention>& mentions) const {
  const std::string_view s = text.substr(sentence.start, sentence.end - sentence.start);
  const auto tokens = Tokenize(s);
  if (tokens.size() < options_.min_words) return std::nullopt;
  std::string_view trimmed = Trim(s);
  while (!trimmed.empty() &&
         (trimmed.back() == '"' || trimmed.back() == ')' || trimmed.back() == '\''))
    trimmed.remove_suffix(1);
  if (!trimmed.empty() && trimmed.back() == '?') return std::nullopt;
  const std::string first = ToLower(tokens[0].text);
  const bool closed = !trimmed.empty() && (trimmed.back() == '.' || trimmed.back() == '!');
  // An unpunctuated line opening with a question word is a headline question.
  if (!closed && In(kWhWords, first)) return std::nullopt;
  // Imperative calls to action open with a bare verb addressed to the reader.
  if (In(kCallToAction, first) && tokens.size() > 1) {
    const std::string second = ToLower(tokens[1].text);
    if (second == "a" || second == "an" || second == "the" || second == "our" || second == "us" ||
        second == "your" || second == "this" || second == "up" || second == "in" ||
        second == "out" || second == "more" || second == "on" || second == "me" || second == "to" ||
        second == "for" || second == "now" || second == "here")
      return std::nullopt;
  }
  if (RE2::PartialMatch(s, *rules_->byline) && sentence.block != BlockKind::kTitle)
    return std::nullopt;

  bool verb = false, hedged = false, first_person = false, change = false, comparative = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string w = ToLower(tokens[i].text);
    if (EndsWith(w, "'s") && w != "it's" && w != "that's" && w != "there's") w.resize(w.size() - 2);
    verb |= LooksVerb(w, i == 0);
    // A third-person present form of a verb lemma ("sells", "pushes") after the opener.
    if (!verb && i > 0 && w.size() > 3 && EndsWith(w, "s") && !EndsWith(w, "ss")) {
      const std::string base = w.substr(0, w.size() - 1);
      verb = words_->verbs.count(base) ||
             (EndsWith(w, "es") && words_->verbs.count(w.substr(0, w.size() - 2)));
    }
    hedged |= In(kHedges, w);
    first_person |= In(kFirstPerson, w);
    change |= HasPrefixIn(kChangeVerbs, w);
    comparative |=
        In(kComparatives, w) || (w.size() > 5 && EndsWith(w, "er") && i + 1 < tokens.size() &&
                                 ToLower(tokens[i + 1].text) == "than");
  }
  // Headlines drop auxiliaries ("Export Controls Made..."): a change verb will do.
  if (!verb && !(sentence.block == BlockKind::kTitle && change)) return std::nullopt;

  ExtractedStatement st;
  st.start = sentence.start;
  st.end = sentence.end;
  st.kind = sentence.block == BlockKind::kTitle ? "headline" : "sentence";
  st.hedged = hedged;

  // Attribution: prefer a named entity inside the attributed span.
  auto entity_in = [&](size_t b, size_t e) -> std::string {
    const FoundMention* best = nullptr;
    for (const auto& m : mentions)
      if (m.start >= b && m.end <= e && (!best || (m.type == "person" && best->type != "person")))
        best = &m;
    return best ? best->name : std::string();
  };
  re2::StringPiece cue, who;
  if (RE2::PartialMatch(s, *rules_->according_to, &who)) {
    const size_t b = sentence.start + (who.data() - s.data());
    st.speaker = entity_in(b, b + who.size());
    if (st.speaker.empty())
      st.speaker = std::string(Trim(std::string_view(who.data(), who.size())));
    st.cue = "according to";
  } else if (RE2::PartialMatch(s, *rules_->said_after, &cue, &who)) {
    const size_t b = sentence.start + (who.data() - s.data());
    st.speaker = entity_in(b, b + who.size());
    if (st.speaker.empty()) {
      std::string_view w = Trim(std::string_view(who.data(), who.size()));
      if (CountWords(w) <= 8 && !w.empty() && IsAsciiUpper(w[0])) st.speaker = std::string(w);
    }
    if (!st.speaker.empty()) st.cue = std::string(cue.data(), cue.size());
  } else if (RE2::PartialMatch(s, *rules_->said_before, &who, &cue)) {
    const size_t b = sentence.start + (who.data() - s.data());
    st.speaker = entity_in(b, b + who.size());
    if (!st.speaker.empty()) st.cue = std::string(cue.data(), cue.size());
  }

  // Check-worthiness: logistic over features. Weights are hand-set for now; each says how
  // strongly the feature marks a checkable assertion.
  double z = -0.6;
  if (RE2::PartialMatch(s, *rules_->number)) z += 0.8;
  z += 0.3 * std::min<size_t>(mentions.size(), 3);
  if (change) z += 0.6;
  if (comparative) z += 0.3;
  if (!st.speaker.empty()) z += 0.4;
  if (first_person) z -= 0.8;
  if (tokens.size() < 7) z -= 0.5;
  if (tokens.size() >= 12) z += 0.3;
  if (sentence.block == BlockKind::kTitle) z += 0.3;
  st.checkworthiness = std::round(1000.0 / (1.0 + std::exp(-z))) / 1000.0;
  if (st.checkworthiness < options_.min_checkworthiness) return std::nullopt;
  return st;
}

}  // namespace cg

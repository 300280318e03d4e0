#include "judge/profile.h"

#include <algorithm>
#include <set>
#include <span>

namespace cg {

namespace {

bool IsClauseGap(std::string_view gap) {
  for (char c : gap)
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.' || c == '!' ||
        c == '?')
      return true;
  return gap.find("\u2014") != std::string_view::npos ||
         gap.find("\u2013") != std::string_view::npos || gap.find(" - ") != std::string_view::npos;
}

constexpr std::string_view kClauseWords[] = {"but",     "while", "although", "though",
                                             "whereas", "yet",   "because",  "which"};

// Comparatives and bounds that put a quantity low or high: "lower cost", "under $6
// million", "a fraction of the cost"; "more than 100,000 GPUs".
constexpr std::string_view kLowerWords[] = {"lower",   "less",    "fewer", "smaller",
                                            "cheaper", "reduced", "lesser"};
constexpr std::string_view kHigherWords[] = {"higher", "more",     "greater",  "larger",
                                             "bigger", "costlier", "increased"};
constexpr std::string_view kBelowWords[] = {"under", "below", "beneath"};
constexpr std::string_view kAboveWords[] = {"over", "above", "exceeding"};
constexpr std::string_view kShareOfWords[] = {"fraction", "sliver", "tenth", "half"};
constexpr std::string_view kMultipleOfWords[] = {"multiple", "multiples", "double", "twice"};
// Scale words of a written figure ("$200 billion"): the closed class of English numerals.
constexpr std::string_view kScaleWords[] = {"thousand", "million", "billion", "trillion"};
// Focus particles: "not only X (but also Y)", "didn't just X" assert X; the negator bounds
// a focus and denies nothing.
constexpr std::string_view kFocusWords[] = {"only", "just", "merely", "simply", "solely"};
// The copula: "X is not Y" denies Y of X, whatever Y's part of speech.
constexpr std::string_view kCopulas[] = {"is", "are", "was", "were", "be", "been", "being", "am"};
constexpr std::string_view kClauseOpeners[] = {"that", "whether", "because", "if", "so", "what"};
// Possessives and articles: a word right after one is a noun.
constexpr std::string_view kDeterminers[] = {"a",   "an",  "the", "its",  "their", "his",
                                             "her", "our", "my",  "your", "these", "those"};

bool In(std::span<const std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool IsNumber(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Token i starts a clause: a clause gap before it that is not a digit group ("100,000",
// "2.5"), or a clause word.
bool StartsClause(const TokenScan& s, size_t i) {
  if (In(kClauseWords, s.low[i])) return true;
  if (i == 0) return false;
  const size_t gap_start = s.tokens[i - 1].end;
  const std::string_view gap =
      std::string_view(s.text).substr(gap_start, s.tokens[i].start - gap_start);
  const std::string_view prev = s.tokens[i - 1].text;
  const bool digit_group = (gap == "," || gap == ".") && IsNumber(prev.substr(prev.size() - 1)) &&
                           IsNumber(s.tokens[i].text.substr(0, 1));
  return !digit_group && IsClauseGap(gap);
}

// Marks token `from` to `to` (exclusive) denied by cue `cue_index`.
void Deny(TokenScan* s, size_t from, size_t to, size_t cue_index) {
  for (size_t j = from; j < to && j < s->size(); ++j) {
    ++s->denials[j];
    s->denied_by[j] = cue_index;
  }
}

size_t AddCue(StatementProfile* p, std::string text, bool framed) {
  p->cues.push_back(std::move(text));
  p->framed.push_back(framed);
  return p->cues.size() - 1;
}

// The shape of each token of `original`: +1 written with a capital inside the sentence,
// not at the start of a quotation (the word of a name: "the Affordable Care Act", "GOP");
// -1 in lowercase; 0 at the start of a sentence or quotation, or in title case ("Senate
// Passes Budget Bill"), where case says nothing.
std::vector<int> Shapes(std::string_view original, size_t n) {
  std::vector<int> out(n, 0);
  const std::vector<Token> tokens = Tokenize(original);
  if (tokens.size() != n) return out;
  auto capital = [&](size_t i) {
    return !tokens[i].text.empty() && tokens[i].text[0] >= 'A' && tokens[i].text[0] <= 'Z';
  };
  size_t capitals = 0;
  for (size_t i = 1; i < n; ++i) capitals += capital(i);
  const bool title_case = n > 1 && 2 * capitals > n - 1;
  for (size_t i = 0; i < n; ++i) {
    const char c = tokens[i].text.empty() ? '0' : tokens[i].text[0];
    if (c >= 'a' && c <= 'z') out[i] = -1;
    if (!capital(i) || i == 0 || title_case) continue;
    const size_t gap_start = tokens[i - 1].end;
    const std::string_view gap = original.substr(gap_start, tokens[i].start - gap_start);
    const bool opens = gap.find_first_of("\":([.!?") != std::string_view::npos ||
                       gap.find("\u201c") != std::string_view::npos ||
                       gap.find("\u2018") != std::string_view::npos;
    out[i] = opens ? 0 : 1;
  }
  return out;
}

// "the wrong move", "a false start": a rebuttal adjective before the noun it modifies, in
// the same clause, judges that noun, not a claim; "false claims that X" still rebuts X.
bool AttributiveRebuttal(const WordNet* wordnet, const TokenScan& s, size_t i) {
  const size_t n = s.size();
  if (i + 1 >= n || s.boundary[i + 1] || !s.cls[i + 1].empty() || IsNumber(s.low[i + 1]))
    return false;
  const bool names_a_claim = i + 2 < n && (s.low[i + 2] == "that" || s.low[i + 2] == "of");
  return !names_a_claim && wordnet != nullptr && wordnet->Known(s.low[i + 1]) &&
         !wordnet->OnlyVerbOrAdjective(s.low[i + 1]);
}

// A negator after a copula ("was not", "isn't") denies a predicate: the first content
// word after it ("the wife" in "she was not the wife of X").
void MarkPredicative(TokenScan* s, size_t i) {
  const bool copula = In(kCopulas, s->low[i]) || (i > 0 && In(kCopulas, s->low[i - 1]));
  // "is not that X are Y", "is not because X": a clause follows, with its own predicate.
  if (!copula || (i + 1 < s->size() && In(kClauseOpeners, s->low[i + 1]))) return;
  for (size_t j = i + 1; j < s->ClauseEnd(i); ++j) {
    const std::string& w = s->low[j];
    if (w.empty() || IsStopword(w) || IsNumber(w) || s->cue[j]) continue;
    s->predicative[j] = true;
    return;
  }
}

// "X is false": a rebuttal word calls false what comes before it in its clause; with
// nothing before it, what follows (", exaggerating its X").
void DenyRebutted(TokenScan* s, size_t i, size_t cue_index) {
  size_t start = s->ClauseStart(i);
  while (start < i && s->cls[start] == "rebut_pre") ++start;
  if (start < i)
    Deny(s, start, i, cue_index);
  else
    Deny(s, i + 1, s->ClauseEnd(i), cue_index);
}

// The "no difference" phrase ending at token i, as written.
std::string NullPhrase(const TokenScan& s, size_t i) {
  size_t start = i;
  while (start > 0 && s.cls[start - 1] == "null" && s.cue[start - 1]) --start;
  std::string words;
  for (size_t k = start; k <= i; ++k)
    words += (k > start ? " " : "") + std::string(s.tokens[k].text);
  return words;
}

// Marks up to three content words after `from` (past up to two function words: "the",
// "of the") as an amount put on side `sign`.
void MarkAmountAfter(TokenScan* s, size_t from, int sign, const std::string& why) {
  const size_t end = s->ClauseEnd(from);
  size_t k = from;
  while (k < end && k < from + 2 && !s->Content(k)) ++k;
  for (size_t taken = 0; k < end && taken < 3 && s->Content(k); ++k, ++taken) {
    s->amount[k] = sign;
    s->amount_cue[k] = why;
  }
}

// A bound on a number ("under 6", "more than 100"): marks the word measured ("cost of
// under $6 million"), else what is counted after the number ("over 100,000 GPUs"). False
// when token i bounds no number.
bool MarkBound(TokenScan* s, size_t i) {
  const size_t n = s->size();
  const std::string& w = s->low[i];
  const bool than_number = i + 2 < n && s->low[i + 1] == "than" && IsNumber(s->low[i + 2]);
  int sign = 0;
  if (In(kBelowWords, w) || ((w == "less" || w == "fewer") && than_number)) sign = -1;
  if (In(kAboveWords, w) || (w == "more" && than_number)) sign = 1;
  const size_t number = than_number ? i + 2 : i + 1;
  if (sign == 0 || !IsNumber(s->low[number])) return false;
  size_t k = i;
  while (k > 0 && k + 3 > i && !s->Content(k - 1) && !s->boundary[k]) --k;
  if (k > 0 && k + 3 > i && s->Content(k - 1) && !s->boundary[k] &&
      (s->low[k] == "of" || s->low[k] == "at")) {
    s->amount[k - 1] = sign;
    s->amount_cue[k - 1] = w;
  } else {
    MarkAmountAfter(s, number + 1, sign, w);
  }
  return true;
}

// A word right after a determiner, or after a determiner and an adjective, is a noun: "a
// competitive race", "the ban".
bool NounPosition(const WordNet* wordnet, const TokenScan& s, size_t i) {
  if (i > 0 && In(kDeterminers, s.low[i - 1])) return true;
  return i > 1 && In(kDeterminers, s.low[i - 2]) && wordnet != nullptr &&
         wordnet->Adjective(s.low[i - 1]);
}

// The WordNet senses of the word at token i, with what the fast comparisons need.
void AddSenses(const WordNet& wordnet, const TokenScan& s, size_t i, LinkWord* lw) {
  const std::string& w = s.low[i];
  lw->concepts = wordnet.Concepts(w);
  // A hyphenated compound WordNet knows as a whole ("self-sufficient") lends its senses to
  // its last word.
  if (s.HyphenJoined(i)) {
    const std::string compound = s.low[i - 1] + "-" + w;
    if (wordnet.Known(compound)) {
      auto more = wordnet.Concepts(compound);
      lw->concepts.insert(lw->concepts.end(), more.begin(), more.end());
      std::sort(lw->concepts.begin(), lw->concepts.end());
      lw->concepts.erase(std::unique(lw->concepts.begin(), lw->concepts.end()), lw->concepts.end());
    }
  }
  if (NounPosition(&wordnet, s, i)) WordNet::KeepNouns(&lw->concepts);
  lw->related = wordnet.Related(lw->concepts);
  for (uint32_t c : lw->concepts) lw->concept_bits |= uint64_t{1} << (c & 63);
  for (uint32_t c : lw->related) lw->related_bits |= uint64_t{1} << (c & 63);
  lw->opposed = wordnet.AntonymsOf(lw->concepts);
  lw->widened = wordnet.Widened(lw->concepts);
}

// The content word at token i. `name` says it is a word of a resolved entity's name
// ("Ascend"): it names a thing, never a predicate.
LinkWord ReadWord(const WordNet* wordnet, const CueLexicon& lexicon, const TokenScan& s, size_t i,
                  bool name) {
  const std::string& w = s.low[i];
  LinkWord lw;
  lw.text = w;
  lw.stem = s.stems[i];
  lw.stem_hash = std::hash<std::string>{}(lw.stem);
  if (!IsNumber(w) && wordnet != nullptr) AddSenses(*wordnet, s, i, &lw);
  lw.weight = lexicon.IsFrequentStem(lw.stem) ? 0.3 : 1.0;
  const std::string& cls = s.cls[i];
  lw.effect = cls == "promote" ? 1 : cls == "hinder" ? -1 : 0;
  lw.outcome = cls == "success" ? 1 : cls == "failure" ? -1 : 0;
  const bool known_verb = wordnet != nullptr && wordnet->OnlyVerb(w);
  const bool known_predicate = wordnet != nullptr && wordnet->OnlyVerbOrAdjective(w);
  lw.name = name;
  lw.shape = s.shape[i];
  lw.verb = !name && (lw.effect != 0 || lw.outcome != 0 || known_verb);
  lw.predicate =
      !name && (lw.effect != 0 || lw.outcome != 0 || known_predicate || s.predicative[i]);
  lw.cause = s.cause_side[i];
  lw.denied = s.denials[i] % 2 == 1;
  lw.cue = s.denied_by[i];
  lw.irrealis = s.irrealis[i];
  lw.amount = s.amount[i];
  lw.amount_cue = s.amount_cue[i];
  return lw;
}

// A word's part in the statement's net direction of effect and outcome (an intended word
// takes none; a denied effect counts half against).
void AddDirection(const LinkWord& lw, std::string_view as_written, StatementProfile* p) {
  if (lw.irrealis || (lw.effect == 0 && lw.outcome == 0)) return;
  const std::string said =
      (lw.denied ? p->cues[lw.cue] + " ... " : std::string()) + std::string(as_written);
  if (lw.effect != 0) {
    p->effect += lw.effect * (lw.denied ? -0.5 : 1.0);
    if (!lw.denied) p->asserted_effect += lw.effect;
    if (p->effect_word.empty()) p->effect_word = said;
  }
  if (lw.outcome != 0) {
    p->outcome += lw.outcome * (lw.denied ? -1.0 : 1.0);
    if (p->outcome_word.empty()) p->outcome_word = said;
  }
}

// One order of events over tokens [e0, e1) before [l0, l1). A word on both sides orders
// nothing and is left out.
void AddOrder(const TokenScan& s, size_t e0, size_t e1, size_t l0, size_t l1, std::string cue,
              StatementProfile* p) {
  EventOrder o;
  o.cue = std::move(cue);
  for (size_t k = e0; k < e1 && k < s.size(); ++k)
    if (s.word_at[k] >= 0) o.earlier.push_back(s.word_at[k]);
  for (size_t k = l0; k < l1 && k < s.size(); ++k)
    if (s.word_at[k] >= 0) o.later.push_back(s.word_at[k]);
  auto stem_of = [&](int w) { return p->words[w].stem; };
  std::set<std::string> es, ls;
  for (int w : o.earlier) es.insert(stem_of(w));
  for (int w : o.later) ls.insert(stem_of(w));
  std::erase_if(o.earlier, [&](int w) { return ls.count(stem_of(w)) > 0; });
  std::erase_if(o.later, [&](int w) { return es.count(stem_of(w)) > 0; });
  if (!o.earlier.empty() && !o.later.empty()) p->orders.push_back(std::move(o));
}

}  // namespace

size_t TokenScan::ClauseEnd(size_t from) const {
  size_t j = from + 1;
  while (j < size() && !boundary[j]) ++j;
  return std::min(j, size());
}

size_t TokenScan::ClauseStart(size_t at) const {
  size_t j = at;
  while (j > 0 && !boundary[j]) --j;
  return j;
}

bool TokenScan::HyphenJoined(size_t j) const {
  return j > 0 && j < size() && tokens[j].start == tokens[j - 1].end + 1 &&
         text[tokens[j - 1].end] == '-';
}

std::string TokenScan::PhraseText(size_t last) const {
  size_t s = last;
  while (s > 0 && cue[s - 1] && cls[s - 1] == cls[last]) --s;
  return text.substr(tokens[s].start, tokens[last].end - tokens[s].start);
}

bool TokenScan::Content(size_t k) const {
  return !cue[k] && !nt[k] && !low[k].empty() && !IsStopword(low[k]) && !IsNumber(low[k]) &&
         cls[k] != "promote" && cls[k] != "hinder";
}

TokenScan ScanTokens(std::string_view statement_text) {
  TokenScan s;
  s.text = ToLowerFoldApostrophes(statement_text);
  s.tokens = Tokenize(s.text);
  const size_t n = s.tokens.size();
  s.low.resize(n);
  s.nt.assign(n, false);
  s.boundary.assign(n, false);
  for (size_t i = 0; i < n; ++i) {
    std::string w(s.tokens[i].text);
    if (w.ends_with("n't")) {
      s.nt[i] = true;
      w.resize(w.size() - 3);
      if (w == "ca") w = "can";
      if (w == "wo") w = "will";
    }
    if (w.ends_with("'s")) w.resize(w.size() - 2);
    s.low[i] = std::move(w);
    s.boundary[i] = StartsClause(s, i);
  }
  s.shape = Shapes(statement_text, n);
  s.cls.assign(n, "");
  s.cue.assign(n, false);
  s.stems.assign(n, "");
  s.denials.assign(n, 0);
  s.denied_by.assign(n, 0);
  s.irrealis.assign(n, false);
  s.predicative.assign(n, false);
  s.cause_side.assign(n, false);
  s.amount.assign(n, 0);
  s.amount_cue.assign(n, "");
  s.word_at.assign(n, -1);
  return s;
}

void MarkCues(const CueLexicon& lexicon, const TermAnalyzer& terms, TokenScan* s) {
  const size_t n = s->size();
  for (size_t i = 0; i < n; ++i) {
    if (!s->cls[i].empty()) continue;
    for (const CuePhrase& ph : lexicon.phrases()) {
      if (i + ph.words.size() > n) continue;
      bool ok = true;
      for (size_t k = 0; k < ph.words.size() && ok; ++k) ok = s->low[i + k] == ph.words[k];
      if (!ok) continue;
      if (IsContentClass(ph.cls)) {  // "opposite effect": its words stay content, the last
        s->cls[i + ph.words.size() - 1] = ph.cls;  // one carries the class
        break;
      }
      for (size_t k = 0; k < ph.words.size(); ++k) {
        s->cls[i + k] = ph.cls;
        s->cue[i + k] = true;
      }
      break;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    s->stems[i] = terms.Stem(s->low[i]);
    if (!s->cls[i].empty()) continue;
    s->cls[i] = lexicon.WordClass(s->low[i], s->stems[i]);
    if (!s->cls[i].empty() && !IsContentClass(s->cls[i])) s->cue[i] = true;
  }
}

void MarkScopes(const WordNet* wordnet, TokenScan* s, StatementProfile* p) {
  const size_t n = s->size();
  for (size_t i = 0; i < n; ++i) {
    const std::string& cls = s->cls[i];
    const bool phrase_end = i + 1 >= n || s->cls[i + 1] != cls || !s->cue[i + 1];
    const bool focus = i + 1 < n && In(kFocusWords, s->low[i + 1]);
    if ((s->nt[i] || cls == "negator") && focus) {
      // "not only": no denial
    } else if (s->nt[i] || cls == "negator") {
      const size_t c = AddCue(p, s->nt[i] ? std::string(s->tokens[i].text) : s->low[i], false);
      Deny(s, i + 1, s->ClauseEnd(i), c);
      MarkPredicative(s, i);
    } else if ((cls == "contrast" || cls == "rebut_post") && phrase_end) {
      Deny(s, i + 1, s->ClauseEnd(i), AddCue(p, s->PhraseText(i), true));
    } else if (cls == "rebut_pre" && phrase_end && !AttributiveRebuttal(wordnet, *s, i)) {
      DenyRebutted(s, i, AddCue(p, s->PhraseText(i), true));
    } else if (cls == "irrealis" && phrase_end) {
      for (size_t j = i + 1; j < s->ClauseEnd(i); ++j) s->irrealis[j] = true;
    }
    // "failed to prevent X": the failure denies what follows, as a negator does.
    if (cls == "failure" && i + 1 < n && s->low[i + 1] == "to")
      Deny(s, i + 2, s->ClauseEnd(i), AddCue(p, std::string(s->tokens[i].text) + " to", true));
    if (cls == "hedge" && p->hedge_word.empty()) p->hedge_word = s->low[i];
    if (cls == "null" && phrase_end && p->null_word.empty() && s->denials[i] % 2 == 0)
      p->null_word = NullPhrase(*s, i);
  }
}

void MarkCauseSide(TokenScan* s) {
  for (size_t start = 0; start < s->size();) {
    const size_t end = s->ClauseEnd(start);
    size_t first = start;
    while (first < end && s->cls[first] != "promote" && s->cls[first] != "hinder") ++first;
    if (first < end)
      for (size_t k = start; k < first; ++k) s->cause_side[k] = true;
    start = end;
  }
}

void MarkAmounts(TokenScan* s) {
  for (size_t i = 0; i + 1 < s->size(); ++i) {
    if (MarkBound(s, i)) continue;
    const std::string w = s->low[i];
    const bool than = i + 2 < s->size() && s->low[i + 1] == "than" && IsNumber(s->low[i + 2]);
    if ((In(kLowerWords, w) || In(kHigherWords, w)) && !than && s->Content(i + 1)) {
      MarkAmountAfter(s, i + 1, In(kLowerWords, w) ? -1 : 1, w);
    } else if ((In(kShareOfWords, w) || In(kMultipleOfWords, w)) && s->low[i + 1] == "of") {
      MarkAmountAfter(s, i + 2, In(kShareOfWords, w) ? -1 : 1, w + " of");
    }
  }
}

void AddWords(const WordNet* wordnet, const CueLexicon& lexicon, TokenScan* s,
              StatementProfile* p) {
  std::set<std::string, std::less<>> name_words;  // words of the entity ids ("ascend-910b")
  for (const std::string& id : p->entities)
    for (const Token& t : Tokenize(id)) name_words.emplace(t.text);
  for (size_t i = 0; i < s->size(); ++i) {
    const std::string& w = s->low[i];
    if (s->cue[i] || s->nt[i] || w.empty() || IsStopword(w)) continue;
    if (w.size() < 2 && !IsNumber(w)) continue;
    LinkWord lw = ReadWord(wordnet, lexicon, *s, i, name_words.count(w) > 0 || s->shape[i] > 0);
    AddDirection(lw, s->tokens[i].text, p);
    s->word_at[i] = static_cast<int>(p->words.size());
    p->words.push_back(std::move(lw));
  }
}

namespace {

// The number starting at token i, its digit groups and decimals joined ("1,000,000",
// "3.5"); sets *last to its last token.
std::string JoinedNumber(const TokenScan& s, size_t i, size_t* last) {
  std::string n(s.low[i]);
  size_t j = i;
  while (j + 1 < s.size() && IsNumber(s.low[j + 1]) &&
         s.tokens[j + 1].start == s.tokens[j].end + 1 &&
         (s.text[s.tokens[j].end] == ',' || s.text[s.tokens[j].end] == '.')) {
    if (s.text[s.tokens[j].end] == '.') n += '.';
    n += s.low[++j];
  }
  *last = j;
  return n;
}

}  // namespace

std::vector<std::string> ReadFigures(const TokenScan& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!IsNumber(s.low[i]) ||
        (i > 0 && IsNumber(s.low[i - 1]) && s.tokens[i].start == s.tokens[i - 1].end + 1))
      continue;
    size_t last = i;
    std::string figure = JoinedNumber(s, i, &last);
    const size_t after = s.tokens[last].end;
    const bool percent = (after < s.text.size() && s.text[after] == '%') ||
                         (last + 1 < s.size() && s.low[last + 1] == "percent");
    const bool scaled = last + 1 < s.size() && In(kScaleWords, s.low[last + 1]);
    if (percent) figure += "%";
    if (scaled) figure += " " + s.low[last + 1];
    const bool bare = !percent && !scaled && figure.find('.') == std::string::npos;
    const bool year =
        bare && figure.size() == 4 && (figure.starts_with("19") || figure.starts_with("20"));
    if (year || (bare && figure.size() == 1)) continue;
    out.push_back(std::move(figure));
    i = last;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void MarkOrders(const TokenScan& s, StatementProfile* p) {
  for (size_t i = 0; i < s.size(); ++i) {
    const std::string& w = s.low[i];
    const bool prior_to = w == "prior" && i + 1 < s.size() && s.low[i + 1] == "to";
    if (w != "before" && w != "after" && !prior_to) continue;
    const size_t ls = s.ClauseStart(i), le = s.ClauseEnd(i);
    const size_t rs = prior_to ? i + 2 : i + 1;
    if (w == "after")
      AddOrder(s, rs, le, ls, i, w, p);
    else
      AddOrder(s, ls, i, rs, le, prior_to ? "prior to" : "before", p);
  }
}

void IndexProfile(StatementProfile* p) {
  p->cue_head.assign(p->cues.size(), -1);
  for (size_t k = 0; k < p->words.size(); ++k) {
    const LinkWord& w = p->words[k];
    if (w.denied && w.cue < p->cue_head.size() && p->cue_head[w.cue] < 0)
      p->cue_head[w.cue] = static_cast<int>(k);
  }
  for (uint32_t k = 0; k < p->words.size(); ++k) {
    for (uint32_t c : p->words[k].concepts) p->concept_index.emplace_back(c, k);
    for (uint32_t c : p->words[k].related) p->related_index.emplace_back(c, k);
  }
  std::sort(p->concept_index.begin(), p->concept_index.end());
  std::sort(p->related_index.begin(), p->related_index.end());
}

StatementProfile ReadProfile(const Statement& st, const CueLexicon& lexicon, const WordNet* wordnet,
                             const TermAnalyzer& terms) {
  StatementProfile p;
  p.id = st.id;
  p.source = st.source;
  p.entities = st.entities;
  std::sort(p.entities.begin(), p.entities.end());
  p.attributed = !st.speaker.empty();
  TokenScan scan = ScanTokens(st.text);
  MarkCues(lexicon, terms, &scan);
  MarkScopes(wordnet, &scan, &p);
  MarkCauseSide(&scan);
  MarkAmounts(&scan);
  AddWords(wordnet, lexicon, &scan, &p);
  MarkOrders(scan, &p);
  p.figures = ReadFigures(scan);
  IndexProfile(&p);
  return p;
}

}  // namespace cg

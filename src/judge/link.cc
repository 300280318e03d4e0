// Linking two statements. Profile() reads one statement once; Link() compares two
// profiles. The features (all symmetric in the two statements):
//   similarity  shared content, weighted: same stem 1, WordNet synonym 0.7, WordNet
//               related form or adjective cluster ("independence" / "self-sufficient")
//               0.5, two words of the same effect class ("boost" / "strengthen") 0.5
//   entities    Jaccard overlap of the resolved entities
//   clash       share of the shared words that one statement denies and the other asserts
//               (negation, "instead of X", "the claim that X is untrue", "denies X")
//   frame       the clash comes through a rebuttal or contrast frame, not a plain negator
//   effect      one statement says the cause promotes what the other says it hinders
//   null        one says the cause made no difference, the other that it had an effect
//   outcome     one says the effort succeeded, the other that it failed
//   antonym     a WordNet antonym pair, or a word and its negative-prefix form
//   order       the same two events in opposite order ("X before Y" / "Y before X")
//   hedge       either statement is hedged ("may", "likely")
//   attributed  either statement is put in someone else's mouth ("according to X", "X
//               said"); its weight is learned like the others
//   hedge_mismatch (supports) one is hedged or attributed and the other is not
//   direction   both say the cause promotes, or both that it hinders; or the same outcome
//   predicate   both assert the same verb (or a synonym), or both deny the same verb or
//               adjective; not merely intended
//   amount      both put the same quantity on the same side ("under $6 million" / "a
//               fraction of the cost")
// A support needs more than a shared topic: the same direction, a shared asserted verb, the
// same quantity put on the same side, or near-identical wording.
// Two linear models over them (judge/linear_model.h), with weights learned from labelled
// pairs (link_weights.tsv, rebuilt by bench/train_link.sh), give P(contradicts) and
// P(supports). A contradiction needs at least one opposition feature; a support
// needs none.
#include "judge/link.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <span>
#include <sstream>

#include "core/text.h"

namespace cg {

namespace {

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (true) {
    const size_t tab = line.find('\t', pos);
    out.emplace_back(line.substr(pos, tab == std::string_view::npos ? tab : tab - pos));
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return out;
}

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

bool In(std::span<const std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool IsNumber(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool Intersects(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) return true;
    a[i] < b[j] ? ++i : ++j;
  }
  return false;
}

// "in" + "effective", "dis" + "incentive"...: a word and its negative-prefix form.
bool PrefixNegation(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (a.size() < 4) return false;
  for (std::string_view p : {"in", "un", "dis", "non", "im", "counter"})
    if (b.size() == a.size() + p.size() && b.starts_with(p) && b.ends_with(a)) return true;
  return false;
}

// How closely two words match: 1 same stem, 0.7 WordNet synonym, 0.5 a related form or adjective
// cluster, or the same effect class. `shares` says whether they share a concept (bit 1) or a
// related synset (bit 2).
double WordMatch(const LinkWord& x, const LinkWord& y, int shares) {
  if (x.stem_hash == y.stem_hash && x.stem == y.stem) return 1.0;
  if (shares & 1) return 0.7;
  if (shares & 2) return 0.5;
  if (x.effect != 0 && x.effect == y.effect) return 0.5;
  return 0;
}

// The same, finding the shared synsets itself.
double WordMatch(const LinkWord& x, const LinkWord& y) {
  if (x.stem == y.stem) return 1.0;
  if ((x.concept_bits & y.concept_bits) && Intersects(x.concepts, y.concepts)) return 0.7;
  if ((x.related_bits & y.related_bits) && Intersects(x.related, y.related)) return 0.5;
  if (x.effect != 0 && x.effect == y.effect) return 0.5;
  return 0;
}

double Round3(double x) { return std::round(x * 1000.0) / 1000.0; }

std::string Quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

}  // namespace

Result<Linker> Linker::Create(const LinkerData& data, const WordNet* wordnet,
                              const TermAnalyzer* terms, const LinkOptions& options) {
  Linker l;
  l.wordnet_ = wordnet;
  l.terms_ = terms;
  l.options_ = options;
  const std::string& lex_path = data.lexicon_origin;
  size_t line_no = 0;
  std::istringstream in(data.lexicon);
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto f = SplitTabs(line);
    if (f.size() != 2 || f[0].empty() || f[1].empty())
      return Status::InvalidArgument(lex_path + ":" + std::to_string(line_no) +
                                     ": expected class<TAB>word");
    const std::string cls = f[0];
    static const std::set<std::string> kClasses = {
        "promote",  "hinder",    "null",       "success",  "failure", "negator",
        "contrast", "rebut_pre", "rebut_post", "irrealis", "hedge",   "frequent"};
    if (!kClasses.count(cls))
      return Status::InvalidArgument(lex_path + ":" + std::to_string(line_no) +
                                     ": unknown class \"" + cls + "\"");
    const std::string text = ToLowerFoldApostrophes(f[1]);
    if (cls == "frequent") {
      l.frequent_terms_.insert(terms->Stem(text));
      continue;
    }
    std::vector<std::string> words;
    for (const Token& t : Tokenize(text)) words.emplace_back(t.text);
    if (words.size() == 1 && text.find('-') == std::string::npos && cls != "negator" &&
        cls != "hedge" && cls != "irrealis")
      l.AddWord(words[0], cls);
    else
      l.phrases_.push_back({std::move(words), cls});
  }
  // Longer phrases first, so "no effect" wins over "no".
  std::stable_sort(l.phrases_.begin(), l.phrases_.end(), [](const Phrase& a, const Phrase& b) {
    return a.words.size() > b.words.size();
  });
  auto models = ParseLinearModels(data.weights, data.weights_origin, {"contradicts", "supports"});
  if (!models.ok()) return models.status();
  l.contradicts_ = (*models)["contradicts"];
  l.supports_ = (*models)["supports"];
  return l;
}

void Linker::AddWord(const std::string& word, const std::string& cls) {
  const auto lemmas = wordnet_ != nullptr ? wordnet_->Lemmas(word) : std::vector<std::string>();
  if (lemmas.empty()) {
    stem_class_.emplace(terms_->Stem(word), cls);
    return;
  }
  for (const std::string& lemma : lemmas) lemma_class_.emplace(lemma, cls);
}

std::string Linker::WordClass(const std::string& lower, const std::string& stem) const {
  const auto lemmas = wordnet_ != nullptr ? wordnet_->Lemmas(lower) : std::vector<std::string>();
  for (const std::string& lemma : lemmas)
    if (auto it = lemma_class_.find(lemma); it != lemma_class_.end()) return it->second;
  if (!lemmas.empty()) return "";
  auto it = stem_class_.find(stem);
  return it == stem_class_.end() ? "" : it->second;
}

StatementProfile Linker::Profile(const Statement& st) const {
  StatementProfile p;
  p.id = st.id;
  p.source = st.source;
  p.entities = st.entities;
  std::sort(p.entities.begin(), p.entities.end());
  p.attributed = !st.speaker.empty();
  const std::string text = ToLowerFoldApostrophes(st.text);
  const std::vector<Token> tokens = Tokenize(text);
  const size_t n = tokens.size();
  // Lowercase words, with "n't" split off as its own negator and "'s" dropped.
  std::vector<std::string> low(n);
  std::vector<bool> nt(n, false);
  std::vector<bool> boundary_before(n, false);  // a clause starts at token i
  for (size_t i = 0; i < n; ++i) {
    std::string w(tokens[i].text);
    if (w.ends_with("n't")) {
      nt[i] = true;
      w.resize(w.size() - 3);
      if (w == "ca") w = "can";
      if (w == "wo") w = "will";
    }
    if (w.ends_with("'s")) w.resize(w.size() - 2);
    low[i] = std::move(w);
    if (i > 0) {
      const size_t gap_start = tokens[i - 1].end;
      const std::string_view gap =
          std::string_view(text).substr(gap_start, tokens[i].start - gap_start);
      const bool digit_group = (gap == "," || gap == ".") &&
                               IsNumber(tokens[i - 1].text.substr(tokens[i - 1].text.size() - 1)) &&
                               IsNumber(tokens[i].text.substr(0, 1));  // "100,000", "2.5"
      boundary_before[i] = !digit_group && IsClauseGap(gap);
    }
    if (std::find(std::begin(kClauseWords), std::end(kClauseWords), low[i]) !=
        std::end(kClauseWords))
      boundary_before[i] = true;
  }
  auto hyphen_joined = [&](size_t j) {  // token j follows token j - 1 across one hyphen
    return j > 0 && j < n && tokens[j].start == tokens[j - 1].end + 1 &&
           text[tokens[j - 1].end] == '-';
  };
  auto clause_end = [&](size_t from) {  // first token index after `from`'s clause, <= n
    size_t j = from + 1;
    while (j < n && !boundary_before[j]) ++j;
    return std::min(j, n);  // `from` may be n itself: a bound after the last token
  };
  auto clause_start = [&](size_t at) {
    size_t j = at;
    while (j > 0 && !boundary_before[j]) --j;
    return j;
  };
  // Cue classes per token (phrases first, then single stems).
  std::vector<std::string> cls(n);
  std::vector<bool> cue(n, false);
  for (size_t i = 0; i < n; ++i) {
    if (!cls[i].empty()) continue;
    for (const Phrase& ph : phrases_) {
      if (i + ph.words.size() > n) continue;
      bool ok = true;
      for (size_t k = 0; k < ph.words.size() && ok; ++k) ok = low[i + k] == ph.words[k];
      if (!ok) continue;
      const bool content =
          ph.cls == "promote" || ph.cls == "hinder" || ph.cls == "success" || ph.cls == "failure";
      if (content) {  // "opposite effect": its words stay content, the last one carries it
        cls[i + ph.words.size() - 1] = ph.cls;
        break;
      }
      for (size_t k = 0; k < ph.words.size(); ++k) {
        cls[i + k] = ph.cls;
        cue[i + k] = true;
      }
      break;
    }
  }
  std::vector<std::string> stems(n);
  for (size_t i = 0; i < n; ++i) {
    stems[i] = terms_->Stem(low[i]);
    if (!cls[i].empty()) continue;
    cls[i] = WordClass(low[i], stems[i]);
    if (!cls[i].empty() && cls[i] != "promote" && cls[i] != "hinder" && cls[i] != "success" &&
        cls[i] != "failure")
      cue[i] = true;
  }
  auto phrase_text = [&](size_t last) {  // the cue phrase ending at token `last`, as written
    size_t s = last;
    while (s > 0 && cue[s - 1] && cls[s - 1] == cls[last]) --s;
    return text.substr(tokens[s].start, tokens[last].end - tokens[s].start);
  };
  // Scopes. Denial toggles, so a denied denial asserts ("did not fail").
  std::vector<int> denials(n, 0);
  std::vector<size_t> denied_by(n, 0);
  std::vector<bool> irrealis(n, false);
  auto deny = [&](size_t from, size_t to, size_t cue_index) {
    for (size_t j = from; j < to && j < n; ++j) {
      ++denials[j];
      denied_by[j] = cue_index;
    }
  };
  // "the wrong move", "a false start": a rebuttal adjective before the noun it modifies, in
  // the same clause, judges that noun, not a claim; "false claims that X" still rebuts X.
  auto attributive = [&](size_t i) {
    if (i + 1 >= n || boundary_before[i + 1] || !cls[i + 1].empty() || IsNumber(low[i + 1]))
      return false;
    const bool names_a_claim = i + 2 < n && (low[i + 2] == "that" || low[i + 2] == "of");
    return !names_a_claim && wordnet_ != nullptr && wordnet_->Known(low[i + 1]) &&
           !wordnet_->OnlyVerbOrAdjective(low[i + 1]);
  };
  for (size_t i = 0; i < n; ++i) {
    const bool phrase_end = i + 1 >= n || cls[i + 1] != cls[i] || !cue[i + 1];
    if (nt[i] || cls[i] == "negator") {
      p.cues.push_back(nt[i] ? std::string(tokens[i].text) : low[i]);
      p.framed.push_back(false);
      deny(i + 1, clause_end(i), p.cues.size() - 1);
    } else if ((cls[i] == "contrast" || cls[i] == "rebut_post") && phrase_end) {
      p.cues.push_back(phrase_text(i));
      p.framed.push_back(true);
      deny(i + 1, clause_end(i), p.cues.size() - 1);
    } else if (cls[i] == "rebut_pre" && phrase_end && !attributive(i)) {
      p.cues.push_back(phrase_text(i));
      p.framed.push_back(true);
      size_t s = clause_start(i);
      while (s < i && cls[s] == "rebut_pre") ++s;
      // "X is false": the rebuttal word itself names no content. With nothing before it
      // in its clause it calls what follows false (", exaggerating its X").
      if (s < i)
        deny(s, i, p.cues.size() - 1);
      else
        deny(i + 1, clause_end(i), p.cues.size() - 1);
    } else if (cls[i] == "irrealis" && phrase_end) {
      for (size_t j = i + 1; j < clause_end(i); ++j) irrealis[j] = true;
    }
    // "failed to prevent X": the failure denies what follows, as a negator does.
    if (cls[i] == "failure" && i + 1 < n && low[i + 1] == "to") {
      p.cues.push_back(std::string(tokens[i].text) + " to");
      p.framed.push_back(true);
      deny(i + 2, clause_end(i), p.cues.size() - 1);
    }
    if (cls[i] == "hedge" && p.hedge_word.empty()) p.hedge_word = low[i];
    if (cls[i] == "null" && phrase_end && p.null_word.empty() && denials[i] % 2 == 0) {
      size_t s = i;
      while (s > 0 && cls[s - 1] == "null" && cue[s - 1]) --s;
      std::string words;
      for (size_t k = s; k <= i; ++k) words += (k > s ? " " : "") + std::string(tokens[k].text);
      p.null_word = words;
    }
  }
  std::vector<int> word_at(n, -1);  // token -> index into p.words
  // The cause side of an effect: words of a clause before its first effect word
  // ("export controls" in "export controls accelerate China's efforts").
  std::vector<bool> cause_side(n, false);
  for (size_t s = 0; s < n;) {
    const size_t e = clause_end(s);
    size_t first = s;
    while (first < e && cls[first] != "promote" && cls[first] != "hinder") ++first;
    if (first < e)
      for (size_t k = s; k < first; ++k) cause_side[k] = true;
    s = e;
  }
  // Quantities put low (-1) or high (+1), with the word that says so: the content words
  // a comparative modifies ("lower cost"), the word a bound measures ("cost of under $6
  // million", "over 100,000 GPUs") and what a share is of ("a fraction of the cost").
  std::vector<int> amount(n, 0);
  std::vector<std::string> amount_cue(n);
  auto content = [&](size_t k) {
    return !cue[k] && !nt[k] && !low[k].empty() && !IsStopword(low[k]) && !IsNumber(low[k]) &&
           cls[k] != "promote" && cls[k] != "hinder";
  };
  auto mark_after = [&](size_t from, int sign, const std::string& why) {
    const size_t end = clause_end(from);
    size_t k = from;
    while (k < end && k < from + 2 && !content(k)) ++k;  // "the", "of the"
    for (size_t taken = 0; k < end && taken < 3 && content(k); ++k, ++taken) {
      amount[k] = sign;
      amount_cue[k] = why;
    }
  };
  for (size_t i = 0; i + 1 < n; ++i) {
    const std::string& w = low[i];
    const bool than_number = i + 2 < n && low[i + 1] == "than" && IsNumber(low[i + 2]);
    int sign = 0;
    if (In(kBelowWords, w) || ((w == "less" || w == "fewer") && than_number)) sign = -1;
    if (In(kAboveWords, w) || (w == "more" && than_number)) sign = 1;
    const size_t number = than_number ? i + 2 : i + 1;
    if (sign != 0 && IsNumber(low[number])) {
      // The word measured: "cost of under $6 million", else what is counted after the
      // number ("over 100,000 GPUs").
      size_t k = i;
      while (k > 0 && k + 3 > i && !content(k - 1) && !boundary_before[k]) --k;
      if (k > 0 && k + 3 > i && content(k - 1) && !boundary_before[k] &&
          (low[k] == "of" || low[k] == "at")) {
        amount[k - 1] = sign;
        amount_cue[k - 1] = w;
      } else {
        mark_after(number + 1, sign, w);
      }
      continue;
    }
    if ((In(kLowerWords, w) || In(kHigherWords, w)) && !than_number && content(i + 1)) {
      mark_after(i + 1, In(kLowerWords, w) ? -1 : 1, w);
    } else if ((In(kShareOfWords, w) || In(kMultipleOfWords, w)) && low[i + 1] == "of") {
      mark_after(i + 2, In(kShareOfWords, w) ? -1 : 1, w + " of");
    }
  }
  std::set<std::string, std::less<>> name_words;  // words of the entity ids ("ascend-910b")
  for (const std::string& id : p.entities)
    for (const Token& t : Tokenize(id)) name_words.emplace(t.text);
  // A word right after a determiner, or after a determiner and an adjective, is a noun:
  // "a competitive race", "the ban".
  auto determiner = [&](size_t k) {
    static const std::set<std::string, std::less<>> kDeterminers = {
        "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "these", "those"};
    return kDeterminers.count(low[k]) > 0;
  };
  auto noun_position = [&](size_t i) {
    if (i > 0 && determiner(i - 1)) return true;
    return i > 1 && determiner(i - 2) && wordnet_ != nullptr && wordnet_->Adjective(low[i - 1]);
  };
  for (size_t i = 0; i < n; ++i) {
    if (cue[i] || nt[i]) continue;
    const std::string& w = low[i];
    if (w.empty() || IsStopword(w)) continue;
    if (w.size() < 2 && !IsNumber(w)) continue;
    LinkWord lw;
    lw.text = w;
    lw.stem = stems[i];
    lw.stem_hash = std::hash<std::string>{}(lw.stem);
    if (!IsNumber(w) && wordnet_ != nullptr) {
      lw.concepts = wordnet_->Concepts(w);
      // A hyphenated compound WordNet knows as a whole ("self-sufficient") lends its
      // senses to its last word.
      if (hyphen_joined(i)) {
        const std::string compound = low[i - 1] + "-" + w;
        if (wordnet_->Known(compound)) {
          auto more = wordnet_->Concepts(compound);
          lw.concepts.insert(lw.concepts.end(), more.begin(), more.end());
          std::sort(lw.concepts.begin(), lw.concepts.end());
          lw.concepts.erase(std::unique(lw.concepts.begin(), lw.concepts.end()), lw.concepts.end());
        }
      }
      if (noun_position(i)) WordNet::KeepNouns(&lw.concepts);
      lw.related = wordnet_->Related(lw.concepts);
      for (uint32_t c : lw.concepts) lw.concept_bits |= uint64_t{1} << (c & 63);
      for (uint32_t c : lw.related) lw.related_bits |= uint64_t{1} << (c & 63);
      lw.opposed = wordnet_->AntonymsOf(lw.concepts);
      lw.widened = wordnet_->Widened(lw.concepts);
    }
    lw.weight = frequent_terms_.count(lw.stem) ? 0.3 : 1.0;
    if (cls[i] == "promote") lw.effect = 1;
    if (cls[i] == "hinder") lw.effect = -1;
    if (cls[i] == "success") lw.outcome = 1;
    if (cls[i] == "failure") lw.outcome = -1;
    // A word of a resolved entity's name ("Ascend") names a thing: never a predicate.
    const bool name = name_words.count(w) > 0;
    lw.verb = !name &&
              (lw.effect != 0 || lw.outcome != 0 || (wordnet_ != nullptr && wordnet_->OnlyVerb(w)));
    lw.cause = cause_side[i];
    lw.predicate = !name && (lw.effect != 0 || lw.outcome != 0 ||
                             (wordnet_ != nullptr && wordnet_->OnlyVerbOrAdjective(w)));
    lw.denied = denials[i] % 2 == 1;
    lw.cue = denied_by[i];
    lw.irrealis = irrealis[i];
    lw.amount = amount[i];
    lw.amount_cue = amount_cue[i];
    if (!lw.irrealis) {
      const double sign = lw.denied ? -0.5 : 1.0;
      if (lw.effect != 0) {
        p.effect += lw.effect * sign;
        if (!lw.denied) p.asserted_effect += lw.effect;
        if (p.effect_word.empty())
          p.effect_word =
              (lw.denied ? p.cues[lw.cue] + " ... " : std::string()) + std::string(tokens[i].text);
      }
      if (lw.outcome != 0) {
        p.outcome += lw.outcome * (lw.denied ? -1.0 : 1.0);
        if (p.outcome_word.empty())
          p.outcome_word =
              (lw.denied ? p.cues[lw.cue] + " ... " : std::string()) + std::string(tokens[i].text);
      }
    }
    word_at[i] = static_cast<int>(p.words.size());
    p.words.push_back(std::move(lw));
  }
  // Order of events: "X before Y", "Y after X", "X prior to Y". A word on both
  // sides orders nothing and is left out.
  auto add_order = [&](size_t e0, size_t e1, size_t l0, size_t l1, std::string cue_text) {
    EventOrder o;
    o.cue = std::move(cue_text);
    for (size_t k = e0; k < e1 && k < n; ++k)
      if (word_at[k] >= 0) o.earlier.push_back(word_at[k]);
    for (size_t k = l0; k < l1 && k < n; ++k)
      if (word_at[k] >= 0) o.later.push_back(word_at[k]);
    auto stem_of = [&](int w) { return p.words[w].stem; };
    std::set<std::string> es, ls;
    for (int w : o.earlier) es.insert(stem_of(w));
    for (int w : o.later) ls.insert(stem_of(w));
    std::erase_if(o.earlier, [&](int w) { return ls.count(stem_of(w)) > 0; });
    std::erase_if(o.later, [&](int w) { return es.count(stem_of(w)) > 0; });
    if (!o.earlier.empty() && !o.later.empty()) p.orders.push_back(std::move(o));
  };
  for (size_t i = 0; i < n; ++i) {
    const bool prior_to = low[i] == "prior" && i + 1 < n && low[i + 1] == "to";
    if (low[i] == "before" || low[i] == "after" || prior_to) {
      const size_t ls = clause_start(i), le = clause_end(i);
      const size_t rs = prior_to ? i + 2 : i + 1;
      if (low[i] == "after")
        add_order(rs, le, ls, i, low[i]);
      else
        add_order(ls, i, rs, le, prior_to ? "prior to" : "before");
    }
  }
  p.cue_head.assign(p.cues.size(), -1);
  for (size_t k = 0; k < p.words.size(); ++k)
    if (p.words[k].denied && p.words[k].cue < p.cue_head.size() && p.cue_head[p.words[k].cue] < 0)
      p.cue_head[p.words[k].cue] = static_cast<int>(k);
  for (uint32_t k = 0; k < p.words.size(); ++k) {
    for (uint32_t c : p.words[k].concepts) p.concept_index.emplace_back(c, k);
    for (uint32_t c : p.words[k].related) p.related_index.emplace_back(c, k);
  }
  std::sort(p.concept_index.begin(), p.concept_index.end());
  std::sort(p.related_index.begin(), p.related_index.end());
  return p;
}

std::vector<std::string> Linker::Context(std::string_view article_text) const {
  std::map<std::string, size_t> tf;
  for (std::string& t : terms_->Terms(article_text))
    if (!IsFrequentTerm(t)) ++tf[std::move(t)];
  std::vector<std::pair<size_t, std::string>> ranked;
  for (auto& [term, n] : tf)
    if (n >= 2) ranked.emplace_back(n, term);
  // Most repeated first; ties by term, so the same text gives the same terms.
  std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  if (ranked.size() > options_.context_terms) ranked.resize(options_.context_terms);
  std::vector<std::string> out;
  for (auto& [n, term] : ranked) out.push_back(std::move(term));
  std::sort(out.begin(), out.end());
  return out;
}

namespace {
size_t SharedCount(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] < y[j]) {
      ++i;
    } else if (y[j] < x[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}
}  // namespace

std::optional<Edge> Linker::Link(const StatementProfile& a, const StatementProfile& b) const {
  if (a.id == b.id) return std::nullopt;
  if (a.source == b.source && !options_.link_within_source) return std::nullopt;
  // Different stories: the articles around the two statements share too few key terms.
  // (A short article has few repeated terms: it must share all of them, up to the bound.)
  const size_t required =
      std::min(options_.min_shared_context, std::min(a.context.size(), b.context.size()));
  if (a.source != b.source && SharedCount(a.context, b.context) < required) return std::nullopt;
  return a.id < b.id ? LinkOrdered(a, b, false) : LinkOrdered(b, a, false);
}

std::vector<double> Linker::WordCoverage(const StatementProfile& x,
                                         const StatementProfile& y) const {
  std::vector<double> best(x.words.size(), 0.0);
  for (size_t i = 0; i < x.words.size(); ++i)
    for (const LinkWord& wy : y.words) best[i] = std::max(best[i], WordMatch(x.words[i], wy));
  return best;
}

Edge Linker::Compare(const StatementProfile& a, const StatementProfile& b) const {
  return *(a.id < b.id ? LinkOrdered(a, b, true) : LinkOrdered(b, a, true));
}

std::optional<Edge> Linker::LinkOrdered(const StatementProfile& a, const StatementProfile& b,
                                        bool keep_all) const {
  // Best match of each word in the other statement: 1 same stem, 0.7 synonym, 0.5 same
  // effect class.
  struct Match {
    double strength = 0;
    int other = -1;
  };
  // Which word pairs share a synset (bit 1: concepts, bit 2: related), from one merge of
  // the two profiles' sorted indexes.
  const size_t nb = b.words.size();
  std::vector<uint8_t> shares(a.words.size() * nb, 0);
  auto mark = [&](const std::vector<std::pair<uint32_t, uint32_t>>& x,
                  const std::vector<std::pair<uint32_t, uint32_t>>& y, uint8_t bit) {
    size_t i = 0, j = 0;
    while (i < x.size() && j < y.size()) {
      if (x[i].first < y[j].first) {
        ++i;
      } else if (y[j].first < x[i].first) {
        ++j;
      } else {
        const uint32_t synset = x[i].first;
        size_t j_end = j;
        while (j_end < y.size() && y[j_end].first == synset) ++j_end;
        for (; i < x.size() && x[i].first == synset; ++i)
          for (size_t k = j; k < j_end; ++k) shares[x[i].second * nb + y[k].second] |= bit;
        j = j_end;
      }
    }
  };
  mark(a.concept_index, b.concept_index, 1);
  mark(a.related_index, b.related_index, 2);
  // WordMatch is symmetric: one pass over the pairs fills both directions, each word
  // keeping its first best match.
  std::vector<Match> ma(a.words.size()), mb(b.words.size());
  for (size_t i = 0; i < a.words.size(); ++i) {
    const LinkWord& wa = a.words[i];
    for (size_t j = 0; j < b.words.size(); ++j) {
      const double s = WordMatch(wa, b.words[j], shares[i * nb + j]);
      if (s > ma[i].strength) ma[i] = {s, static_cast<int>(j)};
      if (s > mb[j].strength) mb[j] = {s, static_cast<int>(i)};
    }
  }
  // Similarity: the mean of how much of each statement the other covers, so a short
  // statement fully inside a long one still counts as close.
  auto coverage = [](const StatementProfile& x, const std::vector<Match>& m) {
    double shared = 0, total = 0;
    for (size_t i = 0; i < x.words.size(); ++i) {
      shared += x.words[i].weight * m[i].strength;
      total += x.words[i].weight;
    }
    return total > 0 ? shared / total : 0.0;
  };
  const double similarity = (coverage(a, ma) + coverage(b, mb)) / 2;
  if (similarity < options_.min_similarity && !keep_all) return std::nullopt;

  std::vector<std::string> common;
  for (const auto& e : a.entities)
    if (std::binary_search(b.entities.begin(), b.entities.end(), e)) common.push_back(e);
  const size_t uni = a.entities.size() + b.entities.size() - common.size();
  const double entities = uni ? static_cast<double>(common.size()) / uni : 0;

  // A denied effect ("the claim that X boosted Y is untrue") is contested only
  // by a statement that names the same cause X: true when one of the denier's denied
  // cause-side words (under `cue`, when given) is matched, or when it has none.
  auto cause_named = [&](const StatementProfile& d, const std::vector<Match>& dm,
                         std::optional<size_t> cue = std::nullopt) {
    bool any = false;
    for (size_t k = 0; k < d.words.size(); ++k) {
      if (!d.words[k].denied || !d.words[k].cause || (cue && d.words[k].cue != *cue)) continue;
      any = true;
      if (dm[k].strength >= 0.7) return true;
    }
    return !any;
  };
  // A plain negator denies the predicate at the head of its scope ("did not approve the
  // fees"): it contests the other statement only where that statement asserts the same
  // predicate. Sharing "the fees" alone is a shared topic ("the fees will fund repairs").
  // A frame (rebuttal, contrast) calls its whole scope false and needs no shared head.
  auto head_asserted = [](const StatementProfile& d, const std::vector<Match>& dm,
                          const StatementProfile& o, size_t cue) {
    if (cue < d.framed.size() && d.framed[cue]) return true;
    const int head = cue < d.cue_head.size() ? d.cue_head[cue] : -1;
    return head >= 0 && dm[head].other >= 0 && dm[head].strength >= 0.7 &&
           !o.words[dm[head].other].denied;
  };
  // Clash: shared words one statement denies and the other asserts.
  double matched_w = 0, clash_w = 0;
  bool clash_predicate = false;
  std::vector<std::string> clash_words;
  const StatementProfile* denier = nullptr;
  size_t denier_cue = 0;
  for (size_t i = 0; i < a.words.size(); ++i) {
    if (ma[i].other < 0) continue;
    const LinkWord& wa = a.words[i];
    const LinkWord& wb = b.words[ma[i].other];
    if (wa.irrealis || wb.irrealis) continue;
    const double w = wa.weight * ma[i].strength;
    matched_w += w;
    const bool a_denies = wa.denied && !wb.denied;
    if (wa.denied != wb.denied &&
        (a_denies ? head_asserted(a, ma, b, wa.cue) : head_asserted(b, mb, a, wb.cue))) {
      clash_w += w;
      if (wa.predicate || wb.predicate) {
        const LinkWord& dw = wa.denied ? wa : wb;
        if (dw.effect == 0 || cause_named(wa.denied ? a : b, wa.denied ? ma : mb, dw.cue))
          clash_predicate = true;
      }
      if (clash_words.size() < 6)
        clash_words.push_back(wa.stem == wb.stem ? wa.text : wa.text + "~" + wb.text);
      if (denier == nullptr) {
        denier = wa.denied ? &a : &b;
        denier_cue = wa.denied ? wa.cue : wb.cue;
      }
    }
  }
  // A denial contests the other statement only if it covers a shared predicate: "not
  // whether to use export controls" shares a topic with "export controls backfired", not
  // a claim.
  const double clash = matched_w > 0 && clash_w >= 1.0 && clash_predicate ? clash_w / matched_w : 0;
  // Antonyms, and cues read off one statement (effect, null, outcome), oppose
  // the other only when the two are about the same thing: they need closer statements
  // than a denial of shared words does.
  const bool close = similarity >= options_.min_cue_similarity;
  // A denied effect says no more than that the effect is absent: it opposes an asserted
  // effect, not "no effect" or a denial, and only where the cause is named.
  const bool a_denies_effect = a.asserted_effect == 0 && a.effect != 0;
  const bool b_denies_effect = b.asserted_effect == 0 && b.effect != 0;
  const double effect_opp = a.effect * b.effect < 0 && !(a_denies_effect && b_denies_effect) &&
                                    (!a_denies_effect || cause_named(a, ma)) &&
                                    (!b_denies_effect || cause_named(b, mb)) && close
                                ? 1
                                : 0;
  const double null_vs = close && ((!a.null_word.empty() && b.asserted_effect != 0) ||
                                   (!b.null_word.empty() && a.asserted_effect != 0))
                             ? 1
                             : 0;
  const double outcome_opp = a.outcome * b.outcome < 0 && close ? 1 : 0;
  // Opposite order of the same two events: A has X before Y, B has Y before X.
  auto is_event = [](const LinkWord& w) { return w.verb || w.effect != 0; };
  // The first word of xs matching one of ys; with `event`, only a verb or an
  // effect word on either side counts (an order of events, not of things named).
  auto first_match = [&](const std::vector<int>& xs, const StatementProfile& px,
                         const std::vector<int>& ys, const StatementProfile& py,
                         bool event = false) -> std::string {
    for (int x : xs)
      for (int y : ys)
        if (WordMatch(px.words[x], py.words[y]) >= 0.7 &&
            (!event || is_event(px.words[x]) || is_event(py.words[y])))
          return px.words[x].text;
    return "";
  };
  std::string order_why;
  for (const EventOrder& oa : a.orders) {
    for (const EventOrder& ob : b.orders) {
      // Events on both sides where there are; at least one side must be an event.
      std::string x = first_match(oa.earlier, a, ob.later, b, true);
      std::string y = first_match(oa.later, a, ob.earlier, b, true);
      if (x.empty() != y.empty()) {
        if (x.empty()) x = first_match(oa.earlier, a, ob.later, b);
        if (y.empty()) y = first_match(oa.later, a, ob.earlier, b);
      }
      if (x.empty() || y.empty()) continue;
      if (!first_match(oa.earlier, a, ob.earlier, b).empty() &&
          !first_match(oa.later, a, ob.later, b).empty())
        continue;  // both orders hold the same words on the same sides: no conflict
      order_why = "A puts " + Quoted(x) + " " + oa.cue + " " + Quoted(y) + ", B the other way (" +
                  Quoted(ob.cue) + ")";
      break;
    }
    if (!order_why.empty()) break;
  }
  const double order = !order_why.empty() ? 1 : 0;
  auto has_stem = [](const StatementProfile& p, const std::string& stem) {
    return std::any_of(p.words.begin(), p.words.end(),
                       [&](const LinkWord& w) { return w.stem == stem; });
  };
  std::string antonym_pair;
  // Only statements close enough for cues to count can oppose by antonyms.
  for (size_t i = 0; close && i < a.words.size() && antonym_pair.empty(); ++i) {
    if (ma[i].strength >= 1.0) continue;
    for (const LinkWord& wb : b.words) {
      const LinkWord& wa = a.words[i];
      if (wa.denied != wb.denied) continue;  // a denied antonym agrees
      if (!PrefixNegation(wa.stem, wb.stem) && !Intersects(wa.opposed, wb.widened)) continue;
      // A statement that holds both words of the pair ("exports ... imports") does not
      // set one against the other.
      if (has_stem(a, wb.stem) || has_stem(b, wa.stem)) continue;
      antonym_pair = Quoted(wa.text) + " / " + Quoted(wb.text);
      break;
    }
  }
  const double antonym = !antonym_pair.empty() && close ? 1 : 0;
  const double hedge = !a.hedge_word.empty() || !b.hedge_word.empty() ? 1 : 0;
  const double attributed = a.attributed || b.attributed ? 1 : 0;
  const bool a_hedged = !a.hedge_word.empty() || a.attributed;
  const bool b_hedged = !b.hedge_word.empty() || b.attributed;
  // The same direction of effect or outcome, or both saying the cause made no difference
  // or came after the effort: either way the two take the same side.
  const bool same_null = !a.null_word.empty() && !b.null_word.empty();
  const double direction =
      (a.effect * b.effect > 0 || a.outcome * b.outcome > 0 || same_null) ? 1 : 0;
  // Both commit to the same degree: two hedged statements agree in how sure they are.
  const double hedge_mismatch = a_hedged != b_hedged ? 1 : 0;
  // A predicate both assert of their subjects ("may restrict imports" / "likely to
  // restrict ... imported"): the same word or a synonym, denied by neither, not merely
  // intended.
  std::string shared_predicate;
  for (size_t i = 0; i < a.words.size() && shared_predicate.empty(); ++i) {
    if (ma[i].other < 0 || ma[i].strength < 0.7) continue;
    const LinkWord& wa = a.words[i];
    const LinkWord& wb = b.words[ma[i].other];
    if (wa.irrealis || wb.irrealis) continue;
    // Both assert a verb, or both deny a verb or adjective ("was not competitive" /
    // "progressing toward competitive"): a denial is as much a claim as an assertion.
    const bool asserted = wa.verb && wb.verb && !wa.denied && !wb.denied;
    const bool denied = wa.predicate && wb.predicate && wa.denied && wb.denied;
    if (!asserted && !denied) continue;
    const std::string pair =
        wa.text == wb.text ? Quoted(wa.text) : Quoted(wa.text) + "~" + Quoted(wb.text);
    shared_predicate = denied ? "deny " + pair + " (" + Quoted(a.cues[wa.cue]) + " / " +
                                    Quoted(b.cues[wb.cue]) + ")"
                              : "assert " + pair;
  }
  const double predicate = shared_predicate.empty() ? 0 : 1;
  // The same quantity put on the same side: "cost of under $6 million" / "a fraction of
  // the training cost". Opposite sides are left alone: two amounts may be of different
  // things ("lower cost than rivals", "higher cost than last year").
  std::string shared_amount;
  for (size_t i = 0; i < a.words.size() && shared_amount.empty(); ++i) {
    if (ma[i].other < 0 || ma[i].strength < 0.7) continue;
    const LinkWord& wa = a.words[i];
    const LinkWord& wb = b.words[ma[i].other];
    if (wa.amount == 0 || wa.amount != wb.amount || wa.denied || wb.denied) continue;
    shared_amount = Quoted(wa.text) + std::string(wa.amount < 0 ? " low" : " high") + " (" +
                    Quoted(wa.amount_cue) + " / " + Quoted(wb.amount_cue) + ")";
  }
  const double amount = shared_amount.empty() ? 0 : 1;
  const double opposition = clash + effect_opp + null_vs + outcome_opp + antonym + order;

  // A denial through a frame ("X is untrue", "instead of X", "refutes X") rebuts
  // a view; a plain "not" more often narrows a topic.
  const bool framed_clash = clash > 0 && denier != nullptr && denier_cue < denier->framed.size() &&
                            denier->framed[denier_cue];
  const double frame = framed_clash ? 1 : 0;
  PairFeatures f;
  f[PairFeature::kSimilarity] = Round3(similarity);
  f[PairFeature::kEntities] = Round3(entities);
  f[PairFeature::kClash] = Round3(clash);
  f[PairFeature::kEffect] = effect_opp;
  f[PairFeature::kNull] = null_vs;
  f[PairFeature::kOutcome] = outcome_opp;
  f[PairFeature::kAntonym] = antonym;
  f[PairFeature::kOrder] = order;
  f[PairFeature::kFrame] = frame;
  f[PairFeature::kHedge] = hedge;
  f[PairFeature::kAttributed] = attributed;
  f[PairFeature::kDirection] = direction;
  f[PairFeature::kPredicate] = predicate;
  f[PairFeature::kAmount] = amount;
  f[PairFeature::kHedgeMismatch] = hedge_mismatch;
  f[PairFeature::kOpposition] = std::min(opposition, 1.0);
  const double p_contra = contradicts_.Probability(f);
  const double p_support = supports_.Probability(f);

  Edge e;
  e.from = a.id;
  e.to = b.id;
  e.similarity = Round3(similarity);
  for (size_t k = 0; k < kPairFeatureCount; ++k)
    e.features.emplace_back(std::string(PairFeatureName(static_cast<PairFeature>(k))), f.values[k]);
  const bool linked = similarity >= options_.min_similarity;
  // Within one source a plain negation or an antonym is mostly the author elaborating
  // ("compute was never the scarce input; the scarce input is talent") or answering a
  // point in passing; a reported view shows as a frame (rebuttal, "instead of", "failed
  // to"), "no effect" or events put in the other order.
  const bool reported_view = framed_clash || null_vs > 0 || order > 0;
  const bool allowed = a.source != b.source || reported_view;
  const double contra_min =
      contradicts_.threshold >= 0 ? contradicts_.threshold : options_.min_contradicts_score;
  const double support_min = supports_.threshold >= 0 ? supports_.threshold : options_.min_score;
  if (linked && allowed && opposition > 0 && p_contra >= contra_min) {
    e.type = "contradicts";
    e.score = Round3(p_contra);
  } else if (linked && opposition == 0 && p_support >= support_min && a.source != b.source &&
             (direction > 0 || predicate > 0 || amount > 0 ||
              similarity >= options_.min_topic_similarity)) {
    e.type = "supports";
    e.score = Round3(p_support);
  } else if (keep_all) {
    e.type = "none";
    e.score = 0;
  } else {
    return std::nullopt;
  }
  e.features.emplace_back("p_contradicts", Round3(p_contra));
  e.features.emplace_back("p_supports", Round3(p_support));

  // The reason, in words a person can check against the two quotes.
  std::vector<std::string> why;
  auto side = [&](const StatementProfile* p) {
    return p == &a ? std::string("A") : std::string("B");
  };
  if (e.type != "supports") {
    if (clash > 0 && denier != nullptr) {
      const std::string cue = denier_cue < denier->cues.size() ? denier->cues[denier_cue] : "not";
      std::string list;
      for (size_t k = 0; k < clash_words.size(); ++k) list += (k ? ", " : "") + clash_words[k];
      why.push_back(side(denier) + " denies with " + Quoted(cue) + " what " +
                    side(denier == &a ? &b : &a) + " asserts (" + list + ")");
    }
    if (effect_opp > 0)
      why.push_back("opposite effects: A " + Quoted(a.effect_word) +
                    (a.effect > 0 ? " (promotes)" : " (hinders)") + ", B " + Quoted(b.effect_word) +
                    (b.effect > 0 ? " (promotes)" : " (hinders)"));
    if (null_vs > 0) {
      const bool a_null = !a.null_word.empty() && b.asserted_effect != 0;
      const StatementProfile& x = a_null ? a : b;
      const StatementProfile& y = a_null ? b : a;
      why.push_back(side(&x) + " says the cause made no difference (" + Quoted(x.null_word) +
                    "), " + side(&y) + " that it had an effect (" + Quoted(y.effect_word) + ")");
    }
    if (outcome_opp > 0)
      why.push_back("opposite outcomes: A " + Quoted(a.outcome_word) +
                    (a.outcome > 0 ? " (success)" : " (failure)") + ", B " +
                    Quoted(b.outcome_word) + (b.outcome > 0 ? " (success)" : " (failure)"));
    if (antonym > 0) why.push_back("antonyms " + antonym_pair);
    if (order > 0) why.push_back("opposite order of events: " + order_why);
  } else {
    std::vector<std::string> same, syn;
    for (size_t i = 0; i < a.words.size(); ++i) {
      if (ma[i].other < 0) continue;
      const std::string& other = b.words[ma[i].other].text;
      if (ma[i].strength >= 1.0) {
        if (std::find(same.begin(), same.end(), a.words[i].text) == same.end() && same.size() < 8)
          same.push_back(a.words[i].text);
      } else if (syn.size() < 4) {
        syn.push_back(a.words[i].text + "~" + other);
      }
    }
    std::string s = "same words: ";
    for (size_t k = 0; k < same.size(); ++k) s += (k ? ", " : "") + same[k];
    why.push_back(s);
    if (!syn.empty()) {
      std::string t = "related words: ";
      for (size_t k = 0; k < syn.size(); ++k) t += (k ? ", " : "") + syn[k];
      why.push_back(t);
    }
    if (same_null) {
      why.push_back("both say the cause made no difference (" + Quoted(a.null_word) + " / " +
                    Quoted(b.null_word) + ")");
    } else if (direction > 0) {
      why.push_back("same direction of effect");
    }
    if (predicate > 0) why.push_back("both " + shared_predicate);
    if (amount > 0) why.push_back("both put " + shared_amount);
  }
  if (!common.empty()) {
    std::string s = "shared entities: ";
    for (size_t k = 0; k < common.size(); ++k) s += (k ? ", " : "") + common[k];
    why.push_back(s);
  }
  if (hedge > 0 || attributed > 0) {
    std::string s = "tempered: ";
    std::vector<std::string> parts;
    if (!a.hedge_word.empty()) parts.push_back("A hedged " + Quoted(a.hedge_word));
    if (!b.hedge_word.empty()) parts.push_back("B hedged " + Quoted(b.hedge_word));
    if (a.attributed) parts.push_back("A attributed");
    if (b.attributed) parts.push_back("B attributed");
    for (size_t k = 0; k < parts.size(); ++k) s += (k ? ", " : "") + parts[k];
    why.push_back(s);
  }
  char sim[32];
  std::snprintf(sim, sizeof sim, "overlap %.2f", similarity);
  why.push_back(sim);
  for (size_t k = 0; k < why.size(); ++k) e.why += (k ? "; " : "") + why[k];
  return e;
}

}  // namespace cg

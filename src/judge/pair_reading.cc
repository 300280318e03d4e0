#include "judge/pair_reading.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <optional>

namespace cg {

namespace {

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

// WordSimilarity with the shared synsets already known: `shares` bit 1 a shared concept,
// bit 2 a shared related synset.
double WordSimilarity(const LinkWord& x, const LinkWord& y, int shares) {
  if (x.stem_hash == y.stem_hash && x.stem == y.stem) return 1.0;
  if (shares & 1) return 0.7;
  if (shares & 2) return 0.5;
  if (x.effect != 0 && x.effect == y.effect) return 0.5;
  return 0;
}

double Round3(double x) { return std::round(x * 1000.0) / 1000.0; }

std::string Quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::string Joined(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t k = 0; k < parts.size(); ++k) out += (k ? std::string(sep) : "") + parts[k];
  return out;
}

using SynsetIndex = std::vector<std::pair<uint32_t, uint32_t>>;

// Sets `bit` in shares[i * nb + j] for each word i of x and j of y with a synset in common,
// by one merge of the two sorted indexes.
void MarkShared(const SynsetIndex& x, const SynsetIndex& y, size_t nb, uint8_t bit,
                std::vector<uint8_t>* shares) {
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
        for (size_t k = j; k < j_end; ++k) (*shares)[x[i].second * nb + y[k].second] |= bit;
      j = j_end;
    }
  }
}

double Coverage(const StatementProfile& x, const std::vector<WordMatch>& m) {
  double shared = 0, total = 0;
  for (size_t i = 0; i < x.words.size(); ++i) {
    shared += x.words[i].weight * m[i].strength;
    total += x.words[i].weight;
  }
  return total > 0 ? shared / total : 0.0;
}

// A denied effect ("the claim that X boosted Y is untrue") is contested only by a statement
// that names the same cause X: true when one of the denier's denied cause-side words (under
// `cue`, when given) is matched, or when it has none.
bool CauseNamed(const StatementProfile& d, const std::vector<WordMatch>& dm,
                std::optional<size_t> cue = std::nullopt) {
  bool any = false;
  for (size_t k = 0; k < d.words.size(); ++k) {
    if (!d.words[k].denied || !d.words[k].cause || (cue && d.words[k].cue != *cue)) continue;
    any = true;
    if (dm[k].strength >= 0.7) return true;
  }
  return !any;
}

// A plain negator denies the predicate at the head of its scope ("did not approve the
// fees"): it contests the other statement only where that statement asserts the same
// predicate. Sharing "the fees" alone is a shared topic ("the fees will fund repairs"). A
// frame (rebuttal, contrast) calls its whole scope false and needs no shared head.
bool HeadAsserted(const StatementProfile& d, const std::vector<WordMatch>& dm,
                  const StatementProfile& o, size_t cue) {
  if (cue < d.framed.size() && d.framed[cue]) return true;
  const int head = cue < d.cue_head.size() ? d.cue_head[cue] : -1;
  if (head < 0 || dm[head].other < 0 || dm[head].strength < 0.7) return false;
  const LinkWord& asserted = o.words[dm[head].other];
  return !asserted.denied && asserted.shape * d.words[head].shape >= 0;
}

bool IsEvent(const LinkWord& w) { return w.verb || w.effect != 0; }

// The first word of xs matching one of ys; with `event`, only where a verb or an effect word
// is on either side (an order of events, not of things named).
std::string FirstMatch(const std::vector<int>& xs, const StatementProfile& px,
                       const std::vector<int>& ys, const StatementProfile& py, bool event = false) {
  for (int x : xs)
    for (int y : ys)
      if (WordSimilarity(px.words[x], py.words[y]) >= 0.7 &&
          (!event || IsEvent(px.words[x]) || IsEvent(py.words[y])))
        return px.words[x].text;
  return "";
}

bool HasStem(const StatementProfile& p, const std::string& stem) {
  return std::any_of(p.words.begin(), p.words.end(),
                     [&](const LinkWord& w) { return w.stem == stem; });
}

std::vector<std::string> CommonEntities(const StatementProfile& a, const StatementProfile& b) {
  std::vector<std::string> common;
  for (const auto& e : a.entities)
    if (std::binary_search(b.entities.begin(), b.entities.end(), e)) common.push_back(e);
  return common;
}

}  // namespace

double WordSimilarity(const LinkWord& x, const LinkWord& y) {
  if (x.stem == y.stem) return 1.0;
  if ((x.concept_bits & y.concept_bits) && Intersects(x.concepts, y.concepts)) return 0.7;
  if ((x.related_bits & y.related_bits) && Intersects(x.related, y.related)) return 0.5;
  if (x.effect != 0 && x.effect == y.effect) return 0.5;
  return 0;
}

bool Clash::framed() const {
  return share > 0 && denier != nullptr && cue < denier->framed.size() && denier->framed[cue];
}

PairMatches MatchWords(const StatementProfile& a, const StatementProfile& b) {
  const size_t nb = b.words.size();
  std::vector<uint8_t> shares(a.words.size() * nb, 0);
  MarkShared(a.concept_index, b.concept_index, nb, 1, &shares);
  MarkShared(a.related_index, b.related_index, nb, 2, &shares);
  // Symmetric: one pass over the pairs fills both directions, each word keeping its first
  // best match.
  PairMatches m;
  m.a.resize(a.words.size());
  m.b.resize(nb);
  for (size_t i = 0; i < a.words.size(); ++i) {
    for (size_t j = 0; j < nb; ++j) {
      const double s = WordSimilarity(a.words[i], b.words[j], shares[i * nb + j]);
      if (s > m.a[i].strength) m.a[i] = {s, static_cast<int>(j)};
      if (s > m.b[j].strength) m.b[j] = {s, static_cast<int>(i)};
    }
  }
  return m;
}

double Similarity(const StatementProfile& a, const StatementProfile& b, const PairMatches& m) {
  // A short statement fully inside a long one still counts as close.
  return (Coverage(a, m.a) + Coverage(b, m.b)) / 2;
}

Clash FindClash(const StatementProfile& a, const StatementProfile& b, const PairMatches& m) {
  double matched_w = 0, clash_w = 0;
  bool clash_predicate = false;
  Clash c;
  for (size_t i = 0; i < a.words.size(); ++i) {
    if (m.a[i].other < 0) continue;
    const LinkWord& wa = a.words[i];
    const LinkWord& wb = b.words[m.a[i].other];
    if (wa.irrealis || wb.irrealis) continue;
    const double w = wa.weight * m.a[i].strength;
    matched_w += w;
    if (wa.denied == wb.denied) continue;
    const bool a_denies = wa.denied;
    // A word of a name matched to a word that is not ("the Affordable Care Act" / "cannot
    // afford") shares a spelling, not a claim.
    if (wa.shape * wb.shape < 0) continue;
    const StatementProfile& d = a_denies ? a : b;
    const std::vector<WordMatch>& dm = a_denies ? m.a : m.b;
    const LinkWord& dw = a_denies ? wa : wb;
    if (!HeadAsserted(d, dm, a_denies ? b : a, dw.cue)) continue;
    clash_w += w;
    if ((wa.predicate || wb.predicate) && (dw.effect == 0 || CauseNamed(d, dm, dw.cue)))
      clash_predicate = true;
    if (c.words.size() < 6)
      c.words.push_back(wa.stem == wb.stem ? wa.text : wa.text + "~" + wb.text);
    if (c.denier == nullptr) {
      c.denier = &d;
      c.cue = dw.cue;
    }
  }
  // A denial contests the other statement only if it covers a shared predicate: "not
  // whether to use export controls" shares a topic with "export controls backfired", not a
  // claim.
  c.share = matched_w > 0 && clash_w >= 1.0 && clash_predicate ? clash_w / matched_w : 0;
  return c;
}

bool EffectsOppose(const StatementProfile& a, const StatementProfile& b, const PairMatches& m) {
  // A denied effect says no more than that the effect is absent: it opposes an asserted
  // effect, not "no effect" or a denial, and only where the cause is named.
  const bool a_denies = a.asserted_effect == 0 && a.effect != 0;
  const bool b_denies = b.asserted_effect == 0 && b.effect != 0;
  return a.effect * b.effect < 0 && !(a_denies && b_denies) && (!a_denies || CauseNamed(a, m.a)) &&
         (!b_denies || CauseNamed(b, m.b));
}

bool NullAgainstEffect(const StatementProfile& a, const StatementProfile& b) {
  return (!a.null_word.empty() && b.asserted_effect != 0) ||
         (!b.null_word.empty() && a.asserted_effect != 0);
}

std::string OppositeOrder(const StatementProfile& a, const StatementProfile& b) {
  for (const EventOrder& oa : a.orders) {
    for (const EventOrder& ob : b.orders) {
      // Events on both sides where there are; at least one side must be an event.
      std::string x = FirstMatch(oa.earlier, a, ob.later, b, true);
      std::string y = FirstMatch(oa.later, a, ob.earlier, b, true);
      if (x.empty() != y.empty()) {
        if (x.empty()) x = FirstMatch(oa.earlier, a, ob.later, b);
        if (y.empty()) y = FirstMatch(oa.later, a, ob.earlier, b);
      }
      if (x.empty() || y.empty()) continue;
      if (!FirstMatch(oa.earlier, a, ob.earlier, b).empty() &&
          !FirstMatch(oa.later, a, ob.later, b).empty())
        continue;  // both orders hold the same words on the same sides: no conflict
      return "A puts " + Quoted(x) + " " + oa.cue + " " + Quoted(y) + ", B the other way (" +
             Quoted(ob.cue) + ")";
    }
  }
  return "";
}

std::string AntonymPair(const StatementProfile& a, const StatementProfile& b,
                        const PairMatches& m) {
  for (size_t i = 0; i < a.words.size(); ++i) {
    if (m.a[i].strength >= 1.0) continue;
    const LinkWord& wa = a.words[i];
    for (const LinkWord& wb : b.words) {
      if (wa.denied != wb.denied) continue;  // a denied antonym agrees
      if (!PrefixNegation(wa.stem, wb.stem) && !Intersects(wa.opposed, wb.widened)) continue;
      // A statement that holds both words of the pair ("exports ... imports") does not set
      // one against the other.
      if (HasStem(a, wb.stem) || HasStem(b, wa.stem)) continue;
      return Quoted(wa.text) + " / " + Quoted(wb.text);
    }
  }
  return "";
}

namespace {

// The first non-empty `describe(wa, wb)` over the words of a and their close matches in b
// (the same stem or a synonym), or "".
template <typename Describe>
std::string FirstCloseMatch(const StatementProfile& a, const StatementProfile& b,
                            const PairMatches& m, Describe describe) {
  for (size_t i = 0; i < a.words.size(); ++i) {
    if (m.a[i].other < 0 || m.a[i].strength < 0.7) continue;
    std::string out = describe(a.words[i], b.words[m.a[i].other]);
    if (!out.empty()) return out;
  }
  return "";
}

}  // namespace

std::string SharedPredicate(const StatementProfile& a, const StatementProfile& b,
                            const PairMatches& m) {
  return FirstCloseMatch(a, b, m, [&](const LinkWord& wa, const LinkWord& wb) -> std::string {
    if (wa.irrealis || wb.irrealis) return "";
    // Both assert a verb, or both deny a verb or adjective: a denial is as much a claim as
    // an assertion.
    const bool asserted = wa.verb && wb.verb && !wa.denied && !wb.denied;
    const bool denied = wa.predicate && wb.predicate && wa.denied && wb.denied;
    if (!asserted && !denied) return "";
    const std::string pair =
        wa.text == wb.text ? Quoted(wa.text) : Quoted(wa.text) + "~" + Quoted(wb.text);
    if (!denied) return "assert " + pair;
    return "deny " + pair + " (" + Quoted(a.cues[wa.cue]) + " / " + Quoted(b.cues[wb.cue]) + ")";
  });
}

std::string SharedAmount(const StatementProfile& a, const StatementProfile& b,
                         const PairMatches& m) {
  // Opposite sides are left alone: two amounts may be of different things ("lower cost than
  // rivals", "higher cost than last year").
  return FirstCloseMatch(a, b, m, [](const LinkWord& wa, const LinkWord& wb) -> std::string {
    if (wa.amount == 0 || wa.amount != wb.amount || wa.denied || wb.denied) return "";
    return Quoted(wa.text) + std::string(wa.amount < 0 ? " low" : " high") + " (" +
           Quoted(wa.amount_cue) + " / " + Quoted(wb.amount_cue) + ")";
  });
}

std::vector<std::string> SharedFigures(const StatementProfile& a, const StatementProfile& b) {
  std::vector<std::string> out;
  std::set_intersection(a.figures.begin(), a.figures.end(), b.figures.begin(), b.figures.end(),
                        std::back_inserter(out));
  return out;
}

namespace {

PairFeatures FeaturesOf(const StatementProfile& a, const StatementProfile& b,
                        const PairReading& r) {
  const size_t uni = a.entities.size() + b.entities.size() - r.common_entities.size();
  const bool a_hedged = !a.hedge_word.empty() || a.attributed;
  const bool b_hedged = !b.hedge_word.empty() || b.attributed;
  // The same direction of effect or outcome, or both saying the cause made no difference.
  const bool same_null = !a.null_word.empty() && !b.null_word.empty();
  const bool direction = a.effect * b.effect > 0 || a.outcome * b.outcome > 0 || same_null;
  PairFeatures f;
  f[PairFeature::kSimilarity] = Round3(r.similarity);
  f[PairFeature::kEntities] = Round3(uni ? static_cast<double>(r.common_entities.size()) / uni : 0);
  f[PairFeature::kClash] = Round3(r.clash.share);
  f[PairFeature::kEffect] = r.effect ? 1 : 0;
  f[PairFeature::kNull] = r.null_vs ? 1 : 0;
  f[PairFeature::kOutcome] = r.outcome ? 1 : 0;
  f[PairFeature::kAntonym] = r.antonym.empty() ? 0 : 1;
  f[PairFeature::kOrder] = r.order.empty() ? 0 : 1;
  f[PairFeature::kFrame] = r.clash.framed() ? 1 : 0;
  f[PairFeature::kHedge] = !a.hedge_word.empty() || !b.hedge_word.empty() ? 1 : 0;
  f[PairFeature::kAttributed] = a.attributed || b.attributed ? 1 : 0;
  f[PairFeature::kDirection] = direction ? 1 : 0;
  f[PairFeature::kPredicate] = r.predicate.empty() ? 0 : 1;
  f[PairFeature::kAmount] = r.amount.empty() ? 0 : 1;
  f[PairFeature::kHedgeMismatch] = a_hedged != b_hedged ? 1 : 0;
  const double opposition = r.clash.share + f[PairFeature::kEffect] + f[PairFeature::kNull] +
                            f[PairFeature::kOutcome] + f[PairFeature::kAntonym] +
                            f[PairFeature::kOrder];
  f[PairFeature::kOpposition] = std::min(opposition, 1.0);
  f[PairFeature::kFigures] = Round3(static_cast<double>(std::min<size_t>(r.figures.size(), 3)) / 3);
  return f;
}

}  // namespace

PairReading ReadPair(const StatementProfile& a, const StatementProfile& b,
                     const LinkOptions& options, bool full) {
  PairReading r;
  r.matches = MatchWords(a, b);
  r.similarity = Similarity(a, b, r.matches);
  if (r.similarity < options.min_similarity && !full) return r;
  r.common_entities = CommonEntities(a, b);
  r.clash = FindClash(a, b, r.matches);
  // Antonyms and cues read off one statement (effect, null, outcome) oppose the other only
  // when the two are about the same thing: they need closer statements than a denial does.
  r.close = r.similarity >= options.min_cue_similarity;
  r.effect = r.close && EffectsOppose(a, b, r.matches);
  r.null_vs = r.close && NullAgainstEffect(a, b);
  r.outcome = r.close && a.outcome * b.outcome < 0;
  r.order = OppositeOrder(a, b);
  if (r.close) r.antonym = AntonymPair(a, b, r.matches);
  r.predicate = SharedPredicate(a, b, r.matches);
  r.amount = SharedAmount(a, b, r.matches);
  r.figures = SharedFigures(a, b);
  r.features = FeaturesOf(a, b, r);
  return r;
}

namespace {

// What sets the two against each other.
void ExplainOpposition(const StatementProfile& a, const StatementProfile& b, const PairReading& r,
                       std::vector<std::string>* why) {
  auto side = [&](const StatementProfile* p) { return std::string(p == &a ? "A" : "B"); };
  const Clash& c = r.clash;
  if (c.share > 0 && c.denier != nullptr) {
    const std::string cue = c.cue < c.denier->cues.size() ? c.denier->cues[c.cue] : "not";
    why->push_back(side(c.denier) + " denies with " + Quoted(cue) + " what " +
                   side(c.denier == &a ? &b : &a) + " asserts (" + Joined(c.words, ", ") + ")");
  }
  auto effect = [](const StatementProfile& p) {
    return Quoted(p.effect_word) + (p.effect > 0 ? " (promotes)" : " (hinders)");
  };
  auto outcome = [](const StatementProfile& p) {
    return Quoted(p.outcome_word) + (p.outcome > 0 ? " (success)" : " (failure)");
  };
  if (r.effect) why->push_back("opposite effects: A " + effect(a) + ", B " + effect(b));
  if (r.null_vs) {
    const bool a_null = !a.null_word.empty() && b.asserted_effect != 0;
    const StatementProfile& x = a_null ? a : b;
    const StatementProfile& y = a_null ? b : a;
    why->push_back(side(&x) + " says the cause made no difference (" + Quoted(x.null_word) + "), " +
                   side(&y) + " that it had an effect (" + Quoted(y.effect_word) + ")");
  }
  if (r.outcome) why->push_back("opposite outcomes: A " + outcome(a) + ", B " + outcome(b));
  if (!r.antonym.empty()) why->push_back("antonyms " + r.antonym);
  if (!r.order.empty()) why->push_back("opposite order of events: " + r.order);
}

// What the two say alike.
void ExplainSupport(const StatementProfile& a, const StatementProfile& b, const PairReading& r,
                    std::vector<std::string>* why) {
  std::vector<std::string> same, related;
  for (size_t i = 0; i < a.words.size(); ++i) {
    const WordMatch& m = r.matches.a[i];
    if (m.other < 0) continue;
    if (m.strength >= 1.0) {
      if (std::find(same.begin(), same.end(), a.words[i].text) == same.end() && same.size() < 8)
        same.push_back(a.words[i].text);
    } else if (related.size() < 4) {
      related.push_back(a.words[i].text + "~" + b.words[m.other].text);
    }
  }
  why->push_back("same words: " + Joined(same, ", "));
  if (!related.empty()) why->push_back("related words: " + Joined(related, ", "));
  if (!a.null_word.empty() && !b.null_word.empty()) {
    why->push_back("both say the cause made no difference (" + Quoted(a.null_word) + " / " +
                   Quoted(b.null_word) + ")");
  } else if (r.features[PairFeature::kDirection] > 0) {
    why->push_back("same direction of effect");
  }
  if (!r.predicate.empty()) why->push_back("both " + r.predicate);
  if (!r.amount.empty()) why->push_back("both put " + r.amount);
  if (!r.figures.empty()) why->push_back("the same figures: " + Joined(r.figures, ", "));
}

}  // namespace

std::string ExplainPair(const StatementProfile& a, const StatementProfile& b, const PairReading& r,
                        const std::string& type) {
  std::vector<std::string> why;
  if (type == "supports")
    ExplainSupport(a, b, r, &why);
  else
    ExplainOpposition(a, b, r, &why);
  if (!r.common_entities.empty())
    why.push_back("shared entities: " + Joined(r.common_entities, ", "));
  std::vector<std::string> tempered;
  if (!a.hedge_word.empty()) tempered.push_back("A hedged " + Quoted(a.hedge_word));
  if (!b.hedge_word.empty()) tempered.push_back("B hedged " + Quoted(b.hedge_word));
  if (a.attributed) tempered.push_back("A attributed");
  if (b.attributed) tempered.push_back("B attributed");
  if (!tempered.empty()) why.push_back("tempered: " + Joined(tempered, ", "));
  char overlap[32];
  std::snprintf(overlap, sizeof overlap, "overlap %.2f", r.similarity);
  why.push_back(overlap);
  return Joined(why, "; ");
}

}  // namespace cg

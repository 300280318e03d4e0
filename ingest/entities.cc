// Entity recognition and resolution.
//
// 1. Exact pass: every run of up to max_ngram tokens is looked up by its squashed form
//    (lowercase letters and digits: "Deep Seek", "DeepSeek-R1", "paddle paddle"), longest
//    first. Short or all-caps forms must match case ("US" is not "us"); a lowercase
//    single word must not be a common English word ("ascend").
// 2. Variant pass: name-like runs left over are compared with every gazetteer form:
//    character confusions of transcripts and OCR (O for 0: "H10O"), one edit ("Quen",
//    "Bite Dance", "Ascend 910 OB"), a phonetic key, or, for short all-caps tokens, a
//    letter skeleton of the name ("BU", "BYU" for Baidu; "CNN", "CAN" for CANN).
// 3. Context: each candidate gains from the entity itself or related entities named in
//    the same sentence, its context words there, and related entities in the source.
// 4. One sense per discourse: all occurrences of a surface form in a source vote; the
//    entity with the highest total wins if one occurrence reaches min_score and the mean
//    reaches half of it. So "CNN"
//    next to Huawei and CUDA resolves to CANN everywhere in that source, while "CNN" in a
//    source about television stays the broadcaster.
// 5. Discovery: capitalised runs the gazetteer does not know become entities, typed by
//    what says what they are: a given name and a surname (person), a name WordNet or
//    ISO 3166 knows (typed, and named, by that resource: "Senate" is the United States
//    Senate), an organisational head noun (University, Center, Committee...), a
//    model-number shape (product), a title before it or a role in an apposition after it
//    ("Sen.", "Dr.", ", the mayor": person), or its shape alone: capitalised words
//    mid-sentence that no dictionary knows as common words. In a headline (most words
//    capitalised) only the first four say anything. Last, an abbreviation the text defines
//    ("the Congressional Budget Office (CBO)") names the defined entity.
//
// Each step is a pass of ingest/entity_passes.h over one text's scan state (units, covered
// tokens, occurrences and their candidates); Recognize runs them in order.
#include "ingest/entities.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "core/terms.h"
#include "core/text.h"
#include "ingest/entity_passes.h"

namespace cg {
namespace {

constexpr std::string_view kOrgHeads[] = {"Academy",      "Administration",
                                          "Agency",       "Alliance",
                                          "Association",  "Authority",
                                          "Bank",         "Board",
                                          "Bureau",       "Center",
                                          "Centre",       "Coalition",
                                          "College",      "Commission",
                                          "Committee",    "Company",
                                          "Consortium",   "Corp",
                                          "Corporation",  "Council",
                                          "Court",        "Department",
                                          "Foundation",   "Forum",
                                          "Group",        "Inc",
                                          "Institute",    "Institution",
                                          "Laboratories", "Laboratory",
                                          "Labs",         "LLC",
                                          "Ltd",          "Ministry",
                                          "Office",       "Organization",
                                          "Organisation", "Party",
                                          "School",       "Senate",
                                          "Society",      "Systems",
                                          "Technologies", "Union",
                                          "University"};
// Base score of weak evidence: it counts only with the entity itself or a related entity
// named in the same sentence.
constexpr double kWeak = 0.35;

constexpr std::string_view kConnectors[] = {"of", "for", "and", "the", "on", "de", "&"};

// Determiners that open an apposition ("Okafor, the mayor"): a closed class.
constexpr std::string_view kDeterminers[] = {"the", "a", "an", "its", "his", "her", "their"};
// Courtesy and formal titles written before a name (a closed class: the abbreviations of
// the AP Stylebook's "titles" entry, and Mr, Mrs, Ms, Dr, Sir, Dame).
constexpr std::string_view kHonorifics[] = {"Mr",  "Mrs", "Ms",  "Dr",  "Sir",  "Dame",
                                            "Sen", "Rep", "Gov", "Lt",  "Gen",  "Col",
                                            "Sgt", "Cpl", "Adm", "Rev", "Prof", "Supt"};

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// Letters and digits, case kept: "U.S." -> "US", "Deep-Seek" -> "DeepSeek".
std::string CaseSquash(std::string_view s) {
  std::string out;
  for (char c : s)
    if (IsAsciiAlnum(c)) out.push_back(c);
  return out;
}

bool HasUpper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return IsAsciiUpper(c); });
}
bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return IsAsciiDigit(c); });
}
bool AllUpper(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (IsAsciiLower(c)) return false;
    if (IsAsciiUpper(c)) letter = true;
  }
  return letter;
}

bool FormHasWord(std::string_view form, std::string_view lower_word) {
  for (const Token& t : Tokenize(form))
    if (ToLower(t.text) == lower_word) return true;
  return false;
}

// Adds a candidate, or raises the one already there for `entry` to stronger evidence.
void AddCandidate(EntityOccurrence* o, int entry, double base, const char* method,
                  std::string why) {
  for (auto& c : o->candidates)
    if (c.entry == entry) {
      if (base > c.base) c = {entry, base, method, std::move(why), 0, ""};
      return;
    }
  o->candidates.push_back({entry, base, method, std::move(why), 0, ""});
}

// Evidence strength of an edit-distance match of `key` (squashed; `conf` deconfused), `d`
// edits from a form, `n` tokens long. Strong (no context needed): letters read as digits;
// one edit in a long multi-word name. Medium (some context): one edit in a single long
// word. Weak (needs the entity or a related one named in the same sentence): short words,
// two edits, digit changes without a letter-for-digit confusion ("A600" is not "A100").
double EditBase(const std::string& key, const std::string& conf, size_t n, size_t d) {
  const bool confused = conf != key;
  if (HasDigit(key)) return confused && d == 1 ? 0.6 : kWeak;
  if (d == 1 && n >= 2 && key.size() >= 8) return 0.6;
  if (d == 1 && key.size() >= 5) return 0.5;
  return kWeak;
}

// Candidates from the forms `surface` may be garbled from: letters read as digits, edits,
// sound. Sound-alikes are weak evidence.
void AddFuzzyCandidates(const EntityLookup& lookup, std::string_view surface, size_t n,
                        EntityOccurrence* o) {
  const std::string key = Squash(surface);
  const bool all_caps = n == 1 && AllUpper(surface) && !HasDigit(surface);
  const std::string conf = Deconfuse(key);
  const std::string shown(surface);
  for (const auto& f : lookup.index.fuzzy) {
    if (f.squashed[0] != conf[0]) continue;
    const size_t a = conf.size(), b = f.squashed.size();
    if ((a > b ? a - b : b - a) > 2) continue;
    if (conf == f.squashed && conf != key) {
      AddCandidate(o, f.entry, 0.7, "variant",
                   "'" + shown + "' reads as '" + f.surface + "' with letters for digits");
      continue;
    }
    if (key.size() >= 4 && !all_caps) {
      const size_t d = EditDistance(conf, f.squashed);
      if (d == 1 || (d == 2 && key.size() >= 9)) {
        AddCandidate(o, f.entry, EditBase(key, conf, n, d), "variant",
                     "'" + shown + "' is " + std::to_string(d) + (d == 1 ? " edit" : " edits") +
                         " from '" + f.surface + "'");
        continue;
      }
      const std::string pk = PhoneticKey(key);
      if (pk.size() >= 3 && pk == f.phonetic)
        AddCandidate(o, f.entry, kWeak, "phonetic",
                     "'" + shown + "' sounds like '" + f.surface + "'");
    } else if (key.size() >= 3 && HasDigit(conf) && EditDistance(conf, f.squashed) == 1) {
      AddCandidate(o, f.entry, EditBase(key, conf, n, 1), "variant",
                   "'" + shown + "' is 1 edit from '" + f.surface + "'");
    }
  }
}

// A short all-caps token that is not a common acronym may spell out a one-word name ("BU"
// for Baidu): weak evidence.
void AddSkeletonCandidates(const EntityLookup& lookup, std::string_view surface, size_t n,
                           EntityOccurrence* o) {
  const std::string key = Squash(surface);
  const bool all_caps = n == 1 && AllUpper(surface) && !HasDigit(surface);
  const std::string shown(surface);
  if (!all_caps || key.size() > 4 || lookup.CommonAcronym(shown)) return;
  for (const auto& [e, name] : lookup.index.one_word_names)
    if (IsLetterSkeleton(key, name))
      AddCandidate(
          o, e, kWeak, "skeleton",
          "the letters of '" + shown + "' spell out '" + lookup.gazetteer.entries()[e].name + "'");
}

// One edit from a gazetteer form, and long enough (8 letters and digits) for that to be
// strong evidence.
bool OneEditFromLongForm(const EntityIndex& index, std::string_view surface) {
  const std::string conf = Deconfuse(Squash(surface));
  if (conf.size() < 8) return false;
  return std::any_of(index.fuzzy.begin(), index.fuzzy.end(), [&](const EntityIndex::FuzzyForm& f) {
    return f.squashed.size() + 2 >= conf.size() && conf.size() + 2 >= f.squashed.size() &&
           EditDistance(conf, f.squashed) == 1;
  });
}

// Capitalised, or letters and digits with a capital ("iPhone15"), or after the first token
// of a run, a number ("Ascend 910").
bool NameLike(const UnitToken& t, bool first) {
  return IsAsciiUpper(t.text[0]) || (HasDigit(t.text) && HasUpper(t.text)) ||
         (!first &&
          std::all_of(t.text.begin(), t.text.end(), [](char c) { return IsAsciiDigit(c); }));
}

// The index forms whose squash is *key, or for the plural of a model name ("H200s") those
// of *key without its 's', *key and *end (the run's end offset) then cut by one. Null if none.
const std::vector<EntityIndex::Form>* FormsOf(const EntityIndex& index, std::string* key,
                                              size_t* end) {
  auto it = index.by_squash.find(*key);
  if (it == index.by_squash.end() && key->size() > 2 && key->back() == 's' &&
      IsAsciiDigit((*key)[key->size() - 2])) {
    key->pop_back();
    it = index.by_squash.find(*key);
    --*end;
  }
  return it == index.by_squash.end() ? nullptr : &it->second;
}

// True if gazetteer form `f` may be what tokens first..last of `u` name exactly, given
// their squash `key` and case-kept squash `cs`: short forms match case ("US" is not "us");
// all-lowercase text matches only forms it cannot be an English phrase for; every function
// word must be in the form.
bool ExactFormFits(const EntityLookup& lookup, const EntityUnit& u, size_t first, size_t last,
                   const std::string& key, const std::string& cs, const EntityIndex::Form& f) {
  const size_t n = last - first + 1;
  bool ok;
  if (key.size() <= 4)
    ok = cs == CaseSquash(f.surface);
  else if (!HasUpper(cs))
    // All lowercase: a one-word name a transcript split ("paddle paddle"), a spelled-out
    // name of three or more words, or a long word that is not English ("nvidia"); never a
    // short phrase ("the information").
    ok = n >= 2 ? (CountWords(f.surface) == 1 || CountWords(f.surface) >= 3)
                : (key.size() >= 6 && !lookup.Common(key));
  else
    ok = true;
  // A function word the form does not have: "in Tel" is not Intel.
  for (size_t k = first; k <= last && ok && n >= 2; ++k) {
    const std::string w = ToLower(u.tokens[k].text);
    if (IsStopword(w) && !FormHasWord(f.surface, w)) ok = false;
  }
  return ok;
}

// True if tokens first..last, run on by one or two name-like tokens, are a longer garbled
// name: "Ascend 910 OB" is the Ascend 910B, not the Ascend 910 followed by "OB".
bool RunsOnAsGarbledName(const EntityLookup& lookup, const EntityScan& scan, size_t ui,
                         size_t first, size_t last) {
  const EntityUnit& u = scan.units[ui];
  for (size_t extra = last + 1; extra < u.tokens.size() && extra <= last + 2; ++extra) {
    if (!scan.Joinable(ui, first, extra) || !NameLike(u.tokens[extra], false)) return false;
    if (OneEditFromLongForm(lookup.index, scan.Span(ui, first, extra))) return true;
  }
  return false;
}

// The longest run from token `i` of unit `ui` that names gazetteer entries exactly, or none
// (also none when a longer garbled name starts there: the variant pass takes it).
std::optional<EntityOccurrence> LongestExactMatch(const EntityLookup& lookup,
                                                  const EntityScan& scan, size_t ui, size_t i) {
  const EntityUnit& u = scan.units[ui];
  std::vector<std::string> keys{Squash(u.tokens[i].text)};  // squashed n-grams from i
  while (keys.size() < lookup.options.max_ngram && i + keys.size() < u.tokens.size() &&
         scan.Joinable(ui, i + keys.size() - 1, i + keys.size()))
    keys.push_back(keys.back() + Squash(u.tokens[i + keys.size()].text));
  for (size_t n = keys.size(); n >= 1; --n) {
    const size_t last = i + n - 1;
    std::string key = keys[n - 1];
    size_t end = u.tokens[last].end;
    const auto* forms = FormsOf(lookup.index, &key, &end);
    if (forms == nullptr) continue;
    if (RunsOnAsGarbledName(lookup, scan, ui, i, last)) return std::nullopt;
    const size_t start = u.tokens[i].start;
    const std::string cs = CaseSquash(scan.text.substr(start, end - start));
    EntityOccurrence o{ui, i, last, start, end, cs, {}};
    for (const auto& f : *forms) {
      if (!ExactFormFits(lookup, u, i, last, key, cs, f)) continue;
      if (std::any_of(o.candidates.begin(), o.candidates.end(),
                      [&](const EntityCandidate& c) { return c.entry == f.entry; }))
        continue;
      o.candidates.push_back(
          {f.entry, f.needs_context ? 0.45 : 0.7, f.canonical ? "exact" : "alias",
           f.canonical ? "gazetteer name" : "gazetteer alias '" + f.surface + "'", 0, ""});
    }
    if (o.candidates.empty()) continue;
    // Acronyms are ambiguous by nature: "CNN" may be a broadcaster or a garbled "CANN".
    const std::string_view surface = scan.Span(ui, i, last);
    if (n == 1 && AllUpper(surface) && key.size() <= 4)
      AddVariantCandidates(lookup, surface, n, &o);
    return o;
  }
  return std::nullopt;
}

// The longest uncovered name-like run of up to 3 tokens from token `i` of unit `ui` that
// may be a garbled gazetteer form, or none.
std::optional<EntityOccurrence> LongestVariant(const EntityLookup& lookup, const EntityScan& scan,
                                               size_t ui, size_t i) {
  const EntityUnit& u = scan.units[ui];
  for (size_t n = std::min<size_t>(3, u.tokens.size() - i); n >= 1; --n) {
    const size_t last = i + n - 1;
    bool usable = scan.Joinable(ui, i, last);
    for (size_t k = i; k <= last && usable; ++k)
      usable = !u.covered[k] && NameLike(u.tokens[k], k == i);
    if (!usable) continue;
    const std::string_view surface = scan.Span(ui, i, last);
    const std::string key = Squash(surface);
    if (key.size() < 2) continue;
    const bool all_caps = n == 1 && AllUpper(surface) && !HasDigit(surface);
    // A common word, its plural or inflection, or a demonym ("Americans": WordNet has
    // "american") is no garbled name.
    if (n == 1 && !all_caps && (lookup.Common(key) || lookup.CommonOrInflected(surface))) continue;
    EntityOccurrence o{ui, i, last, u.tokens[i].start, u.tokens[last].end, CaseSquash(surface), {}};
    AddVariantCandidates(lookup, surface, n, &o);
    if (!o.candidates.empty()) return o;
  }
  return std::nullopt;
}

// `c`'s score for occurrence `o`: its base evidence, plus the entity itself (named elsewhere
// in the same sentence), related entities and context words there, and related entities
// in the source (`named_in_source`). Weak evidence scores 0 without the entity or a related
// one in the sentence.
void ScoreCandidate(const EntityLookup& lookup, const EntityScan& scan,
                    const std::set<int>& named_in_source, const EntityOccurrence& o,
                    EntityCandidate* c) {
  const auto& entries = lookup.gazetteer.entries();
  const EntityUnit& u = scan.units[o.unit];
  double s = c->base;
  std::string why = c->why;
  const bool self_near = u.named.count(c->entry) > 0;
  // The occurrence itself is in u.named when exact and unambiguous; other mentions count.
  if (self_near && !(o.candidates.size() == 1 && c->base >= 0.7)) {
    s += 0.5;
    why += "; " + entries[c->entry].name + " is named in the same sentence";
  }
  // Places are named everywhere: they are no evidence for another entity.
  auto counts_as_context = [&](int r) { return entries[r].type != "place"; };
  std::vector<std::string> near;
  for (int r : lookup.index.related[c->entry])
    if (u.named.count(r) && counts_as_context(r)) near.push_back(entries[r].name);
  if (!near.empty()) {
    s += near.size() >= 2 ? 0.4 : 0.3;
    why += "; related " + Join(near, ", ") + " in the same sentence";
  }
  int ctx = 0;
  for (const auto& w : entries[c->entry].context)
    if (u.words.count(w)) ++ctx;
  s += 0.1 * std::min(ctx, 2);
  c->why_in_context = why;
  if (c->base <= kWeak && !self_near && near.empty()) {
    c->score = 0.0;
    return;
  }
  int doc = named_in_source.count(c->entry) && c->base < 0.7 ? 2 : 0;
  for (int r : lookup.index.related[c->entry])
    doc += named_in_source.count(r) && counts_as_context(r) ? 1 : 0;
  c->score = s + std::min(0.3, 0.1 * doc);
}

// The mentions of the occurrences `members` (one surface form), appended to `out` if one
// entity wins their vote: the highest total score, with at least one use carrying enough
// evidence on its own and the uses together half as much each, so one lucky sentence does
// not decide a form used everywhere.
void ResolveForm(const EntityLookup& lookup, const EntityScan& scan,
                 const std::vector<size_t>& members, std::vector<FoundMention>* out) {
  std::map<int, double> total;
  std::map<int, std::pair<double, std::string>> best;  // strongest evidence per entity
  std::map<int, std::string> method;
  for (size_t k : members)
    for (const auto& c : scan.occurrences[k].candidates) {
      total[c.entry] += c.score;
      if (c.score > best[c.entry].first) {
        best[c.entry] = {c.score, c.why_in_context};
        method[c.entry] = c.method;
      }
    }
  int winner = -1;
  for (const auto& [e, t] : total)
    if (winner < 0 || t > total[winner] + 1e-9) winner = e;
  if (winner < 0 || best[winner].first < lookup.options.min_score ||
      total[winner] / members.size() < lookup.options.min_score / 2)
    return;
  const auto& entry = lookup.gazetteer.entries()[winner];
  for (size_t k : members) {
    FoundMention m;
    m.start = scan.occurrences[k].start;
    m.end = scan.occurrences[k].end;
    m.entity_id = entry.id;
    m.name = entry.name;
    m.type = entry.type;
    m.method = method[winner];
    m.why = best[winner].second;
    if (members.size() > 1 && m.method != "exact" && m.method != "alias")
      m.why += "; all " + std::to_string(members.size()) + " uses of this form in the source agree";
    out->push_back(std::move(m));
  }
}

bool Capitalised(const EntityUnit& u, size_t k) {
  return !u.covered[k] && !u.tokens[k].text.empty() && IsAsciiUpper(u.tokens[k].text[0]);
}

// A number that may end a product's or a law's name ("Ascend 910B", "Title 42"): digits,
// then at most two capitals, not a year (four digits from 1900 to 2099).
bool NumberCode(std::string_view t) {
  size_t digits = 0;
  while (digits < t.size() && IsAsciiDigit(t[digits])) ++digits;
  if (digits == 0 || t.size() - digits > 2) return false;
  for (size_t k = digits; k < t.size(); ++k)
    if (!IsAsciiUpper(t[k])) return false;
  const bool year = digits == 4 && (t.substr(0, 2) == "19" || t.substr(0, 2) == "20");
  return !year;
}

// True if token k of `u` is a day, month or feast ("Monday"): no name runs into one.
bool TimeName(const EntityLookup& lookup, const EntityUnit& u, size_t k) {
  return lookup.words.time_names.count(ToLower(u.tokens[k].text)) > 0;
}

// The last token of the run of uncovered capitalised tokens from token `i` of unit `ui`,
// joined directly or through one connector ("Institute for Trade Studies").
// True if a resource knows `name` as a place or a person: what follows it through "for" or
// "of" is another name ("China for Vietnam"), where a body's name runs on ("Bank of America").
bool PlaceOrPerson(const EntityLookup& lookup, std::string_view name) {
  const KnownName* known = lookup.Known(name);
  return known && (known->type == "place" || known->type == "person");
}

// The number of tokens of the connector at token k of `u`: one ("of"), two when an article
// follows one after a head noun ("Center for the National Interest", "Committee for a
// Responsible Federal Budget"), or none.
size_t ConnectorLength(const EntityUnit& u, size_t k) {
  if (k >= u.tokens.size() || !In(kConnectors, u.tokens[k].text)) return 0;
  const bool article = u.tokens[k].text != "the" && k > 0 && In(kOrgHeads, u.tokens[k - 1].text) &&
                       k + 1 < u.tokens.size() &&
                       (u.tokens[k + 1].text == "the" || u.tokens[k + 1].text == "a");
  return article ? 2 : 1;
}

// True if tokens i..k of `u` are the whole of a quotation (on "Fox News Sunday."; the text
// is normalized, its quotes straight): a title, whose words are all its own, a day's too.
bool QuotedTitle(const EntityScan& scan, const EntityUnit& u, size_t i, size_t k) {
  const size_t open = u.tokens[i].start;
  size_t close = u.tokens[k].end;
  if (open == 0 || scan.text[open - 1] != '"') return false;
  if (close < scan.text.size() && (scan.text[close] == '.' || scan.text[close] == ',')) ++close;
  return close < scan.text.size() && scan.text[close] == '"';
}

size_t CapitalisedRunEnd(const EntityLookup& lookup, const EntityScan& scan, size_t ui, size_t i) {
  const EntityUnit& u = scan.units[ui];
  size_t j = i;
  while (j + 1 < u.tokens.size() && scan.Joinable(ui, j, j + 1)) {
    const size_t c = ConnectorLength(u, j + 1), next = j + 1 + c;
    if ((Capitalised(u, j + 1) &&
         (!TimeName(lookup, u, j + 1) || QuotedTitle(scan, u, i, j + 1))) ||
        (!u.covered[j + 1] && NumberCode(u.tokens[j + 1].text) && !TimeName(lookup, u, j) &&
         !In(kOrgHeads, u.tokens[j].text))) {
      ++j;
    } else if (c > 0 && next < u.tokens.size() && Capitalised(u, next) &&
               !TimeName(lookup, u, next) && scan.Joinable(ui, j + 1, next) &&
               !PlaceOrPerson(lookup, scan.Span(ui, i, j))) {
      j = next;
    } else {
      break;
    }
  }
  return j;
}

// What the whole text says of how it writes words: the lowercase texts of the capitalised
// runs that start mid-sentence, and the words it writes in lowercase.
struct TextFacts {
  std::set<std::string> inner;
  std::set<std::string> lowercase;
};

// True if `t` is the one letter of a party before a hyphen and a place, in parentheses (after
// a legislator's name: "Kevin Brady (R-Texas)", "(D-Calif.)").
bool AffiliationLetter(std::string_view text, const UnitToken& t) {
  return t.text.size() == 1 && IsAsciiUpper(t.text[0]) && t.start > 0 && text[t.start - 1] == '(' &&
         t.end < text.size() && text[t.end] == '-';
}

// The first token of the name in the capitalised run i..j of `u`. `inner`: the lowercase
// texts of the runs that start mid-sentence in the same text.
size_t NameStart(const EntityLookup& lookup, const EntityScan& scan, size_t ui, size_t i, size_t j,
                 const std::set<std::string>& inner, const std::set<std::string>& lowercase) {
  const EntityUnit& u = scan.units[ui];
  size_t a = i;
  // An opener the text writes in lowercase elsewhere ("Although") is a word, not a name.
  if (a == 0 && a < j && lowercase.count(ToLower(u.tokens[a].text))) ++a;
  // A capitalised sentence opener that is a common word is not part of a name, unless the
  // text writes the whole run mid-sentence too ("Federal Reserve officials said...").
  // A role opening the sentence stays: SplitRun parts it from the name it titles.
  if (a == 0 && lookup.Common(u.tokens[a].text) && !lookup.Role(u.tokens[a].text) && a < j &&
      !inner.count(ToLower(scan.Span(ui, i, j))) && !lookup.Known(scan.Span(ui, i, j)))
    ++a;
  // Nor is a leading function word: "The State Department" names "State Department"; a
  // letter a hyphen joins on is no word ("T-Mobile").
  while (a < j && !u.tokens[a].hyphen_after &&
         (IsStopword(ToLower(u.tokens[a].text)) || In(kConnectors, u.tokens[a].text)))
    ++a;
  while (a < j && In(kHonorifics, u.tokens[a].text)) ++a;  // "Mr Okafor": the name is "Okafor"
  if (a > 0 && a < j && IsAsciiUpper(u.tokens[a - 1].text[0]) &&
      AffiliationLetter(scan.text, u.tokens[a]))
    ++a;  // "(R-Texas)": Texas
  // "Sunday Fox News"; but a run that ends in a head noun is a body's name whole ("Nissan
  // Motor Company": WordNet's Nissan is a month).
  while (a < j && TimeName(lookup, u, a) && !In(kOrgHeads, u.tokens[j].text)) ++a;
  return a;
}

// A word of a personal name's shape: a capital, then lowercase letters, with a capital
// after a hyphen or apostrophe ("Pihlaja-Olson", "O'Rourke") or a short prefix
// ("McConnell", "DeSantis", "MacArthur"), not inside ("ObamaCare", "PayPal").
bool PersonalNameWord(std::string_view t) {
  if (t.size() < 2 || !IsAsciiUpper(t[0])) return false;
  for (size_t k = 1; k < t.size(); ++k) {
    const char c = t[k];
    if (IsAsciiUpper(c)) {
      const char before = t[k - 1];
      if (before != '-' && before != '\'' && k > 2 && t.substr(0, k) != "Mac") return false;
    } else if (!IsAsciiLower(c) && static_cast<unsigned char>(c) < 0x80 && c != '-' && c != '\'') {
      return false;
    }
  }
  return true;
}

// "US-China", "Trump-McConnell": names joined by a hyphen, each known or capitalised, name
// a relation between them, not a thing of their own.
bool HyphenOfNames(const EntityLookup& lookup, std::string_view t) {
  const auto parts = Split(t, '-');
  if (parts.size() < 2) return false;
  size_t known = 0;
  for (std::string_view p : parts) {
    if (p.empty() || !IsAsciiUpper(p[0])) return false;
    known += lookup.Known(p) ? 1 : 0;
  }
  return known >= 1;
}

// True if token k of `u` is an initial: one capital and a full stop ("J.").
bool Initial(const EntityScan& scan, const EntityUnit& u, size_t k) {
  const UnitToken& t = u.tokens[k];
  return t.text.size() == 1 && IsAsciiUpper(t.text[0]) && t.end < scan.text.size() &&
         scan.text[t.end] == '.';
}

// A model number: one token of letters and digits, capitalised, with two digits or more.
bool ModelNumberShape(std::string_view t) {
  return HasDigit(t) && HasUpper(t) && t.size() >= 3 && IsAsciiUpper(t[0]) &&
         std::count_if(t.begin(), t.end(), [](char c) { return IsAsciiDigit(c); }) >= 2;
}

// True if token k of `u` follows an opening quote, bracket, colon or dash, after which a
// capital letter is the start of a quotation or a clause, not a name's sign.
bool AfterOpener(const EntityScan& scan, const EntityUnit& u, size_t k) {
  if (k == 0) return true;
  const std::string_view gap =
      scan.text.substr(u.tokens[k - 1].end, u.tokens[k].start - u.tokens[k - 1].end);
  for (std::string_view opener : {":", "\"", "(", "\xE2\x80\x9C", "\xE2\x80\x98", "\xE2\x80\x94"})
    if (gap.find(opener) != std::string_view::npos) return true;
  return false;
}

// The lowercase texts of the capitalised runs that start mid-sentence: a sentence opener
// written this way elsewhere in the text is part of a name there too.
std::set<std::string> MidSentenceRuns(const EntityLookup& lookup, const EntityScan& scan) {
  std::set<std::string> out;
  for (size_t ui = 0; ui < scan.units.size(); ++ui) {
    const EntityUnit& u = scan.units[ui];
    for (size_t i = 1; i < u.tokens.size(); ++i)
      if (Capitalised(u, i) && !Capitalised(u, i - 1) && !AfterOpener(scan, u, i))
        out.insert(ToLower(scan.Span(ui, i, CapitalisedRunEnd(lookup, scan, ui, i))));
  }
  return out;
}

// A headline or a line in title case: most of its words (three or more) are capitalised, so
// capitals say nothing there.
bool Headline(std::string_view text, const EntityUnit& u) {
  size_t words = 0, capitalised = 0, long_lowercase = 0;
  for (const UnitToken& t : u.tokens) {
    if (t.text.empty() || IsAsciiDigit(t.text[0])) continue;
    ++words;
    capitalised += IsAsciiUpper(t.text[0]) ? 1 : 0;
    long_lowercase += !IsAsciiUpper(t.text[0]) && t.text.size() >= 4 ? 1 : 0;
  }
  // A sentence that ends in a full stop and writes a long word in lowercase is prose,
  // however many names it holds ("Officials said Mira Castell agreed.").
  const std::string_view line = Trim(text.substr(u.start, u.end - u.start));
  if (!line.empty() && line.back() == '.' && long_lowercase > 0) return false;
  return words >= 3 && capitalised * 5 >= words * 3;
}

// The words of tokens x..y of `u`, one space apart.
std::string Words(const EntityUnit& u, size_t x, size_t y) {
  std::string out;
  for (size_t k = x; k <= y; ++k) out += (k > x ? " " : "") + std::string(u.tokens[k].text);
  return out;
}

// True if "of" at token k of the run start..j parts a name from the place it is of: the
// tokens after it name a place, those before hold no head noun, and the whole run is no
// name a resource knows ("Rand Paul of Kentucky"; not "University of Chicago").
bool OfPlace(const EntityLookup& lookup, const EntityUnit& u, size_t start, size_t k, size_t j) {
  if (k + 1 > j || lookup.Known(Words(u, start, j))) return false;
  const KnownName* place = lookup.Known(Words(u, k + 1, j));
  if (!place || place->type != "place") return false;
  for (size_t x = start; x < k; ++x)
    if (In(kOrgHeads, u.tokens[x].text) || lookup.Role(u.tokens[x].text)) return false;
  return true;
}

// True if "and" at token k of the run start..j parts two names: before any "of" ("Iraq and
// Afghanistan"; not "Department of Health and Human Services") unless a known name or a
// second body's name follows it, and not before a head noun that ends the run ("Ethics and
// Public Policy Center") unless what precedes is a name of its own ("House and Senate").
bool AndParts(const EntityLookup& lookup, const EntityUnit& u, size_t start, size_t k, size_t j,
              bool of_seen) {
  const auto head_in = [&](size_t x, size_t y) {
    for (size_t t = x; t <= y; ++t)
      if (In(kOrgHeads, u.tokens[t].text)) return true;
    return false;
  };
  // After "of", two bodies' names ("Center for Trade and Bain & Company"), each with its
  // head noun, or a known name, are two.
  if (of_seen)
    return k < j && (lookup.Known(Words(u, k + 1, j)) ||
                     (k > start && head_in(start, k - 1) && head_in(k + 1, j)));
  if (!In(kOrgHeads, u.tokens[j].text) &&
      !lookup.words.law_heads.count(std::string(u.tokens[j].text)))
    return true;
  return k > start && (lookup.Known(Words(u, start, k - 1)) || In(kOrgHeads, u.tokens[k - 1].text));
}

// Tokens first..last of a unit that may form one name; `titled`: a title or role precedes.
struct NamePart {
  size_t first, last;
  bool titled;
  bool of_role = false;  // after a role and "of" or "for": what the role is of ("CEO of Acme")
};

// The names in the capitalised run a..j of `u`: split at titles and roles ("Majority Leader
// Mitch McConnell" holds "Mitch McConnell", titled) and at "and" before any "of" or "for"
// ("Iraq and Afghanistan" is two; "Department of Health and Human Services" is one), and
// after a titled name at "of" or "for". A role after "of" or "for" is part of the name
// ("Council of Economic Advisers").
std::vector<NamePart> SplitRun(const EntityLookup& lookup, const EntityUnit& u, size_t a,
                               size_t j) {
  std::vector<NamePart> out;
  bool titled = a > 0 && In(kHonorifics, u.tokens[a - 1].text) &&
                u.tokens[a].start - u.tokens[a - 1].end <= 2;
  bool of_seen = false, of_role = false;
  const auto close = [&](size_t x, size_t y) {  // x..y, y < x when empty
    while (x <= y && !u.tokens[x].hyphen_after &&
           (In(kConnectors, u.tokens[x].text) || IsStopword(ToLower(u.tokens[x].text))))
      ++x;
    // Nor does it end in a connector or an acronym too common to be a name ("Chinese AI").
    while (y > x && (In(kConnectors, u.tokens[y].text) || lookup.CommonAcronym(u.tokens[y].text)))
      --y;
    if (x <= y && y < u.tokens.size()) out.push_back({x, y, titled && !of_role, of_role});
  };
  size_t start = a;
  for (size_t k = a; k <= j; ++k) {
    const std::string_view t = u.tokens[k].text;
    // "Nvidia H200": a model number after a name is a name of its own.
    if (k > start && ModelNumberShape(t) && !lookup.CommonOrInflected(u.tokens[k - 1].text)) {
      close(start, k - 1);
      start = k;
      titled = false;
      continue;
    }
    // A member noun titles too ("a New York Republican", "Republican Sen. Ann Lee").
    // A role before a noun of a group or a place is part of a name ("General Assembly",
    // "Cook County"), no title.
    const bool before_body =
        k < j && lookup.words.body_nouns.count(ToLower(u.tokens[k + 1].text)) > 0;
    const bool title =
        In(kHonorifics, t) ||
        (!of_seen && !before_body && (lookup.Role(t) || lookup.Member(t)) && !In(kOrgHeads, t));
    // An ampersand joins one name's words ("Standard & Poor's") unless it joins two known
    // names ("Texas & Ohio").
    const bool coordination =
        (t == "and" && AndParts(lookup, u, start, k, j, of_seen)) ||
        (t == "&" && k > start && k < j && lookup.Known(Words(u, start, k - 1)) &&
         lookup.Known(Words(u, k + 1, j)));
    // "Senator Arlo Quist of Norvia": after a titled name, "of" starts what the person is of;
    // so does "of" before a place after a name with no head noun ("Rand Paul of Kentucky").
    const bool affiliation =
        (titled && k > start && (t == "of" || t == "for")) ||
        (t == "of" && !of_seen && k > start && OfPlace(lookup, u, start, k, j));
    of_seen = of_seen || t == "of" || t == "for";
    if (!title && !coordination && !affiliation) continue;
    if (title && k > start) {
      // Common words before a title are the title's ("Senate Majority Leader"): the name
      // is what comes before them, up to a head noun ("Manhattan Institute Senior Fellow").
      size_t y = k - 1;
      while (y > start && lookup.Common(u.tokens[y].text) && !lookup.Known(u.tokens[y].text) &&
             !In(kOrgHeads, u.tokens[y].text))
        --y;
      close(start, y);
    } else if (k > start) {
      close(start, k - 1);
    }
    // A role that names a group ("Republican Sen. Ann Lee") is a name of its own too.
    if (title && lookup.Member(t)) out.push_back({k, k, false});
    start = k + 1;
    titled = title;
    of_role = title && k < j && (u.tokens[k + 1].text == "of" || u.tokens[k + 1].text == "for");
  }
  if (start <= j) close(start, j);
  return out;
}

// True if token k of unit `ui` is "The" in capitals mid-sentence, after a word or a comma ("said
// The Atlantic"): the capital says it opens a title.
bool MidSentenceThe(const EntityScan& scan, size_t ui, size_t k) {
  const EntityUnit& u = scan.units[ui];
  if (k == 0 || u.tokens[k].text != "The" || k + 1 >= u.tokens.size() ||
      !scan.Joinable(ui, k, k + 1))
    return false;
  size_t p = u.tokens[k].start;
  while (p > u.start && scan.text[p - 1] == ' ') --p;
  return p > u.start && (IsAsciiAlnum(scan.text[p - 1]) || scan.text[p - 1] == ',');
}

// What a discovered run is, and why a reader should think so.
struct NameShape {
  const char* type;
  std::string why;
  std::string canonical = "";  // the name a resource gives it, when it is not the surface
  bool guessed = false;        // typed by shape alone: what the words around it say wins
};

// A common word the text capitalises mid-sentence and never writes in lowercase ("tariffs
// Trump imposed", "said on Twitter"): a name, unless WordNet itself writes it capitalised
// ("Friday", "Brown"), it is a role, a head noun, a day, an acronym or an inflected form.
bool CapitalisedCommonWord(const EntityLookup& lookup, const EntityScan& scan, size_t ui, size_t k,
                           const TextFacts& facts) {
  const EntityUnit& u = scan.units[ui];
  const std::string_view t = u.tokens[k].text;
  const std::string lower = ToLower(t);
  const auto lemma = lookup.CommonLemma(t);
  // Alone: a neighbour in capitals makes it part of a longer name or title ("Vice
  // President", "the Associated Press"), unless that is the sentence's opening word.
  const auto capital = [&](size_t x) { return IsAsciiUpper(u.tokens[x].text[0]); };
  if ((k + 1 < u.tokens.size() && capital(k + 1)) ||
      (k > 0 && capital(k - 1) && !(k == 1 && lookup.Common(u.tokens[0].text))))
    return false;
  if (t.size() < 3 || AllUpper(t) || !lemma || *lemma != lower || facts.lowercase.count(lower) ||
      lookup.words.capitalised.count(lower) || lookup.Role(t) || In(kOrgHeads, t) ||
      TimeName(lookup, u, k) || lookup.CommonAcronym(t))
    return false;
  return !AfterOpener(scan, u, k) || facts.inner.count(lower) > 0;
}

// The shape of `part` when a general resource knows the name: a short one must match its
// case ("Oh" is no "OH", Ohio), and a common word only where the text writes it mid-sentence
// as the resource spells it ("the Senate voted", not "a senate").
std::optional<NameShape> KnownShape(const EntityLookup& lookup, const EntityScan& scan, size_t ui,
                                    const NamePart& part, bool headline, bool common,
                                    const std::set<std::string>& inner) {
  std::string form(scan.Span(ui, part.first, part.last));
  // An abbreviation's full stop is no token: "U.S." is read as "U.S" and a stop.
  const size_t end = scan.units[ui].tokens[part.last].end;
  if (!lookup.Known(form) && end < scan.text.size() && scan.text[end] == '.' &&
      lookup.Known(form + "."))
    form += '.';
  const std::string_view surface = form;
  const KnownName* known = lookup.Known(surface);
  const KnownName* member = lookup.Member(surface);
  if (!known && !member) return std::nullopt;
  const KnownName& k = known ? *known : *member;
  // An acronym too common to be a name ("AI", which WordNet also gives as Army Intelligence).
  if (lookup.CommonAcronym(surface)) return std::nullopt;
  const bool same_case = known ? k.surface == surface : StartsWith(surface, k.surface);
  if (surface.size() <= 3 && !same_case) return std::nullopt;
  // People named by a common word ("Sunday", "Rice") are read as the word; a member's name
  // ("Republicans") opens a sentence as it does any other.
  // A place the text also writes mid-sentence opens a sentence as a name ("Turkey" the bird
  // is rarely capitalised mid-text too), and so does a name WordNet's tagged uses mostly
  // mean ("Japan's index fell": WordNet's lacquer is never tagged).
  const bool opener = (k.type == "place" && inner.count(ToLower(surface))) || k.usually_named;
  if (common &&
      (!same_case || headline || (part.first == 0 && !k.member && !opener) || k.type == "person"))
    return std::nullopt;
  NameShape shape{k.type.c_str(), "a name " + k.origin + " knows (" + k.type + ")"};
  if (!k.canonical.empty() && k.canonical != surface) {
    shape.canonical = k.canonical;
    shape.why = k.member ? k.origin + " gives a " + k.surface + " as a member of " + k.canonical
                         : k.origin + " gives \"" + std::string(surface) + "\" as " + k.canonical +
                               " (" + k.type + ")";
  }
  return shape;
}

// The type of the name `part` of unit `ui` forms, or nothing when its shape does not make it
// a name. `headline`: the unit is a headline; `inner`: as NameStart's.
std::optional<NameShape> ShapeOf(const EntityLookup& lookup, const EntityScan& scan, size_t ui,
                                 const NamePart& part, bool headline, const TextFacts& facts) {
  const std::set<std::string>& inner = facts.inner;
  const EntityUnit& u = scan.units[ui];
  const size_t a = part.first, b = part.last;
  const std::string_view first = u.tokens[a].text;
  const bool one_common = a == b && lookup.CommonOrInflected(first);
  if (auto known = KnownShape(lookup, scan, ui, part, headline, one_common, inner)) return known;
  if (b > a && !headline && lookup.words.law_heads.count(std::string(u.tokens[b].text)))
    return NameShape{"policy", "a capitalised name ending in \"" + std::string(u.tokens[b].text) +
                                   "\", as WordNet's names of laws do"};
  for (size_t k = a; k <= b; ++k)
    if (In(kOrgHeads, u.tokens[k].text) && (k > a || b > a))
      return NameShape{"organization", "a capitalised name with an organisational head noun"};
  if (const std::string_view span = scan.Span(ui, a, b);
      span.find(' ') == std::string_view::npos && HyphenOfNames(lookup, span))
    return std::nullopt;
  if (a == b && ModelNumberShape(first)) {
    NameShape shape{"product", "a model-number shape (letters and digits)"};
    // "H200s" are H200s: a plural after the digits is no part of the name.
    if (first.size() > 3 && first.back() == 's' && IsAsciiDigit(first[first.size() - 2])) {
      shape.canonical = std::string(first.substr(0, first.size() - 1));
      shape.why += ", in the plural";
    }
    return shape;
  }
  if (b > a && NumberCode(u.tokens[b].text) && !TimeName(lookup, u, a))
    return NameShape{"product", "a capitalised name ending in a model number"};
  // A head noun alone ("the Council"), a short code with a digit ("QX5"), one letter or a
  // common acronym names nothing by its shape.
  if (a == b &&
      (first.size() < 2 || In(kOrgHeads, first) || HasDigit(first) || lookup.CommonAcronym(first)))
    return std::nullopt;
  // "President Trump", "Mr. Brown": a title makes a common word a surname.
  if (one_common && part.titled && !headline && !lookup.Role(first) && PersonalNameWord(first) &&
      first.size() >= 3 && !lookup.words.capitalised.count(ToLower(first)))
    return NameShape{"person", "a name after a title or role"};
  const std::string lower = ToLower(scan.Span(ui, a, b));
  bool shouting = b > a;  // every word in capitals: as little said as in a headline
  for (size_t k = a; k <= b; ++k) shouting = shouting && AllUpper(u.tokens[k].text);
  if (one_common && !headline && CapitalisedCommonWord(lookup, scan, ui, a, facts))
    return NameShape{
        "other", "a common word this text capitalises mid-sentence, never in lowercase", "", true};
  if (headline || shouting || one_common) return std::nullopt;
  if (part.titled) return NameShape{"person", "a name after a title or role"};
  if (a == b) {
    // A sentence opener is a name only when the text also writes it mid-sentence.
    if (a == 0 && !inner.count(lower)) return std::nullopt;
    if (part.of_role && !AllUpper(first))
      return NameShape{"organization",
                       "a name after a role and 'of' or 'for': what the role is of"};
    return NameShape{AllUpper(first) ? "organization" : "other",
                     AllUpper(first) ? "a capitalised abbreviation no dictionary knows"
                                     : "a capitalised word no dictionary knows",
                     "", !AllUpper(first)};
  }
  bool any_common = false, all_common = true, inflected = false, name_words = true;
  size_t initials = 0;  // inside the name: "Mira J. Castell"
  for (size_t k = a; k <= b; ++k) {
    const std::string_view t = u.tokens[k].text;
    if (k > a && k < b && Initial(scan, u, k)) {
      ++initials;
      continue;
    }
    const auto lemma = lookup.CommonLemma(t);
    const bool common = lemma || In(kConnectors, t);
    any_common = any_common || common || AllUpper(t);
    name_words = name_words && PersonalNameWord(t);
    all_common = all_common && common;
    inflected = inflected || (lemma && *lemma != ToLower(t));
  }
  // Common words in capitals, one of them inflected, no resource's name and no head noun:
  // emphasis ("Billions of Dollars"), not a name ("Affordable Care Act" may be one).
  const bool after_the =  // "the Associated Press"
      a > 0 && (u.tokens[a - 1].text == "the" || u.tokens[a - 1].text == "The");
  if (all_common && inflected && !after_the) return std::nullopt;
  if (name_words && !any_common && b - a - initials <= 2)
    return NameShape{"person", "capitalised words no dictionary knows, a personal name's shape"};
  // "Chuck Schumer", "Rand Paul": a given name may be a common word; a surname no dictionary
  // knows, or one WordNet gives a person, ends a personal name.
  const std::string_view last = u.tokens[b].text;
  const KnownName* known_last = lookup.Known(last);
  if (name_words && b - a - initials == 1 && !all_common &&
      (!lookup.CommonOrInflected(last) || (known_last && known_last->type == "person")) &&
      !(known_last && known_last->type != "person"))
    return NameShape{"person", "a capitalised word and a surname no dictionary knows as a word", "",
                     true};
  return NameShape{"organization", "capitalised words mid-sentence: a proper name", "", b - a <= 2};
}

// The reading of capitalised words after a title's "The": their own reading, unless they
// name nothing or name a thing a resource knows as other than an organisation ("The
// Atlantic" is no ocean, "The Hill" no hill): then the title is a name of its own, a
// publication's or a work's. "The Associated Press" is the news outlet Associated Press.
std::optional<NameShape> AsTitle(const EntityLookup& lookup, const EntityScan& scan, size_t ui,
                                 const NamePart& part, std::optional<NameShape> shape) {
  const std::string words = Words(scan.units[ui], part.first, part.last);
  const KnownName* known = lookup.Known(words);
  const bool other_thing = known && known->type != "organization";  // "Atlantic", the ocean
  if (shape && !other_thing && !lookup.CommonOrInflected(words)) return shape;
  return NameShape{"organization", "a title: \"The\" in capitals mid-sentence before it",
                   "The " + words};
}

// A discovered mention of tokens x..y of `u`, typed `type` unless the gazetteer has the name;
// a title's "The" (token x) is in the mention, not in the name.
FoundMention Discovered(const EntityLookup& lookup, const EntityScan& scan, const EntityUnit& u,
                        size_t x, size_t y, const NameShape& shape) {
  FoundMention m;
  m.start = u.tokens[x].start;
  m.end = u.tokens[y].end;
  const size_t from = u.tokens[x].text == "The" && x < y ? u.tokens[x + 1].start : m.start;
  m.name =
      shape.canonical.empty() ? std::string(scan.text.substr(from, m.end - from)) : shape.canonical;
  m.entity_id = Slugify(m.name);
  const int g = lookup.gazetteer.Find(m.name);
  m.type = g >= 0 ? lookup.gazetteer.entries()[g].type : shape.type;
  m.discovered = g < 0;
  m.method = "discovered";
  m.why = shape.why;
  return m;
}

}  // namespace

std::string PhoneticKey(std::string_view word) {
  std::string w = Squash(word);
  if (w.empty()) return w;
  std::string out(1, w[0] == 'q' ? 'k' : (w[0] == 'c' ? 'k' : w[0]));
  for (size_t i = 1; i < w.size(); ++i) {
    char c = w[i];
    const char next = i + 1 < w.size() ? w[i + 1] : '\0';
    if (c == 'p' && next == 'h') {
      c = 'f';
      ++i;
    } else if (c == 'c')
      c = (next == 'e' || next == 'i' || next == 'y') ? 's' : 'k';
    else if (c == 'q')
      c = 'k';
    else if (c == 'z')
      c = 's';
    else if (c == 'x')
      c = 's';
    else if (c == 'd')
      c = 't';
    else if (c == 'b' && i + 1 == w.size() && w[i - 1] == 'm')
      continue;
    if (std::string_view("aeiouyhw").find(c) != std::string_view::npos) continue;
    if (out.back() == c) continue;
    out.push_back(c);
  }
  return out;
}

bool IsLetterSkeleton(std::string_view form, std::string_view name) {
  if (form.empty() || name.empty() || form[0] != name[0] || form.size() >= name.size())
    return false;
  size_t j = 1;
  for (size_t i = 1; i < form.size(); ++i) {
    const char want = form[i] == 'y' ? 'i' : form[i];
    while (j < name.size() && name[j] != want && !(want == 'i' && name[j] == 'y')) ++j;
    if (j == name.size()) return false;
    ++j;
  }
  return true;
}

EntityIndex BuildEntityIndex(const Gazetteer& gazetteer) {
  EntityIndex index;
  const auto& entries = gazetteer.entries();
  index.related.resize(entries.size());
  for (size_t e = 0; e < entries.size(); ++e) {
    const auto& entry = entries[e];
    auto add = [&](std::string form, bool canonical) {
      bool needs_context = false;
      if (!form.empty() && form[0] == '~') {
        needs_context = true;
        form.erase(0, 1);
      }
      const std::string key = Squash(form);
      if (key.empty()) return;
      index.by_squash[key].push_back({static_cast<int>(e), form, needs_context, canonical});
      if (key.size() >= 3 && !needs_context)
        index.fuzzy.push_back({static_cast<int>(e), key, PhoneticKey(key), form});
    };
    add(entry.name, true);
    if (CountWords(entry.name) == 1)
      index.one_word_names.emplace_back(static_cast<int>(e), Squash(entry.name));
    for (const auto& a : entry.aliases) add(a, false);
    for (const auto& r : entry.related) {
      const int other = gazetteer.Find(r);
      if (other < 0 || other == static_cast<int>(e)) continue;
      index.related[e].insert(other);
      index.related[other].insert(static_cast<int>(e));
    }
  }
  return index;
}

bool EntityLookup::Common(std::string_view word) const {
  return words.common.count(ToLower(word)) > 0;
}

std::optional<std::string> EntityLookup::CommonLemma(std::string_view word) const {
  std::string w = ToLower(word);
  // A contraction by its first part ("We'll", "You’re"): the apostrophe is ASCII or U+2019.
  for (std::string_view apostrophe : {"'", "\xE2\x80\x99"})
    if (const size_t at = w.find(apostrophe); at != std::string::npos && at > 0) w.resize(at);
  if (IsStopword(w) || words.common.count(w)) return w;
  // English inflections: plural and third person (-s, -es, -ies), past (-ed, -d), -ing.
  const std::pair<std::string_view, std::string_view> kSuffixes[] = {
      {"ies", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"}, {"ing", ""}, {"ing", "e"}};
  for (const auto& [suffix, add] : kSuffixes) {
    if (!EndsWith(w, suffix) || w.size() < suffix.size() + 3) continue;
    std::string lemma = w.substr(0, w.size() - suffix.size()) + std::string(add);
    if (words.common.count(lemma)) return lemma;
  }
  return std::nullopt;
}

bool EntityLookup::CommonOrInflected(std::string_view word) const {
  return CommonLemma(word).has_value();
}

bool EntityLookup::CommonAcronym(std::string_view word) const {
  if (words.acronyms.count(std::string(word))) return true;
  // Its plural ("GPUs", "CEOs").
  return word.size() > 2 && word.back() == 's' &&
         words.acronyms.count(std::string(word.substr(0, word.size() - 1))) > 0;
}

const KnownName* EntityLookup::Known(std::string_view surface) const {
  const auto it = words.known_names.find(ToLower(surface));
  return it == words.known_names.end() ? nullptr : &it->second;
}

const KnownName* EntityLookup::Member(std::string_view word) const {
  const KnownName* k = Known(word);
  if (!k) {
    const auto lemma = CommonLemma(word);
    if (lemma) k = Known(*lemma);
  }
  return k && k->member ? k : nullptr;
}

bool EntityLookup::Role(std::string_view word) const {
  // An abbreviation WordNet gives a kind of person ("CEO") is no common word but a role.
  if (word.size() >= 2 && AllUpper(word)) return words.person_nouns.count(ToLower(word)) > 0;
  const auto lemma = CommonLemma(word);
  // A verb's inflection is no role: "Associated" is not an associate.
  const std::string lower = ToLower(word);
  if (lemma && *lemma != lower && (EndsWith(lower, "ed") || EndsWith(lower, "ing"))) return false;
  return lemma && words.person_nouns.count(*lemma) > 0;
}

bool EntityScan::Joinable(size_t unit, size_t a, size_t b) const {
  const EntityUnit& u = units[unit];
  for (size_t k = a; k < b; ++k) {
    if (u.tokens[k].possessive) return false;
    const size_t gap = u.tokens[k + 1].start - u.tokens[k].end;
    // An initial: "Donald J. Trump".
    if (gap == 2 && Initial(*this, u, k) && text[u.tokens[k].end + 1] == ' ') continue;
    if (gap > 1) return false;
    if (gap == 1) {
      const char c = text[u.tokens[k].end];
      if (c != ' ' && c != '-' && c != '.') return false;
    }
  }
  return true;
}

std::string_view EntityScan::Span(size_t unit, size_t a, size_t b) const {
  const EntityUnit& u = units[unit];
  return text.substr(u.tokens[a].start, u.tokens[b].end - u.tokens[a].start);
}

void EntityScan::Cover(size_t unit, size_t a, size_t b) {
  for (size_t k = a; k <= b; ++k) units[unit].covered[k] = true;
}

EntityScan ScanUnits(std::string_view text, const std::vector<Block>& blocks,
                     const std::vector<Sentence>& sentences) {
  EntityScan scan;
  scan.text = text;
  for (const auto& s : sentences) scan.units.push_back(EntityUnit{s.start, s.end, {}, {}, {}, {}});
  for (const auto& b : blocks) {
    // Names in headings are mentions too, and so are the names a credit or byline gives.
    const bool credit = b.kind == BlockKind::kBoilerplate && b.reason == "credit line";
    if (b.kind == BlockKind::kHeading || credit)
      scan.units.push_back(EntityUnit{b.start, b.end, {}, {}, {}, {}, credit});
  }
  std::sort(scan.units.begin(), scan.units.end(),
            [](const EntityUnit& a, const EntityUnit& b) { return a.start < b.start; });
  for (EntityUnit& u : scan.units) {
    for (const Token& t : Tokenize(text.substr(u.start, u.end - u.start))) {
      const size_t end = u.start + t.end;
      UnitToken ut{u.start + t.start, end, t.text, false,
                   end + 1 < text.size() && text[end] == '-' && IsAsciiAlnum(text[end + 1])};
      if (EndsWith(ut.text, "'s") && ut.text.size() > 2) {
        ut.end -= 2;
        ut.text.remove_suffix(2);
        ut.possessive = true;
      }
      // An ampersand between words is a connector token ("Bain & Company").
      if (!u.tokens.empty() && ut.start == u.tokens.back().end + 3 &&
          text.substr(u.tokens.back().end, 3) == " & ")
        u.tokens.push_back(UnitToken{ut.start - 2, ut.start - 1, text.substr(ut.start - 2, 1)});
      u.words.insert(ToLower(ut.text));
      u.tokens.push_back(ut);
    }
    u.covered.assign(u.tokens.size(), false);
  }
  return scan;
}

void FindExactMatches(const EntityLookup& lookup, EntityScan* scan) {
  for (size_t ui = 0; ui < scan->units.size(); ++ui) {
    EntityUnit& u = scan->units[ui];
    for (size_t i = 0; i < u.tokens.size();) {
      std::optional<EntityOccurrence> o = LongestExactMatch(lookup, *scan, ui, i);
      if (!o) {
        ++i;
        continue;
      }
      scan->Cover(ui, o->first_token, o->last_token);
      if (o->candidates.size() == 1 && o->candidates[0].base >= 0.7)
        u.named.insert(o->candidates[0].entry);
      i = o->last_token + 1;
      scan->occurrences.push_back(std::move(*o));
    }
  }
}

// True if token k of `u` may go on a personal name: an initial, or a word of a name's shape
// that is no role, head noun, day, known thing other than a person, or inflected word.
bool NameGoesOn(const EntityLookup& lookup, const EntityScan& scan, const EntityUnit& u, size_t k) {
  const std::string_view t = u.tokens[k].text;
  if (Initial(scan, u, k)) return true;
  if (!PersonalNameWord(t) || lookup.Role(t) || In(kOrgHeads, t) || TimeName(lookup, u, k))
    return false;
  const KnownName* known = lookup.Known(t);
  if (known && known->type != "person") return false;
  const auto lemma = lookup.CommonLemma(t);
  return !lemma || *lemma == ToLower(t);
}

// "Will Be", "Grant Funding": a given name that is also a common word, before another
// common word no resource names a person, is two words in capitals, not a name.
bool CommonPair(const EntityLookup& lookup, std::string_view given, std::string_view next) {
  if (!lookup.CommonOrInflected(given) || !lookup.CommonOrInflected(next)) return false;
  const KnownName* known = lookup.Known(next);
  return !(known && known->type == "person");
}

// True if the capitalised words after token `last` end in a body's or a law's head noun:
// "George Washington University", "Lilly Ledbetter Fair Pay Act" name no person.
bool HeadNounAfter(const EntityLookup& lookup, const EntityScan& scan, size_t ui, size_t last) {
  const EntityUnit& u = scan.units[ui];
  for (size_t k = last + 1; k < u.tokens.size() && k <= last + 4; ++k) {
    if (!scan.Joinable(ui, k - 1, k) || !Capitalised(u, k)) return false;
    const std::string_view t = u.tokens[k].text;
    if (In(kOrgHeads, t) || lookup.words.law_heads.count(std::string(t))) return true;
  }
  return false;
}

// True if an initial opens the name whose given name is token i of unit ui ("J. Scott"),
// not the last letter of an abbreviation ("U.S. Scott").
bool LeadingInitial(const EntityScan& scan, size_t ui, size_t i) {
  const EntityUnit& u = scan.units[ui];
  if (i == 0 || u.covered[i - 1] || !Initial(scan, u, i - 1) || !scan.Joinable(ui, i - 1, i))
    return false;
  return i < 2 || !Initial(scan, u, i - 2) || u.tokens[i - 1].start - u.tokens[i - 2].end > 1;
}

void FindPeople(const EntityLookup& lookup, EntityScan* scan) {
  for (size_t ui = 0; ui < scan->units.size(); ++ui) {
    const EntityUnit& u = scan->units[ui];
    for (size_t i = 0; i + 1 < u.tokens.size(); ++i) {
      if (u.covered[i] || u.covered[i + 1] || !scan->Joinable(ui, i, i + 1)) continue;
      const auto& a = u.tokens[i];
      const auto& b = u.tokens[i + 1];
      if (!lookup.words.given_names.count(std::string(a.text)) || !IsAsciiUpper(b.text[0]) ||
          (AllUpper(b.text) && b.text.size() > 1) ||
          (b.text.size() < 2 && !Initial(*scan, u, i + 1)) || TimeName(lookup, u, i) ||
          (CommonPair(lookup, a.text, b.text) && !Initial(*scan, u, i + 1)))
        continue;
      // Middle names and initials run on to the surname: "Donald J. Trump", "Susan M. Collins".
      size_t last = i + 1;
      while (last + 1 < u.tokens.size() && last < i + 3 && !u.covered[last + 1] &&
             scan->Joinable(ui, last, last + 1) && NameGoesOn(lookup, *scan, u, last + 1))
        ++last;
      if (Initial(*scan, u, last)) continue;  // a name does not end in an initial
      if (HeadNounAfter(lookup, *scan, ui, last)) continue;
      const size_t first = LeadingInitial(*scan, ui, i) ? i - 1 : i;  // "J. Scott Applewhite"
      FoundMention m;
      m.start = u.tokens[first].start;
      m.end = u.tokens[last].end;
      m.name = std::string(scan->text.substr(m.start, m.end - m.start));
      m.entity_id = Slugify(m.name);
      m.type = "person";
      m.discovered = true;
      m.method = "discovered";
      m.why = "a given name followed by a capitalised surname";
      scan->people.push_back(std::move(m));
      scan->Cover(ui, first, last);
      i = last;
    }
  }
}

void AddVariantCandidates(const EntityLookup& lookup, std::string_view surface, size_t n_tokens,
                          EntityOccurrence* occurrence) {
  AddFuzzyCandidates(lookup, surface, n_tokens, occurrence);
  AddSkeletonCandidates(lookup, surface, n_tokens, occurrence);
}

void FindVariants(const EntityLookup& lookup, EntityScan* scan) {
  for (size_t ui = 0; ui < scan->units.size(); ++ui) {
    for (size_t i = 0; i < scan->units[ui].tokens.size();) {
      std::optional<EntityOccurrence> o = LongestVariant(lookup, *scan, ui, i);
      if (!o) {
        ++i;
        continue;
      }
      scan->Cover(ui, o->first_token, o->last_token);
      i = o->last_token + 1;
      scan->occurrences.push_back(std::move(*o));
    }
  }
}

void ScoreInContext(const EntityLookup& lookup, EntityScan* scan) {
  std::set<int> named_in_source;
  for (const EntityUnit& u : scan->units) named_in_source.insert(u.named.begin(), u.named.end());
  for (EntityOccurrence& o : scan->occurrences)
    for (EntityCandidate& c : o.candidates) ScoreCandidate(lookup, *scan, named_in_source, o, &c);
}

std::vector<FoundMention> VoteBySurfaceForm(const EntityLookup& lookup, const EntityScan& scan) {
  std::map<std::string, std::vector<size_t>> groups;
  for (size_t k = 0; k < scan.occurrences.size(); ++k)
    groups[scan.occurrences[k].surface_key].push_back(k);
  std::vector<FoundMention> out;
  for (const auto& [key, members] : groups) ResolveForm(lookup, scan, members, &out);
  return out;
}

// The role an apposition gives the name `part` ends: "Okafor, the mayor of Lagos" and
// "Vell, a shipping analyst" give "mayor" and "analyst"; "" when none follows.
std::string AppositionRole(const EntityLookup& lookup, const EntityScan& scan, const EntityUnit& u,
                           const NamePart& part) {
  const size_t end = u.tokens[part.last].end;
  if (u.tokens[part.last].possessive || end >= scan.text.size() || scan.text[end] != ',') return "";
  size_t k = part.last + 1;
  if (k < u.tokens.size() && In(kDeterminers, ToLower(u.tokens[k].text))) ++k;
  for (size_t n = 0; n < 3 && k + n < u.tokens.size(); ++n) {
    const UnitToken& t = u.tokens[k + n];
    if (n > 0 &&
        scan.text.substr(u.tokens[k + n - 1].end, t.start - u.tokens[k + n - 1].end) != " ")
      break;  // the apposition ends at punctuation
    if (lookup.Role(t.text)) return ToLower(t.text);
  }
  return "";
}

namespace {

// True if token `t` is part of a web address or a handle ("pic.twitter.com", "@nytimes"):
// a name written there in lowercase says nothing of how the text writes it.
bool InAddress(std::string_view text, const UnitToken& t) {
  const char before = t.start > 0 ? text[t.start - 1] : ' ';
  const char after = t.end < text.size() ? text[t.end] : ' ';
  const char next = t.end + 1 < text.size() ? text[t.end + 1] : ' ';
  return before == '.' || before == '/' || before == '@' || before == '#' ||
         (after == '.' && IsAsciiLower(next)) || after == '/';
}

}  // namespace

void DiscoverNames(const EntityLookup& lookup, const EntityScan& scan,
                   std::vector<FoundMention>* mentions) {
  TextFacts facts{MidSentenceRuns(lookup, scan), {}};
  for (const EntityUnit& u : scan.units)
    for (const UnitToken& t : u.tokens)
      if (!t.text.empty() && !HasUpper(t.text) && !InAddress(scan.text, t))
        facts.lowercase.insert(std::string(t.text));
  for (size_t ui = 0; ui < scan.units.size(); ++ui) {
    const EntityUnit& u = scan.units[ui];
    const bool headline = !u.credit && Headline(scan.text, u);
    for (size_t i = 0; i < u.tokens.size();) {
      if (!Capitalised(u, i)) {
        ++i;
        continue;
      }
      const size_t j = CapitalisedRunEnd(lookup, scan, ui, i);
      for (NamePart part : SplitRun(
               lookup, u, NameStart(lookup, scan, ui, i, j, facts.inner, facts.lowercase), j)) {
        const bool title = !headline && part.first > i && MidSentenceThe(scan, ui, part.first - 1);
        // A title may end in a role's noun: "The Washington Examiner".
        if (title && part.last + 1 == j && lookup.Role(u.tokens[j].text)) part.last = j;
        auto shape = ShapeOf(lookup, scan, ui, part, headline, facts);
        if (title) shape = AsTitle(lookup, scan, ui, part, std::move(shape));
        if (!shape) continue;
        if (shape->guessed)
          if (const std::string role = AppositionRole(lookup, scan, u, part); !role.empty())
            shape = NameShape{"person", "an apposition gives a person's role: '" + role + "'"};
        mentions->push_back(
            Discovered(lookup, scan, u, title ? part.first - 1 : part.first, part.last, *shape));
      }
      i = j + 1;
    }
  }
}

std::vector<FoundMention> DropOverlaps(std::vector<FoundMention> mentions) {
  std::sort(mentions.begin(), mentions.end(), [](const FoundMention& x, const FoundMention& y) {
    return x.start != y.start ? x.start < y.start : x.end > y.end;
  });
  // Keep the earlier (and at equal starts, longer) mention.
  std::vector<FoundMention> kept;
  for (auto& m : mentions)
    if (kept.empty() || m.start >= kept.back().end) kept.push_back(std::move(m));
  return kept;
}

namespace {

// Makes `m` a mention of what `name` names, by `method`, for the reason `why`.
void PointAt(const FoundMention& name, const char* method, std::string why, FoundMention* m) {
  m->cites = name.start;
  m->entity_id = name.entity_id;
  m->name = name.name;
  m->type = name.type;
  m->discovered = name.discovered;
  m->method = method;
  m->why = std::move(why);
}

}  // namespace

namespace {

// The text between a name and another name that gives the second as a name of the first, in
// the manner of Hearst's lexico-syntactic patterns (COLING 1992): ", also known as ",
// " (commonly called \"", ", known as the " (the text is normalized, its quotes straight).
bool NamesAlias(std::string_view between) {
  static const RE2 kAlias(
      R"(,? \(?(?:(?:also|more|better|commonly|often|popularly|informally|sometimes|widely) )"
      R"((?:known as|called|dubbed|nicknamed|referred to as)|known as) (?:the )?"?)");
  return RE2::FullMatch(re2::StringPiece(between.data(), between.size()), kAlias);
}

}  // namespace

void JoinDefinitions(std::string_view text, std::vector<FoundMention>* mentions) {
  const auto surface = [&](const FoundMention& m) { return text.substr(m.start, m.end - m.start); };
  const auto abbreviation = [&](const FoundMention& m) {
    const std::string_view s = surface(m);
    return m.discovered && s.size() >= 2 && s.size() <= 8 &&
           std::all_of(s.begin(), s.end(), [](char c) { return IsAsciiUpper(c); });
  };
  // A form -> the name it stands for, and how the text says so; the first definition holds.
  std::map<std::string, std::pair<FoundMention, const char*>> defined;
  for (size_t k = 1; k < mentions->size(); ++k) {
    const FoundMention& name = (*mentions)[k - 1];
    const FoundMention& other = (*mentions)[k];
    if (other.start < name.end || other.entity_id == name.entity_id) continue;
    const std::string_view between = text.substr(name.end, other.start - name.end);
    if (abbreviation(other) && surface(name).find(' ') != std::string_view::npos &&
        between == " (" && other.end < text.size() && text[other.end] == ')')
      defined.emplace(std::string(surface(other)), std::pair{name, "defines"});
    else if (NamesAlias(between))
      defined.emplace(std::string(surface(other)), std::pair{name, "gives"});
  }
  for (FoundMention& m : *mentions) {
    const auto it = defined.find(std::string(surface(m)));
    if (it == defined.end() || it->second.first.entity_id == m.entity_id) continue;
    const FoundMention& name = it->second.first;
    PointAt(name, "defined",
            "the text " + std::string(it->second.second) + " " + std::string(surface(m)) + " as " +
                std::string(surface(name)),
            &m);
  }
}

namespace {

// A person's name with middle names or initials ("Mira J. Castell") joins the same name
// without them ("Mira Castell") in this text.
void JoinMiddleNames(std::vector<FoundMention>* mentions) {
  std::map<std::string, FoundMention> people;  // name of two words -> its first mention
  for (const FoundMention& m : *mentions)
    if (m.type == "person" && std::count(m.name.begin(), m.name.end(), ' ') == 1)
      people.emplace(m.name, m);
  for (FoundMention& m : *mentions) {
    const auto it = m.type == "person" ? people.find(FirstAndLastWords(m.name)) : people.end();
    if (it == people.end()) continue;
    PointAt(it->second, "short-form",
            "the name of " + it->second.name + " with a middle name or initial, named in this text",
            &m);
  }
}

// A one-word person or name joins the one person of several words this text names whose
// surname it is; two people sharing it keep it apart.
void JoinSurnames(std::string_view text, std::vector<FoundMention>* mentions) {
  const auto surface = [&](const FoundMention& m) { return text.substr(m.start, m.end - m.start); };
  std::map<std::string, const FoundMention*> full;  // surname -> the person, or null
  for (const FoundMention& m : *mentions) {
    const std::string_view s = surface(m);
    const size_t space = s.find_last_of(' ');
    if (m.type != "person" || space == std::string_view::npos) continue;
    auto [it, added] = full.emplace(std::string(s.substr(space + 1)), &m);
    if (!added && it->second && it->second->entity_id != m.entity_id) it->second = nullptr;
  }
  std::vector<std::pair<size_t, FoundMention>> joins;  // short form -> full name
  for (size_t k = 0; k < mentions->size(); ++k) {
    const FoundMention& m = (*mentions)[k];
    if ((m.type != "person" && m.type != "other") || surface(m).find(' ') != std::string_view::npos)
      continue;
    const auto it = full.find(std::string(surface(m)));
    if (it != full.end() && it->second && it->second->entity_id != m.entity_id)
      joins.emplace_back(k, *it->second);
  }
  for (const auto& [k, name] : joins)
    PointAt(name, "short-form", "the surname of " + name.name + ", named in this text",
            &(*mentions)[k]);
}

// Adds `added` to `mentions`, dropping those they overlap; `mentions` stays sorted by offset.
void ReplaceOverlapped(std::vector<FoundMention> added, std::vector<FoundMention>* mentions) {
  for (FoundMention& a : added) {
    std::erase_if(*mentions,
                  [&](const FoundMention& m) { return m.start < a.end && a.start < m.end; });
    mentions->push_back(std::move(a));
  }
  std::sort(mentions->begin(), mentions->end(),
            [](const FoundMention& x, const FoundMention& y) { return x.start < y.start; });
}

// The names of this text a handle may spell (Squash: lowercase letters and digits): each
// name of several words squashed
// ("donaldtrump"), and the surname of each person of several words; a key two entities
// share names neither (null).
std::map<std::string, const FoundMention*> HandleNames(std::string_view text,
                                                       const std::vector<FoundMention>& mentions) {
  std::map<std::string, const FoundMention*> names;
  const auto add = [&](std::string key, const FoundMention& m) {
    auto [it, added] = names.emplace(std::move(key), &m);
    if (!added && it->second && it->second->entity_id != m.entity_id) it->second = nullptr;
  };
  for (const FoundMention& m : mentions) {
    const std::string_view s = text.substr(m.start, m.end - m.start);
    const size_t space = s.find_last_of(' ');
    if (space == std::string_view::npos || m.type == "other") continue;
    add(Squash(s), m);
    if (m.type == "person") add(Squash(s.substr(space + 1)), m);
  }
  return names;
}

// A social-media handle ("@realDonaldTrump", "@SenWarren") joins the entity of this text
// whose name, or person whose surname, it spells after at most 4 other letters ("real",
// "Sen", an initial); a handle that goes on past the name ("@FoxNewsSunday" after "Fox
// News") joins nothing.
void JoinHandles(std::string_view text, std::vector<FoundMention>* mentions) {
  static const RE2 kHandle(R"((?:^|[^A-Za-z0-9_@.])@([A-Za-z0-9_]{2,30}))");
  if (text.find('@') == std::string_view::npos) return;
  const auto names = HandleNames(text, *mentions);
  std::vector<FoundMention> added;
  re2::StringPiece rest(text.data(), text.size()), handle;
  while (RE2::FindAndConsume(&rest, kHandle, &handle)) {
    const std::string key = Squash(std::string_view(handle.data(), handle.size()));
    const FoundMention* name = nullptr;
    for (size_t p = 0; p <= 4 && p < key.size() && !name; ++p)
      if (const auto it = names.find(key.substr(p)); it != names.end()) name = it->second;
    if (!name) continue;
    FoundMention m;
    m.start = static_cast<size_t>(handle.data() - text.data());
    m.end = m.start + handle.size();
    PointAt(*name, "handle",
            "a social-media handle spelling the name of " + name->name + ", named in this text",
            &m);
    added.push_back(std::move(m));
  }
  ReplaceOverlapped(std::move(added), mentions);  // the handle replaces what was read in it
}

}  // namespace

void JoinShortForms(std::string_view text, std::vector<FoundMention>* mentions) {
  JoinMiddleNames(mentions);
  JoinSurnames(text, mentions);
  JoinHandles(text, mentions);
}

namespace {

// Whether `abbr` ("Tenn.", "N.M.", "MA") abbreviates the subdivision `sub`: its letters in
// order in the name from the first ("Tenn." Tennessee, "Ga." Georgia), its letters the
// initials of the name's capitalised words ("N.M." New Mexico, "D.C." District of Columbia),
// or, two capitals without a stop, the subdivision's code ("MA" Massachusetts).
bool Abbreviates(std::string_view abbr, const WordLists::Subdivision& sub) {
  std::string letters;
  for (char c : abbr)
    if (IsAsciiAlpha(c)) letters += c;
  if (abbr.find('.') == std::string_view::npos) return letters == sub.code;
  if (AllUpper(letters) && letters.size() >= 2) {
    std::string capitals;
    for (char c : sub.name)
      if (IsAsciiUpper(c)) capitals += c;
    return capitals == letters;
  }
  const std::string name = ToLower(sub.name), want = ToLower(letters);
  if (want.empty() || name.empty() || name[0] != want[0]) return false;
  size_t at = 0;
  for (char c : want) {
    at = name.find(c, at);
    if (at == std::string::npos) return false;
    ++at;
  }
  return true;
}

// The one subdivision of the `countries` (every country when none) that `abbr` abbreviates,
// or null; of several, the one of its country's main kind ("Ga.": Georgia, a state, not
// Guam).
const WordLists::Subdivision* SubdivisionOf(const WordLists& words,
                                            const std::set<std::string>& countries,
                                            std::string_view abbr) {
  std::vector<const WordLists::Subdivision*> found;
  for (const auto& [code, subs] : words.subdivisions) {
    if (!countries.empty() && !countries.count(code)) continue;
    for (const auto& sub : subs)
      if (Abbreviates(abbr, sub)) found.push_back(&sub);
  }
  if (found.size() > 1)
    std::erase_if(found, [](const WordLists::Subdivision* s) { return !s->main_kind; });
  return found.size() == 1 ? found.front() : nullptr;
}

// The countries the text's places are or are in (ISO 3166).
std::set<std::string> TextCountries(const WordLists& words,
                                    const std::vector<FoundMention>& mentions) {
  std::set<std::string> out;
  for (const FoundMention& m : mentions)
    if (const auto it = words.place_country.find(ToLower(m.name)); it != words.place_country.end())
      out.insert(it->second);
  return out;
}

}  // namespace

void NameRegions(const EntityLookup& lookup, std::string_view text,
                 std::vector<FoundMention>* mentions) {
  // After a capitalised word and a comma ("Smyrna, Tenn.,"), or a party letter ("(D-Calif.)").
  static const RE2 kRegion(
      R"((?:[A-Z][A-Za-z'-]*, |\([DRI]-)((?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\.|[A-Z]{2})(?:[^A-Za-z0-9]|$))");
  const std::set<std::string> countries = TextCountries(lookup.words, *mentions);
  std::vector<FoundMention> added;
  re2::StringPiece rest(text.data(), text.size()), abbr;
  while (RE2::FindAndConsume(&rest, kRegion, &abbr)) {
    const std::string_view a(abbr.data(), abbr.size());
    const WordLists::Subdivision* sub = SubdivisionOf(lookup.words, countries, a);
    if (!sub) continue;
    FoundMention m;
    m.start = static_cast<size_t>(abbr.data() - text.data());
    m.end = m.start + abbr.size();
    m.name = sub->name;
    m.entity_id = Slugify(m.name);
    const int g = lookup.gazetteer.Find(m.name);
    m.type = g >= 0 ? lookup.gazetteer.entries()[g].type : "place";
    m.discovered = g < 0;
    m.method = "region";
    m.why = "an abbreviation of " + sub->name + " (ISO 3166-2 " + sub->code + ")" +
            (countries.empty() ? ", the one subdivision it abbreviates"
                               : ", of a country the text's places are in");
    added.push_back(std::move(m));
  }
  ReplaceOverlapped(std::move(added), mentions);  // the region replaces what was read in it
}

struct EntityRecognizer::Index : EntityIndex {};

EntityRecognizer::EntityRecognizer(const Gazetteer* g, const WordLists* w, EntityOptions o,
                                   std::unique_ptr<Index> i)
    : gazetteer_(g), words_(w), options_(o), index_(std::move(i)) {}
EntityRecognizer::EntityRecognizer(EntityRecognizer&&) noexcept = default;
EntityRecognizer::~EntityRecognizer() = default;

Result<EntityRecognizer> EntityRecognizer::Create(const Gazetteer* gazetteer,
                                                  const WordLists* words,
                                                  const EntityOptions& options) {
  auto index = std::make_unique<Index>(Index{BuildEntityIndex(*gazetteer)});
  return EntityRecognizer(gazetteer, words, options, std::move(index));
}

std::vector<FoundMention> EntityRecognizer::Recognize(
    std::string_view text, const std::vector<Block>& blocks,
    const std::vector<Sentence>& sentences) const {
  const EntityLookup lookup{*gazetteer_, *words_, *index_, options_};
  EntityScan scan = ScanUnits(text, blocks, sentences);
  FindExactMatches(lookup, &scan);
  // People before variants: "Arjun Mehta" is a person, not a garbled "Meta".
  FindPeople(lookup, &scan);
  FindVariants(lookup, &scan);
  ScoreInContext(lookup, &scan);
  std::vector<FoundMention> mentions = VoteBySurfaceForm(lookup, scan);
  for (auto& m : scan.people) mentions.push_back(std::move(m));
  DiscoverNames(lookup, scan, &mentions);
  mentions = DropOverlaps(std::move(mentions));
  JoinDefinitions(scan.text, &mentions);
  JoinShortForms(scan.text, &mentions);
  NameRegions(lookup, scan.text, &mentions);
  return mentions;
}

}  // namespace cg

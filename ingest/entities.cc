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
// 5. Discovery: capitalised runs the gazetteer does not know become entities when their
//    shape says what they are: a given name and a surname (person), an organisational
//    head noun (University, Center, Committee...), or a model-number shape (product).
#include "ingest/entities.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "core/terms.h"
#include "core/text.h"

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
                                          "Labs",         "Ltd",
                                          "Ministry",     "Office",
                                          "Organization", "Organisation",
                                          "Party",        "School",
                                          "Senate",       "Society",
                                          "Systems",      "Technologies",
                                          "Union",        "University"};
// Base score of weak evidence: it counts only with the entity itself or a related entity
// named in the same sentence.
constexpr double kWeak = 0.35;

constexpr std::string_view kConnectors[] = {"of", "for", "and", "the", "on", "de", "&"};

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

// O read as 0 and l or I read as 1 next to a digit: "H10O" -> "h100".
std::string Deconfuse(std::string_view squashed) {
  std::string s(squashed);
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < s.size(); ++i) {
      const bool near_digit =
          (i > 0 && IsAsciiDigit(s[i - 1])) || (i + 1 < s.size() && IsAsciiDigit(s[i + 1]));
      if (!near_digit) continue;
      if (s[i] == 'o')
        s[i] = '0';
      else if (s[i] == 'l' || s[i] == 'i')
        s[i] = '1';
    }
  }
  return s;
}

struct UnitToken {
  size_t start, end;  // absolute normalized offsets, possessive "'s" excluded
  std::string_view text;
  bool possessive = false;
};

struct Unit {
  size_t start, end;
  std::vector<UnitToken> tokens;
  std::set<int> named;          // gazetteer entries named exactly here
  std::set<std::string> words;  // lowercase words
};

struct Candidate {
  int entry;
  double base;
  std::string method;
  std::string why;
};

struct Occurrence {
  size_t unit;
  size_t first_token, last_token;  // inclusive
  size_t start, end;
  std::string surface_key;  // case-kept squash: the voting group
  std::vector<Candidate> candidates;
};

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

struct EntityRecognizer::Index {
  struct Form {
    int entry;
    std::string surface;
    bool needs_context;
    bool canonical;
  };
  std::unordered_map<std::string, std::vector<Form>> by_squash;
  std::vector<std::set<int>> related;  // symmetric
  struct FuzzyForm {
    int entry;
    std::string squashed;
    std::string phonetic;
    std::string surface;
  };
  std::vector<FuzzyForm> fuzzy;
  // Squashed one-word canonical names, the only ones a letter skeleton may stand for.
  std::vector<std::pair<int, std::string>> one_word_names;
};

EntityRecognizer::EntityRecognizer(const Gazetteer* g, const WordLists* w, EntityOptions o,
                                   std::unique_ptr<Index> i)
    : gazetteer_(g), words_(w), options_(o), index_(std::move(i)) {}
EntityRecognizer::EntityRecognizer(EntityRecognizer&&) noexcept = default;
EntityRecognizer::~EntityRecognizer() = default;

Result<EntityRecognizer> EntityRecognizer::Create(const Gazetteer* gazetteer,
                                                  const WordLists* words,
                                                  const EntityOptions& options) {
  auto index = std::make_unique<Index>();
  const auto& entries = gazetteer->entries();
  index->related.resize(entries.size());
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
      index->by_squash[key].push_back({static_cast<int>(e), form, needs_context, canonical});
      if (key.size() >= 3 && !needs_context)
        index->fuzzy.push_back({static_cast<int>(e), key, PhoneticKey(key), form});
    };
    add(entry.name, true);
    if (CountWords(entry.name) == 1)
      index->one_word_names.emplace_back(static_cast<int>(e), Squash(entry.name));
    for (const auto& a : entry.aliases) add(a, false);
    for (const auto& r : entry.related) {
      const int other = gazetteer->Find(r);
      if (other < 0 || other == static_cast<int>(e)) continue;
      index->related[e].insert(other);
      index->related[other].insert(static_cast<int>(e));
    }
  }
  return EntityRecognizer(gazetteer, words, options, std::move(index));
}

std::vector<FoundMention> EntityRecognizer::Recognize(
    std::string_view text, const std::vector<Block>& blocks,
    const std::vector<Sentence>& sentences) const {
  const auto& entries = gazetteer_->entries();
  auto common = [&](std::string_view w) { return words_->common.count(ToLower(w)) > 0; };

  // Units: sentences, and heading lines (names in headings are mentions too).
  std::vector<Unit> units;
  for (const auto& s : sentences) units.push_back(Unit{s.start, s.end, {}, {}, {}});
  for (const auto& b : blocks)
    if (b.kind == BlockKind::kHeading) units.push_back(Unit{b.start, b.end, {}, {}, {}});
  std::sort(units.begin(), units.end(),
            [](const Unit& a, const Unit& b) { return a.start < b.start; });
  for (Unit& u : units) {
    for (const Token& t : Tokenize(text.substr(u.start, u.end - u.start))) {
      UnitToken ut{u.start + t.start, u.start + t.end, t.text, false};
      if (EndsWith(ut.text, "'s") && ut.text.size() > 2) {
        ut.end -= 2;
        ut.text.remove_suffix(2);
        ut.possessive = true;
      }
      u.words.insert(ToLower(ut.text));
      u.tokens.push_back(ut);
    }
  }
  auto contiguous = [&](const Unit& u, size_t a, size_t b) {  // tokens a..b joinable
    for (size_t k = a; k < b; ++k) {
      if (u.tokens[k].possessive) return false;
      // One space, hyphen or dot ("Deep Seek", "DeepSeek-R1", "U.S."), never " - ".
      const size_t gap = u.tokens[k + 1].start - u.tokens[k].end;
      if (gap > 1) return false;
      if (gap == 1) {
        const char c = text[u.tokens[k].end];
        if (c != ' ' && c != '-' && c != '.') return false;
      }
    }
    return true;
  };
  auto span_text = [&](const Unit& u, size_t a, size_t b) {
    return text.substr(u.tokens[a].start, u.tokens[b].end - u.tokens[a].start);
  };

  std::vector<Occurrence> occ;
  std::vector<std::vector<bool>> covered(units.size());

  // Variant candidates of a surface form: confusions, edits, sound, letter skeleton.
  auto variants = [&](std::string_view surface, size_t n, Occurrence* o) {
    const std::string key = Squash(surface);
    const bool all_caps = n == 1 && AllUpper(surface) && !HasDigit(surface);
    const std::string conf = Deconfuse(key);
    const std::string shown(surface);
    auto add = [&](int entry, double base, const char* method, std::string why) {
      for (auto& c : o->candidates)
        if (c.entry == entry) {
          if (base > c.base) c = {entry, base, method, std::move(why)};
          return;
        }
      o->candidates.push_back({entry, base, method, std::move(why)});
    };
    // Evidence strength. Strong (no context needed): letters read as digits; one edit in a
    // long multi-word name. Medium (some context): one edit in a single long word. Weak
    // (needs the entity or a related one named in the same sentence): short words, two
    // edits, digit changes without a letter-for-digit confusion ("A600" is not "A100"),
    // sound-alikes and letter skeletons.
    const bool confused = conf != key;
    auto edit_base = [&](size_t d) {
      if (HasDigit(key)) return confused && d == 1 ? 0.6 : kWeak;
      if (d == 1 && n >= 2 && key.size() >= 8) return 0.6;
      if (d == 1 && key.size() >= 5) return 0.5;
      return kWeak;
    };
    for (const auto& f : index_->fuzzy) {
      if (f.squashed[0] != conf[0]) continue;
      const size_t a = conf.size(), b = f.squashed.size();
      if ((a > b ? a - b : b - a) > 2) continue;
      if (conf == f.squashed && conf != key) {
        add(f.entry, 0.7, "variant",
            "'" + shown + "' reads as '" + f.surface + "' with letters for digits");
        continue;
      }
      if (key.size() >= 4 && !all_caps) {
        const size_t d = EditDistance(conf, f.squashed);
        if (d == 1 || (d == 2 && key.size() >= 9)) {
          add(f.entry, edit_base(d), "variant",
              "'" + shown + "' is " + std::to_string(d) + (d == 1 ? " edit" : " edits") +
                  " from '" + f.surface + "'");
          continue;
        }
        const std::string pk = PhoneticKey(key);
        if (pk.size() >= 3 && pk == f.phonetic)
          add(f.entry, kWeak, "phonetic", "'" + shown + "' sounds like '" + f.surface + "'");
      } else if (key.size() >= 3 && HasDigit(conf) && EditDistance(conf, f.squashed) == 1) {
        add(f.entry, edit_base(1), "variant", "'" + shown + "' is 1 edit from '" + f.surface + "'");
      }
    }
    if (all_caps && key.size() <= 4 && !words_->acronyms.count(shown)) {
      for (const auto& [e, name] : index_->one_word_names)
        if (IsLetterSkeleton(key, name))
          add(e, kWeak, "skeleton",
              "the letters of '" + shown + "' spell out '" + entries[e].name + "'");
    }
  };
  auto strong_variant = [&](std::string_view surface) {
    const std::string conf = Deconfuse(Squash(surface));
    if (conf.size() < 8) return false;
    return std::any_of(index_->fuzzy.begin(), index_->fuzzy.end(), [&](const Index::FuzzyForm& f) {
      return f.squashed.size() + 2 >= conf.size() && conf.size() + 2 >= f.squashed.size() &&
             EditDistance(conf, f.squashed) == 1;
    });
  };
  auto name_like = [&](const UnitToken& t, bool first) {
    return IsAsciiUpper(t.text[0]) || (HasDigit(t.text) && HasUpper(t.text)) ||
           (!first &&
            std::all_of(t.text.begin(), t.text.end(), [](char c) { return IsAsciiDigit(c); }));
  };

  // 1. Exact pass.
  for (size_t ui = 0; ui < units.size(); ++ui) {
    Unit& u = units[ui];
    covered[ui].assign(u.tokens.size(), false);
    std::vector<std::string> keys;  // squashed n-grams from position i, n = 1, 2, ...
    for (size_t i = 0; i < u.tokens.size();) {
      bool matched = false;
      keys.assign(1, Squash(u.tokens[i].text));
      while (keys.size() < options_.max_ngram && i + keys.size() < u.tokens.size() &&
             contiguous(u, i + keys.size() - 1, i + keys.size()))
        keys.push_back(keys.back() + Squash(u.tokens[i + keys.size()].text));
      for (size_t n = keys.size(); n >= 1 && !matched; --n) {
        const size_t last = i + n - 1;
        const std::string_view surface = span_text(u, i, last);
        std::string key = keys[n - 1];
        auto it = index_->by_squash.find(key);
        size_t end = u.tokens[last].end;
        // Plural of a model name: "H200s".
        if (it == index_->by_squash.end() && key.size() > 2 && key.back() == 's' &&
            IsAsciiDigit(key[key.size() - 2])) {
          key.pop_back();
          it = index_->by_squash.find(key);
          --end;
        }
        if (it == index_->by_squash.end()) continue;
        // A longer garbled name wins over a shorter exact one inside it: "Ascend 910 OB" is
        // the Ascend 910B, not the Ascend 910 followed by "OB". Leave it to the variant pass.
        bool longer = false;
        for (size_t extra = last + 1; extra < u.tokens.size() && extra <= last + 2 && !longer;
             ++extra) {
          if (!contiguous(u, i, extra) || !name_like(u.tokens[extra], false)) break;
          longer = strong_variant(span_text(u, i, extra));
        }
        if (longer) break;
        const std::string cs = CaseSquash(text.substr(u.tokens[i].start, end - u.tokens[i].start));
        Occurrence o{ui, i, last, u.tokens[i].start, end, cs, {}};
        for (const auto& f : it->second) {
          const std::string fcs = CaseSquash(f.surface);
          bool ok;
          if (key.size() <= 4)
            ok = cs == fcs;
          else if (!HasUpper(cs))
            // All lowercase: a one-word name a transcript split ("paddle paddle"), a spelled-out
            // name of three or more words, or a long word that is not English ("nvidia");
            // never a short phrase ("the information").
            ok = n >= 2 ? (CountWords(f.surface) == 1 || CountWords(f.surface) >= 3)
                        : (key.size() >= 6 && !common(key));
          else
            ok = true;
          // A function word the form does not have: "in Tel" is not Intel.
          for (size_t k = i; k <= last && ok && n >= 2; ++k) {
            const std::string w = ToLower(u.tokens[k].text);
            if (IsStopword(w) && !FormHasWord(f.surface, w)) ok = false;
          }
          if (!ok) continue;
          if (std::any_of(o.candidates.begin(), o.candidates.end(),
                          [&](const Candidate& c) { return c.entry == f.entry; }))
            continue;
          o.candidates.push_back(
              {f.entry, f.needs_context ? 0.45 : 0.7, f.canonical ? "exact" : "alias",
               f.canonical ? "gazetteer name" : "gazetteer alias '" + f.surface + "'"});
        }
        if (o.candidates.empty()) continue;
        // Acronyms are ambiguous by nature: "CNN" may be a broadcaster or a garbled "CANN".
        if (n == 1 && AllUpper(surface) && key.size() <= 4) variants(surface, n, &o);
        const bool unambiguous = o.candidates.size() == 1 && o.candidates[0].base >= 0.7;
        for (size_t k = i; k <= last; ++k) covered[ui][k] = true;
        if (unambiguous) u.named.insert(o.candidates[0].entry);
        occ.push_back(std::move(o));
        i = last + 1;
        matched = true;
      }
      if (!matched) ++i;
    }
  }

  // People before variants: "Arjun Mehta" is a person, not a garbled "Meta".
  std::vector<FoundMention> people;
  for (size_t ui = 0; ui < units.size(); ++ui) {
    const Unit& u = units[ui];
    for (size_t i = 0; i + 1 < u.tokens.size(); ++i) {
      if (covered[ui][i] || covered[ui][i + 1] || !contiguous(u, i, i + 1)) continue;
      const auto& a = u.tokens[i];
      const auto& b = u.tokens[i + 1];
      if (!words_->given_names.count(std::string(a.text)) || !IsAsciiUpper(b.text[0]) ||
          AllUpper(b.text) || b.text.size() < 2)
        continue;
      FoundMention m;
      m.start = a.start;
      m.end = b.end;
      m.name = std::string(text.substr(m.start, m.end - m.start));
      m.entity_id = Slugify(m.name);
      m.type = "person";
      m.discovered = true;
      m.method = "discovered";
      m.why = "a given name followed by a capitalised surname";
      people.push_back(std::move(m));
      covered[ui][i] = covered[ui][i + 1] = true;
      ++i;
    }
  }

  // 2. Variant pass over name-like runs left uncovered.
  for (size_t ui = 0; ui < units.size(); ++ui) {
    Unit& u = units[ui];
    for (size_t i = 0; i < u.tokens.size();) {
      bool matched = false;
      for (size_t n = std::min<size_t>(3, u.tokens.size() - i); n >= 1 && !matched; --n) {
        const size_t last = i + n - 1;
        bool usable = contiguous(u, i, last);
        for (size_t k = i; k <= last && usable; ++k)
          usable = !covered[ui][k] && name_like(u.tokens[k], k == i);
        if (!usable) continue;
        const std::string_view surface = span_text(u, i, last);
        const std::string key = Squash(surface);
        if (key.size() < 2) continue;
        const bool all_caps = n == 1 && AllUpper(surface) && !HasDigit(surface);
        if (n == 1 && !all_caps && common(key)) continue;
        Occurrence o{ui, i, last, u.tokens[i].start, u.tokens[last].end, CaseSquash(surface), {}};
        variants(surface, n, &o);
        if (o.candidates.empty()) continue;
        for (size_t k = i; k <= last; ++k) covered[ui][k] = true;
        occ.push_back(std::move(o));
        i = last + 1;
        matched = true;
      }
      if (!matched) ++i;
    }
  }

  // 3. Context.
  std::map<int, int> doc_named;
  for (const Unit& u : units)
    for (int e : u.named) ++doc_named[e];
  struct Scored {
    double score;
    std::string why;
  };
  auto score = [&](const Occurrence& o, const Candidate& c) -> Scored {
    const Unit& u = units[o.unit];
    double s = c.base;
    std::string why = c.why;
    bool self_near = false;
    for (int e : u.named) self_near |= (e == c.entry);
    // The occurrence itself is in u.named when exact and unambiguous; other mentions count.
    if (self_near && !(o.candidates.size() == 1 && c.base >= 0.7)) {
      s += 0.5;
      why += "; " + entries[c.entry].name + " is named in the same sentence";
    }
    // Places are named everywhere: they are no evidence for another entity.
    auto counts_as_context = [&](int r) { return entries[r].type != "place"; };
    std::vector<std::string> near;
    for (int r : index_->related[c.entry])
      if (u.named.count(r) && counts_as_context(r)) near.push_back(entries[r].name);
    if (!near.empty()) {
      s += near.size() >= 2 ? 0.4 : 0.3;
      why += "; related " + Join(near, ", ") + " in the same sentence";
    }
    int ctx = 0;
    for (const auto& w : entries[c.entry].context)
      if (u.words.count(w)) ++ctx;
    s += 0.1 * std::min(ctx, 2);
    if (c.base <= kWeak && !self_near && near.empty()) return {0.0, why};
    int doc = doc_named.count(c.entry) && c.base < 0.7 ? 2 : 0;
    for (int r : index_->related[c.entry])
      doc += doc_named.count(r) && counts_as_context(r) ? 1 : 0;
    s += std::min(0.3, 0.1 * doc);
    return {s, why};
  };

  // 4. One sense per discourse.
  std::map<std::string, std::vector<size_t>> groups;
  for (size_t k = 0; k < occ.size(); ++k) groups[occ[k].surface_key].push_back(k);
  std::vector<FoundMention> out;
  for (const auto& [key, members] : groups) {
    std::map<int, double> total;
    std::map<int, std::pair<double, std::string>> best;  // strongest evidence per entity
    std::map<int, std::string> method;
    for (size_t k : members)
      for (const auto& c : occ[k].candidates) {
        const Scored sc = score(occ[k], c);
        total[c.entry] += sc.score;
        if (sc.score > best[c.entry].first) {
          best[c.entry] = {sc.score, sc.why};
          method[c.entry] = c.method;
        }
      }
    int winner = -1;
    for (const auto& [e, t] : total)
      if (winner < 0 || t > total[winner] + 1e-9) winner = e;
    // At least one use must carry enough evidence on its own, and the uses together
    // half as much each, so one lucky sentence does not decide a form used everywhere.
    if (winner < 0 || best[winner].first < options_.min_score ||
        total[winner] / members.size() < options_.min_score / 2)
      continue;
    const auto& entry = entries[winner];
    for (size_t k : members) {
      FoundMention m;
      m.start = occ[k].start;
      m.end = occ[k].end;
      m.entity_id = entry.id;
      m.name = entry.name;
      m.type = entry.type;
      m.method = method[winner];
      m.why = best[winner].second;
      if (members.size() > 1 && m.method != "exact" && m.method != "alias")
        m.why +=
            "; all " + std::to_string(members.size()) + " uses of this form in the source agree";
      out.push_back(std::move(m));
    }
  }

  // 5. Discovery.
  for (auto& m : people) out.push_back(std::move(m));
  for (size_t ui = 0; ui < units.size(); ++ui) {
    const Unit& u = units[ui];
    for (size_t i = 0; i < u.tokens.size();) {
      auto cap = [&](size_t k) {
        return !covered[ui][k] && !u.tokens[k].text.empty() && IsAsciiUpper(u.tokens[k].text[0]);
      };
      if (!cap(i)) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j + 1 < u.tokens.size() && contiguous(u, j, j + 1)) {
        if (cap(j + 1)) {
          ++j;
        } else if (j + 2 < u.tokens.size() && In(kConnectors, u.tokens[j + 1].text) && cap(j + 2) &&
                   contiguous(u, j + 1, j + 2)) {
          j += 2;
        } else {
          break;
        }
      }
      size_t a = i;
      // A capitalised sentence opener that is a common word is not part of a name.
      if (u.tokens[a].start == u.start && common(u.tokens[a].text) && a < j) ++a;
      // Nor is a leading function word: "The State Department" names "State Department".
      while (a < j && (IsStopword(ToLower(u.tokens[a].text)) || In(kConnectors, u.tokens[a].text)))
        ++a;
      auto emit = [&](size_t x, size_t y, const char* type, const char* why) {
        FoundMention m;
        m.start = u.tokens[x].start;
        m.end = u.tokens[y].end;
        m.name = std::string(text.substr(m.start, m.end - m.start));
        m.entity_id = Slugify(m.name);
        const int g = gazetteer_->Find(m.name);
        m.type = g >= 0 ? entries[g].type : type;
        m.discovered = g < 0;
        m.method = "discovered";
        m.why = why;
        out.push_back(std::move(m));
      };
      size_t head = j + 1;
      for (size_t k = a; k <= j; ++k)
        if (In(kOrgHeads, u.tokens[k].text)) head = k;
      if (head <= j && (head > a || j > a)) {
        size_t end = j;
        while (end > a && In(kConnectors, u.tokens[end].text)) --end;
        emit(a, end, "organization", "a capitalised name with an organisational head noun");
        i = j + 1;
        continue;
      }
      const std::string_view t = u.tokens[a].text;
      if (a == j && HasDigit(t) && HasUpper(t) && t.size() >= 3 && IsAsciiUpper(t[0]) &&
          std::count_if(t.begin(), t.end(), [](char c) { return IsAsciiDigit(c); }) >= 2) {
        emit(a, a, "product", "a model-number shape (letters and digits)");
      }
      i = j + 1;
    }
  }

  std::sort(out.begin(), out.end(), [](const FoundMention& x, const FoundMention& y) {
    return x.start != y.start ? x.start < y.start : x.end > y.end;
  });
  // Drop overlaps, keeping the earlier (and at equal starts, longer) mention.
  std::vector<FoundMention> kept;
  for (auto& m : out)
    if (kept.empty() || m.start >= kept.back().end) kept.push_back(std::move(m));
  return kept;
}

}  // namespace cg

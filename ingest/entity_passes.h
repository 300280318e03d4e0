// The passes of EntityRecognizer::Recognize (ingest/entities.h) over one text's scan state,
// in the order Recognize runs them. Each reads what the earlier ones wrote and writes more:
//   ScanUnits          text, blocks, sentences -> units (sentences and heading lines, by
//                      offset), their tokens ("'s" cut off, marked possessive), their words
//   FindExactMatches   units -> occurrences of gazetteer names and aliases, longest run
//                      first; their tokens covered; each unit's entities named unambiguously
//   FindPeople         uncovered token pairs -> people (a given name and a capitalised
//                      surname); their tokens covered
//   FindVariants       uncovered name-like runs of up to 3 tokens -> occurrences of garbled
//                      forms (AddVariantCandidates); their tokens covered
//   ScoreInContext     occurrences, units' named entities and words -> each candidate's score
//   VoteBySurfaceForm  scored occurrences -> mentions, one entity per surface form per source
//   DiscoverNames      uncovered capitalised runs -> mentions of organisations and products
//                      by their shape
//   DropOverlaps       mentions -> sorted by offset, overlaps dropped
//   JoinDefinitions    mentions -> an abbreviation the text defines ("the Norvian Budget
//                      Office (NBO)") or a name an apposition gives ("the Norvian Care Act,
//                      also known as Norcare") names the first entity wherever the text uses it
//   JoinShortForms     mentions -> a one-word person or name that is the surname of the one
//                      person of several words this text names ("Grassley" after "Chuck
//                      Grassley") names that person; a social-media handle spelling a name
//                      of the text ("@SenGrassley") names its entity
//   NameRegions        text, mentions -> an abbreviation after a place or a party letter
//                      ("Smyrna, Tenn.", "(D-Calif.)") names the one ISO 3166-2 subdivision
//                      of the text's country it abbreviates
// Interface: EntityIndex, EntityLookup, EntityScan and the passes, defined in
// ingest/entities.cc. Tested by tests/ingest/entity_passes_test.cc.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ingest/entities.h"
#include "ingest/gazetteer.h"
#include "ingest/types.h"

namespace cg {

// The gazetteer's names and aliases indexed for matching, built once per recognizer.
struct EntityIndex {
  struct Form {
    int entry;  // index into the gazetteer's entries
    std::string surface;
    bool needs_context;  // the alias was listed with a leading '~'
    bool canonical;      // the entry's name, not an alias
  };
  std::unordered_map<std::string, std::vector<Form>> by_squash;
  std::vector<std::set<int>> related;  // per entry; symmetric
  // Forms of 3 or more letters and digits that need no context: what a garbled form may be.
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

EntityIndex BuildEntityIndex(const Gazetteer& gazetteer);

// What the passes read and never change. Each referent must outlive the lookup.
struct EntityLookup {
  const Gazetteer& gazetteer;
  const WordLists& words;
  const EntityIndex& index;
  const EntityOptions& options;

  // A common English word, in any case.
  bool Common(std::string_view word) const;
  // Common, a function word, or an inflected form of a common word ("Tariffs", "Tariffed"),
  // a contraction by its first part ("We'll").
  bool CommonOrInflected(std::string_view word) const;
  // The common lemma of such a word ("tariffs" -> "tariff"), or nothing.
  std::optional<std::string> CommonLemma(std::string_view word) const;
  // A common noun for a person, inflected or not: a role or title ("President",
  // "Senators", "Republican") that a name follows or precedes, but is no part of.
  bool Role(std::string_view word) const;
  // An acronym too common to be a name (acronyms.txt: "AI", "CEO"), as written.
  bool CommonAcronym(std::string_view word) const;
  // The name a general resource knows by this form (any case), or null.
  const KnownName* Known(std::string_view surface) const;
  // The group a member noun, inflected or not, names ("Republicans": the Republican
  // Party), or null.
  const KnownName* Member(std::string_view word) const;
};

struct UnitToken {
  size_t start, end;  // absolute normalized offsets, possessive "'s" excluded
  std::string_view text;
  bool possessive = false;
  bool hyphen_after = false;  // a hyphen joins it to the next word ("T-Mobile")
};

// A sentence or a heading line: where "named in the same sentence" is looked for.
struct EntityUnit {
  size_t start, end;
  std::vector<UnitToken> tokens;
  std::vector<bool> covered;    // per token: part of an occurrence or a person already
  std::set<int> named;          // gazetteer entries named exactly and unambiguously here
  std::set<std::string> words;  // lowercase words
  bool credit = false;  // a credit line ("Photo: Mark Ralston/AFP"): names, never a headline
};

// One entity a run of tokens may name, and the evidence for it.
struct EntityCandidate {
  int entry;    // index into the gazetteer's entries
  double base;  // evidence before context (EntityOptions gives the scale)
  std::string method;
  std::string why;
  double score = 0;            // set by ScoreInContext
  std::string why_in_context;  // `why` and the context found, set by ScoreInContext
};

// A run of tokens that may name a gazetteer entity.
struct EntityOccurrence {
  size_t unit;
  size_t first_token, last_token;  // inclusive
  size_t start, end;               // normalized offsets
  std::string surface_key;         // case-kept squash: the voting group
  std::vector<EntityCandidate> candidates;
};

// One text's state as the passes see it.
struct EntityScan {
  std::string_view text;
  std::vector<EntityUnit> units;
  std::vector<EntityOccurrence> occurrences;  // exact matches first, then variants
  std::vector<FoundMention> people;

  // Tokens a..b of `unit` may form one name: no possessive before b, and between tokens
  // nothing or one space, hyphen or dot ("Deep Seek", "DeepSeek-R1", "U.S."), never " - ".
  bool Joinable(size_t unit, size_t a, size_t b) const;
  // The text of tokens a..b of `unit`.
  std::string_view Span(size_t unit, size_t a, size_t b) const;
  // Marks tokens a..b of `unit` covered: no later pass reads them as a name.
  void Cover(size_t unit, size_t a, size_t b);
};

// The scan points into `text`, which must outlive it.
EntityScan ScanUnits(std::string_view text, const std::vector<Block>& blocks,
                     const std::vector<Sentence>& sentences);
void FindExactMatches(const EntityLookup& lookup, EntityScan* scan);
void FindPeople(const EntityLookup& lookup, EntityScan* scan);
// Adds to `occurrence` the entities `surface` (of `n_tokens` tokens) may be a garbled form
// of: letters read as digits, one or two edits, a sound-alike, a letter skeleton. Keeps one
// candidate per entity, the strongest.
void AddVariantCandidates(const EntityLookup& lookup, std::string_view surface, size_t n_tokens,
                          EntityOccurrence* occurrence);
void FindVariants(const EntityLookup& lookup, EntityScan* scan);
void ScoreInContext(const EntityLookup& lookup, EntityScan* scan);
std::vector<FoundMention> VoteBySurfaceForm(const EntityLookup& lookup, const EntityScan& scan);
// Appends to `mentions`.
void DiscoverNames(const EntityLookup& lookup, const EntityScan& scan,
                   std::vector<FoundMention>* mentions);
std::vector<FoundMention> DropOverlaps(std::vector<FoundMention> mentions);
// `mentions` sorted by offset, as DropOverlaps leaves them; `text` the one they index.
void JoinDefinitions(std::string_view text, std::vector<FoundMention>* mentions);
// As JoinDefinitions's.
void JoinShortForms(std::string_view text, std::vector<FoundMention>* mentions);
// As JoinDefinitions's.
void NameRegions(const EntityLookup& lookup, std::string_view text,
                 std::vector<FoundMention>* mentions);

}  // namespace cg

// Finds entity mentions in an article and resolves each surface form to one entity:
// gazetteer names and aliases first, then forms a speech transcript or OCR garbled
// ("H10O", "Bite Dance", "Quen", "BYU"), then names the gazetteer does not know.
// Interface: EntityRecognizer. Tested by tests/ingest/entities_test.cc.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "ingest/gazetteer.h"
#include "ingest/types.h"

namespace cg {

struct EntityOptions {
  // A surface form is resolved when one of its occurrences scores this for the winning
  // entity and their mean scores half of it. Before context, an exact gazetteer match
  // scores 0.7, letters read as digits 0.7, one edit in a long multi-word name 0.6, one
  // edit in a long word 0.5; weak evidence (sound-alikes, letter skeletons such as "BU" in
  // "BaidU", short or twice-edited words) 0.35 and counts only with the entity itself or a
  // related one named in the same sentence.
  double min_score = 0.6;
  size_t max_ngram = 8;  // "Center for Strategic and International Studies" is 6
};

// A mention in normalized-text offsets.
struct FoundMention {
  size_t start = 0;
  size_t end = 0;
  std::string entity_id;
  std::string name;  // canonical name
  std::string type;
  bool discovered = false;  // not in the gazetteer
  std::string method;       // exact, alias, variant, phonetic, skeleton, discovered
  std::string why;
  // Where in the text the mention `why` cites starts ("the surname of Mira Castell, named
  // in this text"), or npos: the stored reason ends " at byte N", N mapped to the source's
  // own bytes.
  size_t cites = std::string::npos;
};

class EntityRecognizer {
 public:
  // `gazetteer` and `words` must outlive the recognizer.
  static Result<EntityRecognizer> Create(const Gazetteer* gazetteer, const WordLists* words,
                                         const EntityOptions& options = {});
  EntityRecognizer(EntityRecognizer&&) noexcept;
  ~EntityRecognizer();

  // Mentions in the sentences and heading blocks of `text`, sorted by offset, not
  // overlapping. Deterministic.
  std::vector<FoundMention> Recognize(std::string_view text, const std::vector<Block>& blocks,
                                      const std::vector<Sentence>& sentences) const;

 private:
  struct Index;
  EntityRecognizer(const Gazetteer* g, const WordLists* w, EntityOptions o,
                   std::unique_ptr<Index> i);
  const Gazetteer* gazetteer_;
  const WordLists* words_;
  EntityOptions options_;
  std::unique_ptr<Index> index_;
};

// A coarse phonetic key: first letter kept, then consonant classes, vowels dropped
// ("ByteDance" and "Bite Dance" -> "btdns"; "Qwen" and "Quen" -> "kn").
std::string PhoneticKey(std::string_view word);

// True if the letters of `form` occur in order in `name` starting with its first letter,
// with 'y' read as 'i' ("BU" and "BYU" in "Baidu", "CNN" in "CANN"). Both lowercase.
bool IsLetterSkeleton(std::string_view form, std::string_view name);

}  // namespace cg

// Stance of sources toward a claim. Retrieval ranks the stored statements by the summed
// rarity (log inverse document frequency) of the claim's terms they hold; the linker then
// judges each candidate against the claim, and the judgements are grouped by source.
#include "ingest/stance.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <unordered_map>

#include "ingest/stance_reason.h"

namespace cg {

namespace {

int StanceRank(const std::string& stance) {
  if (stance == "supports") return 0;
  if (stance == "contradicts") return 1;
  return 2;
}

// Strongest first, then by statement id: a total order, so output is stable.
bool Stronger(const StatementStance& x, const StatementStance& y) {
  if (x.score != y.score) return x.score > y.score;
  return x.statement.id < y.statement.id;
}

double Round3(double x) { return std::round(x * 1000.0) / 1000.0; }

// A statement saying this much of the claim counts toward a source's stance features.
constexpr double kCloseCoverage = 0.34;

// Orders the sources (by overall stance, score, id), marks copies (the same text under
// another id: the first listed keeps the count) and counts each side.
// One verdict per source, and the evidence it shows agrees with it. The model decides
// (its score is what FNC-1 measures), with two exceptions that read the linker's verdicts
// on the source's own statements: the headline's verdict states the thesis and decides,
// and a verdict of at least `override` decides. The linker's verdicts lead the evidence,
// each statement once, beside the model's closest sentences. A source whose shown
// statements point both ways takes both sides; one whose shown statements all point the
// other way from the verdict takes their side.
void CombineVerdicts(SourceStance* ss, const std::vector<StatementStance>& linked,
                     double override) {
  const bool headline =
      !ss->source.title.empty() && !linked.empty() && linked.front().statement.kind == "headline";
  if (!linked.empty() && (headline || linked.front().score >= override)) {
    ss->stance = linked.front().stance;
    ss->score = linked.front().score;
  }
  for (auto it = linked.rbegin(); it != linked.rend(); ++it) {
    std::erase_if(ss->evidence,
                  [&](const StatementStance& e) { return e.statement.id == it->statement.id; });
    ss->evidence.insert(ss->evidence.begin(), *it);
  }
  bool backs = false, contests = false;
  for (const StatementStance& e : ss->evidence) {
    backs = backs || e.stance == "supports";
    contests = contests || e.stance == "contradicts";
  }
  ss->both_sides = backs && contests;
  const bool side = ss->stance == "supports" || ss->stance == "contradicts";
  if (side && !ss->both_sides && (ss->stance == "supports" ? contests : backs)) {
    for (const StatementStance& e : ss->evidence)  // strongest first: linked lead
      if (e.stance != "discusses") {
        ss->stance = e.stance;
        ss->score = e.score;
        break;
      }
  }
}

// A source relays the claim when every statement it shows on its side is put in someone
// else's mouth: it reports the view without asserting it.
void MarkRelays(SourceStance* ss) {
  bool any = false, all = true;
  for (const StatementStance& e : ss->evidence) {
    if (e.stance != ss->stance) continue;
    any = true;
    all = all && e.relayed;
  }
  ss->relays = ss->stance != "discusses" && any && all;
}

void SortAndCount(ClaimStances* out) {
  ClaimStances& answer = *out;
  answer.supporting = answer.contradicting = answer.discussing = answer.relaying = 0;
  answer.both_sides = 0;
  for (SourceStance& ss : answer.sources) {
    ss.copy_of.clear();
    ss.copies.clear();
  }
  std::sort(answer.sources.begin(), answer.sources.end(),
            [](const SourceStance& x, const SourceStance& y) {
              const int rx = StanceRank(x.stance), ry = StanceRank(y.stance);
              if (rx != ry) return rx < ry;
              if (x.score != y.score) return x.score > y.score;
              return x.source.id < y.source.id;
            });
  // Copies: the same text under another id (syndication). The first listed keeps the
  // count; the others point to it.
  std::map<std::string, size_t> first_with_text;  // content hash -> index
  for (size_t i = 0; i < answer.sources.size(); ++i) {
    SourceStance& ss = answer.sources[i];
    auto [it, fresh] = first_with_text.emplace(ss.source.content_hash, i);
    if (!fresh) {
      ss.copy_of = answer.sources[it->second].source.id;
      answer.sources[it->second].copies.push_back(ss.source.id);
      continue;
    }
    (ss.both_sides                ? answer.both_sides
     : ss.relays                  ? answer.relaying
     : ss.stance == "supports"    ? answer.supporting
     : ss.stance == "contradicts" ? answer.contradicting
                                  : answer.discussing)++;
  }
}

}  // namespace

struct StanceJudge::Cache {
  using Postings = std::vector<std::pair<std::string, std::vector<keys::Posting>>>;
  std::unordered_map<std::string, Postings> postings;          // term -> stored postings
  std::unordered_map<std::string, StatementProfile> profiles;  // statement id -> profile
  std::unordered_map<std::string, Statement> statements;
  std::unordered_map<std::string, Source> sources;
  uint64_t statement_total = 0;  // statements in the store, for the rarity of a term
  // For the model: every stored source read for stance, and each one's statements.
  bool corpus_ready = false;
  StanceCorpus corpus;
  std::unordered_map<std::string, std::vector<Statement>> statements_of;
};

StanceJudge::StanceJudge(const Store* store, const Analyzers* analyzers, StanceOptions options)
    : store_(store), analyzers_(analyzers), options_(options), cache_(std::make_unique<Cache>()) {}

StanceJudge::~StanceJudge() = default;

Result<std::vector<StatementStance>> StanceJudge::JudgeStatements(const std::string& claim_text) {
  const Linker& linker = *analyzers_->linker;
  Statement claim;
  claim.id = "";  // sorts before every statement id: the claim is always side A
  claim.source = "";
  claim.text = claim_text;
  claim.end = static_cast<uint32_t>(claim_text.size());
  const StatementProfile claim_profile = linker.Profile(claim);

  if (cache_->statement_total == 0) {
    auto stats = store_->Stats();
    if (!stats.ok()) return stats.status();
    cache_->statement_total = std::max<uint64_t>(stats->statements, 1);
  }
  // The claim's terms, rare ones first choice: frequent words retrieve everything.
  std::vector<std::string> terms = analyzers_->terms.Terms(claim_text);
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  std::vector<std::string> rare;
  for (const auto& t : terms)
    if (!linker.IsFrequentTerm(t)) rare.push_back(t);
  if (rare.empty()) rare = terms;

  std::map<std::string, double> rank;  // statement id -> summed rarity of shared terms
  for (const auto& term : rare) {
    auto it = cache_->postings.find(term);
    if (it == cache_->postings.end()) {
      auto got = store_->PostingsOf(term);
      if (!got.ok()) return got.status();
      it = cache_->postings.emplace(term, std::move(*got)).first;
    }
    size_t df = 0;
    for (const auto& [source, list] : it->second) df += list.size();
    if (df == 0) continue;
    const double idf = std::log(1.0 + static_cast<double>(cache_->statement_total) / df);
    for (const auto& [source, list] : it->second)
      for (const keys::Posting& p : list) rank[MakeStatementId(source, p.statement_start)] += idf;
  }
  std::vector<std::pair<double, std::string>> ordered;
  ordered.reserve(rank.size());
  for (const auto& [id, r] : rank) ordered.emplace_back(r, id);
  std::sort(ordered.begin(), ordered.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  if (ordered.size() > options_.candidates) ordered.resize(options_.candidates);

  // Per source: how much of the claim its statements cover together (each claim word's
  // best match in any of them), and its closest statement not otherwise listed.
  struct Spread {
    std::vector<double> best;
    std::string closest;
    double closest_coverage = -1;
    bool listed = false;
    // Over the statements that say at least a third of the claim ("close"): the evidence a
    // stance rests on.
    double close = 0, hedged = 0, attributed = 0, negated = 0, framed = 0;
    double p_supports = 0, p_contradicts = 0, opposition = 0, direction = 0;
    double seen = 0, rebutted = 0;  // over every statement retrieved
  };
  std::map<std::string, Spread> spread;
  std::vector<StatementStance> out;
  for (const auto& [r, id] : ordered) {
    if (options_.excluded.count(id)) continue;
    auto pit = cache_->profiles.find(id);
    if (pit == cache_->profiles.end()) {
      auto st = store_->GetStatement(id);
      if (!st.ok()) return st.status().WithContext("judging a claim");
      pit = cache_->profiles.emplace(id, linker.Profile(*st)).first;
      cache_->statements.emplace(id, std::move(*st));
    }
    const StatementProfile& profile = pit->second;
    const std::vector<double> words = linker.WordCoverage(claim_profile, profile);
    double shared = 0, total = 0;
    Spread& sp = spread[profile.source];
    sp.best.resize(words.size(), 0.0);
    for (size_t i = 0; i < words.size(); ++i) {
      shared += claim_profile.words[i].weight * words[i];
      total += claim_profile.words[i].weight;
      // Across a whole article weak matches (a related form, an effect class) pile up:
      // only the same word or a synonym counts toward what the article covers together.
      if (words[i] >= 0.7) sp.best[i] = std::max(sp.best[i], words[i]);
    }
    const double coverage = total > 0 ? shared / total : 0.0;
    const Edge e = linker.Compare(claim_profile, profile);
    // Rebuttal words anywhere the article touches the claim ("the report was a hoax").
    sp.seen += 1;
    for (size_t k = 0; k < profile.cues.size(); ++k)
      if (k < profile.framed.size() && profile.framed[k]) {
        sp.rebutted += 1;
        break;
      }
    if (coverage >= kCloseCoverage) {
      auto feature = [&](const char* name) {
        for (const auto& [k, v] : e.features)
          if (k == name) return v;
        return 0.0;
      };
      sp.close += 1;
      sp.hedged += !profile.hedge_word.empty();
      sp.attributed += profile.attributed;
      bool neg = false, frame = false;
      for (size_t k = 0; k < profile.cues.size(); ++k)
        (k < profile.framed.size() && profile.framed[k] ? frame : neg) = true;
      sp.negated += neg;
      sp.framed += frame;
      sp.p_supports = std::max(sp.p_supports, feature("p_supports"));
      sp.p_contradicts = std::max(sp.p_contradicts, feature("p_contradicts"));
      double opp = 0;
      for (const char* f : {"clash", "effect", "null", "baseline", "outcome", "antonym", "order"})
        opp = std::max(opp, feature(f));
      sp.opposition = std::max(sp.opposition, opp);
      sp.direction = std::max(sp.direction, feature("direction") + feature("predicate"));
    }
    StatementStance s;
    s.statement = cache_->statements.at(id);
    s.coverage = Round3(coverage);
    s.why = e.why;
    if (e.type == "supports" || e.type == "contradicts") {
      s.stance = e.type;
      s.score = e.score;
    } else if (coverage >= options_.min_coverage) {
      s.stance = "discusses";
      s.score = Round3(coverage);
    } else {
      if (coverage > sp.closest_coverage) {
        sp.closest_coverage = coverage;
        sp.closest = id;
      }
      continue;
    }
    sp.listed = true;
    out.push_back(std::move(s));
  }
  // A source no single statement of which says enough of the claim, but whose statements
  // together say most of it, discusses it: its closest statement stands as the evidence.
  features_.clear();
  for (auto& [source, sp] : spread) {
    double shared = 0, total = 0;
    for (size_t i = 0; i < sp.best.size(); ++i) {
      shared += claim_profile.words[i].weight * sp.best[i];
      total += claim_profile.words[i].weight;
    }
    const double together = total > 0 ? shared / total : 0.0;
    const double n = std::max(sp.close, 1.0);
    features_[source] = {{"together", Round3(together)},
                         {"close", Round3(std::log1p(sp.close))},
                         {"hedged", Round3(sp.hedged / n)},
                         {"attributed", Round3(sp.attributed / n)},
                         {"negated", Round3(sp.negated / n)},
                         {"framed", Round3(sp.framed / n)},
                         {"p_supports", sp.p_supports},
                         {"p_contradicts", sp.p_contradicts},
                         {"opposition", Round3(sp.opposition)},
                         {"direction", Round3(sp.direction)},
                         {"rebutted", Round3(sp.rebutted / std::max(sp.seen, 1.0))},
                         {"any_rebutted", sp.rebutted > 0 ? 1.0 : 0.0}};
    if (sp.listed || sp.closest.empty()) continue;
    if (together < options_.min_source_coverage) continue;
    StatementStance s;
    s.statement = cache_->statements.at(sp.closest);
    s.stance = "discusses";
    s.score = Round3(together);
    s.coverage = Round3(sp.closest_coverage);
    char why[96];
    std::snprintf(why, sizeof why, "its statements together cover %.2f of the claim; this one %.2f",
                  together, sp.closest_coverage);
    s.why = why;
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end(), Stronger);
  return out;
}

Result<ClaimStances> StanceJudge::BySource(const std::string& claim_text,
                                           std::vector<StatementStance> judged) {
  std::sort(judged.begin(), judged.end(), Stronger);
  std::map<std::string, std::vector<StatementStance>> by_source;
  std::set<std::pair<std::string, std::string>> seen;  // (statement id, stance): once each
  for (auto& s : judged)
    if (seen.emplace(s.statement.id, s.stance).second)
      by_source[s.statement.source].push_back(std::move(s));

  ClaimStances answer;
  answer.claim = claim_text;
  for (auto& [source_id, list] : by_source) {
    auto cit = cache_->sources.find(source_id);
    if (cit == cache_->sources.end()) {
      auto src = store_->GetSource(source_id);
      if (!src.ok()) return src.status().WithContext("judging a claim");
      cit = cache_->sources.emplace(source_id, std::move(*src)).first;
    }
    SourceStance ss;
    ss.source = cit->second;
    if (auto f = features_.find(source_id); f != features_.end()) ss.features = f->second;
    ss.source.copies.clear();
    std::vector<StatementStance> side[3];
    for (auto& s : list) {
      const int k = StanceRank(s.stance);
      // A statement both judged and known from the graph keeps its strongest reading only.
      if (std::any_of(side[k].begin(), side[k].end(),
                      [&](const StatementStance& x) { return x.statement.id == s.statement.id; }))
        continue;
      side[k].push_back(std::move(s));
    }
    const bool backs = !side[0].empty(), contests = !side[1].empty();
    ss.both_sides = backs && contests;
    // A source's headline states its thesis: where the headline takes a side, so does
    // the source. Otherwise its strongest statement decides.
    int headline = -1;
    for (int k = 0; k < 2; ++k)
      for (const auto& s : side[k])
        if (s.statement.kind == "headline" && headline < 0) headline = k;
    if (ss.both_sides && headline >= 0) {
      ss.stance = headline == 0 ? "supports" : "contradicts";
      ss.score = side[headline].front().score;
    } else if (backs && (!contests || side[0].front().score > side[1].front().score)) {
      ss.stance = "supports";
      ss.score = side[0].front().score;
    } else if (contests) {
      ss.stance = "contradicts";
      ss.score = side[1].front().score;
    } else {
      ss.stance = "discusses";
      ss.score = side[2].front().score;
    }
    for (int k = 0; k < 3; ++k) {
      if (k == 2 && (backs || contests)) break;  // a source that takes a side: its side suffices
      for (size_t i = 0; i < side[k].size() && i < options_.evidence; ++i)
        ss.evidence.push_back(std::move(side[k][i]));
    }
    answer.sources.push_back(std::move(ss));
  }
  SortAndCount(&answer);
  return answer;
}

bool StanceJudge::Relayed(const Statement& st) const {
  if (!st.speaker.empty()) return true;
  const StanceText t = StanceText::Read(st.text, analyzers_->terms, analyzers_->stance_cues);
  return std::any_of(t.sentences.begin(), t.sentences.end(), [](const StanceText::Sentence& s) {
    // "That claim is false": the source's own rebuttal, not a report.
    return s.cues[kReport] > 0 && s.cues[kRefute] == 0;
  });
}

const StatementProfile& StanceJudge::CachedProfile(const Statement& st) {
  auto it = cache_->profiles.find(st.id);
  if (it == cache_->profiles.end())
    it = cache_->profiles.emplace(st.id, analyzers_->linker->Profile(st)).first;
  return it->second;
}

Result<const Source*> StanceJudge::CachedSource(const std::string& id) {
  auto it = cache_->sources.find(id);
  if (it == cache_->sources.end()) {
    auto src = store_->GetSource(id);
    if (!src.ok()) return src.status().WithContext("judging a claim");
    it = cache_->sources.emplace(id, std::move(*src)).first;
  }
  return &it->second;
}

void StanceJudge::SetModelReason(const StancePrediction& p, const std::vector<StancePush>& top,
                                 const StanceFeatures& f, const StanceText& article,
                                 const std::vector<Statement>& statements, SourceStance* ss) const {
  std::vector<std::string> shown, lead;
  for (const StatementStance& e : ss->evidence) shown.push_back(e.statement.text);
  // The opening sentences, as the model counts them (the first two).
  const uint32_t lead_end = article.sentences.size() > 2 ? article.sentences[2].start
                            : article.sentences.empty()  ? 0
                                                         : article.sentences.back().end;
  for (const Statement& st : statements)
    if (st.start < lead_end) lead.push_back(st.text);
  const StanceWords words = StanceWords::Of(shown, analyzers_->terms, analyzers_->stance_cues);
  const StanceWords lead_words = StanceWords::Of(lead, analyzers_->terms, analyzers_->stance_cues);
  const std::string why = StanceReason(p, top, f, words, lead_words);
  for (StatementStance& e : ss->evidence) e.why = why;
}

Result<ClaimStances> StanceJudge::AnswerWithModel(const std::string& claim_text) {
  const StanceModel& model = *options_.model;
  Cache& c = *cache_;
  if (!c.corpus_ready) {
    auto sources = store_->ListSources();
    if (!sources.ok()) return sources.status();
    for (Source& s : *sources) {
      auto text = store_->GetSourceText(s.id);
      if (!text.ok()) return text.status().WithContext("judging a claim");
      c.corpus.Add(s.id, StanceText::Read(*text, analyzers_->terms, analyzers_->stance_cues));
      c.sources.emplace(s.id, std::move(s));
    }
    c.corpus.Finish();
    c.corpus_ready = true;
  }
  const StanceText claim = StanceText::Read(claim_text, analyzers_->terms, analyzers_->stance_cues);
  const Linker& linker = *analyzers_->linker;
  Statement claim_statement;
  claim_statement.text = claim_text;  // id "": the claim is always side A
  claim_statement.end = static_cast<uint32_t>(claim_text.size());
  const StatementProfile claim_profile = linker.Profile(claim_statement);
  ClaimStances answer;
  answer.claim = claim_text;
  features_.clear();
  for (const auto& [index, share] : c.corpus.Candidates(claim, model.min_cover())) {
    const std::string& id = c.corpus.id(index);
    const StanceText& article = c.corpus.text(index);
    StanceFeatures f = ComputeStanceFeatures(claim, article, c.corpus.idf(), false);
    if (model.Related(f) < 0.5) continue;  // as Predict decides, without the near words
    AddNearWords(claim, article, &f);
    const StancePrediction p = model.Predict(f);
    if (p.stance == "unrelated") continue;
    auto src = CachedSource(id);
    if (!src.ok()) return src.status();
    SourceStance ss;
    ss.source = **src;
    ss.source.copies.clear();
    ss.stance = p.stance;
    ss.score = Round3(p.score);
    const auto& names = StanceFeatureNames();
    for (size_t i = 0; i < names.size(); ++i)
      ss.features.emplace_back(names[i], Round3(f.values[i]));
    ss.features.emplace_back("p_related", Round3(p.related));
    ss.features.emplace_back("p_supports", Round3(p.supports));
    ss.features.emplace_back("p_contradicts", Round3(p.contradicts));
    ss.features.emplace_back("p_discusses", Round3(p.discusses));
    // Evidence: the stored statements of the sentences closest to the claim.
    auto sit = c.statements_of.find(id);
    if (sit == c.statements_of.end()) {
      auto list = store_->StatementsOf(id);
      if (!list.ok()) return list.status().WithContext("judging a claim");
      sit = c.statements_of.emplace(id, std::move(*list)).first;
    }
    std::set<std::string> used;
    std::vector<StatementStance> linked;  // the linker's verdicts on those statements
    for (size_t k = 0; k < f.best.size() && ss.evidence.size() < options_.evidence; ++k) {
      const auto& sentence = article.sentences[f.best[k]];
      for (const Statement& st : sit->second) {
        if (st.end <= sentence.start || st.start >= sentence.end) continue;
        if (options_.excluded.count(st.id) || !used.insert(st.id).second) continue;
        StatementStance e;
        e.statement = st;
        e.stance = p.stance;
        e.score = ss.score;
        e.coverage = Round3(f.cover[k]);
        e.relayed = Relayed(st);
        const Edge verdict = linker.Compare(claim_profile, CachedProfile(st));
        if (verdict.type == "supports" || verdict.type == "contradicts") {
          StatementStance l = e;
          l.stance = verdict.type;
          l.score = verdict.score;
          l.why = "linker: " + verdict.why;
          linked.push_back(std::move(l));
        }
        ss.evidence.push_back(std::move(e));
        break;
      }
    }
    SetModelReason(p, model.Explain(f, p.stance, 4), f, article, sit->second, &ss);
    std::sort(linked.begin(), linked.end(), Stronger);
    // The headline states the source's thesis: the linker judges it too, and a verdict on
    // it comes first and decides, as in BySource.
    for (const Statement& st : sit->second) {
      // Only a titled source has a headline that states its thesis; an untitled text's
      // first line is read as a headline, but it is only where the text begins.
      if (ss.source.title.empty()) break;
      if (st.kind != "headline" || options_.excluded.count(st.id)) continue;
      const Edge verdict = linker.Compare(claim_profile, CachedProfile(st));
      std::erase_if(linked, [&](const StatementStance& l) { return l.statement.id == st.id; });
      std::erase_if(ss.evidence, [&](const StatementStance& e) { return e.statement.id == st.id; });
      if (verdict.type != "supports" && verdict.type != "contradicts") break;
      StatementStance l;
      l.statement = st;
      l.stance = verdict.type;
      l.score = verdict.score;
      l.why = "linker, on the headline: " + verdict.why;
      l.relayed = Relayed(st);
      linked.insert(linked.begin(), std::move(l));
      break;
    }
    CombineVerdicts(&ss, linked, options_.linker_override);
    MarkRelays(&ss);
    answer.sources.push_back(std::move(ss));
  }
  SortAndCount(&answer);
  return answer;
}

Result<ClaimStances> StanceJudge::Answer(const std::string& claim_text) {
  if (options_.model && !options_.model->empty()) return AnswerWithModel(claim_text);
  auto judged = JudgeStatements(claim_text);
  if (!judged.ok()) return judged.status();
  return BySource(claim_text, std::move(*judged));
}

Result<ClaimStances> StanceJudge::Answer(const std::string& claim_text,
                                         std::vector<StatementStance> known) {
  if (!options_.model || options_.model->empty()) {
    auto judged = JudgeStatements(claim_text);
    if (!judged.ok()) return judged.status();
    known.insert(known.end(), judged->begin(), judged->end());
    return BySource(claim_text, std::move(known));
  }
  auto answer = AnswerWithModel(claim_text);
  if (!answer.ok()) return answer.status();
  std::sort(known.begin(), known.end(), Stronger);
  std::map<std::string, std::vector<StatementStance>> by_source;
  for (auto& k : known) by_source[k.statement.source].push_back(std::move(k));
  for (auto& [source_id, list] : by_source) {
    auto it =
        std::find_if(answer->sources.begin(), answer->sources.end(),
                     // clang 14 (the fuzz build) captures no structured binding.
                     [&id = source_id](const SourceStance& ss) { return ss.source.id == id; });
    if (it == answer->sources.end()) {
      auto src = CachedSource(source_id);
      if (!src.ok()) return src.status();
      SourceStance ss;
      ss.source = **src;
      ss.source.copies.clear();
      ss.stance = list.front().stance;
      ss.score = list.front().score;
      answer->sources.push_back(std::move(ss));
      it = answer->sources.end() - 1;
    }
    // A member statement: the source asserts the claim.
    const bool member = std::any_of(list.begin(), list.end(), [](const StatementStance& s) {
      return s.stance == "supports" && s.score >= 1.0 && !s.claim_id.empty();
    });
    if (member && it->stance != "supports") {
      it->both_sides = it->stance == "contradicts";
      it->stance = "supports";
      it->score = 1.0;
    }
    std::vector<StatementStance> evidence;
    for (auto& s : list)
      if (evidence.size() < options_.evidence) evidence.push_back(std::move(s));
    for (auto& e : it->evidence)
      if (std::none_of(evidence.begin(), evidence.end(),
                       [&](const StatementStance& x) { return x.statement.id == e.statement.id; }))
        evidence.push_back(std::move(e));
    it->evidence = std::move(evidence);
  }
  SortAndCount(&*answer);
  return answer;
}

Json ToJson(const ClaimStances& answer, size_t limit, bool features) {
  Json j;
  j["claim"] = answer.claim;
  j["supporting"] = answer.supporting;
  j["contradicting"] = answer.contradicting;
  j["discussing"] = answer.discussing;
  j["relaying"] = answer.relaying;
  j["both_sides"] = answer.both_sides;
  Json arr = Json::array();
  for (const SourceStance& ss : answer.sources) {
    if (limit && arr.size() >= limit) break;
    Json s;
    s["id"] = ss.source.id;
    s["stance"] = ss.stance;
    s["score"] = ss.score;
    s["both_sides"] = ss.both_sides;
    s["relays"] = ss.relays;
    s["title"] = ss.source.title;
    s["file"] = ss.source.file;
    if (!ss.source.outlet.empty()) s["outlet"] = ss.source.outlet;
    if (!ss.source.published.empty()) s["published"] = ss.source.published;
    if (!ss.copy_of.empty()) s["copy_of"] = ss.copy_of;
    if (!ss.copies.empty()) s["copies"] = ss.copies;
    if (features) {
      Json f = Json::object();
      for (const auto& [k, v] : ss.features) f[k] = v;
      s["features"] = std::move(f);
    }
    Json ev = Json::array();
    for (const StatementStance& st : ss.evidence) {
      Json e;
      e["statement"] = st.statement.id;
      e["stance"] = st.stance;
      e["score"] = st.score;
      e["coverage"] = st.coverage;
      e["start"] = st.statement.start;
      e["end"] = st.statement.end;
      e["text"] = st.statement.text;
      e["why"] = st.why;
      if (!st.claim_id.empty()) e["claim"] = st.claim_id;
      ev.push_back(std::move(e));
    }
    s["evidence"] = std::move(ev);
    arr.push_back(std::move(s));
  }
  j["sources"] = std::move(arr);
  return j;
}

}  // namespace cg

// Chains the stages and hands each article to storage in one write batch.
#include "ingest/pipeline.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <future>
#include <map>
#include <set>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "core/text.h"
#include "ingest/normalize.h"

namespace cg {

Result<std::unique_ptr<Analyzers>> Analyzers::Create(const AnalyzerConfig& config) {
  auto a = std::make_unique<Analyzers>();
  a->config = config;
  for (const auto& g : config.gazetteers) CG_RETURN_IF_ERROR(a->gazetteer.AddFile(g));
  for (const auto& [file, tsv] : config.gazetteer_texts)
    CG_RETURN_IF_ERROR(a->gazetteer.AddTsv(tsv, file));
  CG_RETURN_IF_ERROR(a->words.Load(config.wordnet_dir, config.data_dir, config.iso_codes_dir));
  auto bp = BoilerplateFilter::Create();
  if (!bp.ok()) return bp.status();
  a->boilerplate = std::make_unique<BoilerplateFilter>(std::move(*bp));
  auto er = EntityRecognizer::Create(&a->gazetteer, &a->words);
  if (!er.ok()) return er.status();
  a->entities = std::make_unique<EntityRecognizer>(std::move(*er));
  auto se = StatementExtractor::Create(&a->words);
  if (!se.ok()) return se.status();
  a->statements = std::make_unique<StatementExtractor>(std::move(*se));
  auto wn = WordNet::Load(config.wordnet_dir);
  if (!wn.ok()) return wn.status();
  a->wordnet = std::move(*wn);
  LinkerData link_data;
  link_data.lexicon_origin = config.data_dir + "/stance_lexicon.tsv";
  link_data.weights_origin = config.data_dir + "/link_weights.tsv";
  auto lexicon = ReadAll(link_data.lexicon_origin);
  if (!lexicon.ok()) return lexicon.status();
  auto weights = ReadAll(link_data.weights_origin);
  if (!weights.ok()) return weights.status();
  link_data.lexicon = std::move(*lexicon);
  link_data.weights = std::move(*weights);
  auto linker = Linker::Create(link_data, &a->wordnet, &a->terms);
  if (!linker.ok()) return linker.status();
  a->linker = std::make_unique<Linker>(std::move(*linker));
  auto cues = StanceCues::Load(config.data_dir + "/stance_cues.tsv", a->terms);
  if (!cues.ok()) return cues.status();
  a->stance_cues = std::move(*cues);
  const std::string model_path = config.data_dir + "/stance_model.tsv";
  std::error_code ec;
  if (std::filesystem::exists(model_path, ec)) {
    auto model = StanceModel::Load(model_path);
    if (!model.ok()) return model.status();
    a->stance_model = std::move(*model);
  }
  return a;
}

Result<ArticleRecord> AnalyzeArticle(const RawArticle& raw, const Analyzers& an,
                                     StatementProfiles* profiles, ArticleCounts* counts) {
  ArticleCounts local_counts;
  ArticleCounts& count = counts ? *counts : local_counts;
  const ArticleCaps& caps = an.config.caps;
  if (auto bad = CheckArticleText(raw.text); !bad.empty()) return Status::InvalidArgument(bad);
  if (raw.text.size() > 0xFFFFFFF0u) return Status::InvalidArgument("article is larger than 4 GiB");
  ArticleRecord rec;
  rec.text = raw.text;
  const NormalizedText norm = Normalize(raw.text);
  const std::vector<Block> blocks = an.boilerplate->Classify(norm.text, /*has_title=*/true);
  std::vector<Sentence> sentences = SegmentSentences(norm.text, blocks, an.segment);
  count.sentences = sentences.size();
  if (sentences.size() > caps.max_sentences) {
    count.sentences_cut = sentences.size() - caps.max_sentences;
    sentences.resize(caps.max_sentences);
  }
  const std::vector<FoundMention> found = an.entities->Recognize(norm.text, blocks, sentences);

  Source& src = rec.source;
  src.id = raw.id;
  src.file = raw.file;
  src.format = raw.format;
  src.title = raw.title;
  src.outlet = raw.outlet;
  src.author = raw.author;
  src.url = raw.url;
  src.published = raw.published;
  for (const Block& b : blocks) {
    if (b.kind != BlockKind::kTitle) continue;
    const std::string line = norm.text.substr(b.start, b.end - b.start);
    const size_t bar = line.rfind(" | ");
    if (src.title.empty()) src.title = line.substr(0, bar);
    if (src.outlet.empty() && bar != std::string::npos) src.outlet = line.substr(bar + 3);
    break;
  }
  src.content_hash = Sha256Hex(raw.text);
  src.text_bytes = raw.text.size();

  std::map<std::string, Entity> entities;
  for (const FoundMention& f : found) {
    Mention m;
    m.entity = f.entity_id;
    m.source = src.id;
    m.start = norm.OriginalStart(f.start);
    m.end = norm.OriginalEnd(f.end);
    m.text = raw.text.substr(m.start, m.end - m.start);
    m.method = f.method;
    m.why = f.why;
    if (f.cites != std::string::npos)
      m.why += " at byte " + std::to_string(norm.OriginalStart(f.cites));
    rec.mentions.push_back(std::move(m));
    if (entities.count(f.entity_id)) continue;
    Entity e;
    e.id = f.entity_id;
    e.name = f.name;
    e.type = f.type;
    e.origin = f.discovered ? "discovered" : "gazetteer";
    if (const int g = an.gazetteer.Find(f.name); g >= 0 && !f.discovered)
      for (std::string alias : an.gazetteer.entries()[g].aliases) {
        if (!alias.empty() && alias[0] == '~') alias.erase(0, 1);
        e.aliases.push_back(alias);
      }
    if (const auto it = an.words.synonyms.find(ToLower(f.name));
        it != an.words.synonyms.end() && f.discovered)
      e.aliases = it->second;
    entities.emplace(e.id, std::move(e));
  }

  size_t mi = 0;
  for (const Sentence& s : sentences) {
    while (mi < found.size() && found[mi].start < s.start) ++mi;
    std::vector<FoundMention> inside;
    for (size_t k = mi; k < found.size() && found[k].start < s.end; ++k)
      if (found[k].end <= s.end) inside.push_back(found[k]);
    auto ex = an.statements->Extract(norm.text, s, inside);
    if (!ex) continue;
    ++count.statements;
    if (rec.statements.size() >= caps.max_statements) {
      ++count.statements_cut;
      continue;
    }
    Statement st;
    st.source = src.id;
    st.start = norm.OriginalStart(ex->start);
    st.end = norm.OriginalEnd(ex->end);
    st.id = MakeStatementId(src.id, st.start);
    st.text = raw.text.substr(st.start, st.end - st.start);
    st.kind = ex->kind;
    st.checkworthiness = ex->checkworthiness;
    st.hedged = ex->hedged;
    st.speaker = ex->speaker;
    st.attribution_cue = ex->cue;
    std::set<std::string> ids;
    for (const auto& m : inside) ids.insert(m.entity_id);
    st.entities.assign(ids.begin(), ids.end());
    std::map<std::string, uint32_t> tf;
    for (auto& t : an.terms.Terms(norm.text.substr(ex->start, ex->end - ex->start))) {
      ++tf[t];
      ++st.term_count;
    }
    for (const auto& [term, n] : tf)
      rec.postings[term].push_back(keys::Posting{st.start, n, st.term_count});
    if (an.linker) {
      StatementProfile profile = an.linker->Profile(st);
      if (profiles) (*profiles)[st.start] = std::move(profile);
    }
    src.term_count += st.term_count;
    rec.statements.push_back(std::move(st));
  }
  src.statement_count = static_cast<uint32_t>(rec.statements.size());
  for (auto& [id, e] : entities) {
    src.entity_ids.push_back(id);
    rec.entities.push_back(std::move(e));
  }
  std::string derived;
  for (const auto& st : rec.statements) derived += ToJson(st).dump() + "\n";
  for (const auto& m : rec.mentions) derived += ToJson(m).dump() + "\n";
  for (const auto& e : rec.entities) derived += ToJson(e).dump() + "\n";
  for (const auto& [term, list] : rec.postings) derived += term + "\n" + keys::EncodePostings(list);
  src.derived_hash = Sha256Hex(derived);
  return rec;
}

Result<std::vector<Edge>> LinkArticle(const ArticleRecord& rec, const Store& store,
                                      const Analyzers& an, ProfileCache* cache,
                                      StatementProfiles* analyzed, ArticleCounts* counts,
                                      const std::set<std::string>* linkable) {
  const Linker& linker = *an.linker;
  const ArticleCaps& caps = an.config.caps;
  ArticleCounts local_counts;
  ArticleCounts& count = counts ? *counts : local_counts;
  const size_t min_shared = linker.options().min_shared_terms;
  // other statement id -> own statement start -> index terms shared. Pairs are judged in
  // sorted order and edges sorted at the end, so neither depends on hash order.
  std::unordered_map<std::string, std::unordered_map<uint32_t, size_t>> shared;
  for (const auto& [term, own] : rec.postings) {
    if (linker.IsFrequentTerm(term)) continue;
    auto stored = store.PostingsOf(term);
    if (!stored.ok()) return stored.status();
    for (const auto& [source_id, list] : *stored) {
      if (source_id == rec.source.id || (linkable && !linkable->count(source_id))) continue;
      if (own.size() > caps.max_term_statements) {
        count.pairs_cut += own.size() * list.size();
        continue;
      }
      for (const keys::Posting& theirs : list) {
        auto& per_own = shared[MakeStatementId(source_id, theirs.statement_start)];
        for (const keys::Posting& mine : own) ++per_own[mine.statement_start];
      }
    }
  }
  StatementProfiles computed;
  StatementProfiles& own_profiles = analyzed ? *analyzed : computed;
  for (const Statement& st : rec.statements)
    if (!own_profiles.count(st.start)) own_profiles.emplace(st.start, linker.Profile(st));
  // Each statement carries its article's key terms: two statements of different stories
  // are never linked (Linker::Context).
  const std::vector<std::string> own_context = linker.Context(rec.text);
  for (auto& [start, profile] : own_profiles) profile.context = own_context;
  std::map<std::string, std::vector<std::string>> contexts;  // stored source -> key terms
  auto context_of = [&](const std::string& source_id) -> Result<std::vector<std::string>> {
    auto it = contexts.find(source_id);
    if (it == contexts.end()) {
      auto text = store.GetSourceText(source_id);
      if (!text.ok()) return text.status();
      it = contexts.emplace(source_id, linker.Context(*text)).first;
    }
    return it->second;
  };
  ProfileCache local;
  ProfileCache& other_profiles = cache ? *cache : local;
  if (cache) {  // the article's old statements, if it was stored before
    const std::string prefix = rec.source.id + "@";
    auto it = cache->lower_bound(prefix);
    while (it != cache->end() && it->first.starts_with(prefix)) it = cache->erase(it);
  }
  size_t budget = caps.max_pairs;
  std::vector<Edge> edges;
  if (linker.options().link_within_source) {
    // The article's own statements against each other, retrieved the same way. A term of
    // more than max_term_statements statements retrieves none: its pairs grow as the
    // square of its statements. Shared terms are counted statement by statement in a
    // flat array (no map of pairs), so the cost is that of the pairs' terms.
    std::vector<uint32_t> starts;  // statement index -> start
    for (const Statement& st : rec.statements) starts.push_back(st.start);
    auto index_of = [&starts](uint32_t start) {
      return static_cast<uint32_t>(std::lower_bound(starts.begin(), starts.end(), start) -
                                   starts.begin());
    };
    std::vector<std::vector<uint32_t>> terms_of(starts.size());  // statement -> term lists
    std::vector<std::vector<uint32_t>> lists;                    // term -> statement indexes
    for (const auto& [term, own] : rec.postings) {
      if (linker.IsFrequentTerm(term) || own.size() < 2) continue;
      if (own.size() > caps.max_term_statements) {
        count.pairs_cut += own.size() * (own.size() - 1) / 2;
        continue;
      }
      std::vector<uint32_t> list;
      for (const keys::Posting& p : own) {
        const uint32_t k = index_of(p.statement_start);
        if (k < starts.size() && starts[k] == p.statement_start) list.push_back(k);
      }
      std::sort(list.begin(), list.end());
      list.erase(std::unique(list.begin(), list.end()), list.end());
      for (const uint32_t k : list) terms_of[k].push_back(static_cast<uint32_t>(lists.size()));
      lists.push_back(std::move(list));
    }
    std::vector<uint64_t> pairs;
    std::vector<uint32_t> shared_count(starts.size(), 0), touched;
    for (uint32_t i = 0; i < starts.size(); ++i) {
      for (const uint32_t t : terms_of[i]) {
        const auto& list = lists[t];
        for (auto j = std::upper_bound(list.begin(), list.end(), i); j != list.end(); ++j)
          if (shared_count[*j]++ == 0) touched.push_back(*j);
      }
      std::sort(touched.begin(), touched.end());
      for (const uint32_t j : touched) {
        if (shared_count[j] >= min_shared)
          pairs.push_back(static_cast<uint64_t>(starts[i]) << 32 | starts[j]);
        shared_count[j] = 0;
      }
      touched.clear();
    }
    std::sort(pairs.begin(), pairs.end());
    for (const uint64_t pair : pairs) {
      auto x = own_profiles.find(static_cast<uint32_t>(pair >> 32));
      auto y = own_profiles.find(static_cast<uint32_t>(pair & 0xFFFFFFFFu));
      if (x == own_profiles.end() || y == own_profiles.end()) continue;
      if (budget == 0) {
        ++count.pairs_cut;
        continue;
      }
      --budget;
      ++count.pairs;
      if (auto e = linker.Link(x->second, y->second)) edges.push_back(std::move(*e));
    }
  }
  std::vector<std::pair<std::string, uint32_t>> candidates;  // (other statement, own start)
  for (const auto& [other, per_own] : shared)
    for (const auto& [start, n] : per_own)
      if (n >= min_shared) candidates.emplace_back(other, start);
  std::sort(candidates.begin(), candidates.end());
  auto it = other_profiles.end();
  const std::string* current = nullptr;
  for (const auto& [other, start] : candidates) {
    auto own = own_profiles.find(start);
    if (own == own_profiles.end()) continue;
    if (budget == 0) {
      ++count.pairs_cut;
      continue;
    }
    if (current == nullptr || *current != other) {
      current = &other;
      it = other_profiles.find(other);
      if (it == other_profiles.end()) {
        auto st = store.GetStatement(other);
        if (!st.ok()) return st.status().WithContext("linking " + rec.source.id);
        StatementProfile profile = linker.Profile(*st);
        auto context = context_of(st->source);
        if (!context.ok()) return context.status().WithContext("linking " + rec.source.id);
        profile.context = std::move(*context);
        it = other_profiles.emplace(other, std::move(profile)).first;
      }
    }
    --budget;
    ++count.pairs;
    if (auto e = linker.Link(own->second, it->second)) edges.push_back(std::move(*e));
  }
  std::sort(edges.begin(), edges.end(), [](const Edge& x, const Edge& y) {
    return std::tie(x.from, x.to) < std::tie(y.from, y.to);
  });
  if (cache)
    for (auto& [start, profile] : own_profiles)
      cache->emplace(MakeStatementId(rec.source.id, start), std::move(profile));
  return edges;
}

namespace {

using Clock = std::chrono::steady_clock;
double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

// Links the article against the graph unless the store already holds it unchanged.
Status LinkIfChanged(ArticleRecord* rec, const Store& store, const Analyzers& an, bool force,
                     ProfileCache* cache, StatementProfiles* own, ArticleCounts* counts = nullptr,
                     const std::set<std::string>* linkable = nullptr) {
  if (!force) {
    auto old = store.GetSource(rec->source.id);
    if (old.ok() && old->content_hash == rec->source.content_hash &&
        old->derived_hash == rec->source.derived_hash)
      return Status::OK();
  }
  auto edges = LinkArticle(*rec, store, an, cache, own, counts, linkable);
  if (!edges.ok()) return edges.status();
  rec->edges = std::move(*edges);
  return Status::OK();
}

Status StoreOne(const ArticleRecord& rec, Store* store, IngestReport* report,
                PutMode mode = PutMode::kSkipUnchanged) {
  auto outcome = store->PutArticle(rec, mode);
  if (!outcome.ok()) return outcome.status();
  switch (*outcome) {
    case PutOutcome::kAdded:
      ++report->added;
      break;
    case PutOutcome::kReplaced:
      ++report->replaced;
      break;
    case PutOutcome::kUnchanged:
      ++report->unchanged;
      break;
  }
  report->statements += rec.statements.size();
  report->mentions += rec.mentions.size();
  report->edges += rec.edges.size();
  return Status::OK();
}

// Counts what the caps left out of an article and says so once per article.
void NoteCaps(const std::string& file, const ArticleCounts& c, const ArticleCaps& caps,
              IngestReport* report) {
  if (!c.Capped()) return;
  report->sentences_cut += c.sentences_cut;
  report->statements_cut += c.statements_cut;
  report->pairs_cut += c.pairs_cut;
  std::vector<std::string> parts;
  if (c.sentences_cut)
    parts.push_back(std::to_string(c.sentences_cut) + " of " + std::to_string(c.sentences) +
                    " sentences not analysed (cap " + std::to_string(caps.max_sentences) + ")");
  if (c.statements_cut)
    parts.push_back(std::to_string(c.statements_cut) + " of " + std::to_string(c.statements) +
                    " statements left out (cap " + std::to_string(caps.max_statements) + ")");
  if (c.pairs_cut)
    parts.push_back(std::to_string(c.pairs_cut) + " candidate pairs not judged (cap " +
                    std::to_string(caps.max_pairs) + " pairs, " +
                    std::to_string(caps.max_term_statements) + " statements a term)");
  report->capped.push_back({file, 0, "stored, but " + Join(parts, "; ")});
}

}  // namespace

Result<IngestReport> IngestPaths(
    const std::vector<std::string>& paths, Store* store, const Analyzers& analyzers,
    const std::function<void(size_t, size_t, const std::string&)>& progress,
    const IngestOptions& options) {
  IngestReport report;
  ReadResult read = ReadInputs(paths, options.read);
  report.skipped = std::move(read.skipped);
  report.ignored_files = read.ignored_files;
  // Each id once per run: a later article with a used id is skipped.
  std::vector<bool> fresh(read.articles.size());
  std::vector<std::string> used_by(read.articles.size());
  {
    std::unordered_map<std::string, std::string> first_file;  // id -> file, within this run
    for (size_t i = 0; i < read.articles.size(); ++i) {
      auto [it, first] = first_file.emplace(read.articles[i].id, read.articles[i].file);
      fresh[i] = first;
      used_by[i] = it->second;
    }
  }
  struct Analyzed {
    Result<ArticleRecord> rec = Status::InvalidArgument("not analysed");
    StatementProfiles own;
    ArticleCounts counts;
    double seconds = 0;
  };
  auto analyze = [&read](size_t i, const Analyzers& an) {
    Analyzed out;
    const auto t0 = Clock::now();
    out.rec = AnalyzeArticle(read.articles[i], an, &out.own, &out.counts);
    out.seconds = Seconds(t0, Clock::now());
    return out;
  };
  // The second thread's analyzers; without them every article is analysed here.
  std::unique_ptr<Analyzers> second;
  if (read.articles.size() >= 64 && std::thread::hardware_concurrency() >= 2) {
    auto made = Analyzers::Create(analyzers.config);
    if (made.ok()) second = std::move(*made);
  }
  auto next_fresh = [&](size_t i) {
    while (i < fresh.size() && !fresh[i]) ++i;
    return i;
  };
  std::future<Analyzed> pending;  // the article at `pending_index`, being analysed
  size_t pending_index = read.articles.size();
  auto launch = [&](size_t i) {
    pending_index = next_fresh(i);
    if (second && pending_index < read.articles.size())
      pending = std::async(std::launch::async, analyze, pending_index, std::cref(*second));
  };
  launch(0);
  ProfileCache profiles;
  for (size_t i = 0; i < read.articles.size(); ++i) {
    const RawArticle& a = read.articles[i];
    if (!fresh[i]) {
      report.skipped.push_back({a.file, 0,
                                "source id '" + a.id + "' is already used by " + used_by[i] +
                                    " in this run (give one of them an id in a sidecar)"});
    } else {
      Analyzed done = second && pending_index == i ? pending.get() : analyze(i, analyzers);
      if (second) launch(i + 1);
      report.analyze_seconds += done.seconds;
      ArticleTiming timing;
      timing.file = a.file;
      timing.id = a.id;
      timing.bytes = a.text.size();
      timing.analyze_seconds = done.seconds;
      const auto t1 = Clock::now();
      if (!done.rec.ok()) {
        report.skipped.push_back({a.file, 0, done.rec.status().message()});
      } else {
        ArticleRecord& rec = *done.rec;
        CG_RETURN_IF_ERROR(
            LinkIfChanged(&rec, *store, analyzers, false, &profiles, &done.own, &done.counts)
                .WithContext(a.file));
        const auto t2 = Clock::now();
        timing.link_seconds = Seconds(t1, t2);
        report.link_seconds += timing.link_seconds;
        Status stored = StoreOne(rec, store, &report);
        // An article the store refuses (its id, say) is skipped; the store failing ends
        // the run.
        if (stored.code() == Status::Code::kInvalidArgument)
          report.skipped.push_back({a.file, 0, stored.message()});
        else
          CG_RETURN_IF_ERROR(stored.WithContext(a.file));
        timing.store_seconds = Seconds(t2, Clock::now());
        report.store_seconds += timing.store_seconds;
        if (stored.ok()) NoteCaps(a.file, done.counts, analyzers.config.caps, &report);
      }
      timing.counts = done.counts;
      if (options.on_timing) options.on_timing(timing);
    }
    if (progress) progress(i + 1, read.articles.size(), a.file);
  }
  return report;
}

Result<IngestReport> Reindex(Store* store, const Analyzers& analyzers) {
  IngestReport report;
  ProfileCache profiles;
  std::set<std::string> rewritten;  // entity ids written in this run
  std::set<std::string> linked;     // sources rewritten in this run
  auto sources = store->ListSources();
  if (!sources.ok()) return sources.status();
  for (const Source& s : *sources) {
    auto text = store->GetSourceText(s.id);
    if (!text.ok()) return text.status();
    RawArticle a;
    a.id = s.id;
    a.file = s.file;
    a.format = s.format;
    a.text = std::move(*text);
    a.title = s.title;
    a.outlet = s.outlet;
    a.author = s.author;
    a.url = s.url;
    a.published = s.published;
    StatementProfiles own;
    auto rec = AnalyzeArticle(a, analyzers, &own);
    if (!rec.ok()) {
      report.skipped.push_back({s.file, 0, rec.status().message()});
      continue;
    }
    for (const Entity& e : rec->entities)  // the first write of an id replaces the old record
      if (rewritten.insert(e.id).second) rec->replace_entities.push_back(e.id);
    // Rewriting an article replaces every edge touching it, so a pair with a source not yet
    // rewritten is judged when that source is (against this one's new statements): each
    // pair once, as ingest judges it, instead of twice.
    CG_RETURN_IF_ERROR(
        LinkIfChanged(&*rec, *store, analyzers, true, &profiles, &own, nullptr, &linked)
            .WithContext(s.file));
    CG_RETURN_IF_ERROR(StoreOne(*rec, store, &report, PutMode::kRewrite).WithContext(s.file));
    linked.insert(s.id);
  }
  CG_RETURN_IF_ERROR(store->MarkCurrentSchema());
  return report;
}

}  // namespace cg

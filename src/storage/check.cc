// Store::Check: reads every record and verifies what schema/keys.md promises, the way
// SQLite's `PRAGMA integrity_check` and RocksDB's `ldb checkconsistency` do: each key
// decodes, each record points at stored sources and statements, each source's derived
// records are all there, both ends of every edge are stored, and the counts agree.
//
// It holds each source record and its statements' offsets in memory, so a check of
// 100,000 articles needs a few hundred MB; texts are read one at a time.
// Tested by tests/storage/store_test.cc (each invariant broken through TEST_RawPut).
#include <map>
#include <set>

#include "core/text.h"
#include "storage/store_internal.h"

namespace cg {
namespace {

struct SourceFacts {
  Source source;
  bool has_text = false;
  bool has_hash_key = false;
  bool has_terms_key = false;
  uint32_t statements = 0;
  uint64_t terms = 0;
  std::set<uint32_t> starts;           // its statements' offsets
  std::set<std::string> mentioned;     // entity ids with a mention in this source
  std::set<std::string> listed_terms;  // the terms of its 'S' key
};

// Splits "a 0x00 b" at the first NUL; false when there is none.
bool SplitAtNul(std::string_view key, std::string_view* a, std::string_view* rest) {
  const size_t z = key.find('\0');
  if (z == std::string_view::npos) return false;
  *a = key.substr(0, z);
  *rest = key.substr(z + 1);
  return true;
}

class Checker {
 public:
  Checker(const Store::Impl& impl, CheckReport* report) : impl_(impl), report_(report) {}

  Status Run() {
    CG_RETURN_IF_ERROR(CheckSchema());
    CG_RETURN_IF_ERROR(ReadSources());
    CG_RETURN_IF_ERROR(CheckTexts());
    CG_RETURN_IF_ERROR(CheckHashes());
    CG_RETURN_IF_ERROR(CheckStatements());
    CG_RETURN_IF_ERROR(CheckEntitiesAndMentions());
    CG_RETURN_IF_ERROR(CheckPostings());
    CG_RETURN_IF_ERROR(CheckEdges());
    CG_RETURN_IF_ERROR(CheckCorrections());
    CheckPerSource();
    return CheckStats();
  }

 private:
  void Problem(const std::string& what) {
    ++report_->problem_count;
    if (report_->problems.size() < report_->max_problems) report_->problems.push_back(what);
  }

  // The stored text of a source, or null; the last one read is kept (statements come in
  // source order, so each text is read once for them).
  const std::string* TextOf(std::string_view id) {
    if (text_id_ != id || !text_.has_value()) {
      text_id_ = std::string(id);
      auto t = impl_.Get(kTextCf, text_id_);
      text_ = t.ok() ? std::move(*t) : std::nullopt;
    }
    return text_.has_value() ? &*text_ : nullptr;
  }

  SourceFacts* Find(std::string_view id) {
    auto it = sources_.find(std::string(id));
    return it == sources_.end() ? nullptr : &it->second;
  }

  Status CheckSchema() {
    auto v = impl_.Get(kMetaCf, kSchemaKey);
    if (!v.ok()) return v.status();
    if (!v->has_value()) {
      Problem("meta: no schema_version");
      return Status::OK();
    }
    auto parsed = ParseSchemaVersion(**v);
    if (!parsed.ok())
      Problem("meta: schema_version '" + TerminalSafe(**v) + "' is not a number");
    else if (*parsed != keys::kSchemaVersion)
      Problem("meta: schema version " + std::to_string(*parsed) + ", this claimgraph reads " +
              std::to_string(keys::kSchemaVersion));
    return Status::OK();
  }

  Status ReadSources() {
    return impl_.Scan(kSourcesCf, "", [&](std::string_view k, std::string_view v) {
      auto s = DecodeSource(v);
      if (!s.ok()) {
        Problem("source " + TerminalSafe(k) + ": record does not decode: " + s.status().message());
        return true;
      }
      if (s->id != k)
        Problem("source " + TerminalSafe(k) + ": record names id " + TerminalSafe(s->id));
      ++report_->sources;
      sources_[std::string(k)].source = std::move(*s);
      return true;
    });
  }

  Status CheckTexts() {
    return impl_.Scan(kTextCf, "", [&](std::string_view k, std::string_view v) {
      SourceFacts* f = Find(k);
      if (f == nullptr) {
        Problem("source_text " + TerminalSafe(k) + ": no such source");
        return true;
      }
      f->has_text = true;
      if (Sha256Hex(v) != f->source.content_hash)
        Problem("source " + TerminalSafe(k) + ": stored text does not match its content hash");
      if (v.size() != f->source.text_bytes)
        Problem("source " + TerminalSafe(k) + ": stored text is " + std::to_string(v.size()) +
                " bytes, the record says " + std::to_string(f->source.text_bytes));
      return true;
    });
  }

  Status CheckHashes() {
    return impl_.Scan(kHashesCf, "", [&](std::string_view k, std::string_view) {
      std::string_view hash, id;
      SourceFacts* f = SplitAtNul(k, &hash, &id) ? Find(id) : nullptr;
      if (f == nullptr)
        Problem("content_hashes " + TerminalSafe(k) + ": no such source");
      else if (f->source.content_hash != hash)
        Problem("content_hashes " + TerminalSafe(k) + ": the source's hash differs");
      else
        f->has_hash_key = true;
      return true;
    });
  }

  Status CheckStatements() {
    return impl_.Scan(kStatementsCf, "", [&](std::string_view k, std::string_view v) {
      std::string_view id, rest;
      if (!SplitAtNul(k, &id, &rest) || rest.size() != 4) {
        Problem("statements " + TerminalSafe(k) + ": key is not source id, 0x00, be32 offset");
        return true;
      }
      const uint32_t start = keys::GetBigEndian32(rest);
      const std::string where = "statement " + TerminalSafe(MakeStatementId(id, start));
      SourceFacts* f = Find(id);
      if (f == nullptr) {
        Problem(where + ": no such source");
        return true;
      }
      auto st = DecodeStatement(v);
      if (!st.ok()) {
        Problem(where + ": record does not decode: " + st.status().message());
        return true;
      }
      if (st->source != id || st->start != start || st->id != MakeStatementId(id, start))
        Problem(where + ": record names " + TerminalSafe(st->id));
      const std::string* text = TextOf(id);
      if (text != nullptr && (st->end < st->start || st->end > text->size() ||
                              text->compare(st->start, st->end - st->start, st->text) != 0))
        Problem(where + ": its text is not the bytes at its offsets");
      ++f->statements;
      f->terms += st->term_count;
      f->starts.insert(start);
      ++report_->statements;
      return true;
    });
  }

  Status CheckEntitiesAndMentions() {
    std::set<std::string> entities, mentioned;
    CG_RETURN_IF_ERROR(impl_.Scan(kEntitiesCf, "", [&](std::string_view k, std::string_view v) {
      auto e = DecodeEntity(v);
      if (!e.ok())
        Problem("entity " + TerminalSafe(k) + ": record does not decode: " + e.status().message());
      else if (e->id != k)
        Problem("entity " + TerminalSafe(k) + ": record names id " + TerminalSafe(e->id));
      entities.emplace(k);
      ++report_->entities;
      return true;
    }));
    CG_RETURN_IF_ERROR(impl_.Scan(kMentionsCf, "", [&](std::string_view k, std::string_view v) {
      std::string_view entity, rest, source, start;
      if (!SplitAtNul(k, &entity, &rest) || !SplitAtNul(rest, &source, &start) ||
          start.size() != 4) {
        Problem("mentions " + TerminalSafe(k) + ": key is not entity, source, offset");
        return true;
      }
      const std::string where =
          "mention of " + TerminalSafe(entity) + " in " + TerminalSafe(source);
      ++report_->mentions;
      mentioned.emplace(entity);
      if (!entities.count(std::string(entity))) Problem(where + ": no such entity");
      SourceFacts* f = Find(source);
      if (f == nullptr) {
        Problem(where + ": no such source");
        return true;
      }
      f->mentioned.emplace(entity);
      auto m = DecodeMention(v);
      if (!m.ok()) {
        Problem(where + ": record does not decode: " + m.status().message());
        return true;
      }
      const std::string* text = TextOf(source);
      if (m->start != keys::GetBigEndian32(start) ||
          (text != nullptr && (m->end < m->start || m->end > text->size() ||
                               text->compare(m->start, m->end - m->start, m->text) != 0)))
        Problem(where + " at " + std::to_string(keys::GetBigEndian32(start)) +
                ": its text is not the bytes at its offsets");
      return true;
    }));
    for (const std::string& e : entities)
      if (!mentioned.count(e)) Problem("entity " + TerminalSafe(e) + ": no source mentions it");
    return Status::OK();
  }

  Status CheckPostings() {
    std::set<std::pair<std::string, std::string>> term_keys;  // (term, source)
    CG_RETURN_IF_ERROR(impl_.Scan(kPostingsCf, "", [&](std::string_view k, std::string_view v) {
      if (!k.empty() && k[0] == keys::kSourceTermsPrefix) {
        const std::string id(k.substr(1));
        SourceFacts* f = Find(id);
        auto terms = keys::DecodeStrings(v);
        if (f == nullptr)
          Problem("terms of " + TerminalSafe(id) + ": no such source");
        else if (!terms.ok())
          Problem("terms of " + TerminalSafe(id) + ": do not decode");
        else {
          f->has_terms_key = true;
          f->listed_terms.insert(terms->begin(), terms->end());
        }
        return true;
      }
      std::string_view term, id;
      if (k.empty() || k[0] != keys::kTermPrefix || !SplitAtNul(k.substr(1), &term, &id)) {
        Problem("postings " + TerminalSafe(k) +
                ": key is neither 'T' term 0x00 source nor 'S' source");
        return true;
      }
      const std::string where = "postings of '" + TerminalSafe(term) + "' in " + TerminalSafe(id);
      ++report_->postings;
      term_keys.emplace(term, id);
      SourceFacts* f = Find(id);
      auto list = keys::DecodePostings(v);
      if (f == nullptr) {
        Problem(where + ": no such source");
      } else if (!list.ok()) {
        Problem(where + ": do not decode");
      } else {
        for (const keys::Posting& p : *list)
          if (!f->starts.count(p.statement_start)) {
            Problem(where + ": no statement at " + std::to_string(p.statement_start));
            break;
          }
      }
      return true;
    }));
    for (auto& [id, f] : sources_)
      for (const std::string& t : f.listed_terms)
        if (!term_keys.count({t, id}))
          Problem("source " + TerminalSafe(id) + ": lists term '" + TerminalSafe(t) +
                  "' but has no postings for it");
    for (const auto& [term, id] : term_keys) {
      SourceFacts* f = Find(id);
      if (f != nullptr && f->has_terms_key && !f->listed_terms.count(term))
        Problem("postings of '" + TerminalSafe(term) + "' in " + TerminalSafe(id) +
                ": the source's term list does not name it");
    }
    return Status::OK();
  }

  bool HasStatement(std::string_view id, uint32_t start) {
    SourceFacts* f = Find(id);
    return f != nullptr && f->starts.count(start) > 0;
  }

  // One stored key of an edge: the statement it is under, and the other end.
  void CheckEdgeKey(std::string_view k, std::string_view v) {
    std::string_view id, rest;
    if (!SplitAtNul(k, &id, &rest) || rest.size() < 6 || rest[4] != '\0') {
      Problem("edges " + TerminalSafe(k) + ": key is not source, offset, other statement");
      return;
    }
    const std::string here = MakeStatementId(id, keys::GetBigEndian32(rest.substr(0, 4)));
    const std::string other(rest.substr(5));
    const std::string where = "edge " + TerminalSafe(here) + " - " + TerminalSafe(other);
    std::string other_source;
    uint32_t other_start = 0;
    if (!ParseStatementId(other, &other_source, &other_start).ok()) {
      Problem(where + ": the other end is not a statement id");
      return;
    }
    if (!HasStatement(id, keys::GetBigEndian32(rest.substr(0, 4))))
      Problem(where + ": no statement " + TerminalSafe(here));
    if (!HasStatement(other_source, other_start))
      Problem(where + ": no statement " + TerminalSafe(other));
    auto e = DecodeEdge(v);
    if (!e.ok()) {
      Problem(where + ": record does not decode: " + e.status().message());
      return;
    }
    const bool ends = (e->from == here && e->to == other) || (e->from == other && e->to == here);
    if (!ends || !(e->from < e->to)) Problem(where + ": record joins " + e->from + " - " + e->to);
    auto mirror = impl_.Get(kEdgesCf, keys::EdgeKey(other_source, other_start, here));
    if (!mirror.ok() || !mirror->has_value())
      Problem(where + ": not stored under its other end");
    else if (**mirror != v)
      Problem(where + ": the two stored copies differ");
    if (here < other) ++report_->edges;
  }

  Status CheckEdges() {
    return impl_.Scan(kEdgesCf, "", [&](std::string_view k, std::string_view v) {
      CheckEdgeKey(k, v);
      return true;
    });
  }

  Status CheckCorrections() {
    if (impl_.cf[kCorrectionsCf] == nullptr) return Status::OK();
    return impl_.Scan(kCorrectionsCf, "", [&](std::string_view k, std::string_view v) {
      auto c = DecodeCorrection(v);
      if (!c.ok()) Problem("correction " + TerminalSafe(k) + ": does not decode");
      ++report_->corrections;
      return true;
    });
  }

  void CheckPerSource() {
    for (auto& [id, f] : sources_) {
      const std::string where = "source " + TerminalSafe(id);
      if (!f.has_text) Problem(where + ": no stored text");
      if (!f.has_hash_key) Problem(where + ": no content-hash key");
      if (!f.has_terms_key) Problem(where + ": no term list");
      if (f.statements != f.source.statement_count)
        Problem(where + ": " + std::to_string(f.statements) +
                " statements stored, the record says " + std::to_string(f.source.statement_count));
      if (f.terms != f.source.term_count)
        Problem(where + ": its statements hold " + std::to_string(f.terms) +
                " terms, the record says " + std::to_string(f.source.term_count));
      for (const std::string& e : f.source.entity_ids)
        if (!f.mentioned.count(e))
          Problem(where + ": lists entity " + TerminalSafe(e) + " but no mention of it");
      for (const std::string& e : f.mentioned)
        if (std::find(f.source.entity_ids.begin(), f.source.entity_ids.end(), e) ==
            f.source.entity_ids.end())
          Problem(where + ": mentions entity " + TerminalSafe(e) + " its record does not list");
      terms_ += f.source.term_count;
    }
  }

  Status CheckStats() {
    auto st = impl_.ReadStats();
    if (!st.ok()) {
      Problem("meta: stats record: " + st.status().message());
      return Status::OK();
    }
    auto compare = [&](const char* what, uint64_t said, uint64_t found) {
      if (said != found)
        Problem(std::string("meta: stats say ") + std::to_string(said) + " " + what + ", " +
                std::to_string(found) + " are stored");
    };
    compare("sources", st->sources, report_->sources);
    compare("statements", st->statements, report_->statements);
    compare("terms", st->terms, terms_);
    compare("edges", st->edges, report_->edges);
    if (st->mentions) compare("mentions", *st->mentions, report_->mentions);
    return Status::OK();
  }

  const Store::Impl& impl_;
  CheckReport* report_;
  std::map<std::string, SourceFacts> sources_;
  std::string text_id_;
  std::optional<std::string> text_;
  uint64_t terms_ = 0;
};

}  // namespace

Result<CheckReport> Store::Check(size_t max_problems) const {
  CheckReport report;
  report.max_problems = max_problems;
  Checker checker(*impl_, &report);
  CG_RETURN_IF_ERROR(checker.Run());
  return report;
}

namespace {

// The handle of column family `family` (a name of keys.md), or null.
rocksdb::ColumnFamilyHandle* FamilyNamed(const Store::Impl& impl, const std::string& family) {
  const auto it = std::find(kFamilies.begin(), kFamilies.end(), family);
  return it == kFamilies.end() ? nullptr : impl.cf[static_cast<size_t>(it - kFamilies.begin())];
}

}  // namespace

Status Store::TEST_RawPut(const std::string& family, std::string_view key, std::string_view value) {
  auto* h = FamilyNamed(*impl_, family);
  if (h == nullptr) return Status::InvalidArgument("no family " + family);
  return FromRocks(
      impl_->db->Put(rocksdb::WriteOptions(), h, rocksdb::Slice(key.data(), key.size()),
                     rocksdb::Slice(value.data(), value.size())),
      "TEST_RawPut");
}

Status Store::TEST_RawDelete(const std::string& family, std::string_view key) {
  auto* h = FamilyNamed(*impl_, family);
  if (h == nullptr) return Status::InvalidArgument("no family " + family);
  return FromRocks(
      impl_->db->Delete(rocksdb::WriteOptions(), h, rocksdb::Slice(key.data(), key.size())),
      "TEST_RawDelete");
}

}  // namespace cg

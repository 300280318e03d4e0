// JSON (de)serialisation of the graph's records. Tested by tests/model/model_test.cc.
#include "model/model.h"

#include <charconv>

namespace cg {
namespace {

Result<Json> Parse(std::string_view bytes, const char* what) {
  try {
    return Json::parse(bytes.begin(), bytes.end());
  } catch (const Json::parse_error& e) {
    return Status::Corruption(std::string(what) + " record does not parse at byte " +
                              std::to_string(e.byte) + ": " + e.what());
  }
}

template <typename Fn>
auto Guard(const char* what, Fn&& fn) -> decltype(fn()) {
  try {
    return fn();
  } catch (const Json::exception& e) {
    return Status::Corruption(std::string(what) + " record is malformed: " + e.what());
  }
}

std::vector<std::string> Strings(const Json& j, const char* key) {
  std::vector<std::string> out;
  if (j.contains(key))
    for (const auto& v : j.at(key)) out.push_back(v.get<std::string>());
  return out;
}

std::string Str(const Json& j, const char* key) {
  return j.contains(key) ? j.at(key).get<std::string>() : std::string();
}

}  // namespace

Json ToJson(const Source& s) {
  Json j;
  j["id"] = s.id;
  j["file"] = s.file;
  j["format"] = s.format;
  j["title"] = s.title;
  j["outlet"] = s.outlet;
  j["author"] = s.author;
  j["url"] = s.url;
  j["published"] = s.published;
  j["content_hash"] = s.content_hash;
  j["derived_hash"] = s.derived_hash;
  j["text_bytes"] = s.text_bytes;
  j["statement_count"] = s.statement_count;
  j["term_count"] = s.term_count;
  j["entities"] = s.entity_ids;
  if (!s.copies.empty()) j["copies"] = s.copies;
  return j;
}

Json ToJson(const Statement& s) {
  Json j;
  j["id"] = s.id;
  j["source"] = s.source;
  j["text"] = s.text;
  j["start"] = s.start;
  j["end"] = s.end;
  j["kind"] = s.kind;
  j["checkworthiness"] = s.checkworthiness;
  j["hedged"] = s.hedged;
  if (!s.speaker.empty()) {
    j["attribution"] = {{"speaker", s.speaker}, {"cue", s.attribution_cue}};
  }
  j["term_count"] = s.term_count;
  j["entities"] = s.entities;
  return j;
}

Json ToJson(const Entity& e) {
  Json j;
  j["id"] = e.id;
  j["name"] = e.name;
  j["type"] = e.type;
  j["origin"] = e.origin;
  j["aliases"] = e.aliases;
  return j;
}

Json ToJson(const Mention& m) {
  Json j;
  j["entity"] = m.entity;
  j["source"] = m.source;
  j["text"] = m.text;
  j["start"] = m.start;
  j["end"] = m.end;
  j["method"] = m.method;
  j["why"] = m.why;
  return j;
}

Result<Source> DecodeSource(std::string_view bytes) {
  auto j = Parse(bytes, "source");
  if (!j.ok()) return j.status();
  return Guard("source", [&]() -> Result<Source> {
    Source s;
    s.id = j->at("id").get<std::string>();
    s.file = Str(*j, "file");
    s.format = Str(*j, "format");
    s.title = Str(*j, "title");
    s.outlet = Str(*j, "outlet");
    s.author = Str(*j, "author");
    s.url = Str(*j, "url");
    s.published = Str(*j, "published");
    s.content_hash = j->at("content_hash").get<std::string>();
    s.derived_hash = Str(*j, "derived_hash");
    s.text_bytes = j->at("text_bytes").get<uint64_t>();
    s.statement_count = j->at("statement_count").get<uint32_t>();
    s.term_count = j->value("term_count", 0u);
    s.entity_ids = Strings(*j, "entities");
    return s;
  });
}

Result<Statement> DecodeStatement(std::string_view bytes) {
  auto j = Parse(bytes, "statement");
  if (!j.ok()) return j.status();
  return Guard("statement", [&]() -> Result<Statement> {
    Statement s;
    s.id = j->at("id").get<std::string>();
    s.source = j->at("source").get<std::string>();
    s.text = j->at("text").get<std::string>();
    s.start = j->at("start").get<uint32_t>();
    s.end = j->at("end").get<uint32_t>();
    s.kind = Str(*j, "kind");
    s.checkworthiness = j->value("checkworthiness", 0.0);
    s.hedged = j->value("hedged", false);
    if (j->contains("attribution")) {
      s.speaker = j->at("attribution").at("speaker").get<std::string>();
      s.attribution_cue = j->at("attribution").at("cue").get<std::string>();
    }
    s.term_count = j->value("term_count", 0u);
    s.entities = Strings(*j, "entities");
    return s;
  });
}

Result<Entity> DecodeEntity(std::string_view bytes) {
  auto j = Parse(bytes, "entity");
  if (!j.ok()) return j.status();
  return Guard("entity", [&]() -> Result<Entity> {
    Entity e;
    e.id = j->at("id").get<std::string>();
    e.name = j->at("name").get<std::string>();
    e.type = j->at("type").get<std::string>();
    e.origin = Str(*j, "origin");
    e.aliases = Strings(*j, "aliases");
    return e;
  });
}

Result<Mention> DecodeMention(std::string_view bytes) {
  auto j = Parse(bytes, "mention");
  if (!j.ok()) return j.status();
  return Guard("mention", [&]() -> Result<Mention> {
    Mention m;
    m.entity = j->at("entity").get<std::string>();
    m.source = j->at("source").get<std::string>();
    m.text = j->at("text").get<std::string>();
    m.start = j->at("start").get<uint32_t>();
    m.end = j->at("end").get<uint32_t>();
    m.method = Str(*j, "method");
    m.why = Str(*j, "why");
    return m;
  });
}

Json ToJson(const Edge& e) {
  Json j;
  j["from"] = e.from;
  j["to"] = e.to;
  j["type"] = e.type;
  j["score"] = e.score;
  j["why"] = e.why;
  j["similarity"] = e.similarity;
  Json f = Json::object();
  for (const auto& [name, v] : e.features) f[name] = v;
  j["features"] = std::move(f);
  return j;
}

Json ToJson(const Claim& c) {
  Json j;
  j["id"] = c.id;
  j["text"] = c.text;
  j["canonical"] = c.canonical;
  j["statements"] = c.statements;
  j["sources"] = c.sources;
  return j;
}

Json ToJson(const Dispute& d) {
  auto side = [](const DisputeSide& s) {
    Json j;
    j["sources"] = s.sources;
    j["statements"] = s.statements;
    j["claims"] = s.claims;
    j["weight"] = s.weight;
    return j;
  };
  Json j;
  j["id"] = d.id;
  j["question"] = d.question;
  j["claim"] = d.claim;
  j["about"] = d.about;
  j["score"] = d.score;
  j["a"] = side(d.a);
  j["b"] = side(d.b);
  j["both_sides"] = d.both_sides;
  Json edges = Json::array();
  for (const Edge& e : d.edges) edges.push_back(ToJson(e));
  j["edges"] = std::move(edges);
  return j;
}

Result<Edge> DecodeEdge(std::string_view bytes) {
  auto j = Parse(bytes, "edge");
  if (!j.ok()) return j.status();
  return Guard("edge", [&]() -> Result<Edge> {
    Edge e;
    e.from = j->at("from").get<std::string>();
    e.to = j->at("to").get<std::string>();
    e.type = j->at("type").get<std::string>();
    e.score = j->at("score").get<double>();
    e.why = Str(*j, "why");
    e.similarity = j->value("similarity", 0.0);
    if (j->contains("features"))
      for (const auto& [name, v] : j->at("features").items())
        e.features.emplace_back(name, v.get<double>());
    return e;
  });
}

Json ToJson(const Correction& c) {
  Json j;
  j["seq"] = c.seq;
  j["kind"] = c.kind;
  j["about"] = c.about;
  j["value"] = c.value;
  j["previous"] = c.previous;
  j["reason"] = c.reason;
  j["who"] = c.who;
  j["when"] = c.when;
  return j;
}

Result<Correction> DecodeCorrection(std::string_view bytes) {
  auto j = Parse(bytes, "correction");
  if (!j.ok()) return j.status();
  return Guard("correction", [&]() -> Result<Correction> {
    Correction c;
    c.seq = j->at("seq").get<uint64_t>();
    c.kind = j->at("kind").get<std::string>();
    c.about = j->at("about");
    c.value = j->at("value").get<std::string>();
    c.previous = Str(*j, "previous");
    c.reason = Str(*j, "reason");
    c.who = Str(*j, "who");
    c.when = Str(*j, "when");
    return c;
  });
}

std::string MakeStatementId(std::string_view source_id, uint32_t start) {
  return std::string(source_id) + "@" + std::to_string(start);
}

Status ParseStatementId(std::string_view id, std::string* source_id, uint32_t* start) {
  const size_t at = id.rfind('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == id.size())
    return Status::InvalidArgument("statement id '" + std::string(id) +
                                   "' is not of the form SOURCE@OFFSET");
  const char* b = id.data() + at + 1;
  const char* e = id.data() + id.size();
  auto [p, ec] = std::from_chars(b, e, *start);
  if (ec != std::errc() || p != e)
    return Status::InvalidArgument("statement id '" + std::string(id) +
                                   "' has no byte offset after '@'");
  *source_id = std::string(id.substr(0, at));
  return Status::OK();
}

}  // namespace cg

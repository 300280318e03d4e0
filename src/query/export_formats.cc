// GraphML and JSON-LD renderings of the export document. Pure functions of the document,
// in its order, so the same graph always gives the same bytes. Node ids carry their kind
// ("source:", "statement:", "claim:", "entity:"), so ids of different kinds never meet.
#include <map>
#include <sstream>
#include <string>

#include "core/text.h"
#include "query/query.h"

namespace cg {

namespace {

// At most `max` bytes of `s`, cut at a character boundary, with "..." when cut: a label.
std::string Label(const std::string& s, size_t max = 80) {
  if (s.size() <= max) return s;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "...";
}

// Text for GraphML: EscapeMarkup (well-formed XML 1.0: a character XML forbids, such as
// U+FFFF or ESC, becomes U+FFFD), with each carriage return as "&#13;" so that an XML
// reader keeps it (it reads a raw one as a newline) and, in an attribute, tabs and
// newlines as references too (a raw one reads as a space).
std::string Xml(const std::string& s, bool attribute = false) {
  std::string out;
  for (char c : EscapeMarkup(s)) {
    if (c == '\r')
      out += "&#13;";
    else if (attribute && c == '\n')
      out += "&#10;";
    else if (attribute && c == '\t')
      out += "&#9;";
    else
      out += c;
  }
  return out;
}

std::string Str(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  return it->is_string() ? it->get<std::string>() : it->dump();
}

struct GraphMlKey {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* type;    // "string", "int", "double"
};

constexpr GraphMlKey kKeys[] = {{"kind", "node", "string"},        {"label", "node", "string"},
                                {"text", "node", "string"},        {"title", "node", "string"},
                                {"outlet", "node", "string"},      {"author", "node", "string"},
                                {"url", "node", "string"},         {"published", "node", "string"},
                                {"file", "node", "string"},        {"source", "node", "string"},
                                {"start", "node", "int"},          {"end", "node", "int"},
                                {"entity_type", "node", "string"}, {"aliases", "node", "string"},
                                {"sources", "node", "int"},        {"relation", "edge", "string"},
                                {"score", "edge", "double"},       {"why", "edge", "string"}};

}  // namespace

std::string ExportGraphMl(const Json& doc) {
  std::ostringstream o;
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  for (const GraphMlKey& k : kKeys)
    o << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.id
      << "\" attr.type=\"" << k.type << "\"/>\n";
  o << "  <graph id=\"claimgraph\" edgedefault=\"directed\">\n";
  using Data = std::initializer_list<std::pair<const char*, std::string>>;
  auto data = [&](const Data& values) {  // empty values are left out
    for (const auto& [k, v] : values)
      if (!v.empty()) o << "      <data key=\"" << k << "\">" << Xml(v) << "</data>\n";
  };
  auto node = [&](const std::string& id, const Data& values) {
    o << "    <node id=\"" << Xml(id, true) << "\">\n";
    data(values);
    o << "    </node>\n";
  };
  size_t edge_no = 0;
  auto edge = [&](const std::string& from, const std::string& to, const Data& values) {
    o << "    <edge id=\"e" << edge_no++ << "\" source=\"" << Xml(from, true) << "\" target=\""
      << Xml(to, true) << "\">\n";
    data(values);
    o << "    </edge>\n";
  };
  for (const Json& s : doc.value("sources", Json::array()))
    node("source:" + Str(s, "id"),
         {{"kind", "source"},
          {"label", Str(s, "title").empty() ? Str(s, "id") : Str(s, "title")},
          {"title", Str(s, "title")},
          {"outlet", Str(s, "outlet")},
          {"author", Str(s, "author")},
          {"url", Str(s, "url")},
          {"published", Str(s, "published")},
          {"file", Str(s, "file")}});
  std::map<std::string, std::string> text_of;  // statement id -> text, for claim labels
  for (const Json& st : doc.value("statements", Json::array())) {
    text_of[Str(st, "id")] = Str(st, "text");
    node("statement:" + Str(st, "id"), {{"kind", "statement"},
                                        {"label", Label(Str(st, "text"))},
                                        {"text", Str(st, "text")},
                                        {"source", Str(st, "source")},
                                        {"start", Str(st, "start")},
                                        {"end", Str(st, "end")}});
  }
  for (const Json& c : doc.value("claims", Json::array()))
    node("claim:" + Str(c, "id"),
         {{"kind", "claim"},
          {"label", Label(text_of[Str(c, "canonical")])},
          {"text", text_of[Str(c, "canonical")]},
          {"sources", std::to_string(c.value("sources", Json::array()).size())}});
  for (const Json& e : doc.value("entities", Json::array())) {
    std::string aliases;
    for (const Json& a : e.value("aliases", Json::array()))
      aliases += (aliases.empty() ? "" : "; ") + a.get<std::string>();
    node("entity:" + Str(e, "id"), {{"kind", "entity"},
                                    {"label", Str(e, "name")},
                                    {"entity_type", Str(e, "type")},
                                    {"aliases", aliases}});
  }
  for (const Json& st : doc.value("statements", Json::array())) {
    edge("source:" + Str(st, "source"), "statement:" + Str(st, "id"), {{"relation", "states"}});
    for (const Json& ent : st.value("entities", Json::array()))
      edge("statement:" + Str(st, "id"), "entity:" + ent.get<std::string>(),
           {{"relation", "mentions"}});
  }
  for (const Json& c : doc.value("claims", Json::array()))
    for (const Json& m : c.value("statements", Json::array()))
      edge("claim:" + Str(c, "id"), "statement:" + m.get<std::string>(), {{"relation", "member"}});
  for (const Json& e : doc.value("edges", Json::array()))
    edge("statement:" + Str(e, "from"), "statement:" + Str(e, "to"),
         {{"relation", Str(e, "type")}, {"score", Str(e, "score")}, {"why", Str(e, "why")}});
  o << "  </graph>\n</graphml>\n";
  return o.str();
}

Json ExportJsonLd(const Json& doc) {
  auto iri = [](const std::string& kind, const std::string& id) {
    return "urn:claimgraph:" + kind + ":" + id;
  };
  Json graph = Json::array();
  for (const Json& s : doc.value("sources", Json::array())) {
    Json j = {{"@id", iri("source", Str(s, "id"))},
              {"@type", "NewsArticle"},
              {"identifier", Str(s, "id")}};
    if (!Str(s, "title").empty()) j["headline"] = Str(s, "title");
    if (!Str(s, "outlet").empty())
      j["publisher"] = {{"@type", "Organization"}, {"name", Str(s, "outlet")}};
    if (!Str(s, "author").empty()) j["author"] = {{"@type", "Person"}, {"name", Str(s, "author")}};
    if (!Str(s, "url").empty()) j["url"] = Str(s, "url");
    if (!Str(s, "published").empty()) j["datePublished"] = Str(s, "published");
    graph.push_back(std::move(j));
  }
  for (const Json& st : doc.value("statements", Json::array())) {
    Json j = {{"@id", iri("statement", Str(st, "id"))},
              {"@type", "Claim"},
              {"identifier", Str(st, "id")},
              {"text", Str(st, "text")},
              {"appearance", {{"@id", iri("source", Str(st, "source"))}}},
              {"cg:start", st.value("start", 0)},
              {"cg:end", st.value("end", 0)}};
    Json mentions = Json::array();
    for (const Json& ent : st.value("entities", Json::array()))
      mentions.push_back({{"@id", iri("entity", ent.get<std::string>())}});
    if (!mentions.empty()) j["mentions"] = std::move(mentions);
    graph.push_back(std::move(j));
  }
  for (const Json& c : doc.value("claims", Json::array())) {
    Json parts = Json::array();
    for (const Json& m : c.value("statements", Json::array()))
      parts.push_back({{"@id", iri("statement", m.get<std::string>())}});
    graph.push_back({{"@id", iri("claim", Str(c, "id"))},
                     {"@type", "Claim"},
                     {"identifier", Str(c, "id")},
                     {"workExample", {{"@id", iri("statement", Str(c, "canonical"))}}},
                     {"hasPart", std::move(parts)}});
  }
  for (const Json& e : doc.value("entities", Json::array())) {
    const std::string type = Str(e, "type");
    const char* schema_type = type == "organization" ? "Organization"
                              : type == "person"     ? "Person"
                              : type == "place"      ? "Place"
                              : type == "product"    ? "Product"
                                                     : "Thing";
    Json j = {{"@id", iri("entity", Str(e, "id"))},
              {"@type", schema_type},
              {"identifier", Str(e, "id")},
              {"name", Str(e, "name")}};
    if (!e.value("aliases", Json::array()).empty()) j["alternateName"] = e["aliases"];
    graph.push_back(std::move(j));
  }
  for (const Json& e : doc.value("edges", Json::array())) {
    // A review of the first statement, based on the second: "supports" or "contradicts"
    // as the rating's name, the score as its value, the reason as the review's body.
    graph.push_back({{"@id", iri("edge", Str(e, "from") + "|" + Str(e, "to"))},
                     {"@type", "ClaimReview"},
                     {"itemReviewed", {{"@id", iri("statement", Str(e, "from"))}}},
                     {"isBasedOn", {{"@id", iri("statement", Str(e, "to"))}}},
                     {"reviewRating",
                      {{"@type", "Rating"},
                       {"alternateName", Str(e, "type")},
                       {"ratingValue", e.value("score", 0.0)},
                       {"worstRating", 0},
                       {"bestRating", 1}}},
                     {"reviewBody", Str(e, "why")}});
  }
  return {{"@context", {{"@vocab", "https://schema.org/"}, {"cg", "urn:claimgraph:vocab#"}}},
          {"@graph", std::move(graph)}};
}

}  // namespace cg

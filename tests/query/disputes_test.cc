// The dispute passes on made-up statements: an edge's core, the gate that keeps an edge
// between two unrelated stories out of a dispute, a source on both sides counted for
// neither, and the one-line summary of what a dispute is about.
#include "query/disputes.h"

#include <doctest/doctest.h>

#include "query/query.h"

namespace cg {
namespace {

Statement Said(const std::string& source, uint32_t start, const std::string& text,
               std::vector<std::string> entities = {}) {
  Statement s;
  s.id = source + "@" + std::to_string(start);
  s.source = source;
  s.start = start;
  s.end = start + static_cast<uint32_t>(text.size());
  s.text = text;
  s.entities = std::move(entities);
  return s;
}

Edge Contradicts(const Statement& a, const Statement& b, double score) {
  Edge e;
  e.from = a.id;
  e.to = b.id;
  e.type = "contradicts";
  e.score = score;
  return e;
}

// A graph of statements and contradicts edges, no claims.
ClaimGraph GraphOf(const std::vector<Statement>& statements, std::vector<Edge> edges) {
  ClaimGraph g;
  for (const auto& s : statements) g.statements[s.id] = s;
  g.edges = std::move(edges);
  return g;
}

TEST_CASE("disputes: an edge's core is the terms and entities both statements share") {
  const TermAnalyzer analyzer;
  const auto a = Said("a", 0, "The council approved the parking fees.", {"e1"});
  const auto b = Said("b", 0, "The council did not approve new fees.", {"e1", "e2"});
  const auto core = EdgeCore(a, b, analyzer);
  CHECK(core == std::vector<std::string>{"@e1", analyzer.Stem("approve"), analyzer.Stem("council"),
                                         analyzer.Stem("fees")});
  CHECK(EdgeCore(a, Said("c", 0, "Rain is expected."), analyzer).empty());
}

TEST_CASE("disputes: SharesCore is true on a common element of two sorted cores") {
  struct Row {
    std::vector<std::string> x, y;
    bool shares;
  };
  const std::vector<Row> rows = {
      {{"a", "c", "e"}, {"b", "d", "e"}, true},
      {{"a", "c"}, {"b", "d"}, false},
      {{}, {"a"}, false},
      {{"@x"}, {"@x", "z"}, true},
  };
  for (const auto& r : rows) CHECK(SharesCore(r.x, r.y) == r.shares);
}

TEST_CASE("disputes: AboutLine quotes the claim from its first to its last core word") {
  const TermAnalyzer analyzer;
  auto core = [&](std::vector<std::string> words) {
    std::vector<std::string> out;
    for (const auto& w : words) out.push_back(analyzer.Stem(w));
    std::sort(out.begin(), out.end());
    return out;
  };
  struct Row {
    std::string claim;
    std::vector<std::string> core;
    std::string about;
  };
  const std::vector<Row> rows = {
      {"Yesterday the city council approved the parking fees, officials said.",
       {"council", "fees"},
       "council approved the parking fees"},
      {"Tariffs raised prices.", {}, "Tariffs raised prices"},
      // Core words too far apart: the words alone, each once, in the claim's order.
      {"Tariffs, which one two three four five six seven eight nine ten eleven twelve "
       "thirteen say, raised prices and tariffs stayed.",
       {"tariffs", "prices"},
       "Tariffs, prices"},
  };
  for (const auto& r : rows) CHECK(AboutLine(r.claim, core(r.core), analyzer) == r.about);
}

TEST_CASE("disputes: an edge sharing nothing with a dispute does not join it") {
  const TermAnalyzer analyzer;
  const auto a = Said("a", 0, "The council approved the parking fees.");
  const auto b = Said("b", 0, "The council did not approve the parking fees.");
  // b also "contradicts" a sentence on another story, through a word the dispute's core
  // does not hold: chained, the two stories would make one dispute.
  const auto b2 = Said("b", 60, "The storm did not reach the coast.");
  const auto c = Said("c", 0, "The storm reached the coast on Friday.");
  const ClaimGraph g = GraphOf(
      {a, b, b2, c}, {Contradicts(a, b, 0.9), Contradicts(b2, c, 0.8), Contradicts(a, c, 0.4)});
  const auto disputes = BuildDisputes(g, analyzer);
  REQUIRE(disputes.size() == 2);
  for (const auto& d : disputes) {
    const bool fees = d.about.find("fees") != std::string::npos;
    const bool storm =
        d.about.find("storm") != std::string::npos || d.about.find("coast") != std::string::npos;
    CHECK(fees != storm);
    CHECK(d.edges.size() == 1);  // a-c shares no term: never an edge of a dispute
  }
}

TEST_CASE("disputes: a source quoted on both sides is shown apart and counted for neither") {
  const TermAnalyzer analyzer;
  const auto a = Said("a", 0, "The council approved the parking fees.");
  const auto e = Said("e", 0, "The council approved the parking fees, residents said.");
  const auto b = Said("b", 0, "The council did not approve the parking fees.");
  const auto d1 = Said("d", 0, "Some said the council approved the parking fees.");
  const auto d2 = Said("d", 50, "In fact the council did not approve the parking fees.");
  const ClaimGraph g = GraphOf({a, e, b, d1, d2}, {Contradicts(a, b, 0.9), Contradicts(e, b, 0.8),
                                                   Contradicts(d1, d2, 0.7)});
  // d1-d2 share the core but are their own component: join them to the dispute.
  ClaimGraph joined = g;
  joined.edges.push_back(Contradicts(a, d2, 0.6));
  joined.edges.push_back(Contradicts(d1, b, 0.6));
  const auto disputes = BuildDisputes(joined, analyzer);
  REQUIRE(disputes.size() == 1);
  const Dispute& d = disputes[0];
  CHECK(d.a.sources == std::vector<std::string>{"a", "e"});  // side A: more sources
  CHECK(d.b.sources == std::vector<std::string>{"b"});
  CHECK(d.both_sides == std::vector<std::string>{"d"});
  CHECK(SourceOf(d.claim) != "b");
  CHECK(d.about == "council approved the parking fees");
}

}  // namespace
}  // namespace cg

// A made-up cue lexicon for the judge's table tests, so that each row shows a pass, not the
// shipped word lists; and statements read with it.
#pragma once

#include <doctest/doctest.h>

#include "judge/profile.h"
#include "test_util.h"

namespace cg::test {

inline constexpr char kLexicon[] =
    "# class<TAB>word\n"
    "negator\tnot\n"
    "negator\tnever\n"
    "rebut_pre\tfalse\n"
    "rebut_post\tdenies\n"
    "contrast\tinstead of\n"
    "hedge\tmay\n"
    "irrealis\tdesigned to\n"
    "promote\tboost\n"
    "hinder\tslow\n"
    "null\tno effect\n"
    "failure\tfailed\n"
    "success\tsucceeded\n"
    "frequent\tsaid\n";

inline const CueLexicon& Lexicon() {
  static const CueLexicon lex = [] {
    auto r = CueLexicon::Parse(kLexicon, "test.tsv", &SharedAnalyzers().wordnet,
                               &SharedAnalyzers().terms);
    REQUIRE(r.ok());
    return std::move(*r);
  }();
  return lex;
}

// `text` read into a profile with the test lexicon, as statement `id` of `source`.
inline StatementProfile Read(const std::string& text, const std::vector<std::string>& entities = {},
                             const std::string& source = "s1") {
  Statement st;
  st.id = source + "@0";
  st.source = source;
  st.text = text;
  st.entities = entities;
  return ReadProfile(st, Lexicon(), &SharedAnalyzers().wordnet, SharedAnalyzers().terms);
}

}  // namespace cg::test

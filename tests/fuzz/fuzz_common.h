// Shared by the libFuzzer harnesses: the shipped analyzers, built once per process, and
// the checks every harness of a text stage makes. Built only with -DCLAIMGRAPH_FUZZ=ON.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "ingest/pipeline.h"

// A broken promise of the code under test: abort, so libFuzzer saves the input.
#define FUZZ_CHECK(cond)                                                                 \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                      \
    }                                                                                    \
  } while (0)

// Builds the analyzers before the first input, so that loading WordNet is not timed as
// the first input's run. For the harnesses that use SharedAnalyzers().
#define FUZZ_LOAD_ANALYZERS_AT_START                   \
  extern "C" int LLVMFuzzerInitialize(int*, char***) { \
    cg::fuzz::SharedAnalyzers();                       \
    return 0;                                          \
  }

namespace cg::fuzz {

inline std::string_view Bytes(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The analyzers the binary builds from ingest/data and WordNet.
const Analyzers& SharedAnalyzers();

// True if the reader would hand `text` on as an article (valid UTF-8, no NUL, not blank).
bool UsableText(std::string_view text);

// Analyses `article` as ingest does and checks the record: statements and mentions inside
// the text and ordered, statement text equal to its span; then links pairs of the
// article's statements (the first four, as one source and as two) and checks each edge.
void AnalyzeAndCheck(const RawArticle& article);

// Link(a, b) and Link(b, a) agree; an edge has a known type and a score in [0, 1]; within
// one source only contradictions.
void CheckLinkPair(const Linker& linker, const StatementProfile& a, const StatementProfile& b);

}  // namespace cg::fuzz

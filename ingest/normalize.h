// Folds Unicode punctuation and spacing to ASCII while keeping the map back to the
// original bytes. Interface: Normalize(). Tested by tests/ingest/normalize_test.cc.
#pragma once

#include <string_view>

#include "ingest/types.h"

namespace cg {

// Curly quotes -> ' and ", dashes and minus -> -, ellipsis -> ..., no-break and other
// Unicode spaces and tabs -> ' ', CR LF and CR -> LF, zero-width characters dropped,
// runs of spaces collapsed to one. Invalid UTF-8 bytes pass through unchanged.
NormalizedText Normalize(std::string_view original);

}  // namespace cg

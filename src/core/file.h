// Reading a whole file: the one helper every data loader and command shares.
// Interface: ReadAll(). Tested by tests/core/text_test.cc.
#pragma once

#include <string>

#include "core/status.h"

namespace cg {

// The whole file, or kIOError naming it.
Result<std::string> ReadAll(const std::string& path);

}  // namespace cg

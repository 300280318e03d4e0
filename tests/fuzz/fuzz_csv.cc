// ParseCsv: rows of fields, or an error; never more fields than bytes.
#include "core/text.h"
#include "tests/fuzz/fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const auto rows = cg::ParseCsv(cg::fuzz::Bytes(data, size));
  if (!rows.ok()) {
    FUZZ_CHECK(!rows.status().message().empty());
    return 0;
  }
  size_t bytes = 0;
  for (const auto& row : *rows)
    for (const auto& field : row) bytes += field.size();
  FUZZ_CHECK(bytes <= size);
  return 0;
}

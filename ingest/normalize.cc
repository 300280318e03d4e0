// Text normalization with an offset map. Tested by tests/ingest/normalize_test.cc.
#include "ingest/normalize.h"

#include "core/text.h"

namespace cg {
namespace {

// Returns the ASCII replacement of a code point, "" to drop it, or nullptr to keep it.
const char* Fold(char32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x00B4:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return "-";
    case 0x2026:
      return "...";
    case 0x00A0:
    case 0x2000:
    case 0x2001:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case '\t':
    case '\f':
    case '\v':
      return " ";
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
    case 0x00AD:
      return "";
    case 0x2028:
    case 0x2029:
    case 0x0085:
      return "\n";
    default:
      return nullptr;
  }
}

}  // namespace

NormalizedText Normalize(std::string_view in) {
  NormalizedText out;
  out.original_size = static_cast<uint32_t>(in.size());
  out.text.reserve(in.size());
  out.origin_start.reserve(in.size());
  out.origin_end.reserve(in.size());
  auto emit = [&](std::string_view bytes, size_t b, size_t e) {
    for (char c : bytes) {
      if (c == ' ' && !out.text.empty() && out.text.back() == ' ') {
        out.origin_end.back() = static_cast<uint32_t>(e);  // a collapsed run maps to its whole span
        continue;
      }
      out.text.push_back(c);
      out.origin_start.push_back(static_cast<uint32_t>(b));
      out.origin_end.push_back(static_cast<uint32_t>(e));
    }
  };
  size_t i = 0;
  while (i < in.size()) {
    if (in[i] == '\r') {
      const size_t e = (i + 1 < in.size() && in[i + 1] == '\n') ? i + 2 : i + 1;
      emit("\n", i, e);
      i = e;
      continue;
    }
    size_t len = 1;
    const char32_t cp = DecodeUtf8(in, i, &len);
    const char* folded = Fold(cp);
    if (folded)
      emit(folded, i, i + len);
    else
      emit(in.substr(i, len), i, i + len);
    i += len;
  }
  return out;
}

}  // namespace cg

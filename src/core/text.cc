// Text helpers. Tested by tests/core/text_test.cc.
#include "core/text.h"

#include <algorithm>

namespace cg {

namespace {

// The length of the valid UTF-8 sequence at s[i], setting *cp to its code point; 0 when
// the bytes there are not valid UTF-8 (overlong forms, surrogates and code points past
// U+10FFFF included).
size_t ValidUtf8At(std::string_view s, size_t i, char32_t* cp) {
  const auto c = static_cast<unsigned char>(s[i]);
  size_t len = 0;
  char32_t min = 0;
  if (c < 0x80) {
    *cp = c;
    return 1;
  } else if ((c & 0xE0) == 0xC0) {
    len = 2;
    min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  char32_t v = c & (0xFF >> (len + 1));
  for (size_t k = 1; k < len; ++k) {
    const auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    v = (v << 6) | (cc & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return len;
}

void AppendHex(uint32_t v, int digits, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (int d = digits - 1; d >= 0; --d) out->push_back(kHex[(v >> (4 * d)) & 0xF]);
}

}  // namespace

std::optional<size_t> FindInvalidUtf8(std::string_view s) {
  char32_t cp;
  for (size_t i = 0; i < s.size();) {
    const size_t len = ValidUtf8At(s, i, &cp);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

char32_t DecodeUtf8(std::string_view s, size_t i, size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  size_t n = 1;
  char32_t cp = c;
  if (c >= 0xC0 && c < 0xE0) {
    n = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c < 0xF0) {
    n = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c < 0xF8) {
    n = 4;
    cp = c & 0x07;
  } else if (c >= 0x80) {
    *len = 1;
    return 0xFFFD;
  }
  if (i + n > s.size()) {
    *len = 1;
    return 0xFFFD;
  }
  for (size_t k = 1; k < n; ++k) {
    const auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *len = n;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ToLowerAscii(c);
  return out;
}

std::string ToLowerFoldApostrophes(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\u2019") == 0 || s.compare(i, 3, "\u2018") == 0) {
      out += '\'';
      i += 2;
      continue;
    }
    out += ToLowerAscii(s[i]);
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && IsAsciiSpace(s[b])) ++b;
  while (e > b && IsAsciiSpace(s[e - 1])) --e;
  return s.substr(b, e - b);
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  }
  return out;
}

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ') ++j;
    if (j > i) out.push_back(line.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string Squash(std::string_view s) {
  std::string out;
  for (char c : s)
    if (IsAsciiAlnum(c)) out.push_back(ToLowerAscii(c));
  return out;
}

std::string FirstAndLastWords(std::string_view name) {
  const size_t first = name.find(' '), last = name.find_last_of(' ');
  if (first == std::string_view::npos || first == last) return "";
  return std::string(name.substr(0, first)) + std::string(name.substr(last));
}

std::string Deconfuse(std::string_view squashed) {
  std::string s(squashed);
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < s.size(); ++i) {
      const bool near_digit =
          (i > 0 && IsAsciiDigit(s[i - 1])) || (i + 1 < s.size() && IsAsciiDigit(s[i + 1]));
      if (!near_digit) continue;
      if (s[i] == 'o')
        s[i] = '0';
      else if (s[i] == 'l' || s[i] == 'i')
        s[i] = '1';
    }
  }
  return s;
}

std::string EscapeMarkup(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    const size_t len = ValidUtf8At(s, i, &cp);
    if (len == 0 || cp == 0xFFFE || cp == 0xFFFF ||
        (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')) {
      out += "\uFFFD";
      i += len == 0 ? 1 : len;
      continue;
    }
    switch (cp) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::string TerminalSafe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    const size_t len = ValidUtf8At(s, i, &cp);
    if (len == 0) {
      out += "\\x";
      AppendHex(static_cast<unsigned char>(s[i]), 2, &out);
      ++i;
      continue;
    }
    if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      out += "\\x";
      AppendHex(cp, 2, &out);
    } else if ((cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
               (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029) {
      out += "\\u";
      AppendHex(cp, 4, &out);
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::optional<std::string> HttpUrl(std::string_view url) {
  // WHATWG URL parsing: strip leading and trailing C0 controls and spaces, then remove
  // every tab and newline; the scheme is an ASCII letter, then letters, digits, + - .,
  // up to the first ':'.
  auto c0_or_space = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };
  size_t b = 0, e = url.size();
  while (b < e && c0_or_space(url[b])) ++b;
  while (e > b && c0_or_space(url[e - 1])) --e;
  std::string clean;
  for (char c : url.substr(b, e - b))
    if (c != '\t' && c != '\n' && c != '\r') clean.push_back(c);
  const size_t colon = clean.find(':');
  if (colon == std::string::npos || colon == 0 || !IsAsciiAlpha(clean[0])) return std::nullopt;
  for (size_t i = 1; i < colon; ++i)
    if (!IsAsciiAlnum(clean[i]) && clean[i] != '+' && clean[i] != '-' && clean[i] != '.')
      return std::nullopt;
  const std::string scheme = ToLower(std::string_view(clean).substr(0, colon));
  if (scheme != "http" && scheme != "https") return std::nullopt;
  return clean;
}

std::string Slugify(std::string_view s) {
  std::string out;
  bool dash = false;
  for (char c : s) {
    if (IsAsciiAlnum(c) || c == '_' || c == '.') {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.push_back(ToLowerAscii(c));
    } else {
      dash = true;
    }
  }
  return out.empty() ? "x" : out;
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool w = IsAsciiAlnum(c) || (static_cast<unsigned char>(c) >= 0x80);
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

Result<std::vector<std::vector<std::string>>> ParseCsv(std::string_view text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  size_t row_start_line = 1, line = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"') {
      quoted = any = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (any || !field.empty() || !row.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
      }
      row.clear();
      field.clear();
      any = false;
      row_start_line = ++line;
    } else {
      field += c;
      any = true;
    }
  }
  if (quoted)
    return Status::InvalidArgument("a quoted field opened on line " +
                                   std::to_string(row_start_line) + " is never closed");
  if (any || !field.empty() || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace cg

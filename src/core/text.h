// Small text helpers over UTF-8 byte strings: validation, decoding, case, trimming.
// Interface: the free functions below. Tested by tests/core/text_test.cc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace cg {

// Returns the byte offset of the first invalid UTF-8 sequence, or nullopt if `s` is valid.
std::optional<size_t> FindInvalidUtf8(std::string_view s);

// Decodes the code point at s[i]; sets *len to its byte length (1 for an invalid byte,
// which decodes as U+FFFD).
char32_t DecodeUtf8(std::string_view s, size_t i, size_t* len);
void AppendUtf8(char32_t cp, std::string* out);

inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline char ToLowerAscii(char c) { return IsAsciiUpper(c) ? static_cast<char>(c + 32) : c; }

std::string ToLower(std::string_view s);  // ASCII letters only; other bytes unchanged.
// ToLower, with typographic apostrophes (U+2018, U+2019) folded to "'".
std::string ToLowerFoldApostrophes(std::string_view s);
std::string_view Trim(std::string_view s);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
std::vector<std::string_view> Split(std::string_view s, char sep);
// The fields of a line that single or repeated spaces part ("a  b " -> "a", "b").
std::vector<std::string_view> Fields(std::string_view line);
std::string Join(const std::vector<std::string>& parts, std::string_view sep);

// Lowercase, keeps ASCII letters and digits only: "Deep-Seek R1" -> "deepseekr1".
std::string Squash(std::string_view s);

// A name's first and last words, one space apart ("Donald J. Trump" -> "Donald Trump"), or
// "" for a name of fewer than three words.
std::string FirstAndLastWords(std::string_view name);

// A squashed form with O read as 0 and l or i read as 1 next to a digit, as a speech
// transcript or OCR garbles model numbers: "h10o" -> "h100".
std::string Deconfuse(std::string_view squashed);

// A readable, stable identifier: lowercase ASCII letters, digits, '-', '_' and '.';
// runs of anything else become one '-'. Never empty ("x" for empty input).
std::string Slugify(std::string_view s);

// Text as XML or HTML character data: & < > " ' escaped, and every character XML 1.0
// forbids (the C0 controls but tab, newline and carriage return; U+FFFE, U+FFFF) and every
// byte that is not UTF-8 replaced by U+FFFD, so the result is always well-formed.
std::string EscapeMarkup(std::string_view s);

// `s` as it may be printed to a terminal: the control characters (C0, DEL and the C1
// controls U+0080-U+009F), the bidirectional embeddings, overrides and isolates (U+202A-
// U+202E, U+2066-U+2069), the line and paragraph separators (U+2028, U+2029) and every
// byte that is not UTF-8 become visible escapes: \t \n \r, \x1b for another C0 control or
// DEL, \u009b for a code point, \xff for a stray byte. Everything else (backslashes too)
// is kept. Plain-text output passes article text through it; JSON keeps the exact bytes.
std::string TerminalSafe(std::string_view s);

// `url` as a browser reads it (WHATWG URL: leading and trailing C0 controls and spaces
// stripped, tabs and newlines removed anywhere) when its scheme is http or https, in any
// case; nullopt for any other scheme (javascript:, vbscript:, data:, file:...) or none.
// Only such a URL may become a live link in rendered output.
std::optional<std::string> HttpUrl(std::string_view url);

// Number of word tokens (runs of letters or digits).
size_t CountWords(std::string_view s);

// Levenshtein distance between two byte strings.
size_t EditDistance(std::string_view a, std::string_view b);

// The lowercase hex SHA-256 of `data`.
std::string Sha256Hex(std::string_view data);

// The rows of an RFC 4180 CSV text: fields split at commas, double-quoted fields may hold
// commas, line breaks and doubled quotes. Fails on a quote left open, naming its row.
Result<std::vector<std::vector<std::string>>> ParseCsv(std::string_view text);

}  // namespace cg

// HTML to article text: a forgiving tag scanner, not a full parser. Block elements become
// line breaks, list items "- " lines; the contents of script, style, navigation, forms
// and asides are dropped; character references are decoded; whitespace runs collapse.
// Tested by tests/ingest/reader_test.cc.
#include <algorithm>
#include <string>

#include "core/text.h"
#include "ingest/reader.h"

namespace cg {
namespace {

constexpr std::string_view kDropped[] = {"script", "style",  "noscript", "template", "svg",
                                         "nav",    "footer", "aside",    "form",     "iframe",
                                         "button", "select", "head"};
constexpr std::string_view kBlocks[] = {
    "p",      "div",  "br",     "h1",         "h2",    "h3",      "h4",      "h5",         "h6",
    "li",     "tr",   "ul",     "ol",         "table", "section", "article", "blockquote", "pre",
    "header", "main", "figure", "figcaption", "dd",    "dt",      "hr",      "title"};

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

std::string DecodeEntities(std::string_view s) {
  static const std::pair<std::string_view, std::string_view> kNamed[] = {{"amp", "&"},
                                                                         {"lt", "<"},
                                                                         {"gt", ">"},
                                                                         {"quot", "\""},
                                                                         {"apos", "'"},
                                                                         {"nbsp", "\xC2\xA0"},
                                                                         {"mdash", "\xE2\x80\x94"},
                                                                         {"ndash", "\xE2\x80\x93"},
                                                                         {"rsquo", "\xE2\x80\x99"},
                                                                         {"lsquo", "\xE2\x80\x98"},
                                                                         {"ldquo", "\xE2\x80\x9C"},
                                                                         {"rdquo", "\xE2\x80\x9D"},
                                                                         {"hellip", "\xE2\x80\xA6"},
                                                                         {"copy", "\xC2\xA9"}};
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    // A reference is at most 10 bytes long: never look further (linear in `s`).
    const size_t near = s.substr(i, 12).find(';');
    const size_t semi = near == std::string_view::npos ? near : i + near;
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    std::string_view name = s.substr(i + 1, semi - i - 1);
    if (!name.empty() && name[0] == '#') {
      char32_t cp = 0;
      bool ok = name.size() > 1;
      const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      for (size_t k = hex ? 2 : 1; k < name.size() && ok; ++k) {
        const char c = name[k];
        if (hex && std::isxdigit(static_cast<unsigned char>(c)))
          cp = cp * 16 +
               static_cast<char32_t>(IsAsciiDigit(c) ? c - '0' : (ToLowerAscii(c) - 'a' + 10));
        else if (!hex && IsAsciiDigit(c))
          cp = cp * 10 + static_cast<char32_t>(c - '0');
        else
          ok = false;
        if (cp > 0x10FFFF) ok = false;
      }
      if (ok && cp != 0 && !(cp >= 0xD800 && cp <= 0xDFFF)) {
        AppendUtf8(cp, &out);
        i = semi;
        continue;
      }
    } else {
      bool found = false;
      for (const auto& [n, v] : kNamed)
        if (n == name) {
          out.append(v);
          found = true;
          break;
        }
      if (found) {
        i = semi;
        continue;
      }
    }
    out.push_back('&');
  }
  return out;
}

std::string Attr(std::string_view tag, std::string_view name) {
  const std::string lower = ToLower(tag);
  size_t p = 0;
  while ((p = lower.find(name, p)) != std::string::npos) {
    size_t q = p + name.size();
    const bool boundary =
        p > 0 && (lower[p - 1] == ' ' || lower[p - 1] == '\t' || lower[p - 1] == '\n');
    while (q < lower.size() && lower[q] == ' ') ++q;
    if (!boundary || q >= lower.size() || lower[q] != '=') {
      p += name.size();
      continue;
    }
    ++q;
    while (q < lower.size() && lower[q] == ' ') ++q;
    if (q >= lower.size()) return "";
    const char quote = lower[q];
    if (quote == '"' || quote == '\'') {
      const size_t e = lower.find(quote, q + 1);
      if (e == std::string::npos) return "";
      return DecodeEntities(tag.substr(q + 1, e - q - 1));
    }
    size_t e = q;
    while (e < lower.size() && lower[e] != ' ' && lower[e] != '>' && lower[e] != '/') ++e;
    return DecodeEntities(tag.substr(q, e - q));
  }
  return "";
}

// The first "</title" at or after `from`, in any case, or npos.
size_t FindTitleClose(std::string_view html, size_t from) {
  constexpr std::string_view kClose = "</title";
  for (size_t p = html.find("</", from); p != std::string_view::npos; p = html.find("</", p + 1))
    if (p + kClose.size() <= html.size() && ToLower(html.substr(p, kClose.size())) == kClose)
      return p;
  return std::string_view::npos;
}

std::string CollapseLines(std::string_view raw) {
  std::string out;
  std::string line;
  auto flush = [&]() {
    const std::string_view t = Trim(line);
    if (!t.empty()) {
      out.append(t);
      out.push_back('\n');
    }
    line.clear();
  };
  for (char c : raw) {
    if (c == '\n') {
      flush();
    } else if (IsAsciiSpace(c)) {
      if (!line.empty() && line.back() != ' ') line.push_back(' ');
    } else {
      line.push_back(c);
    }
  }
  flush();
  return out;
}

}  // namespace

HtmlDocument ExtractHtml(std::string_view html) {
  HtmlDocument doc;
  // Metadata from the head. Each search resumes where the last one ended, so that many
  // tags (or many '<' before one '>') cost time in proportion to the page.
  size_t tag_end = 0;
  size_t title_close = 0;  // the last "</title" found; npos when there is none further
  for (size_t p = html.find('<'); p != std::string_view::npos; p = html.find('<', p + 1)) {
    if (tag_end <= p) tag_end = html.find('>', p);
    if (tag_end == std::string_view::npos) break;
    const size_t e = tag_end;
    const std::string_view tag = html.substr(p, e - p + 1);
    const std::string lower = ToLower(tag.substr(0, std::min<size_t>(tag.size(), 6)));
    if (StartsWith(lower, "<meta")) {
      const std::string key = ToLower(Attr(tag, "property") + Attr(tag, "name"));
      const std::string content = Attr(tag, "content");
      if ((key == "og:title") && doc.title.empty())
        doc.title = content;
      else if (key == "author" || key == "article:author")
        doc.author = content;
      else if (key == "og:site_name")
        doc.outlet = content;
      else if (key == "og:url" && doc.url.empty())
        doc.url = content;
      else if (key == "article:published_time" || key == "date")
        doc.published = content;
    } else if (StartsWith(lower, "<link") && ToLower(Attr(tag, "rel")) == "canonical") {
      doc.url = Attr(tag, "href");
    } else if (StartsWith(lower, "<title") && doc.title.empty() &&
               title_close != std::string_view::npos) {
      if (title_close <= e) title_close = FindTitleClose(html, e);
      if (title_close != std::string_view::npos)
        doc.title = std::string(Trim(DecodeEntities(html.substr(e + 1, title_close - e - 1))));
    }
  }
  // Keep the <article> element when there is one.
  std::string_view body = html;
  const std::string lower_html = ToLower(html);
  const size_t art = lower_html.find("<article");
  if (art != std::string::npos) {
    const size_t end = lower_html.find("</article>", art);
    body = html.substr(art, end == std::string::npos ? std::string_view::npos : end - art);
  }
  std::string raw;
  std::string drop_until;  // closing tag name while inside a dropped element
  int drop_depth = 0;
  for (size_t i = 0; i < body.size();) {
    if (body[i] != '<') {
      const size_t next = body.find('<', i);
      const size_t n = (next == std::string_view::npos ? body.size() : next) - i;
      if (drop_depth == 0) raw += DecodeEntities(body.substr(i, n));
      i += n;
      continue;
    }
    if (body.compare(i, 4, "<!--") == 0) {
      const size_t e = body.find("-->", i);
      i = e == std::string_view::npos ? body.size() : e + 3;
      continue;
    }
    const size_t e = body.find('>', i);
    if (e == std::string_view::npos) break;
    std::string_view tag = body.substr(i + 1, e - i - 1);
    i = e + 1;
    const bool closing = !tag.empty() && tag[0] == '/';
    if (closing) tag.remove_prefix(1);
    size_t n = 0;
    while (n < tag.size() && (IsAsciiAlnum(tag[n]))) ++n;
    const std::string name = ToLower(tag.substr(0, n));
    if (drop_depth > 0) {
      if (name == drop_until) drop_depth += closing ? -1 : (EndsWith(tag, "/") ? 0 : 1);
      continue;
    }
    if (!closing && In(kDropped, name) && !EndsWith(tag, "/")) {
      drop_until = name;
      drop_depth = 1;
      continue;
    }
    if (In(kBlocks, name)) {
      raw.push_back('\n');
      if (name == "li" && !closing) raw += "- ";
    }
  }
  doc.text = CollapseLines(raw);
  return doc;
}

}  // namespace cg

// The briefing note rendered from its JSON form: Markdown, and one self-contained HTML
// page. Both say exactly what the JSON says, in its order.
#include <algorithm>
#include <map>
#include <string>

#include "core/text.h"
#include "query/query.h"

namespace cg {

namespace {

std::string Str(const Json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

// One line of text: newlines and tabs become spaces.
std::string Flat(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

std::string Plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// --- Markdown

// Article text as Markdown inline text that renders as exactly that text: on one line,
// trimmed, control characters as visible escapes (TerminalSafe: the note is also printed
// to terminals), and every character that CommonMark or GitHub's Markdown could read as
// markup backslash-escaped, so an article can open no link, image, raw HTML, entity,
// emphasis, code span or block. `_` between letters or digits is left alone (it cannot
// open or close emphasis there), so ids like 000_ab read as they are.
std::string MdText(const std::string& s) {
  const std::string t = TerminalSafe(Trim(Flat(s)));
  auto alnum = [&](size_t i) { return i < t.size() && IsAsciiAlnum(t[i]); };
  std::string out;
  out.reserve(t.size() + t.size() / 8);
  size_t lead_digits = 0;  // "2019. " or "3) " at the start would begin an ordered list
  while (lead_digits < t.size() && IsAsciiDigit(t[lead_digits])) ++lead_digits;
  for (size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    bool escape = false;
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '[':
      case ']':
      case '(':
      case ')':
      case '<':
      case '>':
      case '&':
      case '~':
      case '|':
      case '#':
        escape = true;
        break;
      case '_':
        escape = !(i > 0 && alnum(i - 1) && alnum(i + 1));
        break;
      case '-':
      case '+':
      case '=':
        escape = i == 0;  // a list item, thematic break or setext underline
        break;
      case '.':
        escape = lead_digits > 0 && i == lead_digits;
        break;
      default:
        break;
    }
    if (escape) out += '\\';
    out += c;
  }
  return out;
}

// A file name as a Markdown code span: fenced by one backtick more than the longest run
// inside it, so no backtick in the name can close it.
std::string MdCode(const std::string& s) {
  const std::string t = TerminalSafe(Flat(s));
  size_t longest = 0, run = 0;
  for (char c : t) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(longest + 1, '`');
  const bool pad =
      !t.empty() && (t.front() == '`' || t.back() == '`' || (t.front() == ' ' && t.back() == ' '));
  return fence + (pad ? " " : "") + t + (pad ? " " : "") + fence;
}

// A source's URL: an autolink when it is http(s) and an autolink can hold it whole, else
// plain text (a javascript:, data: or vbscript: URL is shown, never live).
std::string MdUrl(const std::string& url) {
  if (auto live = HttpUrl(url)) {
    bool fits = TerminalSafe(*live) == *live;
    for (char c : *live)
      fits = fits && c != ' ' && c != '<' && c != '>' && static_cast<unsigned char>(c) > 0x20;
    if (fits) return "<" + *live + ">";
  }
  return MdText(url);
}

std::string MdCites(const Json& cites) {
  std::string out;
  for (const auto& c : cites) out += "[" + std::to_string(c["n"].get<int>()) + "]";
  return out;
}

std::string MdQuote(const Json& q) {
  return "\"" + MdText(Str(q, "text")) + "\" [" + std::to_string(q["n"].get<int>()) + "]";
}

// --- HTML

std::string Esc(const std::string& s) { return EscapeMarkup(s); }

class HtmlCites {
 public:
  explicit HtmlCites(const Json& brief) {
    size_t k = 0;
    for (const auto& q : brief["quotes"]) anchor_[Str(q, "statement")] = "q" + std::to_string(++k);
  }
  std::string Cite(const Json& c) const {
    const std::string n = std::to_string(c["n"].get<int>());
    return "<a class=\"cite\" href=\"#" + Anchor(Str(c, "statement")) + "\" data-n=\"" + n +
           "\">[" + n + "]</a>";
  }
  std::string Cites(const Json& cites) const {
    std::string out;
    for (const auto& c : cites) out += Cite(c);
    return out;
  }
  std::string Anchor(const std::string& statement) const { return anchor_.at(statement); }

 private:
  std::map<std::string, std::string> anchor_;
};

constexpr const char* kStyle = R"(
:root { --ink: #1f2328; --muted: #59636e; --rule: #d8dee4; --a: #1a5fb4; --b: #a51d2d; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f5f1; color: var(--ink);
  font: 17px/1.6 Georgia, "DejaVu Serif", "Times New Roman", serif; }
main { max-width: 46rem; margin: 2.5rem auto; padding: 2.5rem 3rem; background: #fff;
  box-shadow: 0 1px 3px rgba(0,0,0,.08); }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 .4rem; }
h2 { font: 600 .8rem/1.4 "DejaVu Sans", Helvetica, Arial, sans-serif; letter-spacing: .08em;
  text-transform: uppercase; color: var(--muted); border-bottom: 1px solid var(--rule);
  padding-bottom: .3rem; margin: 2.2rem 0 1rem; }
.scope { color: var(--muted); margin: 0 0 1rem; }
.note { font: .8rem/1.5 "DejaVu Sans", Helvetica, Arial, sans-serif; color: var(--muted); }
ol.claims > li { margin-bottom: 1.1rem; }
.claim { font-weight: bold; }
ul.backing { margin: .3rem 0 0; padding-left: 1.1rem; color: #3d444d; font-size: .95rem; }
.dispute { border: 1px solid var(--rule); border-radius: 6px; margin: 0 0 1.2rem; overflow: hidden; }
.dispute h3 { margin: 0; padding: .5rem .9rem; font: 600 .85rem/1.4 "DejaVu Sans", sans-serif;
  background: #f3f4f6; border-bottom: 1px solid var(--rule); }
.sides { display: grid; grid-template-columns: 1fr 1fr; }
.side { padding: .6rem .9rem; font-size: .93rem; }
.side + .side { border-left: 1px solid var(--rule); }
.side h4 { margin: 0 0 .3rem; font: 600 .75rem/1.4 "DejaVu Sans", sans-serif;
  text-transform: uppercase; letter-spacing: .06em; }
.side.a h4 { color: var(--a); } .side.b h4 { color: var(--b); }
.side ul { margin: 0; padding-left: 1rem; }
.side li { margin-bottom: .4rem; }
.why { margin: 0; padding: .5rem .9rem; border-top: 1px solid var(--rule);
  font: .8rem/1.5 "DejaVu Sans", sans-serif; color: var(--muted); }
a.cite { font: 600 .72rem/1 "DejaVu Sans", sans-serif; color: var(--a); text-decoration: none;
  vertical-align: super; margin-left: 1px; }
a.cite:hover { text-decoration: underline; }
ul.entities { columns: 2; padding-left: 1.1rem; font-size: .95rem; }
ol.sources li, ol.quotes li { margin-bottom: .5rem; font-size: .92rem; }
.src-title { font-style: italic; }
.loc { font: .75rem "DejaVu Sans Mono", monospace; color: var(--muted); }
ol.quotes { list-style: none; padding-left: 0; }
:target { background: #fff8c5; }
)";

}  // namespace

std::string BriefMarkdown(const Json& b) {
  std::string md = "# " + MdText(Str(b, "title")) + "\n\n";
  const Json& scope = b["scope"];
  md += "Scope: " + Plural(scope["sources"].get<size_t>(), "source") + " and " +
        Plural(scope["statements"].get<size_t>(), "statement") + " on " + Str(b, "kind") + " \"" +
        MdText(Str(b, "topic")) + "\" " + MdCites(scope["citations"]) + ".\n\n";
  md +=
      "Built by claimgraph from its graph and fixed templates: every sentence cites its "
      "sources as [n], the source list numbers them, and the quotes cited are listed at the "
      "end with their byte offsets.\n\n";

  md += "## Key claims\n\n";
  if (b["claims"].empty()) md += "No claim is backed by more than one source on this topic.\n\n";
  size_t k = 0;
  for (const auto& c : b["claims"]) {
    // The first backing quote is the claim's own wording.
    md += std::to_string(++k) + ". \"" + MdText(Str(c, "text")) + "\" " +
          MdCites(Json::array({c["backing"][0]})) + "\n   Backed by " +
          Plural(c["independent_sources"].get<size_t>(), "independent source") + " " +
          MdCites(c["backing"]) + (c["backing"].size() > 1 ? ", in their words:" : ".") + "\n";
    for (size_t i = 1; i < c["backing"].size(); ++i)
      md += "   - " + MdQuote(c["backing"][i]) + "\n";
  }
  if (!b["claims"].empty()) md += "\n";

  md += "## Disputes\n\n";
  if (b["disputes"].empty()) md += "The sources do not contradict one another on this topic.\n\n";
  k = 0;
  for (const auto& d : b["disputes"]) {
    md += "### Dispute " + std::to_string(++k) + " (" + MdText(Str(d, "dispute")) + ")\n\n";
    md += "About: " + MdText(Str(d, "about")) + " " + MdCites(d["about_cites"]) + ".\n\n";
    for (const char* side : {"a", "b"}) {
      md += std::string(side[0] == 'a' ? "Backing it" : "Contesting it") + ", " +
            Plural(d[side]["sources"].get<size_t>(), "source") + ":\n";
      for (const auto& q : d[side]["quotes"]) md += "- " + MdQuote(q) + "\n";
      md += "\n";
    }
    if (d["both_sides"].get<size_t>() > 0)
      md += "Quoted on both sides, counted for neither: " +
            Plural(d["both_sides"].get<size_t>(), "source") + ".\n\n";
    if (d.contains("why"))
      md += "Why they conflict: " + MdText(Str(d, "why")) + " " + MdCites(d["why_cites"]) + ".\n\n";
  }

  md += "## Entities\n\n";
  for (const auto& e : b["entities"])
    md += "- " + MdText(Str(e, "name")) + " (" + MdText(Str(e, "type")) + "), named in " +
          Plural(e["statements"].get<size_t>(), "statement") + " " + MdCites(e["citations"]) + "\n";
  md += "\n## Sources\n\n";
  for (const auto& s : b["sources"]) {
    md += std::to_string(s["n"].get<int>()) + ". " +
          (Str(s, "title").empty() ? "(untitled)" : MdText(Str(s, "title")));
    for (const char* key : {"outlet", "author", "published"})
      if (!Str(s, key).empty()) md += ". " + MdText(Str(s, key));
    md += ".";
    if (!Str(s, "url").empty()) md += " " + MdUrl(Str(s, "url"));
    md += " (" + MdText(Str(s, "id")) + ", " + MdCode(Str(s, "file")) + ")\n";
  }
  md += "\n## Quotes cited\n\n";
  for (const auto& q : b["quotes"])
    md += "- [" + std::to_string(q["n"].get<int>()) + "] " + MdText(Str(q, "source")) + " [" +
          std::to_string(q["start"].get<uint32_t>()) + "-" +
          std::to_string(q["end"].get<uint32_t>()) + "]: \"" + MdText(Str(q, "text")) + "\"\n";
  return md;
}

std::string BriefHtml(const Json& b) {
  const HtmlCites cites(b);
  std::string h =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"claimgraph\">\n<title>" +
      Esc(Str(b, "title")) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<main>\n";
  const Json& scope = b["scope"];
  h += "<h1>" + Esc(Str(b, "title")) +
       "</h1>\n<p class=\"scope\">Scope: " + Plural(scope["sources"].get<size_t>(), "source") +
       " and " + Plural(scope["statements"].get<size_t>(), "statement") + " on " +
       Esc(Str(b, "kind")) + " &ldquo;" + Esc(Str(b, "topic")) + "&rdquo;" +
       cites.Cites(scope["citations"]) +
       ".</p>\n<p class=\"note\">Built by claimgraph from its graph and fixed templates. Every "
       "sentence cites its sources; each citation leads to the quote it rests on, with its "
       "byte offsets in the source.</p>\n";

  h += "<h2>Key claims</h2>\n";
  if (b["claims"].empty())
    h += "<p>No claim is backed by more than one source on this topic.</p>\n";
  else
    h += "<ol class=\"claims\">\n";
  for (const auto& c : b["claims"]) {
    h += "<li><span class=\"claim\">&ldquo;" + Esc(Str(c, "text")) + "&rdquo;</span>" +
         cites.Cite(c["backing"][0]) + "<br>Backed by " +
         Plural(c["independent_sources"].get<size_t>(), "independent source") +
         cites.Cites(c["backing"]) + (c["backing"].size() > 1 ? ", in their words:" : ".") +
         "\n<ul class=\"backing\">\n";
    for (size_t i = 1; i < c["backing"].size(); ++i)
      h += "<li>&ldquo;" + Esc(Str(c["backing"][i], "text")) + "&rdquo;" +
           cites.Cite(c["backing"][i]) + "</li>\n";
    h += "</ul></li>\n";
  }
  if (!b["claims"].empty()) h += "</ol>\n";

  h += "<h2>Disputes</h2>\n";
  if (b["disputes"].empty())
    h += "<p>The sources do not contradict one another on this topic.</p>\n";
  size_t k = 0;
  for (const auto& d : b["disputes"]) {
    h += "<section class=\"dispute\" id=\"" + Esc(Str(d, "dispute")) + "\">\n<h3>Dispute " +
         std::to_string(++k) + " <span class=\"loc\">" + Esc(Str(d, "dispute")) +
         "</span></h3>\n<p class=\"about\">About: " + Esc(Str(d, "about")) +
         cites.Cites(d["about_cites"]) + "</p>\n<div class=\"sides\">\n";
    for (const char* side : {"a", "b"}) {
      h += std::string("<div class=\"side ") + side + "\"><h4>" +
           (side[0] == 'a' ? "Backing it" : "Contesting it") + ", " +
           Plural(d[side]["sources"].get<size_t>(), "source") + "</h4>\n<ul>\n";
      for (const auto& q : d[side]["quotes"])
        h += "<li>&ldquo;" + Esc(Str(q, "text")) + "&rdquo;" + cites.Cite(q) + "</li>\n";
      h += "</ul></div>\n";
    }
    h += "</div>\n";
    if (d["both_sides"].get<size_t>() > 0)
      h += "<p>Quoted on both sides, counted for neither: " +
           Plural(d["both_sides"].get<size_t>(), "source") + ".</p>\n";
    if (d.contains("why"))
      h += "<p class=\"why\">Why they conflict: " + Esc(Str(d, "why")) +
           cites.Cites(d["why_cites"]) + ".</p>\n";
    h += "</section>\n";
  }

  h += "<h2>Entities</h2>\n<ul class=\"entities\">\n";
  for (const auto& e : b["entities"])
    h += "<li><b>" + Esc(Str(e, "name")) + "</b> (" + Esc(Str(e, "type")) + "), " +
         Plural(e["statements"].get<size_t>(), "statement") + cites.Cites(e["citations"]) +
         "</li>\n";
  h += "</ul>\n<h2>Sources</h2>\n<ol class=\"sources\">\n";
  for (const auto& s : b["sources"]) {
    const std::string n = std::to_string(s["n"].get<int>());
    h += "<li id=\"s" + n + "\" value=\"" + n + "\"><span class=\"src-title\">" +
         Esc(Str(s, "title").empty() ? "(untitled)" : Str(s, "title")) + "</span>";
    for (const char* key : {"outlet", "author", "published"})
      if (!Str(s, key).empty()) h += ". " + Esc(Str(s, key));
    h += ".";
    // Only an http(s) URL is a live link; any other (javascript:, data:, vbscript:...) is
    // shown as text.
    if (!Str(s, "url").empty()) {
      if (auto live = HttpUrl(Str(s, "url")))
        h += " <a href=\"" + Esc(*live) + "\">" + Esc(Str(s, "url")) + "</a>";
      else
        h += " <span class=\"url\">" + Esc(Str(s, "url")) + "</span>";
    }
    h += " <span class=\"loc\">" + Esc(Str(s, "file")) + "</span></li>\n";
  }
  h += "</ol>\n<h2>Quotes cited</h2>\n<ol class=\"quotes\">\n";
  for (const auto& q : b["quotes"]) {
    const std::string n = std::to_string(q["n"].get<int>());
    h += "<li id=\"" + cites.Anchor(Str(q, "statement")) + "\" data-n=\"" + n + "\"><a href=\"#s" +
         n + "\">[" + n + "]</a> <span class=\"loc\">" + Esc(Str(q, "source")) + " [" +
         std::to_string(q["start"].get<uint32_t>()) + "-" +
         std::to_string(q["end"].get<uint32_t>()) + "]</span> &ldquo;" + Esc(Str(q, "text")) +
         "&rdquo;</li>\n";
  }
  h += "</ol>\n</main>\n</body>\n</html>\n";
  return h;
}

}  // namespace cg

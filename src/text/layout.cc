#include "text/layout.h"

#include <algorithm>
#include <cctype>

namespace apparat::text {

namespace {

struct Line {
  size_t start, end;  // without "\n" and a "\r" before it
};

std::vector<Line> LinesOf(std::string_view b, size_t from) {
  std::vector<Line> lines;
  size_t pos = from;
  while (pos <= b.size()) {
    size_t nl = b.find('\n', pos);
    size_t end = nl == std::string_view::npos ? b.size() : nl;
    size_t stop = end > pos && b[end - 1] == '\r' ? end - 1 : end;
    lines.push_back({pos, stop});
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return lines;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

std::string_view Trimmed(std::string_view s) {
  size_t a = 0, z = s.size();
  while (a < z && IsSpace(s[a])) ++a;
  while (z > a && IsSpace(s[z - 1])) --z;
  return s.substr(a, z - a);
}

// "00:00:32,600", "00:32.600", "1:02:03.5".
bool IsTimestamp(std::string_view s) {
  int fields = 0;
  size_t i = 0;
  while (true) {
    size_t d = i;
    while (i < s.size() && IsDigit(s[i])) ++i;
    if (i == d || i - d > 2) return false;
    ++fields;
    if (i < s.size() && s[i] == ':' && fields < 3) {
      ++i;
      continue;
    }
    break;
  }
  if (fields < 2 || i >= s.size() || (s[i] != ',' && s[i] != '.')) return false;
  size_t d = ++i;
  while (i < s.size() && IsDigit(s[i])) ++i;
  return i == s.size() && i > d && i - d <= 3;
}

// "00:00:32,600 --> 00:00:36,800", with WebVTT's cue settings after it.
bool IsTimecodeLine(std::string_view line) {
  size_t arrow = line.find("-->");
  if (arrow == std::string_view::npos) return false;
  std::string_view right = Trimmed(line.substr(arrow + 3));
  right = right.substr(0, std::min(right.size(), right.find_first_of(" \t")));
  return IsTimestamp(Trimmed(line.substr(0, arrow))) && IsTimestamp(right);
}

bool IsBlankLine(std::string_view b, const Line& l) { return Trimmed(b.substr(l.start, l.end - l.start)).empty(); }

void Blank(std::string* v, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if ((*v)[i] != '\n') (*v)[i] = ' ';
  }
}

// Joins two stretches of text: the line breaks between them become spaces.
void Join(std::string* v, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if ((*v)[i] == '\n' || (*v)[i] == '\r') (*v)[i] = ' ';
  }
}

// A quotation mark may be indented by this many spaces, as in Markdown.
constexpr size_t kQuoteIndent = 3;

// Whether any line opens with ">": '>' is rare in prose, so this looks
// only where one stands.
bool HasQuoteMark(std::string_view b, size_t from) {
  for (size_t p = b.find('>', from); p != std::string_view::npos; p = b.find('>', p + 1)) {
    size_t q = p;
    while (q > from && p - q < kQuoteIndent && (b[q - 1] == ' ' || b[q - 1] == '\t')) --q;
    if (q == from || b[q - 1] == '\n') return true;
  }
  return false;
}

// ">" opening a line, with any ">"s and spaces that follow.
bool BlankQuoteMarks(std::string_view b, const std::vector<Line>& lines, std::string* view) {
  bool any = false;
  for (const Line& l : lines) {
    size_t i = l.start;
    while (i < l.end && i - l.start < kQuoteIndent && IsSpace(b[i])) ++i;
    if (i >= l.end || b[i] != '>') continue;
    size_t j = i;
    while (j < l.end && (b[j] == '>' || IsSpace(b[j]))) ++j;
    if (!any) *view = std::string(b);
    any = true;
    Blank(view, i, j);
  }
  return any;
}

// One subtitle cue: its text lines [first, last], or none.
struct Cue {
  size_t first = 0, last = 0;
  bool has_text = false;
};

// Tags of subtitle formats: "<i>", "</font>", "<c.yellow>", "{\an8}".
void BlankTags(std::string* v, const Line& l) {
  for (size_t i = l.start; i < l.end; ++i) {
    char open = (*v)[i];
    if (open != '<' && !(open == '{' && i + 1 < l.end && (*v)[i + 1] == '\\')) continue;
    char close = open == '<' ? '>' : '}';
    size_t j = i + 1;
    if (open == '<' && j < l.end && (*v)[j] == '/') ++j;
    if (open == '<' && !(j < l.end && std::isalpha(static_cast<unsigned char>((*v)[j])))) continue;
    while (j < l.end && j - i < 64 && (*v)[j] != close && (*v)[j] != '<') ++j;
    if (j < l.end && (*v)[j] == close) {
      Blank(v, i, j + 1);
      i = j;
    }
  }
}

// What a cue's text says about its breaks.
struct CueShape {
  bool caption = false;  // no lower-case letter: a caption, "[MUSIC]"
  bool turn = false;     // opens with a speaker's label or a dash
  bool ends_on_name = false;  // its last word is capitalised, with no stop
  bool starts_upper = false;
};

CueShape ShapeOf(std::string_view original, std::string_view v, const std::vector<Line>& lines, const Cue& c) {
  CueShape shape;
  // A WebVTT voice tag ("<v Lenin>") opens a speaker's turn; the tag itself
  // is blanked in the reading copy, so it is read in the original.
  std::string_view first = Trimmed(original.substr(lines[c.first].start, lines[c.first].end - lines[c.first].start));
  bool voice = first.substr(0, 3) == "<v " || first.substr(0, 3) == "<v.";
  std::string text;
  for (size_t k = c.first; k <= c.last; ++k) {
    if (!text.empty()) text += ' ';
    text += Trimmed(v.substr(lines[k].start, lines[k].end - lines[k].start));
  }
  std::string_view t = Trimmed(text);
  // A caption has no lower-case letter; a byte of a non-Latin letter
  // (UTF-8, >= 0x80) counts as text, so a Cyrillic cue is no caption.
  shape.caption = std::none_of(t.begin(), t.end(), [](char c) { return IsLower(c) || static_cast<unsigned char>(c) >= 0x80; });
  if (t.empty()) return shape;
  shape.turn = voice;
  shape.starts_upper = IsUpper(t[0]);
  size_t colon = t.find(':');
  shape.turn = shape.turn || t[0] == '-' ||
               (colon != std::string_view::npos && colon >= 2 && colon <= 30 &&
                std::all_of(t.begin(), t.begin() + colon,
                            [](char ch) { return IsUpper(ch) || IsDigit(ch) || ch == ' ' || ch == '.' || ch == '\'' || ch == '-'; }));
  if (std::isalpha(static_cast<unsigned char>(t.back()))) {
    size_t w = t.size();
    while (w > 0 && (std::isalpha(static_cast<unsigned char>(t[w - 1])) || t[w - 1] == '\'' || t[w - 1] == '-')) --w;
    shape.ends_on_name = IsUpper(t[w]);
  }
  return shape;
}

bool ReadSubtitles(std::string_view b, const std::vector<Line>& lines, std::string* view, bool have_view) {
  std::vector<size_t> timecodes;
  for (size_t k = 0; k < lines.size(); ++k) {
    std::string_view l = b.substr(lines[k].start, lines[k].end - lines[k].start);
    if (l.find("-->") != std::string_view::npos && IsTimecodeLine(l)) timecodes.push_back(k);
  }
  if (timecodes.size() < 2) return false;
  if (!have_view) *view = std::string(b);
  // "WEBVTT" heads a WebVTT file.
  for (const Line& l : lines) {
    if (IsBlankLine(b, l)) continue;
    if (b.substr(l.start, l.end - l.start).rfind("WEBVTT", 0) == 0) Blank(view, l.start, l.end);
    break;
  }
  std::vector<Cue> cues;
  for (size_t n = 0; n < timecodes.size(); ++n) {
    size_t t = timecodes[n];
    Blank(view, lines[t].start, lines[t].end);
    // The cue's number or name, on the line above its timecode.
    if (t > 0 && !IsBlankLine(b, lines[t - 1]) && (t == 1 || IsBlankLine(b, lines[t - 2]))) {
      Blank(view, lines[t - 1].start, lines[t - 1].end);
    }
    size_t next = n + 1 < timecodes.size() ? timecodes[n + 1] : lines.size() + 1;
    Cue c;
    for (size_t k = t + 1; k < lines.size() && k + 1 < next && !IsBlankLine(b, lines[k]); ++k) {
      BlankTags(view, lines[k]);
      if (IsBlankLine(*view, lines[k])) continue;
      if (!c.has_text) c.first = k;
      c.last = k;
      c.has_text = true;
    }
    if (c.has_text) cues.push_back(c);
  }
  const std::string_view v = *view;
  std::vector<CueShape> shapes;
  for (const Cue& c : cues) shapes.push_back(ShapeOf(b, v, lines, c));
  for (size_t n = 0; n < cues.size(); ++n) {
    const Cue& c = cues[n];
    if (!shapes[n].caption) {
      for (size_t k = c.first; k < c.last; ++k) {
        std::string_view next = Trimmed(v.substr(lines[k + 1].start, lines[k + 1].end - lines[k + 1].start));
        if (!next.empty() && next[0] == '-') continue;  // a second speaker's dash
        Join(view, lines[k].end, lines[k + 1].start);
      }
    }
    if (n == 0) continue;
    const CueShape &before = shapes[n - 1], &now = shapes[n];
    if (before.caption || now.caption || now.turn || (before.ends_on_name && now.starts_upper)) continue;
    // Only cues with nothing but blanked cue numbers and timecodes between
    // them: prose or a table between two cues keeps its lines.
    bool only_marks = true;
    for (size_t k = cues[n - 1].last + 1; k < c.first && only_marks; ++k) only_marks = IsBlankLine(v, lines[k]);
    if (!only_marks) continue;
    Join(view, lines[cues[n - 1].last].end, lines[c.first].start);
  }
  return true;
}

}  // namespace

bool ReadingView(std::string_view bytes, size_t body_start, std::string* view) {
  // Most files have neither mark: a line opening with ">" or an arrow.
  bool arrow = bytes.find("-->", body_start) != std::string_view::npos;
  if (!arrow && !HasQuoteMark(bytes, body_start)) return false;
  std::vector<Line> lines = LinesOf(bytes, body_start);
  std::string out;
  bool quoted = BlankQuoteMarks(bytes, lines, &out);
  bool subtitles = arrow && ReadSubtitles(bytes, lines, &out, quoted);
  if (!quoted && !subtitles) return false;
  *view = std::move(out);
  return true;
}

void NumberLines(std::string_view original, std::vector<Sentence>* sentences) {
  size_t pos = 0;
  int line = 1;
  for (auto& s : *sentences) {
    size_t at = std::min(s.start, original.size());
    if (at > pos) line += static_cast<int>(std::count(original.begin() + pos, original.begin() + at, '\n'));
    pos = std::max(pos, at);
    s.line = line;
  }
}

}  // namespace apparat::text

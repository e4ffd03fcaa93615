#include "text/segmenter.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace apparat::text {

namespace {

struct Line {
  size_t start, end;  // without the line break
  int number;
};

bool IsBlank(std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; }

std::vector<Line> SplitLines(std::string_view b, size_t from) {
  std::vector<Line> lines;
  int number = 1;
  size_t pos = from;
  while (pos <= b.size()) {
    size_t nl = b.find('\n', pos);
    size_t end = nl == std::string_view::npos ? b.size() : nl;
    size_t stop = end;
    if (stop > pos && b[stop - 1] == '\r') --stop;
    lines.push_back({pos, stop, number++});
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return lines;
}

std::string_view Trim(std::string_view b, size_t* start, size_t* end) {
  while (*start < *end && std::isspace(static_cast<unsigned char>(b[*start]))) ++*start;
  while (*end > *start && std::isspace(static_cast<unsigned char>(b[*end - 1]))) --*end;
  return b.substr(*start, *end - *start);
}

bool StartsWithWord(std::string_view s, std::string_view w) {
  if (s.size() < w.size() || s.compare(0, w.size(), w) != 0) return false;
  return s.size() == w.size() || !std::isalpha(static_cast<unsigned char>(s[w.size()]));
}

// A line that opens a letter or names its parties. These words are the
// conventions of printed correspondence, not of any one corpus.
bool IsHeaderLine(std::string_view s) {
  static const std::array<std::string_view, 16> kOpeners = {
      "Letter", "LETTER", "To", "TO", "Copy", "Copies", "Dictated", "Written", "From",
      "Telegram", "Note", "Memorandum", "For", "Sent", "Dear", "Comrade"};
  if (s.size() > 160) return false;
  for (auto w : kOpeners) {
    if (StartsWithWord(s, w)) return true;
  }
  return false;
}

// Drops trailing closing quotes, brackets and footnote markers ("...late.[37]",
// "...late.’").
std::string_view StripClosers(std::string_view s) {
  for (;;) {
    if (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')')) {
      s.remove_suffix(1);
    } else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\x99") {
      s.remove_suffix(3);
    } else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\x9D") {
      s.remove_suffix(3);
    } else if (!s.empty() && s.back() == ']') {
      size_t open = s.rfind('[');
      if (open == std::string_view::npos || open + 1 == s.size() - 1) return s;
      for (size_t i = open + 1; i + 1 < s.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return s;
      }
      s.remove_suffix(s.size() - open);
    } else {
      return s;
    }
  }
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }

// The word ending just before `dot` (letters, digits and inner dots).
std::string_view WordBefore(std::string_view b, size_t dot, size_t floor) {
  size_t i = dot;
  while (i > floor) {
    char c = b[i - 1];
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '(' || c == ')') {
      --i;
    } else {
      break;
    }
  }
  return b.substr(i, dot - i);
}

bool IsKnownAbbreviation(std::string_view w) {
  static const std::array<std::string_view, 44> kAbbrev = {
      "pp", "p", "Mr", "Mrs", "Ms", "Dr", "St", "cf", "Cf", "vol", "Vol", "vols", "No", "nn",
      "nos", "ed", "eds", "Ed", "etc", "e.g", "i.e", "ibid", "Ibid", "op", "cit", "Jan", "Feb",
      "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Gen", "Col", "Lt", "Prof",
      "fig", "ch", "chap", "viz", "vs"};
  return std::find(kAbbrev.begin(), kAbbrev.end(), w) != kAbbrev.end();
}

// Words that, after a dotted acronym ("U.S.S.R."), show a new sentence.
bool IsSentenceStarter(std::string_view w) {
  static const std::array<std::string_view, 24> kStarters = {
      "The", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "In",
      "On", "At", "But", "And", "However", "When", "After", "Before", "A", "His", "Their", "There"};
  return std::find(kStarters.begin(), kStarters.end(), w) != kStarters.end();
}

std::string_view WordAt(std::string_view b, size_t i, size_t end) {
  size_t j = i;
  while (j < end && std::isalpha(static_cast<unsigned char>(b[j]))) ++j;
  return b.substr(i, j - i);
}

// Decides whether the '.', '!' or '?' at `p` ends a sentence; on yes, sets
// *cut to the offset just past the sentence (after closing quotes and
// footnote markers).
bool IsBoundary(std::string_view b, size_t p, size_t floor, size_t end, size_t* cut) {
  size_t q = p + 1;
  // Closing quotes, brackets and footnote markers such as "[12]".
  while (q < end) {
    unsigned char c = b[q];
    if (c == '"' || c == '\'' || c == ')') {
      ++q;
    } else if (c == '[') {
      size_t r = q + 1;
      while (r < end && std::isdigit(static_cast<unsigned char>(b[r]))) ++r;
      if (r < end && b[r] == ']' && r > q + 1) q = r + 1; else break;
    } else if (std::isdigit(c) && q == p + 1 && p > floor && std::isalpha(static_cast<unsigned char>(b[p - 1]))) {
      // A bare footnote number: "...a victory.1 The Central Committee".
      size_t r = q;
      while (r < end && r - q < 3 && std::isdigit(static_cast<unsigned char>(b[r]))) ++r;
      if (r + 1 < end && b[r] == ' ' && IsUpperAscii(b[r + 1])) q = r; else break;
    } else if (c == 0xE2 && q + 2 < end && static_cast<unsigned char>(b[q + 1]) == 0x80 &&
               (static_cast<unsigned char>(b[q + 2]) == 0x99 ||
                static_cast<unsigned char>(b[q + 2]) == 0x9D)) {
      q += 3;  // ’ or ”
    } else {
      break;
    }
  }
  if (q < end && !std::isspace(static_cast<unsigned char>(b[q]))) return false;
  size_t next = q;
  while (next < end && std::isspace(static_cast<unsigned char>(b[next]))) ++next;
  *cut = q;
  if (next >= end) return true;
  if (IsLowerAscii(b[next])) return false;
  if (b[p] != '.') return true;
  std::string_view word = WordBefore(b, p, floor);
  if (word.size() == 1 && IsUpperAscii(word[0])) return false;  // an initial: "J. V. Stalin"
  if (IsKnownAbbreviation(word)) return false;
  if (word.find('.') != std::string_view::npos || word.find('(') != std::string_view::npos) {
    return IsSentenceStarter(WordAt(b, next, end));  // "C.C." / "R.C.P.(B.)"
  }
  return true;
}

// The length of a list bullet at p ("•", "▪", "◦", "‣", "●" with white
// space on both sides), or 0.
size_t BulletAt(std::string_view b, size_t p, size_t end) {
  static const std::array<std::string_view, 5> kBullets = {"\u2022", "\u25AA", "\u25E6", "\u2023", "\u25CF"};
  if (static_cast<unsigned char>(b[p]) != 0xE2) return 0;
  for (auto bullet : kBullets) {
    size_t z = p + bullet.size();
    if (z <= end && b.substr(p, bullet.size()) == bullet && (p == 0 || std::isspace(static_cast<unsigned char>(b[p - 1]))) &&
        (z == end || std::isspace(static_cast<unsigned char>(b[z])))) {
      return bullet.size();
    }
  }
  return 0;
}

void SplitFlowing(std::string_view b, size_t start, size_t end, int paragraph,
                  std::vector<Sentence>* out) {
  size_t s = start;
  auto emit = [&](size_t from, size_t to) {
    size_t a = from, z = to;
    if (!Trim(b, &a, &z).empty()) out->push_back({a, z, 0, paragraph, false});
  };
  for (size_t p = start; p < end; ++p) {
    char c = b[p];
    size_t cut = 0;
    if ((c == '.' || c == '!' || c == '?') && IsBoundary(b, p, s, end, &cut)) {
      emit(s, cut);
      s = cut;
      p = cut > p ? cut - 1 : p;
    } else if (size_t len = BulletAt(b, p, end)) {
      // Notes flattened onto one line keep their bullets: each item is a
      // sentence of its own ("... to Lenin • Zinoviev and Kamenev ...").
      emit(s, p);
      s = p + len;
      p = s - 1;
    } else if (p - s >= kMaxSentenceBytes &&
               (std::isspace(static_cast<unsigned char>(c)) ||
                // No white space for twice the limit: cut anyway, at the
                // start of a UTF-8 character.
                (p - s >= 2 * kMaxSentenceBytes && (static_cast<unsigned char>(c) & 0xC0) != 0x80))) {
      emit(s, p);
      s = p;
    }
  }
  emit(s, end);
}

char FirstChar(std::string_view b, const Line& l) {
  size_t i = l.start;
  while (i < l.end && std::isspace(static_cast<unsigned char>(b[i]))) ++i;
  return i < l.end ? b[i] : '\0';
}

// A line that opens with a list bullet: "-", "*", "•", "–" or "·" before a
// word (not "-5", a number).
bool StartsWithBullet(std::string_view b, const Line& l) {
  size_t i = l.start;
  while (i < l.end && (b[i] == ' ' || b[i] == '\t')) ++i;
  if (i >= l.end) return false;
  size_t len = 0;
  if (b[i] == '-' || b[i] == '*') len = 1;
  for (std::string_view bullet : {"\u2022", "\u2013", "\u00B7"}) {
    if (b.substr(i, bullet.size()) == bullet) len = bullet.size();
  }
  if (len == 0 || i + len >= l.end) return false;
  unsigned char next = b[i + len];
  return !std::isdigit(next) && next != '-';
}

// A unit of one line stands as a block (a heading, a date line, a
// salutation, a signature) unless it ends a sentence.
bool IsBlockUnit(std::string_view text) {
  std::string_view core = StripClosers(text);
  if (text.size() > 160 || core.empty()) return false;
  char c = core.back();
  // A final initial or acronym ("R.C.P.(B.)", "N. K.") ends no sentence.
  if (c == '.' && core.size() >= 2 && IsUpperAscii(core[core.size() - 2]) &&
      (core.size() == 2 || !std::isalpha(static_cast<unsigned char>(core[core.size() - 3])))) {
    return true;
  }
  return c != '.' && c != '!' && c != '?' && c != ';';
}

// Lines shorter than this that are followed by a line starting afresh end a
// unit: in printed letters and lists each line stands alone, while
// hard-wrapped prose has full-width lines.
constexpr size_t kShortLine = 50;
// No printed page or hard-wrapping editor makes lines longer than this.
constexpr size_t kLongestWrappedLine = 200;

void SplitParagraph(std::string_view b, const std::vector<Line>& lines, size_t first, size_t last,
                    int paragraph, std::vector<Sentence>* out) {
  size_t i = first;
  // Leading header lines are blocks.
  for (; i < last; ++i) {
    size_t a = lines[i].start, z = lines[i].end;
    std::string_view text = Trim(b, &a, &z);
    // In a hard-wrapped paragraph an opener word may start ordinary prose
    // ("Comrade Smirnov opposed / the NEP"); a header line is followed by a
    // line that starts afresh, never by a lower-case continuation.
    bool next_fresh = i + 1 >= last || !IsLowerAscii(FirstChar(b, lines[i + 1]));
    if (!(IsHeaderLine(text) && IsBlockUnit(text) && next_fresh)) break;
    out->push_back({a, z, 0, paragraph, true});
  }
  // The rest, cut into units after short lines and lines ending in ':'.
  // A line is short against the paragraph's measure: in a narrow column
  // (a script's dialogue, a newspaper column: three or more lines, most of
  // them near the widest) a line is short only when well under the widest;
  // elsewhere, under kShortLine.
  auto width = [&](size_t k) {
    size_t a = lines[k].start, z = lines[k].end;
    return Trim(b, &a, &z).size();
  };
  size_t widest = 0;
  for (size_t k = i; k < last; ++k) widest = std::max(widest, width(k));
  // The last line of a paragraph is as long as its words make it: not counted.
  size_t lines_in = last > i ? last - i - 1 : 0, near = 0;
  bool narrow = lines_in >= 3 && widest >= 30 && widest < kShortLine + 10;
  if (narrow) {
    for (size_t k = i; k + 1 < last; ++k) near += 5 * width(k) >= 4 * widest;
    narrow = 3 * near >= 2 * lines_in;
  }
  auto is_short = [&](size_t w) { return narrow ? 10 * w < 7 * widest : w < kShortLine; };
  size_t unit = i;
  for (size_t k = i; k < last; ++k) {
    size_t a = lines[k].start, z = lines[k].end;
    std::string_view text = Trim(b, &a, &z);
    bool next_fresh = k + 1 < last && !IsLowerAscii(FirstChar(b, lines[k + 1]));
    bool next_header = false;
    if (next_fresh) {
      size_t na = lines[k + 1].start, nz = lines[k + 1].end;
      next_header = IsHeaderLine(Trim(b, &na, &nz));  // "Copy to ..." under "For A. B. X, C. D. Y"
    }
    // A signature or date line closing a paragraph right under the last
    // sentence of a letter's body ("... such a step.\nLenin").
    bool next_closes = false;
    if (next_fresh && k + 2 == last) {
      size_t na = lines[k + 1].start, nz = lines[k + 1].end;
      std::string_view next = Trim(b, &na, &nz);
      std::string_view core = StripClosers(text);
      next_closes = next.size() < kShortLine && IsBlockUnit(next) && !core.empty() &&
                    (core.back() == '.' || core.back() == '!' || core.back() == '?');
    }
    // A line longer than any printed measure, or followed by one, shows a
    // file that is not hard-wrapped: there every line break is meant. A
    // header line ("Copy to A, C.C. member and B, Secretary of ...") stands
    // alone whatever its length.
    bool unwrapped = false;
    if (next_fresh) {
      size_t na = lines[k + 1].start, nz = lines[k + 1].end;
      unwrapped = text.size() > kLongestWrappedLine || Trim(b, &na, &nz).size() > kLongestWrappedLine;
    }
    bool own_header = IsHeaderLine(text) && IsBlockUnit(text);
    // The next line is a list item ("- Trotsky had ...", "• Zinoviev ..."):
    // whatever this line was, it has ended.
    bool next_item = k + 1 < last && StartsWithBullet(b, lines[k + 1]);
    bool cut = k + 1 == last ||
               (next_fresh && (is_short(text.size()) || next_header || next_closes || unwrapped ||
                               own_header || next_item || (!text.empty() && text.back() == ':')));
    if (!cut) continue;
    size_t ua = lines[unit].start, uz = lines[k].end;
    std::string_view whole = Trim(b, &ua, &uz);
    if (unit == k && IsBlockUnit(whole)) {
      if (!whole.empty()) out->push_back({ua, uz, 0, paragraph, true});
    } else {
      SplitFlowing(b, lines[unit].start, lines[k].end, paragraph, out);
    }
    unit = k + 1;
  }
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view bytes, size_t body_start) {
  std::vector<Line> lines = SplitLines(bytes, body_start);
  std::vector<Sentence> out;
  int paragraph = 0;
  size_t i = 0;
  while (i < lines.size()) {
    if (IsBlank(bytes.substr(lines[i].start, lines[i].end - lines[i].start))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < lines.size() && !IsBlank(bytes.substr(lines[j].start, lines[j].end - lines[j].start))) ++j;
    SplitParagraph(bytes, lines, i, j, paragraph++, &out);
    i = j;
  }
  // Line numbers from offsets, in one forward sweep.
  size_t li = 0;
  for (auto& s : out) {
    while (li + 1 < lines.size() && lines[li + 1].start <= s.start) ++li;
    s.line = lines[li].number;
  }
  return out;
}

}  // namespace apparat::text

#include "extract/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace apparat::extract {

namespace {

constexpr const char* kMonth =
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

int MonthNumber(std::string_view m) {
  static const char* kNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (int i = 0; i < 12; ++i) {
    if (m.substr(0, 3) == kNames[i]) return i + 1;
  }
  return 0;
}

int ToInt(std::string_view s) { return s.empty() ? 0 : std::atoi(std::string(s).c_str()); }

struct Patterns {
  // Day before month: "12 December 1922", "5th of March", "15 December, 1922",
  // and two days of one month: "23 and 25 December", "23–25 December".
  RE2 day_month{std::string("\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:&|and|-|–|to)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?(?: of)? ") +
                kMonth + "(?:,? (\\d{4}))?\\b"};
  // Month before day: "December 12, 1922", "March 5th", "January 4 & 6, 1923".
  RE2 month_day{std::string("\\b") + kMonth +
                " (\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:&|and|-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?(?:,? (\\d{4}))?\\b"};
  RE2 month_year{std::string("\\b") + kMonth + ",? (\\d{4})\\b"};
  RE2 numeric{"\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b"};
  // "1920", and a span of years: "1920–24", "1919-1922".
  RE2 year{"\\b(1[6-9]\\d\\d|20\\d\\d)(?:\\s?[–-]\\s?(\\d{4}|\\d\\d))?\\b"};
  // What joins two dates into one range ("from 1919 until the spring of
  // 1922", "between March and May 1922"), and what must open it.
  RE2 range_join{"\\s*(?:(?:–|-|—)|\\s(?:to|until|till|through|and)\\s+(?:the\\s+(?:spring|summer|autumn|fall|winter|end|beginning|start|middle|close)\\s+of\\s+)?)\\s*"};
  RE2 range_open{"(?:^|\\W)(?:[Ff]rom|[Bb]etween)\\s+(?:the\\s+\\w+\\s+of\\s+)?$"};
  // A reference, not an event: "(Carr 1954, p. 261)", "(Lewin and Pipes 1968)".
  RE2 citation{"\\(\\s*\\p{Lu}[\\pL.'’-]+(?: (?:and|&) \\p{Lu}[\\pL.'’-]+| et al\\.)?,? \\d{4}[a-z]?(?:[,:;][^()]*)?\\)"};
};

const Patterns& P() {
  static const Patterns p;
  return p;
}

int DaysIn(int month, int year) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && year && !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) return 28;
  return kDays[month - 1];
}

// Month in 1..12 (or absent), day within the month (or absent).
bool Plausible(const DateMention& d) {
  if (d.month < 0 || d.month > 12 || d.day < 0) return false;
  if (d.month == 0) return d.day == 0 && !d.end_day;
  if (d.end_day && (d.day == 0 || d.end_day <= d.day || d.end_day > DaysIn(d.month, d.year))) return false;
  return d.day <= DaysIn(d.month, d.year);
}

bool Overlaps(const std::vector<DateMention>& found, size_t a, size_t z) {
  for (const auto& d : found) {
    if (a < d.end && d.start < z) return true;
  }
  return false;
}

// Runs one pattern over the text; `make` turns the groups into a date.
template <int N, typename Make>
void Scan(const RE2& re, std::string_view text, std::vector<DateMention>* out, Make make) {
  re2::StringPiece groups[N + 1];
  size_t pos = 0;
  while (pos < text.size() && out->size() < kMaxDatesPerText &&
         re.Match(re2::StringPiece(text.data(), text.size()), pos, text.size(), RE2::UNANCHORED, groups, N + 1)) {
    size_t a = groups[0].data() - text.data();
    size_t z = a + groups[0].size();
    DateMention d = make(groups);
    d.start = a;
    d.end = z;
    if (Plausible(d) && !Overlaps(*out, a, z)) out->push_back(d);
    pos = z > pos ? z : pos + 1;
  }
}

void DropCitations(const RE2& citation, std::string_view text, std::vector<DateMention>* dates) {
  re2::StringPiece input(text.data(), text.size()), m;
  size_t pos = 0;
  while (pos < text.size() && citation.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    size_t a = m.data() - text.data(), z = a + m.size();
    dates->erase(std::remove_if(dates->begin(), dates->end(),
                                [&](const DateMention& d) { return d.start >= a && d.end <= z; }),
                 dates->end());
    pos = z;
  }
}

std::string_view View(const re2::StringPiece& p) { return std::string_view(p.data(), p.size()); }


// "from 1919 until 1922" and "between March and May 1922" are one range; a
// dash needs no opener ("1919–1922", "5 March – 2 April 1923").
void JoinRanges(const Patterns& p, std::string_view text, std::vector<DateMention>* dates) {
  std::vector<DateMention> out;
  for (size_t i = 0; i < dates->size(); ++i) {
    DateMention a = (*dates)[i];
    if (i + 1 < dates->size() && !a.IsRange()) {
      const DateMention& b = (*dates)[i + 1];
      std::string_view between = text.substr(a.end, b.start - a.end);
      bool dash = between.find_first_not_of(" ") != std::string_view::npos &&
                  between.find_first_not_of(" -\xE2\x80\x93\x94") == std::string_view::npos;
      bool joined = RE2::FullMatch(re2::StringPiece(between.data(), between.size()), p.range_join) &&
                    (dash || RE2::PartialMatch(re2::StringPiece(text.data(), a.start), p.range_open));
      bool is_and = between.find("and") != std::string_view::npos;
      if (is_and && !RE2::PartialMatch(re2::StringPiece(text.data(), a.start), "(?:^|\\W)[Bb]etween\\s+$")) joined = false;
      // Both ends of one kind of date: "March and May 1922", not "1922 and 5 March".
      if (joined && b.year && (b.month != 0) == (a.month != 0) && !b.IsRange()) {
        if (!a.year) a.year = a.month > b.month ? b.year - 1 : b.year;
        if (b.year != a.year || b.month != a.month || b.day != a.day) {
          a.end_year = b.year;
          a.end_month = b.month;
          a.end_day = b.day;
          a.end = b.end;
          out.push_back(a);
          ++i;
          continue;
        }
      }
    }
    out.push_back(a);
  }
  dates->swap(out);
}

}  // namespace

std::vector<DateMention> FindDates(std::string_view text) {
  std::vector<DateMention> out;
  // Every form read here has a digit; most sentences have none.
  if (std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return out;
  const Patterns& p = P();
  Scan<4>(p.day_month, text, &out, [](re2::StringPiece* g) {
    DateMention d{0, 0, ToInt(View(g[4])), MonthNumber(View(g[3])), ToInt(View(g[1]))};
    d.end_day = ToInt(View(g[2]));
    return d;
  });
  Scan<4>(p.month_day, text, &out, [](re2::StringPiece* g) {
    DateMention d{0, 0, ToInt(View(g[4])), MonthNumber(View(g[1])), ToInt(View(g[2]))};
    d.end_day = ToInt(View(g[3]));
    return d;
  });
  Scan<2>(p.month_year, text, &out, [](re2::StringPiece* g) {
    return DateMention{0, 0, ToInt(View(g[2])), MonthNumber(View(g[1])), 0};
  });
  Scan<3>(p.numeric, text, &out, [](re2::StringPiece* g) {
    return DateMention{0, 0, ToInt(View(g[3])), ToInt(View(g[2])), ToInt(View(g[1]))};
  });
  Scan<2>(p.year, text, &out, [](re2::StringPiece* g) {
    DateMention d{0, 0, ToInt(View(g[1])), 0, 0};
    std::string_view end = View(g[2]);
    int e = ToInt(end);
    if (end.size() == 2) e += d.year / 100 * 100;  // "1920–24"
    if (e > d.year) d.end_year = e;  // "1922-12" (a month) is not a range
    return d;
  });
  DropCitations(p.citation, text, &out);
  std::sort(out.begin(), out.end(), [](const DateMention& a, const DateMention& b) { return a.start < b.start; });
  JoinRanges(p, text, &out);
  return out;
}

std::string IsoDate(const DateMention& d, int context_year) {
  int year = d.year ? d.year : context_year;
  if (!year) return "";
  char buf[16];
  if (d.month && d.day) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, d.month, d.day);
  else if (d.month) std::snprintf(buf, sizeof buf, "%04d-%02d", year, d.month);
  else std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

std::string IsoDateEnd(const DateMention& d, int context_year) {
  if (!d.IsRange()) return "";
  DateMention e;
  e.year = d.end_year ? d.end_year : (d.year ? d.year : context_year);
  e.month = d.end_year || d.end_month ? d.end_month : d.month;
  e.day = d.end_day;
  return IsoDate(e, 0);
}

namespace {

// A word of the sentence, lower-cased, with its span. Letters, digits,
// apostrophes and non-ASCII letters make words; dashes and curly quotes do
// not.
struct Word {
  size_t start, end;
  std::string lower;
};

bool PunctuationAt(std::string_view t, size_t i, size_t* len) {
  unsigned char c = t[i];
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
    unsigned char k = t[i + 2];
    if (k == 0x93 || k == 0x94 || k == 0x98 || k == 0x9C || k == 0x9D) return *len = 3, true;
  }
  *len = 1;
  return c < 0x80 && !std::isalnum(c) && c != '\'';
}

std::vector<Word> Words(std::string_view t) {
  std::vector<Word> out;
  size_t i = 0;
  while (i < t.size()) {
    size_t len;
    if (PunctuationAt(t, i, &len)) {
      i += len;
      continue;
    }
    size_t a = i;
    while (i < t.size() && !PunctuationAt(t, i, &len)) ++i;
    std::string w(t.substr(a, i - a));
    for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.push_back({a, i, w});
  }
  return out;
}

bool OneOf(const std::string& w, std::initializer_list<const char*> list) {
  for (const char* x : list) {
    if (w == x) return true;
  }
  return false;
}

// A clause break: ; : ( ) [ ], or a full stop glued to a footnote number and
// the next sentence ("it.10Then"), which the segmenter may leave joined.
bool HardBreakIn(std::string_view t, size_t a, size_t z) {
  for (size_t i = a; i < z && i < t.size(); ++i) {
    char c = t[i];
    if (c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']') return true;
    if ((c == '.' || c == '!' || c == '?') && i > 0 && std::islower(static_cast<unsigned char>(t[i - 1]))) {
      size_t j = i + 1;
      while (j < t.size() && (t[j] == '"' || t[j] == '\'' || t[j] == ')')) ++j;
      size_t d = j;
      while (j < t.size() && j - d < 4 && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
      if (j > d && j - d <= 3 && j < t.size() && std::isupper(static_cast<unsigned char>(t[j]))) return true;
    }
  }
  return false;
}

// A comma or a dash: asides and clauses hang there.
bool SoftBreakIn(std::string_view t, size_t a, size_t z) {
  for (size_t i = a; i < z && i < t.size(); ++i) {
    size_t len;
    if (t[i] == ',') return true;
    if (PunctuationAt(t, i, &len) && len == 3 && (static_cast<unsigned char>(t[i + 2]) == 0x93 ||
                                                  static_cast<unsigned char>(t[i + 2]) == 0x94)) {
      return true;
    }
    if (t[i] == '-' && i > 0 && i + 1 < t.size() && t[i - 1] == ' ' && t[i + 1] == ' ') return true;
  }
  return false;
}

bool AnyIn(const std::vector<std::pair<size_t, size_t>>& spans, size_t a, size_t z) {
  for (const auto& [s, e] : spans) {
    if (s < z && a < e) return true;
  }
  return false;
}

bool StartsAt(const std::vector<std::pair<size_t, size_t>>& spans, size_t a) {
  for (const auto& s : spans) {
    if (s.first == a) return true;
  }
  return false;
}

// Words that open a clause or phrase about something else.
bool OpensSubordinate(const std::string& w) {
  return OneOf(w, {"after", "before", "since", "until", "till", "following", "upon", "despite"});
}
bool OpensRelative(const std::string& w) {
  return OneOf(w, {"who", "which", "whom", "whose", "where", "when", "while", "whereas", "although", "though",
                   "because"});
}

// Whether the date at d is about another event than the relation's.
bool AboutAnotherEvent(std::string_view t, const std::vector<Word>& words, const DateMention& d,
                       const RelationSpan& at) {
  size_t first = 0;
  while (first < words.size() && words[first].end <= d.start) ++first;  // words[first] starts the date
  // A bound alone is no date of the event: "until 1920", "prior to 1922".
  if (first > 0) {
    const std::string& w = words[first - 1].lower;
    if (OneOf(w, {"until", "till", "before", "after", "following"})) return true;
    if (w == "to" && first > 1 && OneOf(words[first - 2].lower, {"prior", "up"})) return true;
  }
  // "after Smith's death in 1919": back through the date's phrase to its
  // opener, stopping at a comma, a dash or one of the relation's mentions.
  for (size_t k = first; k-- > 0;) {
    if (SoftBreakIn(t, words[k].end, k + 1 < words.size() ? words[k + 1].start : d.start) ||
        HardBreakIn(t, words[k].end, d.start) || AnyIn(at.slots, words[k].start, words[k].end)) {
      break;
    }
    if (OpensSubordinate(words[k].lower) && k + 1 < first) return true;
  }
  // ", who had joined the party in 1899,": a relative or adverbial clause
  // that names neither side of the relation is about its own event.
  for (size_t k = 0; k < first; ++k) {
    if (!OpensRelative(words[k].lower)) continue;
    size_t stop = t.size();
    for (size_t i = words[k].end; i < t.size(); ++i) {
      if (SoftBreakIn(t, i, i + 1) || HardBreakIn(t, i, i + 1)) {
        stop = i;
        break;
      }
    }
    if (d.start < stop && !AnyIn(at.slots, words[k].start, stop) &&
        !(at.start >= words[k].start && at.end <= stop)) {
      return true;
    }
  }
  return false;
}

}  // namespace

int GoverningDate(std::string_view t, const std::vector<DateMention>& dates, const RelationSpan& at, bool* use_end) {
  *use_end = false;
  if (dates.empty()) return -1;
  std::vector<Word> words = Words(t);
  int best = -1;
  size_t best_distance = 0;
  bool best_end = false;
  for (size_t i = 0; i < dates.size(); ++i) {
    const DateMention& d = dates[i];
    if (AboutAnotherEvent(t, words, d, at)) continue;
    size_t distance = 0;
    bool end = false;
    if (d.end <= at.start) {
      // Before the relation: the date opens its clause ("On 3 April 1922
      // the committee appointed ..."; "At this stage – on 23 December –
      // Lenin ...") with no name before it and nothing but asides between.
      if (HardBreakIn(t, d.end, at.start)) continue;
      size_t clause = 0;  // where the date's clause or aside begins
      for (size_t k = d.start; k-- > 0;) {
        if (HardBreakIn(t, k, k + 1) || SoftBreakIn(t, k, k + 1)) {
          clause = k + 1;
          break;
        }
      }
      size_t lead = 0;
      for (const auto& w : words) lead += w.start >= clause && w.end <= d.start;
      bool fronted = lead <= 4 && !AnyIn(at.mentions, clause, d.start);
      // "... from 1919 until 1922, when he was appointed": the when-clause
      // happens at the date it follows.
      std::vector<std::string> gap;
      for (const auto& w : words) {
        if (w.start >= d.end && w.end <= at.start) gap.push_back(w.lower);
      }
      bool when = gap.size() == 1 && gap[0] == "when";
      if (!fronted && !when) continue;
      end = when && d.IsRange();
      distance = at.start - d.end;
    } else if (d.start >= at.end) {
      // After the relation, in the same phrase: "wrote to Trotsky on 5
      // March". Not past a comma or a dash (an aside or another clause), nor
      // past "and"/"but" opening a new phrase ("and a Marxist since 1891").
      size_t from = at.end;
      // "wrote to Smith, the head of the bureau, on 19 May": one aside
      // naming the object is stepped over.
      size_t comma = t.find(',', at.end);
      if (comma < d.start && t.substr(at.end, comma - at.end).find_first_not_of(' ') == std::string_view::npos) {
        size_t close = t.find(',', comma + 1);
        auto opens_noun = [&] {
          for (const auto& w : words) {
            if (w.start > comma) return OneOf(w.lower, {"the", "a", "an", "his", "her", "their", "its"});
          }
          return false;
        };
        if (close < d.start && (AnyIn(at.mentions, comma, close) || opens_noun())) {
          std::string_view aside = t.substr(comma + 1, close - comma - 1);
          bool plain = !HardBreakIn(t, comma + 1, close);
          for (const auto& w : words) {
            if (w.start > comma && w.end <= close && (OpensRelative(w.lower) || OneOf(w.lower, {"and", "but", "that"}))) plain = false;
          }
          if (plain && aside.size() <= 80) from = close + 1;
        }
        // The match ends inside an aside after its last name ("wrote to
        // Smith, the head of the bureau"): this comma closes it.
        size_t last_slot = at.start;
        for (const auto& sl : at.slots) {
          if (sl.second <= at.end) last_slot = std::max(last_slot, sl.second);
        }
        if (from == at.end && t.substr(last_slot, at.end - last_slot).find(',') != std::string_view::npos) {
          from = comma + 1;
        }
        // "Note by Lenin to Trotsky, December 21, 1922": the date right
        // after the comma.
        if (from == at.end && t.substr(comma + 1, d.start - comma - 1).find_first_not_of(' ') == std::string_view::npos) {
          from = d.start;
        }
      }
      if (HardBreakIn(t, from, d.start) || SoftBreakIn(t, from, d.start)) continue;
      size_t n = 0;
      bool breaks = false;
      for (const auto& w : words) {
        if (w.start < from || w.end > d.start) continue;
        ++n;
        if (OneOf(w.lower, {"and", "or"})) {
          size_t next = w.end;
          while (next < t.size() && t[next] == ' ') ++next;
          breaks = breaks || !StartsAt(at.mentions, next);
        } else if (OneOf(w.lower, {"but", "that", "then"}) || OpensRelative(w.lower)) {
          breaks = true;
        }
      }
      if (breaks || n > 8) continue;
      distance = d.start - at.end;
    }
    // Nearest wins; among equals, the one that names a month ("In 1922, on 3
    // April, ..."), then the first.
    bool better = best < 0 || distance < best_distance ||
                  (distance == best_distance && dates[i].month && !dates[best].month);
    if (better) best = static_cast<int>(i), best_distance = distance, best_end = end;
  }
  *use_end = best_end;
  return best;
}

}  // namespace apparat::extract

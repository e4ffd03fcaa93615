#include "extract/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

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
  // Day before month: "12 December 1922", "5th of March", "15 December, 1922".
  RE2 day_month{std::string("\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? ") + kMonth + "(?:,? (\\d{4}))?\\b"};
  // Month before day: "December 12, 1922", "March 5th", "January 4 & 6, 1923".
  RE2 month_day{std::string("\\b") + kMonth +
                " (\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:&|and|-|–)\\s*\\d{1,2})?(?:,? (\\d{4}))?\\b"};
  RE2 month_year{std::string("\\b") + kMonth + ",? (\\d{4})\\b"};
  RE2 numeric{"\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b"};
  RE2 year{"\\b(1[6-9]\\d\\d|20\\d\\d)\\b"};
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
  if (d.month == 0) return d.day == 0;
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

}  // namespace

std::vector<DateMention> FindDates(std::string_view text) {
  std::vector<DateMention> out;
  // Every form read here has a digit; most sentences have none.
  if (std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return out;
  const Patterns& p = P();
  Scan<3>(p.day_month, text, &out, [](re2::StringPiece* g) {
    return DateMention{0, 0, ToInt(View(g[3])), MonthNumber(View(g[2])), ToInt(View(g[1]))};
  });
  Scan<3>(p.month_day, text, &out, [](re2::StringPiece* g) {
    return DateMention{0, 0, ToInt(View(g[3])), MonthNumber(View(g[1])), ToInt(View(g[2]))};
  });
  Scan<2>(p.month_year, text, &out, [](re2::StringPiece* g) {
    return DateMention{0, 0, ToInt(View(g[2])), MonthNumber(View(g[1])), 0};
  });
  Scan<3>(p.numeric, text, &out, [](re2::StringPiece* g) {
    return DateMention{0, 0, ToInt(View(g[3])), ToInt(View(g[2])), ToInt(View(g[1]))};
  });
  Scan<1>(p.year, text, &out, [](re2::StringPiece* g) { return DateMention{0, 0, ToInt(View(g[1])), 0, 0}; });
  DropCitations(p.citation, text, &out);
  std::sort(out.begin(), out.end(), [](const DateMention& a, const DateMention& b) { return a.start < b.start; });
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

}  // namespace apparat::extract

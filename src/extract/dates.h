// Dates: date expressions in a sentence -> ISO strings.
//
// Reads "12 December 1922", "December 12, 1922", "15 December, 1922",
// "On 12 December", "March 5th", "January 4 & 6, 1923", "December 1922",
// "27/11/2018" and "in 1920"; impossible dates ("31/02/1922") are not dates.
// Ranges ("from 1919 until 1922", "between March and May 1922", "in
// 1920–24", "23 and 25 December") are one mention with a start and an end.
// A date without a year gets one from the caller's context (the extractor
// passes the latest year seen earlier in the same paragraph). At most
// kMaxDatesPerText dates are read from one text.
//
// GoverningDate then tells, for one relation read in a sentence, which of
// the sentence's dates is the date of that relation's clause, if any.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace apparat::extract {

// A sentence names a few dates; a "sentence" with thousands is a table or
// junk, and scanning on would only cost time.
constexpr size_t kMaxDatesPerText = 32;

struct DateMention {
  size_t start = 0, end = 0;  // offsets into the text given
  int year = 0;               // 0 when the text gives none
  int month = 0;              // 0 when only a year is given
  int day = 0;
  // The end of a range; 0 where it repeats the start or there is no range
  // (end_day alone: "23–25 December").
  int end_year = 0, end_month = 0, end_day = 0;
  bool IsRange() const { return end_year || end_month || end_day; }
};

// Finds date expressions, left to right, without overlaps.
std::vector<DateMention> FindDates(std::string_view text);

// Formats a date as YYYY, YYYY-MM or YYYY-MM-DD, taking `context_year` when
// the mention has no year. Empty when no year is known at all.
std::string IsoDate(const DateMention& d, int context_year);

// The end of a range as IsoDate writes it ("1922", "1922-12-25"), or empty
// when the mention is not a range. An end without a year or month ("23 and
// 25 December") takes the start's (or `context_year`).
std::string IsoDateEnd(const DateMention& d, int context_year);

// Where a relation was read in a sentence: offsets into the sentence text.
struct RelationSpan {
  size_t start = 0, end = 0;  // the text the rule matched
  // Spans of the relation's own subject and object mentions, and of every
  // mention of the sentence.
  std::vector<std::pair<size_t, size_t>> slots, mentions;
};

// The index in `dates` (FindDates of `text`) of the date that governs the
// relation at `at`, or -1 when no date is sure. The nearest date of the
// relation's own clause wins: inside the matched text, fronted before it in
// the same clause ("On 3 April 1922 the committee appointed ..."), or right
// after it ("... wrote to Trotsky on 5 March"). Not taken:
// * a date about another event: in a phrase opened by after, before, since,
//   until, following, upon or despite with words between ("after Smith's
//   death in 1919"), or in a relative clause (", who had joined in 1899,")
//   that holds neither of the relation's mentions;
// * a bound alone ("until 1920", "before 1922"): not a date of the event;
// * a date beyond a clause break: ; : ( ) a dash, "and"/"but" starting a
//   new phrase ("and a Marxist since 1891"), a comma after the relation, or
//   a footnote number glued to the next sentence ("it.10Then").
// *use_end is set when the relation is dated by a range's end: "from 1919
// until 1922, when he was appointed" dates the appointment 1922.
int GoverningDate(std::string_view text, const std::vector<DateMention>& dates, const RelationSpan& at,
                  bool* use_end);

}  // namespace apparat::extract

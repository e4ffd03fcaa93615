// Dates: date expressions in a sentence -> ISO strings.
//
// Reads "12 December 1922", "December 12, 1922", "15 December, 1922",
// "On 12 December", "March 5th", "January 4 & 6, 1923", "December 1922",
// "27/11/2018" and "in 1920"; impossible dates ("31/02/1922") are not dates.
// A date without a year gets one from the caller's context (the extractor
// passes the latest year seen earlier in the same paragraph). At most
// kMaxDatesPerText dates are read from one text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
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
};

// Finds date expressions, left to right, without overlaps.
std::vector<DateMention> FindDates(std::string_view text);

// Formats a date as YYYY, YYYY-MM or YYYY-MM-DD, taking `context_year` when
// the mention has no year. Empty when no year is known at all.
std::string IsoDate(const DateMention& d, int context_year);

}  // namespace apparat::extract

// Tables: facts read from the rows of a table whose header names what its
// columns hold.
//
// Takes a document's bytes, its mentions (every sentence's, in document
// order) and the header words of the grammar pack (rules::EntityParts,
// `held_columns` and `member_columns` from a [tables] section); gives one
// TableFact per post or body that a row's cell names for the person of that
// row. A table is three or more consecutive lines split into cells by "|"
// (a pipe between two cells, as in "  1 | LENIN, | Chairman of Sovnarkom
// 1917-24 | Politburo 1919-24" or a Markdown table), with a header line; a
// row runs over the lines that follow it until the next person in the name
// column or an empty line of cells, so wrapped cells stay one row. A year
// or a range after the name in its cell ("1917-24", "1922-") dates it.
//
// Nothing here knows a period or a language beyond the header words the
// rules give. Pure function of its inputs; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/facts.h"
#include "rules/rule_set.h"

namespace apparat::extract {

struct TableFact {
  std::string subject, relation, object;  // entity ids
  size_t row_start = 0, row_end = 0;      // bytes of the row's lines
  int line = 0;                           // 1-based line of the row's first line
  std::string column;                     // the header of the cell, for evidence
  std::string date, date_end;             // ISO years, or empty
};

// `mentions` sorted by start, not overlapping.
std::vector<TableFact> ReadTables(std::string_view doc, size_t body_start, const std::vector<Mention>& mentions,
                                  const rules::EntityParts& parts);

}  // namespace apparat::extract

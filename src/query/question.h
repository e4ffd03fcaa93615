// Question: an English question -> a structured query.
//
// Takes one question such as "who opposed the monopoly", "who did Lenin
// write to", "what posts did Stalin hold" or "how is Krestinsky connected
// to Stalin" and gives the relation asked about and the entity phrase(s),
// still as written (names.h resolves them). The grammar is a fixed table of
// templates (docs/query.md lists them); matching is case-insensitive and
// ignores a trailing "?". Nothing here looks at the graph except through
// `is_name_word`, which keeps words of entity names from being reported as
// not understood.
// Errors: Status naming the first word that was not understood, or saying
// the form of the question was not recognised. Thread-safe (no state).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace apparat::query {

struct Query {
  enum Kind { kFacts, kPath };
  Kind kind = kFacts;
  // Canonical relation (opposed, supported, allied, appointed, held,
  // member-of, wrote-to); empty means any relation.
  std::string relation;
  // Entity phrases as written. For kFacts an empty slot is the one asked
  // about; for kPath, subject is the start and object the end.
  std::string subject, object;
  // A type the answers must have ("position" for "what posts ..."), or empty.
  std::string answer_type;
};

using IsNameWord = std::function<bool(std::string_view lower_word)>;

Status ParseQuestion(std::string_view question, const IsNameWord& is_name_word, Query* out);

// The canonical relation for a name or phrase ("member of", "wrote to",
// "opposed"); empty when it is none.
std::string CanonicalRelation(std::string_view name);

// The question forms, one example per template family, for help and docs.
const std::vector<std::string>& QuestionExamples();

}  // namespace apparat::query

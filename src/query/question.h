// Question: an English question -> a structured query.
//
// Takes one question such as "who opposed the monopoly", "who did Lenin
// write to", "what posts did Stalin hold", "did Stalin oppose Trotsky",
// "Stalin's allies", "who opposed Stalin in 1923" or "how is Krestinsky
// connected to Stalin" and gives the relation asked about, the entity
// phrase(s) still as written (names.h resolves them; a title such as
// "comrade" is dropped) and the time it names. The grammar is a fixed table
// of templates (docs/query.md lists them); matching is case-insensitive and
// ignores a trailing "?". When several templates fit, the one that leaves
// the fewest words to the entity phrases wins ("fought against Stalin" is
// the verb "fought against", not "fought" and a name "against Stalin"). Nothing here looks at the graph except through
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
  // kFacts: the edges of one relation at the named end(s); kPath: chains
  // between two entities; kAbout: every edge at one entity ("Stalin",
  // "tell me about Stalin").
  enum Kind { kFacts, kPath, kAbout };
  Kind kind = kFacts;
  // Canonical relation (opposed, supported, allied, appointed, held,
  // member-of, wrote-to); empty means any relation.
  std::string relation;
  // Entity phrases as written. For kFacts an empty slot is the one asked
  // about; for kPath, subject is the start and object the end.
  std::string subject, object;
  // A type the answers must have ("position" for "what posts ..."), or empty.
  std::string answer_type;
  // "who was General Secretary": the object must be a post; a person named
  // there ("who was Trotsky") makes the question one about that person.
  std::string object_type;
  // "did Stalin oppose Trotsky": the answer starts with yes or no.
  bool yes_no = false;
  // "when did Stalin become General Secretary": the evidence in date order.
  bool when = false;
  // A time the question names ("in 1923", "before 1924", "between 1922 and
  // 1924"), as --since/--until take it; empty when none.
  std::string since, until;
};

using IsNameWord = std::function<bool(std::string_view lower_word)>;

Status ParseQuestion(std::string_view question, const IsNameWord& is_name_word, Query* out);

// The canonical relation for a name or phrase ("member of", "wrote to",
// "opposed"); empty when it is none.
std::string CanonicalRelation(std::string_view name);

// The question forms, one example per template family, for help and docs.
const std::vector<std::string>& QuestionExamples();

}  // namespace apparat::query

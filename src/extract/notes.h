// Biographical notes and infoboxes: the notes on persons that documentary
// editions and encyclopedias print, in clauses without a subject.
//
//   Petrovsky, G. I. (1878-1958) - joined the Party in 1897. In 1917-19
//   People's Commissar for Internal Affairs; in 1926-39, member of the
//   Politburo; in 1928 sided with Stalin against Bukharin.
//
// Takes a document's sentences and their mentions; gives each note: the
// person it is about (the name that opens its paragraph, followed by
// initials, years in brackets and a dash, colon or comma) and the clauses of
// the paragraph after that head (split at sentence ends and semicolons).
// Rules of scope "note" read each clause with the person as default
// subject, so "member of the Politburo" there reads as the person's.
//
// Pure function of its inputs; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/facts.h"
#include "text/segmenter.h"

namespace apparat::extract {

struct NoteClause {
  size_t sentence = 0;        // index of the sentence holding it
  size_t start = 0, end = 0;  // byte span in the document
};

struct BioNote {
  std::string person;  // entity id
  std::vector<NoteClause> clauses;
};

std::vector<BioNote> FindBioNotes(std::string_view doc, const std::vector<text::Sentence>& sentences,
                                  const std::vector<std::vector<Mention>>& mentions);

// Infoboxes: the summary tables of encyclopedia pages, copied as text.
//
//   | Valerian Kuibyshev                                   |
//   | Chairman of the Supreme Council of National Economy  |
//   |   In office     August 1926 - November 1930          |
//   |   Preceded by   Felix Dzerzhinsky                    |
//
// A paragraph with a line that opens (table borders aside) with "In
// office", "Preceded by", "Succeeded by" or "Assumed office" is one; its
// person is the first person it names before that line. Each of its other
// lines that names no other person (borders trimmed) is a clause about that
// person, read by the rules of scope "note" like a biographical note's:
// "Chairman of the Supreme Council of National Economy" is a post held.
std::vector<BioNote> FindInfoboxes(std::string_view doc, const std::vector<text::Sentence>& sentences,
                                   const std::vector<std::vector<Mention>>& mentions);

// Back-of-book indexes: a head word at the margin naming a person, then
// sub-entries indented below it, each a clause about that person:
//
//   Bukharin, Nikolai Ivanovich (1888-1938), 12, 58
//       editor of Pravda (1918-29), 77, 212
//       allied with Stalin against the United Opposition, 214-19
//
// The head line opens with a person's name and a comma; a sub-entry is a
// line indented deeper than its head, and a line indented deeper still
// continues it. Page numbers stay in the clause (no rule reads them). A
// document is read so only when it has two such entries or more and most
// of their sub-entries open in lower case, as an index's do.
std::vector<BioNote> FindIndexEntries(std::string_view doc, const std::vector<text::Sentence>& sentences,
                                      const std::vector<std::vector<Mention>>& mentions);

}  // namespace apparat::extract

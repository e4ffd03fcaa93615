// Letters: blocks of correspondence inside a document.
//
// Takes a document's sentences and mentions; gives its letters. A letter
// opens at a header line that a letter-scope rule reads ("Letter to X",
// "To X and Y", "Copy to ..."), takes the header lines that follow it, and
// runs to the closing lines after its signature, or, unsigned, to the next
// letter. Its author is the signature inside it (a line
// that is only a person's name), or else the document's most frequent
// signatory; its date is the first date in its header or its closing lines.
#pragma once

#include <string>
#include <vector>

#include "extract/facts.h"
#include "extract/relation_matcher.h"
#include "text/segmenter.h"

namespace apparat::extract {

struct Letter {
  size_t first = 0;       // index of the first header sentence
  size_t header_end = 0;  // one past the last header sentence
  size_t end = 0;         // one past the letter's last sentence
  std::string author;     // entity id, empty when unknown
  std::string date;       // ISO, empty when undated
  // The one person its header writes to ("Comrade Trotsky:"), not a copy;
  // empty when the header names none or several. "You" in the letter.
  std::string addressee;
  // "Copies to ..." lines printed after the signature: read like header
  // lines of this letter.
  std::vector<size_t> trailer;
};

// Finds the letters. `dates[i]` is the ISO date of sentence i (may be empty).
std::vector<Letter> FindLetters(std::string_view doc, const std::vector<text::Sentence>& sentences,
                                const std::vector<std::vector<Mention>>& mentions,
                                const std::vector<std::string>& dates, const RelationMatcher& matcher);

}  // namespace apparat::extract

// Segmenter: document bytes -> paragraphs and sentences.
//
// Takes the bytes of one document; gives its sentences in order, each a byte
// span of the original bytes with its 1-based line number and paragraph
// index. Header-like short lines ("Letter to L. D. TROTSKY", "Copy to
// Comrades Trotsky and Kamenev", "Dictated: ...", a signature) come out as
// sentences of their own, flagged `block_line`. Abbreviations and initials
// ("J. V. Stalin", "N.K. Krupskaya", "C.C.", "R.C.P.(B.)", "pp.") do not end
// a sentence. Pure function of its input; safe to call from many threads.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace apparat::text {

struct Sentence {
  size_t start = 0;  // byte offset of the first character
  size_t end = 0;    // byte offset one past the last character
  int line = 0;      // 1-based line of `start`
  int paragraph = 0; // 0-based paragraph index within the document
  bool block_line = false;  // a header, address or signature line
};

// Longest sentence kept whole; longer runs are cut at white space so that a
// file with no punctuation cannot make one huge sentence.
constexpr size_t kMaxSentenceBytes = 4000;

std::vector<Sentence> SplitSentences(std::string_view bytes, size_t body_start = 0);

}  // namespace apparat::text

// NameWords: the words of a name or phrase as the query matches them.
//
// Takes any UTF-8 text (a node's label, alias or id; a phrase from a
// question); gives its words ASCII lower-cased, split at spaces,
// punctuation and hyphens, with a possessive dropped: "Stalin's" and
// "Stalin’s" -> "stalin". Used on both sides of a match: when the query
// index is made (each name's words, graph_index.h) and when a question's
// phrase is read (names.h). Pure functions; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace apparat::query {

std::vector<std::string> NameWords(std::string_view s);

// Words with one space between each: the form a name's words are kept in
// (NameRef::words), {"georgian", "c", "c"} -> "georgian c c".
std::string JoinWords(const std::vector<std::string>& words);

}  // namespace apparat::query

// Names: an entity phrase from a question -> the graph node it means.
//
// Takes a phrase as the user typed it ("the monopoly", "Georgian CC",
// "Ordzhonikidze's", "krest") and matches it against every node's label,
// aliases and id, case-insensitively, with possessives and a leading
// "the"/"a" dropped. Tiers, best first; the first tier with any match wins:
//   1. exact: the phrase's words are the words of a name;
//   2. part:  they occur in a name as a contiguous run ("monopoly");
//   3. words: they all occur in a name, in any order;
//   4. prefix: each is the start (3+ letters) of a word of one name.
// Within the winning tier, candidates of the preferred types are kept when
// there are any. More than one node left is an ambiguity: the caller lists
// the candidates and asks for a more precise name; it never picks one.
// Thread-safety: immutable after construction.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "query/graph_file.h"
#include "query/name_words.h"

namespace apparat::query {

struct Resolution {
  std::vector<NodeIndex> candidates;  // exactly one when resolved; sorted by label
  // When nothing matched: the first word of the phrase that occurs in no
  // name (empty when each word occurs somewhere but not together).
  std::string unknown_word;
};

// Reads the graph's name table in place: the words of every name were
// made with the graph's query index (graph_index.h), so a question does not
// split thousands of names again. `g` must outlive the NameIndex.
class NameIndex {
 public:
  explicit NameIndex(const GraphFile& g) : g_(g) {}

  // `types` (e.g. {"position"}) narrows candidates when some fit; empty: any.
  Resolution Resolve(std::string_view phrase, const std::vector<std::string_view>& types = {}) const;

  // The label of the entity with the name word nearest to `word` (at most
  // one letter changed, added, dropped or two swapped per four letters:
  // "Bucharin" -> "Bukharin"), or empty when none is that near.
  std::string Suggest(std::string_view word) const;

  // True when some name has this word (already lower-cased), or a word
  // starting with it (3+ letters), so the question reader does not call it unknown.
  bool IsNameWord(std::string_view word) const;

 private:
  const GraphFile& g_;  // its name table (GraphFile::name) is what is searched
};

}  // namespace apparat::query

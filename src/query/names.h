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

namespace apparat::query {

// The words of a name or phrase for matching: ASCII lower-cased, split at
// spaces, punctuation and hyphens; "Stalin's" / "Stalin’s" -> "stalin".
std::vector<std::string> NameWords(std::string_view s);

// The words of one name: a slice of the NameIndex's word list.
class WordSpan {
 public:
  WordSpan(const std::string_view* first, size_t n) : first_(first), n_(n) {}
  const std::string_view* begin() const { return first_; }
  const std::string_view* end() const { return first_ + n_; }
  size_t size() const { return n_; }

 private:
  const std::string_view* first_;
  size_t n_;
};

struct Resolution {
  std::vector<NodeIndex> candidates;  // exactly one when resolved; sorted by label
  // When nothing matched: the first word of the phrase that occurs in no
  // name (empty when each word occurs somewhere but not together).
  std::string unknown_word;
};

class NameIndex {
 public:
  explicit NameIndex(const GraphFile& g);
  NameIndex(const NameIndex&) = delete;  // words_ point into arena_
  NameIndex& operator=(const NameIndex&) = delete;

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
  struct Name {
    NodeIndex node;
    uint32_t first_word, word_count;  // in words_
  };
  WordSpan Words(const Name& n) const { return {words_.data() + n.first_word, n.word_count}; }

  const GraphFile& g_;
  std::string arena_;                      // every word of every name, lower-cased, end to end
  std::vector<std::string_view> words_;    // views into arena_, name after name
  std::vector<Name> names_;
};

}  // namespace apparat::query

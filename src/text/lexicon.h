// Lexicon: an English word -> its lemma and its possible parts of speech.
//
// Takes two lexical resources from Debian packages, read once into memory:
//   * WordNet 3.0 (`wordnet-base`, /usr/share/wordnet): the index files give
//     the lemmas of nouns, verbs, adjectives and adverbs, the exception files
//     the irregular forms ("led" -> lead, "fought" -> fight); lemmas of
//     regular forms come from WordNet's own detachment rules ("morphy").
//   * Festival's part-of-speech lexicon (`festlex-poslex`,
//     wsj.wp39.poslexR): 33,000 words with their Penn Treebank tags as seen
//     in the Wall Street Journal.
// plus a small table of closed-class words written here (be, have, not,
// and, of ...), which overrides both. Negations carry the tag NEG alone, so
// a rule's gap of "any tag but NEG" never swallows "not" or "never".
//
// Gives, for a word: its lemma (lower case) and every Penn tag it may have
// (several where the word is ambiguous: "opposed" is VBD VBN JJ). Words
// unknown to both resources get tags from their shape: NNP for a
// capitalised word, CD for a number, NN otherwise.
//
// Immutable after Load; Lookup is const and safe from any number of
// threads (each keeps a bounded cache of the words it looked up, see
// kThreadCacheWords). Load reads the files whole and indexes them without a
// string per WordNet lemma; a word's entry is computed on first lookup.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "text/mapped_file.h"

namespace apparat::text {

struct LexEntry {
  std::string lemma;              // lower case
  std::vector<std::string> tags;  // Penn tags, most likely first; "NEG" for negations
};

// Where the resources are; the defaults are Debian's paths, and the
// APPARAT_WORDNET_DIR / APPARAT_POSLEX environment variables override them.
struct LexiconPaths {
  std::string wordnet_dir;
  std::string poslex_file;
  static LexiconPaths Default();
};

// Most words one thread keeps in its cache of computed entries; past it the
// cache starts afresh (bounded memory on any corpus).
constexpr size_t kThreadCacheWords = 200000;

class Lexicon {
 public:
  // Reads the resources. On failure the Status names the missing file and
  // the package that provides it.
  static Status Load(const LexiconPaths& paths, std::shared_ptr<const Lexicon>* out);

  // The entry of a word as written (any case). Never fails: an unknown word
  // is its own lemma. The reference stays valid until this thread's next
  // Lookup (an entry lives in the thread's cache).
  const LexEntry& Lookup(std::string_view word) const;

  // The lemma alone, as Lookup would give it.
  std::string Lemma(std::string_view word) const { return Lookup(word).lemma; }

  // Every tag Lookup may give, for rule checks and negated tag tests.
  static const std::vector<std::string>& TagSet();

 private:
  enum Pos { kNoun, kVerb, kAdj, kAdv, kPosCount };
  // WordNet's morphy for one part of speech: the base forms of `word`.
  std::vector<std::string> BaseForms(const std::string& word, Pos pos) const;

  // A WordNet index file as read, and where each of its lemmas starts ("_"
  // joins the words of a phrase), in lemma order: a lemma is found by
  // binary search. WordNet sorts its index files so, and then reading one
  // is a pass over its lines, no set of 150,000 entries built at each start.
  struct LemmaIndex {
    MappedFile file;
    std::string_view text;  // the file's
    std::vector<uint32_t> starts;
    bool Contains(std::string_view lemma) const;
  };
  LemmaIndex index_[kPosCount];
  std::unordered_map<std::string, std::vector<std::string>> exceptions_[kPosCount];
  // Word as spelt in the tagged lexicon -> its tags as indexes into
  // TagSet(), most likely first (short strings: no allocation per word).
  std::unordered_map<std::string, std::string> poslex_;
  std::unordered_map<std::string, LexEntry> closed_;
  LexEntry Compute(std::string_view word) const;
  std::vector<std::string> PoslexTags(std::string_view word) const;
};

}  // namespace apparat::text

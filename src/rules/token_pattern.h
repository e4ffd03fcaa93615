// Token patterns: the relation-rule language over words, lemmas and tags.
//
// A rule reads a sentence as a sequence of tokens, each with five fields:
//   word   the word as written, lower-cased ("opposed", ",", "'s")
//   lemma  its dictionary form from the lexicon ("oppose"; text/lexicon.h)
//   tag    its possible Penn tags (VBD VBN JJ), NEG for negations
//   shape  cap, upper, lower, initial, number, punct, mixed, entity
//   ent    person, body, position, issue or pronoun for a mention (a whole
//          name is one token, whose word and lemma are its last word),
//          empty otherwise
// Patterns are written like Stanford TokensRegex and Odin:
//   [lemma=oppose]            one token whose lemma is "oppose"
//   [tag=/VB.*/ & !lemma=be]  a verb other than be (& and, | or, ! not)
//   [ent=person]  []          a person mention; any one token
//   of  ","                   a bare word or a quoted token: its word field
//   @AGENTS  @OPPOSE          a macro (a piece of pattern) or a lemma class
//                             (a word list: "object to" is two tokens)
//   @LIST(person|body)        a macro with arguments ($1 in its body)
//   ( ) | ? * + {m,n}         grouping, alternatives, repetition (RE2's)
//   s:@AGENTS  o:[ent=issue]  the subject and object slots (a slot may be
//                             written in several alternatives)
// A field value is a word, a "quoted string", a /regex/ (the whole field
// must match; `.` never runs past the token) or @CLASS. A tag test holds
// when any one of the token's tags matches; a negated one when none does.
//
// Each rule compiles to one RE2 over the encoded sentence (EncodeToken), so
// a sentence is one string and every rule one automaton. Compiled objects
// are immutable and shared by threads.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "base/status.h"

namespace re2 {
class RE2;
}

namespace apparat::rules {

// An encoded token is
//   \x01 word \x1f lemma \x1f codes \x02
// where the codes are one byte each, in this order, each kind from a byte
// range of its own so that none can be read as another: the token's tags
// (letters), its shape (0x10-0x17), the excluded word sets its word or
// lemma is in (0x80-0xFF, WordSetCodes), its entity type (0x18-0x1C,
// mentions only) and, last, the mention's index in decimal. One field of
// codes, not a field each: every byte written is a byte each rule's
// automaton reads. Source text never holds these bytes (the encoder drops
// control bytes), so no sentence can forge a token.
constexpr char kTokOpen = '\x01';
constexpr char kFirstEntity = '\x18';  // the entity codes: kFirstEntity + EntityType, then pronoun
constexpr char kTokField = '\x1f';
constexpr char kTokClose = '\x02';

// One token's fields, as the encoder gives them.
struct TokenFields {
  std::string word;   // lower case
  std::string lemma;  // lower case
  std::vector<std::string> tags;
  std::string shape;
  std::string ent;    // empty for a word
  int mention = -1;   // index of the mention in the sentence, or -1
};

// Word sets that patterns exclude: "[!word=@CLAUSE_END]", "[!lemma=@DROP &
// ...]". Spelt out, "any word but these" is an automaton as large as the
// set's letter tree, compiled again into every rule that uses it (most of
// the rules' start-up and much of their matching). Instead each set gets
// one byte, 0x80-0xFF, and every token lists in a field of its own the
// bytes of the sets its word or lemma is in: excluding a set is excluding
// a byte.
//
// The rule loader fills one while it compiles the rules (CodeFor), then
// calls Freeze; from then on it is read-only and any thread may use it.
class WordSetCodes {
 public:
  WordSetCodes() = default;
  // Moved, never copied: the tables point into the sets.
  WordSetCodes(const WordSetCodes&) = delete;
  WordSetCodes& operator=(const WordSetCodes&) = delete;
  WordSetCodes(WordSetCodes&&) = default;
  WordSetCodes& operator=(WordSetCodes&&) = default;

  enum SetField { kWordSet = 0, kLemmaSet = 1 };
  // The byte that stands for `words` (lower case) tested on `field`, the
  // same byte for the same set; 0 when all 128 are taken (the caller then
  // spells the set out).
  char CodeFor(SetField field, std::vector<std::string> words);
  // Records that a pattern tests `field` for one of `words` (a list it
  // spells out), or with `regex` (a /regex/ test, as the rule wrote it).
  void Reference(SetField field, const std::vector<std::string>& words);
  void ReferenceRegex(SetField field, const std::string& regex);
  // Builds the tables AppendCodes and Spelt read.
  void Freeze();
  // Appends, in ascending order, the bytes of the sets that hold `word` as a
  // word or `lemma` as a lemma.
  void AppendCodes(std::string_view word, std::string_view lemma, std::string* out) const;
  // What the encoding spells for a word or lemma: itself when some pattern
  // could tell it from others (it is in a list a pattern spells out, or a
  // pattern's /regex/ matches it), else kUnreferenced. Every test then
  // answers for the stand-in as for the word (it is in no list and matches
  // no regex), and a rule's automaton reads one byte where it read a word.
  // After Freeze; before it, or when the stand-in could be told apart, the
  // word itself.
  std::string_view Spelt(SetField field, std::string_view w) const;
  static constexpr std::string_view kUnreferenced = "~";
  size_t size() const { return sets_.size(); }
  // Tells instances apart, for the macro memo (an expansion's words are
  // recorded in the instance it was compiled with); a moved-to instance
  // keeps it.
  uint64_t serial() const { return serial_; }

 private:
  std::map<std::pair<int, std::vector<std::string>>, unsigned char> sets_;
  // Word -> its sets' bytes, ascending; the views point into sets_' keys.
  std::unordered_map<std::string_view, std::string> by_word_, by_lemma_;
  // The words and lemmas patterns spell out, and their /regex/ tests.
  std::set<std::string> referenced_[2];
  std::vector<std::string> regexes_[2];
  std::unordered_set<std::string_view> referenced_view_[2];
  std::shared_ptr<const re2::RE2> regex_[2];  // the regexes as one, whole-word; null: none
  bool stand_in_ok_ = false;
  uint64_t serial_ = NextSerial();
  static uint64_t NextSerial();
};

// Appends the encoded form of one token to *out. `codes` (may be null: no
// set bytes) must be the one the patterns were compiled with.
void EncodeToken(const TokenFields& t, std::string* out, const WordSetCodes* codes = nullptr);
void EncodeToken(std::string_view word, std::string_view lemma, const std::vector<std::string>& tags,
                 const std::string& shape, const std::string& ent, int mention, std::string* out,
                 const WordSetCodes* codes = nullptr);

// The tokens a match of a pattern can start at, read from its first items:
// a match starts at most `reach` tokens before a token that passes one of
// these tests, or (with `text_start`) at the sentence's first token, where
// the pattern begins with ^. `reach` is not 0 where a pattern reads a few
// tokens of context before the token it is about ("[!word=@PREPOSITION]
// s:[ent=person]"). The matcher tries a rule only at such tokens instead of
// searching the whole sentence (extract/relation_matcher.h). A test is kept
// where it is cheap to check on an encoded token: an entity type, a tag, a
// word or a lemma from a list; `any` when a match may start at any token
// (such a rule is searched for everywhere).
struct FirstTokens {
  bool any = false;
  bool text_start = false;
  int reach = 0;
  unsigned entities = 0;  // bit k: the entity code kFirstEntity + k (EncodeToken)
  uint64_t tags = 0;      // TagBit of each tag letter
  std::vector<std::string> words, lemmas;  // as the encoding spells them

  void Add(const FirstTokens& o);
};

// The words a sentence must hold for a pattern to match in it, read from
// the pattern's tests, as a formula: a kWords node holds when some token
// of the sentence has one of its words (word field) or lemmas; kAll when
// every part holds (no part: always); kAny when one does. A sentence that
// fails it is never given to the rule's automaton, and a rule no sentence
// has called for is never compiled (rules::LazyRegex): how the shipped
// rules start in milliseconds. Only tests a match must pass count: an
// optional, negated or /regex/ test, or one on tags or entities, needs no
// word.
struct RequiredWords {
  enum Op { kAll, kAny, kWords };
  Op op = kAll;
  std::vector<std::string> words, lemmas;  // kWords: as the encoding spells them
  std::vector<RequiredWords> parts;         // kAll, kAny
  bool always() const { return op == kAll && parts.empty(); }
  // Readable, for tests and explain: {w:word l:lemma}, (a & b), (a | b).
  std::string ToString() const;
};

// The names of the capturing groups of a compiled pattern (or of any RE2
// regex), in RE2's numbering: element k is group k + 1, "" for a group
// without a name. Read from the regex's text, without compiling it.
std::vector<std::string> CapturingGroupNames(std::string_view regex);

// The bit of a tag letter (A-Z, a-z) in FirstTokens::tags; 0 for any other
// byte.
uint64_t TagBit(char letter);

// Macros and lemma classes shared by every rule of every pack.
struct TokenMacros {
  // Name -> pattern text; a name with parameters is stored under its bare
  // name with its parameter names in `params`.
  std::map<std::string, std::string> macros;
  std::map<std::string, std::vector<std::string>> params;
  // Name -> words (each entry one or more lemmas, space-separated).
  std::map<std::string, std::vector<std::string>> classes;
  // A memo of compiled macro and class uses without a slot ("@ENTS",
  // "@LIST([ent=person])" -> regex), so the hundred rules that read them
  // compile each once. Filled by CompileTokenPattern; whoever changes the
  // maps above clears it. Not safe to share while rules compile.
  struct Expansion {
    std::string regex;
    FirstTokens first;
    bool nullable = false;  // may match no token
    int width = 0;          // the most tokens it matches; -1: no bound
    RequiredWords needs;
    int repeat = 1;         // product of its nested {m,n} bounds
  };
  mutable std::unordered_map<std::string, Expansion> expansions;
};

// Limits that keep a hostile rule file from blowing up: macro nesting and
// the size of the compiled regex. RE2 refuses counted repeats whose nested
// bounds multiply past 1000 (the repeats inside a field /regex/ included)
// and reads "{,n}" or "{01}" as text; the compiler says so itself, since a
// rule's RE2 is only built when a sentence first needs it.
constexpr int kMaxMacroDepth = 16;
constexpr size_t kMaxCompiledBytes = 512 * 1024;
constexpr int kMaxRepeatProduct = 1000;

// Compiles a token pattern to an RE2 regex with named groups `s` and `o`.
// On failure the Status message quotes the pattern near the fault.
// With `codes`, each excluded word set of a word or lemma test becomes a
// byte of it (WordSetCodes); without, the set is spelt out. With `first`,
// also the tokens a match can start at; with `needs`, the words a sentence
// must hold.
Status CompileTokenPattern(std::string_view pattern, const TokenMacros& macros, std::string* regex,
                           WordSetCodes* codes = nullptr, FirstTokens* first = nullptr,
                           RequiredWords* needs = nullptr);

}  // namespace apparat::rules

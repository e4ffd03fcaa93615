// RuleSet: the compiled, immutable form of a rules directory.
//
// Takes `rules/entities/*.toml` (canonical entities and name patterns) and
// `rules/relations/*.toml` (relation rules over entity slots); gives one
// object that every extraction thread shares read-only. Build it with
// LoadRuleSet (rule_loader.h); once built it never changes, so a
// `std::shared_ptr<const RuleSet>` may be used from any number of threads.
#pragma once

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <atomic>
#include <bitset>
#include <deque>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <map>
#include <unordered_set>
#include <memory>
#include <string>
#include <vector>

#include "rules/token_pattern.h"
#include "text/lexicon.h"

namespace apparat::rules {

enum class EntityType { kPerson, kBody, kPosition, kIssue };
constexpr int kEntityTypeCount = 4;

const char* EntityTypeName(EntityType t);
bool ParseEntityType(const std::string& name, EntityType* out);

// The relations apparat knows, in the spelling used in every output.
const std::vector<std::string>& RelationNames();
bool IsRelation(const std::string& name);
bool IsSymmetric(const std::string& relation);  // "allied"
// The relation of a rule whose match means the sentence states none
// (RelationRule::mutes).
inline constexpr const char* kNoRelation = "none";

// The entity types a relation joins, from the annotation guidelines
// (docs/rules.md): `held` joins a person to a position, `member-of` a person
// to a body, `supported` a person or body to an issue or body (support
// between persons is `allied`) ... A rule's slot may span other names (an
// aside, a role in brackets); only these types are taken from it.
bool SubjectTypeFits(const std::string& relation, EntityType t, bool pronoun);
bool ObjectTypeFits(const std::string& relation, EntityType t, bool pronoun);

struct Origin {
  std::string file;
  int line = 0;
};

struct EntityDef {
  std::string id;
  EntityType type = EntityType::kPerson;
  std::string label;
  std::vector<std::string> aliases;  // not including the label
  bool ignore_case = false;
  bool female = false;  // gender = "female": "She" may refer to her, "He" not
  // An authority file's URI for the entity (`authority = "URI"`, or
  // `wikidata = "Q855"`, `viaf = "..."`, `gnd = "..."`), or empty.
  std::string authority;
  Origin origin;
};

// The word lists that build entities from their parts (extract/
// entity_parts.h), from the [parts] table of an entities file. Lower case;
// an entry of several words ("people's commissar") is matched word by word.
struct EntityParts {
  std::vector<std::string> roles;           // chairman, head, secretary, people's commissar ...
  std::vector<std::string> role_modifiers;  // deputy, assistant, acting, first ...
  std::vector<std::string> body_heads;      // commission, committee, bureau, presidium ...
  std::vector<std::string> part_heads;      // presidium, collegium, plenum: "X of the Y" stays whole
  std::vector<std::string> group_words;     // group, faction, circle: "the Mdivani group"
  std::vector<std::string> faction_words;   // "the group", "the tendency" stand for a body named with one
  std::vector<std::string> sitting_words;   // plenum, session, meeting: "a plenum of the CC" acts as the CC
  std::vector<std::string> document_heads;  // theses, platform, resolution: "the Theses on Foreign Trade"
  // Header words of a table's columns (extract/tables.h), from a [tables]
  // section: a column whose header holds one lists posts its row's person
  // held ("Posts held", "Office"), or bodies he belonged to ("Party bodies").
  std::vector<std::string> held_columns, member_columns;
  // The lemmas of the grammar's CLAIM class ("say", "claim", "allege" ...):
  // a relation read in the that-clause of one of them is its speaker's
  // claim, and its evidence says who reported it (extract/extractor.h).
  std::unordered_set<std::string> claim_verbs;
  bool empty() const { return roles.empty() && body_heads.empty() && group_words.empty() && document_heads.empty(); }

  // Computed once by Prepare(): the lists tokenised, and every word that can
  // start or end a composed entity (plurals included), so that a sentence
  // without one costs a set lookup per word.
  std::vector<std::vector<std::string>> role_phrases, modifier_phrases;
  std::unordered_set<std::string> triggers;
  std::unordered_set<std::string> phrase_first;  // first words of roles and modifiers (plurals too)
  std::bitset<32 * 32> trigger_shapes;  // (first letter & 31) * 32 + length of each trigger
  // A sitting word and "of [the]" ending a text ("the July plenum of the "),
  // and a sitting word opening one (" plenum"); null without sitting words.
  std::shared_ptr<const RE2> sitting_before, sitting_after;
  void Prepare();
};

// A rule's regex (or a name pattern's), compiled by RE2 the first time a
// sentence calls for it.
// Parsing the shipped rules' 1.6 MB of machine-written regex takes RE2
// most of a second; a run over a few pages needs only the rules whose
// words (RequiredWords) occur in it. The pattern is checked when the rule
// loads (rules/token_pattern.h): what RE2 could still refuse is a program
// beyond its memory budget, and then the rule matches nothing and
// `error()` says why. Safe to share: the first Get() compiles, once, while
// any other caller waits for it.
class LazyRegex {
 public:
  LazyRegex(std::string pattern, const RE2::Options& options) : pattern_(std::move(pattern)), options_(options) {}
  // A regex compiled elsewhere (by a FilteredRE2), which must outlive this.
  explicit LazyRegex(const RE2* compiled)
      : pattern_(compiled->pattern()), options_(compiled->options()), ready_(compiled) {}
  LazyRegex(const LazyRegex&) = delete;
  LazyRegex& operator=(const LazyRegex&) = delete;

  const std::string& pattern() const { return pattern_; }
  const RE2::Options& options() const { return options_; }
  // The compiled regex; check ok() before matching (a failed one matches
  // nothing anyway).
  const RE2& Get() const {
    if (const RE2* re = ready_.load(std::memory_order_acquire)) return *re;
    return Compile();
  }
  // Whether Get() has been called.
  bool compiled() const { return ready_.load(std::memory_order_acquire) != nullptr; }

 private:
  const RE2& Compile() const;

  std::string pattern_;
  RE2::Options options_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<RE2> owned_;
  mutable std::atomic<const RE2*> ready_{nullptr};
};

// A pattern that discovers entities missing from the list ("Comrade X").
// Capture group 1 is the name; its last word becomes the node's key.
struct NamePattern {
  std::string id;
  EntityType type = EntityType::kPerson;
  // Compiled when a sentence first may hold a match: the entity matcher
  // finds those with one RE2::Set of every pattern.
  std::unique_ptr<LazyRegex> regex;
  std::vector<std::string> exclude;  // names the pattern must never yield
  Origin origin;
};

// An example sentence of a rule. Its entities are either named in the
// gazetteer beside the rule, or marked inline, "[Lenin](person) opposed
// [the NEP](issue)", so the example holds whatever gazetteer is loaded.
struct RuleExample {
  std::string text;
  std::string subject;  // entity id, label or alias (or an inline name)
  std::string object;
};

// The tokens a token rule's matches can start at (rules::FirstTokens), in
// the form the matcher checks a sentence's tokens against: the words and
// lemmas as bits over the ids of RelationRegexes::start_words.
struct StartTest {
  bool anywhere = true;     // no test: the rule is searched for from the start
  bool text_start = false;  // the sentence's first token
  int reach = 0;            // FirstTokens::reach
  unsigned entities = 0;    // FirstTokens::entities
  uint64_t tags = 0;        // FirstTokens::tags
  std::vector<uint64_t> words;

  // Whether a token's word or lemma (RelationRegexes::StartWordId) is one
  // tested for.
  bool HasWord(int id) const {
    return id >= 0 && static_cast<size_t>(id / 64) < words.size() && (words[id / 64] >> (id % 64) & 1);
  }
};

// The words token rules need (RequiredWords), for all rules at once, each
// word as its id (RelationRegexes::StartWordId): each distinct part of a
// formula is one node, so a macro's part that a hundred rules share is
// checked once a sentence. Built by the loader, then read-only.
class WordNeeds {
 public:
  static constexpr int kAlways = -1;  // the node of a formula that always holds
  // The node of `required`; `word_id(field, word)` numbers its words
  // (field 0 words, 1 lemmas).
  template <typename WordId>
  int Add(const RequiredWords& required, WordId&& word_id) {
    std::vector<int> items;
    if (required.op == RequiredWords::kWords) {
      for (const auto& w : required.words) items.push_back(word_id(0, w));
      for (const auto& w : required.lemmas) items.push_back(word_id(1, w));
    } else {
      for (const auto& p : required.parts) {
        int n = Add(p, word_id);
        if (n == kAlways && required.op == RequiredWords::kAny) return kAlways;
        if (n != kAlways) items.push_back(n);
      }
    }
    return Node(required.op, std::move(items));
  }
  // Readies `memo` for a sentence whose words and lemmas have the ids
  // `present` (any order, repeats allowed): each word list a word is in is
  // marked from the word's side, so a list of 150 lemmas costs nothing for
  // a sentence without any of them.
  void Start(const std::vector<int>& present, std::vector<int8_t>* memo) const;
  // Whether the sentence Start readied `memo` for meets node `n`; the memo
  // keeps the answer for the sentence's next rule.
  bool Held(int n, std::vector<int8_t>* memo) const;
  size_t size() const { return nodes_.size(); }

 private:
  int Node(RequiredWords::Op op, std::vector<int> items);

  struct Entry {
    RequiredWords::Op op;
    std::vector<int> items;  // word ids (kWords) or nodes (kAll, kAny), ascending
  };
  std::vector<Entry> nodes_;
  std::map<std::pair<int, std::vector<int>>, int> index_;
  std::vector<std::vector<int>> lists_of_word_;  // word id -> the kWords nodes holding it
  std::vector<int8_t> unknown_;  // Start's memo before marking: 0 for word lists, -1 else
};

// A relation rule, with its slots already compiled into the regex. A token
// rule (`tokens = '...'`, rules/token_pattern.h) reads the token layer; a
// text rule (`pattern = '...'`, rules/slot_pattern.h) reads the sentence's
// characters with mentions marked, and stays where characters are the
// right level (letter headers).
struct RelationRule {
  std::string id;
  std::string relation;
  std::string pattern;           // as written, for explain and errors
  bool tokens = false;           // a token pattern, not a text pattern
  // Compiled over the encoded tokens or the marked text; owned by the
  // RuleSet's RelationRegexes. A text rule's is compiled when it loads, in
  // the text filter (filter_id is its index there); a token rule's when a
  // sentence first holds the words it `needs`.
  // A token rule with a StartTest (`starts.anywhere` false) is compiled as
  // written and tried, anchored, at each token that may start a match; any
  // other as "any bytes, then the rule" (group 1 its match), searched from
  // the start (extract/relation_matcher.cc).
  const LazyRegex* regex = nullptr;
  int filter_id = -1;
  StartTest starts;
  // A token rule's RequiredWords (a node of RelationRegexes::needs): a
  // sentence that does not hold them is not read with the rule.
  int needs = WordNeeds::kAlways;
  int subject_group = 0;         // 0 when the rule has no {..:s} slot
  int object_group = 0;
  // Every group of each slot (a token rule may write a slot in several
  // alternatives: groups s, s2, s3 ...); the first is subject_group.
  std::vector<int> subject_groups, object_groups;
  bool veto = false;             // claims pairs so that `blocks` cannot fire
  // relation = "none": where it matches, the sentence gives no relation at
  // all (a yes-or-no question, a quiz item, a claim the text denies).
  bool mutes = false;
  std::vector<std::string> blocks;  // relations this rule's claim suppresses
  std::string scope = "sentence";   // or "letter": header lines of a letter
  bool copy = false;             // letter rule for copy recipients
  bool swap = false;             // emit object -> subject (passives)
  bool pairwise = false;
  // Narrower entity types than the relation's own, when a rule's slot spans
  // names that must not count ("Copy to X, C.C. member": not the C.C.).
  std::vector<EntityType> subject_types, object_types;  // empty: the relation's
  // "head of": the object slot names a body and the relation's object is
  // that body's post ("Stalin headed Rabkrin": held head of Rabkrin).
  std::string object_as;
  // A relation for objects that are persons ("supported" -> "allied":
  // support of a person is an alliance).
  std::string persons_as;
  bool pairwise_unused_ = false;         // every pair of the object slot's entities ("a troika of A, B and C")
  std::string polarity;          // recorded on evidence ("reversed", "negated")
  int priority = 0;              // higher runs first
  std::vector<RuleExample> examples;
  std::vector<std::string> counter_examples;
  Origin origin;
};

// Every relation rule's regex, compiled once: a text rule's inside the
// filter that picks the text rules worth running on a sentence, a token
// rule's when first needed (LazyRegex). The loader adds each rule's regex
// and then calls Compile; from then on it is read-only (but for the lazy
// compiles, which are thread-safe) and its const members may be used from
// any number of threads.
struct RelationRegexes {
  // Atoms shorter than 3 bytes would let nearly every sentence through.
  re2::FilteredRE2 text_filter{3};
  // The literal strings whose presence in a lower-cased sentence lets a
  // text rule match (FilteredRE2::Compile); empty: no usable atom.
  std::vector<std::string> text_atoms;
  // Every rule's regex; stable addresses, which the rules point to.
  std::deque<LazyRegex> regexes;
  // The word sets token rules exclude, one byte each; the token layer
  // encodes sentences with it.
  WordSetCodes word_sets;
  // The words ([0]) and lemmas ([1]) that rules' first tokens are tested
  // for, each with an id, one id space: a sentence's tokens are looked up
  // once, and a rule's StartTest is a bit set over the ids.
  std::unordered_map<std::string_view, int> start_words[2];

  // The StartTest of `first`, numbering its new words.
  StartTest StartsOf(const FirstTokens& first);
  // The words each token rule needs, and the node of `required` among them
  // (RelationRule::needs), numbering its new words.
  WordNeeds needs;
  int NeedsOf(const RequiredWords& required);
  // The id of a word (field 0) or lemma (1) as the encoding spells it; -1
  // when no rule's first token tests it.
  int StartWordId(int field, std::string_view w) const {
    auto it = start_words[field].find(w);
    return it == start_words[field].end() ? -1 : it->second;
  }

  // Compiles the filters once every rule has been added.
  void Compile();

 private:
  int WordId(int field, const std::string& w);

  std::deque<std::string> start_word_text_;  // what start_words' keys view
  int next_start_word_ = 0;
};

class RuleSet {
 public:
  RuleSet(std::vector<EntityDef> entities, std::vector<NamePattern> patterns,
          std::vector<RelationRule> relations, std::string digest,
          std::shared_ptr<const text::Lexicon> lexicon = nullptr, EntityParts parts = {},
          std::unique_ptr<RelationRegexes> regexes = nullptr, std::unique_ptr<RE2::Set> name_pattern_set = nullptr);
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;

  const std::vector<EntityDef>& entities() const { return entities_; }
  const std::vector<NamePattern>& name_patterns() const { return patterns_; }
  // Every name pattern in one automaton, unanchored, its ids in
  // name_patterns() order: one pass over a sentence says which (usually
  // none) are worth running with their captures. Null when there are none
  // or RE2 refused the set: then each pattern is tried on each sentence.
  // Built by the loader (parsed as the patterns load, compiled on its
  // second thread while the relation rules compile).
  const RE2::Set* name_pattern_set() const { return name_pattern_set_.get(); }
  // Sorted by descending priority, then file order.
  const std::vector<RelationRule>& relation_rules() const { return relations_; }
  // SHA-256 over every rule file's bytes, in path order.
  const std::string& digest() const { return digest_; }
  // The lexicon token rules read; null when no rule reads tokens.
  const text::Lexicon* lexicon() const { return lexicon_.get(); }
  const EntityParts& parts() const { return parts_; }
  // The compiled relation regexes and their filters (never null).
  const RelationRegexes& relation_regexes() const { return *regexes_; }

  const EntityDef* FindEntity(const std::string& id) const;
  // Resolves an id, label or alias (case-insensitive) to an entity, or null.
  const EntityDef* ResolveName(const std::string& name) const;

 private:
  std::vector<EntityDef> entities_;
  std::vector<NamePattern> patterns_;
  std::vector<RelationRule> relations_;
  std::string digest_;
  std::shared_ptr<const text::Lexicon> lexicon_;
  EntityParts parts_;
  std::unique_ptr<RelationRegexes> regexes_;  // the rules' regexes point into it
  std::unique_ptr<RE2::Set> name_pattern_set_;
  std::map<std::string, size_t> by_id_;
  std::map<std::string, size_t> by_name_;  // lower-cased label and aliases
};

}  // namespace apparat::rules

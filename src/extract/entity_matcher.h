// EntityMatcher: sentences -> entity mentions.
//
// Built once from a RuleSet; immutable afterwards and safe to share across
// threads. Known entities are found by their label and aliases, compared
// token by token (so word boundaries, curly and straight apostrophes and the
// spacing of initials never matter); the longest name wins where two
// overlap. Name patterns ("Comrade X") discover people missing from the list.
#pragma once

#include <re2/set.h>

#include <map>
#include <set>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/facts.h"
#include "rules/rule_set.h"
#include "text/segmenter.h"
#include "text/tokens.h"

namespace apparat::extract {

// Entities discovered in one document by name patterns, keyed by the
// lower-cased surname that later bare mentions use; and abbreviations the
// document defines for entities ("PB = Political Bureau", "the Central
// Control Commission (CCC)"), as exact-case token sequences by first token.
struct DiscoveredNames {
  // A person is keyed by the fullest name the document gives ("A. B.
  // Smith": id person:a-b-smith), and found again by its surname alone.
  // A second person with the same surname and other initials ("C. D.
  // Smith") gets a record of its own in `by_full`, and the bare surname
  // then names neither (`ambiguous`).
  std::map<std::string, EntityRecord> by_surname;
  std::map<std::string, EntityRecord> by_full;  // key: FullKey of the name
  std::set<std::string> ambiguous;              // surnames two people share
  struct Abbreviation {
    std::vector<std::string> tokens;
    std::string id;
    EntityType type = EntityType::kBody;
  };
  std::map<std::string, std::vector<Abbreviation>> abbreviations;
};

class EntityMatcher {
 public:
  explicit EntityMatcher(std::shared_ptr<const rules::RuleSet> rules);

  // Mentions of known (and, when given, discovered) entities in the
  // sentence, sorted by offset and never overlapping.
  std::vector<Mention> Match(std::string_view doc, const text::Sentence& s,
                             const DiscoveredNames* discovered) const;

  // Runs the name patterns over the sentence and adds people they find that
  // are not known entities.
  void Discover(std::string_view doc, const text::Sentence& s, DiscoveredNames* out) const;

  // Abbreviations the document defines next to a mention: "PB = Political
  // Bureau", "the Central Control Commission (CCC)", "RKI (Workers' and
  // Peasants' Inspection)". An abbreviation is 2-10 letters and dots, with a
  // capital first and at least two capitals; one that is a known name, or
  // that the document gives to two entities, is left out. Adds them to
  // *out; returns whether any was added (then Match the sentences again).
  bool FindAbbreviations(std::string_view doc, const std::vector<text::Sentence>& sentences,
                         const std::vector<std::vector<Mention>>& mentions, DiscoveredNames* out) const;

  // Names the gazetteer lacks that stand in a list with persons: after two
  // persons joined as list items ("Stalin, Molotov and Rudzutak", "Zinoviev,
  // Kamenev, A. F. Miasnikov and Smilga"), every further item that is a
  // capitalised name the lexicon knows only as a proper noun (or not at
  // all) is a person. Adds them to *out; returns whether any was added
  // (then Match the sentences again).
  bool DiscoverListMates(std::string_view doc, const std::vector<text::Sentence>& sentences,
                         const std::vector<std::vector<Mention>>& mentions, DiscoveredNames* out) const;

  // Short forms: within a paragraph, a generic name that ends a more
  // specific one mentioned in an earlier sentence refers back to it when a
  // determiner shows it is not the proper name ("The Georgian Central
  // Committee resigned. ... appointed a new central committee"; but "the
  // Central Committee" stays the Central Committee). Rewrites such mentions
  // in place; `paragraph_of[i]` is the paragraph of sentence i.
  void ResolveShortForms(std::string_view doc, const std::vector<int>& paragraph_of,
                         std::vector<std::vector<Mention>>* mentions) const;

  const rules::RuleSet& rules() const { return *rules_; }

 private:
  void FindShortForms();
  // Entities named inside a position's name: "head of the Cheka" names the
  // Cheka, "Lenin's secretary" names Lenin (Mention::named_within).
  void FindNamedWithin();

  struct Name {
    std::vector<std::string> tokens;  // normalised (lower-cased when fold)
    size_t entity = 0;                // index into rules_->entities()
    bool fold = false;                // compare lower-cased
    std::vector<std::string> named_within;  // entity ids inside this name
  };
  void AddName(std::string_view name, size_t entity, bool fold);
  // Records a discovered name (keyed by its surname) in *out.
  void Record(const std::string& name, EntityType type, DiscoveredNames* out) const;
  bool IsKnownName(std::string_view name) const;

  std::shared_ptr<const rules::RuleSet> rules_;
  // First token -> candidate names, exact and lower-cased.
  std::unordered_map<std::string, std::vector<Name>> exact_, folded_;
  // Every name added, as its fold flag and tokens joined: AddName finds a
  // name already taken in constant time, not by comparing it with every name
  // sharing its first token (50,000 "Comrade ..." names took minutes).
  std::unordered_set<std::string> added_;
  // Generic entity id -> entities of the same type with a name that ends
  // in one of the generic's names.
  std::map<std::string, std::vector<std::string>> specifics_;
  std::map<std::string, std::vector<std::string>> generics_;  // the reverse
};

}  // namespace apparat::extract

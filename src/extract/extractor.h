// Extractor: one Document -> its DocumentFacts.
//
// The map step of the pipeline: segment, find mentions, read letters and
// dates, run the relation rules, and package every relation with its
// evidence. Built once from a RuleSet; `Extract` is const and touches no
// shared mutable state, so one Extractor serves any number of threads and
// documents may be processed in any order.
#pragma once

#include <memory>

#include "extract/entity_matcher.h"
#include "extract/facts.h"
#include "extract/relation_matcher.h"
#include "text/source.h"

namespace apparat::extract {

// An entity mention fixed by the caller instead of found by the entity
// stage: a rule example's inline "[Lenin](person)".
struct GivenMention {
  size_t start = 0, end = 0;  // byte span in the document
  std::string entity_id;
  EntityType type = EntityType::kPerson;
  bool pronoun = false;  // a He/She/him standing for a person
  bool possessive = false;  // a pronoun that is "his" before a noun
};

class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const rules::RuleSet> rules);

  // `trace`, when given, receives each sentence, its mentions and every rule
  // decision; `only_line`, when > 0, limits the trace to sentences that
  // span that line.
  DocumentFacts Extract(const text::Document& doc, TraceSink* trace = nullptr, int only_line = 0) const;

  // As Extract, but the document's mentions are exactly `given`: no name is
  // looked up in the gazetteer, so the result holds whatever gazetteer is
  // loaded (rule examples). Pronouns and letters are still resolved.
  DocumentFacts ExtractWithMentions(const text::Document& doc, const std::vector<GivenMention>& given,
                                    TraceSink* trace = nullptr) const;

  const rules::RuleSet& rules() const { return *rules_; }

 private:
  std::shared_ptr<const rules::RuleSet> rules_;
  EntityMatcher entities_;
  RelationMatcher relations_;
};

}  // namespace apparat::extract

// Facts: what extraction gives for one document.
//
// Extraction (extractor.h) turns one Document into DocumentFacts; the graph
// stage merges DocumentFacts from any number of documents. Nothing here
// points into the document's bytes, so facts outlive the text they came
// from and can be shipped between threads or processes.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "rules/rule_set.h"

namespace apparat::extract {

using rules::EntityType;

// One mention of an entity in a sentence, as byte offsets into the document.
struct Mention {
  size_t start = 0, end = 0;
  std::string entity_id;
  EntityType type = EntityType::kPerson;
  bool pronoun = false;  // a He/She resolved to the previous sentence's subject
  // Entities named inside the matched name ("the Cheka" in "head of the
  // Cheka"): mentioned too, though they get no marker of their own.
  std::vector<std::string> named_within = {};
  bool possessive = false;  // a pronoun that is "his"/"her" before a noun
  // A plural "they" names a group: entity_id is its first member, `also`
  // the others (anaphora.h, ResolvePluralPronouns). Empty for one entity.
  std::vector<std::string> also = {};
};

// Why an edge exists: where the sentence is and which rule read it.
struct Evidence {
  std::string source;      // the document's file name
  size_t start = 0, end = 0;  // byte span of the sentence in the file
  int line = 0;
  std::string text;        // the sentence
  std::string rule;        // id of the rule that fired
  std::string date;        // ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or empty
  std::string date_end;    // a range's last date ("from 1919 until 1922"), or empty; never without date
  std::string polarity;    // empty, or a rule's note such as "reversed"
  bool copy = false;       // a letter's copy recipient
  // Who claims it, when the sentence reports someone's words ("Cook said
  // that the owners had betrayed the miners": cook); empty when the text
  // states it itself.
  std::string reported_by;
};

struct Fact {
  std::string subject, relation, object;  // entity ids
  Evidence evidence;
};

// An entity as the graph needs it: from the rule list or discovered.
struct EntityRecord {
  std::string id;
  EntityType type = EntityType::kPerson;
  std::string label;
  std::vector<std::string> aliases;
  std::string authority = {};  // an authority file's URI (rules::EntityDef), or empty
};

struct DocumentFacts {
  std::string source;   // file name
  std::string path;
  std::string sha256;
  size_t bytes = 0;
  std::vector<EntityRecord> entities;  // every entity mentioned, by first mention
  std::vector<Fact> facts;
};

}  // namespace apparat::extract

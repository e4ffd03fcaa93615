// Slot patterns: the relation-rule regex language.
//
// A relation rule is an RE2 regex in which `{TYPES:NAME}` stands for a
// coordinated list of entity mentions, e.g. `{person:s} opposed
// {issue|body:o}`. TYPES is one or more of person, body, position, issue,
// pronoun (a sentence-initial He/She resolved by the entity stage) or any;
// NAME is `s` (subject) or `o` (object). The regex runs over an
// entity-marked sentence in which each mention is replaced by a marker
// (see MentionMarker), so a slot compiles to a small character class and the
// rule never spells a name.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "base/status.h"

namespace apparat::rules {

// Marker bytes around a mention in a marked sentence: \x01 T N \x02 where T
// is the type letter and N the mention's index in the sentence.
constexpr char kMarkOpen = '\x01';
constexpr char kMarkClose = '\x02';

// The type letter written into markers: P person, B body, T position,
// I issue, H pronoun.
char TypeLetter(std::string_view type_name);

// Translates a slot pattern into plain RE2 syntax with named groups `s` and
// `o`. On failure the Status message names the offending slot.
Status TranslateSlotPattern(std::string_view pattern, std::string* regex);

// Named pieces of pattern shared by many rules: a relation file's [define]
// table ("adverbs = '(?:also|then|...)'"), used in patterns as {@adverbs}.
using Defines = std::map<std::string, std::string>;

// Replaces every {@name} with (?:its text), itself expanded (defines may use
// defines, up to kMaxDefineDepth deep). Fails naming an unknown define, a
// cycle, or an expansion over kMaxExpandedBytes.
constexpr int kMaxDefineDepth = 8;
// Largest expansion of one pattern; expansion stops with an error as soon as
// it is passed, so the time and memory spent are bounded too.
constexpr size_t kMaxExpandedBytes = 512 * 1024;
Status ExpandDefines(std::string_view pattern, const Defines& defines, std::string* out);

}  // namespace apparat::rules

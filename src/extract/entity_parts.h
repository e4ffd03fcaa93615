// Entity parts: positions and bodies built from their parts.
//
// Takes a sentence, the mentions the gazetteer found in it, and the word
// lists of the grammar pack (rules::EntityParts: role words, body head
// nouns); gives the sentence's mentions with composed entities in place of
// the pieces they cover, and records of the new entities:
//   position = [modifier] role (of|for) [the] body-or-field
//              "Deputy People's Commissar for Foreign Trade",
//              "head of the Orgburo", "Secretary of the Transcaucasian
//              Territorial Committee"
//            | body role       "Comintern chairman" (label "chairman of the
//                              Comintern", the written form an alias)
//            | modifier position   "Deputy" + a listed position
//   body     = [the] Capitalised words ending in a head noun
//              "the Supreme Economic Commission", "the Presidium of the
//              All-Russia C.E.C." (a part of a body keeps "of ...")
//            | [the] Name group     "the P. G. Mdivani group"
//   issue    = Head (on|of|for|about) [the] Name-or-entity
//              "the Theses on Foreign Trade", "the Resolution on Party Unity"
// A composed entity whose name is a listed entity's name is that entity.
// Nothing here knows a period: all words come from the rule files.
//
// Pure functions of their inputs; safe from any thread.
#pragma once

#include <string_view>
#include <vector>

#include "extract/facts.h"
#include "rules/rule_set.h"
#include "text/segmenter.h"

namespace apparat::extract {

// Rewrites `mentions` (sorted, not overlapping) of sentence s in place and
// appends the entities it composes to *composed (by id, first seen first).
void ComposeEntities(std::string_view doc, const text::Sentence& s, const rules::RuleSet& rules,
                     std::vector<Mention>* mentions, std::vector<EntityRecord>* composed);

// Short names of bodies: a composed body whose name is the tail of the name
// of a body mentioned earlier in the document ("the Territorial Committee"
// after "the Transcaucasian Territorial Committee") is that body, when
// exactly one earlier body's name or alias ends so; else it stays itself.
// A short title ("the Theses", a document head alone) is the one issue
// named before it whose name starts with that word; else it is no mention.
// Rewrites the mentions in place (sentences in document order).
void ResolveComposedTails(const std::vector<EntityRecord>& composed, const rules::RuleSet& rules,
                          std::vector<std::vector<Mention>>* mentions);

// "his secretary", "her deputy": a possessive pronoun already resolved to
// a person (anaphora.h, ResolvePossessives) and a role word of the pack
// name the listed post "<person>'s <role>" when there is one ("Lenin's
// secretary"): the pronoun's mention becomes the post's, spanning both
// words. Runs over every sentence; `mentions` stay sorted and not
// overlapping.
void ComposePossessorRoles(std::string_view doc, const std::vector<text::Sentence>& sentences,
                           const rules::RuleSet& rules, std::vector<std::vector<Mention>>* mentions);

// A body's sitting acts as the body: "the plenum of the Central Committee",
// "a Politburo session" (the pack's `sitting_words`) become mentions of the
// body itself, spanning the whole phrase. `mentions` sorted, not
// overlapping, and stay so.
void AbsorbSittings(std::string_view doc, const text::Sentence& s, const rules::RuleSet& rules,
                    std::vector<Mention>* mentions);

// The post `role` ("head of") of the body mentioned by `body`, for a rule
// that builds one ("Stalin headed Rabkrin": head of Rabkrin): its id, and
// its record appended to *composed unless it is listed or already there.
std::string PostOfBody(const std::string& role, const Mention& body, std::string_view doc,
                       const rules::RuleSet& rules, std::vector<EntityRecord>* composed);

// The id of a composed entity: the listed entity of that type that bears
// its label or one of its aliases (*listed set true), else a new record
// appended to *composed unless one with that id is there.
std::string ComposedId(rules::EntityType type, const std::string& label, const std::vector<std::string>& aliases,
                       const rules::RuleSet& rules, std::vector<EntityRecord>* composed, bool* listed);

}  // namespace apparat::extract

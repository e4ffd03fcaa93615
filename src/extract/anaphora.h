// Anaphora: the few pronouns and stand-in phrases apparat resolves.
//
// Takes a document's sentences and their mentions; adds mentions for
//  - a sentence-initial "He"/"She" (or "he"/"she" right after a short
//    opening phrase of time: "In October 1923 he wrote"), resolved to the
//    previous sentence's subject: its own resolved pronoun, else the one
//    person of the pronoun's gender it names (entities may say gender =
//    "female"; everyone else counts as a man). Marker type `pronoun`, so
//    only rules that ask for it with a {pronoun} slot use it;
//  - "this", "it", "the scheme", "the plan", "the proposal", ... right after
//    a verb of taking sides ("opposed this", "rejected it") or of keeping or
//    ending a thing ("argued against keeping it"), resolved to the
//    one issue the previous sentence of the same paragraph names (an issue
//    mention like any other).
//  - "its"/"their" before a word for the people of a body ("its leaders",
//    "its members", "its chairman"), resolved to the one body the previous
//    sentence of the same paragraph names (a body mention: "Its leaders,
//    A and B, ..." reads as "the Georgian CC's leaders, A and B").
// When the previous sentence names no person, or several of whom one is
// the person the document is about (named at least three times, and half
// as often again as anyone else: an encyclopedia entry, an obituary), an
// opening He is that person. Otherwise, when the previous sentence names no
// such entity or more than one, nothing is added: when unsure, extract
// nothing.
#pragma once

#include <string_view>
#include <vector>

#include "extract/facts.h"
#include "rules/rule_set.h"
#include "text/segmenter.h"

namespace apparat::extract {

void ResolvePronouns(std::string_view doc, const std::vector<text::Sentence>& sentences, const rules::RuleSet& rules,
                     std::vector<std::vector<Mention>>* mentions);

void ResolveIssueAnaphors(std::string_view doc, const std::vector<text::Sentence>& sentences,
                          std::vector<std::vector<Mention>>* mentions);

void ResolveBodyPossessives(std::string_view doc, const std::vector<text::Sentence>& sentences,
                            std::vector<std::vector<Mention>>* mentions);

// Bodies referred to without their name:
//  - a sentence-initial "They"/"It" whose previous sentence (same
//    paragraph) opens with a body: "The Workers' Opposition was a faction
//    ... They advocated X";
//  - "the group", "the tendency", "the commission" (a lower-case head noun
//    of the [parts] lists, not followed by "of" or a name): the body named
//    last, in this sentence before it or in the two before it in the same
//    paragraph, whose name holds that word, or for a faction word (parts
//    `faction_words`) any faction word.
// Both become body mentions. Nothing is added when the nearest sentence
// with a fitting body names two.
void ResolveBodyAnaphors(std::string_view doc, const std::vector<text::Sentence>& sentences,
                         const rules::RuleSet& rules, std::vector<std::vector<Mention>>* mentions);

// Subjects inside a sentence, as `pronoun` mentions of a person:
//  - "he"/"she" after a conjunction or subordinator ("before he fell out
//    with Stalin", "said that he would"): the one person named before it in
//    the sentence, or, when none is, the previous sentence's subject;
//  - a clause with no subject of its own, "and"/"but" before a past-tense
//    verb ("Stalin abandoned the alliance and came out for X"): the person
//    the sentence opens with, when no other person stands between them
//    except after a preposition ("his alliance with Bukharin"). The
//    mention is the conjunction itself.
// `rules.lexicon()` gives the verb tags; without it only the first applies.
void ResolveClauseSubjects(std::string_view doc, const std::vector<text::Sentence>& sentences,
                           const rules::RuleSet& rules, std::vector<std::vector<Mention>>* mentions);

// Objects: "him"/"her" (not "her" before a noun) in a clause opened by a
// subordinating word and other persons, as the person the sentence opens
// with ("Trotsky was isolated as Zinoviev and Stalin closed ranks against
// him": a pronoun is never bound by its own clause's subject); else as the previous sentence's
// subject ("Stalin took over Rabkrin. Months later Lenin trusted him
// further and named him General Secretary"), when that person is not also named
// before it in the sentence (a pronoun is never its own clause's subject,
// so a second candidate there makes it unsure). A `pronoun` mention.
void ResolveObjectPronouns(std::string_view doc, const std::vector<text::Sentence>& sentences,
                           const rules::RuleSet& rules, std::vector<std::vector<Mention>>* mentions);

// Possessives: "his", and "her" before a noun, as `pronoun` mentions of a
// person (the token layer tags them PRP$, so a rule may read "his letter to
// X" as it reads "Lenin's letter to X"):
//  - opening the sentence, or after a short opening phrase ("His associates
//    A and B ...", "In 1922 his ally ..."): the previous sentence's subject,
//    else the person the document is about;
//  - inside it: the one person named before it in the sentence ("Stalin
//    used his post"), or with nobody named before it, the previous
//    sentence's subject. Two persons before it make it unsure ("Lenin
//    called for Tomsky's ... his expulsion"): nothing is added.
void ResolvePossessives(std::string_view doc, const std::vector<text::Sentence>& sentences,
                        const rules::RuleSet& rules, std::vector<std::vector<Mention>>* mentions);

// A plural "they" as the group of persons it stands for (a `pronoun`
// mention whose `also` holds the members after the first):
//  - "They ..." (or "What they ...") opening a sentence whose previous
//    sentence, in the same paragraph, opens with a list of two or more
//    persons ("Zinoviev and Kamenev turned on Bukharin. They were joined by
//    Sokolnikov"; an opening phrase closed by a comma may stand before the
//    list: "Its leaders, A, B and C, ...");
//  - "they" starting a clause inside a sentence that opens with such a list
//    ("A and B announced that they ..."), or whose only two persons before
//    it are a subject and the partner it acts "to" or "with" ("Tomsky
//    wrote to Rykov that they should meet").
// Anything else (a list after a verb, three persons in no list, a body)
// leaves "they" alone: when unsure, extract nothing.
// "Both" as a clause's subject is read the same way: the two persons last
// named in its sentence, or the list the sentence before opens with.
void ResolvePluralPronouns(std::string_view doc, const std::vector<text::Sentence>& sentences,
                           std::vector<std::vector<Mention>>* mentions);

// The speaker of each sentence inside a quotation that a short sentence
// ending in a colon introduces with one person and a verb of saying
// ("Trotsky later recalled:", "As Krupskaya wrote to Kamenev:"): the
// quotation is the text in quotation marks that opens the next sentence,
// to its closing mark, or else the rest of the paragraph or the next
// paragraph (a block quotation). Empty for every other sentence. Verbs of
// saying are lemmas (`rules.lexicon()`); without a lexicon nothing is found.
std::vector<std::string> QuotationSpeakers(std::string_view doc, const std::vector<text::Sentence>& sentences,
                                           const std::vector<std::vector<Mention>>& mentions,
                                           const rules::RuleSet& rules);

// In the body of a letter whose author is known, "I" is the author (a
// `pronoun` mention): "I am emphatically against any delay" in Lenin's
// letter reads as Lenin. `author_of[i]` is the author of the letter whose
// body holds sentence i, or empty. Where its addressee is known
// (`addressee_of[i]`, or empty), "you" is the addressee and "your" before a
// noun a possessive of the addressee ("I have received your letter").
void ResolveFirstPerson(std::string_view doc, const std::vector<text::Sentence>& sentences,
                        const std::vector<std::string>& author_of, const std::vector<std::string>& addressee_of,
                        std::vector<std::vector<Mention>>* mentions);

}  // namespace apparat::extract

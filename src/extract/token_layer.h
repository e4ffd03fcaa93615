// Token layer: an entity-marked sentence -> the tokens relation rules read.
//
// Takes a sentence's bytes, its mentions (extract/facts.h) and the lexicon
// (text/lexicon.h); gives one token per word, punctuation mark or mention
// (a whole name is one token), each with word, lemma, tags, shape and entity
// type, and the sentence encoded for token patterns (rules/token_pattern.h).
// Built only for sentences that can hold a relation (two mentions, or one
// in a letter header), so its cost stays off the bulk of a corpus.
//
// A SentenceTokens value owns its strings; nothing points into the
// document. Building one reads the lexicon only, so any thread may do it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/facts.h"
#include "rules/token_pattern.h"
#include "text/lexicon.h"

namespace apparat::extract {

struct SentenceTokens {
  std::vector<rules::TokenFields> tokens;  // empty unless built with keep_fields
  std::vector<size_t> start, end;  // byte span of each token in the document
  std::string encoded;             // the tokens as EncodeToken writes them
  std::vector<size_t> encoded_at;  // offset in `encoded` where token i begins
};

// Tokenises doc[start, end) around `mentions` (sorted, not overlapping).
// Without `keep_fields` only the encoding and the spans are filled (what
// rules need); `tokens` is then empty.
// `word_sets` must be the one the rules were compiled with (RuleSet::
// relation_regexes()); null writes no set bytes.
SentenceTokens BuildTokens(std::string_view doc, size_t start, size_t end, const std::vector<Mention>& mentions,
                           const text::Lexicon& lexicon, bool keep_fields = true,
                           const rules::WordSetCodes* word_sets = nullptr);

// The mention indices of the tokens encoded in `piece` (a slice of
// SentenceTokens::encoded), in order. A body or post that stands right
// before a post or a person is part of that name's title ("Communist Party
// General Secretary Stalin"), not an item of its own, and is left out.
std::vector<int> MentionsIn(std::string_view piece, const std::vector<Mention>& mentions);

// One line per token, "word/lemma/TAG|TAG" or "[person:stalin Stalin]", for
// `apparat explain`.
std::string ShowTokens(const SentenceTokens& t, const std::vector<Mention>& mentions);

}  // namespace apparat::extract

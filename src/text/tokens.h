// Tokens: the words and punctuation of a span, normalised for matching names.
//
// Takes a byte span; gives tokens with byte offsets. Curly and straight
// apostrophes become "'", curly and straight double quotes become '"', so a
// name written "Stalin’s" or "Stalin's" tokenises the same way (Stalin ' s).
// White space is dropped, which makes "J.V. Stalin" and "J. V. Stalin" equal.
// A hyphen is a token of its own, so "Lenin-Trotsky" holds two names.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace apparat::text {

struct Token {
  size_t start = 0, end = 0;  // byte offsets into the buffer given
  std::string norm;           // normalised text
  bool word = false;          // letters or digits (else one punctuation mark)
};

// Tokenises bytes[start, end).
std::vector<Token> Tokenize(std::string_view bytes, size_t start, size_t end);

// Tokenises a whole string (a name in a rule file) and returns the norms.
std::vector<std::string> TokenNorms(std::string_view s);

// ASCII lower-casing (names in the sources are Latin script).
std::string Lower(std::string_view s);

// ASCII upper-casing.
std::string Upper(std::string_view s);

// A key from a name: ASCII lower-cased, other letters kept as they are
// ("Müller" -> "müller"), any run of anything else a single '-'.
std::string Slug(std::string_view s);

}  // namespace apparat::text

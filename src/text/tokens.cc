#include "text/tokens.h"

#include <cctype>

#include "text/utf8.h"

namespace apparat::text {

namespace {

// Punctuation code points outside ASCII that must split words.
bool IsPunctuation(uint32_t cp) {
  return (cp >= 0x2010 && cp <= 0x206F) ||  // dashes, quotes, ellipsis
         cp == 0x00AB || cp == 0x00BB || cp == 0x00A0 || cp == 0x00B7 || cp == 0x3000;
}

bool IsWordChar(uint32_t cp) {
  if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) != 0;
  return !IsPunctuation(cp);
}

std::string NormalisePunct(uint32_t cp, std::string_view raw) {
  if (cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) return "'";
  if (cp == '"' || cp == 0x201C || cp == 0x201D) return "\"";
  return std::string(raw);
}

// ASCII letters and digits, by byte: most of a text's bytes, read without
// decoding.
bool IsAsciiWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

std::vector<Token> Tokenize(std::string_view b, size_t start, size_t end) {
  std::vector<Token> out;
  out.reserve((end - start) / 5 + 4);  // a token for about every five bytes of prose
  size_t i = start;
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(b[i]);
    if (c == ' ' || c == '\n') {
      ++i;
      continue;
    }
    if (IsAsciiWordByte(c)) {
      size_t j = i + 1;
      while (j < end && IsAsciiWordByte(static_cast<unsigned char>(b[j]))) ++j;
      if (j == end || static_cast<unsigned char>(b[j]) < 0x80) {
        out.push_back({i, j, std::string(b.substr(i, j - i)), true});
        i = j;
        continue;
      }
      // A letter outside ASCII follows: the general path reads the word.
    }
    size_t len = 1;
    uint32_t cp = DecodeAt(b, i, &len);
    if (cp < 0x80 && std::isspace(static_cast<int>(cp))) {
      i += len;
      continue;
    }
    if (cp == 0x00A0) {  // no-break space
      i += len;
      continue;
    }
    if (!IsWordChar(cp)) {
      out.push_back({i, i + len, NormalisePunct(cp, b.substr(i, len)), false});
      i += len;
      continue;
    }
    // A hyphen splits words ("Lenin-Trotsky" is two names); rule-file names
    // are tokenised the same way, so "Antonov-Ovseenko" still matches whole.
    size_t j = i;
    while (j < end) {
      size_t l = 1;
      if (!IsWordChar(DecodeAt(b, j, &l))) break;
      j += l;
    }
    out.push_back({i, j, std::string(b.substr(i, j - i)), true});
    i = j;
  }
  return out;
}

std::vector<std::string> TokenNorms(std::string_view s) {
  std::vector<std::string> norms;
  for (auto& t : Tokenize(s, 0, s.size())) norms.push_back(std::move(t.norm));
  return norms;
}

std::string Lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

std::string Slug(std::string_view s) {
  std::string out;
  for (char c : Lower(s)) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) out += c;
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string Upper(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return r;
}

}  // namespace apparat::text

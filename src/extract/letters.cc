#include "extract/letters.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace apparat::extract {

namespace {

constexpr const char* kProbeAuthor = "\x01probe";

// A line that is only a person's name, maybe with a footnote mark.
bool IsSignature(std::string_view doc, const text::Sentence& s, const std::vector<Mention>& m) {
  if (!s.block_line || m.size() != 1 || m[0].type != EntityType::kPerson) return false;
  if (m[0].start != s.start) return false;
  for (size_t i = m[0].end; i < s.end; ++i) {
    if (std::isalpha(static_cast<unsigned char>(doc[i]))) return false;
  }
  return true;
}

bool IsLetterHeader(std::string_view doc, const text::Sentence& s, const std::vector<Mention>& m,
                    const RelationMatcher& matcher) {
  if (!s.block_line || m.empty()) return false;
  return !matcher.Match(doc, s.start, s.end, m, "letter", kProbeAuthor, nullptr).empty();
}

}  // namespace

std::vector<Letter> FindLetters(std::string_view doc, const std::vector<text::Sentence>& sentences,
                                const std::vector<std::vector<Mention>>& mentions,
                                const std::vector<std::string>& dates, const RelationMatcher& matcher) {
  std::vector<Letter> letters;
  std::map<std::string, int> signatures;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (IsSignature(doc, sentences[i], mentions[i])) ++signatures[mentions[i][0].entity_id];
    if (!IsLetterHeader(doc, sentences[i], mentions[i], matcher)) continue;
    if (!letters.empty() && i <= letters.back().header_end) {
      // Inside the header already found, or the line right after it.
      letters.back().header_end = std::max(letters.back().header_end, i + 1);
      continue;
    }
    Letter l;
    l.first = i;
    l.header_end = i + 1;
    while (l.header_end < sentences.size() && sentences[l.header_end].block_line &&
           !IsSignature(doc, sentences[l.header_end], mentions[l.header_end]) &&
           (IsLetterHeader(doc, sentences[l.header_end], mentions[l.header_end], matcher) ||
            mentions[l.header_end].empty() || !dates[l.header_end].empty())) {
      ++l.header_end;
    }
    letters.push_back(l);
  }
  std::string usual;
  int best = 0;
  for (const auto& [id, n] : signatures) {
    if (n > best) best = n, usual = id;
  }
  for (size_t k = 0; k < letters.size(); ++k) {
    Letter& l = letters[k];
    l.end = k + 1 < letters.size() ? letters[k + 1].first : sentences.size();
    for (size_t i = l.header_end; i < l.end && l.author.empty(); ++i) {
      if (IsSignature(doc, sentences[i], mentions[i])) l.author = mentions[i][0].entity_id;
    }
    if (l.author.empty()) l.author = usual;
    for (size_t i = l.first; i < l.header_end && l.date.empty(); ++i) l.date = dates[i];
    for (size_t i = l.header_end; i < l.end && l.date.empty(); ++i) {
      if (sentences[i].block_line) l.date = dates[i];
    }
  }
  return letters;
}

}  // namespace apparat::extract

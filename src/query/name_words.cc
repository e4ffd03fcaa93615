#include "query/name_words.h"

namespace apparat::query {

namespace {

bool IsAsciiWordChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Length of a non-ASCII punctuation sequence at s[i] (curly quotes, dashes,
// guillemets, no-break space), 0 if s[i] does not start one.
size_t PunctuationAt(std::string_view s, size_t i, bool* apostrophe) {
  auto u = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  *apostrophe = false;
  if (u(0) == 0xE2 && u(1) == 0x80 && u(2) >= 0x90 && u(2) <= 0xBF) {
    *apostrophe = u(2) == 0x98 || u(2) == 0x99;
    return 3;
  }
  if (u(0) == 0xC2 && (u(1) == 0xAB || u(1) == 0xBB || u(1) == 0xA0)) return 2;
  if (u(0) == 0xCA && u(1) == 0xBC) {  // modifier letter apostrophe
    *apostrophe = true;
    return 2;
  }
  return 0;
}

// Appends the words of `s` (NameWords) to `arena`, one after another, and
// a view of each to `words`. The arena must have room for s.size() more
// bytes (reserved), so that it does not move and earlier views stay valid.
void AppendNameWords(std::string_view s, std::string* arena, std::vector<std::string_view>* words) {
  // Written through a local pointer into room made up front: a word is
  // never longer than the name (push_back per letter cost 30 instructions).
  const size_t base = arena->size();
  arena->resize(base + s.size());
  char* const begin = arena->data() + base;
  char* out = begin;
  char* word = out;
  auto flush = [&] {
    if (out > word) words->emplace_back(word, static_cast<size_t>(out - word));
    word = out;
  };
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool apostrophe = c == '\'';
    size_t punct = apostrophe ? 1 : (c >= 0x80 ? PunctuationAt(s, i, &apostrophe) : 0);
    if (punct == 0 && (IsAsciiWordChar(c) || c >= 0x80)) {
      *out++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
      ++i;
      continue;
    }
    i += punct ? punct : 1;
    bool had_word = out > word;
    flush();
    // "Stalin's" -> "stalin": drop a lone s after an apostrophe.
    if (apostrophe && had_word && i < s.size() && (s[i] == 's' || s[i] == 'S') &&
        (i + 1 == s.size() || !IsAsciiWordChar(static_cast<unsigned char>(s[i + 1])))) {
      ++i;
    }
  }
  flush();
  arena->resize(base + static_cast<size_t>(out - begin));
}

}  // namespace

std::vector<std::string> NameWords(std::string_view s) {
  std::string arena;
  arena.reserve(s.size());
  std::vector<std::string_view> views;
  AppendNameWords(s, &arena, &views);
  return {views.begin(), views.end()};
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string joined;
  for (const auto& w : words) {
    if (!joined.empty()) joined += ' ';
    joined += w;
  }
  return joined;
}

}  // namespace apparat::query

#include "query/names.h"

#include <algorithm>
#include <tuple>

namespace apparat::query {

namespace {

constexpr size_t kMinPrefix = 3;

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

bool IsStopWord(std::string_view w) { return w == "the" || w == "a" || w == "an"; }

bool StartsWith(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(0, p.size()) == p; }

// Whether `needle` occurs in `hay` as a contiguous run.
bool ContainsRun(WordSpan hay, const std::vector<std::string>& needle) {
  if (needle.size() > hay.size()) return false;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    if (std::equal(needle.begin(), needle.end(), hay.begin() + i)) return true;
  }
  return false;
}

bool ContainsAll(WordSpan hay, const std::vector<std::string>& needle) {
  for (const auto& w : needle) {
    if (std::find(hay.begin(), hay.end(), w) == hay.end()) return false;
  }
  return true;
}

bool PrefixesAll(WordSpan hay, const std::vector<std::string>& needle) {
  for (const auto& w : needle) {
    if (w.size() < kMinPrefix) {
      if (std::find(hay.begin(), hay.end(), w) == hay.end()) return false;
      continue;
    }
    if (std::none_of(hay.begin(), hay.end(), [&](std::string_view h) { return StartsWith(h, w); })) return false;
  }
  return true;
}

bool SameWords(WordSpan hay, const std::vector<std::string>& needle) {
  return std::equal(hay.begin(), hay.end(), needle.begin(), needle.end());
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

NameIndex::NameIndex(const GraphFile& g) : g_(g) {
  // Every word of every name into one arena (a graph of 2,000 nodes has
  // some 15,000 name words; a string each cost more than the question).
  const auto& nodes = g.nodes();
  size_t bytes = 0;
  for (const auto& n : nodes) {
    bytes += n.label.size() + n.id.size();
    for (auto a : n.aliases) bytes += a.size();
  }
  arena_.reserve(bytes);  // words are never longer than their names: it never moves
  words_.reserve(bytes / 4);  // grown once at most; untouched room costs nothing
  for (NodeIndex n = 0; n < nodes.size(); ++n) {
    auto add = [&](std::string_view name) {
      size_t first = words_.size();
      AppendNameWords(name, &arena_, &words_);
      if (words_.size() > first) {
        names_.push_back({n, static_cast<uint32_t>(first), static_cast<uint32_t>(words_.size() - first)});
      }
    };
    add(nodes[n].label);
    for (auto a : nodes[n].aliases) add(a);
    add(nodes[n].id);
  }
  // (No sorted vocabulary: a question looks up a handful of words, and a
  // scan of the ~15,000 words costs less than sorting them.)
}

namespace {

// Edits between a and b (a letter changed, added or dropped, or two
// neighbours swapped); `cap` + 1 when their lengths alone differ by more
// than `cap`.
size_t Edits(std::string_view a, std::string_view b, size_t cap) {
  size_t la = a.size(), lb = b.size();
  if ((la > lb ? la - lb : lb - la) > cap) return cap + 1;
  std::vector<std::vector<size_t>> d(la + 1, std::vector<size_t>(lb + 1));
  for (size_t i = 0; i <= la; ++i) d[i][0] = i;
  for (size_t j = 0; j <= lb; ++j) d[0][j] = j;
  for (size_t i = 1; i <= la; ++i) {
    for (size_t j = 1; j <= lb; ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[la][lb];
}

}  // namespace

std::string NameIndex::Suggest(std::string_view word) const {
  std::string w;
  for (char c : word) w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (w.size() < 4) return "";
  size_t cap = std::max<size_t>(1, w.size() / 4), best = cap + 1;
  std::string_view nearest;  // fewest edits; of those, the first in byte order
  for (auto v : words_) {
    size_t e = Edits(w, v, cap);
    if (e < best || (e == best && e <= cap && v < nearest)) best = e, nearest = v;
  }
  if (nearest.empty()) return "";
  std::string label;
  for (const auto& n : names_) {
    WordSpan words = Words(n);
    if (std::find(words.begin(), words.end(), nearest) == words.end()) continue;
    std::string l(g_.nodes()[n.node].label);
    if (label.empty() || l < label) label = l;
  }
  return label;
}

bool NameIndex::IsNameWord(std::string_view word) const {
  const bool prefix = word.size() >= kMinPrefix;
  return std::any_of(words_.begin(), words_.end(),
                     [&](std::string_view w) { return prefix ? StartsWith(w, word) : w == word; });
}

Resolution NameIndex::Resolve(std::string_view phrase, const std::vector<std::string_view>& types) const {
  Resolution r;
  std::vector<std::string> words = NameWords(phrase);
  while (words.size() > 1 && IsStopWord(words.front())) words.erase(words.begin());
  if (words.empty()) return r;
  std::vector<std::string> full = NameWords(phrase);  // with "the": aliases such as "the monopoly"
  using Test = bool (*)(WordSpan, const std::vector<std::string>&);
  const Test tiers[] = {SameWords, ContainsRun, ContainsAll, PrefixesAll};
  for (size_t t = 0; t < 4 && r.candidates.empty(); ++t) {
    for (const auto& name : names_) {
      WordSpan hay = Words(name);
      if (tiers[t](hay, words) || (t == 0 && tiers[t](hay, full))) r.candidates.push_back(name.node);
    }
  }
  std::sort(r.candidates.begin(), r.candidates.end());
  r.candidates.erase(std::unique(r.candidates.begin(), r.candidates.end()), r.candidates.end());
  if (!types.empty()) {
    std::vector<NodeIndex> fit;
    for (NodeIndex n : r.candidates) {
      if (std::find(types.begin(), types.end(), g_.nodes()[n].type) != types.end()) fit.push_back(n);
    }
    if (!fit.empty()) r.candidates = std::move(fit);
  }
  std::sort(r.candidates.begin(), r.candidates.end(), [&](NodeIndex a, NodeIndex b) {
    return std::tie(g_.nodes()[a].label, g_.nodes()[a].id) < std::tie(g_.nodes()[b].label, g_.nodes()[b].id);
  });
  if (r.candidates.empty()) {
    for (const auto& w : words) {
      if (!IsStopWord(w) && !IsNameWord(w)) {
        r.unknown_word = w;
        break;
      }
    }
  }
  return r;
}

}  // namespace apparat::query

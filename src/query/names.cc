#include "query/names.h"

#include <unordered_set>

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

// Index of `needle` as a contiguous run in `hay`, or npos.
bool ContainsRun(const std::vector<std::string>& hay, const std::vector<std::string>& needle) {
  if (needle.size() > hay.size()) return false;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    if (std::equal(needle.begin(), needle.end(), hay.begin() + i)) return true;
  }
  return false;
}

bool ContainsAll(const std::vector<std::string>& hay, const std::vector<std::string>& needle) {
  for (const auto& w : needle) {
    if (std::find(hay.begin(), hay.end(), w) == hay.end()) return false;
  }
  return true;
}

bool PrefixesAll(const std::vector<std::string>& hay, const std::vector<std::string>& needle) {
  for (const auto& w : needle) {
    if (w.size() < kMinPrefix) {
      if (std::find(hay.begin(), hay.end(), w) == hay.end()) return false;
      continue;
    }
    if (std::none_of(hay.begin(), hay.end(), [&](const std::string& h) { return StartsWith(h, w); })) return false;
  }
  return true;
}

}  // namespace

std::vector<std::string> NameWords(std::string_view s) {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) words.push_back(std::move(cur));
    cur.clear();
  };
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool apostrophe = c == '\'';
    size_t punct = apostrophe ? 1 : (c >= 0x80 ? PunctuationAt(s, i, &apostrophe) : 0);
    if (punct == 0 && (IsAsciiWordChar(c) || c >= 0x80)) {
      cur += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
      ++i;
      continue;
    }
    i += punct ? punct : 1;
    bool had_word = !cur.empty();
    flush();
    // "Stalin's" -> "stalin": drop a lone s after an apostrophe.
    if (apostrophe && had_word && i < s.size() && (s[i] == 's' || s[i] == 'S') &&
        (i + 1 == s.size() || !IsAsciiWordChar(static_cast<unsigned char>(s[i + 1])))) {
      ++i;
    }
  }
  flush();
  return words;
}

NameIndex::NameIndex(const GraphFile& g) : g_(g) {
  const auto& nodes = g.nodes();
  for (NodeIndex n = 0; n < nodes.size(); ++n) {
    auto add = [&](std::string_view name) {
      auto w = NameWords(name);
      if (w.empty()) return;
      names_.push_back({n, std::move(w)});
    };
    add(nodes[n].label);
    for (auto a : nodes[n].aliases) add(a);
    add(nodes[n].id);
  }
  // Views, taken once names_ no longer moves; each word once before the
  // sort (a large graph repeats its words many times over).
  std::unordered_set<std::string_view> seen;
  for (const auto& name : names_) {
    for (const auto& w : name.words) {
      if (seen.insert(w).second) vocabulary_.push_back(w);
    }
  }
  std::sort(vocabulary_.begin(), vocabulary_.end());
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
  std::string_view nearest;
  for (const auto& v : vocabulary_) {
    size_t e = Edits(w, v, cap);
    if (e < best) best = e, nearest = v;
  }
  if (nearest.empty()) return "";
  std::string label;
  for (const auto& n : names_) {
    if (std::find(n.words.begin(), n.words.end(), nearest) == n.words.end()) continue;
    std::string l(g_.nodes()[n.node].label);
    if (label.empty() || l < label) label = l;
  }
  return label;
}

bool NameIndex::IsNameWord(std::string_view word) const {
  auto it = std::lower_bound(vocabulary_.begin(), vocabulary_.end(), word);
  if (it == vocabulary_.end()) return false;
  if (*it == word) return true;
  return word.size() >= kMinPrefix && StartsWith(*it, word);
}

Resolution NameIndex::Resolve(std::string_view phrase, const std::vector<std::string_view>& types) const {
  Resolution r;
  std::vector<std::string> words = NameWords(phrase);
  while (words.size() > 1 && IsStopWord(words.front())) words.erase(words.begin());
  if (words.empty()) return r;
  std::vector<std::string> full = NameWords(phrase);  // with "the": aliases such as "the monopoly"
  using Test = bool (*)(const std::vector<std::string>&, const std::vector<std::string>&);
  const Test tiers[] = {
      [](const std::vector<std::string>& h, const std::vector<std::string>& n) { return h == n; },
      ContainsRun, ContainsAll, PrefixesAll};
  for (size_t t = 0; t < 4 && r.candidates.empty(); ++t) {
    for (const auto& name : names_) {
      if (tiers[t](name.words, words) || (t == 0 && tiers[t](name.words, full))) r.candidates.push_back(name.node);
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

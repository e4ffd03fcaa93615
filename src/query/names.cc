#include "query/names.h"

#include <algorithm>
#include <tuple>

namespace apparat::query {

namespace {

constexpr size_t kMinPrefix = 3;

bool IsStopWord(std::string_view w) { return w == "the" || w == "a" || w == "an"; }

// A name's words are one string, a space between each (NameRef::words):
// a run of words is a substring that starts and ends at word boundaries.

// Whether `run` (words joined by spaces) occurs in `hay` from a word's start;
// `whole`: to a word's end too.
bool HasRun(std::string_view hay, std::string_view run, bool whole = true) {
  for (size_t at = hay.find(run); at != std::string_view::npos; at = hay.find(run, at + 1)) {
    size_t end = at + run.size();
    if ((at == 0 || hay[at - 1] == ' ') && (!whole || end == hay.size() || hay[end] == ' ')) return true;
  }
  return false;
}

// Calls f(word) for each word of a name, until f returns true.
template <typename F>
bool AnyWord(std::string_view words, F f) {
  while (!words.empty()) {
    size_t space = words.find(' ');
    if (f(words.substr(0, space))) return true;
    if (space == std::string_view::npos) break;
    words.remove_prefix(space + 1);
  }
  return false;
}

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
  for (uint32_t i = 0; i < g_.name_count(); ++i) {
    AnyWord(g_.name(i).words, [&](std::string_view v) {
      size_t e = Edits(w, v, cap);
      if (e < best || (e == best && e <= cap && v < nearest)) best = e, nearest = v;
      return false;
    });
  }
  if (nearest.empty()) return "";
  std::string label;
  for (uint32_t i = 0; i < g_.name_count(); ++i) {
    NameRef n = g_.name(i);
    if (!HasRun(n.words, nearest)) continue;
    std::string l(g_.node(n.node).label);
    if (label.empty() || l < label) label = l;
  }
  return label;
}

bool NameIndex::IsNameWord(std::string_view word) const {
  if (word.empty()) return false;
  for (uint32_t i = 0; i < g_.name_count(); ++i) {
    if (HasRun(g_.name(i).words, word, /*whole=*/word.size() < kMinPrefix)) return true;
  }
  return false;
}

Resolution NameIndex::Resolve(std::string_view phrase, const std::vector<std::string_view>& types) const {
  Resolution r;
  std::vector<std::string> words = NameWords(phrase);
  while (words.size() > 1 && IsStopWord(words.front())) words.erase(words.begin());
  if (words.empty()) return r;
  std::vector<std::string> full = NameWords(phrase);  // with "the": aliases such as "the monopoly"
  const std::string joined = JoinWords(words), joined_full = JoinWords(full);
  // The tiers of names.h, best first.
  auto matches = [&](int tier, std::string_view name) {
    switch (tier) {
      case 0:  // exact
        return name == joined || name == joined_full;
      case 1:  // part
        return HasRun(name, joined);
      case 2:  // words
        return std::all_of(words.begin(), words.end(), [&](const std::string& w) { return HasRun(name, w); });
      default:  // prefix
        return std::all_of(words.begin(), words.end(), [&](const std::string& w) {
          return HasRun(name, w, /*whole=*/w.size() < kMinPrefix);
        });
    }
  };
  for (int tier = 0; tier < 4 && r.candidates.empty(); ++tier) {
    for (uint32_t i = 0; i < g_.name_count(); ++i) {
      NameRef name = g_.name(i);
      if (matches(tier, name.words)) r.candidates.push_back(name.node);
    }
  }
  std::sort(r.candidates.begin(), r.candidates.end());
  r.candidates.erase(std::unique(r.candidates.begin(), r.candidates.end()), r.candidates.end());
  if (!types.empty()) {
    std::vector<NodeIndex> fit;
    for (NodeIndex n : r.candidates) {
      if (std::find(types.begin(), types.end(), g_.node(n).type) != types.end()) fit.push_back(n);
    }
    if (!fit.empty()) r.candidates = std::move(fit);
  }
  std::sort(r.candidates.begin(), r.candidates.end(), [&](NodeIndex a, NodeIndex b) {
    NodeRef na = g_.node(a), nb = g_.node(b);
    return std::tie(na.label, na.id) < std::tie(nb.label, nb.id);
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

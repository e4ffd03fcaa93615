#include "extract/letters.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "extract/dates.h"

namespace apparat::extract {

namespace {

constexpr const char* kProbeAuthor = "\x01probe";

bool HasAlpha(std::string_view t) {
  for (char c : t) {
    if (std::isalpha(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

// Text before a signature's name: nothing, or a closing formula that ends
// in "yours" or "greetings" ("Respectfully yours,", "With best comradely
// greetings,").
bool IsClosingFormula(std::string_view t) {
  while (!t.empty() && !std::isalpha(static_cast<unsigned char>(t.back()))) t.remove_suffix(1);
  if (t.empty()) return true;
  if (t.size() > 60) return false;
  std::string low;
  for (char c : t) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto ends = [&](std::string_view w) { return low.size() >= w.size() && low.compare(low.size() - w.size(), w.size(), w) == 0; };
  return ends("yours") || ends("greetings") || ends("regards");
}

// A line that is only a person's name, maybe after a closing formula and
// before a footnote mark or a date ("Lenin [45]", "Lenin, 24 December 1922",
// "Respectfully yours, Lenin, March 5, 1923").
bool IsSignature(std::string_view doc, const text::Sentence& s, const std::vector<Mention>& m) {
  if (!s.block_line || m.size() != 1 || m[0].type != EntityType::kPerson || m[0].pronoun) return false;
  if (!IsClosingFormula(doc.substr(s.start, m[0].start - s.start))) return false;
  std::string after(doc.substr(m[0].end, s.end - m[0].end));
  // "Lev Borisovich," or "Comrade Trotsky:" greets the addressee.
  size_t last = after.find_last_not_of(" \t");
  if (last != std::string::npos && (after[last] == ',' || after[last] == ':')) return false;
  for (const auto& d : FindDates(after)) {
    for (size_t i = d.start; i < d.end; ++i) after[i] = ' ';
  }
  return !HasAlpha(after);
}

// A short line with no names inside a header ("Top Secret", "Confidential").
bool IsHeaderTag(std::string_view doc, const text::Sentence& s, const std::vector<Mention>& m) {
  if (!m.empty() || s.end - s.start > 40) return false;
  int words = 0;
  bool in_word = false;
  for (size_t i = s.start; i < s.end; ++i) {
    bool a = std::isalpha(static_cast<unsigned char>(doc[i]));
    if (a && !in_word) ++words;
    in_word = a;
  }
  return words > 0 && words <= 4;
}

// A short sentence that is a whole line: "To Comrade Stalin." is a header
// line though it ends in a full stop.
bool IsOwnLine(std::string_view doc, const text::Sentence& s) {
  if (s.end - s.start > 200) return false;
  size_t a = s.start;
  while (a > 0 && (doc[a - 1] == ' ' || doc[a - 1] == '\t')) --a;
  if (a > 0 && doc[a - 1] != '\n') return false;
  size_t b = s.end;
  while (b < doc.size() && (doc[b] == ' ' || doc[b] == '\t' || doc[b] == '\r')) ++b;
  if (b < doc.size() && doc[b] != '\n') return false;
  return doc.substr(s.start, s.end - s.start).find('\n') == std::string_view::npos;
}

// "From: Lenin", "FROM V. I. LENIN": a header line naming the writer.
bool IsFromLine(std::string_view doc, const text::Sentence& s, const std::vector<Mention>& m) {
  if (!s.block_line || m.size() != 1 || m[0].type != EntityType::kPerson || m[0].pronoun) return false;
  std::string_view lead = doc.substr(s.start, m[0].start - s.start);
  while (!lead.empty() && (lead.back() == ' ' || lead.back() == ':' || lead.back() == '\t')) lead.remove_suffix(1);
  if (lead != "From" && lead != "FROM" && lead != "from") return false;
  return !HasAlpha(doc.substr(m[0].end, s.end - m[0].end));
}

bool EndsInColon(std::string_view doc, const text::Sentence& s) {
  size_t z = s.end;
  while (z > s.start && std::isspace(static_cast<unsigned char>(doc[z - 1]))) --z;
  return z > s.start && doc[z - 1] == ':';
}

// Whether a letter-scope rule reads sentence i as a header line; its hits
// are kept in *hits (read once a sentence: the addressee needs them too).
bool IsLetterHeader(std::string_view doc, const std::vector<text::Sentence>& sentences, size_t i,
                    const std::vector<Mention>& m, const RelationMatcher& matcher,
                    std::map<size_t, std::vector<RelationHit>>* hits) {
  const text::Sentence& s = sentences[i];
  if ((!s.block_line && !IsOwnLine(doc, s)) || m.empty()) return false;
  auto it = hits->find(i);
  if (it == hits->end()) it = hits->emplace(i, matcher.Match(doc, s.start, s.end, m, "letter", kProbeAuthor, nullptr)).first;
  return !it->second.empty();
}

// After a signature, "Copies to ..." lines (and the editorial or date lines
// among them) still belong to the letter.
void TakeTrailer(std::string_view doc, const std::vector<text::Sentence>& sentences, size_t limit, Letter* l) {
  for (size_t i = l->end; i < limit && i < l->end + 4; ++i) {
    std::string_view t = doc.substr(sentences[i].start, sentences[i].end - sentences[i].start);
    bool copy = t.rfind("Copy", 0) == 0 || t.rfind("Copies", 0) == 0 || t.rfind("Cc", 0) == 0;
    bool aside = !t.empty() && (t[0] == '[' || sentences[i].block_line);
    if (!copy && !aside) break;
    if (copy) {
      l->trailer.push_back(i);
      l->end = i + 1;
    }
  }
}

}  // namespace

std::vector<Letter> FindLetters(std::string_view doc, const std::vector<text::Sentence>& sentences,
                                const std::vector<std::vector<Mention>>& mentions,
                                const std::vector<std::string>& dates, const RelationMatcher& matcher) {
  std::vector<Letter> letters;
  std::map<size_t, std::vector<RelationHit>> header_hits;  // sentence -> what letter rules read there
  std::map<std::string, int> signatures;
  for (size_t i = 0; i < sentences.size(); ++i) {
    // A name line before the first letter is a byline, not a signature.
    if (!letters.empty() && IsSignature(doc, sentences[i], mentions[i])) ++signatures[mentions[i][0].entity_id];
    if (!IsLetterHeader(doc, sentences, i, mentions[i], matcher, &header_hits)) continue;
    if (!letters.empty() && i <= letters.back().header_end) {
      // Inside the header already found, or the line right after it.
      letters.back().header_end = std::max(letters.back().header_end, i + 1);
      continue;
    }
    Letter l;
    l.first = i;
    l.header_end = i + 1;
    while (l.header_end < sentences.size() &&
           !IsSignature(doc, sentences[l.header_end], mentions[l.header_end]) &&
           (IsHeaderTag(doc, sentences[l.header_end], mentions[l.header_end]) ||
            ((sentences[l.header_end].block_line || IsOwnLine(doc, sentences[l.header_end])) &&
             (IsLetterHeader(doc, sentences, l.header_end, mentions[l.header_end], matcher, &header_hits) ||
              mentions[l.header_end].empty() || !dates[l.header_end].empty())))) {
      ++l.header_end;
    }
    letters.push_back(l);
  }
  std::string usual;
  int best = 0;
  for (const auto& [id, n] : signatures) {
    if (n > best) best = n, usual = id;
  }
  // Unsigned letters: the writer a title line names ("V. I. Lenin,
  // telegram to X" read by a sentence rule), among the document's first
  // lines before its first letter.
  if (usual.empty() && !letters.empty()) {
    for (size_t i = 0; i < std::min<size_t>(3, letters.front().first) && usual.empty(); ++i) {
      for (const auto& h : matcher.Match(doc, sentences[i].start, sentences[i].end, mentions[i], "sentence", "", nullptr)) {
        if (h.relation == "wrote-to") {
          usual = h.subject;
          break;
        }
      }
    }
  }
  for (size_t k = 0; k < letters.size(); ++k) {
    Letter& l = letters[k];
    l.end = k + 1 < letters.size() ? letters[k + 1].first : sentences.size();
    size_t signature = l.end;
    // A memo's "From: X" line, in the header or just above it.
    for (size_t i = l.first >= 2 ? l.first - 2 : 0; i < l.header_end && l.author.empty(); ++i) {
      if (IsFromLine(doc, sentences[i], mentions[i])) l.author = mentions[i][0].entity_id;
    }
    for (size_t i = l.header_end; i < l.end && l.author.empty(); ++i) {
      if (IsSignature(doc, sentences[i], mentions[i])) l.author = mentions[i][0].entity_id, signature = i;
    }
    // An introducing sentence that ends in a colon ("Lenin sent Stalin the
    // following letter:") names the writer of the letter it introduces.
    if (l.author.empty() && l.first > 0 && EndsInColon(doc, sentences[l.first - 1])) {
      const text::Sentence& p = sentences[l.first - 1];
      for (const auto& h : matcher.Match(doc, p.start, p.end, mentions[l.first - 1], "sentence", "", nullptr)) {
        if (h.relation == "wrote-to") {
          l.author = h.subject;
          break;
        }
      }
    }
    // A byline: a line that is only a name, just above the header (with
    // only other block lines, such as a date, between).
    for (size_t i = l.first; l.author.empty() && i > 0 && i + 3 > l.first &&
                             (i == l.first || sentences[i].block_line); --i) {
      const auto& m = mentions[i - 1];
      if (sentences[i - 1].block_line && m.size() == 1 && m[0].type == EntityType::kPerson && !m[0].pronoun &&
          IsClosingFormula(doc.substr(sentences[i - 1].start, m[0].start - sentences[i - 1].start)) &&
          !HasAlpha(doc.substr(m[0].end, sentences[i - 1].end - m[0].end))) {
        l.author = m[0].entity_id;
      }
    }
    if (l.author.empty()) l.author = usual;
    for (size_t i = l.first; i < l.header_end && l.date.empty(); ++i) l.date = dates[i];
    // Closing lines: the block lines up to a few lines past the signature
    // (not the notes and commentary that may follow the letter).
    size_t closing_end = signature < l.end ? std::min(l.end, signature + 3) : l.end;
    for (size_t i = l.header_end; i < closing_end && l.date.empty(); ++i) {
      if (sentences[i].block_line) l.date = dates[i];
    }
    // A signed letter ends with its signature and the closing lines right
    // after it (a date, "Dictated by phone"); the commentary that follows is
    // no longer the letter and must not take its date.
    if (signature < l.end) {
      size_t e = signature + 1;
      while (e < closing_end && sentences[e].block_line && (mentions[e].empty() || !dates[e].empty())) ++e;
      l.end = e;
      TakeTrailer(doc, sentences, k + 1 < letters.size() ? letters[k + 1].first : sentences.size(), &l);
    }
    // An introducing sentence that ends in a colon ("On 6 March he sent
    // them a note:") dates the letter it introduces.
    if (l.date.empty() && l.first > 0 && EndsInColon(doc, sentences[l.first - 1])) l.date = dates[l.first - 1];
    // The addressee: the one person the header lines write to.
    std::set<std::string> to;
    for (size_t i = l.first; i < l.header_end; ++i) {
      if (!IsLetterHeader(doc, sentences, i, mentions[i], matcher, &header_hits)) continue;
      for (const auto& h : header_hits[i]) {
        if (h.relation != "wrote-to" || h.subject != kProbeAuthor || (h.rule && h.rule->copy)) continue;
        auto m = std::find_if(mentions[i].begin(), mentions[i].end(),
                              [&](const Mention& x) { return x.entity_id == h.object; });
        if (m != mentions[i].end() && m->type == EntityType::kPerson && !m->pronoun) to.insert(h.object);
      }
    }
    if (to.size() == 1) l.addressee = *to.begin();
  }
  return letters;
}

}  // namespace apparat::extract

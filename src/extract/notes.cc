#include "extract/notes.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

namespace apparat::extract {

namespace {

// After the name: initials or given names ("Petrovsky, G. I.", "Frumkin,
// Moisei Ilyich"), the years in brackets, then a dash, colon or
// comma (or the end of the line). The years are what make it a note: "Stalin,
// backed by ..." is not one.
const RE2& HeadTail() {
  static const RE2 kTail(
      "^(?:,\\s*(?:\\p{Lu}\\pL?\\.\\s*){1,3}|,\\s*\\p{Lu}\\pL+(?:\\s+\\p{Lu}\\pL+){0,2})?\\s*\\([^()]{0,30}\\d{4}[^()]{0,30}\\)\\s*(?:(?:--|[-–—:,])\\s*|\\n|$)");
  return kTail;
}

// What may stand before the name: a note's number ("12.", "[3]", "3)").
const RE2& NoteNumber() {
  static const RE2 kNumber("^\\s*(?:\\[?\\d{1,3}[\\].)]?\\s*)?$");
  return kNumber;
}

void AddClauses(std::string_view doc, size_t sentence, size_t start, size_t end, std::vector<NoteClause>* out) {
  size_t from = start;
  for (size_t i = start; i <= end; ++i) {
    if (i < end && doc[i] != ';') continue;
    size_t a = from, z = i;
    while (a < z && (doc[a] == ' ' || doc[a] == '\n' || doc[a] == '\t')) ++a;
    if (z > a) out->push_back({sentence, a, z});
    from = i + 1;
  }
}

}  // namespace

std::vector<BioNote> FindBioNotes(std::string_view doc, const std::vector<text::Sentence>& sentences,
                                  const std::vector<std::vector<Mention>>& mentions) {
  // Whether byte `pos` opens its line (spaces aside).
  auto opens_line = [&](size_t pos) {
    while (pos > 0 && (doc[pos - 1] == ' ' || doc[pos - 1] == '\t')) --pos;
    return pos == 0 || doc[pos - 1] == '\n';
  };
  auto is_number = [&](const text::Sentence& p) {
    return RE2::FullMatch(re2::StringPiece(doc.data() + p.start, p.end - p.start), NoteNumber());
  };
  // A note's number on a line of its own start ("12." may be cut off as a
  // sentence of its own).
  auto number_line = [&](size_t k) { return opens_line(sentences[k].start) && is_number(sentences[k]); };
  // The length of a note's head after its name, when sentence i opens
  // with one ("Bukharin, N. I. (1888-1938)--"); 0 when it does not.
  auto head_tail = [&](size_t i) -> size_t {
    const auto& s = sentences[i];
    if (mentions[i].empty()) return 0;
    const Mention& head = mentions[i].front();
    if (head.pronoun || head.type != EntityType::kPerson || head.start < s.start || head.start - s.start > 8) return 0;
    re2::StringPiece lead(doc.data() + s.start, head.start - s.start);
    if (!RE2::FullMatch(lead, NoteNumber())) return 0;
    re2::StringPiece rest(doc.data() + head.end, s.end - head.end), g;
    if (!HeadTail().Match(rest, 0, rest.size(), RE2::ANCHOR_START, &g, 1)) return 0;
    return g.size();
  };
  std::vector<BioNote> notes;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    // A note opens its paragraph or its line (endnotes printed one to a
    // line, without blank lines between), after at most its number.
    bool first = i == 0 || sentences[i - 1].paragraph != s.paragraph;
    bool opens = first || opens_line(s.start) || number_line(i - 1);
    if (!opens) continue;
    size_t tail = head_tail(i);
    if (!tail) continue;
    BioNote note;
    const Mention& head = mentions[i].front();
    note.person = head.entity_id;
    AddClauses(doc, i, head.end + tail, s.end, &note.clauses);
    // The note runs to the end of its paragraph or to the next note.
    for (size_t k = i + 1; k < sentences.size() && sentences[k].paragraph == s.paragraph; ++k) {
      if (number_line(k) || (opens_line(sentences[k].start) && head_tail(k))) break;
      AddClauses(doc, k, sentences[k].start, sentences[k].end, &note.clauses);
    }
    if (!note.clauses.empty()) notes.push_back(std::move(note));
  }
  return notes;
}

std::vector<BioNote> FindInfoboxes(std::string_view doc, const std::vector<text::Sentence>& sentences,
                                   const std::vector<std::vector<Mention>>& mentions) {
  auto is_key = [&](size_t b, size_t e) {
    std::string_view line = doc.substr(b, e - b);
    for (std::string_view k : {"In office", "Preceded by", "Succeeded by", "Assumed office"}) {
      if (line.substr(0, k.size()) == k && (line.size() == k.size() || !std::isalpha(static_cast<unsigned char>(line[k.size()])))) {
        return true;
      }
    }
    return false;
  };
  auto is_border = [](char ch) { return ch == '|' || ch == '+' || ch == ' ' || ch == '\t' || ch == '\r'; };
  std::vector<BioNote> boxes;
  for (size_t first = 0; first < sentences.size();) {
    size_t last = first;
    while (last + 1 < sentences.size() && sentences[last + 1].paragraph == sentences[first].paragraph) ++last;
    size_t next = last + 1;
    // The paragraph's lines, borders trimmed, each in the sentence that
    // holds its start.
    struct Line {
      size_t sentence, start, end;
    };
    std::vector<Line> lines;
    size_t key_at = std::string_view::npos;
    for (size_t i = first; i <= last; ++i) {
      size_t a = sentences[i].start;
      while (a < sentences[i].end) {
        size_t z = doc.find('\n', a);
        if (z == std::string_view::npos || z > sentences[i].end) z = sentences[i].end;
        size_t b = a, e = z;
        while (b < e && is_border(doc[b])) ++b;
        while (e > b && is_border(doc[e - 1])) --e;
        bool rule_line = b < e && doc.substr(b, e - b).find_first_not_of("-=_") == std::string_view::npos;
        if (b < e && !rule_line) {
          if (key_at == std::string_view::npos && is_key(b, e)) {
            key_at = b;
          }
          lines.push_back({i, b, e});
        }
        a = z + 1;
      }
    }
    first = next;
    if (key_at == std::string_view::npos) continue;
    BioNote box;
    for (size_t i = 0; i < lines.size() && box.person.empty(); ++i) {
      for (const auto& m : mentions[lines[i].sentence]) {
        if (m.type == EntityType::kPerson && !m.pronoun && m.start >= lines[i].start && m.start < key_at) {
          box.person = m.entity_id;
          break;
        }
      }
    }
    if (box.person.empty()) continue;
    for (const auto& line : lines) {
      bool other = false;
      for (const auto& m : mentions[line.sentence]) {
        if (m.start >= line.start && m.start < line.end && m.type == EntityType::kPerson && m.entity_id != box.person) {
          other = true;
        }
      }
      if (!other) box.clauses.push_back({line.sentence, line.start, line.end});
    }
    if (!box.clauses.empty()) boxes.push_back(std::move(box));
  }
  return boxes;
}

}  // namespace apparat::extract

namespace apparat::extract {

std::vector<BioNote> FindIndexEntries(std::string_view doc, const std::vector<text::Sentence>& sentences,
                                      const std::vector<std::vector<Mention>>& mentions) {
  // Most documents are no index: before splitting the file into lines,
  // count the head words it could have (a person's name opening a line,
  // then a comma). Fewer than two, and nothing is read.
  int heads = 0;
  for (size_t k = 0; k < mentions.size() && heads < 2; ++k) {
    for (const auto& m : mentions[k]) {
      if (m.type != EntityType::kPerson || m.pronoun || m.end >= doc.size() || doc[m.end] != ',') continue;
      size_t p = m.start;
      while (p > 0 && (doc[p - 1] == ' ' || doc[p - 1] == '\t')) --p;
      if (p == 0 || doc[p - 1] == '\n') ++heads;
    }
  }
  if (heads < 2) return {};
  struct Line {
    size_t start, text, end;  // line start, first non-space byte, end (no '\n')
    size_t indent() const { return text - start; }
    bool blank() const { return text >= end; }
  };
  std::vector<Line> lines;
  for (size_t pos = 0; pos <= doc.size();) {
    size_t nl = doc.find('\n', pos);
    size_t end = nl == std::string_view::npos ? doc.size() : nl;
    size_t text = pos;
    while (text < end && (doc[text] == ' ' || doc[text] == '\t')) ++text;
    size_t stop = end;
    while (stop > text && (doc[stop - 1] == ' ' || doc[stop - 1] == '\r' || doc[stop - 1] == '\t')) --stop;
    lines.push_back({pos, text, stop});
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  // The sentence holding byte `pos`, and the person mention starting there.
  auto sentence_at = [&](size_t pos) -> int {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                               [](size_t p, const text::Sentence& s) { return p < s.start; });
    if (it == sentences.begin()) return -1;
    --it;
    return pos < it->end ? static_cast<int>(it - sentences.begin()) : -1;
  };
  auto person_at = [&](size_t pos, size_t* end) -> const Mention* {
    int k = sentence_at(pos);
    if (k < 0) return nullptr;
    for (const auto& m : mentions[k]) {
      if (m.start == pos && m.type == EntityType::kPerson && !m.pronoun) {
        *end = m.end;
        return &m;
      }
    }
    return nullptr;
  };
  std::vector<BioNote> entries;
  size_t lowercase = 0, subentries = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& head = lines[i];
    size_t name_end = 0;
    const Mention* who = head.blank() ? nullptr : person_at(head.text, &name_end);
    // The head word is the name and a comma: "Bukharin, Nikolai Ivanovich".
    if (!who || name_end >= head.end || doc[name_end] != ',') continue;
    BioNote entry;
    entry.person = who->entity_id;
    size_t sub_indent = 0;
    size_t k = i + 1;
    for (; k < lines.size() && !lines[k].blank() && lines[k].indent() > head.indent(); ++k) {
      const Line& l = lines[k];
      if (sub_indent == 0) sub_indent = l.indent();
      // A line indented deeper than the sub-entries continues the one above.
      if (l.indent() > sub_indent && !entry.clauses.empty()) {
        NoteClause& last = entry.clauses.back();
        if (sentence_at(l.text) == static_cast<int>(last.sentence)) last.end = std::min(l.end, sentences[last.sentence].end);
        continue;
      }
      int s = sentence_at(l.text);
      if (s < 0) continue;
      entry.clauses.push_back({static_cast<size_t>(s), l.text, std::min(l.end, sentences[s].end)});
      ++subentries;
      if (std::islower(static_cast<unsigned char>(doc[l.text]))) ++lowercase;
    }
    if (!entry.clauses.empty()) entries.push_back(std::move(entry));
    i = k - 1;
  }
  // An index has many entries, and its sub-entries mostly open in lower
  // case ("editor of Pravda", "meets Kamenev"): a letter's address lines or
  // an indented quotation under a name are neither.
  if (entries.size() < 2 || 2 * lowercase < subentries) return {};
  return entries;
}

}  // namespace apparat::extract

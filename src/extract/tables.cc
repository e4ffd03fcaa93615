#include "extract/tables.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "text/tokens.h"

namespace apparat::extract {

namespace {

struct Line {
  size_t start = 0, end = 0;  // bytes, without the newline
  int number = 0;             // 1-based
  std::vector<size_t> pipes;  // offsets of its "|"
};

bool Blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

// A line of cells: a "|" with text on both sides of it somewhere in the
// line (a box's border "| text |" has none inside).
bool IsRow(std::string_view doc, const Line& l) {
  if (l.pipes.empty()) return false;
  size_t first = l.start, last = l.end;
  while (first < last && std::isspace(static_cast<unsigned char>(doc[first]))) ++first;
  while (last > first && std::isspace(static_cast<unsigned char>(doc[last - 1]))) --last;
  return std::any_of(l.pipes.begin(), l.pipes.end(), [&](size_t p) { return p > first && p + 1 < last; });
}

// A rule under the header: only "-", "=", "+", ":", "|" and spaces.
bool IsRule(std::string_view doc, const Line& l) {
  std::string_view s = doc.substr(l.start, l.end - l.start);
  return !Blank(s) && s.find_first_not_of("-=+:| \t\r") == std::string_view::npos;
}

// The cells of a line: [start, end) byte ranges between its pipes.
std::vector<std::pair<size_t, size_t>> Cells(const Line& l) {
  std::vector<std::pair<size_t, size_t>> cells;
  size_t from = l.start;
  for (size_t p : l.pipes) {
    cells.push_back({from, p});
    from = p + 1;
  }
  cells.push_back({from, l.end});
  return cells;
}

// Whether the lower-case header text holds one of `words` as whole words.
bool Names(const std::string& header, const std::vector<std::string>& words) {
  for (const auto& w : words) {
    for (size_t at = header.find(w); at != std::string::npos; at = header.find(w, at + 1)) {
      bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(header[at - 1]));
      size_t z = at + w.size();
      bool right = z >= header.size() || !std::isalpha(static_cast<unsigned char>(header[z]));
      if (left && right) return true;
    }
  }
  return false;
}

// "1917-24", "1922-", "1918–21", "1926": the first year after `from` in the
// cell, and the end of its range.
void CellDate(std::string_view doc, size_t from, size_t to, std::string* date, std::string* date_end) {
  static const RE2 kYears("^[^|]*?\\b(1[6-9]\\d\\d|20\\d\\d)(?:\\s*[-\u2013]\\s*(\\d{2,4})\\b)?");
  re2::StringPiece cell(doc.data() + from, to - from);
  std::string y, e;
  if (!RE2::PartialMatch(cell, kYears, &y, &e)) return;
  // Only the years of this entry: another name before them dates that one.
  *date = y;
  if (e.size() == 2) e = y.substr(0, 2) + e;
  if (e.size() == 4 && e > y) *date_end = e;
}

}  // namespace

std::vector<TableFact> ReadTables(std::string_view doc, size_t body_start, const std::vector<Mention>& mentions,
                                  const rules::EntityParts& parts) {
  std::vector<TableFact> out;
  if (parts.held_columns.empty() && parts.member_columns.empty()) return out;
  if (doc.find('|', body_start) == std::string_view::npos) return out;
  std::vector<Line> lines;
  int number = 1 + static_cast<int>(std::count(doc.begin(), doc.begin() + body_start, '\n'));
  for (size_t at = body_start; at < doc.size();) {
    size_t z = doc.find('\n', at);
    if (z == std::string_view::npos) z = doc.size();
    Line l{at, z, number++, {}};
    for (size_t p = doc.find('|', at); p < z; p = doc.find('|', p + 1)) l.pipes.push_back(p);
    lines.push_back(std::move(l));
    at = z + 1;
  }
  // The mentions that start inside [a, b).
  auto inside = [&](size_t a, size_t b) {
    auto first = std::lower_bound(mentions.begin(), mentions.end(), a,
                                  [](const Mention& m, size_t x) { return m.start < x; });
    std::vector<const Mention*> found;
    for (auto it = first; it != mentions.end() && it->start < b; ++it) found.push_back(&*it);
    return found;
  };
  for (size_t i = 0; i < lines.size();) {
    if (!IsRow(doc, lines[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < lines.size() && (IsRow(doc, lines[end]) || IsRule(doc, lines[end]))) ++end;
    if (end - i < 3) {
      i = end;
      continue;
    }
    // The header: the block's first line. Its cells say what each column holds.
    const Line& head = lines[i];
    auto head_cells = Cells(head);
    std::vector<std::string> relation_of(head_cells.size());
    std::vector<std::string> header(head_cells.size());
    int name_column = -1;
    for (size_t c = 0; c < head_cells.size(); ++c) {
      header[c] = text::Lower(std::string(doc.substr(head_cells[c].first, head_cells[c].second - head_cells[c].first)));
      if (Names(header[c], parts.held_columns)) relation_of[c] = "held";
      else if (Names(header[c], parts.member_columns)) relation_of[c] = "member-of";
      else if (name_column < 0 && Names(header[c], {"name", "person", "who"})) name_column = static_cast<int>(c);
    }
    bool any = std::any_of(relation_of.begin(), relation_of.end(), [](const std::string& r) { return !r.empty(); });
    if (!any) {
      i = end;
      continue;
    }
    // Rows: a person in the name column opens one; the lines after it
    // continue it until another person or a line of empty cells.
    std::string person;
    size_t row_start = 0;
    int row_line = 0;
    std::vector<TableFact> pending;
    auto close = [&](size_t row_end) {
      for (auto& f : pending) {
        f.row_start = row_start;
        f.row_end = row_end;
        f.line = row_line;
        out.push_back(std::move(f));
      }
      pending.clear();
      person.clear();
    };
    size_t last_end = head.end;
    for (size_t k = i + 1; k < end; ++k) {
      const Line& l = lines[k];
      if (IsRule(doc, l)) continue;
      auto cells = Cells(l);
      bool empty = std::all_of(cells.begin(), cells.end(), [&](const auto& c) {
        return Blank(doc.substr(c.first, c.second - c.first));
      });
      if (empty) {
        close(last_end);
        continue;
      }
      // Who the line is about: the first person in the name column (or,
      // with no such header, in any cell before the columns of facts).
      const Mention* who = nullptr;
      for (size_t c = 0; c < cells.size() && !who; ++c) {
        if (name_column >= 0 ? static_cast<int>(c) != name_column : (c < relation_of.size() && !relation_of[c].empty())) {
          continue;
        }
        for (const Mention* m : inside(cells[c].first, cells[c].second)) {
          if (m->type == EntityType::kPerson && !m->pronoun) {
            who = m;
            break;
          }
        }
      }
      if (who && who->entity_id != person) {
        close(last_end);
        person = who->entity_id;
        row_start = l.start;
        row_line = l.number;
      }
      last_end = l.end;
      if (person.empty()) continue;
      for (size_t c = 0; c < cells.size() && c < relation_of.size(); ++c) {
        const std::string& relation = relation_of[c];
        if (relation.empty()) continue;
        auto found = inside(cells[c].first, cells[c].second);
        for (size_t n = 0; n < found.size(); ++n) {
          const Mention* m = found[n];
          bool fits = relation == "held" ? m->type == EntityType::kPosition : m->type == EntityType::kBody;
          if (!fits || m->pronoun) continue;
          TableFact f;
          f.subject = person;
          f.relation = relation;
          f.object = m->entity_id;
          f.column = header[c];
          f.column.erase(0, f.column.find_first_not_of(" \t"));
          f.column.erase(f.column.find_last_not_of(" \t\r") + 1);
          // Its years: after it in the cell, before the next name.
          size_t to = n + 1 < found.size() ? found[n + 1]->start : cells[c].second;
          CellDate(doc, m->end, to, &f.date, &f.date_end);
          pending.push_back(std::move(f));
        }
      }
    }
    close(last_end);
    i = end;
  }
  return out;
}

}  // namespace apparat::extract

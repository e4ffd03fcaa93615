#include "rules/slot_pattern.h"

#include <cctype>

namespace apparat::rules {

char TypeLetter(std::string_view t) {
  if (t == "person") return 'P';
  if (t == "body") return 'B';
  if (t == "position") return 'T';
  if (t == "issue") return 'I';
  if (t == "pronoun") return 'H';
  return 0;
}

namespace {

// One mention of the given letters, then more joined by commas, "and", "&"
// or an ellipsis: "Sokolnikov, Bukharin and Piatakov" fills one slot.
std::string ListRegex(const std::string& letters) {
  std::string one = "\\x01[" + letters + "]\\d+\\x02";
  // "Lenin and the Politburo": an article may open the next item.
  std::string sep = "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*|\\s*(?:…|\\.\\.\\.)\\s*,?\\s*)(?:the\\s+)?";
  return one + "(?:" + sep + one + ")*";
}

Status ParseSlot(std::string_view body, std::string* letters, std::string* name) {
  size_t colon = body.find(':');
  if (colon == std::string_view::npos) {
    return Status::Error("slot {" + std::string(body) + "} needs a name: {TYPES:s} or {TYPES:o}");
  }
  *name = std::string(body.substr(colon + 1));
  if (*name != "s" && *name != "o") {
    return Status::Error("slot {" + std::string(body) + "}: name must be s or o");
  }
  std::string_view types = body.substr(0, colon);
  letters->clear();
  size_t pos = 0;
  while (pos <= types.size()) {
    size_t bar = types.find('|', pos);
    std::string_view t = types.substr(pos, bar == std::string_view::npos ? std::string_view::npos : bar - pos);
    if (t == "any") {
      *letters += "PBTI";
    } else if (char c = TypeLetter(t)) {
      *letters += c;
    } else {
      return Status::Error("slot {" + std::string(body) + "}: unknown type '" + std::string(t) +
                           "' (person, body, position, issue, pronoun, any)");
    }
    if (bar == std::string_view::npos) break;
    pos = bar + 1;
  }
  return Status();
}

}  // namespace

Status TranslateSlotPattern(std::string_view p, std::string* regex) {
  regex->clear();
  bool seen_s = false, seen_o = false;
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {  // keep escapes, including \{
      *regex += p.substr(i, 2);
      ++i;
      continue;
    }
    if (c == '{' && i + 1 < p.size() && std::islower(static_cast<unsigned char>(p[i + 1]))) {
      size_t close = p.find('}', i);
      if (close == std::string_view::npos) return Status::Error("unclosed slot '{' at column " + std::to_string(i + 1));
      std::string letters, name;
      Status s = ParseSlot(p.substr(i + 1, close - i - 1), &letters, &name);
      if (!s.ok()) return s;
      bool& seen = name == "s" ? seen_s : seen_o;
      if (seen) return Status::Error("slot name '" + name + "' used twice");
      seen = true;
      *regex += "(?P<" + name + ">" + ListRegex(letters) + ")";
      i = close;
      continue;
    }
    *regex += c;
  }
  return Status();
}

}  // namespace apparat::rules

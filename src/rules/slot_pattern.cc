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

// One mention of the given letters, then more joined by commas, "and", "&",
// "+" or an ellipsis: "Sokolnikov, Bukharin and Piatakov" fills one slot.
std::string OneRegex(const std::string& letters) { return "\\x01[" + letters + "]\\d+\\x02"; }

std::string ListRegex(const std::string& letters) {
  std::string one = OneRegex(letters);
  // "Lenin and the Politburo": an article may open the next item.
  std::string sep = "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*[&+]\\s*|\\s*(?:…|\\.\\.\\.)\\s*,?\\s*)(?:the\\s+)?";
  return one + "(?:" + sep + one + ")*";
}

struct Slot {
  std::string letters;  // marker type letters
  std::string name;     // "s", "o", or empty for an uncaptured mention
  bool single = false;  // exactly one mention, not a list
};

Status ParseTypes(std::string_view body, std::string_view types, std::string* letters) {
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

// Reads "TYPES:NAME", "single TYPES:NAME" or "TYPES".
Status ParseSlot(std::string_view body, Slot* slot) {
  std::string_view rest = body;
  if (rest.substr(0, 7) == "single ") {
    slot->single = true;
    rest.remove_prefix(7);
  }
  size_t colon = rest.find(':');
  if (colon == std::string_view::npos) {
    slot->single = true;  // an uncaptured mention: "{position}"
  } else {
    slot->name = std::string(rest.substr(colon + 1));
    if (slot->name != "s" && slot->name != "o") {
      return Status::Error("slot {" + std::string(body) + "}: name must be s or o");
    }
    rest = rest.substr(0, colon);
  }
  return ParseTypes(body, rest, &slot->letters);
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
      Slot slot;
      Status s = ParseSlot(p.substr(i + 1, close - i - 1), &slot);
      if (!s.ok()) return s;
      std::string body = slot.single ? OneRegex(slot.letters) : ListRegex(slot.letters);
      i = close;
      if (slot.name.empty()) {
        *regex += "(?:" + body + ")";
        continue;
      }
      bool& seen = slot.name == "s" ? seen_s : seen_o;
      if (seen) return Status::Error("slot name '" + slot.name + "' used twice");
      seen = true;
      *regex += "(?P<" + slot.name + ">" + body + ")";
      continue;
    }
    *regex += c;
  }
  return Status();
}

}  // namespace apparat::rules

namespace apparat::rules {

namespace {

Status Expand(std::string_view p, const Defines& defines, int depth, std::string* out) {
  if (depth > kMaxDefineDepth) return Status::Error("defines nested deeper than " + std::to_string(kMaxDefineDepth) + " (a cycle?)");
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '\\' && i + 1 < p.size()) {
      out->append(p.substr(i, 2));
      ++i;
      continue;
    }
    if (p.compare(i, 2, "{@") != 0) {
      out->push_back(p[i]);
      continue;
    }
    size_t close = p.find('}', i);
    if (close == std::string_view::npos) return Status::Error("unclosed '{@' at column " + std::to_string(i + 1));
    std::string name(p.substr(i + 2, close - i - 2));
    auto it = defines.find(name);
    if (it == defines.end()) return Status::Error("unknown define {@" + name + "}");
    *out += "(?:";
    Status s = Expand(it->second, defines, depth + 1, out);
    if (!s.ok()) return s;
    *out += ")";
    // Checked as it grows: defines of 20 alternatives nested 8 deep would
    // otherwise expand to 20^8 copies (gigabytes) before anything fails.
    if (out->size() > kMaxExpandedBytes) {
      return Status::Error("defines expand to more than " + std::to_string(kMaxExpandedBytes / 1024) +
                           " KiB (a define used many times inside defines used many times)");
    }
    i = close;
  }
  return Status();
}

}  // namespace

Status ExpandDefines(std::string_view pattern, const Defines& defines, std::string* out) {
  out->clear();
  return Expand(pattern, defines, 0, out);
}

}  // namespace apparat::rules

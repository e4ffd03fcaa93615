#include "query/question.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "query/names.h"

namespace apparat::query {

namespace {

// ---------------------------------------------------------------------------
// The lexicon: relation phrases in the forms the templates need.

struct VerbForms {
  const char* relation;
  bool reversed;  // "received letters from": the question's subject is the relation's object
  std::vector<const char*> past;     // who PAST X            (X is the object)
  std::vector<const char*> base;     // who did X BASE        (X is the subject)
  std::vector<const char*> passive;  // who was PASSIVE by X  (X is the subject)
};

const std::vector<VerbForms>& Lexicon() {
  static const std::vector<VerbForms> lexicon = {
      {"opposed", false,
       {"opposed", "opposes", "was against", "were against", "is against", "was opposed to", "were opposed to",
        "attacked", "fought", "fought against", "argued against", "spoke against", "voted against"},
       {"oppose", "attack", "fight", "fight against", "argue against", "speak against", "vote against"},
       {"opposed", "attacked", "fought"}},
      {"supported", false,
       {"supported", "supports", "defended", "defends", "backed", "was for", "were for", "voted for"},
       {"support", "defend", "back", "vote for"},
       {"supported", "defended", "backed"}},
      {"allied", false,
       {"allied with", "was allied with", "were allied with", "is allied with", "sided with", "formed a bloc with",
        "made a bloc with", "was in a bloc with", "joined forces with"},
       {"ally with", "side with", "form a bloc with", "make a bloc with", "join forces with"},
       {}},
      {"appointed", false, {"appointed", "nominated"}, {"appoint", "nominate"}, {"appointed", "nominated"}},
      {"wrote-to", false,
       {"wrote to", "writes to", "sent letters to", "sent a letter to", "wrote letters to", "wrote a letter to",
        "sent notes to", "sent a note to"},
       {"write to", "send letters to", "send a letter to", "write letters to", "write a letter to"},
       {"written to"}},
      {"wrote-to", true,
       {"received letters from", "received a letter from", "got letters from", "got a letter from",
        "heard from"},
       {"receive letters from", "receive a letter from", "get letters from", "get a letter from", "hear from"},
       {}},
      {"held", false, {"held", "holds", "has held", "occupied", "served as"}, {"hold", "occupy", "serve as"},
       {"held", "occupied"}},
      {"member-of", false,
       {"was a member of", "were members of", "was member of", "is a member of", "are members of",
        "belonged to", "belongs to", "sat on", "served on"},
       {"belong to", "sit on", "serve on"},
       {}},
  };
  return lexicon;
}

// Nouns that may follow "what"/"which" and the answer type they ask for.
const std::vector<std::pair<const char*, const char*>>& WhNouns() {
  static const std::vector<std::pair<const char*, const char*>> nouns = {
      {"people", "person"},    {"persons", "person"}, {"person", "person"},     {"leaders", "person"},
      {"men", "person"},       {"comrades", "person"},
      {"posts", "position"},   {"post", "position"},  {"positions", "position"}, {"position", "position"},
      {"offices", "position"}, {"office", "position"},
      {"bodies", "body"},      {"body", "body"},      {"organisations", "body"},  {"organizations", "body"},
      {"committees", "body"},
      {"issues", "issue"},     {"issue", "issue"},    {"questions", "issue"},     {"policies", "issue"},
  };
  return nouns;
}

// ---------------------------------------------------------------------------
// Templates: words, alternatives (a|b), optional words (the?), {WH} and
// entity slots {X} and {Y}.

struct Item {
  enum Kind { kWord, kWh, kX, kY } kind = kWord;
  std::vector<std::string> words;  // alternatives
  bool optional = false;
};

enum class Role { kXSubject, kXObject, kPath };

struct Template {
  std::vector<Item> items;
  std::string relation;
  Role role;
  std::string answer_type;  // forced answer type, or empty
};

std::vector<Item> Compile(const std::string& pattern) {
  std::vector<Item> items;
  size_t i = 0;
  while (i < pattern.size()) {
    size_t j = pattern.find(' ', i);
    if (j == std::string::npos) j = pattern.size();
    std::string w = pattern.substr(i, j - i);
    i = j + 1;
    if (w.empty()) continue;
    Item it;
    if (w == "{WH}") {
      it.kind = Item::kWh;
    } else if (w == "{X}") {
      it.kind = Item::kX;
    } else if (w == "{Y}") {
      it.kind = Item::kY;
    } else {
      if (w.back() == '?') {
        it.optional = true;
        w.pop_back();
      }
      size_t a = 0;
      while (true) {
        size_t b = w.find('|', a);
        it.words.push_back(w.substr(a, b == std::string::npos ? std::string::npos : b - a));
        if (b == std::string::npos) break;
        a = b + 1;
      }
    }
    items.push_back(std::move(it));
  }
  return items;
}

std::vector<Template> BuildTemplates() {
  std::vector<Template> t;
  auto add = [&](const std::string& pattern, const std::string& relation, Role role, const std::string& type = "") {
    t.push_back({Compile(pattern), relation, role, type});
  };
  auto flip = [](Role r, bool reversed) {
    if (!reversed) return r;
    return r == Role::kXSubject ? Role::kXObject : Role::kXSubject;
  };
  const char* how = "how is|was|are|were {X} connected|related|linked to|with {Y}";
  add(how, "", Role::kPath);
  add("how are|were {X} and {Y} connected|related|linked", "", Role::kPath);
  add("what|which connects|linked|connected {X} and|to|with {Y}", "", Role::kPath);
  add("path|paths|connection|connections|link|links from|between {X} to|and {Y}", "", Role::kPath);
  add("the? path|paths|connection|connections|link|links between {X} and {Y}", "", Role::kPath);
  // Forms with their own nouns come before the verb table, which would
  // otherwise read "the post of General Secretary" as an entity phrase.
  add("{WH} was|is {X} a member of", "member-of", Role::kXSubject);
  add("{WH} were|are {X} members of", "member-of", Role::kXSubject);
  add("{WH} was|were|are|is the? members of {X}", "member-of", Role::kXObject);
  add("the? members of {X}", "member-of", Role::kXObject);
  add("{WH} are|were the? posts|positions|offices of {X}", "held", Role::kXSubject, "position");
  add("the? posts|positions|offices of {X}", "held", Role::kXSubject, "position");
  add("{WH} held|holds|occupied the? post|position|office of {X}", "held", Role::kXObject);
  for (const auto& v : Lexicon()) {
    for (const char* p : v.past) add(std::string("{WH} ") + p + " {X}", v.relation, flip(Role::kXObject, v.reversed));
    for (const char* p : v.base) {
      add(std::string("{WH} did|does|do|had|has {X} ") + p, v.relation, flip(Role::kXSubject, v.reversed));
    }
    for (const char* p : v.passive) {
      add(std::string("{WH} was|were|is|are|had|has been? ") + p + " by {X}", v.relation,
          flip(Role::kXSubject, v.reversed));
      add(std::string("{WH} was|were|is|are|had|has {X} been? ") + p + " by", v.relation,
          flip(Role::kXObject, v.reversed));
      add(std::string("by whom was|were|is|are|had|has {X} been? ") + p, v.relation,
          flip(Role::kXObject, v.reversed));
    }
  }
  return t;
}

const std::vector<Template>& Templates() {
  static const std::vector<Template> templates = BuildTemplates();
  return templates;
}

// ---------------------------------------------------------------------------
// Matching.

struct Token {
  std::string lower;     // for the grammar words
  std::string original;  // for entity phrases
};

std::vector<Token> Split(std::string_view q) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < q.size()) {
    while (i < q.size() && std::isspace(static_cast<unsigned char>(q[i]))) ++i;
    size_t j = i;
    while (j < q.size() && !std::isspace(static_cast<unsigned char>(q[j]))) ++j;
    std::string w(q.substr(i, j - i));
    while (!w.empty() && (w.back() == '?' || w.back() == '!' || w.back() == ',' || w.back() == ';' ||
                          w.back() == ':')) {
      w.pop_back();
    }
    if (!w.empty() && w.back() == '.' && w.find('.') == w.size() - 1) w.pop_back();  // keep "C.C."
    if (!w.empty()) {
      std::string lower = w;
      for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      out.push_back({lower, w});
    }
    i = j;
  }
  return out;
}

struct Binding {
  size_t x_begin = 0, x_end = 0, y_begin = 0, y_end = 0;
  std::string answer_type;
};

bool IsWh(const std::string& w) { return w == "who" || w == "whom" || w == "what" || w == "which"; }

const char* NounType(const std::string& w) {
  for (const auto& [noun, type] : WhNouns()) {
    if (w == noun) return type;
  }
  return nullptr;
}

bool Match(const std::vector<Item>& items, size_t i, const std::vector<Token>& toks, size_t j, Binding* b) {
  if (i == items.size()) return j == toks.size();
  const Item& it = items[i];
  switch (it.kind) {
    case Item::kWord:
      if (it.optional && Match(items, i + 1, toks, j, b)) return true;
      if (j < toks.size() && std::find(it.words.begin(), it.words.end(), toks[j].lower) != it.words.end()) {
        return Match(items, i + 1, toks, j + 1, b);
      }
      return false;
    case Item::kWh:
      if (j >= toks.size() || !IsWh(toks[j].lower)) return false;
      if (j + 1 < toks.size() && toks[j].lower != "who" && toks[j].lower != "whom") {
        if (const char* type = NounType(toks[j + 1].lower)) {
          b->answer_type = type;
          if (Match(items, i + 1, toks, j + 2, b)) return true;
          b->answer_type.clear();
        }
      }
      return Match(items, i + 1, toks, j + 1, b);
    case Item::kX:
    case Item::kY:
      for (size_t k = j + 1; k <= toks.size(); ++k) {
        if (it.kind == Item::kX) {
          b->x_begin = j, b->x_end = k;
        } else {
          b->y_begin = j, b->y_end = k;
        }
        if (Match(items, i + 1, toks, k, b)) return true;
      }
      return false;
  }
  return false;
}

std::string Join(const std::vector<Token>& toks, size_t begin, size_t end) {
  std::string s;
  for (size_t k = begin; k < end; ++k) {
    if (!s.empty()) s += ' ';
    s += toks[k].original;
  }
  return s;
}

const std::set<std::string>& GrammarWords() {
  static const std::set<std::string> words = [] {
    std::set<std::string> w = {"who", "whom", "what", "which"};
    for (const auto& t : Templates()) {
      for (const auto& it : t.items) w.insert(it.words.begin(), it.words.end());
    }
    for (const auto& [noun, type] : WhNouns()) w.insert(noun);
    return w;
  }();
  return words;
}

Status NotUnderstood(std::string_view question, const std::vector<Token>& toks, const IsNameWord& is_name_word) {
  for (const auto& t : toks) {
    if (GrammarWords().count(t.lower)) continue;
    auto words = NameWords(t.original);
    bool known = !words.empty() && std::all_of(words.begin(), words.end(), [&](const std::string& w) {
      return is_name_word && is_name_word(w);
    });
    if (!known) {
      return Status::Error("did not understand the word \"" + t.original + "\" in \"" + std::string(question) +
                           "\" (see docs/query.md for the questions apparat reads)");
    }
  }
  return Status::Error("could not read \"" + std::string(question) +
                       "\" as a question; try e.g. \"who opposed the monopoly\", \"who did Lenin write to\", "
                       "\"how is Krestinsky connected to Stalin\" (docs/query.md)");
}

}  // namespace

Status ParseQuestion(std::string_view question, const IsNameWord& is_name_word, Query* out) {
  *out = Query();
  std::vector<Token> toks = Split(question);
  if (toks.empty()) return Status::Error("empty question");
  for (const auto& t : Templates()) {
    Binding b;
    if (!Match(t.items, 0, toks, 0, &b)) continue;
    std::string x = Join(toks, b.x_begin, b.x_end);
    out->relation = t.relation;
    out->answer_type = t.answer_type.empty() ? b.answer_type : t.answer_type;
    if (t.role == Role::kPath) {
      out->kind = Query::kPath;
      out->subject = x;
      out->object = Join(toks, b.y_begin, b.y_end);
    } else if (t.role == Role::kXSubject) {
      out->subject = x;
    } else {
      out->object = x;
    }
    return Status();
  }
  return NotUnderstood(question, toks, is_name_word);
}

std::string CanonicalRelation(std::string_view name) {
  std::string n;
  for (char c : name) {
    char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    n += (l == ' ' || l == '_') ? '-' : l;
  }
  for (const char* r : {"opposed", "supported", "allied", "appointed", "held", "member-of", "wrote-to"}) {
    if (n == r) return r;
  }
  for (const auto& v : Lexicon()) {
    if (v.reversed) continue;
    for (const auto* forms : {&v.past, &v.base}) {
      for (const char* p : *forms) {
        std::string f = p;
        std::replace(f.begin(), f.end(), ' ', '-');
        if (n == f) return v.relation;
      }
    }
  }
  if (n == "member" || n == "member-of") return "member-of";
  if (n == "wrote" || n == "letters" || n == "write") return "wrote-to";
  return "";
}

const std::vector<std::string>& QuestionExamples() {
  static const std::vector<std::string> examples = {
      "who opposed the monopoly",          "who did Lenin write to",       "who allied with Trotsky",
      "who appointed Stalin",              "what posts did Stalin hold",   "who was a member of the politburo",
      "who received letters from Lenin",   "whom did Stalin oppose",       "who was supported by Lenin",
      "how is Krestinsky connected to Stalin"};
  return examples;
}

}  // namespace apparat::query

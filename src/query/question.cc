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
        "attacked", "fought", "fought against", "argued against", "spoke against", "voted against", "criticised",
        "criticized", "condemned", "denounced", "rejected", "resisted", "objected to", "clashed with",
        "quarrelled with", "quarreled with", "distrusted", "turned against", "campaigned against",
        "struggled against", "spoke out against", "disagreed with", "was hostile to", "were hostile to"},
       {"oppose", "attack", "fight", "fight against", "argue against", "speak against", "vote against", "criticise",
        "criticize", "condemn", "denounce", "reject", "resist", "object to", "clash with", "quarrel with",
        "distrust", "turn against", "campaign against", "struggle against", "disagree with"},
       {"opposed", "attacked", "fought", "criticised", "criticized", "condemned", "denounced", "rejected",
        "resisted"}},
      {"supported", false,
       {"supported", "supports", "defended", "defends", "backed", "was for", "were for", "voted for", "favoured",
        "favored", "advocated", "championed", "endorsed", "upheld", "promoted", "proposed", "called for",
        "argued for", "stood for", "pushed for"},
       {"support", "defend", "back", "vote for", "favour", "favor", "advocate", "champion", "endorse", "uphold",
        "promote", "propose", "call for", "argue for", "stand for", "push for"},
       {"supported", "defended", "backed", "favoured", "favored", "advocated", "championed", "endorsed", "upheld",
        "proposed"}},
      {"allied", false,
       {"allied with", "was allied with", "were allied with", "is allied with", "sided with", "formed a bloc with",
        "made a bloc with", "was in a bloc with", "joined forces with", "worked with", "cooperated with",
        "co-operated with", "teamed up with", "united with", "stood with", "was an ally of", "were allies of"},
       {"ally with", "side with", "form a bloc with", "make a bloc with", "join forces with", "work with",
        "cooperate with", "co-operate with", "team up with", "unite with", "stand with"},
       {}},
      {"appointed", false, {"appointed", "nominated", "named", "installed", "elected", "chose", "promoted"},
       {"appoint", "nominate", "name", "install", "elect", "choose", "promote"},
       {"appointed", "nominated", "named", "installed", "elected", "chosen"}},
      {"wrote-to", false,
       {"wrote to", "writes to", "sent letters to", "sent a letter to", "wrote letters to", "wrote a letter to",
        "sent notes to", "sent a note to", "telegraphed", "cabled", "sent a telegram to", "sent telegrams to",
        "wrote a note to", "addressed"},
       {"write to", "send letters to", "send a letter to", "write letters to", "write a letter to", "telegraph",
        "cable", "send a telegram to", "send a note to"},
       {"written to", "telegraphed", "addressed"}},
      {"wrote-to", true,
       {"received letters from", "received a letter from", "got letters from", "got a letter from",
        "heard from", "received a telegram from", "received a note from"},
       {"receive letters from", "receive a letter from", "get letters from", "get a letter from", "hear from"},
       {}},
      {"held", false, {"held", "holds", "has held", "occupied", "served as", "became"},
       {"hold", "occupy", "serve as", "become"},
       {"held", "occupied"}},
      {"member-of", false,
       {"was a member of", "were members of", "was member of", "is a member of", "are members of",
        "belonged to", "belongs to", "sat on", "served on", "joined", "was elected to", "were elected to"},
       {"belong to", "sit on", "serve on", "join"},
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
  std::string alternatives;  // the words it may be, "|" between each
  bool optional = false;
};

// Which slot is which end: X the subject or the object of the relation
// asked about; both named (kBoth: X the subject, Y the object; kBothReversed
// the other way); a path; one entity to tell about.
enum class Role { kXSubject, kXObject, kBoth, kBothReversed, kPath, kAbout };

struct Template {
  std::vector<Item> items;
  std::string relation;
  Role role;
  std::string answer_type;  // forced answer type, or empty
  bool yes_no = false;
  std::string object_type;  // the type the object must have, or empty
};

// Calls f(word) for each of an item's alternatives, until f returns true.
template <typename F>
bool AnyAlternative(std::string_view alternatives, F f) {
  while (true) {
    size_t bar = alternatives.find('|');
    if (f(alternatives.substr(0, bar))) return true;
    if (bar == std::string_view::npos) return false;
    alternatives.remove_prefix(bar + 1);
  }
}

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
      it.alternatives = std::move(w);
    }
    items.push_back(std::move(it));
  }
  return items;
}

std::vector<Template> BuildTemplates() {
  std::vector<Template> t;
  t.reserve(600);  // some 530: grown while being filled, they were copied twice over
  auto add = [&](const std::string& pattern, const std::string& relation, Role role, const std::string& type = "",
                 bool yes_no = false, const std::string& object_type = "") {
    t.push_back({Compile(pattern), relation, role, type, yes_no, object_type});
  };
  auto flip = [](Role r, bool reversed) {
    if (!reversed) return r;
    switch (r) {
      case Role::kXSubject: return Role::kXObject;
      case Role::kXObject: return Role::kXSubject;
      case Role::kBoth: return Role::kBothReversed;
      case Role::kBothReversed: return Role::kBoth;
      default: return r;
    }
  };
  const char* how = "how is|was|are|were {X} connected|related|linked to|with {Y}";
  add(how, "", Role::kPath);
  add("how are|were {X} and {Y} connected|related|linked", "", Role::kPath);
  add("what|which connects|linked|connected {X} and|to|with {Y}", "", Role::kPath);
  add("path|paths|connection|connections|link|links from|between {X} to|and {Y}", "", Role::kPath);
  add("the? path|paths|connection|connections|link|links between {X} and {Y}", "", Role::kPath);
  // Forms with their own nouns.
  add("{WH} was|is {X} a member of", "member-of", Role::kXSubject);
  add("{WH} were|are {X} members of", "member-of", Role::kXSubject);
  add("{WH} was|were|are|is the? members of {X}", "member-of", Role::kXObject);
  add("the? members of {X}", "member-of", Role::kXObject);
  add("was|is|were|are {X} a? member|members of {Y}", "member-of", Role::kBoth, "", true);
  add("{WH} are|were the? posts|positions|offices of {X}", "held", Role::kXSubject, "position");
  add("the? posts|positions|offices of {X}", "held", Role::kXSubject, "position");
  add("{WH} held|holds|occupied the? post|position|office of {X}", "held", Role::kXObject);
  // "who was General Secretary": a post after the copula; a person there
  // ("who was Trotsky") makes it a question about that person.
  add("who|whom was|is|were|are|became the? {X}", "held", Role::kXObject, "", false, "position");
  add("was|is {X} ever? the? {Y}", "held", Role::kBoth, "", true, "position");
  add("when did|has|had {X} become|hold|take|get the? {Y}", "held", Role::kBoth);
  add("when was|were {X} appointed|made|named|elected|chosen the? {Y}", "held", Role::kBoth);
  add("was|were|is|are {X} allied with|to {Y}", "allied", Role::kBoth, "", true);
  add("was|were|is|are {X} against|opposed to|hostile to {Y}", "opposed", Role::kBoth, "", true);
  add("was|were|is|are {X} for {Y}", "supported", Role::kBoth, "", true);
  add("what did|has|had {X} write|send to {Y}", "wrote-to", Role::kBoth);
  add("what did|has|had {X} write|send", "wrote-to", Role::kXSubject);
  // Possessives: "Stalin's allies", "who were Lenin's correspondents".
  const std::pair<const char*, std::pair<const char*, Role>> possessed[] = {
      {"allies|ally|friends|friend|supporters|partners|associates|backers|followers", {"allied", Role::kXSubject}},
      {"opponents|opponent|enemies|enemy|critics|critic|rivals|rival|adversaries|foes", {"opposed", Role::kXObject}},
      {"letters|correspondents|recipients", {"wrote-to", Role::kXSubject}},
      {"members", {"member-of", Role::kXObject}},
      {"posts|positions|offices", {"held", Role::kXSubject}},
  };
  for (const auto& [nouns, what] : possessed) {
    const char* type = std::string(what.first) == "held" ? "position" : "";
    add(std::string("{X} 's ") + nouns, what.first, what.second, type);
    add(std::string("{WH} were|are|was|is {X} 's ") + nouns, what.first, what.second, type);
  }
  for (const auto& v : Lexicon()) {
    for (const char* p : v.past) add(std::string("{WH} ") + p + " {X}", v.relation, flip(Role::kXObject, v.reversed));
    for (const char* p : v.base) {
      add(std::string("{WH} did|does|do|had|has {X} ") + p, v.relation, flip(Role::kXSubject, v.reversed));
      add(std::string("did|does|do|had|has {X} ever? ") + p + " {Y}", v.relation, flip(Role::kBoth, v.reversed), "",
          true);
      add(std::string("when did|has|had {X} ") + p + " {Y}", v.relation, flip(Role::kBoth, v.reversed));
    }
    for (const char* p : v.passive) {
      add(std::string("{WH} was|were|is|are|had|has been? ") + p + " by {X}", v.relation,
          flip(Role::kXSubject, v.reversed));
      add(std::string("{WH} was|were|is|are|had|has {X} been? ") + p + " by", v.relation,
          flip(Role::kXObject, v.reversed));
      add(std::string("by whom was|were|is|are|had|has {X} been? ") + p, v.relation,
          flip(Role::kXObject, v.reversed));
      add(std::string("was|were|is|are|had|has {X} ever? been? ") + p + " by {Y}", v.relation,
          flip(Role::kBothReversed, v.reversed), "", true);
      add(std::string("when was|were {X} ") + p + " by {Y}", v.relation, flip(Role::kBothReversed, v.reversed));
    }
  }
  add("tell me about {X}", "", Role::kAbout);
  add("what|who about {X}", "", Role::kAbout);
  add("what do|does we|you know about {X}", "", Role::kAbout);
  add("about {X}", "", Role::kAbout);
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
    // "Stalin's" is the name and a possessive; Join glues them again.
    std::string possessive;
    for (const char* mark : {"'s", "\xe2\x80\x99s"}) {
      std::string m = mark;
      if (w.size() > m.size() && w.compare(w.size() - m.size(), m.size(), m) == 0) {
        w.resize(w.size() - m.size());
        possessive = "'s";
        break;
      }
    }
    if (!w.empty()) {
      std::string lower = w;
      for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      out.push_back({lower, w});
    }
    if (!possessive.empty()) out.push_back({possessive, possessive});
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
      if (j < toks.size() && AnyAlternative(it.alternatives, [&](std::string_view w) { return w == toks[j].lower; })) {
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

// Titles a question may put before a name: "comrade Stalin".
bool IsTitle(const std::string& lower) {
  static const std::set<std::string> titles = {"comrade", "comrades", "citizen", "tov", "tov.", "mr", "mr.",
                                               "mrs", "mrs.", "dr", "dr."};
  return titles.count(lower) > 0;
}

std::string Join(const std::vector<Token>& toks, size_t begin, size_t end) {
  while (begin + 1 < end && IsTitle(toks[begin].lower)) ++begin;
  std::string s;
  for (size_t k = begin; k < end; ++k) {
    if (!s.empty() && toks[k].lower != "'s") s += ' ';
    s += toks[k].original;
  }
  return s;
}

// A time the question ends with: "in 1923", "in March 1923", "before
// 1924", "after 1922", "since 1922", "until 1924", "by 1924", "between 1922
// and 1924", "from 1922 to 1924". Removes its words from *toks.
bool IsYear(const std::string& w) {
  return w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int MonthNumber(const std::string& w) {
  static const char* months[] = {"january", "february", "march", "april", "may", "june", "july",
                                 "august", "september", "october", "november", "december"};
  static const char* short_forms[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  for (int m = 0; m < 12; ++m) {
    if (w == months[m] || w == short_forms[m] || (m == 8 && w == "sept")) return m + 1;
  }
  return 0;
}

void TakeTime(std::vector<Token>* toks, std::string* since, std::string* until) {
  auto& t = *toks;
  size_t n = t.size();
  auto word = [&](size_t k) -> const std::string& { return t[k].lower; };
  if (n >= 5 && IsYear(word(n - 3)) && IsYear(word(n - 1)) &&
      ((word(n - 4) == "between" && word(n - 2) == "and") ||
       (word(n - 4) == "from" && (word(n - 2) == "to" || word(n - 2) == "until" || word(n - 2) == "till")))) {
    *since = word(n - 3), *until = word(n - 1);
    t.resize(n - 4);
    return;
  }
  if (n >= 2 && IsYear(word(n - 1))) {
    std::string year = word(n - 1);
    const std::string& before = word(n - 2);
    if (int m = MonthNumber(before); m && n >= 4 && (word(n - 3) == "in" || word(n - 3) == "during")) {
      std::string ym = year + "-" + (m < 10 ? "0" : "") + std::to_string(m);
      *since = *until = ym;
      t.resize(n - 3);
      return;
    }
    int y = std::stoi(year);
    if (before == "in" || before == "during") {
      *since = *until = year;
    } else if (before == "before") {
      *until = std::to_string(y - 1);
    } else if (before == "after") {
      *since = std::to_string(y + 1);
    } else if (before == "since" || before == "from") {
      *since = year;
    } else if (before == "until" || before == "till" || before == "by") {
      *until = year;
    } else {
      return;
    }
    t.resize(n - 2);
  }
}

const std::set<std::string>& GrammarWords() {
  static const std::set<std::string> words = [] {
    std::set<std::string> w = {"who", "whom", "what", "which"};
    for (const auto& t : Templates()) {
      for (const auto& it : t.items) {
        if (it.kind != Item::kWord) continue;
        AnyAlternative(it.alternatives, [&](std::string_view a) { return w.emplace(a), false; });
      }
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
  std::string since, until;
  TakeTime(&toks, &since, &until);
  // "after Lenin's stroke": a time named by an event is not read; say so
  // rather than take its words for a name.
  for (size_t k = 1; k < toks.size(); ++k) {
    const std::string& w = toks[k].lower;
    if (w == "before" || w == "after" || w == "since" || w == "until" || w == "till" || w == "during") {
      return Status::Error("apparat reads a time in a question only as a year or a month at its end (\"in 1923\", "
                           "\"before 1924\", \"in March 1923\", \"between 1922 and 1924\"); \"" + toks[k].original +
                           " " + Join(toks, k + 1, toks.size()) + "\" is not understood: use --since/--until");
    }
  }
  if (toks.empty()) return Status::Error("a time alone is no question: ask e.g. \"who opposed Stalin in 1923\"");
  const Template* best = nullptr;
  Binding best_binding;
  size_t best_slots = 0;
  for (const auto& t : Templates()) {
    Binding b;
    if (!Match(t.items, 0, toks, 0, &b)) continue;
    size_t slots = (b.x_end - b.x_begin) + (b.y_end - b.y_begin);
    if (!best || slots < best_slots) best = &t, best_binding = b, best_slots = slots;
  }
  // A question that is only a name ("Stalin", "comrade Stalin", "Bucharin"):
  // tell about it. Only a few words, none of them a word of the grammar.
  bool bare = false;
  if (!best && toks.size() <= 4) {
    bare = std::none_of(toks.begin(), toks.end(), [](const Token& t) {
      static const std::set<std::string> in_names = {"'s", "the", "of", "for", "and", "on"};
      return !in_names.count(t.lower) && !IsTitle(t.lower) && GrammarWords().count(t.lower);
    });
  }
  if (!best && !bare) return NotUnderstood(question, toks, is_name_word);
  out->since = since;
  out->until = until;
  if (bare) {
    out->kind = Query::kAbout;
    out->subject = Join(toks, 0, toks.size());
    return Status();
  }
  const Template& t = *best;
  const Binding& b = best_binding;
  std::string x = Join(toks, b.x_begin, b.x_end), y = Join(toks, b.y_begin, b.y_end);
  out->relation = t.relation;
  out->answer_type = t.answer_type.empty() ? b.answer_type : t.answer_type;
  out->object_type = t.object_type;
  out->yes_no = t.yes_no;
  out->when = toks[0].lower == "when";
  switch (t.role) {
    case Role::kPath:
      out->kind = Query::kPath;
      out->subject = x, out->object = y;
      break;
    case Role::kAbout:
      out->kind = Query::kAbout;
      out->subject = x;
      break;
    case Role::kXSubject: out->subject = x; break;
    case Role::kXObject: out->object = x; break;
    case Role::kBoth: out->subject = x, out->object = y; break;
    case Role::kBothReversed: out->subject = y, out->object = x; break;
  }
  return Status();
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

#include "rules/token_pattern.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <deque>
#include <iterator>
#include <mutex>
#include <cctype>
#include <set>
#include <tuple>
#include <unordered_map>

#include "text/lexicon.h"
#include "text/tokens.h"

namespace apparat::rules {

namespace {

using text::Lower;

// Field order in an encoded token.
enum Field { kWord, kLemma, kTag, kShape, kEnt, kFieldCount };
const char* kFieldNames[kFieldCount] = {"word", "lemma", "tag", "shape", "ent"};

// Any run of bytes inside a word or a lemma.
const char* kAnyField = "[^\\x01\\x02\\x1f]*";
// Bytes a word or lemma regex may never match: the token frame.
const char* kFrame = "\\x01\\x02\\x1f";
// The runs of the codes (EncodeToken), each as it is when untested.
const char* kAnyTags = "[A-Za-z]*";
const char* kAnyShape = "[\\x10-\\x17]?";
const char* kAnySets = "[\\x80-\\xff]*";
// A token may end in a mention index without an entity byte: a
// possessive pronoun ("his") is a word to every test, yet a slot that
// captures it finds the person it names.
const char* kAnyEntity = "[\\x18-\\x1c]?[0-9]*";
// Matches nothing.
const char* kNever = "(?:[^\\x00-\\xff]x)";
constexpr char kFirstShape = '\x10';

// A user's field regex made safe: `.`, \S, \W, \D and negated classes never
// match the frame bytes (nor, in a tag list, the space between tags).
std::string ConfineRegex(std::string_view re, bool tag) {
  std::string frame = std::string(kFrame) + (tag ? " " : "");
  std::string out;
  bool in_class = false;
  for (size_t i = 0; i < re.size(); ++i) {
    char c = re[i];
    if (c == '\\' && i + 1 < re.size()) {
      char n = re[i + 1];
      if (!in_class && (n == 'S' || n == 'W' || n == 'D')) {
        out += std::string("[^") + (n == 'S' ? "\\s" : n == 'W' ? "\\w" : "\\d") + frame + "]";
      } else {
        out += c;
        out += n;
      }
      ++i;
      continue;
    }
    if (in_class) {
      out += c;
      if (c == ']') in_class = false;
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
      if (i + 1 < re.size() && re[i + 1] == '^') {
        out += '^';
        out += frame;
        ++i;
      }
      if (i + 1 < re.size() && re[i + 1] == ']') {  // a leading ] is literal
        out += ']';
        ++i;
      }
      continue;
    }
    if (c == '.') {
      out += "[^" + frame + "]";
      continue;
    }
    out += c;
  }
  return out;
}

// Regex for "a string of field bytes that is none of `words`": the
// complement of a finite set, built on its trie.
struct Trie {
  std::map<char, Trie> kids;
  bool end = false;
};

std::string HexByte(char c) {
  static const char* kHex = "0123456789abcdef";
  unsigned char u = static_cast<unsigned char>(c);
  return std::string("\\x") + kHex[u >> 4] + kHex[u & 15];
}

std::string Complement(const Trie& t, const std::string& frame) {
  std::string kids;
  std::vector<std::string> alts;
  for (const auto& [c, sub] : t.kids) {
    kids += HexByte(c);
    alts.push_back(HexByte(c) + Complement(sub, frame));
  }
  alts.push_back("[^" + frame + kids + "][^" + frame + "]*");
  std::string body;
  for (size_t i = 0; i < alts.size(); ++i) body += (i ? "|" : "") + alts[i];
  // The prefix itself is allowed unless it is one of the words.
  return t.end ? "(?:" + body + ")" : "(?:" + body + ")?";
}

std::string NoneOf(const std::vector<std::string>& words, bool tag) {
  Trie root;
  for (const auto& w : words) {
    Trie* t = &root;
    for (char c : w) t = &t->kids[c];
    t->end = true;
  }
  return Complement(root, std::string(kFrame) + (tag ? " " : ""));
}

// Tags, shapes and entity types are one letter each in an encoded token:
// fewer bytes for every rule to read.
char TagCode(const std::string& tag) {
  static const std::unordered_map<std::string, char> kCodes = [] {
    std::unordered_map<std::string, char> codes;
    const auto& all = text::Lexicon::TagSet();
    for (size_t i = 0; i < all.size(); ++i) codes[all[i]] = static_cast<char>(i < 26 ? 'A' + i : 'a' + (i - 26));
    return codes;
  }();
  auto it = kCodes.find(tag);
  return it == kCodes.end() ? 0 : it->second;
}

const std::vector<std::string> kShapes = {"cap", "upper", "lower", "initial", "number", "punct", "mixed", "entity"};
const std::vector<std::string> kEntityTypes = {"person", "body", "position", "issue", "pronoun"};

char ShapeCode(const std::string& name) {
  auto it = std::find(kShapes.begin(), kShapes.end(), name);
  return it == kShapes.end() ? 0 : static_cast<char>(kFirstShape + (it - kShapes.begin()));
}

char EntCode(const std::string& name) {
  auto it = std::find(kEntityTypes.begin(), kEntityTypes.end(), name);
  return it == kEntityTypes.end() ? 0 : static_cast<char>(kFirstEntity + (it - kEntityTypes.begin()));
}

struct Test {
  Field field = kWord;
  bool negated = false;
  bool is_regex = false;
  std::vector<std::string> words;  // literal values (one, or a class)
  std::string regex;               // when is_regex
};

// The most tokens of context a StartTest looks back over (FirstTokens::
// reach): beyond it, trying a rule everywhere costs about as much.
constexpr int kMaxReach = 4;
constexpr int kUnbounded = -1;

int AddWidths(int a, int b) { return a == kUnbounded || b == kUnbounded ? kUnbounded : a + b; }

// What a piece of pattern can begin with, whether it may match no token at
// all (then what follows it can begin the match too), and the most tokens
// it can match.
struct Lead {
  FirstTokens first;
  bool nullable = true;
  int width = 0;
  // While reading a sequence: the lead of an item after a prefix of
  // bounded width, for when the sequence's first tokens are any token.
  FirstTokens anchor;
  bool has_anchor = false;
  // The words a sentence must hold for a match (RequiredWords), and the
  // product of the {m,n} bounds nested in it.
  RequiredWords needs;
  int repeat = 1;
};

// `a` and `b` both, flattened: "always" drops out.
RequiredWords Both(RequiredWords a, RequiredWords b) {
  if (a.always()) return b;
  if (b.always()) return a;
  RequiredWords out;
  for (auto* x : {&a, &b}) {
    if (x->op == RequiredWords::kAll) {
      for (auto& p : x->parts) out.parts.push_back(std::move(p));
    } else {
      out.parts.push_back(std::move(*x));
    }
  }
  return out;
}

// `a` or `b`: "always" if either is; two word lists are one list.
RequiredWords Either(RequiredWords a, RequiredWords b) {
  if (a.always() || b.always()) return RequiredWords();
  if (a.op == RequiredWords::kWords && b.op == RequiredWords::kWords) {
    a.words.insert(a.words.end(), b.words.begin(), b.words.end());
    a.lemmas.insert(a.lemmas.end(), b.lemmas.begin(), b.lemmas.end());
    return a;
  }
  RequiredWords out;
  out.op = RequiredWords::kAny;
  for (auto* x : {&a, &b}) {
    if (x->op == RequiredWords::kAny) {
      for (auto& p : x->parts) out.parts.push_back(std::move(p));
    } else {
      out.parts.push_back(std::move(*x));
    }
  }
  return out;
}

// The lead of sequence `a` followed by item `b`.
void Follow(Lead* a, const Lead& b) {
  if (a->nullable) a->first.Add(b.first);
  // Whatever the prefix reads, a match holds b's first token within the
  // prefix's width (and b's own reach) of its start.
  if (!a->has_anchor && !b.nullable && !b.first.any && a->width != kUnbounded &&
      a->width + b.first.reach <= kMaxReach) {
    a->anchor = b.first;
    a->anchor.reach += a->width;
    a->has_anchor = true;
  }
  a->nullable = a->nullable && b.nullable;
  a->width = AddWidths(a->width, b.width);
  a->needs = Both(std::move(a->needs), b.needs);
  a->repeat = std::max(a->repeat, b.repeat);
}

// The lead of a sequence once every item has followed.
void Close(Lead* a) {
  if (a->first.any && a->has_anchor) a->first = a->anchor;
  a->has_anchor = false;
  a->anchor = FirstTokens();
}

class Compiler {
 public:
  Compiler(const TokenMacros& m, WordSetCodes* codes) : m_(m), codes_(codes) {}

  Status Compile(std::string_view pattern, std::string* out, FirstTokens* first, RequiredWords* needs) {
    std::string re;
    Lead lead;
    Status s = Parse(pattern, 0, &re, &lead);
    if (!s.ok()) return s;
    *out = std::move(re);
    if (needs) *needs = std::move(lead.needs);
    if (first) {
      *first = std::move(lead.first);
      // A pattern that may match nothing may start anywhere.
      if (lead.nullable) first->any = true;
    }
    return Status();
  }

 private:
  struct Cursor {
    std::string_view p;
    size_t i = 0;
    bool done() const { return i >= p.size(); }
    char peek() const { return done() ? '\0' : p[i]; }
    void skip() {
      while (!done() && std::isspace(static_cast<unsigned char>(p[i]))) ++i;
    }
  };

  Status Error(const Cursor& c, const std::string& msg) {
    std::string near(c.p.substr(c.i, 30));
    return Status::Error(msg + (c.done() ? " at the end of the pattern" : " near '" + near + "'"));
  }

  Status Grow(const std::string& re) {
    if (re.size() > kMaxCompiledBytes) {
      return Status::Error("pattern expands to more than " + std::to_string(kMaxCompiledBytes / 1024) +
                           " KiB of regex (macros nested too widely)");
    }
    return Status();
  }

  Status Parse(std::string_view text, int depth, std::string* out, Lead* lead) {
    if (depth > kMaxMacroDepth) return Status::Error("macros nested more than " + std::to_string(kMaxMacroDepth) + " deep (a cycle?)");
    Cursor c{text, 0};
    Status s = Alternation(&c, depth, out, lead);
    if (!s.ok()) return s;
    c.skip();
    if (!c.done()) return Error(c, c.peek() == ')' ? "unbalanced ')'" : "unexpected character");
    return Status();
  }

  Status Alternation(Cursor* c, int depth, std::string* out, Lead* lead) {
    std::string seq;
    Status s = Sequence(c, depth, &seq, lead);
    if (!s.ok()) return s;
    *out = seq;
    c->skip();
    while (c->peek() == '|') {
      ++c->i;
      Lead other;
      s = Sequence(c, depth, &seq, &other);
      if (!s.ok()) return s;
      lead->first.Add(other.first);
      lead->nullable = lead->nullable || other.nullable;
      lead->width = lead->width == kUnbounded || other.width == kUnbounded ? kUnbounded : std::max(lead->width, other.width);
      lead->needs = Either(std::move(lead->needs), std::move(other.needs));
      lead->repeat = std::max(lead->repeat, other.repeat);
      *out += "|" + seq;
      if (!(s = Grow(*out)).ok()) return s;
      c->skip();
    }
    return Status();
  }

  Status Sequence(Cursor* c, int depth, std::string* out, Lead* lead) {
    out->clear();
    *lead = Lead();
    while (true) {
      c->skip();
      char ch = c->peek();
      if (c->done() || ch == '|' || ch == ')') {
        Close(lead);
        return Status();
      }
      std::string item;
      Lead item_lead;
      Status s = Item(c, depth, &item, &item_lead);
      if (!s.ok()) return s;
      Follow(lead, item_lead);
      *out += item;
      if (!(s = Grow(*out)).ok()) return s;
    }
  }

  Status Item(Cursor* c, int depth, std::string* out, Lead* lead) {
    std::string atom;
    Status s = Atom(c, depth, &atom, lead);
    if (!s.ok()) return s;
    // Quantifier, written right after the atom.
    std::string q;
    char ch = c->peek();
    if (ch == '?' || ch == '*' || ch == '+') {
      q = ch;
      ++c->i;
    } else if (ch == '{') {
      size_t close = c->p.find('}', c->i);
      if (close == std::string_view::npos) return Error(*c, "unclosed '{'");
      std::string_view body = c->p.substr(c->i + 1, close - c->i - 1);
      size_t comma = body.find(',');
      bool unbounded = comma != std::string_view::npos && comma + 1 == body.size();
      int low = 0, high = 0;
      // As RE2 reads them: {m}, {m,} or {m,n}, each bound at most 1000
      // (RE2 takes "{,n}" for text, which no pattern means).
      if (!Bound(body.substr(0, comma), &low) ||
          (comma != std::string_view::npos && !unbounded && !Bound(body.substr(comma + 1), &high))) {
        return Error(*c, "a repeat is {m}, {m,} or {m,n}, each a number up to " + std::to_string(kMaxRepeatProduct));
      }
      if (comma == std::string_view::npos) high = low;
      if (!unbounded && low > high) return Error(*c, "a repeat {m,n} needs m <= n");
      c->i = close + 1;
      q = "{" + std::to_string(low) + (comma == std::string_view::npos ? "" : ",") +
          (comma == std::string_view::npos || unbounded ? "" : std::to_string(high)) + "}";
      if (low == 0) lead->nullable = true;  // {0,n}
      lead->width = unbounded || lead->width == kUnbounded ? kUnbounded : lead->width * high;
      // RE2 counts a repeat by its upper bound, or its lower one when
      // unbounded, and multiplies nested ones.
      int times = unbounded ? low : high;
      if (times > 0) {
        if (static_cast<long long>(times) * lead->repeat > kMaxRepeatProduct) {
          return Error(*c, "repeats nested inside each other allow more than " +
                               std::to_string(kMaxRepeatProduct) + " tokens");
        }
        lead->repeat = times * lead->repeat;
      }
    }
    if (ch == '?' || ch == '*') lead->nullable = true;
    // What may be left out requires nothing of the sentence.
    if (lead->nullable) lead->needs = RequiredWords();
    if (ch == '*' || ch == '+') lead->width = kUnbounded;
    if (!q.empty() && c->peek() == '?') {
      q += '?';
      ++c->i;
    }
    *out = q.empty() ? atom : "(?:" + atom + ")" + q;
    return Status();
  }

  // A repeat's bound: digits, no leading zero (RE2 takes "{01}" for
  // text), at most kMaxRepeatProduct.
  static bool Bound(std::string_view digits, int* n) {
    if (digits.empty() || digits.size() > 4 || (digits.size() > 1 && digits[0] == '0')) return false;
    if (digits.find_first_not_of("0123456789") != std::string_view::npos) return false;
    *n = std::stoi(std::string(digits));
    return *n <= kMaxRepeatProduct;
  }

  static bool IsWordChar(char ch) {
    return std::isalnum(static_cast<unsigned char>(ch)) || ch == '\'' || ch == '-' || ch == '_' ||
           (static_cast<unsigned char>(ch) >= 0x80);
  }

  std::string ReadName(Cursor* c) {
    size_t b = c->i;
    while (!c->done() && (std::isalnum(static_cast<unsigned char>(c->peek())) || c->peek() == '_')) ++c->i;
    return std::string(c->p.substr(b, c->i - b));
  }

  Status Atom(Cursor* c, int depth, std::string* out, Lead* lead) {
    *lead = Lead();
    lead->nullable = false;
    lead->width = 1;  // one token, unless said below
    c->skip();
    char ch = c->peek();
    // Slots: s:ATOM, o:ATOM.
    if ((ch == 's' || ch == 'o') && c->i + 1 < c->p.size() && c->p[c->i + 1] == ':') {
      char slot = ch;
      // A slot may stand in several alternatives ("s:X ... | ... s:Y"):
      // the groups are s, s2, s3 ... and all of them are the subject.
      int n = ++slots_[slot == 's' ? 0 : 1];
      std::string group = std::string(1, slot) + (n > 1 ? std::to_string(n) : "");
      c->i += 2;
      std::string inner;
      Status s = Atom(c, depth, &inner, lead);
      if (!s.ok()) return s;
      *out = "(?P<" + group + ">" + inner + ")";
      return Status();
    }
    if (ch == '(') {
      ++c->i;
      std::string inner;
      Status s = Alternation(c, depth, &inner, lead);
      if (!s.ok()) return s;
      c->skip();
      if (c->peek() != ')') return Error(*c, "missing ')'");
      ++c->i;
      *out = "(?:" + inner + ")";
      return Status();
    }
    if (ch == '[') return Bracket(c, out, lead);
    if (ch == '^' || ch == '$') {
      ++c->i;
      *out = std::string(1, ch);
      // A match with ^ first starts at the sentence's start; $ reads no
      // token.
      lead->width = 0;
      if (ch == '^') lead->first.text_start = true;
      else lead->nullable = true;
      return Status();
    }
    if (ch == '@') {
      ++c->i;
      return MacroUse(c, depth, out, lead);
    }
    if (ch == '"') {
      std::string text;
      Status s = Quoted(c, &text);
      if (!s.ok()) return s;
      Test t{kWord, false, false, {Lower(text)}, ""};
      *out = TokenRegex({t});
      LeadOf({t}, &lead->first);
      lead->needs = NeedsOf({t});
      return Status();
    }
    if (IsWordChar(ch)) {
      size_t b = c->i;
      while (!c->done() && IsWordChar(c->peek())) ++c->i;
      Test t{kWord, false, false, {Lower(c->p.substr(b, c->i - b))}, ""};
      *out = TokenRegex({t});
      LeadOf({t}, &lead->first);
      lead->needs = NeedsOf({t});
      return Status();
    }
    return Error(*c, "expected a token, '(', '@' or a slot");
  }

  Status Quoted(Cursor* c, std::string* text) {
    size_t close = c->p.find('"', c->i + 1);
    if (close == std::string_view::npos) return Error(*c, "unclosed '\"'");
    *text = std::string(c->p.substr(c->i + 1, close - c->i - 1));
    c->i = close + 1;
    return Status();
  }

  // @NAME or @NAME(arg, arg): a macro (parsed in place) or a lemma class.
  Status MacroUse(Cursor* c, int depth, std::string* out, Lead* lead) {
    std::string name = ReadName(c);
    if (name.empty()) return Error(*c, "'@' must be followed by a macro or class name");
    std::vector<std::string> args;
    if (c->peek() == '(' && m_.params.count(name)) {
      size_t level = 0, b = c->i + 1;
      for (; !c->done(); ++c->i) {
        char ch = c->peek();
        if (ch == '(') ++level;
        if (ch == ')' && --level == 0) break;
        if (ch == ',' && level == 1) {
          args.emplace_back(c->p.substr(b, c->i - b));
          b = c->i + 1;
        }
      }
      if (c->done()) return Error(*c, "unclosed '(' after @" + name);
      args.emplace_back(c->p.substr(b, c->i - b));
      ++c->i;
    }
    // Word sets compile to a byte only with `codes`, and an expansion records
    // its words in the `codes` it was compiled with: the memo is per `codes`.
    std::string memo_key =
        (codes_ ? "c" + std::to_string(codes_->serial()) + ":" : std::string("n")) + name;
    for (const auto& a : args) memo_key += '\x1f' + a;
    if (auto memo = m_.expansions.find(memo_key); memo != m_.expansions.end()) {
      *out = memo->second.regex;
      lead->first = memo->second.first;
      lead->nullable = memo->second.nullable;
      lead->width = memo->second.width;
      lead->needs = memo->second.needs;
      lead->repeat = memo->second.repeat;
      return Grow(*out);
    }
    if (auto it = m_.classes.find(name); it != m_.classes.end()) {
      *out = ClassRegex(it->second);
      // A phrase's first word is read as a lemma (PhraseRegex).
      // A phrase of n words may hold an adverb between each two.
      // Each entry needs its words: the first as a lemma, the others as
      // written ("be against": a form of "be", and "against").
      RequiredWords any_entry;
      for (const auto& e : it->second) {
        lead->first.lemmas.push_back(Lower(e.substr(0, e.find(' '))));
        lead->width = std::max(lead->width, 2 * static_cast<int>(std::count(e.begin(), e.end(), ' ')) + 1);
        RequiredWords entry;
        size_t b = 0;
        bool first_word = true;
        while (b < e.size()) {
          size_t sp = e.find(' ', b);
          if (sp == std::string::npos) sp = e.size();
          if (sp > b) {
            RequiredWords word;
            word.op = RequiredWords::kWords;
            (first_word ? word.lemmas : word.words).push_back(Lower(e.substr(b, sp - b)));
            entry = Both(std::move(entry), std::move(word));
            first_word = false;
          }
          b = sp + 1;
        }
        any_entry = &e == &it->second.front() ? std::move(entry) : Either(std::move(any_entry), std::move(entry));
      }
      lead->needs = std::move(any_entry);
      m_.expansions.emplace(memo_key,
                            TokenMacros::Expansion{*out, lead->first, false, lead->width, lead->needs, lead->repeat});
      return Grow(*out);
    }
    auto it = m_.macros.find(name);
    if (it == m_.macros.end()) return Status::Error("unknown macro or class '@" + name + "'");
    std::string body = it->second;
    const auto& params = m_.params.count(name) ? m_.params.at(name) : std::vector<std::string>{};
    if (args.size() != params.size()) {
      return Status::Error("@" + name + " takes " + std::to_string(params.size()) + " argument(s), given " +
                           std::to_string(args.size()));
    }
    for (size_t k = 0; k < params.size(); ++k) {
      std::string key = "$" + params[k], repl = "(" + args[k] + ")";
      for (size_t pos = body.find(key); pos != std::string::npos; pos = body.find(key, pos + repl.size())) {
        body.replace(pos, key.size(), repl);
      }
    }
    std::string inner;
    Status s = Parse(body, depth + 1, &inner, lead);
    if (!s.ok()) return Status::Error("in @" + name + ": " + s.message());
    *out = "(?:" + inner + ")";
    // A macro holding a slot gets its group's number from this rule.
    if (out->find("(?P<") == std::string::npos) {
      m_.expansions.emplace(memo_key, TokenMacros::Expansion{*out, lead->first, lead->nullable, lead->width,
                                                             lead->needs, lead->repeat});
    }
    return Grow(*out);
  }

  // A lemma class in pattern position: one token for each one-word entry,
  // a token sequence for each longer one ("object to"). The first word is a
  // lemma ("object" reads "objected"); the others are words as written
  // ("join forces", "take his side"). Entries sharing their first words
  // share one branch, which keeps the automaton small.
  struct PhraseNode {
    std::map<std::string, PhraseNode> next;
    bool end = false;
  };

  std::string PhraseRegex(const PhraseNode& node, bool first) {
    // Group the children that end here with no continuation into one token.
    std::vector<std::string> leaves, alts;
    for (const auto& [w, child] : node.next) {
      if (child.next.empty()) leaves.push_back(w);
    }
    Field f = first ? kLemma : kWord;
    if (!leaves.empty()) alts.push_back(TokenRegex({Test{f, false, false, leaves, ""}}));
    for (const auto& [w, child] : node.next) {
      if (child.next.empty()) continue;
      // An adverb may stand inside a phrase: "came out openly against",
      // "stood firmly by".
      std::string rest = "(?:" + Adverb() + ")?" + PhraseRegex(child, false);
      alts.push_back(TokenRegex({Test{f, false, false, {w}, ""}}) + (child.end ? "(?:" + rest + ")?" : rest));
    }
    std::string out;
    for (size_t i = 0; i < alts.size(); ++i) out += (i ? "|" : "") + alts[i];
    return alts.size() == 1 ? out : "(?:" + out + ")";
  }

  // One token tagged as an adverb (and not a negation: "did not oppose"
  // never reads as "opposed").
  std::string Adverb() const {
    Test rb{kTag, false, true, {}, "RB.*"};
    return TokenRegex({rb});
  }

  std::string ClassRegex(const std::vector<std::string>& entries) {
    PhraseNode root;
    for (const auto& e : entries) {
      PhraseNode* n = &root;
      size_t b = 0;
      while (b < e.size()) {
        size_t sp = e.find(' ', b);
        if (sp == std::string::npos) sp = e.size();
        if (sp > b) n = &n->next[Lower(e.substr(b, sp - b))];
        b = sp + 1;
      }
      n->end = true;
    }
    return "(?:" + PhraseRegex(root, true) + ")";
  }

  // [ tests ]: alternatives of conjunctions of (negated) field tests; values
  // of one field joined by | ("lemma=head|lemma=lead") are one test.
  Status Bracket(Cursor* c, std::string* out, Lead* lead) {
    ++c->i;
    std::vector<std::vector<Test>> any_of;
    std::vector<Test> all_of;
    while (true) {
      c->skip();
      if (c->peek() == ']') {
        ++c->i;
        break;
      }
      if (c->done()) return Error(*c, "unclosed '['");
      char op = 0;
      if (!all_of.empty() || !any_of.empty()) {
        op = c->peek();
        if (op != '&' && op != '|') return Error(*c, "join tests with & or |");
        ++c->i;
        c->skip();
      }
      Test t;
      Status s = FieldTest(c, &t);
      if (!s.ok()) return s;
      // A word or lemma regex's repeats are RE2's to multiply; a tag
      // regex only picks tag letters (TagRun).
      if (t.is_regex && t.field != kTag) lead->repeat = std::max(lead->repeat, InnerRepeat(t.regex));
      // "lemma=head|lemma=lead & tag=VBN": values of one field joined by |
      // are one test, so the & that follows holds for all of them.
      if (op == '|' && !all_of.empty()) {
        Test& last = all_of.back();
        if (last.field == t.field && !last.negated && !t.negated && !last.is_regex && !t.is_regex) {
          last.words.insert(last.words.end(), t.words.begin(), t.words.end());
          continue;
        }
      }
      if (op == '|') {
        any_of.push_back(std::move(all_of));
        all_of.clear();
      }
      bool merged = false;
      for (auto& other : all_of) {
        if (other.field != t.field) continue;
        // "!word=, & !word=." is "none of , and .": one test.
        if (other.negated && t.negated && !other.is_regex && !t.is_regex) {
          other.words.insert(other.words.end(), t.words.begin(), t.words.end());
          merged = true;
          break;
        }
        return Error(*c, std::string("two tests on '") + kFieldNames[t.field] + "' in one token: use one /regex/");
      }
      if (!merged) all_of.push_back(std::move(t));
    }
    any_of.push_back(std::move(all_of));
    for (const auto& tests : any_of) LeadOf(tests, &lead->first);
    // One of the alternatives holds: what it needs, or what another does.
    lead->needs = NeedsOf(any_of[0]);
    for (size_t i = 1; i < any_of.size(); ++i) lead->needs = Either(std::move(lead->needs), NeedsOf(any_of[i]));
    std::string alts;
    for (size_t i = 0; i < any_of.size(); ++i) alts += (i ? "|" : "") + TokenRegex(any_of[i]);
    *out = any_of.size() > 1 ? "(?:" + alts + ")" : alts;
    return Status();
  }

  Status FieldTest(Cursor* c, Test* t) {
    if (c->peek() == '!') {
      t->negated = true;
      ++c->i;
    }
    std::string field = ReadName(c);
    int f = -1;
    for (int k = 0; k < kFieldCount; ++k) {
      if (field == kFieldNames[k]) f = k;
    }
    if (f < 0) return Error(*c, "unknown field '" + field + "' (word, lemma, tag, shape, ent)");
    t->field = static_cast<Field>(f);
    c->skip();
    if (c->peek() == '!' && c->i + 1 < c->p.size() && c->p[c->i + 1] == '=') {
      t->negated = !t->negated;
      ++c->i;
    }
    if (c->peek() != '=') return Error(*c, "expected '=' after '" + field + "'");
    ++c->i;
    c->skip();
    char ch = c->peek();
    if (ch == '/') {
      size_t b = ++c->i;
      while (!c->done() && c->peek() != '/') c->i += c->peek() == '\\' ? 2 : 1;
      if (c->done()) return Error(*c, "unclosed '/regex/'");
      t->is_regex = true;
      t->regex = std::string(c->p.substr(b, c->i - b));
      ++c->i;
      // Parsed (not compiled: RE2 compiles the rule's regex when a sentence
      // first needs it), alone and as it will be used, for a `\Q` with no
      // `\E` would swallow what follows it: a tag regex is matched against
      // each tag's name as "(?i:REGEX)" (TagLettersOf) and never enters the
      // token regex; a word or lemma regex is held by the token regex, as
      // bytes, in a group of its own, with more after it.
      std::string why;
      if (!Parses(t->regex, RE2::DefaultOptions, &why)) {
        return Status::Error("invalid regex /" + t->regex + "/: " + why);
      }
      if (t->field == kTag ? !Parses("(?i:" + t->regex + ")", RE2::DefaultOptions, &why)
                           : !Parses("(?:" + ConfineRegex(t->regex, /*tag=*/false) + ")x", RE2::Latin1, &why)) {
        return Status::Error("invalid regex /" + t->regex + "/ " +
                             (t->field == kTag ? "as a tag test: " : "inside a token: ") + why);
      }
    } else if (ch == '@') {
      ++c->i;
      std::string name = ReadName(c);
      auto it = m_.classes.find(name);
      if (it == m_.classes.end()) return Error(*c, "unknown class '@" + name + "' (a field takes a word list)");
      for (const auto& w : it->second) {
        if (w.find(' ') != std::string::npos) return Status::Error("class @" + name + " has the phrase '" + w + "': use it as a token, not as a field value");
        t->words.push_back(Lower(w));
      }
    } else if (ch == '"') {
      std::string text;
      Status s = Quoted(c, &text);
      if (!s.ok()) return s;
      t->words.push_back(text);
    } else {
      size_t b = c->i;
      while (!c->done() && (IsWordChar(c->peek()) || c->peek() == '$' || c->peek() == '.')) ++c->i;
      if (b == c->i) return Error(*c, "expected a value");
      t->words.emplace_back(c->p.substr(b, c->i - b));
    }
    if (t->field != kTag) {
      for (auto& w : t->words) w = Lower(w);
    }
    if ((t->field == kEnt || t->field == kShape) && t->is_regex) {
      return Error(*c, std::string(kFieldNames[t->field]) + " takes names, not a /regex/: " +
                           (t->field == kEnt ? "person|body" : "cap|upper"));
    }
    if (t->field == kEnt) {
      for (auto& w : t->words) {
        if (w == "any" || w == "none") continue;
        char code = EntCode(w);
        if (!code) return Error(*c, "ent is person, body, position, issue, pronoun, any or none");
        w = std::string(1, code);
      }
    }
    if (t->field == kShape) {
      for (auto& w : t->words) {
        char code = ShapeCode(w);
        if (!code) return Error(*c, "shape is cap, upper, lower, initial, number, punct, mixed or entity");
        w = std::string(1, code);
      }
    }
    if (t->negated && t->is_regex && t->field != kTag) {
      return Error(*c, "only a tag test may negate a /regex/; negate a word or a @CLASS instead");
    }
    return Status();
  }

  // Whether RE2's parser accepts `regex` (its message in *why if not).
  static bool Parses(const std::string& regex, RE2::CannedOptions canned, std::string* why) {
    RE2::Options options(canned);
    options.set_log_errors(false);
    RE2::Set set(options, RE2::UNANCHORED);
    return set.Add(regex, why) >= 0;
  }

  // The product of the counted repeats nested in a field regex, as RE2
  // will multiply it by the token repeats around the token: asked of RE2
  // itself, as the most times the regex may be repeated (a regex without
  // a counted repeat may be repeated 1000 times and counts 1).
  static int InnerRepeat(const std::string& regex) {
    if (regex.find('{') == std::string::npos) return 1;
    std::string confined = "(?:" + ConfineRegex(regex, /*tag=*/false) + ")";
    // RE2's parser checks the repeats.
    auto accepted = [&](int k) { return Parses(confined + "{" + std::to_string(k) + "}", RE2::Latin1, nullptr); };
    int lo = 1, hi = kMaxRepeatProduct;  // accepted(lo) holds: the regex alone is valid
    if (accepted(hi)) return 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) / 2;
      (accepted(mid) ? lo : hi) = mid;
    }
    // The least product P with 1000 / P == lo: every outer repeat is then
    // refused exactly when RE2 would refuse it.
    return kMaxRepeatProduct / (lo + 1) + 1;
  }

  // Adds to *first the test one token of `tests` (all of which it passes)
  // can be found by; with none of them, any token.
  static void LeadOf(const std::vector<Test>& tests, FirstTokens* first) {
    const Test* pick = nullptr;
    // An entity type is the fewest tokens, then a word or lemma list, then
    // a tag.
    for (Field f : {kEnt, kWord, kLemma, kTag}) {
      for (const auto& t : tests) {
        if (pick || t.field != f || t.negated || (t.is_regex && f != kTag)) continue;
        if (f == kEnt && std::find(t.words.begin(), t.words.end(), "none") != t.words.end()) continue;
        pick = &t;
      }
    }
    if (!pick) {
      first->any = true;
      return;
    }
    switch (pick->field) {
      case kEnt:
        for (const auto& w : pick->words) {
          if (w == "any") first->entities |= (1u << kEntityTypes.size()) - 1;
          else if (w.size() == 1) first->entities |= 1u << (w[0] - kFirstEntity);
        }
        break;
      case kWord:
        first->words.insert(first->words.end(), pick->words.begin(), pick->words.end());
        break;
      case kLemma:
        first->lemmas.insert(first->lemmas.end(), pick->words.begin(), pick->words.end());
        break;
      default:
        for (char letter : TagLetters(*pick).first) first->tags |= TagBit(letter);
        break;
    }
  }

  // What a token passing all of `tests` needs the sentence to hold: its
  // word, or its lemma, from each test's list.
  static RequiredWords NeedsOf(const std::vector<Test>& tests) {
    RequiredWords needs;
    for (const auto& t : tests) {
      if (t.negated || t.is_regex || t.words.empty() || (t.field != kWord && t.field != kLemma)) continue;
      RequiredWords one;
      one.op = RequiredWords::kWords;
      (t.field == kWord ? one.words : one.lemmas) = t.words;
      needs = Both(std::move(needs), std::move(one));
    }
    return needs;
  }

  // The tag letters a test names, and the others. Remembered: the rules
  // ask for the same few tests thousands of times, and each asks RE2.
  static std::pair<std::string, std::string> TagLetters(const Test& t) {
    static std::mutex mu;
    static std::map<std::tuple<bool, std::string, std::vector<std::string>>, std::pair<std::string, std::string>> memo;
    auto key = std::make_tuple(t.is_regex, t.regex, t.words);
    std::lock_guard<std::mutex> lock(mu);
    auto it = memo.find(key);
    if (it == memo.end()) it = memo.emplace(std::move(key), TagLettersOf(t)).first;
    return it->second;
  }

  static std::pair<std::string, std::string> TagLettersOf(const Test& t) {
    std::string named, others;
    RE2 re(t.is_regex ? "(?i:" + t.regex + ")" : "", RE2::Quiet);
    for (const auto& tag : text::Lexicon::TagSet()) {
      bool hit = t.is_regex ? RE2::FullMatch(tag, re)
                            : std::any_of(t.words.begin(), t.words.end(),
                                          [&](const std::string& w) { return Lower(w) == Lower(tag); });
      (hit ? named : others) += TagCode(tag);
    }
    return {named, others};
  }

  // The tag letters of the codes under a test: one of the letters of the
  // tags it names, or (negated) only other letters.
  std::string TagRun(const Test& t) const {
    auto [named, others] = TagLetters(t);
    if (!t.negated) return named.empty() ? kNever : std::string(kAnyTags) + "[" + named + "]" + kAnyTags;
    return others.empty() ? kNever : "[" + others + "]+";
  }

  // The bytes of `all` (codes) that are not in `skip`, as a class body.
  static std::string OtherCodes(const std::vector<std::string>& all, char first, const std::vector<std::string>& skip) {
    std::string out;
    for (size_t k = 0; k < all.size(); ++k) {
      std::string code(1, static_cast<char>(first + k));
      if (std::find(skip.begin(), skip.end(), code) == skip.end()) out += HexByte(code[0]);
    }
    return out;
  }

  static std::string Codes(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) {
      if (w.size() == 1) out += HexByte(w[0]);
    }
    return out;
  }

  // The shape byte under a test.
  std::string ShapeRun(const Test& t) const {
    std::string body = t.negated ? OtherCodes(kShapes, kFirstShape, t.words) : Codes(t.words);
    if (body.empty()) return t.negated ? "" : kNever;
    return "[" + body + "]" + (t.negated ? "?" : "");
  }

  // The entity byte and mention index under a test. "any" is every entity
  // type, "none" a token that is no mention.
  std::string EntityRun(const Test& t) const {
    const std::string one = "[\\x18-\\x1c][0-9]*";
    bool any = std::find(t.words.begin(), t.words.end(), "any") != t.words.end();
    bool none = std::find(t.words.begin(), t.words.end(), "none") != t.words.end();
    if (any) return t.negated ? (none ? kNever : "[0-9]*") : (none ? kAnyEntity : one);
    std::string body = t.negated ? OtherCodes(kEntityTypes, kFirstEntity, t.words) : Codes(t.words);
    // Negated, a word that is no mention passes unless "none" is excluded.
    bool empty_ok = t.negated ? !none : none;
    if (body.empty()) return empty_ok ? "[0-9]*" : kNever;
    return "[" + body + "]" + (empty_ok ? "?" : "") + "[0-9]*";
  }

  // The regex of a word or lemma under a test. A word set the test excludes
  // may instead become a byte appended to *excluded (WordSetCodes); the
  // field is then untested and kAnyField is returned.
  std::string FieldRegex(const Test& t, std::string* excluded) const {
    auto field = t.field == kWord ? WordSetCodes::kWordSet : WordSetCodes::kLemmaSet;
    if (t.is_regex) {
      if (codes_) codes_->ReferenceRegex(field, std::string(t.field == kWord ? "(?i)" : "") + t.regex);
      return "(?:" + std::string(t.field == kWord ? "(?i)" : "") + ConfineRegex(t.regex, false) + ")";
    }
    if (t.negated) {
      // Sets of three words or more: a smaller one spelt out is cheap.
      if (codes_ && t.words.size() >= 3) {
        std::vector<std::string> set = t.words;
        std::sort(set.begin(), set.end());
        set.erase(std::unique(set.begin(), set.end()), set.end());
        if (char code = codes_->CodeFor(field, std::move(set))) {
          *excluded += code;
          return kAnyField;
        }
      }
      if (codes_) codes_->Reference(field, t.words);
      return NoneOf(t.words, false);
    }
    if (codes_) codes_->Reference(field, t.words);
    return AnyOf(t.words);
  }

  static std::string AnyOf(const std::vector<std::string>& words) {
    if (words.empty()) return kNever;
    std::string alt;
    for (size_t i = 0; i < words.size(); ++i) alt += (i ? "|" : "") + RE2::QuoteMeta(words[i]);
    return "(?:" + alt + ")";
  }

  std::string TokenRegex(const std::vector<Test>& tests) const {
    const Test* by_field[kFieldCount] = {};
    for (const auto& t : tests) by_field[t.field] = &t;
    std::string excluded;
    std::string word = by_field[kWord] ? FieldRegex(*by_field[kWord], &excluded) : kAnyField;
    std::string lemma = by_field[kLemma] ? FieldRegex(*by_field[kLemma], &excluded) : kAnyField;
    // The codes, in their order; the runs after the last tested one are
    // written as one run up to the token's end, which keeps the rules'
    // automata small.
    std::vector<std::string> codes = {by_field[kTag] ? TagRun(*by_field[kTag]) : kAnyTags,
                                      by_field[kShape] ? ShapeRun(*by_field[kShape]) : kAnyShape, kAnySets,
                                      by_field[kEnt] ? EntityRun(*by_field[kEnt]) : kAnyEntity};
    bool tested[] = {by_field[kTag] != nullptr, by_field[kShape] != nullptr, !excluded.empty(),
                     by_field[kEnt] != nullptr};
    if (!excluded.empty()) {
      // The set bytes: any, but none of an excluded set's.
      codes[2] = "[^\\x00-\\x7f";
      for (char c : excluded) codes[2] += HexByte(c);
      codes[2] += "]*";
    }
    size_t last = codes.size();
    while (last > 0 && !tested[last - 1]) --last;
    std::string out = "\\x01";
    if (last == 0) {
      if (lemma != kAnyField) return out + word + "\\x1f" + lemma + "\\x1f[^\\x01\\x02]*\\x02";
      if (word != kAnyField) return out + word + "\\x1f[^\\x01\\x02]*\\x02";
      return out + "[^\\x01\\x02]*\\x02";
    }
    out += word + "\\x1f" + lemma + "\\x1f";
    for (size_t k = 0; k < last; ++k) out += codes[k];
    if (last == codes.size()) return out + "\\x02";  // the entity run ends the token
    // The rest is any code of a later kind: none of the kinds written.
    static const char* kKinds[] = {"A-Za-z", "\\x10-\\x17", "\\x80-\\xff"};
    out += "[^\\x01\\x02";
    for (size_t k = 0; k < last; ++k) out += kKinds[k];
    return out + "]*\\x02";
  }

  const TokenMacros& m_;
  WordSetCodes* codes_ = nullptr;  // null: excluded sets are spelt out
  int slots_[2] = {0, 0};
};

}  // namespace

char WordSetCodes::CodeFor(SetField field, std::vector<std::string> words) {
  auto key = std::make_pair(static_cast<int>(field), std::move(words));
  if (auto it = sets_.find(key); it != sets_.end()) return static_cast<char>(it->second);
  if (sets_.size() >= 128) return 0;
  unsigned char code = static_cast<unsigned char>(0x80 + sets_.size());
  sets_.emplace(std::move(key), code);
  return static_cast<char>(code);
}

uint64_t WordSetCodes::NextSerial() {
  static std::atomic<uint64_t> next{1};
  return next++;
}

void WordSetCodes::Reference(SetField field, const std::vector<std::string>& words) {
  referenced_[field].insert(words.begin(), words.end());
}

void WordSetCodes::ReferenceRegex(SetField field, const std::string& regex) {
  regexes_[field].push_back(regex);
}

std::string_view WordSetCodes::Spelt(SetField field, std::string_view w) const {
  if (!stand_in_ok_ || referenced_view_[field].count(w)) return w;
  if (!regex_[field]) return kUnreferenced;
  // The field regexes' answer for a word, remembered by each thread: a
  // corpus repeats its words, and a lookup costs a fraction of a match.
  // Bounded: the cache starts afresh past kThreadCacheWords words.
  // Keys are views of strings the cache owns, so a lookup copies nothing.
  struct Cache {
    uint64_t serial = 0;
    std::deque<std::string> words;
    std::unordered_map<std::string_view, bool> named[2];
    void Clear() {
      named[0].clear();
      named[1].clear();
      words.clear();
    }
  };
  thread_local Cache cache;
  if (cache.serial != serial_ || cache.words.size() >= text::kThreadCacheWords) {
    cache.serial = serial_;
    cache.Clear();
  }
  auto& named = cache.named[field];
  auto it = named.find(w);
  if (it == named.end()) {
    const std::string& kept = cache.words.emplace_back(w);
    it = named.emplace(kept, RE2::FullMatch(re2::StringPiece(w.data(), w.size()), *regex_[field])).first;
  }
  return it->second ? w : kUnreferenced;
}

void WordSetCodes::Freeze() {
  // The stand-in must answer every test as an unlisted word does: in no
  // list, matched by no regex.
  stand_in_ok_ = true;
  for (int f = 0; f < 2; ++f) {
    referenced_view_[f].clear();
    for (const auto& w : referenced_[f]) referenced_view_[f].insert(w);
    if (referenced_[f].count(std::string(kUnreferenced))) stand_in_ok_ = false;
    regex_[f].reset();
    if (regexes_[f].empty()) continue;
    std::string all;
    for (const auto& r : regexes_[f]) all += (all.empty() ? "" : "|") + std::string("(?:") + r + ")";
    RE2::Options opt;
    opt.set_log_errors(false);
    auto re = std::make_shared<const RE2>(all, opt);
    if (!re->ok() || RE2::FullMatch(re2::StringPiece(kUnreferenced.data(), kUnreferenced.size()), *re)) {
      stand_in_ok_ = false;
      continue;
    }
    regex_[f] = std::move(re);
  }
  by_word_.clear();
  by_lemma_.clear();
  for (const auto& [key, code] : sets_) {
    auto& table = key.first == kWordSet ? by_word_ : by_lemma_;
    for (const auto& w : key.second) table[w] += static_cast<char>(code);
  }
  for (auto* table : {&by_word_, &by_lemma_}) {
    for (auto& [w, codes] : *table) {
      std::sort(codes.begin(), codes.end(), [](char a, char b) {
        return static_cast<unsigned char>(a) < static_cast<unsigned char>(b);
      });
    }
  }
}

void WordSetCodes::AppendCodes(std::string_view word, std::string_view lemma, std::string* out) const {
  static const std::string kNone;
  auto find = [](const std::unordered_map<std::string_view, std::string>& t, std::string_view w) -> const std::string& {
    auto it = t.find(w);
    return it == t.end() ? kNone : it->second;
  };
  const std::string& a = find(by_word_, word);
  const std::string& b = find(by_lemma_, lemma);
  // A set is of words or of lemmas, never both: the two lists share no byte.
  std::merge(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(*out), [](char x, char y) {
    return static_cast<unsigned char>(x) < static_cast<unsigned char>(y);
  });
}

void EncodeToken(const TokenFields& t, std::string* out, const WordSetCodes* codes) {
  EncodeToken(t.word, t.lemma, t.tags, t.shape, t.ent, t.mention, out, codes);
}

void EncodeToken(std::string_view word, std::string_view lemma, const std::vector<std::string>& tags,
                 const std::string& shape, const std::string& ent, int mention, std::string* out,
                 const WordSetCodes* codes) {
  auto clean = [&](std::string_view s) {
    for (char c : s) {
      if (static_cast<unsigned char>(c) >= 0x20) *out += c;
    }
  };
  *out += kTokOpen;
  clean(codes ? codes->Spelt(WordSetCodes::kWordSet, word) : word);
  *out += kTokField;
  clean(codes ? codes->Spelt(WordSetCodes::kLemmaSet, lemma) : lemma);
  *out += kTokField;
  for (const auto& tag : tags) {
    if (char code = TagCode(tag)) *out += code;
  }
  if (char code = ShapeCode(shape)) *out += code;
  if (codes) codes->AppendCodes(word, lemma, out);
  if (char code = EntCode(ent)) *out += code;
  if (mention >= 0) *out += std::to_string(mention);
  *out += kTokClose;
}

void FirstTokens::Add(const FirstTokens& o) {
  any = any || o.any;
  reach = std::max(reach, o.reach);
  text_start = text_start || o.text_start;
  entities |= o.entities;
  tags |= o.tags;
  words.insert(words.end(), o.words.begin(), o.words.end());
  lemmas.insert(lemmas.end(), o.lemmas.begin(), o.lemmas.end());
}

uint64_t TagBit(char letter) {
  if (letter >= 'A' && letter <= 'Z') return uint64_t{1} << (letter - 'A');
  if (letter >= 'a' && letter <= 'z') return uint64_t{1} << (26 + letter - 'a');
  return 0;
}

Status CompileTokenPattern(std::string_view pattern, const TokenMacros& macros, std::string* regex,
                           WordSetCodes* codes, FirstTokens* first, RequiredWords* needs) {
  return Compiler(macros, codes).Compile(pattern, regex, first, needs);
}

std::string RequiredWords::ToString() const {
  if (op == kWords) {
    std::vector<std::string> items;
    for (const auto& w : words) items.push_back("w:" + w);
    for (const auto& l : lemmas) items.push_back("l:" + l);
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    std::string out = "{";
    for (size_t i = 0; i < items.size(); ++i) out += (i ? " " : "") + items[i];
    return out + "}";
  }
  if (parts.empty()) return "always";
  std::vector<std::string> shown;
  for (const auto& p : parts) shown.push_back(p.ToString());
  std::sort(shown.begin(), shown.end());
  std::string out = "(";
  for (size_t i = 0; i < shown.size(); ++i) out += (i ? (op == kAll ? " & " : " | ") : "") + shown[i];
  return out + ")";
}

std::vector<std::string> CapturingGroupNames(std::string_view re) {
  std::vector<std::string> names;
  for (size_t i = 0; i < re.size(); ++i) {
    char c = re[i];
    if (c == '\\') {
      // An escaped byte; \Q...\E quotes a run.
      if (i + 1 < re.size() && re[i + 1] == 'Q') {
        size_t end = re.find("\\E", i + 2);
        i = end == std::string_view::npos ? re.size() : end + 1;
      } else {
        ++i;
      }
      continue;
    }
    if (c == '[') {
      // A class: a ] first (or after ^) is literal; [:alpha:] nests.
      size_t j = i + 1;
      if (j < re.size() && re[j] == '^') ++j;
      if (j < re.size() && re[j] == ']') ++j;
      for (; j < re.size() && re[j] != ']'; ++j) {
        if (re[j] == '\\') ++j;
        else if (re[j] == '[' && j + 1 < re.size() && re[j + 1] == ':') {
          size_t close = re.find(":]", j + 2);
          if (close != std::string_view::npos) j = close + 1;
        }
      }
      i = j;
      continue;
    }
    if (c != '(') continue;
    if (i + 1 < re.size() && re[i + 1] == '?') {
      // (?P<name>...) and (?<name>...) capture; (?:...) and (?flags) do not.
      size_t at = re.compare(i + 2, 2, "P<") == 0 ? i + 4 : re.compare(i + 2, 1, "<") == 0 ? i + 3 : 0;
      if (!at) continue;
      size_t close = re.find('>', at);
      if (close == std::string_view::npos) break;
      names.emplace_back(re.substr(at, close - at));
      continue;
    }
    names.emplace_back();
  }
  return names;
}

}  // namespace apparat::rules

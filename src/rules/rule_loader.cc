#include "rules/rule_loader.h"

#include <algorithm>
#include <utility>
#include <tuple>
#include <future>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <re2/set.h>
#include <toml++/toml.h>

#include "rules/slot_pattern.h"
#include "rules/token_pattern.h"
#include "text/sha256.h"
#include "text/tokens.h"
#include "text/utf8.h"

namespace fs = std::filesystem;

namespace apparat::rules {

namespace {

// Collects errors with their file and line.
class Reporter {
 public:
  explicit Reporter(std::vector<std::string>* errors) : errors_(errors) {}
  // One line each, whatever the message quotes (toml++ quotes the text it
  // stopped at, newline and control characters included).
  void Error(const std::string& file, int line, const std::string& msg) {
    errors_->push_back(text::EscapeForTerminal(file + ":" + std::to_string(line) + ": " + msg, false));
  }
  size_t count() const { return errors_->size(); }

 private:
  std::vector<std::string>* errors_;
};

int LineOf(const toml::node& n) { return static_cast<int>(n.source().begin.line); }

RE2::Options RegexOptions(bool bytes) {
  RE2::Options opt;
  // Token rules run over encoded tokens, bytes not characters.
  if (bytes) opt.set_encoding(RE2::Options::EncodingLatin1);
  opt.set_log_errors(false);
  opt.set_max_mem(kRegexMaxMem);
  return opt;
}

std::unique_ptr<RE2> Compile(const std::string& regex, std::string* error, bool bytes = false) {
  auto re = std::make_unique<RE2>(regex, RegexOptions(bytes));
  if (!re->ok()) {
    *error = re->error();
    return nullptr;
  }
  return re;
}

bool CheckKeys(const toml::table& t, const std::set<std::string>& allowed, const std::string& file,
               Reporter* rep) {
  bool ok = true;
  for (const auto& [k, v] : t) {
    if (!allowed.count(std::string(k.str()))) {
      rep->Error(file, LineOf(v), "unknown key '" + std::string(k.str()) + "'");
      ok = false;
    }
  }
  return ok;
}

std::vector<std::string> StringList(const toml::table& t, const char* key, const std::string& file,
                                    Reporter* rep) {
  std::vector<std::string> out;
  const toml::node* n = t.get(key);
  if (!n) return out;
  const toml::array* arr = n->as_array();
  if (!arr) {
    rep->Error(file, LineOf(*n), std::string("'") + key + "' must be a list of strings");
    return out;
  }
  for (const auto& v : *arr) {
    if (auto s = v.value<std::string>()) out.push_back(*s);
    else rep->Error(file, LineOf(v), std::string("'") + key + "' must hold only strings");
  }
  return out;
}

std::string RequiredString(const toml::table& t, const char* key, const std::string& file, int line,
                           Reporter* rep) {
  const toml::node* n = t.get(key);
  if (n && !n->is_string()) {
    rep->Error(file, LineOf(*n), std::string("'") + key + "' must be a string");
    return "";
  }
  auto v = t[key].value<std::string>();
  if (!v || v->empty()) {
    rep->Error(file, line, std::string("missing or empty '") + key + "'");
    return "";
  }
  return *v;
}

// Optional values: absent gives the default; present with the wrong type is
// an error (a quoted "true" must not quietly turn a veto into a rule).
bool OptionalBool(const toml::table& t, const char* key, bool fallback, const std::string& file, Reporter* rep) {
  const toml::node* n = t.get(key);
  if (!n) return fallback;
  if (auto v = n->value<bool>(); v && n->is_boolean()) return *v;
  rep->Error(file, LineOf(*n), std::string("'") + key + "' must be true or false");
  return fallback;
}

std::string OptionalString(const toml::table& t, const char* key, const std::string& fallback,
                           const std::string& file, Reporter* rep) {
  const toml::node* n = t.get(key);
  if (!n) return fallback;
  if (n->is_string()) return *n->value<std::string>();
  rep->Error(file, LineOf(*n), std::string("'") + key + "' must be a string");
  return fallback;
}

int OptionalInt(const toml::table& t, const char* key, int lo, int hi, const std::string& file, Reporter* rep) {
  const toml::node* n = t.get(key);
  if (!n) return 0;
  auto v = n->value<int64_t>();
  if (n->is_integer() && v && *v >= lo && *v <= hi) return static_cast<int>(*v);
  rep->Error(file, LineOf(*n), std::string("'") + key + "' must be a whole number from " + std::to_string(lo) +
                                   " to " + std::to_string(hi));
  return 0;
}

void LoadEntity(const toml::table& t, const std::string& file, Reporter* rep,
                std::set<std::string>* ids, std::vector<EntityDef>* out) {
  int line = LineOf(t);
  CheckKeys(t, {"id", "type", "label", "aliases", "ignore_case", "gender", "note", "authority", "uri", "wikidata", "viaf", "gnd"},
            file, rep);
  EntityDef e;
  e.origin = {file, line};
  e.id = RequiredString(t, "id", file, line, rep);
  e.label = RequiredString(t, "label", file, line, rep);
  std::string type = RequiredString(t, "type", file, line, rep);
  if (!type.empty() && !ParseEntityType(type, &e.type)) {
    rep->Error(file, line, "unknown type '" + type + "' (person, body, position, issue)");
  }
  e.aliases = StringList(t, "aliases", file, rep);
  e.ignore_case = OptionalBool(t, "ignore_case", false, file, rep);
  std::string gender = OptionalString(t, "gender", "", file, rep);
  if (!gender.empty() && gender != "female" && gender != "male") {
    rep->Error(file, line, "gender must be \"female\" or \"male\"");
  }
  e.female = gender == "female";
  // One authority identifier: a URI, or an id in a well-known file.
  static const std::pair<const char*, const char*> kAuthorities[] = {
      {"authority", ""},
      {"uri", ""},
      {"wikidata", "http://www.wikidata.org/entity/"},  // Wikidata's concept URIs are http
      {"viaf", "https://viaf.org/viaf/"},
      {"gnd", "https://d-nb.info/gnd/"},
  };
  for (const auto& [key, prefix] : kAuthorities) {
    std::string v = OptionalString(t, key, "", file, rep);
    if (v.empty()) continue;
    if (!e.authority.empty()) {
      rep->Error(file, line, "entity '" + e.id + "' has two authority identifiers (authority or uri, wikidata, viaf, gnd: give one)");
    }
    // An id, not a URL, for the well-known files; a URI for `authority`.
    bool ok = *prefix ? v.find('/') == std::string::npos && v.find(' ') == std::string::npos
                      : (v.rfind("http://", 0) == 0 || v.rfind("https://", 0) == 0 || v.rfind("urn:", 0) == 0) &&
                            v.find(' ') == std::string::npos;
    if (!ok) {
      rep->Error(file, line, std::string("entity '") + e.id + "': " + key +
                                 (*prefix ? " takes the id alone (wikidata = \"Q855\"), not a URL"
                                          : " must be a URI (http://, https:// or urn:)"));
    }
    e.authority = prefix + v;
  }
  if (!e.id.empty() && !ids->insert(e.id).second) rep->Error(file, line, "duplicate entity id '" + e.id + "'");
  out->push_back(std::move(e));
}

void LoadNamePattern(const toml::table& t, const std::string& file, Reporter* rep,
                     std::vector<NamePattern>* out, std::unique_ptr<RE2::Set>* set) {
  int line = LineOf(t);
  CheckKeys(t, {"id", "type", "regex", "exclude", "note"}, file, rep);
  NamePattern p;
  p.origin = {file, line};
  p.id = RequiredString(t, "id", file, line, rep);
  std::string type = OptionalString(t, "type", "person", file, rep);
  if (!ParseEntityType(type, &p.type)) rep->Error(file, line, "unknown type '" + type + "'");
  std::string regex = RequiredString(t, "regex", file, line, rep);
  p.exclude = StringList(t, "exclude", file, rep);
  if (regex.empty()) return;
  // Parsed here, for its errors, into the set of every name pattern (a set
  // parses as it is given patterns and compiles them all later, on the
  // loader's second thread); the pattern alone is compiled when the matcher
  // first needs its captures (LazyRegex).
  std::string err;
  if (!*set) *set = std::make_unique<RE2::Set>(RegexOptions(false), RE2::UNANCHORED);
  if ((*set)->Add(regex, &err) < 0) return rep->Error(file, line, "invalid regex in '" + p.id + "': " + err);
  if (CapturingGroupNames(regex).empty()) {
    return rep->Error(file, line, "pattern '" + p.id + "' needs a capture group for the name");
  }
  p.regex = std::make_unique<LazyRegex>(regex, RegexOptions(false));
  out->push_back(std::move(p));
}

void LoadExamples(const toml::table& t, const std::string& file, Reporter* rep, RelationRule* r) {
  if (const toml::array* arr = t["examples"].as_array()) {
    for (const auto& v : *arr) {
      const toml::table* ex = v.as_table();
      auto text = ex ? (*ex)["text"].value<std::string>() : std::nullopt;
      auto s = ex ? (*ex)["s"].value<std::string>() : std::nullopt;
      auto o = ex ? (*ex)["o"].value<std::string>() : std::nullopt;
      if (!text || !s || !o) {
        rep->Error(file, LineOf(v), "an example is { text = \"...\", s = \"subject\", o = \"object\" }");
        continue;
      }
      r->examples.push_back({*text, *s, *o});
    }
  }
  r->counter_examples = StringList(t, "counter_examples", file, rep);
}

void LoadRelationRule(const toml::table& t, const std::string& file, const Defines& defines,
                      const TokenMacros& macros, Reporter* rep, std::set<std::string>* ids,
                      RelationRegexes* regexes, std::vector<RelationRule>* out) {
  int line = LineOf(t);
  CheckKeys(t, {"id", "relation", "pattern", "tokens", "pairwise", "subject_types", "object_types", "object_as", "persons_as", "veto", "blocks", "scope", "copy", "swap", "polarity",
                "priority", "examples", "counter_examples", "note"},
            file, rep);
  RelationRule r;
  r.origin = {file, line};
  r.id = RequiredString(t, "id", file, line, rep);
  r.relation = RequiredString(t, "relation", file, line, rep);
  r.tokens = t.get("tokens") != nullptr;
  if (r.tokens && t.get("pattern")) rep->Error(file, line, "rule '" + r.id + "' has both 'tokens' and 'pattern'");
  r.pattern = RequiredString(t, r.tokens ? "tokens" : "pattern", file, line, rep);
  if (!r.id.empty() && !ids->insert(r.id).second) rep->Error(file, line, "duplicate rule id '" + r.id + "'");
  // relation = "none": a sentence the rule matches states no relation (a
  // question, a quiz item, a claim the text denies).
  r.mutes = r.relation == kNoRelation;
  if (!r.relation.empty() && !r.mutes && !IsRelation(r.relation)) {
    rep->Error(file, line, "unknown relation '" + r.relation + "' (or \"none\": the sentence states no relation)");
  }
  if (r.mutes && !r.tokens) rep->Error(file, line, "rule '" + r.id + "': relation \"none\" takes a 'tokens' pattern");
  r.veto = OptionalBool(t, "veto", false, file, rep);
  r.copy = OptionalBool(t, "copy", false, file, rep);
  r.swap = OptionalBool(t, "swap", false, file, rep);
  r.pairwise = OptionalBool(t, "pairwise", false, file, rep);
  r.object_as = OptionalString(t, "object_as", "", file, rep);
  r.persons_as = OptionalString(t, "persons_as", "", file, rep);
  if (!r.persons_as.empty() && !IsRelation(r.persons_as)) rep->Error(file, line, "persons_as names unknown relation '" + r.persons_as + "'");
  if (!r.object_as.empty() && r.relation != "held") rep->Error(file, line, "object_as builds a post: only a 'held' rule may use it");
  for (auto [key, out] : {std::pair{"subject_types", &r.subject_types}, std::pair{"object_types", &r.object_types}}) {
    for (const auto& name : StringList(t, key, file, rep)) {
      EntityType type;
      if (ParseEntityType(name, &type)) out->push_back(type);
      else rep->Error(file, line, std::string(key) + ": unknown type '" + name + "'");
    }
  }
  r.polarity = OptionalString(t, "polarity", "", file, rep);
  r.priority = OptionalInt(t, "priority", -1000000, 1000000, file, rep);
  r.scope = OptionalString(t, "scope", "sentence", file, rep);
  if (r.scope != "sentence" && r.scope != "letter" && r.scope != "note") {
    rep->Error(file, line, "scope must be \"sentence\", \"letter\" or \"note\"");
  }
  r.blocks = StringList(t, "blocks", file, rep);
  for (const auto& b : r.blocks) {
    if (!IsRelation(b)) rep->Error(file, line, "blocks names unknown relation '" + b + "'");
  }
  if (r.blocks.empty()) r.blocks.push_back(r.relation);
  LoadExamples(t, file, rep, &r);
  if (r.mutes && !r.examples.empty()) {
    rep->Error(file, line, "rule '" + r.id + "' finds no relation: give its sentences as counter_examples");
  }
  if (r.pattern.empty()) return;
  std::string expanded, regex, err;
  Status s;
  RequiredWords needs;
  if (r.tokens) {
    FirstTokens first;
    s = CompileTokenPattern(r.pattern, macros, &regex, &regexes->word_sets, &first, &needs);
    if (s.ok()) {
      r.starts = regexes->StartsOf(first);
      r.needs = regexes->NeedsOf(needs);
    }
  } else {
    s = ExpandDefines(r.pattern, defines, &expanded);
    if (s.ok()) s = TranslateSlotPattern(expanded, &regex);
  }
  if (!s.ok()) return rep->Error(file, line, "rule '" + r.id + "': " + s.message());
  // A text rule is compiled once, by the filter that will pick it for a
  // sentence; only a regex that fails is compiled again, for RE2's message.
  // A token rule is compiled when a sentence first needs it (LazyRegex):
  // its pattern has been checked, and its groups are read from its text.
  auto& filter = regexes->text_filter;
  // A rule whose first tokens are known is tried, anchored, at the tokens
  // that pass them: an automaton started at one place stays small and
  // soon stops. Searched instead for "any bytes, then the rule" from the
  // sentence's start, its automaton follows every start at once, and most
  // sentences make it build new states (3.5 times the instructions on
  // 10 MB). The search form is still an anchored match, not an unanchored
  // one: RE2 then knows where the match starts without compiling and running
  // the rule's reverse automaton. Its group 1 is the rule's own match
  // (RelationMatcher::RunRule).
  std::string compiled = r.tokens && !r.starts.anywhere ? regex : "(?s:.*?)(" + regex + ")";
  std::map<std::string, int> groups;
  if (r.tokens) {
    auto names = CapturingGroupNames(compiled);
    for (size_t k = 0; k < names.size(); ++k) {
      if (!names[k].empty()) groups.emplace(names[k], static_cast<int>(k + 1));
    }
    r.regex = &regexes->regexes.emplace_back(std::move(compiled), RegexOptions(true));
  } else if (filter.Add(compiled, RegexOptions(false), &r.filter_id) == RE2::NoError) {
    r.regex = &regexes->regexes.emplace_back(&filter.GetRE2(r.filter_id));
    groups = r.regex->Get().NamedCapturingGroups();
  } else {
    Compile(regex, &err, r.tokens);
    // RE2 quotes the regex it was given, which is machine-made (slots and
    // macros expanded): the message names the fault and quotes the
    // author's own pattern instead.
    std::string fault = err.substr(0, err.find(':'));
    if (!r.tokens) {
      // Where in the author's pattern: its slots as plain letters, compiled
      // again, and the piece RE2 names found in it.
      static const RE2 kSlot("\\{[^{}]*\\}");
      std::string probe = r.pattern;
      RE2::GlobalReplace(&probe, kSlot, "X");
      RE2 p(probe, RegexOptions(false));
      size_t at = p.ok() || p.error_arg().empty() || p.error_arg().size() >= r.pattern.size()
                      ? std::string::npos
                      : r.pattern.find(p.error_arg());
      if (at != std::string::npos) fault += " at byte " + std::to_string(at + 1) + " ('" + p.error_arg() + "')";
    }
    return rep->Error(file, line, "invalid " + std::string(r.tokens ? "token pattern" : "regex") + " in rule '" +
                                      r.id + "': " + fault + " in " + r.pattern);
  }
  if (auto it = groups.find("s"); it != groups.end()) r.subject_group = it->second;
  if (auto it = groups.find("o"); it != groups.end()) r.object_group = it->second;
  for (const auto& [name, index] : groups) {
    bool numbered = name.size() > 1 && name.find_first_not_of("0123456789", 1) == std::string::npos;
    if (name == "s" || (name[0] == 's' && numbered)) r.subject_groups.push_back(index);
    if (name == "o" || (name[0] == 'o' && numbered)) r.object_groups.push_back(index);
  }
  if (r.mutes) {
    if (r.subject_group || r.object_group) rep->Error(file, line, "rule '" + r.id + "' finds no relation: it takes no slot");
    out->push_back(std::move(r));
    return;
  }
  const char* o_slot = r.tokens ? "o:..." : "{TYPES:o}";
  const char* s_slot = r.tokens ? "s:..." : "{TYPES:s}";
  if (!r.object_group) rep->Error(file, line, "rule '" + r.id + "' needs an object slot " + o_slot);
  if (!r.subject_group && r.scope == "sentence" && !r.pairwise) {
    rep->Error(file, line, "rule '" + r.id + "' needs a subject slot " + s_slot + " (only letter and note rules may omit it)");
  }
  out->push_back(std::move(r));
}

std::vector<std::string> TomlFiles(const fs::path& dir, Reporter* rep) {
  std::vector<std::string> files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return files;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::error_code fec;
    if (it->is_regular_file(fec) && it->path().extension() == ".toml") files.push_back(it->path().string());
  }
  if (ec) rep->Error(dir.string(), 0, "cannot list rule files: " + ec.message());
  std::sort(files.begin(), files.end());
  return files;
}

// The 1-based line holding byte `pos`.
int LineAt(std::string_view bytes, size_t pos) {
  return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + std::min(pos, bytes.size()), '\n'));
}

// The offset of the first byte >= 0x80 that toml++ may test as white
// space, or npos: one outside a TOML string or comment, one after a
// backslash (and spaces) in a basic string, or the first character after a
// line-ending backslash in a multi-line basic string (which toml++ skips
// white space over). A quote opens a string only where toml++ would read
// one: a quote inside a bare value (a = 1?="...) is part of that value, and
// toml++ tests each character after it. A lexer of TOML's strings, comments
// and bare values only: everything else is left to toml++.
size_t NonAsciiOutsideStrings(std::string_view b) {
  size_t i = 0;
  const size_t n = b.size();
  auto is_space = [&](size_t k) { return k < n && (b[k] == ' ' || b[k] == '\t' || b[k] == '\r' || b[k] == '\n'); };
  // Moves i past the closing `delim`; returns the offset of a non-ASCII
  // byte after a line-ending backslash, or npos. A one-quote string also
  // ends at a newline (toml++ then reports it unclosed); a three-quote one
  // ends at the last three of a run of up to five quotes.
  auto closes = [&](std::string_view delim, bool escapes) -> size_t {
    while (i < n) {
      if (escapes && b[i] == '\\') {
        size_t k = i + 1;
        while (k < n && (b[k] == ' ' || b[k] == '\t')) ++k;
        // toml++ tests what follows a backslash for white space; no valid
        // escape has a non-ASCII character there.
        if (k < n && static_cast<unsigned char>(b[k]) >= 0x80) return k;
        if (delim.size() == 3 && k < n && (b[k] == '\n' || b.compare(k, 2, "\r\n") == 0)) {
          while (is_space(k)) ++k;
          if (k < n && static_cast<unsigned char>(b[k]) >= 0x80) return k;
          i = k;
        } else {
          i += 2;
        }
      } else if (delim.size() == 1 && (b[i] == '\n' || b[i] == delim[0])) {
        i += b[i] == delim[0];
        return std::string_view::npos;
      } else if (delim.size() == 3 && b[i] == delim[0]) {
        size_t run = 0;
        while (i + run < n && b[i + run] == delim[0]) ++run;
        i += run >= 3 ? std::min<size_t>(run, 5) : run;
        if (run >= 3) return std::string_view::npos;
      } else {
        ++i;
      }
    }
    return std::string_view::npos;
  };
  // Where a string may start, as toml++ reads: not inside a bare value,
  // which it scans up to a value terminator (white space, ']', '}', ',',
  // '#'), quotes, '=' and '[' included.
  char before = '\n';       // the last structural character outside strings and bare runs
  bool key_context = true;  // reading a key (line start, after '{' or ',' in an inline table)
  bool bare = false;        // inside a bare value ("1?;=\"", "true", a date)
  std::string open;         // the brackets open outside strings
  while (i < n) {
    char c = b[i];
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80) return i;
    bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
    if (bare && !(space || c == ']' || c == '}' || c == ',' || c == '#')) {
      ++i;
      continue;
    }
    bare = false;
    if (c == '#') {
      while (i < n && b[i] != '\n') ++i;
      continue;
    }
    if (c == '"' || c == '\'') {
      if (std::strchr("\n=[{,.", before) == nullptr) {
        // Not where a string starts: toml++ takes the quote for part of a
        // value it scans to the next terminator.
        bare = true;
        ++i;
        continue;
      }
      std::string_view delim = b.compare(i, 3, c == '"' ? "\"\"\"" : "'''") == 0 ? b.substr(i, 3) : b.substr(i, 1);
      i += delim.size();
      if (size_t bad = closes(delim, c == '"'); bad != std::string_view::npos) return bad;
      before = c;
      continue;
    }
    if (c == '\n') {
      if (open.empty()) key_context = true;
      before = '\n';
    } else if (space) {
      // white space keeps `before`
    } else if (c == '=' && key_context) {
      key_context = false;
      before = c;
    } else if (c == '[' || c == '{') {
      open += c;
      if (c == '{') key_context = true;
      before = c;
    } else if (c == ']' || c == '}') {
      if (!open.empty()) open.pop_back();
      before = c;
    } else if (c == ',') {
      key_context = !open.empty() && open.back() == '{';
      before = c;
    } else if (c == '.' && key_context) {
      before = c;
    } else if (key_context) {
      before = c;  // a bare key character
    } else {
      bare = true;  // a value with no quotes: a number, a boolean, a date
      before = c;
    }
    ++i;
  }
  return std::string_view::npos;
}

struct Loaded {
  std::vector<EntityDef> entities;
  std::vector<NamePattern> patterns;
  std::unique_ptr<RE2::Set> pattern_set;  // every name pattern, parsed; compiled by the second thread
  std::vector<RelationRule> relations;
  std::unique_ptr<RelationRegexes> regexes = std::make_unique<RelationRegexes>();
  std::set<std::string> entity_ids, rule_ids;
  Defines defines;
  std::map<std::string, Origin> define_origin;
  TokenMacros macros;
  std::map<std::string, Origin> macro_origin;
  EntityParts parts;
  std::string all_bytes;
};

struct ParsedFile {
  std::string file;
  bool relations = false;
  toml::table doc;
};

// Reads and parses one rule file; false (with the error reported) when it
// cannot be read or is not valid TOML.
bool ParseFile(const std::string& file, bool relations, Reporter* rep, Loaded* l, ParsedFile* out) {
  errno = 0;
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    rep->Error(file, 0, std::string("cannot read rule file: ") + std::strerror(errno ? errno : EIO));
    return false;
  }
  std::stringstream buf;
  buf << in.rdbuf();
  std::string bytes = buf.str();
  if (bytes.size() > kMaxRuleFileBytes) {
    rep->Error(file, 0, "rule file of " + std::to_string(bytes.size()) + " bytes is over the limit of " +
                            std::to_string(kMaxRuleFileBytes >> 20) + " MiB");
    return false;
  }
  l->all_bytes += file.substr(file.find_last_of('/') + 1) + '\0' + bytes + '\0';
  if (size_t bad = text::FindInvalidUtf8(bytes); bad != std::string::npos) {
    rep->Error(file, LineAt(bytes, bad), "invalid UTF-8 at byte " + std::to_string(bad));
    return false;
  }
  // toml++ 3.3.0 reaches TOML_UNREACHABLE (undefined behaviour in a release
  // build) when it tests most characters in U+00A1-U+049A for white space,
  // e.g. the two-byte file "\xc2\xaa" (marzer/tomlplusplus#190). It tests
  // only where white space may stand: outside strings and comments, where
  // TOML allows no non-ASCII anyway, and after a line-ending backslash in a
  // """string""". Refusing non-ASCII there first keeps it off that path.
  if (size_t bad = NonAsciiOutsideStrings(bytes); bad != std::string::npos) {
    rep->Error(file, LineAt(bytes, bad),
               "non-ASCII character at byte " + std::to_string(bad) +
                   " outside a string or comment, or right after a backslash");
    return false;
  }
  try {
    out->doc = toml::parse(bytes, file);
  } catch (const toml::parse_error& e) {
    rep->Error(file, static_cast<int>(e.source().begin.line), std::string(e.description()));
    return false;
  }
  out->file = file;
  out->relations = relations;
  return true;
}

// A define is a regex string, or a list of alternatives written one per
// line (a word list stays readable): ["also", "then"] is "also|then".
bool DefineText(const toml::node& v, std::string* out) {
  if (v.is_string()) {
    *out = *v.value<std::string>();
    return true;
  }
  const toml::array* arr = v.as_array();
  if (!arr || arr->empty()) return false;
  out->clear();
  for (const auto& item : *arr) {
    if (!item.is_string()) return false;
    if (!out->empty()) *out += '|';
    *out += *item.value<std::string>();
  }
  return true;
}

// Collects a relation file's [define] table; names are global across files.
void CollectDefines(const ParsedFile& f, Reporter* rep, Loaded* l) {
  const toml::node* n = f.doc.get("define");
  if (!n) return;
  const toml::table* t = n->as_table();
  if (!t) return rep->Error(f.file, LineOf(*n), "[define] must be a table of name = 'pattern'");
  for (const auto& [k, v] : *t) {
    std::string name(k.str());
    std::string text;
    if (!DefineText(v, &text)) {
      rep->Error(f.file, LineOf(v), "define '" + name + "' must be a string or a list of strings");
      continue;
    }
    auto [it, fresh] = l->define_origin.emplace(name, Origin{f.file, LineOf(v)});
    if (!fresh) {
      rep->Error(f.file, LineOf(v), "define '" + name + "' already defined at " + it->second.file + ":" +
                                        std::to_string(it->second.line));
      continue;
    }
    l->defines[name] = std::move(text);
  }
}

// Collects a relation file's [macros] (pieces of token pattern; a key
// "NAME(a, b)" takes arguments, used as $a and $b) and [classes] (word
// lists). Names are global across files and packs.
void CollectMacros(const ParsedFile& f, Reporter* rep, Loaded* l) {
  auto claim = [&](const std::string& name, const toml::node& v) {
    auto [it, fresh] = l->macro_origin.emplace(name, Origin{f.file, LineOf(v)});
    if (!fresh) {
      rep->Error(f.file, LineOf(v), "macro or class '" + name + "' already defined at " + it->second.file + ":" +
                                        std::to_string(it->second.line));
    }
    return fresh;
  };
  if (const toml::node* n = f.doc.get("macros")) {
    const toml::table* t = n->as_table();
    if (!t) return rep->Error(f.file, LineOf(*n), "[macros] must be a table of NAME = 'token pattern'");
    for (const auto& [k, v] : *t) {
      std::string key(k.str()), name = key;
      std::vector<std::string> params;
      if (size_t open = key.find('('); open != std::string::npos) {
        name = key.substr(0, open);
        size_t close = key.find(')', open);
        if (close == std::string::npos) {
          rep->Error(f.file, LineOf(v), "macro '" + key + "': unclosed '('");
          continue;
        }
        std::string list = key.substr(open + 1, close - open - 1);
        for (size_t b = 0; b <= list.size();) {
          size_t comma = list.find(',', b);
          if (comma == std::string::npos) comma = list.size();
          std::string p = list.substr(b, comma - b);
          p.erase(0, p.find_first_not_of(' '));
          p.erase(p.find_last_not_of(' ') + 1);
          if (!p.empty()) params.push_back(p);
          b = comma + 1;
        }
      }
      if (!v.is_string()) {
        rep->Error(f.file, LineOf(v), "macro '" + name + "' must be a string");
        continue;
      }
      if (!claim(name, v)) continue;
      l->macros.macros[name] = *v.value<std::string>();
      l->macros.expansions.clear();
      if (!params.empty()) l->macros.params[name] = params;
    }
  }
  if (const toml::node* n = f.doc.get("classes")) {
    const toml::table* t = n->as_table();
    if (!t) return rep->Error(f.file, LineOf(*n), "[classes] must be a table of NAME = [\"word\", ...]");
    for (const auto& [k, v] : *t) {
      std::string name(k.str());
      std::vector<std::string> words;
      const toml::array* arr = v.as_array();
      bool ok = arr && !arr->empty();
      if (ok) {
        for (const auto& item : *arr) {
          if (!item.is_string()) ok = false;
          else words.push_back(*item.value<std::string>());
        }
      }
      if (!ok) {
        rep->Error(f.file, LineOf(v), "class '" + name + "' must be a list of words");
        continue;
      }
      if (claim(name, v)) {
        l->macros.classes[name] = std::move(words);
        l->macros.expansions.clear();
      }
    }
  }
}

void LoadEntries(const ParsedFile& f, Reporter* rep, Loaded* l) {
  const std::string& file = f.file;
  CheckKeys(f.doc, f.relations ? std::set<std::string>{"rule", "define", "macros", "classes", "tables"} : std::set<std::string>{"entity", "pattern", "parts"},
            file, rep);
  auto each = [&](const char* key, auto fn) {
    const toml::node* n = f.doc.get(key);
    if (!n) return;
    const toml::array* arr = n->as_array();
    if (!arr) return rep->Error(file, LineOf(*n), std::string("use [[") + key + "]] tables");
    for (const auto& v : *arr) {
      if (const toml::table* t = v.as_table()) fn(*t);
      else rep->Error(file, LineOf(v), std::string("each ") + key + " must be a table");
    }
  };
  if (const toml::node* n = f.doc.get("parts")) {
    const toml::table* t = n->as_table();
    if (!t) {
      rep->Error(file, LineOf(*n), "[parts] must be a table of word lists");
    } else {
      CheckKeys(*t, {"roles", "role_modifiers", "body_heads", "part_heads", "group_words", "faction_words", "sitting_words",
                     "document_heads"},
                file, rep);
      auto add = [&](const char* key, std::vector<std::string>* out) {
        for (auto& w : StringList(*t, key, file, rep)) out->push_back(text::Lower(w));
      };
      add("roles", &l->parts.roles);
      add("role_modifiers", &l->parts.role_modifiers);
      add("body_heads", &l->parts.body_heads);
      add("part_heads", &l->parts.part_heads);
      add("group_words", &l->parts.group_words);
      add("faction_words", &l->parts.faction_words);
      add("sitting_words", &l->parts.sitting_words);
      add("document_heads", &l->parts.document_heads);
    }
  }
  if (const toml::node* n = f.doc.get("tables")) {
    const toml::table* t = n->as_table();
    if (!t) {
      rep->Error(file, LineOf(*n), "[tables] must be a table of word lists");
    } else {
      CheckKeys(*t, {"held", "member-of"}, file, rep);
      for (auto& w : StringList(*t, "held", file, rep)) l->parts.held_columns.push_back(text::Lower(w));
      for (auto& w : StringList(*t, "member-of", file, rep)) l->parts.member_columns.push_back(text::Lower(w));
    }
  }
  each("entity", [&](const toml::table& t) { LoadEntity(t, file, rep, &l->entity_ids, &l->entities); });
  each("pattern", [&](const toml::table& t) { LoadNamePattern(t, file, rep, &l->patterns, &l->pattern_set); });
  each("rule", [&](const toml::table& t) {
    LoadRelationRule(t, file, l->defines, l->macros, rep, &l->rule_ids, l->regexes.get(), &l->relations);
  });
}

// A name may stand for one entity only: otherwise which one a mention means
// would depend on file order.
// Names that differ only in case collide too: the matcher also tries a
// name capitalised and (for persons) in capitals, so "KOBA" of one entity
// and "Koba" of another would send a mention to whichever is listed first.
void CheckSharedNames(const std::vector<EntityDef>& entities, Reporter* rep) {
  std::map<std::string, const EntityDef*> owner;
  std::map<std::string, std::pair<std::string, const EntityDef*>> folded_owner;
  size_t names = 0;
  for (const auto& e : entities) {
    std::set<std::string> own = {e.label};
    own.insert(e.aliases.begin(), e.aliases.end());
    names += own.size();
    if (names > kMaxEntityNames && names - own.size() <= kMaxEntityNames) {
      rep->Error(e.origin.file, e.origin.line,
                 "more than " + std::to_string(kMaxEntityNames) + " entity names in all; split the gazetteer");
    }
    for (const auto& n : own) {
      auto [it, fresh] = owner.emplace(n, &e);
      if (!fresh) {
        rep->Error(e.origin.file, e.origin.line,
                   "name '" + n + "' of '" + e.id + "' already names '" + it->second->id + "' (" +
                       it->second->origin.file + ":" + std::to_string(it->second->origin.line) + ")");
        continue;
      }
      auto [fit, ffresh] = folded_owner.emplace(text::Lower(n), std::make_pair(n, &e));
      if (!ffresh && fit->second.second != &e) {
        const EntityDef* other = fit->second.second;
        rep->Error(e.origin.file, e.origin.line,
                   "name '" + n + "' of '" + e.id + "' differs only in case from '" + fit->second.first + "' of '" +
                       other->id + "' (" + other->origin.file + ":" + std::to_string(other->origin.line) + ")");
      }
    }
  }
}

// Bounds over all rules together (see rule_loader.h).
void CheckRuleBounds(const std::vector<RelationRule>& rules, Reporter* rep) {
  size_t regex_bytes = 0;
  for (size_t i = 0; i < rules.size(); ++i) {
    const auto& r = rules[i];
    if (i == kMaxRelationRules) {
      rep->Error(r.origin.file, r.origin.line, "more than " + std::to_string(kMaxRelationRules) + " relation rules");
    }
    size_t before = regex_bytes;
    if (r.regex) regex_bytes += r.regex->pattern().size();
    if (regex_bytes > kMaxAllRulesRegexBytes && before <= kMaxAllRulesRegexBytes) {
      rep->Error(r.origin.file, r.origin.line,
                 "the rules up to '" + r.id + "' expand to more than " + std::to_string(kMaxAllRulesRegexBytes >> 20) +
                     " MiB of regex in all");
    }
  }
}

}  // namespace

namespace {

bool IsPack(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "entities", ec) || fs::is_directory(dir / "relations", ec);
}

// The packs a --rules directory stands for: itself when it holds entities/
// or relations/, else each subdirectory that does, in name order.
std::vector<fs::path> PacksOf(const fs::path& dir) {
  if (IsPack(dir)) return {dir};
  std::vector<fs::path> packs;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_directory(ec) && IsPack(it->path())) packs.push_back(it->path());
  }
  std::sort(packs.begin(), packs.end());
  return packs;
}

}  // namespace

Status LoadRuleSet(const std::string& dir, std::shared_ptr<const RuleSet>* out,
                   std::vector<std::string>* errors) {
  return LoadRuleSet(std::vector<std::string>{dir}, out, errors);
}

Status LoadRuleSet(const std::vector<std::string>& dirs, std::shared_ptr<const RuleSet>* out,
                   std::vector<std::string>* errors) {
  Reporter rep(errors);
  std::vector<std::string> entity_files, relation_files;
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return Status::Error(dir + ": rules directory not found");
    auto packs = PacksOf(dir);
    if (packs.empty()) return Status::Error(dir + ": no entities/ or relations/ folder, here or one level down");
    for (const auto& pack : packs) {
      for (auto& f : TomlFiles(pack / "entities", &rep)) entity_files.push_back(std::move(f));
      for (auto& f : TomlFiles(pack / "relations", &rep)) relation_files.push_back(std::move(f));
    }
  }
  if (entity_files.empty()) return Status::Error(dirs.front() + ": no entities/*.toml rule file");
  Loaded l;
  std::vector<ParsedFile> parsed;
  for (const auto* files : {&entity_files, &relation_files}) {
    for (const auto& f : *files) {
      ParsedFile p;
      if (ParseFile(f, files == &relation_files, &rep, &l, &p)) parsed.push_back(std::move(p));
    }
  }
  // The lexicon is loaded only when a rule reads tokens; it does not depend
  // on the rules, so it loads on a second thread while they compile.
  bool token_rules = std::any_of(parsed.begin(), parsed.end(), [](const ParsedFile& p) {
    const toml::array* rules = p.relations ? p.doc["rule"].as_array() : nullptr;
    if (!rules) return false;
    return std::any_of(rules->begin(), rules->end(), [](const toml::node& r) {
      return r.as_table() && r.as_table()->contains("tokens");
    });
  });
  // Entities and name patterns first (their files come first); the second
  // thread then also compiles the name patterns into one set (for the
  // entity matcher) while the relation rules compile here.
  for (const auto& p : parsed) {
    if (!p.relations) LoadEntries(p, &rep, &l);
  }
  std::vector<const LazyRegex*> pattern_regexes;
  for (const auto& p : l.patterns) pattern_regexes.push_back(p.regex.get());
  // A pattern that failed to parse fails the load: no set to compile.
  if (rep.count() > 0) l.pattern_set.reset();
  using Background = std::tuple<Status, std::shared_ptr<const text::Lexicon>, std::unique_ptr<RE2::Set>>;
  std::future<Background> background = std::async(std::launch::async, [token_rules, pattern_regexes,
                                                                       set = std::move(l.pattern_set)]() mutable {
    // A set RE2 cannot compile (beyond its memory budget) is dropped, and
    // each pattern is compiled alone, so that one RE2 refuses is reported
    // below with its file and line. (Compiling them all costs a tenth of
    // start-up; a pattern too large alone makes the set too large too.)
    if (set && !set->Compile()) {
      set.reset();
      for (const LazyRegex* regex : pattern_regexes) regex->Get();
    }
    std::shared_ptr<const text::Lexicon> lex;
    Status s;
    if (token_rules) s = text::Lexicon::Load(text::LexiconPaths::Default(), &lex);
    return Background(s, lex, std::move(set));
  });
  // Defines first, so a rule may use a define from any relation file.
  for (const auto& p : parsed) {
    if (p.relations) CollectDefines(p, &rep, &l);
    if (p.relations) CollectMacros(p, &rep, &l);
  }
  for (const auto& p : parsed) {
    if (p.relations) LoadEntries(p, &rep, &l);
  }
  CheckSharedNames(l.entities, &rep);
  CheckRuleBounds(l.relations, &rep);
  auto [lexicon_status, lexicon, name_pattern_set] = background.get();
  for (const auto& p : l.patterns) {
    if (p.regex->compiled() && !p.regex->Get().ok()) {
      rep.Error(p.origin.file, p.origin.line, "invalid regex in '" + p.id + "': " + p.regex->Get().error());
    }
  }
  if (rep.count() > 0) {
    return Status::Error(errors->front() + (rep.count() > 1 ? " (and " + std::to_string(rep.count() - 1) + " more)" : ""));
  }
  if (!lexicon_status.ok()) return lexicon_status;
  if (auto it = l.macros.classes.find("CLAIM"); it != l.macros.classes.end()) {
    l.parts.claim_verbs.insert(it->second.begin(), it->second.end());
  }
  l.parts.Prepare();
  l.regexes->Compile();
  *out = std::make_shared<const RuleSet>(std::move(l.entities), std::move(l.patterns),
                                         std::move(l.relations), text::Sha256Hex(l.all_bytes), std::move(lexicon),
                                         std::move(l.parts), std::move(l.regexes), std::move(name_pattern_set));
  return Status();
}

std::vector<std::string> RefusedRules(const RuleSet& rules) {
  std::vector<std::string> out;
  for (const auto& p : rules.name_patterns()) {
    if (!p.regex || !p.regex->compiled() || p.regex->Get().ok()) continue;
    out.push_back(p.origin.file + ":" + std::to_string(p.origin.line) + ": name pattern '" + p.id +
                  "' cannot be compiled by RE2 (" + p.regex->Get().error() + "): it matched nothing");
  }
  for (const auto& r : rules.relation_rules()) {
    if (!r.regex || !r.regex->compiled() || r.regex->Get().ok()) continue;
    out.push_back(r.origin.file + ":" + std::to_string(r.origin.line) + ": rule '" + r.id +
                  "' cannot be compiled by RE2 (" + r.regex->Get().error() + "): it matched nothing");
  }
  return out;
}

std::vector<std::string> CompileEveryRule(const RuleSet& rules) {
  for (const auto& p : rules.name_patterns()) {
    if (p.regex) p.regex->Get();
  }
  for (const auto& r : rules.relation_rules()) {
    if (r.regex) r.regex->Get();
  }
  return RefusedRules(rules);
}

}  // namespace apparat::rules

// apparat rules check | test [--rules DIR] [--rule ID]
#include <algorithm>
#include <cctype>
#include <iostream>

#include "cli/commands.h"
#include "extract/extractor.h"
#include "rules/rule_loader.h"
#include "text/tokens.h"

namespace apparat::cli {

namespace {

// Ids compared as slugs: an inline name "head of the Red Army" is the post
// a rule builds, "head-of-the-red-army".
std::string Key(std::string_view id) { return text::Slug(id); }

bool HasEdge(const extract::DocumentFacts& f, const std::string& s, const std::vector<std::string>& rels,
             const std::string& o) {
  for (const auto& x : f.facts) {
    if (std::find(rels.begin(), rels.end(), x.relation) == rels.end()) continue;
    if (Key(x.subject) == Key(s) && Key(x.object) == Key(o)) return true;
    if (rules::IsSymmetric(x.relation) && Key(x.subject) == Key(o) && Key(x.object) == Key(s)) return true;
  }
  return false;
}

bool HasRelation(const extract::DocumentFacts& f, const std::string& rel) {
  for (const auto& x : f.facts) {
    if (x.relation == rel) return true;
  }
  return false;
}

// Collects what explain would print, for a failing example's reasons.
class CollectTrace : public extract::TraceSink {
 public:
  void Note(const std::string& line) override { lines.push_back(line); }
  std::vector<std::string> lines;
};

extract::DocumentFacts ExtractText(const extract::Extractor& ex, const std::string& text,
                                   extract::TraceSink* trace = nullptr) {
  InlineExample parsed = ParseInline(text);
  text::Document doc;
  doc.name = doc.path = "example";
  doc.bytes = parsed.text;
  return parsed.marked ? ex.ExtractWithMentions(doc, parsed.mentions, trace) : ex.Extract(doc, trace);
}

// Why an example did not give (or gave) its edge: the edges it gave, and
// what the rule itself did: matched and was vetoed or blocked, fired with
// other ends, or never matched (then the sentence's tokens, to compare with
// the pattern).
void ExplainExample(const extract::Extractor& ex, const rules::RelationRule& r, const std::string& text) {
  CollectTrace trace;
  auto facts = ExtractText(ex, text, &trace);
  std::string edges;
  for (const auto& f : facts.facts) {
    edges += (edges.empty() ? "" : "; ") + f.subject + " " + f.relation + " " + f.object + " (" + f.evidence.rule + ")";
  }
  std::cout << "    edges: " << (edges.empty() ? "none" : edges) << "\n";
  bool said = false;
  for (const auto& line : trace.lines) {
    if (line.find(" " + r.id + ":") == std::string::npos && line.find("muted") == std::string::npos) continue;
    std::cout << "    " << line.substr(line.find_first_not_of(' ')) << "\n";
    said = true;
  }
  if (said) return;
  std::cout << "    rule " << r.id << " did not fire: its pattern did not match, or the sentence names no entity of the"
            << " types " << r.relation << " takes at each end; the sentence as rules read it:\n";
  for (const auto& line : trace.lines) {
    if (line.find("tokens:") != std::string::npos) std::cout << "    " << line.substr(line.find_first_not_of(' ')) << "\n";
  }
}

std::string Where(const rules::RelationRule& r) { return r.origin.file + ":" + std::to_string(r.origin.line); }

// Resolves an example's entity name, or reports it.
std::string ResolveOrReport(const rules::RuleSet& rs, const rules::RelationRule& r, const std::string& name,
                            int* failed) {
  if (const auto* e = rs.ResolveName(name)) return e->id;
  std::cout << "FAIL " << Where(r) << ": rule " << r.id << ": example names unknown entity '" << name << "'\n";
  ++*failed;
  return "";
}

// A rule named by --rule: its id, or every rule whose id starts with the
// given text and a dot ("opposed" tests opposed.verb, opposed.noun, ...).
bool Selected(const rules::RelationRule& r, const std::vector<std::string>& only) {
  if (only.empty()) return true;
  return std::any_of(only.begin(), only.end(), [&](const std::string& id) {
    return r.id == id || (r.id.size() > id.size() && r.id.compare(0, id.size(), id) == 0 && r.id[id.size()] == '.');
  });
}

int RunTest(const std::vector<std::string>& dir, const std::vector<std::string>& only) {
  auto rs = LoadRulesOrReport(dir);
  if (!rs) return kBadInput;
  extract::Extractor ex(rs);
  int passed = 0, failed = 0, tested = 0;
  for (const auto& r : rs->relation_rules()) {
    if (!Selected(r, only)) continue;
    ++tested;
    for (const auto& e : r.examples) {
      bool marked = ParseInline(e.text).marked;
      std::string s = marked ? InlineId(e.subject) : ResolveOrReport(*rs, r, e.subject, &failed);
      std::string o = marked ? InlineId(e.object) : ResolveOrReport(*rs, r, e.object, &failed);
      if (s.empty() || o.empty()) continue;
      std::vector<std::string> rels = {r.relation};
      if (!r.persons_as.empty()) rels.push_back(r.persons_as);
      if (HasEdge(ExtractText(ex, e.text), s, rels, o)) {
        ++passed;
      } else {
        ++failed;
        std::cout << "FAIL " << Where(r) << ": rule " << r.id << ": expected " << s << " " << r.relation << " "
                  << o << " from: " << e.text << "\n";
        ExplainExample(ex, r, e.text);
      }
    }
    for (const auto& text : r.counter_examples) {
      // A rule of no relation: no relation of any kind.
      auto facts = ExtractText(ex, text);
      bool found = r.mutes ? !facts.facts.empty() : HasRelation(facts, r.relation);
      if (!found) {
        ++passed;
      } else {
        ++failed;
        std::cout << "FAIL " << Where(r) << ": rule " << r.id << ": expected no " << (r.mutes ? "" : r.relation + " ")
                  << "edge from: " << text << "\n";
        ExplainExample(ex, r, text);
      }
    }
  }
  if (!only.empty() && tested == 0) {
    std::cerr << "apparat: no relation rule is called " << only.front()
              << " (give a rule id, or the start of ids before a dot: \"opposed\")\n";
    return kBadInput;
  }
  if (!only.empty()) std::cout << "rules tested: " << tested << "\n";
  std::cout << "rules: " << passed << " passed, " << failed << " failed\n";
  return failed ? kBadInput : kOk;
}

int RunCheck(const std::vector<std::string>& dir) {
  auto rs = LoadRulesOrReport(dir);
  if (!rs) return kBadInput;
  // A build compiles a rule when a sentence first needs it; the check
  // compiles every one.
  auto refused = rules::CompileEveryRule(*rs);
  for (const auto& e : refused) std::cerr << "apparat: " << e << "\n";
  if (!refused.empty()) return kBadInput;
  std::cout << "rules ok: " << rs->entities().size() << " entities, " << rs->name_patterns().size()
            << " name patterns, " << rs->relation_rules().size() << " relation rules (digest "
            << rs->digest().substr(0, 12) << ")\n";
  return kOk;
}

}  // namespace

void RegisterRules(CLI::App& app, int* exit_code) {
  auto dir = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand("rules", "Check or test the rule files.");
  cmd->require_subcommand(1);
  CLI::App* check = cmd->add_subcommand("check", "Load and validate every rule; report errors as file:line: message.");
  check->add_option("--rules", *dir, "Rules directory or pack; repeat for several (default: ./rules or the shipped rules)");
  check->callback([dir, exit_code] { *exit_code = RunCheck(*dir); });
  CLI::App* test = cmd->add_subcommand("test", "Run every rule's examples and counter_examples; a failure says why.");
  test->add_option("--rules", *dir, "Rules directory or pack; repeat for several (default: ./rules or the shipped rules)");
  auto only = std::make_shared<std::vector<std::string>>();
  test->add_option("--rule", *only, "Test only this rule (its id, or the start of ids before a dot: opposed); repeat for several");
  test->callback([dir, only, exit_code] { *exit_code = RunTest(*dir, *only); });
}

}  // namespace apparat::cli

// apparat rules check | test [--rules DIR]
#include <algorithm>
#include <cctype>
#include <iostream>

#include "cli/commands.h"
#include "extract/extractor.h"
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

extract::DocumentFacts ExtractText(const extract::Extractor& ex, const std::string& text) {
  InlineExample parsed = ParseInline(text);
  text::Document doc;
  doc.name = doc.path = "example";
  doc.bytes = parsed.text;
  return parsed.marked ? ex.ExtractWithMentions(doc, parsed.mentions) : ex.Extract(doc);
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

int RunTest(const std::vector<std::string>& dir) {
  auto rs = LoadRulesOrReport(dir);
  if (!rs) return kBadInput;
  extract::Extractor ex(rs);
  int passed = 0, failed = 0;
  for (const auto& r : rs->relation_rules()) {
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
      }
    }
  }
  std::cout << "rules: " << passed << " passed, " << failed << " failed\n";
  return failed ? kBadInput : kOk;
}

int RunCheck(const std::vector<std::string>& dir) {
  auto rs = LoadRulesOrReport(dir);
  if (!rs) return kBadInput;
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
  CLI::App* test = cmd->add_subcommand("test", "Run every rule's examples and counter_examples.");
  test->add_option("--rules", *dir, "Rules directory or pack; repeat for several (default: ./rules or the shipped rules)");
  test->callback([dir, exit_code] { *exit_code = RunTest(*dir); });
}

}  // namespace apparat::cli

// Rule loading: one or more rules directories -> one compiled RuleSet.
//
// A rule pack is a directory holding `entities/*.toml` and/or
// `relations/*.toml` (the grammar of English relations in one pack, a
// period's gazetteer in another). Each directory given is a pack, or a
// folder whose subdirectories are packs (`rules/` holds `grammar/` and
// `period-1917-1928/`). Every file of every pack is read (packs in the
// order given, files sorted by path), each entry validated and each pattern
// compiled with RE2. Names (entity ids, rule ids, macros) are global across
// packs, so a name defined twice is an error.
// Every problem is reported, not only the first, as "file:line: message";
// on any error no RuleSet is produced.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "rules/rule_set.h"

namespace apparat::rules {

// Memory budget handed to RE2 for each compiled pattern: a pathological
// pattern fails to compile with a clear message instead of a blow-up.
constexpr int64_t kRegexMaxMem = 16 << 20;

// Bounds on what rule files may ask for, checked at load with an error
// naming the file: the size of one file, the number of relation rules and
// entity names, and the regex all rules expand to together (one rule's
// expansion is bounded by kMaxExpandedBytes and kMaxCompiledBytes).
constexpr size_t kMaxRuleFileBytes = size_t{16} << 20;
constexpr size_t kMaxRelationRules = 100000;
constexpr size_t kMaxEntityNames = 1000000;
constexpr size_t kMaxAllRulesRegexBytes = size_t{64} << 20;

// On success *out holds the rule set and `errors` is empty. On failure
// `errors` lists every problem and the returned Status summarises them.
Status LoadRuleSet(const std::vector<std::string>& dirs, std::shared_ptr<const RuleSet>* out,
                   std::vector<std::string>* errors);
Status LoadRuleSet(const std::string& dir, std::shared_ptr<const RuleSet>* out,
                   std::vector<std::string>* errors);

// A token rule's regex is compiled by RE2 when a sentence first needs it
// (LazyRegex). Its pattern was checked at load; RE2 can still refuse a
// program beyond its memory budget, and then the rule matches nothing.
// RefusedRules lists, "file:line: ...", each rule (or name pattern) RE2
// has refused so far (a build reports them); CompileEveryRule first
// compiles every rule and name pattern (what `apparat rules check` does).
std::vector<std::string> RefusedRules(const RuleSet& rules);
std::vector<std::string> CompileEveryRule(const RuleSet& rules);

}  // namespace apparat::rules

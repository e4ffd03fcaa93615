// Rule loading: a rules directory -> one compiled RuleSet.
//
// Reads every `entities/*.toml` and `relations/*.toml` under the directory
// (sorted by path), validates each entry and compiles its regex with RE2.
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

// On success *out holds the rule set and `errors` is empty. On failure
// `errors` lists every problem and the returned Status summarises them.
Status LoadRuleSet(const std::string& dir, std::shared_ptr<const RuleSet>* out,
                   std::vector<std::string>* errors);

}  // namespace apparat::rules

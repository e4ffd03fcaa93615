#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "rules/rule_loader.h"

namespace apparat::cli {

std::string DefaultRulesDir() {
  std::error_code ec;
  if (std::filesystem::is_directory("rules/grammar", ec)) return "rules";
  return APPARAT_DEFAULT_RULES;
}

std::shared_ptr<const rules::RuleSet> LoadRulesOrReport(const std::vector<std::string>& dirs) {
  std::shared_ptr<const rules::RuleSet> rs;
  std::vector<std::string> errors;
  Status s = rules::LoadRuleSet(dirs.empty() ? std::vector<std::string>{DefaultRulesDir()} : dirs, &rs, &errors);
  if (!s.ok()) {
    if (errors.empty()) errors.push_back(s.message());
    for (const auto& e : errors) std::cerr << "apparat: " << e << "\n";
    return nullptr;
  }
  return rs;
}

}  // namespace apparat::cli

// libFuzzer target: one rule file through the rule loader.
//
// The first byte chooses where the rest goes: even, an entities file (the
// only file of the pack); odd, a relations file beside a one-entity
// entities file. The loader must return errors as values: no crash, no
// sanitizer finding, no unbounded time or memory (libFuzzer's -timeout and
// -rss_limit_mb catch those).
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "rules/rule_loader.h"

namespace fs = std::filesystem;

namespace {

fs::path PackDir() {
  static const fs::path dir = [] {
    fs::path d = fs::temp_directory_path() / ("apparat-fuzz-rules-" + std::to_string(::getpid()));
    fs::create_directories(d / "entities");
    fs::create_directories(d / "relations");
    return d;
  }();
  return dir;
}

void Write(const fs::path& p, const char* data, size_t size) {
  std::ofstream(p, std::ios::binary | std::ios::trunc).write(data, static_cast<std::streamsize>(size));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const fs::path dir = PackDir();
  const char* body = reinterpret_cast<const char*>(data + 1);
  std::error_code ec;
  fs::remove(dir / "relations" / "fuzz.toml", ec);
  if (data[0] % 2 == 0) {
    Write(dir / "entities" / "fuzz.toml", body, size - 1);
  } else {
    static const char kEntity[] = "[[entity]]\nid = \"lenin\"\ntype = \"person\"\nlabel = \"Lenin\"\n";
    Write(dir / "entities" / "fuzz.toml", kEntity, sizeof kEntity - 1);
    Write(dir / "relations" / "fuzz.toml", body, size - 1);
  }
  std::shared_ptr<const apparat::rules::RuleSet> rules;
  std::vector<std::string> errors;
  apparat::Status s = apparat::rules::LoadRuleSet(dir.string(), &rules, &errors);
  // Contract: success and errors exclude each other; every error is one line.
  if (s.ok() != errors.empty() || s.ok() != (rules != nullptr)) __builtin_trap();
  for (const auto& e : errors) {
    if (e.find('\n') != std::string::npos) __builtin_trap();
  }
  return 0;
}

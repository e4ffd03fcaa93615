// Helpers shared by the unit tests: temporary directories and small rule
// sets written on the fly.
#pragma once

#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "rules/rule_loader.h"

namespace apparat::testing {

class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("apparat-test-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string path() const { return path_.string(); }
  std::string Write(const std::string& rel, const std::string& contents) const {
    auto p = path_ / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << contents;
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

// A small entity list used by the extraction tests.
inline const char* kTestEntities = R"(
[[entity]]
id = "lenin"
type = "person"
label = "Lenin"
aliases = ["V. I. Lenin", "N. Lenin"]

[[entity]]
id = "stalin"
type = "person"
label = "Stalin"
aliases = ["J. V. Stalin", "Staling"]

[[entity]]
id = "trotsky"
type = "person"
label = "Trotsky"
aliases = ["L. D. Trotsky", "Trotski"]

[[entity]]
id = "kamenev"
type = "person"
label = "Kamenev"

[[entity]]
id = "sergo"
type = "person"
label = "Sergo"

[[entity]]
id = "kavtaradze"
type = "person"
label = "Kavtaradze"

[[entity]]
id = "bukharin"
type = "person"
label = "Bukharin"

[[entity]]
id = "politburo"
type = "body"
label = "Politburo"
aliases = ["Political Bureau", "politburo"]

[[entity]]
id = "rabkrin"
type = "body"
label = "Rabkrin"
aliases = ["Workers' and Peasants' Inspection"]

[[entity]]
id = "workers-opposition"
type = "body"
label = "Workers' Opposition"

[[entity]]
id = "monopoly"
type = "issue"
label = "monopoly of foreign trade"
aliases = ["foreign trade monopoly", "the monopoly"]

[[entity]]
id = "gensec"
type = "position"
label = "General Secretary"
aliases = ["general secretary"]

[[pattern]]
id = "person.comrade"
regex = '\b[Cc]omrade (\p{Lu}\p{Ll}{2,})\b'
)";

// Writes `entities` and `relations` as a rules directory and loads it;
// null on any error.
inline std::shared_ptr<const rules::RuleSet> LoadRules(const TempDir& dir, const std::string& entities,
                                                       const std::string& relations) {
  dir.Write("rules/entities/test.toml", entities);
  dir.Write("rules/relations/test.toml", relations);
  std::shared_ptr<const rules::RuleSet> rs;
  std::vector<std::string> errors;
  Status s = rules::LoadRuleSet(dir.path() + "/rules", &rs, &errors);
  return s.ok() ? rs : nullptr;
}

// kTestEntities plus `relations`.
inline std::shared_ptr<const rules::RuleSet> LoadTestRules(const TempDir& dir, const std::string& relations) {
  return LoadRules(dir, kTestEntities, relations);
}

// Extracts the facts of `text`, read as a document named t.txt.
inline extract::DocumentFacts ExtractText(const extract::Extractor& ex, const std::string& text) {
  text::Document doc;
  doc.name = doc.path = "t.txt";
  doc.bytes = text;
  return ex.Extract(doc);
}

}  // namespace apparat::testing

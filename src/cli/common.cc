#include "cli/commands.h"

#include <filesystem>
#include <iostream>
#include <map>

#include "base/parallel.h"
#include "export/atomic_file.h"
#include "export/formats.h"
#include "rules/rule_loader.h"
#include "text/decode.h"
#include "text/tokens.h"

namespace apparat::cli {

std::string DefaultRulesDir() {
  std::error_code ec;
  if (std::filesystem::is_directory("rules/grammar", ec)) return "rules";
  return APPARAT_DEFAULT_RULES;
}

std::string InlineId(std::string_view name) { return text::Lower(name); }

InlineExample ParseInline(const std::string& src) {
  InlineExample out;
  for (size_t i = 0; i < src.size();) {
    if (src[i] == '[') {
      size_t close = src.find("](", i);
      size_t end = close == std::string::npos ? close : src.find(')', close + 2);
      size_t nl = src.find('\n', i);
      rules::EntityType type;
      if (close != std::string::npos && end != std::string::npos && (nl == std::string::npos || nl > end) &&
          (src.substr(close + 2, end - close - 2) == "pronoun" ||
           rules::ParseEntityType(src.substr(close + 2, end - close - 2), &type))) {
        bool pronoun = src.substr(close + 2, end - close - 2) == "pronoun";
        if (pronoun) type = rules::EntityType::kPerson;
        std::string name = src.substr(i + 1, close - i - 1);
        size_t start = out.text.size();
        out.text += name;
        out.mentions.push_back({start, out.text.size(), InlineId(name), type, pronoun});
        // "[his](pronoun) letter": a possessive, as ResolvePossessives marks it.
        out.mentions.back().possessive = pronoun && InlineId(name) == "his";
        out.marked = true;
        i = end + 1;
        continue;
      }
    }
    out.text += src[i++];
  }
  return out;
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
  // The rules (and their lexicon) live until the process ends: freeing
  // their few hundred thousand small objects cost a run over one page a
  // tenth of its time (100 M instructions), and the system takes the memory
  // back at once. Reachable from here, so no leak checker reports them.
  static auto* kept = new std::vector<std::shared_ptr<const rules::RuleSet>>();
  kept->push_back(rs);
  return rs;
}

void PrintGraphCounts(const graph::KnowledgeGraph& kg, const rules::RuleSet* rules,
                      const std::vector<std::string>& dirs, std::ostream& out) {
  const auto& g = kg.graph();
  std::map<std::string, int> by_type, by_rel;
  size_t listed = 0, alone = 0, evidence = 0;
  for (auto v : kg.NodesInOrder()) {
    by_type[rules::EntityTypeName(g[v].type)]++;
    if (rules && rules->FindEntity(g[v].id)) ++listed;
    if (boost::degree(v, g) == 0) ++alone;
  }
  for (auto e : kg.EdgesInOrder()) {
    by_rel[g[e].relation]++;
    evidence += g[e].evidence.size();
  }
  out << "\n  entities " << kg.node_count() << ":";
  for (const auto& [t, n] : by_type) out << "  " << t << " " << n;
  if (rules) out << "\n    " << listed << " listed in the rules, " << kg.node_count() - listed << " found in the text";
  out << "; " << alone << " without an edge";
  out << "\n  edges " << kg.edge_count() << ":";
  for (const auto& [r, n] : by_rel) out << "  " << r << " " << n;
  out << "\n    " << evidence << " evidence records";
  if (rules) {
    out << "\n  rules read from";
    for (const auto& d : dirs.empty() ? std::vector<std::string>{DefaultRulesDir()} : dirs) out << " " << d;
    out << " (" << rules->relation_rules().size() << " relation rules, " << rules->entities().size() << " entities)";
  }
}

void AddEncodingOption(CLI::App* cmd, std::string* encoding) {
  cmd->add_option("--encoding", *encoding,
                  "Encoding of plain text sources that are not UTF-8: latin1, cp1252, koi8-r, ... (`iconv -l`); "
                  "evidence still points at the file's bytes");
}

bool CheckEncodingOrReport(const std::string& encoding) {
  if (encoding.empty()) return true;
  Status s = text::CheckEncoding(encoding);
  if (s.ok()) return true;
  std::cerr << "apparat: --encoding: " << s.message() << "\n";
  return false;
}

bool WriteFormatsOrReport(const graph::KnowledgeGraph& kg, const exporter::BuildInfo& info,
                          const std::vector<std::string>& formats, const std::string& out_dir,
                          std::vector<std::string>* written, int jobs) {
  const exporter::FormatWriter writer(kg, info);
  // One set of temporaries per format, so formats can be written side by
  // side; none is renamed into place until every one was written.
  std::vector<exporter::AtomicFileSet> files(formats.size());
  std::vector<Status> status(formats.size());
  std::vector<std::vector<std::string>> paths(formats.size());
  auto write_one = [&](size_t k) {
    const std::string& f = formats[k];
    std::string file = exporter::FindFormat(f)->file;
    if (file.back() != '/') {
      // One file, written as it is made: never whole in memory for the
      // formats that grow with the evidence.
      std::string path = (std::filesystem::path(out_dir) / file).string();
      status[k] = files[k].AddStreamed(path, [&](const exporter::ByteSink& put) { return writer.WriteTo(f, put); });
      paths[k].push_back(path);
      return;
    }
    std::vector<std::pair<std::string, std::string>> made;
    status[k] = writer.Files(f, &made);
    std::error_code dir_error;  // a folder that cannot be made shows in the first write
    std::filesystem::create_directories(std::filesystem::path(out_dir) / file, dir_error);
    for (auto& [name, bytes] : made) {
      if (!status[k].ok()) break;
      std::string path = (std::filesystem::path(out_dir) / name).string();
      status[k] = files[k].Add(path, bytes);
      std::string().swap(bytes);  // written: its memory goes back before the next file is made
      paths[k].push_back(path);
    }
  };
  // A writer that throws (out of memory) fails its format like any other
  // failure: reported, and no target replaced.
  RunEach(formats.size(), jobs, [&](size_t k) {
    try {
      write_one(k);
    } catch (const std::exception& e) {
      status[k] = Status::Error(formats[k] + ": cannot be written: " + e.what());
    }
  });
  Status s;
  for (size_t k = 0; k < formats.size() && s.ok(); ++k) {
    s = status[k];
    written->insert(written->end(), paths[k].begin(), paths[k].end());
  }
  if (s.ok()) s = kg.status();  // a sentence spooled to disk that could not be read back
  for (size_t k = 0; k < formats.size() && s.ok(); ++k) s = files[k].Commit();
  if (!s.ok()) std::cerr << "apparat: " << s.message() << "\n";
  return s.ok();
}

}  // namespace apparat::cli

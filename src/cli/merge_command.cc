// apparat merge [SHARDS...|-] [-o DIR] [--format LIST] [-j N]
//
// The reduce step on its own: facts shards written by `apparat extract`, in
// any number and any order, into the graph files `apparat build` writes for
// the same sources, byte for byte. `-` reads shard lines from standard
// input (a Hadoop Streaming reducer's input, docs/scale-out.md). Any
// malformed line, another format version, or shards of other rules stop the
// merge before anything is written, with "shard:line: reason".
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "cli/commands.h"
#include "export/atomic_file.h"
#include "export/facts_shard.h"
#include "export/formats.h"
#include "export/viewer.h"
#include "export/writers.h"

namespace apparat::cli {

namespace {

struct MergeArgs {
  std::vector<std::string> shards;
  std::string out_dir = "graph-out";
  std::vector<std::string> formats = exporter::DefaultFormats();
  int jobs = 0;  // threads writing the formats side by side; 0 = one per core
};

Status ReadShard(std::istream& in, const std::string& name, exporter::ShardMerger* merger) {
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    Status s = merger->AddLine(name, ++n, line);
    if (!s.ok()) return s;
  }
  if (in.bad()) return Status::Error(name + ": read error: " + std::strerror(errno));
  return Status();
}

Status ReadShardFile(const std::string& path, exporter::ShardMerger* merger) {
  std::string shown = text::DisplayPath(path);
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return Status::Error(shown + ": " + std::strerror(errno));
  // A directory or a FIFO would be "read" as nothing or block: say so.
  if (!S_ISREG(st.st_mode)) return Status::Error(shown + ": not a regular file (a shard is a file of JSON lines)");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(shown + ": cannot open: " + std::strerror(errno));
  return ReadShard(in, shown, merger);
}

int RunMerge(const MergeArgs& a) {
  std::vector<std::string> formats;
  for (const auto& f : a.formats) {
    if (!exporter::FindFormat(f)) {
      std::cerr << "apparat: unknown format '" << f << "' (" << exporter::FormatNames() << ")\n";
      return kUsage;
    }
    if (f == "html" && !exporter::ViewerAvailable()) {
      std::cerr << "apparat: format 'html': this apparat was built without the viewer (-DAPPARAT_VIEWER=OFF)\n";
      return kUsage;
    }
    if (std::find(formats.begin(), formats.end(), f) == formats.end()) formats.push_back(f);
  }
  exporter::ShardMerger merger;
  bool stdin_read = false;
  for (const auto& shard : a.shards) {
    Status s;
    if (shard == "-") {
      if (stdin_read) continue;
      stdin_read = true;
      s = ReadShard(std::cin, "stdin", &merger);
    } else {
      s = ReadShardFile(shard, &merger);
    }
    if (!s.ok()) {
      std::cerr << "apparat: " << s.message() << "\n";
      return kBadInput;
    }
  }
  graph::KnowledgeGraph kg;
  Status s = merger.Finish(&kg);
  if (!s.ok()) {
    std::cerr << "apparat: " << s.message() << "\n";
    return kBadInput;
  }
  std::error_code ec;
  std::filesystem::create_directories(a.out_dir, ec);
  if (ec) {
    std::cerr << "apparat: " << a.out_dir << ": cannot create directory: " << ec.message() << "\n";
    return kBadInput;
  }
  // The same BuildInfo a build gives: this binary's version, and the digest
  // of the rules the shards were extracted with (all alike, or the merge
  // stopped above).
  exporter::BuildInfo info{"apparat", APPARAT_VERSION, merger.rules_digest()};
  std::vector<std::string> written;
  if (!WriteFormatsOrReport(kg, info, formats, a.out_dir, &written, a.jobs)) return kBadInput;
  std::cout << "apparat merge: " << merger.documents() << (merger.documents() == 1 ? " source" : " sources") << " from "
            << a.shards.size() << (a.shards.size() == 1 ? " shard" : " shards");
  if (merger.duplicates()) std::cout << ", " << merger.duplicates() << " duplicates dropped (same bytes)";
  PrintGraphCounts(kg, nullptr, {}, std::cout);
  std::cout << "\n  wrote";
  for (const auto& w : written) std::cout << " " << w;
  std::cout << "\n";
  return kOk;
}

}  // namespace

void RegisterMerge(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<MergeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "merge", "Merge facts shards from `apparat extract` (any number, any order) into the graph files.");
  cmd->add_option("shards", args->shards, "Shard files (JSON Lines), or - to read shard lines from stdin")->required();
  cmd->add_option("-o,--out", args->out_dir, "Output directory (default: graph-out)");
  cmd->add_option("--format", args->formats,
                  "Comma-separated formats: " + exporter::FormatNames() + " (default: graphml, gexf, json, html)")
      ->delimiter(',');
  cmd->add_option("-j,--jobs", args->jobs, "Threads writing the formats side by side (default: one per core)")
      ->check(CLI::Range(0, 1024));
  cmd->callback([args, exit_code] { *exit_code = RunMerge(*args); });
}

}  // namespace apparat::cli

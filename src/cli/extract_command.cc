// apparat extract [SOURCES...|-] [-o FILE|-] [--root DIR] [--rules DIR] [--strict] [-j N]
//
// The map step on its own: each source's facts as one line of a facts shard
// (src/export/facts_shard.h, docs/formats.md), nothing merged. `-` reads
// the list of sources from standard input, one path per line, as a Hadoop
// Streaming mapper or Spark's rdd.pipe hands it over (docs/scale-out.md).
// Lines come out in source-name order whatever -j, so a shard is the same
// bytes for the same sources.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <mutex>

#include "base/parallel.h"
#include "cli/commands.h"
#include "extract/large_document.h"
#include "export/atomic_file.h"
#include "export/facts_shard.h"

namespace apparat::cli {

namespace {

namespace fs = std::filesystem;

struct ExtractArgs {
  std::vector<std::string> sources;
  std::string out = "-";
  std::string root;
  std::vector<std::string> rules_dirs;
  bool strict = false;
  int jobs = 0;
  std::string encoding;
};

// Replaces each "-" by the paths listed on standard input. The list is a
// list of paths, never a document: a mapper's input is the file names.
Status ExpandStdinList(const std::vector<std::string>& args, std::vector<std::string>* out) {
  bool read = false;
  for (const auto& a : args) {
    if (a != "-") {
      out->push_back(a);
      continue;
    }
    if (read) continue;  // stdin is read once; "- -" lists it once
    read = true;
    std::string line;
    for (size_t n = 1; std::getline(std::cin, line); ++n) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) continue;
      if (line == "-") return Status::Error("standard input:" + std::to_string(n) + ": '-' names no file in a list of sources");
      out->push_back(line);
    }
  }
  return Status();
}

// Names every source by its path under `root`, so shards extracted from
// parts of one archive name its files as one `build` of the archive would
// (relative to the directory given). Order is kept: a common prefix does
// not change how names sort.
Status NameUnderRoot(const std::string& root, std::vector<text::SourcePath>* paths) {
  std::error_code ec;
  fs::path base = fs::absolute(root, ec).lexically_normal();
  if (ec || !fs::is_directory(root, ec)) return Status::Error(text::DisplayPath(root) + ": --root is not a directory");
  if (!base.has_filename() && base.has_parent_path() && base != base.root_path()) base = base.parent_path();
  for (auto& p : *paths) {
    fs::path abs = fs::absolute(p.path, ec).lexically_normal();
    std::string rel = abs.lexically_relative(base).generic_string();
    if (rel.empty() || rel == "." || rel.rfind("..", 0) == 0) {
      return Status::Error(text::DisplayPath(p.path) + ": not under --root " + text::DisplayPath(root));
    }
    p.name = text::DisplayPath(rel);
  }
  return Status();
}

int RunExtract(const ExtractArgs& a) {
  if (!CheckEncodingOrReport(a.encoding)) return kUsage;
  auto rs = LoadRulesOrReport(a.rules_dirs);
  if (!rs) return kBadInput;
  std::vector<std::string> listed;
  Status s = ExpandStdinList(a.sources, &listed);
  if (!s.ok()) {
    std::cerr << "apparat: " << s.message() << "\n";
    return kBadInput;
  }
  std::vector<text::SourcePath> paths;
  text::CollectReport found;
  // An empty list on standard input is an empty shard: a mapper handed no
  // file has nothing to say, and saying nothing is not an error.
  if (!listed.empty()) s = text::CollectSources(listed, &paths, &found);
  for (const auto& w : found.warnings) std::cerr << "apparat: warning: " << w << "\n";
  for (const auto& w : found.skipped) std::cerr << "apparat: warning: " << w << " (skipped)\n";
  if (s.ok() && !a.root.empty()) s = NameUnderRoot(a.root, &paths);
  if (!s.ok()) {
    std::cerr << "apparat: " << s.message() << "\n";
    return kBadInput;
  }
  if (a.strict && !found.skipped.empty()) {
    std::cerr << "apparat: " << found.skipped.front() << "\n";
    return kBadInput;
  }

  extract::Extractor extractor(rs);
  const std::string& digest = rs->digest();
  const bool to_stdout = a.out == "-";
  std::string shard;  // the whole shard, when it goes to a file (written atomically)
  std::vector<std::string> lines(paths.size()), errors(paths.size());
  std::vector<char> done(paths.size(), 0);
  size_t next_out = 0, documents = 0, bytes = 0;
  std::mutex mu;
  // Lines leave in source order: each finished line waits until those
  // before it are out, so -j changes the speed and not the bytes.
  auto emit_ready = [&] {
    for (; next_out < paths.size() && done[next_out]; ++next_out) {
      if (lines[next_out].empty()) continue;
      if (to_stdout) {
        std::fwrite(lines[next_out].data(), 1, lines[next_out].size(), stdout);
      } else {
        shard += lines[next_out];
      }
      std::string().swap(lines[next_out]);
    }
  };
  const int piece_threads = ThreadsFor(a.jobs);
  auto read_source = [&](size_t i) {
    std::string line, error;
    size_t size = 0;
    try {
      text::Document doc;
      Status read = text::ReadDocument(paths[i].path, &doc, paths[i].name, {a.encoding});
      if (read.ok()) {
        line = exporter::WriteShardLine(extract::ExtractDocument(extractor, doc, piece_threads), digest) + "\n";
        size = doc.bytes.size();
      } else {
        error = read.message();
      }
    } catch (const std::exception& e) {
      error = paths[i].path + ": " + e.what();
    }
    std::lock_guard<std::mutex> lock(mu);
    if (error.empty()) {
      documents++;
      bytes += size;
    }
    errors[i] = std::move(error);
    lines[i] = std::move(line);
    done[i] = 1;
    emit_ready();
  };
  RunEach(paths.size(), a.jobs, read_source);

  std::vector<std::string> skipped;
  for (const auto& e : errors) {
    if (e.empty()) continue;
    if (a.strict) {
      std::cerr << "apparat: " << e << "\n";
      return kBadInput;
    }
    std::cerr << "apparat: warning: " << e << " (skipped)\n";
    skipped.push_back(e);
  }
  if (to_stdout) {
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
      std::cerr << "apparat: standard output: write failed\n";
      return kBadInput;
    }
  } else {
    s = exporter::WriteFileAtomically(a.out, shard);
    if (!s.ok()) {
      std::cerr << "apparat: " << s.message() << "\n";
      return kBadInput;
    }
  }
  // The summary goes to stderr: stdout may be the shard itself.
  std::cerr << "apparat extract: " << documents << (documents == 1 ? " source" : " sources") << " read (" << bytes
            << " bytes)";
  size_t n_skipped = skipped.size() + found.skipped.size();
  if (n_skipped) std::cerr << ", " << n_skipped << " skipped";
  if (found.duplicates) std::cerr << ", " << found.duplicates << " duplicates dropped";
  std::cerr << "; wrote " << (to_stdout ? "standard output" : a.out) << "\n";
  return n_skipped == 0 ? kOk : kBuiltWithSkips;
}

}  // namespace

void RegisterExtract(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Extract each source's facts as JSON Lines (a facts shard), without merging; see docs/scale-out.md.");
  cmd->add_option("sources", args->sources,
                  "Files or directories (.txt, .md, recursively), or - to read the list of paths from stdin")
      ->required();
  cmd->add_option("-o,--out", args->out, "Shard file to write, or - for stdout (default: -)");
  cmd->add_option("--root", args->root,
                  "Name sources by their path under DIR (as `apparat build DIR` names them); "
                  "give every extract of one archive the same root");
  // One directory per --rules, so "--rules A FILE" leaves FILE a source.
  cmd->add_option("--rules", args->rules_dirs, "Rules directory or pack; repeat for several (default: ./rules or the shipped rules)")
      ->allow_extra_args(false);
  cmd->add_flag("--strict", args->strict, "Fail on the first bad source instead of skipping it");
  AddEncodingOption(cmd, &args->encoding);
  cmd->add_option("-j,--jobs", args->jobs, "Worker threads (default: one per core)")->check(CLI::Range(0, 1024));
  cmd->callback([args, exit_code] { *exit_code = RunExtract(*args); });
}

}  // namespace apparat::cli

// apparat build [SOURCES...] [-o DIR] [--rules DIR] [--format LIST] [--strict] [--jobs N]
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/commands.h"
#include "cli/progress.h"
#include "export/atomic_file.h"
#include "export/formats.h"
#include "export/viewer.h"
#include "export/writers.h"
#include "graph/builder.h"
#include "rules/rule_loader.h"

namespace apparat::cli {

namespace {

struct BuildArgs {
  std::vector<std::string> sources;
  std::string out_dir = "graph-out";
  std::vector<std::string> rules_dirs;
  std::vector<std::string> formats = exporter::DefaultFormats();
  bool strict = false;
  int jobs = 0;
  std::string encoding;
  bool quiet = false;
};

void PrintSummary(const graph::KnowledgeGraph& kg, const rules::RuleSet& rules, const std::vector<std::string>& dirs,
                  const graph::BuildReport& report, const text::CollectReport& found,
                  const std::vector<std::string>& written, double seconds) {
  std::cout << "apparat build: " << report.documents_read << (report.documents_read == 1 ? " source" : " sources")
            << " read (" << report.bytes_read
            << " bytes)";
  size_t skipped = report.skipped.size() + found.skipped.size();
  if (skipped) std::cout << ", " << skipped << " skipped";
  if (found.duplicates) {
    std::cout << ", " << found.duplicates << (found.duplicates == 1 ? " duplicate" : " duplicates")
              << " dropped (same file or same bytes by another path)";
  }
  PrintGraphCounts(kg, &rules, dirs, std::cout);
  std::cout << "\n  wrote";
  for (const auto& w : written) std::cout << " " << w;
  std::ostringstream t;
  t.precision(2);
  t << std::fixed << seconds;
  std::cout << "\n  time " << t.str() << " s\n";
}

int RunBuild(const BuildArgs& a) {
  auto t0 = std::chrono::steady_clock::now();
  // Each format once, in the order first given: "--format json,json" would
  // otherwise write graph.json twice and fail on the second rename.
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
  if (!CheckEncodingOrReport(a.encoding)) return kUsage;
  auto rs = LoadRulesOrReport(a.rules_dirs);
  if (!rs) return kBadInput;
  std::vector<text::SourcePath> paths;
  text::CollectReport found;
  Status s = text::CollectSources(a.sources.empty() ? std::vector<std::string>{APPARAT_DEFAULT_CORPUS} : a.sources,
                                  &paths, &found);
  for (const auto& w : found.warnings) std::cerr << "apparat: warning: " << w << "\n";
  for (const auto& w : found.skipped) std::cerr << "apparat: warning: " << w << " (skipped)\n";
  if (!s.ok()) {
    std::cerr << "apparat: " << s.message() << "\n";
    return kBadInput;
  }
  if (a.strict && !found.skipped.empty()) {
    std::cerr << "apparat: " << found.skipped.front() << "\n";
    return kBadInput;
  }
  extract::Extractor extractor(rs);
  graph::KnowledgeGraph kg;
  graph::BuildReport report;
  uint64_t total_bytes = 0;
  for (const auto& p : paths) {
    std::error_code size_error;
    if (p.path != "-") total_bytes += std::filesystem::file_size(p.path, size_error);
  }
  ProgressLine progress(stderr, !a.quiet && ProgressLine::StderrIsTerminal(), paths.size(), total_bytes);
  graph::BuildOptions options{a.jobs, a.strict, {a.encoding}};
  options.on_progress = [&progress](uint64_t bytes, size_t files) { progress.Add(bytes, files); };
  s = graph::BuildGraph(paths, extractor, options, &kg, &report);
  progress.Finish();
  for (const auto& w : report.skipped) std::cerr << "apparat: warning: " << w << " (skipped)\n";
  // A rule RE2 refused when first needed matched nothing: the graph lacks
  // what it would have found, which a script must be able to tell too.
  auto refused = rules::RefusedRules(*rs);
  for (const auto& w : refused) std::cerr << "apparat: warning: " << w << "\n";
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
  exporter::BuildInfo info{"apparat", APPARAT_VERSION, rs->digest()};
  std::vector<std::string> written;
  if (!WriteFormatsOrReport(kg, info, formats, a.out_dir, &written, a.jobs)) return kBadInput;
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!a.quiet) PrintSummary(kg, *rs, a.rules_dirs, report, found, written, secs);
  // Built, but without every source: a script must be able to tell.
  return report.skipped.empty() && found.skipped.empty() && refused.empty() ? kOk : kBuiltWithSkips;
}

}  // namespace

void RegisterBuild(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<BuildArgs>();
  CLI::App* cmd = app.add_subcommand("build", "Read sources and write the graph (GraphML, GEXF, JSON, and the HTML viewer).");
  cmd->add_option("sources", args->sources,
                  "Files or directories (.txt, .md, recursively), or - for stdin. Default: corpus/");
  cmd->add_option("-o,--out", args->out_dir, "Output directory (default: graph-out)");
  cmd->add_option("--rules", args->rules_dirs, "Rules directory or pack; repeat for several (default: ./rules or the shipped rules)");
  cmd->add_option("--format", args->formats, "Comma-separated formats: " + exporter::FormatNames() + " (default: graphml, gexf, json, html)")
      ->delimiter(',');
  cmd->add_flag("--strict", args->strict, "Fail on the first bad source instead of skipping it");
  AddEncodingOption(cmd, &args->encoding);
  cmd->add_flag("-q,--quiet", args->quiet,
                "No progress line and no summary; warnings and errors are still printed (the progress line is "
                "shown only when stderr is a terminal)");
  cmd->add_option("-j,--jobs", args->jobs, "Worker threads (default: one per core)")->check(CLI::Range(0, 1024));
  cmd->callback([args, exit_code] { *exit_code = RunBuild(*args); });
}

}  // namespace apparat::cli

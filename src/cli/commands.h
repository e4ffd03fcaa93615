// The subcommands. Each Register* adds one subcommand to the app; its
// callback stores the process exit code in *exit_code:
//   0 ok, 1 usage error (or an ambiguous question), 2 bad input,
//   3 built, but some sources were skipped (each named on stderr).
// main.cc only parses and dispatches.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "export/writers.h"
#include "extract/extractor.h"
#include "graph/knowledge_graph.h"
#include "rules/rule_set.h"

namespace apparat::cli {

enum ExitCode { kOk = 0, kUsage = 1, kBadInput = 2, kBuiltWithSkips = 3 };

void RegisterBuild(CLI::App& app, int* exit_code);
void RegisterRules(CLI::App& app, int* exit_code);
void RegisterExplain(CLI::App& app, int* exit_code);
void RegisterQuery(CLI::App& app, int* exit_code);
void RegisterView(CLI::App& app, int* exit_code);
// The map and reduce steps as commands of their own (docs/scale-out.md).
void RegisterExtract(CLI::App& app, int* exit_code);
void RegisterMerge(CLI::App& app, int* exit_code);

// The rules directory to use when --rules is not given: ./rules if it
// exists, else the rules shipped with the source tree.
std::string DefaultRulesDir();

// Loads the rules from `dir` (or the default), printing every error as
// "apparat: file:line: message" on stderr; null on any error.
// Text with its entities marked inline, as rule examples write them:
// "[Lenin](person) opposed [the NEP](issue)". Gives the plain text and the
// marked spans; a marked entity's id is its name in lower case.
struct InlineExample {
  std::string text;
  std::vector<extract::GivenMention> mentions;
  bool marked = false;
};
InlineExample ParseInline(const std::string& src);
std::string InlineId(std::string_view name);

std::shared_ptr<const rules::RuleSet> LoadRulesOrReport(const std::vector<std::string>& dirs);

// --encoding NAME, for the commands that read sources.
void AddEncodingOption(CLI::App* cmd, std::string* encoding);
// False, after saying why on stderr, when `encoding` is given and iconv
// does not know it: caught before any source is read.
bool CheckEncodingOrReport(const std::string& encoding);

// The lines of a build's or merge's summary about the graph: entities by
// type, listed in the rules vs found in the text (discovered or built from
// parts), and how many have no edge; edges by relation; evidence records;
// the rules folders read (`dirs`, or the default). `rules` may be null
// (merge reads no rules): then entities are not split by origin.
void PrintGraphCounts(const graph::KnowledgeGraph& kg, const rules::RuleSet* rules,
                      const std::vector<std::string>& dirs, std::ostream& out);

// Writes every file of `formats` into `out_dir` as one atomic step (none
// replaced unless all were written), formats side by side on up to `jobs`
// threads (0: one per core), each thread holding one format in memory at a
// time; the paths written go to `written`, in the order of `formats`. On
// failure (a writer's exception included) prints "apparat: <message>" (the
// first failing format's) and returns false. Formats side by side hold up to
// `jobs` formats in memory at once; the ones that grow with the evidence
// (json, html, graphml, gexf) are streamed, the others are made whole.
bool WriteFormatsOrReport(const graph::KnowledgeGraph& kg, const exporter::BuildInfo& info,
                          const std::vector<std::string>& formats, const std::string& out_dir,
                          std::vector<std::string>* written, int jobs);

}  // namespace apparat::cli

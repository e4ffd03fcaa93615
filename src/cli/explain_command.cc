// apparat explain FILE [--line N] [--rules DIR]
#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "extract/extractor.h"
#include "text/utf8.h"

namespace apparat::cli {

namespace {

class StdoutTrace : public extract::TraceSink {
 public:
  // Sentences come from the source: a stray ESC must not reach the terminal.
  void Note(const std::string& line) override { std::cout << text::EscapeForTerminal(line, true) << "\n"; }
};

struct ExplainArgs {
  std::string file;
  int line = 0;
  std::vector<std::string> rules_dirs;
  bool inline_marks = false;
  std::string encoding;
};

int RunExplain(const ExplainArgs& a) {
  if (!CheckEncodingOrReport(a.encoding)) return kUsage;
  auto rs = LoadRulesOrReport(a.rules_dirs);
  if (!rs) return kBadInput;
  text::Document doc;
  Status s = text::ReadDocument(a.file, &doc, "", {a.encoding});
  if (!s.ok()) {
    std::cerr << "apparat: " << s.message() << "\n";
    return kBadInput;
  }
  int lines = 1 + static_cast<int>(std::count(doc.bytes.begin(), doc.bytes.end(), '\n'));
  // A TEI file's lines are the XML file's: the last that gives text.
  if (!doc.origin.empty() && !doc.offsets_in_file) {
    lines = 0;
    for (const auto& a : doc.origin) lines = std::max(lines, a.line);
  }
  if (a.line > lines) {
    std::cerr << "apparat: " << a.file << ": --line " << a.line << " is past the end (" << lines << " lines)\n";
    return kUsage;
  }
  extract::Extractor ex(rs);
  StdoutTrace trace;
  if (a.inline_marks) {
    // Entities marked in the text itself, as in a rule example.
    InlineExample parsed = ParseInline(doc.bytes);
    doc.bytes = parsed.text;
    ex.ExtractWithMentions(doc, parsed.mentions, &trace);
    return kOk;
  }
  auto facts = ex.Extract(doc, &trace, a.line);
  return kOk;
}

}  // namespace

void RegisterExplain(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExplainArgs>();
  CLI::App* cmd = app.add_subcommand(
      "explain", "Show, sentence by sentence, the mentions found and every rule that fired, was vetoed or blocked.");
  cmd->add_option("file", args->file, "Source file")->required();
  cmd->add_option("--line", args->line, "Only the sentence(s) spanning this line")->check(CLI::PositiveNumber);
  cmd->add_option("--rules", args->rules_dirs, "Rules directory or pack; repeat for several (default: ./rules or the shipped rules)");
  AddEncodingOption(cmd, &args->encoding);
  cmd->add_flag("--inline", args->inline_marks,
                "Entities are marked in the text as rule examples mark them: [Lenin](person)");
  cmd->callback([args, exit_code] { *exit_code = RunExplain(*args); });
}

}  // namespace apparat::cli

// apparat view [--graph FILE] [-o FILE]
//
// Writes the HTML viewer (docs/viewer.md) for a graph.json that a build
// wrote: one self-contained page with the graph inside. The graph is
// checked as `apparat query` checks it (an apparat graph of a format this
// version reads, no dangling edge ends) before it is embedded.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "export/atomic_file.h"
#include "export/viewer.h"
#include "query/graph_file.h"

namespace apparat::cli {

namespace {

struct ViewArgs {
  std::string graph = "graph-out/graph.json";
  std::string out;  // default: index.html beside the graph
};

int RunView(const ViewArgs& a) {
  if (!exporter::ViewerAvailable()) {
    std::cerr << "apparat: this apparat was built without the viewer (-DAPPARAT_VIEWER=OFF)\n";
    return kUsage;
  }
  {
    query::GraphFile check;
    Status s = check.Load(a.graph);
    if (!s.ok()) {
      std::cerr << "apparat: " << s.message() << "\n";
      return kBadInput;
    }
  }
  std::ifstream in(a.graph, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in && !in.eof()) {
    std::cerr << "apparat: " << a.graph << ": cannot read\n";
    return kBadInput;
  }
  std::string out = a.out.empty() ? (std::filesystem::path(a.graph).parent_path() / "index.html").string() : a.out;
  Status s = exporter::WriteFileAtomically(out, exporter::WriteHtml(bytes.str()));
  if (!s.ok()) {
    std::cerr << "apparat: " << s.message() << "\n";
    return kBadInput;
  }
  std::cout << "apparat view: wrote " << out << "\n";
  return kOk;
}

}  // namespace

void RegisterView(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ViewArgs>();
  CLI::App* cmd = app.add_subcommand("view", "Write the HTML viewer (index.html) for a graph.json (see docs/viewer.md).");
  cmd->add_option("--graph", args->graph, "graph.json written by apparat build (default: graph-out/graph.json)");
  cmd->add_option("-o,--out", args->out, "The page to write (default: index.html beside the graph)");
  cmd->callback([args, exit_code] { *exit_code = RunView(*args); });
}

}  // namespace apparat::cli

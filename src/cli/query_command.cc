// apparat query QUESTION — placeholder until the query stage lands.
#include <iostream>

#include "cli/commands.h"

namespace apparat::cli {

void RegisterQuery(CLI::App& app, int* exit_code) {
  auto question = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("query", "Answer a question from graph-out/graph.json.");
  cmd->add_option("question", *question, "e.g. \"who opposed the monopoly\"");
  cmd->callback([exit_code] {
    std::cerr << "apparat: query is not implemented yet\n";
    *exit_code = kUsage;
  });
}

}  // namespace apparat::cli

// apparat: historical texts -> a knowledge graph with provenance.
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"apparat: turn historical texts into a knowledge graph of people, bodies, positions\n"
               "and issues, with the sentence behind every edge."};
  app.set_version_flag("--version", std::string("apparat ") + APPARAT_VERSION);
  app.require_subcommand(1);
  int exit_code = apparat::cli::kOk;
  apparat::cli::RegisterBuild(app, &exit_code);
  apparat::cli::RegisterQuery(app, &exit_code);
  apparat::cli::RegisterRules(app, &exit_code);
  apparat::cli::RegisterExplain(app, &exit_code);
  apparat::cli::RegisterView(app, &exit_code);
  apparat::cli::RegisterExtract(app, &exit_code);
  apparat::cli::RegisterMerge(app, &exit_code);
  if (argc > 1 && argv[1][0] != '-') {
    bool known = false;
    for (const auto* sub : app.get_subcommands({})) known = known || sub->get_name() == argv[1];
    if (!known) {
      std::cerr << "apparat: unknown command '" << argv[1] << "' (build, query, rules, explain, view, extract, merge; see --help)\n";
      return apparat::cli::kUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? apparat::cli::kOk : apparat::cli::kUsage;
  } catch (const std::exception& e) {
    // Stages return errors as values; this is the last guard against a
    // crash (out of memory, a file system error from the OS).
    std::cerr << "apparat: " << e.what() << "\n";
    return apparat::cli::kBadInput;
  }
  return exit_code;
}

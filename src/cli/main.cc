// apparat: historical texts -> a knowledge graph with provenance.
#include <malloc.h>

#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  // glibc gives a block of 128 KiB or more its own mapping and unmaps it
  // when freed; each page of a new mapping then costs a page fault, and
  // loading the rules (RE2's compiler, the pattern compiler's strings)
  // allocates and frees such blocks by the hundred. glibc raises the
  // threshold itself as large blocks are freed, too late for the start.
  // From the heap up to 4 MiB, the heap's top kept up to 8 MiB (glibc's
  // own ratio): the two-sentence build makes 4,650 page faults instead of
  // 5,590; larger thresholds gain little more and let a long build's peak
  // memory grow (docs/performance.md, "Start-up").
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
  mallopt(M_TRIM_THRESHOLD, 8 << 20);
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

// apparat query "QUESTION" [--graph FILE] [--format text|json] [--since DATE]
//               [--until DATE] [--source DOC] [--limit N]
// apparat query [--subject NAME] [--relation REL] [--object NAME] [...]
//
// Reads the graph.json a build wrote (no re-extraction) and answers one
// question. Exit codes: 0 answered (possibly with no answer), 1 a question,
// name or filter that needs changing (unknown word, ambiguous name), 2 a
// graph file that cannot be read.
#include <iostream>

#include "cli/commands.h"
#include "query/answer.h"
#include "query/graph_file.h"
#include "query/render.h"
#include "text/utf8.h"

namespace apparat::cli {

namespace {

struct QueryArgs {
  query::Request request;
  std::string graph = "graph-out/graph.json";
  std::string format = "text";
  bool no_index = false;
};

int RunQuery(const QueryArgs& a) {
  if (a.format != "text" && a.format != "json") {
    std::cerr << "apparat: unknown --format '" << a.format << "' (text, json)\n";
    return kUsage;
  }
  query::GraphFile graph;
  query::LoadOptions load;
  load.use_index = load.write_index = !a.no_index;
  Status s = graph.Load(a.graph, load);
  if (!s.ok()) {
    std::cerr << "apparat: " << s.message() << "\n";
    return kBadInput;
  }
  query::Result result;
  s = query::Answer(graph, a.request, &result);
  if (!s.ok()) {
    std::cerr << "apparat: " << s.message() << "\n";
    return kUsage;
  }
  // Text goes to a terminal: control bytes from the sources (ESC, CSI) are
  // escaped there. JSON escapes them itself.
  std::cout << (a.format == "json" ? query::RenderJson(graph, a.request, result)
                                   : text::EscapeForTerminal(query::RenderText(graph, a.request, result), true));
  return kOk;
}

}  // namespace

void RegisterQuery(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<QueryArgs>();
  auto& r = args->request;
  CLI::App* cmd = app.add_subcommand("query", "Answer a question from graph-out/graph.json (see docs/query.md).");
  cmd->add_option("question", r.question,
                  "e.g. \"who opposed the monopoly\", \"who did Lenin write to\", "
                  "\"how is Krestinsky connected to Stalin\"");
  cmd->add_option("--graph", args->graph, "graph.json written by apparat build (default: graph-out/graph.json)");
  cmd->add_option("--format", args->format, "text or json (default: text)");
  cmd->add_flag("--no-index", args->no_index,
                "Parse graph.json itself: neither read nor write the query index beside it (graph.json.qidx)");
  cmd->add_option("--subject", r.subject, "Structured query: the relation's subject (a name)");
  cmd->add_option("--relation", r.relation,
                  "Structured query: opposed, supported, allied, appointed, held, member-of, wrote-to");
  cmd->add_option("--object", r.object, "Structured query: the relation's object (a name)");
  cmd->add_option("--since", r.since, "Only evidence dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--until", r.until, "Only evidence dated on or before DATE");
  cmd->add_option("--source", r.source, "Only evidence from this document (file name, stem or unique prefix)");
  cmd->add_option("--limit", r.limit, "At most N answers or paths (default 20; 0: all)")
      ->check(CLI::NonNegativeNumber);
  cmd->callback([args, exit_code] { *exit_code = RunQuery(*args); });
}

}  // namespace apparat::cli

// apparat_query_bench GRAPH.json [--reps N] [--budget-ms MS] [QUESTION...]
//
// Times the query stage apart from process start: loading graph.json
// (read + parse + index) and, for each question, Answer + RenderText, run
// N times (default 50); prints the median and the worst run in ms. With
// --budget-ms, exits 1 when any question's median (excluding load) exceeds
// the budget, so the script can be used as a check. Questions that the
// graph cannot answer (a name not in it) are reported and skipped.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "query/answer.h"
#include "query/graph_file.h"
#include "query/render.h"

namespace {

using Clock = std::chrono::steady_clock;

double Ms(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); }

const std::vector<std::string> kDefaultQuestions = {
    "who opposed the monopoly",          "who did Lenin write to",        "who allied with Trotsky",
    "who appointed Stalin",              "what posts did Stalin hold",    "who was a member of the politburo",
    "who received letters from Lenin",   "whom did Lenin oppose",         "who wrote to Trotsky",
    "how is Krestinsky connected to Stalin", "how is Trotsky connected to Kamenev"};

}  // namespace

int main(int argc, char** argv) {
  std::string graph_path;
  int reps = 50;
  double budget = 0;
  std::vector<std::string> questions;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--reps" && i + 1 < argc) {
      reps = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--budget-ms" && i + 1 < argc) {
      budget = std::atof(argv[++i]);
    } else if (graph_path.empty()) {
      graph_path = a;
    } else {
      questions.push_back(a);
    }
  }
  if (graph_path.empty()) {
    std::fprintf(stderr, "usage: apparat_query_bench GRAPH.json [--reps N] [--budget-ms MS] [QUESTION...]\n");
    return 2;
  }
  if (questions.empty()) questions = kDefaultQuestions;

  auto t0 = Clock::now();
  apparat::query::GraphFile g;
  apparat::Status s = g.Load(graph_path);
  auto t1 = Clock::now();
  if (!s.ok()) {
    std::fprintf(stderr, "apparat_query_bench: %s\n", s.message().c_str());
    return 2;
  }
  double load_ms = Ms(t0, t1);
  std::printf("graph %s: %zu nodes, %zu edges, %zu evidence\n", graph_path.c_str(), size_t{g.node_count()},
              size_t{g.edge_count()}, size_t{g.evidence_count()});
  std::printf("load (read + parse + index): %.2f ms\n\n", load_ms);
  std::printf("%-42s %8s %10s %10s %12s\n", "question", "answers", "median ms", "max ms", "+load ms");

  double worst_median = 0;
  for (const auto& q : questions) {
    apparat::query::Request req;
    req.question = q;
    std::vector<double> times;
    size_t answers = 0, bytes = 0;
    bool failed = false;
    for (int r = 0; r < reps && !failed; ++r) {
      auto a = Clock::now();
      apparat::query::Result result;
      apparat::Status st = apparat::query::Answer(g, req, &result);
      if (!st.ok()) {
        std::printf("%-42s skipped: %s\n", q.c_str(), st.message().c_str());
        failed = true;
        break;
      }
      std::string out = apparat::query::RenderText(g, req, result);
      auto b = Clock::now();
      times.push_back(Ms(a, b));
      answers = result.query.kind == apparat::query::Query::kPath ? result.total_paths : result.total_items;
      bytes += out.size();
    }
    if (failed) continue;
    std::sort(times.begin(), times.end());
    double median = times[times.size() / 2];
    worst_median = std::max(worst_median, median);
    std::printf("%-42s %8zu %10.3f %10.3f %12.2f\n", q.c_str(), answers, median, times.back(), median + load_ms);
  }
  std::printf("\nworst median (query only): %.3f ms; worst median + load: %.2f ms\n", worst_median,
              worst_median + load_ms);
  if (budget > 0 && worst_median > budget) {
    std::printf("OVER BUDGET: %.3f ms > %.3f ms\n", worst_median, budget);
    return 1;
  }
  return 0;
}

// Answer: a question (or --subject/--relation/--object) over a GraphFile ->
// the entities that answer it, each with the evidence behind it.
//
// Takes a loaded graph and a Request; gives a Result the renderers
// (render.h) print. Fact questions give one Item per answering entity,
// ranked by evidence (distinct sentences), then by the number of distinct
// sources, then by label. A question about one entity ("Stalin") gives an
// Item per neighbour with every edge between them, either direction.
// Support of a person is stored as `allied`: such a question is answered
// from `allied` edges, and the Result's note says so. Where the graph also holds a contrary relation between the same
// two entities (supported vs opposed, allied vs opposed), the Item carries
// that evidence too, so disagreeing sources are shown side by side. Path
// questions give the shortest chains (at most kMaxPathSteps edges of any
// relation, either direction) found by a Boost.Graph breadth-first search,
// each step with its evidence. The filters (--since, --until, --source)
// apply to every piece of evidence; an edge with none left does not count.
// Errors (a question not understood, a name that matches nothing or more
// than one entity, a bad date or source filter) come back as a Status
// whose one line says what to change; an empty answer is not an error.
// Thread-safety: Answer only reads the graph; concurrent calls are safe.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"
#include "query/graph_file.h"
#include "query/question.h"

namespace apparat::query {

inline constexpr int kMaxPathSteps = 3;

struct Request {
  std::string question;  // free text; when empty the structured fields are used
  std::string subject, relation, object;
  std::string since, until;  // YYYY, YYYY-MM or YYYY-MM-DD
  std::string source;        // a document name (or its unique prefix)
  size_t limit = 20;         // answering entities (or paths) shown; 0: all
};

// One edge that supports an answer, with the evidence that passed the filters.
struct EdgeHit {
  EdgeIndex edge = 0;
  std::vector<uint32_t> evidence;  // numbers for GraphFile::evidence(i)
};

struct Item {
  NodeIndex entity = 0;
  std::vector<EdgeHit> hits;      // the relation asked about
  std::vector<EdgeHit> contrary;  // contrary relations between the same two entities
  size_t evidence_count = 0;      // distinct sentences over hits
  size_t source_count = 0;        // distinct documents over hits
};

struct PathStep {
  NodeIndex from = 0, to = 0;
  std::vector<EdgeHit> hits;  // every edge between the two, either direction
};

struct Path {
  std::vector<PathStep> steps;
};

struct Result {
  Query query;                      // what the question was read as
  std::string since, until;         // the time filter used: the flags', else the question's
  std::string note;                 // how the question was read beyond its words, or empty
  int64_t subject = -1, object = -1;  // resolved nodes, -1 when asked about
  std::vector<std::string> sources;   // documents --source selected (empty: all)
  std::vector<Item> items;          // at most `limit`
  size_t total_items = 0;           // before the limit
  std::vector<Path> paths;          // at most `limit`
  size_t total_paths = 0;
  int path_steps = 0;               // length of the shortest paths; 0 if none
};

Status Answer(const GraphFile& graph, const Request& request, Result* out);

// The relations that contradict `relation` ("supported" -> {"opposed"}).
std::vector<std::string> ContraryRelations(std::string_view relation);

// True for YYYY, YYYY-MM and YYYY-MM-DD.
bool IsIsoDate(std::string_view date);

}  // namespace apparat::query

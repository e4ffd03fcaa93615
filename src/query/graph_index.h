// The query index: a parsed graph.json kept beside it as a binary file, so a
// question on a large graph does not parse the whole JSON again.
//
// `graph.json.qidx` holds every string of the graph once, and the nodes,
// edges and evidence as fixed-size records pointing into those strings,
// in the order GraphFile gives them. Its header names the graph.json it
// was made from by a GraphStamp (below), taken without reading the whole
// file: an index whose graph.json has been written since is not used. The
// index is a cache:
// GraphFile::Load writes it after parsing a graph.json that has none (or a
// stale one), when it can, and reads it instead of the JSON when it fits.
// Nothing else reads it; its layout may change with any version (the
// magic string names the layout).
//
// Pure functions of their arguments; safe from any thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"

namespace apparat::query {

class GraphFile;

// What the index records of the graph.json it was made from. Hashing all
// of a 26 MB graph.json took longer than the rest of a query, so the file
// is known by what its inode says instead: every write to a file changes
// its ctime, and no system call sets a ctime back; a rename (apparat build
// writes atomically) gives a new inode. Against file systems with coarse
// clocks, the XXH3-64 of the first and last 64 KiB is kept too (where the
// header and the last sources are). A copy (cp, rsync, git checkout) has a
// new inode and ctime: its first query parses the JSON and makes the index
// again.
struct GraphStamp {
  uint64_t size = 0, device = 0, inode = 0;
  int64_t mtime_ns = 0, ctime_ns = 0;
  uint64_t ends_hash = 0;
};
bool SameStamp(const GraphStamp& a, const GraphStamp& b);

// Stamps the regular file open as `fd`, named `path` in errors.
Status StampGraph(int fd, const std::string& path, GraphStamp* out);

// The bytes of the index of `g`, made from the graph.json with `stamp`.
std::string MakeGraphIndex(const GraphFile& g, const GraphStamp& stamp);

// The path of the index of the graph.json at `json_path`.
std::string GraphIndexPath(const std::string& json_path);

}  // namespace apparat::query

// The query index: a parsed graph.json kept beside it as a binary file, so a
// question on a large graph does not parse the whole JSON again.
//
// `graph.json.qidx` holds every string of the graph once, and the nodes,
// edges and evidence as fixed-size records pointing into those strings,
// in the order GraphFile gives them. Its header names the graph.json it
// was made from by size and XXH3-64 hash of all its bytes: an index whose
// graph.json has changed in any byte is not used. The index is a cache:
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

// XXH3-64 of a graph.json's bytes, as the index header records it.
uint64_t GraphHash(std::string_view json);

// The bytes of the index of `g`, made from a graph.json of `json_size`
// bytes with hash `json_hash`.
std::string MakeGraphIndex(const GraphFile& g, uint64_t json_size, uint64_t json_hash);

// The path of the index of the graph.json at `json_path`.
std::string GraphIndexPath(const std::string& json_path);

}  // namespace apparat::query

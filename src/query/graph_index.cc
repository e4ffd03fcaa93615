#include "query/graph_index.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "query/graph_file.h"

namespace apparat::query {

namespace {

// The layout, fixed-size records in the machine's byte order (the magic
// names it, so another layout or byte order is never misread).
constexpr char kMagic[16] = {'a', 'p', 'p', 'a', 'r', 'a', 't', '-', 'q', 'i', 'd', 'x', '-', 'v', '1',
                             static_cast<char>(sizeof(void*) == 8 && (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__) ? 'L' : 'B')};

struct Str {
  uint32_t off = 0, len = 0;  // a slice of the string blob
};
struct Header {
  char magic[16];
  uint64_t json_size, json_hash;
  uint64_t sources, nodes, aliases, node_sources, edges, evidence, blob;
  Str version;
};
struct NodeRec {
  Str id, label, type;
  uint32_t alias_begin, alias_count, source_begin, source_count;
};
struct EdgeRec {
  uint32_t subject, object;
  Str relation;
  uint32_t evidence_begin, evidence_end;
};
struct EvidenceRec {
  Str source, text, rule, date, date_end, polarity, reported_by;
  uint64_t start, end;
  int32_t line;
  uint32_t copy;
};

// Collects the strings, each once.
class Blob {
 public:
  Str Add(std::string_view s) {
    auto [it, fresh] = index_.try_emplace(s, Str{});
    if (fresh) {
      it->second = {static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(s.size())};
      bytes_.append(s);
    }
    return it->second;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  std::unordered_map<std::string_view, Str> index_;
};

template <typename T>
void Put(std::string* out, const T& v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof v);
}

}  // namespace

uint64_t GraphHash(std::string_view json) { return XXH3_64bits(json.data(), json.size()); }

std::string GraphIndexPath(const std::string& json_path) { return json_path + ".qidx"; }

std::string MakeGraphIndex(const GraphFile& g, uint64_t json_size, uint64_t json_hash) {
  Blob blob;
  std::vector<Str> sources, aliases, node_sources;
  std::vector<NodeRec> nodes;
  std::vector<EdgeRec> edges;
  std::vector<EvidenceRec> evidence;
  for (auto s : g.sources()) sources.push_back(blob.Add(s));
  for (const auto& n : g.nodes()) {
    NodeRec r{blob.Add(n.id), blob.Add(n.label), blob.Add(n.type), static_cast<uint32_t>(aliases.size()),
              static_cast<uint32_t>(n.aliases.size()), static_cast<uint32_t>(node_sources.size()),
              static_cast<uint32_t>(n.sources.size())};
    for (auto a : n.aliases) aliases.push_back(blob.Add(a));
    for (auto s : n.sources) node_sources.push_back(blob.Add(s));
    nodes.push_back(r);
  }
  for (const auto& e : g.edges()) {
    edges.push_back({e.subject, e.object, blob.Add(e.relation), e.evidence_begin, e.evidence_end});
  }
  for (const auto& v : g.evidence()) {
    evidence.push_back({blob.Add(v.source), blob.Add(v.text), blob.Add(v.rule), blob.Add(v.date),
                        blob.Add(v.date_end), blob.Add(v.polarity), blob.Add(v.reported_by), v.start, v.end,
                        v.line, v.copy ? 1u : 0u});
  }
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.json_size = json_size;
  h.json_hash = json_hash;
  h.sources = sources.size();
  h.nodes = nodes.size();
  h.aliases = aliases.size();
  h.node_sources = node_sources.size();
  h.edges = edges.size();
  h.evidence = evidence.size();
  h.version = blob.Add(g.version());
  h.blob = blob.bytes().size();
  std::string out;
  out.reserve(sizeof h + evidence.size() * sizeof(EvidenceRec) + blob.bytes().size() + 4096);
  Put(&out, h);
  for (const auto& s : sources) Put(&out, s);
  for (const auto& n : nodes) Put(&out, n);
  for (const auto& s : aliases) Put(&out, s);
  for (const auto& s : node_sources) Put(&out, s);
  for (const auto& e : edges) Put(&out, e);
  for (const auto& v : evidence) Put(&out, v);
  out += blob.bytes();
  return out;
}

bool GraphFile::ReadIndex(std::string_view bytes, std::shared_ptr<const char> owner, uint64_t json_size,
                          uint64_t json_hash) {
  Header h;
  if (bytes.size() < sizeof h) return false;
  std::memcpy(&h, bytes.data(), sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.json_size != json_size || h.json_hash != json_hash) {
    return false;
  }
  // Every count and slice is checked against the file's size before use.
  const uint64_t limit = bytes.size();
  auto table = [&](uint64_t count, size_t record) { return count <= limit / record ? count * record : limit + 1; };
  uint64_t need = sizeof h + table(h.sources, sizeof(Str)) + table(h.nodes, sizeof(NodeRec)) +
                  table(h.aliases, sizeof(Str)) + table(h.node_sources, sizeof(Str)) +
                  table(h.edges, sizeof(EdgeRec)) + table(h.evidence, sizeof(EvidenceRec));
  if (need > limit || limit - need != h.blob) return false;
  Clear();
  mapped_ = std::move(owner);
  const char* at = bytes.data() + sizeof h;
  const char* blob = bytes.data() + need;
  bool ok = true;
  auto view = [&](Str s) -> std::string_view {
    if (uint64_t{s.off} + s.len > h.blob) {
      ok = false;
      return {};
    }
    return {blob + s.off, s.len};
  };
  auto next = [&](auto* rec) {
    std::memcpy(rec, at, sizeof *rec);
    at += sizeof *rec;
  };
  version_ = view(h.version);
  Str s;
  sources_.reserve(h.sources);
  for (uint64_t i = 0; i < h.sources; ++i) next(&s), sources_.push_back(view(s));
  std::vector<NodeRec> node_recs(h.nodes);
  for (auto& r : node_recs) next(&r);
  std::vector<std::string_view> aliases, node_sources;
  aliases.reserve(h.aliases);
  for (uint64_t i = 0; i < h.aliases; ++i) next(&s), aliases.push_back(view(s));
  node_sources.reserve(h.node_sources);
  for (uint64_t i = 0; i < h.node_sources; ++i) next(&s), node_sources.push_back(view(s));
  nodes_.reserve(h.nodes);
  for (const auto& r : node_recs) {
    if (uint64_t{r.alias_begin} + r.alias_count > aliases.size() ||
        uint64_t{r.source_begin} + r.source_count > node_sources.size()) {
      ok = false;
      break;
    }
    NodeRef n;
    n.id = view(r.id);
    n.label = view(r.label);
    n.type = view(r.type);
    n.aliases.assign(aliases.begin() + r.alias_begin, aliases.begin() + r.alias_begin + r.alias_count);
    n.sources.assign(node_sources.begin() + r.source_begin, node_sources.begin() + r.source_begin + r.source_count);
    nodes_.push_back(std::move(n));
  }
  edges_.reserve(h.edges);
  for (uint64_t i = 0; ok && i < h.edges; ++i) {
    EdgeRec r;
    next(&r);
    if (r.subject >= h.nodes || r.object >= h.nodes || r.evidence_begin > r.evidence_end || r.evidence_end > h.evidence) {
      ok = false;
      break;
    }
    edges_.push_back({r.subject, r.object, view(r.relation), r.evidence_begin, r.evidence_end});
  }
  evidence_.reserve(h.evidence);
  for (uint64_t i = 0; ok && i < h.evidence; ++i) {
    EvidenceRec r;
    next(&r);
    EvidenceRef v;
    v.source = view(r.source);
    v.start = r.start;
    v.end = r.end;
    v.line = r.line;
    v.text = view(r.text);
    v.rule = view(r.rule);
    v.date = view(r.date);
    v.date_end = view(r.date_end);
    v.polarity = view(r.polarity);
    v.copy = r.copy != 0;
    v.reported_by = view(r.reported_by);
    evidence_.push_back(v);
  }
  if (!ok) {
    Clear();
    return false;
  }
  by_id_.reserve(nodes_.size());
  for (NodeIndex i = 0; i < nodes_.size(); ++i) by_id_.emplace_back(nodes_[i].id, i);
  std::sort(by_id_.begin(), by_id_.end());
  IndexEdges();
  return true;
}

}  // namespace apparat::query

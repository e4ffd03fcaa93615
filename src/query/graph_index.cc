#include "query/graph_index.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unordered_map>

#include "query/graph_file.h"

namespace apparat::query {

namespace {

// The layout, fixed-size records in the machine's byte order (the magic
// names it, so another layout or byte order is never misread).
constexpr char kMagic[16] = {'a', 'p', 'p', 'a', 'r', 'a', 't', '-', 'q', 'i', 'd', 'x', '-', 'v', '2',
                             static_cast<char>(sizeof(void*) == 8 && (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__) ? 'L' : 'B')};

struct Str {
  uint32_t off = 0, len = 0;  // a slice of the string blob
};
struct Header {
  char magic[16];
  GraphStamp stamp;
  // Table sizes, in this order after the header; `nodes` counts both the
  // node records and the node numbers in id order that follow them.
  uint64_t sources, nodes, aliases, edges, evidence, blob;
  Str version;
};
struct NodeRec {
  Str id, label, type;
  uint32_t alias_begin, alias_count;
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

bool SameStamp(const GraphStamp& a, const GraphStamp& b) {
  return a.size == b.size && a.device == b.device && a.inode == b.inode && a.mtime_ns == b.mtime_ns &&
         a.ctime_ns == b.ctime_ns && a.ends_hash == b.ends_hash;
}

Status StampGraph(int fd, const std::string& path, GraphStamp* out) {
  struct stat st;
  if (::fstat(fd, &st) != 0) return Status::Error(path + ": cannot stat: " + std::strerror(errno));
  GraphStamp g;
  g.size = static_cast<uint64_t>(st.st_size);
  g.device = static_cast<uint64_t>(st.st_dev);
  g.inode = static_cast<uint64_t>(st.st_ino);
  g.mtime_ns = int64_t{st.st_mtim.tv_sec} * 1000000000 + st.st_mtim.tv_nsec;
  g.ctime_ns = int64_t{st.st_ctim.tv_sec} * 1000000000 + st.st_ctim.tv_nsec;
  // The first and last 64 KiB (the whole file when smaller than 128 KiB).
  constexpr uint64_t kEnd = 64 * 1024;
  std::string ends(g.size < 2 * kEnd ? g.size : 2 * kEnd, '\0');
  auto read_at = [&](char* to, size_t n, off_t at) {
    while (n > 0) {
      ssize_t got = ::pread(fd, to, n, at);
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) return false;
      to += got, n -= static_cast<size_t>(got), at += got;
    }
    return true;
  };
  bool ok = g.size < 2 * kEnd ? read_at(ends.data(), ends.size(), 0)
                              : read_at(ends.data(), kEnd, 0) &&
                                    read_at(ends.data() + kEnd, kEnd, static_cast<off_t>(g.size - kEnd));
  if (!ok) return Status::Error(path + ": cannot read: " + std::strerror(errno ? errno : EIO));
  g.ends_hash = XXH3_64bits(ends.data(), ends.size());
  *out = g;
  return Status();
}

std::string GraphIndexPath(const std::string& json_path) { return json_path + ".qidx"; }

std::string MakeGraphIndex(const GraphFile& g, const GraphStamp& stamp) {
  Blob blob;
  std::vector<Str> sources, aliases;
  std::vector<NodeRec> nodes;
  std::vector<EdgeRec> edges;
  std::vector<EvidenceRec> evidence;
  for (auto s : g.sources()) sources.push_back(blob.Add(s));
  for (const auto& n : g.nodes()) {
    NodeRec r{blob.Add(n.id), blob.Add(n.label), blob.Add(n.type), static_cast<uint32_t>(aliases.size()),
              static_cast<uint32_t>(n.aliases.size())};
    for (auto a : n.aliases) aliases.push_back(blob.Add(a));
    nodes.push_back(r);
  }
  for (const auto& e : g.edges()) {
    edges.push_back({e.subject, e.object, blob.Add(e.relation), e.evidence_begin, e.evidence_end});
  }
  for (uint32_t i = 0; i < g.evidence_count(); ++i) {
    const EvidenceRef v = g.evidence(i);
    evidence.push_back({blob.Add(v.source), blob.Add(v.text), blob.Add(v.rule), blob.Add(v.date),
                        blob.Add(v.date_end), blob.Add(v.polarity), blob.Add(v.reported_by), v.start, v.end,
                        v.line, v.copy ? 1u : 0u});
  }
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.stamp = stamp;
  h.sources = sources.size();
  h.nodes = nodes.size();
  h.aliases = aliases.size();
  h.edges = edges.size();
  h.evidence = evidence.size();
  h.version = blob.Add(g.version());
  h.blob = blob.bytes().size();
  std::string out;
  out.reserve(sizeof h + evidence.size() * sizeof(EvidenceRec) + blob.bytes().size() + 4096);
  Put(&out, h);
  for (const auto& s : sources) Put(&out, s);
  for (const auto& n : nodes) Put(&out, n);
  // The node numbers in id order, so a load need not sort (FindId).
  std::vector<uint32_t> by_id(nodes.size());
  for (uint32_t i = 0; i < by_id.size(); ++i) by_id[i] = i;
  std::sort(by_id.begin(), by_id.end(), [&](uint32_t a, uint32_t b) { return g.nodes()[a].id < g.nodes()[b].id; });
  for (uint32_t n : by_id) Put(&out, n);
  for (const auto& s : aliases) Put(&out, s);
  for (const auto& e : edges) Put(&out, e);
  for (const auto& v : evidence) Put(&out, v);
  out += blob.bytes();
  return out;
}

bool GraphFile::ReadIndex(std::string_view bytes, std::shared_ptr<const char> owner, const GraphStamp& stamp) {
  Header h;
  if (bytes.size() < sizeof h) return false;
  std::memcpy(&h, bytes.data(), sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || !SameStamp(h.stamp, stamp)) return false;
  // Every count and slice is checked against the file's size before use.
  const uint64_t limit = bytes.size();
  auto table = [&](uint64_t count, size_t record) { return count <= limit / record ? count * record : limit + 1; };
  uint64_t need = sizeof h + table(h.sources, sizeof(Str)) + table(h.nodes, sizeof(NodeRec)) +
                  table(h.nodes, sizeof(uint32_t)) + table(h.aliases, sizeof(Str)) +
                  table(h.edges, sizeof(EdgeRec)) + table(h.evidence, sizeof(EvidenceRec));
  if (need > limit || limit - need != h.blob || h.evidence > UINT32_MAX) return false;
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
  // The tables are read in place (memcpy of one record at a time: the
  // mapping need not be aligned for them).
  const char* node_table = at;
  const char* by_id_table = node_table + h.nodes * sizeof(NodeRec);
  at = by_id_table + h.nodes * sizeof(uint32_t);
  aliases_.reserve(h.aliases);
  for (uint64_t i = 0; i < h.aliases; ++i) next(&s), aliases_.push_back(view(s));
  nodes_.reserve(h.nodes);
  for (uint64_t i = 0; i < h.nodes; ++i) {
    NodeRec r;
    std::memcpy(&r, node_table + i * sizeof r, sizeof r);
    if (uint64_t{r.alias_begin} + r.alias_count > aliases_.size()) {
      ok = false;
      break;
    }
    NodeRef n;
    n.id = view(r.id);
    n.label = view(r.label);
    n.type = view(r.type);
    n.aliases = {aliases_.data() + r.alias_begin, aliases_.data() + r.alias_begin + r.alias_count};
    nodes_.push_back(n);
  }
  by_id_.reserve(nodes_.size());
  for (uint64_t i = 0; ok && i < h.nodes; ++i) {
    uint32_t n;
    std::memcpy(&n, by_id_table + i * sizeof n, sizeof n);
    // In strictly increasing id order, or FindId would miss.
    if (n >= nodes_.size() || (i > 0 && !(by_id_.back().first < nodes_[n].id))) {
      ok = false;
      break;
    }
    by_id_.emplace_back(nodes_[n].id, n);
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
  if (!ok) {
    Clear();
    return false;
  }
  // Evidence records are read when asked for (IndexedEvidence): a question
  // touches a few thousand of them, a large graph has hundreds of thousands.
  indexed_evidence_ = at;
  indexed_blob_ = {blob, h.blob};
  evidence_count_ = static_cast<uint32_t>(h.evidence);
  IndexEdges();
  return true;
}

EvidenceRef GraphFile::IndexedEvidence(uint32_t i) const {
  EvidenceRec r;
  std::memcpy(&r, indexed_evidence_ + size_t{i} * sizeof r, sizeof r);
  // Slices were not checked at load (that would read every record): one
  // out of the blob, in a damaged index, reads as empty.
  auto view = [&](Str s) -> std::string_view {
    return uint64_t{s.off} + s.len > indexed_blob_.size() ? std::string_view() : indexed_blob_.substr(s.off, s.len);
  };
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
  return v;
}

}  // namespace apparat::query

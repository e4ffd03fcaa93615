#include "query/graph_index.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <deque>
#include <unordered_map>

#include "query/name_words.h"

namespace apparat::query {

namespace {

// The layout: a header, then the tables in the order of Header's counts,
// then the strings. Fixed-size records in the machine's byte order (the
// magic names it, so another layout or byte order is never misread), read
// with memcpy: the tables need not be aligned.
constexpr char kMagic[16] = {'a', 'p', 'p', 'a', 'r', 'a', 't', '-', 'q', 'i', 'd', 'x', '-', 'v', '3',
                             static_cast<char>(sizeof(void*) == 8 && (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__) ? 'L' : 'B')};

struct Str {
  uint32_t off = 0, len = 0;  // a slice of the strings
};
struct Header {
  char magic[16];
  GraphStamp stamp;
  // Table sizes, tables in this order after the header:
  //   sources     Str[sources]
  //   nodes       NodeRec[nodes], then uint32_t[nodes]: node numbers in id order
  //   names       NameRec[names]
  //   edges       EdgeRec[edges]
  //   out, in     uint32_t[nodes + 1] starts, then uint32_t[edges] edge numbers
  //   evidence    EvidenceRec[evidence]
  //   strings     char[blob]
  uint64_t sources, nodes, names, edges, evidence, blob;
  Str version;
};
struct NodeRec {
  Str id, label, type;
};
struct NameRec {
  uint32_t node;
  Str words;
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

// Collects the strings, each once. Keeps a view of each string it is
// given (to find it again): they must outlive the Blob.
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

template <typename T>
T Get(const char* at) {
  T v;
  std::memcpy(&v, at, sizeof v);
  return v;
}

// Each node's edges by one end, as starts and a list (counting sort: a
// node's edges stay in file order).
void PutAdjacency(std::string* out, const ParsedGraph& g, NodeIndex EdgeRef::*end) {
  std::vector<uint32_t> start(g.nodes.size() + 1, 0);
  for (const auto& e : g.edges) ++start[e.*end + 1];
  for (size_t n = 0; n < g.nodes.size(); ++n) start[n + 1] += start[n];
  std::vector<uint32_t> list(g.edges.size());
  std::vector<uint32_t> fill(start.begin(), start.end() - 1);
  for (EdgeIndex i = 0; i < g.edges.size(); ++i) list[fill[g.edges[i].*end]++] = i;
  for (uint32_t v : start) Put(out, v);
  for (uint32_t v : list) Put(out, v);
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

bool MakeGraphIndex(const ParsedGraph& g, const GraphStamp& stamp, std::string* out) {
  Blob blob;
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.stamp = stamp;
  h.sources = g.sources.size();
  h.nodes = g.nodes.size();
  h.edges = g.edges.size();
  h.evidence = g.evidence.size();
  h.version = blob.Add(g.version);
  std::string tables;
  for (auto s : g.sources) Put(&tables, blob.Add(s));
  for (const auto& n : g.nodes) Put(&tables, NodeRec{blob.Add(n.id), blob.Add(n.label), blob.Add(n.type)});
  // The node numbers in id order, so a load need not sort (FindId).
  for (NodeIndex n : g.id_order) Put(&tables, n);
  // Each node's names by their words: label, aliases, id; the same words
  // once per node. The blob keeps views of what it is given until the end,
  // so the words live until then too (a deque never moves its strings).
  std::deque<std::string> all_words;
  for (uint32_t n = 0; n < g.nodes.size(); ++n) {
    const auto& node = g.nodes[n];
    const size_t first = all_words.size();
    auto add = [&](std::string_view name) {
      std::string w = JoinWords(NameWords(name));
      if (!w.empty() && std::find(all_words.begin() + first, all_words.end(), w) == all_words.end()) {
        all_words.push_back(std::move(w));
      }
    };
    add(node.label);
    for (auto a : node.aliases) add(a);
    add(node.id);
    for (size_t i = first; i < all_words.size(); ++i) Put(&tables, NameRec{n, blob.Add(all_words[i])}), ++h.names;
  }
  for (const auto& e : g.edges) {
    Put(&tables, EdgeRec{e.subject, e.object, blob.Add(e.relation), e.evidence_begin, e.evidence_end});
  }
  PutAdjacency(&tables, g, &EdgeRef::subject);
  PutAdjacency(&tables, g, &EdgeRef::object);
  for (const auto& v : g.evidence) {
    Put(&tables, EvidenceRec{blob.Add(v.source), blob.Add(v.text), blob.Add(v.rule), blob.Add(v.date),
                             blob.Add(v.date_end), blob.Add(v.polarity), blob.Add(v.reported_by), v.start, v.end,
                             v.line, v.copy ? 1u : 0u});
  }
  if (blob.bytes().size() >= UINT32_MAX) return false;
  h.blob = blob.bytes().size();
  out->clear();
  out->reserve(sizeof h + tables.size() + blob.bytes().size());
  Put(out, h);
  *out += tables;
  *out += blob.bytes();
  return true;
}

// ---------------------------------------------------------------------------
// Reading.

std::string_view IndexImage::StringAt(const char* record) const {
  Str s = Get<Str>(record);
  return uint64_t{s.off} + s.len > blob_.size() ? std::string_view() : blob_.substr(s.off, s.len);
}

bool IndexImage::Open(std::string_view bytes, const GraphStamp& stamp) {
  *this = IndexImage();
  if (bytes.size() < sizeof(Header)) return false;
  const Header h = Get<Header>(bytes.data());
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || !SameStamp(h.stamp, stamp)) return false;
  // Every count is checked against the file's size before use, and each
  // must be a 32-bit record number.
  const uint64_t limit = bytes.size();
  for (uint64_t count : {h.sources, h.nodes, h.names, h.edges, h.evidence}) {
    if (count >= UINT32_MAX) return false;
  }
  const uint64_t sizes[] = {h.sources * sizeof(Str),
                            h.nodes * (sizeof(NodeRec) + sizeof(uint32_t)),
                            h.names * sizeof(NameRec),
                            h.edges * sizeof(EdgeRec),
                            2 * ((h.nodes + 1) * sizeof(uint32_t) + h.edges * sizeof(uint32_t)),
                            h.evidence * sizeof(EvidenceRec)};
  uint64_t need = sizeof h;
  for (uint64_t s : sizes) need += s;
  if (need > limit || limit - need != h.blob) return false;
  IndexImage m;
  const char* at = bytes.data() + sizeof h;
  m.counts_ = {static_cast<uint32_t>(h.sources), static_cast<uint32_t>(h.nodes), static_cast<uint32_t>(h.names),
               static_cast<uint32_t>(h.edges), static_cast<uint32_t>(h.evidence)};
  m.sources_ = at, at += sizes[0];
  m.nodes_ = at, m.by_id_ = at + h.nodes * sizeof(NodeRec), at += sizes[1];
  m.names_ = at, at += sizes[2];
  m.edges_ = at, at += sizes[3];
  m.out_ = {at, at + (h.nodes + 1) * sizeof(uint32_t)};
  at = m.out_.list + h.edges * sizeof(uint32_t);
  m.in_ = {at, at + (h.nodes + 1) * sizeof(uint32_t)};
  at = m.in_.list + h.edges * sizeof(uint32_t);
  m.evidence_ = at;
  m.bytes_ = bytes;
  m.blob_ = {bytes.data() + need, h.blob};
  // The checks: a string outside the file, a number out of range or ids
  // out of order would read wrongly; none can read outside the bytes.
  auto inside = [&](Str s) { return uint64_t{s.off} + s.len <= h.blob; };
  if (!inside(h.version)) return false;
  m.version_ = m.blob_.substr(h.version.off, h.version.len);
  for (uint32_t i = 0; i < m.counts_.sources; ++i) {
    if (!inside(Get<Str>(m.sources_ + i * sizeof(Str)))) return false;
  }
  for (uint32_t i = 0; i < m.counts_.nodes; ++i) {
    auto r = Get<NodeRec>(m.nodes_ + i * sizeof(NodeRec));
    if (!inside(r.id) || !inside(r.label) || !inside(r.type)) return false;
  }
  std::string_view previous;
  for (uint32_t i = 0; i < m.counts_.nodes; ++i) {
    uint32_t n = Get<uint32_t>(m.by_id_ + i * sizeof(uint32_t));
    if (n >= m.counts_.nodes) return false;
    std::string_view id = m.node(n).id;
    if (i > 0 && !(previous < id)) return false;  // strictly increasing, or FindId would miss
    previous = id;
  }
  for (uint32_t i = 0; i < m.counts_.names; ++i) {
    auto r = Get<NameRec>(m.names_ + i * sizeof(NameRec));
    if (r.node >= m.counts_.nodes || !inside(r.words)) return false;
  }
  for (uint32_t i = 0; i < m.counts_.edges; ++i) {
    auto r = Get<EdgeRec>(m.edges_ + i * sizeof(EdgeRec));
    if (r.subject >= h.nodes || r.object >= h.nodes || r.evidence_begin > r.evidence_end ||
        r.evidence_end > h.evidence || !inside(r.relation)) {
      return false;
    }
  }
  // Each node's edges: starts from 0 to the number of edges, never falling,
  // and each listed edge has that node at that end.
  for (const auto& [adjacency, end] : {std::pair{m.out_, &EdgeRef::subject}, std::pair{m.in_, &EdgeRef::object}}) {
    uint32_t first = Get<uint32_t>(adjacency.start);
    uint32_t last = Get<uint32_t>(adjacency.start + h.nodes * sizeof(uint32_t));
    if (first != 0 || last != h.edges) return false;
    for (uint32_t n = 0; n < m.counts_.nodes; ++n) {
      uint32_t from = Get<uint32_t>(adjacency.start + n * sizeof(uint32_t));
      uint32_t to = Get<uint32_t>(adjacency.start + (n + 1) * sizeof(uint32_t));
      if (to < from || to > h.edges) return false;
      for (uint32_t k = from; k < to; ++k) {
        uint32_t e = Get<uint32_t>(adjacency.list + k * sizeof(uint32_t));
        if (e >= h.edges || m.edge(e).*end != n) return false;
      }
    }
  }
  *this = m;
  return true;
}

// The accessors check each record as they read it (see Open in the header).

std::string_view IndexImage::source(uint32_t i) const {
  return i < counts_.sources ? StringAt(sources_ + size_t{i} * sizeof(Str)) : std::string_view();
}

NodeRef IndexImage::node(NodeIndex n) const {
  if (n >= counts_.nodes) return {};
  const char* r = nodes_ + size_t{n} * sizeof(NodeRec);
  return {StringAt(r + offsetof(NodeRec, id)), StringAt(r + offsetof(NodeRec, label)),
          StringAt(r + offsetof(NodeRec, type))};
}

EdgeRef IndexImage::edge(EdgeIndex e) const {
  if (e >= counts_.edges) return {};
  const char* at = edges_ + size_t{e} * sizeof(EdgeRec);
  auto r = Get<EdgeRec>(at);
  // An index with edges has nodes (Open), so node 0 exists.
  if (r.subject >= counts_.nodes) r.subject = 0;
  if (r.object >= counts_.nodes) r.object = 0;
  r.evidence_end = std::min(r.evidence_end, counts_.evidence);
  r.evidence_begin = std::min(r.evidence_begin, r.evidence_end);
  return {r.subject, r.object, StringAt(at + offsetof(EdgeRec, relation)), r.evidence_begin, r.evidence_end};
}

NameRef IndexImage::name(uint32_t i) const {
  if (i >= counts_.names) return {};
  const char* at = names_ + size_t{i} * sizeof(NameRec);
  uint32_t node = Get<uint32_t>(at + offsetof(NameRec, node));
  return {node < counts_.nodes ? node : 0, StringAt(at + offsetof(NameRec, words))};  // names imply nodes (Open)
}

EvidenceRef IndexImage::evidence(uint32_t i) const {
  if (i >= counts_.evidence) return {};
  const char* at = evidence_ + size_t{i} * sizeof(EvidenceRec);
  auto r = Get<EvidenceRec>(at);
  auto str = [&](size_t field) { return StringAt(at + field); };
  EvidenceRef v;
  v.source = str(offsetof(EvidenceRec, source));
  v.start = r.start;
  v.end = r.end;
  v.line = r.line;
  v.text = str(offsetof(EvidenceRec, text));
  v.rule = str(offsetof(EvidenceRec, rule));
  v.date = str(offsetof(EvidenceRec, date));
  v.date_end = str(offsetof(EvidenceRec, date_end));
  v.polarity = str(offsetof(EvidenceRec, polarity));
  v.copy = r.copy != 0;
  v.reported_by = str(offsetof(EvidenceRec, reported_by));
  return v;
}

int64_t IndexImage::FindId(std::string_view id) const {
  // Binary search of the node numbers in id order.
  uint32_t lo = 0, hi = counts_.nodes;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (node(Get<uint32_t>(by_id_ + size_t{mid} * sizeof(uint32_t))).id < id) lo = mid + 1;
    else hi = mid;
  }
  if (lo == counts_.nodes) return -1;
  uint32_t n = Get<uint32_t>(by_id_ + size_t{lo} * sizeof(uint32_t));
  return n < counts_.nodes && node(n).id == id ? int64_t{n} : -1;
}

NumberList IndexImage::Adjacent(const Adjacency& a, NodeIndex n) const {
  if (n >= counts_.nodes) return {};
  uint32_t to = std::min(Get<uint32_t>(a.start + (size_t{n} + 1) * sizeof(uint32_t)), counts_.edges);
  uint32_t from = std::min(Get<uint32_t>(a.start + size_t{n} * sizeof(uint32_t)), to);
  return NumberList(a.list + size_t{from} * sizeof(uint32_t), to - from);
}

}  // namespace apparat::query

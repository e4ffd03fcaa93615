#include "query/graph_file.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "export/atomic_file.h"
#include "query/graph_index.h"
#include "text/mapped_file.h"
#include "text/utf8.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace apparat::query {

namespace {

using Value = rapidjson::Value;

std::string HumanBytes(uint64_t n) {
  char buf[64];
  if (n >= (uint64_t{1} << 30)) {
    std::snprintf(buf, sizeof buf, "%.1f GiB", static_cast<double>(n) / (uint64_t{1} << 30));
  } else if (n >= (uint64_t{1} << 20)) {
    std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(n) / (uint64_t{1} << 20));
  } else {
    std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(n));
  }
  return buf;
}

std::string_view View(const Value& v) { return std::string_view(v.GetString(), v.GetStringLength()); }

// Replaces each number that no double holds ("1e400") with "null" padded
// to the same length. RapidJSON refuses the whole document over one such
// number (kParseErrorNumberTooBig), even in a field apparat never reads; a
// field it does read then says "is not a whole number". Same length, so
// every byte offset in an error message stays right.
void NullHugeNumbers(std::string* json) {
  std::string& b = *json;
  bool in_string = false;
  for (size_t i = 0; i < b.size(); ++i) {
    char c = b[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
      continue;
    }
    if (c != '-' && (c < '0' || c > '9')) continue;
    size_t end = b.find_first_not_of("0123456789+-.eE", i);
    if (end == std::string::npos) end = b.size();
    std::string number = b.substr(i, end - i);
    errno = 0;
    double v = std::strtod(number.c_str(), nullptr);
    if (end - i >= 4 && errno == ERANGE && std::isinf(v)) b.replace(i, end - i, "null" + std::string(end - i - 4, ' '));
    i = end - 1;
  }
}

// Small helpers that read one member and say where it was wrong.
class Reader {
 public:
  explicit Reader(const std::string& file) : file_(file) {}

  // One line, whatever the file holds: ids and names quoted from it may
  // carry newlines or ESC.
  Status Fail(const std::string& where, const std::string& what) const {
    return Status::Error(text::EscapeForTerminal(file_ + ": " + where + ": " + what, false));
  }

  Status String(const Value& obj, const char* key, const std::string& where, std::string_view* out,
                bool required = true) const {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || it->value.IsNull()) {
      if (required) return Fail(where, std::string("no \"") + key + "\"");
      *out = {};
      return Status();
    }
    if (!it->value.IsString()) return Fail(where, std::string("\"") + key + "\" is not a string");
    *out = View(it->value);
    return Status();
  }

  Status StringList(const Value& obj, const char* key, const std::string& where,
                    std::vector<std::string_view>* out) const {  // appends
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) return Status();
    if (!it->value.IsArray()) return Fail(where, std::string("\"") + key + "\" is not a list");
    for (const auto& s : it->value.GetArray()) {
      if (!s.IsString()) return Fail(where, std::string("\"") + key + "\" holds a non-string");
      out->push_back(View(s));
    }
    return Status();
  }

  Status Uint(const Value& obj, const char* key, const std::string& where, uint64_t* out, bool required) const {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) {
      if (required) return Fail(where, std::string("no \"") + key + "\"");
      *out = 0;
      return Status();
    }
    if (!it->value.IsUint64()) return Fail(where, std::string("\"") + key + "\" is not a whole number");
    *out = it->value.GetUint64();
    return Status();
  }

 private:
  const std::string& file_;
};

// "0.1.0" -> 0; -1 when the text is not MAJOR.MINOR[.PATCH].
int MajorVersion(std::string_view v) {
  size_t dot = v.find('.');
  if (dot == 0 || dot == std::string_view::npos || dot > 6) return -1;
  int major = 0;
  for (char c : v.substr(0, dot)) {
    if (c < '0' || c > '9') return -1;
    major = major * 10 + (c - '0');
  }
  return major;
}

Status ReadHeader(const Value& root, const Reader& r, std::string_view* version,
                  std::vector<std::string_view>* sources) {
  auto g = root.FindMember("graph");
  if (g == root.MemberEnd() || !g->value.IsObject()) {
    return r.Fail("top level", "no \"graph\" object; not a graph.json written by apparat build");
  }
  std::string_view generator;
  Status s = r.String(g->value, "generator", "graph", &generator, false);
  if (!s.ok()) return s;
  if (generator != "apparat") {
    return r.Fail("graph", "written by \"" + std::string(generator) + "\", not by apparat build");
  }
  s = r.String(g->value, "version", "graph", version);
  if (!s.ok()) return s;
  int major = MajorVersion(*version);
  if (major < 0) return r.Fail("graph", "version \"" + std::string(*version) + "\" is not understood");
  if (major != kSupportedMajorVersion) {
    return r.Fail("graph", "written by apparat " + std::string(*version) + "; this apparat reads graphs of version " +
                               std::to_string(kSupportedMajorVersion) + ".x; rebuild the graph");
  }
  for (const char* key : {"directed", "multigraph"}) {
    auto it = root.FindMember(key);
    if (it == root.MemberEnd() || !it->value.IsBool() || !it->value.GetBool()) {
      return r.Fail("top level", std::string("\"") + key + "\" is not true; not an apparat graph");
    }
  }
  sources->clear();
  auto src = g->value.FindMember("sources");
  if (src != g->value.MemberEnd() && src->value.IsArray()) {
    for (const auto& o : src->value.GetArray()) {
      std::string_view name;
      if (!o.IsObject()) return r.Fail("graph.sources", "holds a non-object");
      s = r.String(o, "name", "graph.sources", &name);
      if (!s.ok()) return s;
      sources->push_back(name);
    }
  }
  return Status();
}

const Value* Array(const Value& root, const char* key) {
  auto it = root.FindMember(key);
  if (it == root.MemberEnd() || !it->value.IsArray()) return nullptr;
  return &it->value;
}

Status ReadNode(const Value& v, const Reader& r, const std::string& where, ParsedGraph::Node* n) {
  if (!v.IsObject()) return r.Fail(where, "not an object");
  Status s = r.String(v, "id", where, &n->id);
  if (s.ok()) s = r.String(v, "label", where, &n->label, false);
  if (s.ok()) s = r.String(v, "type", where, &n->type, false);
  if (s.ok()) s = r.StringList(v, "aliases", where, &n->aliases);
  std::vector<std::string_view> sources;  // checked, not kept
  if (s.ok()) s = r.StringList(v, "sources", where, &sources);
  if (n->label.empty()) n->label = n->id;
  return s;
}

Status ReadEvidence(const Value& v, const Reader& r, const std::string& where, EvidenceRef* e) {
  if (!v.IsObject()) return r.Fail(where, "not an object");
  Status s = r.String(v, "source", where, &e->source);
  if (s.ok()) s = r.String(v, "text", where, &e->text);
  if (s.ok()) s = r.String(v, "rule", where, &e->rule, false);
  if (s.ok()) s = r.String(v, "date", where, &e->date, false);
  if (s.ok()) s = r.String(v, "date_end", where, &e->date_end, false);
  if (s.ok()) s = r.String(v, "polarity", where, &e->polarity, false);
  if (s.ok()) s = r.String(v, "reported_by", where, &e->reported_by, false);
  uint64_t n = 0;
  if (s.ok()) s = r.Uint(v, "line", where, &n, true);
  e->line = static_cast<int>(std::min<uint64_t>(n, INT32_MAX));
  if (s.ok()) s = r.Uint(v, "start", where, &n, false);
  e->start = n;
  if (s.ok()) s = r.Uint(v, "end", where, &n, false);
  e->end = n;
  auto c = v.FindMember("copy");
  e->copy = c != v.MemberEnd() && c->value.IsBool() && c->value.GetBool();
  return s;
}

}  // namespace

namespace {

// The `size` bytes of the file at `path`.
Status ReadWhole(const std::string& path, uint64_t size, std::string* bytes) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status::Error(path + ": cannot open");
  bytes->resize(size);
  size_t got = size ? std::fread(bytes->data(), 1, size, f) : 0;
  std::fclose(f);
  if (got != size) return Status::Error(path + ": short read (" + std::to_string(got) + " of " + std::to_string(size) + " bytes)");
  return Status();
}

}  // namespace

GraphFile::GraphFile() = default;
GraphFile::~GraphFile() = default;

void GraphFile::Clear() {
  path_.clear();
  image_ = IndexImage();
  owner_.reset();
  from_index_ = false;
}

Status GraphFile::Load(const std::string& path, const LoadOptions& options) {
  Clear();
  std::error_code ec;
  auto st = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(st)) {
    return Status::Error(path + ": no such file (run `apparat build` first, or pass --graph)");
  }
  if (std::filesystem::is_directory(st)) return Status::Error(path + ": is a directory, not graph.json");
  uint64_t size = std::filesystem::file_size(path, ec);
  if (ec) return Status::Error(path + ": cannot read size: " + ec.message());
  if (size > options.max_bytes) {
    return Status::Error(path + ": " + HumanBytes(size) + " is over the " + HumanBytes(options.max_bytes) +
                         " limit for a graph file");
  }
  // The index is used only when made from this very file, unchanged since
  // (graph_index.h): stamping it reads 128 KiB, parsing it all hundreds of
  // milliseconds on a large graph.
  GraphStamp stamp;
  const bool write_index = options.write_index && size >= options.index_min_bytes;
  if (options.use_index || write_index) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return Status::Error(path + ": cannot open: " + std::strerror(errno));
    Status st = StampGraph(fd, path, &stamp);
    ::close(fd);
    if (!st.ok()) return st;
  }
  if (options.use_index) {
    // Not populated: a question reads a small part of the evidence table.
    auto file = std::make_shared<text::MappedFile>();
    std::string_view index;
    if (text::MappedFile::Open(GraphIndexPath(path), file.get(), /*populate=*/false).ok()) index = file->view();
    if (!index.empty() && image_.Open(index, stamp)) {
      // The owner keeps the mapping; it points at its bytes.
      owner_ = std::shared_ptr<const char>(file, index.data());
      path_ = path;
      from_index_ = true;
      return Status();
    }
  }
  std::string bytes;
  Status read = ReadWhole(path, size, &bytes);
  if (!read.ok()) return read;
  Status s = ParseJson(std::move(bytes), path, stamp);
  if (s.ok() && write_index) {
    // A cache: if it cannot be written, the next query parses again.
    (void)exporter::WriteFileAtomically(GraphIndexPath(path), image_.bytes());
  }
  return s;
}

Status GraphFile::Parse(std::string bytes, const std::string& name) { return ParseJson(std::move(bytes), name, {}); }

Status GraphFile::ParseJson(std::string buffer, const std::string& name, const GraphStamp& stamp) {
  Clear();
  // A UTF-8 byte order mark (editors on Windows add one) is not JSON but
  // says nothing against the contents.
  size_t body = buffer.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  size_t first = buffer.find_first_not_of(" \t\r\n", body);
  if (first == std::string::npos) return Status::Error(name + ": empty file; not a graph.json");
  if (buffer[first] == '<') {
    return Status::Error(name + ": looks like XML (GraphML or GEXF); apparat query reads graph.json");
  }
  // ParseInsitu reads a C string: a NUL would end the document there and
  // hide whatever follows it.
  if (size_t nul = buffer.find('\0'); nul != std::string::npos) {
    Clear();
    return Status::Error(name + ": not valid JSON at byte " + std::to_string(nul) + ": NUL byte");
  }
  NullHugeNumbers(&buffer);
  rapidjson::Document doc;
  // Iterative: no recursion, so deep nesting cannot overflow the stack.
  doc.ParseInsitu<rapidjson::kParseIterativeFlag>(buffer.data() + body);
  if (doc.HasParseError()) {
    std::string why = rapidjson::GetParseError_En(doc.GetParseError());
    size_t at = doc.GetErrorOffset() + body;
    Clear();
    return Status::Error(name + ": not valid JSON at byte " + std::to_string(at) + ": " + why);
  }
  Reader r(name);
  ParsedGraph g;
  Status s = doc.IsObject() ? ReadHeader(doc, r, &g.version, &g.sources)
                            : r.Fail("top level", "not a JSON object; not a graph.json written by apparat build");
  const Value* nodes = s.ok() ? Array(doc, "nodes") : nullptr;
  const Value* links = s.ok() ? Array(doc, "links") : nullptr;
  if (s.ok() && (!nodes || !links)) s = r.Fail("top level", "no \"nodes\" or \"links\" list");
  g.nodes.resize(s.ok() ? nodes->Size() : 0);
  for (rapidjson::SizeType i = 0; s.ok() && i < g.nodes.size(); ++i) {
    s = ReadNode((*nodes)[i], r, "nodes[" + std::to_string(i) + "]", &g.nodes[i]);
  }
  // Node numbers by id, to find edge ends.
  std::vector<std::pair<std::string_view, NodeIndex>> by_id;
  if (s.ok()) {
    by_id.reserve(g.nodes.size());
    for (NodeIndex i = 0; i < g.nodes.size(); ++i) by_id.emplace_back(g.nodes[i].id, i);
    std::sort(by_id.begin(), by_id.end());
    auto dup = std::adjacent_find(by_id.begin(), by_id.end(),
                                  [](const auto& a, const auto& b) { return a.first == b.first; });
    if (dup != by_id.end()) s = r.Fail("nodes", "id \"" + std::string(dup->first) + "\" appears twice");
  }
  auto find_id = [&](std::string_view id) -> int64_t {
    auto it = std::lower_bound(by_id.begin(), by_id.end(), id,
                               [](const auto& p, std::string_view key) { return p.first < key; });
    return it == by_id.end() || it->first != id ? -1 : int64_t{it->second};
  };
  for (rapidjson::SizeType i = 0; s.ok() && i < (links ? links->Size() : 0); ++i) {
    std::string where = "links[" + std::to_string(i) + "]";
    const Value& l = (*links)[i];
    if (!l.IsObject()) {
      s = r.Fail(where, "not an object");
      break;
    }
    std::string_view src, dst;
    EdgeRef e;
    s = r.String(l, "source", where, &src);
    if (s.ok()) s = r.String(l, "target", where, &dst);
    if (s.ok()) s = r.String(l, "relation", where, &e.relation);
    if (!s.ok()) break;
    int64_t a = find_id(src), b = find_id(dst);
    if (a < 0 || b < 0) {
      s = r.Fail(where, "refers to node \"" + std::string(a < 0 ? src : dst) + "\", which is not in \"nodes\"");
      break;
    }
    e.subject = static_cast<NodeIndex>(a);
    e.object = static_cast<NodeIndex>(b);
    e.evidence_begin = static_cast<uint32_t>(g.evidence.size());
    const Value* ev = Array(l, "evidence");
    for (rapidjson::SizeType j = 0; s.ok() && ev && j < ev->Size(); ++j) {
      g.evidence.emplace_back();
      s = ReadEvidence((*ev)[j], r, where + ".evidence[" + std::to_string(j) + "]", &g.evidence.back());
    }
    e.evidence_end = static_cast<uint32_t>(g.evidence.size());
    g.edges.push_back(e);
  }
  // The index holds copies of every string: the JSON's buffer goes with `g`.
  if (s.ok() && g.evidence.size() >= UINT32_MAX) s = r.Fail("links", "more evidence than this reader counts");
  if (!s.ok()) {
    Clear();
    return s;
  }
  g.id_order.reserve(by_id.size());
  for (const auto& [id, n] : by_id) g.id_order.push_back(n);
  auto image = std::make_shared<std::string>();
  if (!MakeGraphIndex(g, stamp, image.get())) {
    Clear();
    return r.Fail("top level", "its strings come to 4 GiB or more, beyond what the query reads");
  }
  if (!image_.Open(*image, stamp)) {  // a bug, not the file
    Clear();
    return Status::Error(name + ": could not index the graph");
  }
  owner_ = std::shared_ptr<const char>(image, image->data());
  path_ = name;
  return Status();
}

}  // namespace apparat::query

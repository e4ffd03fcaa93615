// SQLite: the graph as a database any SQLite client opens (docs/formats.md,
// "graph.sqlite"). Built in an in-memory database and serialised
// (sqlite3_serialize), so the caller writes the bytes atomically like every
// other format, and the same graph gives the same bytes: rows go in in the
// graph's own order, and nothing time- or machine-dependent is stored (a
// source's path, which depends on where the build ran, is left out, as in
// graph.json).
#include <sqlite3.h>

#include <memory>
#include <optional>
#include <set>

#include "export/formats.h"
#include "export/writers.h"

namespace apparat::exporter {

namespace {

const char* const kSchema = R"sql(
PRAGMA page_size = 4096;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, bytes INTEGER NOT NULL);
CREATE TABLE entities (id TEXT PRIMARY KEY, label TEXT NOT NULL, type TEXT NOT NULL, authority TEXT);
CREATE TABLE aliases (entity TEXT NOT NULL REFERENCES entities(id), alias TEXT NOT NULL);
CREATE TABLE mentions (entity TEXT NOT NULL REFERENCES entities(id), source TEXT NOT NULL REFERENCES sources(name));
CREATE TABLE edges (id INTEGER PRIMARY KEY, subject TEXT NOT NULL REFERENCES entities(id), relation TEXT NOT NULL,
                    object TEXT NOT NULL REFERENCES entities(id), weight INTEGER NOT NULL);
CREATE TABLE evidence (id INTEGER PRIMARY KEY, edge INTEGER NOT NULL REFERENCES edges(id),
                       source TEXT NOT NULL REFERENCES sources(name), start_offset INTEGER NOT NULL,
                       end_offset INTEGER NOT NULL, line INTEGER NOT NULL, sentence TEXT NOT NULL, date TEXT,
                       date_end TEXT, rule TEXT NOT NULL, polarity TEXT, copy INTEGER NOT NULL, reported_by TEXT);
CREATE INDEX aliases_by_alias ON aliases(alias COLLATE NOCASE);
CREATE INDEX edges_by_subject ON edges(subject, relation);
CREATE INDEX edges_by_object ON edges(object, relation);
CREATE INDEX evidence_by_edge ON evidence(edge);
CREATE VIRTUAL TABLE evidence_fts USING fts5(sentence, content='evidence', content_rowid='id');
)sql";

struct DbClose {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct StmtFinalize {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalize>;

class Db {
 public:
  Status Open() {
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    db_.reset(db);
    return Check(rc, "open");
  }
  Status Exec(const char* sql) {
    char* err = nullptr;
    int rc = sqlite3_exec(db_.get(), sql, nullptr, nullptr, &err);
    std::string why = err ? err : "";
    sqlite3_free(err);
    return rc == SQLITE_OK ? Status() : Status::Error("sqlite: " + why);
  }
  Status Prepare(const char* sql, Stmt* out) {
    sqlite3_stmt* s = nullptr;
    int rc = sqlite3_prepare_v2(db_.get(), sql, -1, &s, nullptr);
    out->reset(s);
    return Check(rc, sql);
  }
  // Binds `values` (text, or NULL for a null pointer) and runs the insert.
  template <typename... Values>
  Status Insert(const Stmt& s, const Values&... values) {
    sqlite3_reset(s.get());
    int i = 0;
    (Bind(s.get(), ++i, values), ...);
    return Check(sqlite3_step(s.get()), "insert");
  }
  Status Serialize(std::string* bytes) {
    sqlite3_int64 size = 0;
    unsigned char* data = sqlite3_serialize(db_.get(), "main", &size, 0);
    if (!data) return Status::Error("sqlite: cannot serialise the database (out of memory)");
    bytes->assign(reinterpret_cast<const char*>(data), static_cast<size_t>(size));
    sqlite3_free(data);
    return Status();
  }

 private:
  static void Bind(sqlite3_stmt* s, int i, std::string_view v) {
    // An empty view may have no data (the evidence store's empty strings):
    // SQLite would bind NULL for it, not ''.
    sqlite3_bind_text(s, i, v.data() ? v.data() : "", static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  static void Bind(sqlite3_stmt* s, int i, const std::string& v) { Bind(s, i, std::string_view(v)); }
  static void Bind(sqlite3_stmt* s, int i, const std::optional<std::string_view>& v) {
    if (v) Bind(s, i, *v);
    else sqlite3_bind_null(s, i);
  }
  static void Bind(sqlite3_stmt* s, int i, int64_t v) { sqlite3_bind_int64(s, i, v); }
  Status Check(int rc, const std::string& what) {
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW) return Status();
    return Status::Error("sqlite: " + what.substr(0, 60) + ": " + (db_ ? sqlite3_errmsg(db_.get()) : sqlite3_errstr(rc)));
  }
  std::unique_ptr<sqlite3, DbClose> db_;
};

// NULL for an empty optional field, so `WHERE date IS NULL` reads as it should.
std::optional<std::string_view> OrNull(std::string_view s) {
  return s.empty() ? std::nullopt : std::optional<std::string_view>(s);
}

}  // namespace

Status WriteSqlite(const graph::KnowledgeGraph& kg, const BuildInfo& info, std::string* bytes) {
  const auto& g = kg.graph();
  Db db;
  Status s = db.Open();
  if (s.ok()) s = db.Exec(kSchema);
  if (s.ok()) s = db.Exec("BEGIN");
  Stmt meta, source, entity, alias, mention, edge, evidence;
  if (s.ok()) s = db.Prepare("INSERT INTO meta VALUES (?, ?)", &meta);
  if (s.ok()) s = db.Prepare("INSERT INTO sources VALUES (?, ?, ?)", &source);
  if (s.ok()) s = db.Prepare("INSERT INTO entities VALUES (?, ?, ?, ?)", &entity);
  if (s.ok()) s = db.Prepare("INSERT INTO aliases VALUES (?, ?)", &alias);
  if (s.ok()) s = db.Prepare("INSERT INTO mentions VALUES (?, ?)", &mention);
  if (s.ok()) s = db.Prepare("INSERT INTO edges VALUES (?, ?, ?, ?, ?)", &edge);
  if (s.ok()) {
    s = db.Prepare("INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", &evidence);
  }
  if (!s.ok()) return s;
  const std::pair<std::string, std::string> metas[] = {{"format", "apparat-sqlite 1"},
                                                        {"generator", info.generator},
                                                        {"version", info.version},
                                                        {"rules_digest", info.rules_digest}};
  for (const auto& [k, v] : metas) {
    if (s.ok()) s = db.Insert(meta, k, v);
  }
  for (const auto& src : kg.Sources()) {
    if (s.ok()) s = db.Insert(source, src.name, src.sha256, static_cast<int64_t>(src.bytes));
  }
  for (auto v : kg.NodesInOrder()) {
    const auto& n = g[v];
    if (s.ok()) s = db.Insert(entity, n.id, n.label, std::string(rules::EntityTypeName(n.type)), OrNull(n.authority));
    for (const auto& a : n.aliases) {
      if (s.ok()) s = db.Insert(alias, n.id, a);
    }
    for (const auto& src : n.sources) {
      if (s.ok()) s = db.Insert(mention, n.id, src);
    }
  }
  int64_t edge_id = 0, evidence_id = 0;
  for (auto e : kg.EdgesInOrder()) {
    const auto& p = g[e];
    ++edge_id;
    if (s.ok()) {
      s = db.Insert(edge, edge_id, g[boost::source(e, g)].id, p.relation, g[boost::target(e, g)].id,
                    static_cast<int64_t>(p.weight()));
    }
    for (const auto& ev : kg.evidence(p)) {
      if (!s.ok()) break;
      s = db.Insert(evidence, ++evidence_id, edge_id, ev.source, static_cast<int64_t>(ev.start),
                    static_cast<int64_t>(ev.end), static_cast<int64_t>(ev.line), ev.text, OrNull(ev.date),
                    OrNull(ev.date_end), ev.rule, OrNull(ev.polarity), static_cast<int64_t>(ev.copy ? 1 : 0),
                    OrNull(ev.reported_by));
    }
  }
  // The full-text index over the sentences, built once from the table.
  if (s.ok()) s = db.Exec("INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild'); COMMIT; VACUUM;");
  if (s.ok()) s = db.Serialize(bytes);
  return s;
}

}  // namespace apparat::exporter

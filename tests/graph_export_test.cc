#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <map>

#include "export/atomic_file.h"
#include "export/viewer.h"
#include "export/formats.h"
#include "export/writers.h"
#include "export/xml_text.h"
#include "graph/knowledge_graph.h"
#include "test_util.h"

using namespace apparat;

namespace {

extract::Fact MakeFact(std::string s, std::string rel, std::string o, std::string doc, size_t start) {
  extract::Fact f;
  f.subject = std::move(s);
  f.relation = std::move(rel);
  f.object = std::move(o);
  f.evidence.source = std::move(doc);
  f.evidence.start = start;
  f.evidence.end = start + 10;
  f.evidence.line = 1;
  f.evidence.text = "A <quoted> & \"odd\" sentence\x01.";
  f.evidence.rule = "r1";
  return f;
}

extract::DocumentFacts Doc(const std::string& name, std::vector<extract::Fact> facts) {
  extract::DocumentFacts d;
  d.source = d.path = name;
  d.sha256 = "00";
  d.entities = {{"lenin", rules::EntityType::kPerson, "Lenin", {"Ilyich"}},
                {"stalin", rules::EntityType::kPerson, "Stalin", {}},
                {"monopoly", rules::EntityType::kIssue, "monopoly of foreign trade", {}}};
  d.facts = std::move(facts);
  return d;
}

graph::KnowledgeGraph TwoDocGraph(bool reversed) {
  auto a = Doc("a.txt", {MakeFact("lenin", "wrote-to", "stalin", "a.txt", 50),
                         MakeFact("lenin", "opposed", "stalin", "a.txt", 10)});
  auto b = Doc("b.txt", {MakeFact("lenin", "wrote-to", "stalin", "b.txt", 5),
                         MakeFact("lenin", "supported", "monopoly", "b.txt", 7)});
  graph::KnowledgeGraph g;
  if (reversed) {
    g.Add(b);
    g.Add(a);
  } else {
    g.Add(a);
    g.Add(b);
  }
  g.Finalize();
  return g;
}

}  // namespace

TEST_CASE("facts merge into one edge per (subject, relation, object)") {
  auto g = TwoDocGraph(false);
  CHECK(g.node_count() == 3);
  CHECK(g.edge_count() == 3);
  for (auto e : g.EdgesInOrder()) {
    if (g.graph()[e].relation == "wrote-to") CHECK(g.graph()[e].weight() == 2);
  }
}

TEST_CASE("the graph keeps each sentence of a document once, and every field of its evidence") {
  // Two facts from one sentence (same span), one from another sentence.
  auto f1 = MakeFact("lenin", "wrote-to", "stalin", "a.txt", 50);
  auto f2 = MakeFact("lenin", "opposed", "stalin", "a.txt", 50);
  f2.evidence.rule = "r2";
  f2.evidence.date = "1922-12";
  f2.evidence.date_end = "1923-01";
  f2.evidence.polarity = "reversed";
  f2.evidence.reported_by = "trotsky";
  f2.evidence.copy = true;
  f2.evidence.line = 7;
  auto f3 = MakeFact("lenin", "supported", "monopoly", "a.txt", 90);
  f3.evidence.text = "Another sentence.";
  graph::KnowledgeGraph g;
  g.Add(Doc("a.txt", {f1, f2, f3}));
  g.Finalize();
  // Views read while their range lives (a spooled sentence's text is the
  // iterator's); nothing is spooled here, so the texts stay valid after.
  std::map<std::string, graph::EvidenceView> by_relation;
  for (auto e : g.EdgesInOrder()) {
    const auto& p = g.graph()[e];
    REQUIRE(p.evidence.size() == 1);
    for (const auto& ev : g.evidence(p)) by_relation[p.relation] = ev;
  }
  REQUIRE(g.spooled_text_bytes() == 0);
  REQUIRE(by_relation.size() == 3);
  const auto &wrote = by_relation["wrote-to"], &opposed = by_relation["opposed"], &supported = by_relation["supported"];
  CHECK(wrote.text == f1.evidence.text);
  CHECK(wrote.text.data() == opposed.text.data());  // one copy of the shared sentence
  CHECK(supported.text == "Another sentence.");
  CHECK(opposed.source == "a.txt");
  CHECK(opposed.start == 50);
  CHECK(opposed.end == 60);
  CHECK(opposed.line == 7);
  CHECK(opposed.rule == "r2");
  CHECK(opposed.date == "1922-12");
  CHECK(opposed.date_end == "1923-01");
  CHECK(opposed.polarity == "reversed");
  CHECK(opposed.reported_by == "trotsky");
  CHECK(opposed.copy);
  CHECK(wrote.rule == "r1");
  CHECK(wrote.date.empty());
  CHECK_FALSE(wrote.copy);
}

TEST_CASE("sentences spooled to a temporary file give the same exports as sentences in memory") {
  auto docs = [] {
    auto f1 = MakeFact("lenin", "wrote-to", "stalin", "a.txt", 50);
    auto f2 = MakeFact("lenin", "opposed", "stalin", "a.txt", 50);  // the same sentence
    auto f3 = MakeFact("lenin", "supported", "monopoly", "b.txt", 7);
    f3.evidence.text = std::string(3000, 'x') + " a long sentence.";
    return std::vector<extract::DocumentFacts>{Doc("a.txt", {f1, f2}), Doc("b.txt", {f3})};
  };
  exporter::BuildInfo info{"apparat", "test", "digest"};
  graph::KnowledgeGraph in_memory, spooled(0);
  for (auto& d : docs()) in_memory.Add(d);
  for (auto& d : docs()) spooled.Add(d);
  in_memory.Finalize();
  spooled.Finalize();
  CHECK(in_memory.spooled_text_bytes() == 0);
  // The shared sentence once, the long one once.
  CHECK(spooled.spooled_text_bytes() == std::string("A <quoted> & \"odd\" sentence\x01.").size() + 3017);
  CHECK(exporter::WriteJson(spooled, info) == exporter::WriteJson(in_memory, info));
  CHECK(exporter::WriteGraphml(spooled, info) == exporter::WriteGraphml(in_memory, info));
  CHECK(exporter::WriteGexf(spooled, info) == exporter::WriteGexf(in_memory, info));
  CHECK(exporter::WriteCytoscape(spooled, info) == exporter::WriteCytoscape(in_memory, info));
  CHECK(exporter::WriteGraphology(spooled, info) == exporter::WriteGraphology(in_memory, info));
  CHECK(exporter::WriteNeo4j(spooled) == exporter::WriteNeo4j(in_memory));
  std::string db_spooled, db_in_memory;
  CHECK(exporter::WriteSqlite(spooled, info, &db_spooled).ok());
  CHECK(exporter::WriteSqlite(in_memory, info, &db_in_memory).ok());
  CHECK(db_spooled == db_in_memory);
  CHECK(spooled.status().ok());
}

TEST_CASE("evidence with an empty sentence or rule is written by every format") {
  auto f = MakeFact("lenin", "wrote-to", "stalin", "a.txt", 50);
  f.evidence.text.clear();
  f.evidence.rule.clear();
  f.evidence.end = f.evidence.start;
  graph::KnowledgeGraph g;
  g.Add(Doc("a.txt", {f}));
  g.Finalize();
  exporter::BuildInfo info{"apparat", "test", "digest"};
  std::string db;
  // The SQLite columns are NOT NULL: an empty string must be bound as ''.
  Status s = exporter::WriteSqlite(g, info, &db);
  INFO(s.message());
  CHECK(s.ok());
  CHECK(exporter::WriteJson(g, info).find("\"rule\": \"\"") != std::string::npos);
}

TEST_CASE("of two records of one span under one source name, the same is kept whatever the order") {
  // Two files that give one source name (the same file name in two
  // folders): one record of the span survives, and not the first to come.
  auto f1 = MakeFact("lenin", "wrote-to", "stalin", "a.txt", 50);
  auto f2 = f1;
  f2.evidence.date = "1922-12";
  exporter::BuildInfo info{"apparat", "test", "digest"};
  graph::KnowledgeGraph g1, g2;
  g1.Add(Doc("a.txt", {f1}));
  g1.Add(Doc("a.txt", {f2}));
  g2.Add(Doc("a.txt", {f2}));
  g2.Add(Doc("a.txt", {f1}));
  g1.Finalize();
  g2.Finalize();
  CHECK(exporter::WriteJson(g1, info) == exporter::WriteJson(g2, info));
}

TEST_CASE("exports do not depend on the order documents arrive in") {
  exporter::BuildInfo info{"apparat", "test", "digest"};
  auto g1 = TwoDocGraph(false), g2 = TwoDocGraph(true);
  CHECK(exporter::WriteJson(g1, info) == exporter::WriteJson(g2, info));
  CHECK(exporter::WriteGraphml(g1, info) == exporter::WriteGraphml(g2, info));
  CHECK(exporter::WriteGexf(g1, info) == exporter::WriteGexf(g2, info));
}

TEST_CASE("the JSON is node-link with evidence on every link") {
  auto g = TwoDocGraph(false);
  std::string json = exporter::WriteJson(g, {"apparat", "test", "digest"});
  rapidjson::Document d;
  REQUIRE_FALSE(d.Parse(json.c_str()).HasParseError());
  CHECK(d["directed"].GetBool());
  CHECK(d["multigraph"].GetBool());
  CHECK(d["graph"]["sources"].Size() == 2);
  REQUIRE(d["nodes"].Size() == 3);
  CHECK(std::string(d["nodes"][0]["id"].GetString()) == "lenin");
  REQUIRE(d["links"].Size() == 3);
  for (const auto& l : d["links"].GetArray()) {
    CHECK(l["evidence"].Size() >= 1);
    CHECK(l["weight"].GetUint() == l["evidence"].Size());
    CHECK(std::string(l["key"].GetString()) == l["relation"].GetString());
  }
  // Evidence of the wrote-to edge is sorted by source.
  const auto& ev = d["links"][2]["evidence"];
  CHECK(std::string(ev[0]["source"].GetString()) == "a.txt");
}

TEST_CASE("GraphML uses descriptive typed keys and escapes text") {
  auto g = TwoDocGraph(false);
  std::string x = exporter::WriteGraphml(g, {"apparat", "test", "digest"});
  CHECK_THAT(x, Catch::Contains("edgedefault=\"directed\""));
  CHECK_THAT(x, Catch::Contains("<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"));
  CHECK_THAT(x, !Catch::Contains("for=\"all\""));
  CHECK_THAT(x, !Catch::Contains("id=\"d0\""));
  CHECK_THAT(x, Catch::Contains("&lt;quoted&gt; &amp; &quot;odd&quot;"));
  CHECK(x.find('\x01') == std::string::npos);
}

TEST_CASE("GEXF keeps parallel edges apart by kind") {
  auto g = TwoDocGraph(false);
  std::string x = exporter::WriteGexf(g, {"apparat", "test", "digest"});
  CHECK_THAT(x, Catch::Contains("version=\"1.3\""));
  CHECK_THAT(x, Catch::Contains("kind=\"wrote-to\""));
  CHECK_THAT(x, Catch::Contains("kind=\"opposed\""));
}

TEST_CASE("XML escaping drops characters XML 1.0 forbids") {
  CHECK(exporter::XmlEscape("a\x01" "b\x1f" "c") == "abc");
  CHECK(exporter::XmlEscape("l1\nl2") == "l1&#10;l2");
  CHECK(exporter::XmlEscape("x\xEF\xBF\xBEy") == "xy");
}

TEST_CASE("atomic writes replace the file whole and leave no temporary") {
  testing::TempDir dir;
  std::string p = dir.Write("out.json", "old");
  REQUIRE(exporter::WriteFileAtomically(p, "new").ok());
  std::ifstream in(p);
  std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(s == "new");
  size_t files = 0;
  for (auto& e : std::filesystem::directory_iterator(dir.path())) files += e.is_regular_file();
  CHECK(files == 1);
  CHECK_FALSE(exporter::WriteFileAtomically(dir.path() + "/no/such/dir/x", "y").ok());
}

TEST_CASE("graph.json, the page, GraphML and GEXF made in pieces are the bytes made whole") {
  // Sentences long enough to fill several 64 KB pieces, full of line
  // separators (U+2028, three bytes) at every offset, so some are cut
  // between two pieces; and markup the page must escape.
  std::vector<extract::Fact> facts;
  for (int i = 0; i < 40; ++i) {
    auto f = MakeFact("lenin", i % 2 ? "opposed" : "wrote-to", "stalin", "a.txt", 10 + i);
    std::string text(static_cast<size_t>(i), 'x');
    for (int k = 0; k < 1500; ++k) text += k % 3 ? "ab\xE2\x80\xA8" : "</script>\xE2\x80\xA9&";
    f.evidence.text = text;
    facts.push_back(f);
  }
  graph::KnowledgeGraph g;
  g.Add(Doc("a.txt", facts));
  g.Finalize();
  exporter::BuildInfo info{"apparat", "test", "digest"};
  std::string json = exporter::WriteJson(g, info);
  REQUIRE(json.size() > 4 * (1 << 16));
  std::string pieces;
  size_t calls = 0;
  exporter::WriteJsonTo(g, info, [&](std::string_view p) { pieces.append(p), ++calls; });
  CHECK(pieces == json);
  CHECK(calls > 4);
  for (auto [whole, streamed] : {std::pair{&exporter::WriteGraphml, &exporter::WriteGraphmlTo},
                                 std::pair{&exporter::WriteGexf, &exporter::WriteGexfTo}}) {
    std::string xml = whole(g, info), xml_pieces;
    size_t xml_calls = 0;
    streamed(g, info, [&](std::string_view p) { xml_pieces.append(p), ++xml_calls; });
    CHECK(xml_pieces == xml);
    CHECK(xml_calls > 1);
  }
  std::string page;
  exporter::WriteHtmlTo(g, info, [&](std::string_view p) { page.append(p); });
  CHECK(page == exporter::WriteHtml(json));
  CHECK(page.find("\xE2\x80\xA8") == std::string::npos);
  CHECK(page.find("</script>x") == std::string::npos);
}

TEST_CASE("a file set replaces its files only on commit, and a set never committed leaves nothing") {
  testing::TempDir dir;
  std::string a = dir.Write("a.json", "old a");
  std::string b = dir.path() + "/b.gexf";
  auto read = [](const std::string& p) {
    std::ifstream in(p);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  };
  auto count_files = [&] {
    size_t n = 0;
    for (auto& e : std::filesystem::directory_iterator(dir.path())) n += e.is_regular_file();
    return n;
  };
  {
    exporter::AtomicFileSet set;
    REQUIRE(set.Add(a, "new a").ok());
    REQUIRE(set.Add(b, "new b").ok());
    CHECK(read(a) == "old a");  // written beside, not yet in place
    CHECK_FALSE(std::filesystem::exists(b));
  }  // dropped without Commit
  CHECK(read(a) == "old a");
  CHECK(count_files() == 1);  // no temporary left
  {
    exporter::AtomicFileSet set;
    REQUIRE(set.Add(a, "new a").ok());
    // A failing Add removes what the set wrote before it.
    CHECK_FALSE(set.Add(dir.path() + "/no/such/dir/x", "y").ok());
    CHECK(count_files() == 1);
    CHECK(read(a) == "old a");
  }
  {
    exporter::AtomicFileSet set;
    REQUIRE(set.Add(a, "new a").ok());
    // A producer that throws (out of memory) half-way: the exception goes
    // on, the half-written temporary does not stay.
    auto throws = [](const std::function<void(std::string_view)>& put) -> Status {
      put("half of b");
      throw std::bad_alloc();
    };
    CHECK_THROWS_AS(set.AddStreamed(b, throws), std::bad_alloc);
  }
  CHECK(count_files() == 1);
  CHECK(read(a) == "old a");
  exporter::AtomicFileSet set;
  REQUIRE(set.Add(a, "new a").ok());
  REQUIRE(set.Add(b, "new b").ok());
  REQUIRE(set.Commit().ok());
  CHECK(read(a) == "new a");
  CHECK(read(b) == "new b");
  CHECK(count_files() == 2);
}

TEST_CASE("XML values are capped with a count of what was left out") {
  std::vector<std::string> parts(10, std::string(100, 'x'));
  CHECK(exporter::JoinWithin(parts, "; ", 10000) == exporter::JoinWithin(parts, "; ", 10000));
  std::string all = exporter::JoinWithin(parts, "; ", 10000);
  CHECK(all.size() == 10 * 100 + 9 * 2);
  std::string capped = exporter::JoinWithin(parts, "; ", 350);
  CHECK(capped == std::string(100, 'x') + "; " + std::string(100, 'x') + "; " + std::string(100, 'x') +
                      "; ... 7 more (graph.json has all)");
  // One part over the cap: cut on a character boundary ("é" is two bytes).
  std::string one = exporter::JoinWithin({"a\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"}, "; ", 4);
  CHECK(one == "a\xc3\xa9 ... (8 more bytes) (graph.json has all)");
}

TEST_CASE("a fact whose ends its document does not list is dropped whatever came first") {
  // b.txt's fact names "stalin", which only a.txt lists: looked up in the
  // whole graph it would survive when a.txt came first and vanish otherwise.
  auto a = Doc("a.txt", {});
  auto b = Doc("b.txt", {MakeFact("lenin", "opposed", "stalin", "b.txt", 3)});
  b.entities.erase(b.entities.begin() + 1);
  for (bool a_first : {true, false}) {
    graph::KnowledgeGraph g;
    if (a_first) {
      g.Add(a);
      g.Add(b);
    } else {
      g.Add(b);
      g.Add(a);
    }
    g.Finalize();
    CHECK(g.edge_count() == 0);
  }
}

TEST_CASE("an allied edge is marked symmetric in GraphML and runs both ways in GEXF") {
  graph::KnowledgeGraph g;
  g.Add(Doc("a.txt", {MakeFact("lenin", "allied", "stalin", "a.txt", 5), MakeFact("lenin", "opposed", "stalin", "a.txt", 9)}));
  g.Finalize();
  std::string graphml = exporter::WriteGraphml(g, {"apparat", "test", "digest"});
  std::string gexf = exporter::WriteGexf(g, {"apparat", "test", "digest"});
  auto edge_line = [](const std::string& xml, const std::string& relation) {
    for (size_t at = xml.find("<edge "); at != std::string::npos; at = xml.find("<edge ", at + 1)) {
      std::string line = xml.substr(at, xml.find('>', at) - at);
      size_t end = xml.find("</edge>", at);
      if (xml.substr(at, end - at).find(">" + relation + "<") != std::string::npos ||
          line.find("kind=\"" + relation + "\"") != std::string::npos) {
        return line;
      }
    }
    return std::string();
  };
  // GraphML: the key `symmetric`, not directed="false", which networkx
  // refuses in a directed graph.
  auto edge_body = [&](const std::string& relation) {
    for (size_t at = graphml.find("<edge "); at != std::string::npos; at = graphml.find("<edge ", at + 1)) {
      std::string body = graphml.substr(at, graphml.find("</edge>", at) - at);
      if (body.find(">" + relation + "<") != std::string::npos) return body;
    }
    return std::string();
  };
  CHECK(edge_body("allied").find("<data key=\"symmetric\">true</data>") != std::string::npos);
  CHECK(edge_body("opposed").find("symmetric") == std::string::npos);
  CHECK(graphml.find("directed=\"false\"") == std::string::npos);
  CHECK(edge_line(gexf, "allied").find("type=\"mutual\"") != std::string::npos);
  CHECK(edge_line(gexf, "opposed").find("type=") == std::string::npos);
}

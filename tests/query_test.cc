// Query stage: graph loading, question grammar, names, answers, filters,
// paths and rendering, over tests/fixtures/query/small.json (invented
// sentences; see that file) and small graphs written inline.
#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "query/answer.h"
#include "query/graph_file.h"
#include "query/graph_index.h"
#include "query/names.h"
#include "query/question.h"
#include "test_util.h"
#include "query/render.h"

namespace q = apparat::query;

namespace {

const std::string kFixture = std::string(APPARAT_SOURCE_DIR) + "/tests/fixtures/query/small.json";

const q::GraphFile& Fixture() {
  static q::GraphFile* g = [] {
    auto* f = new q::GraphFile;
    apparat::Status s = f->Load(kFixture);
    if (!s.ok()) FAIL(s.message());
    return f;
  }();
  return *g;
}

q::Result Ask(const std::string& question, q::Request r = {}) {
  r.question = question;
  q::Result out;
  apparat::Status s = q::Answer(Fixture(), r, &out);
  INFO(question << ": " << s.message());
  REQUIRE(s.ok());
  return out;
}

apparat::Status AskError(const std::string& question, q::Request r = {}) {
  r.question = question;
  q::Result out;
  return q::Answer(Fixture(), r, &out);
}

std::vector<std::string> Ids(const q::Result& r) {
  std::vector<std::string> ids;
  for (const auto& it : r.items) ids.emplace_back(Fixture().node(it.entity).id);
  return ids;
}

q::Request Question(const std::string& text) {
  q::Request r;
  r.question = text;
  return r;
}

std::string Id(int64_t n) { return n < 0 ? "" : std::string(Fixture().node(n).id); }

q::Query Parse(const std::string& question) {
  q::Query out;
  apparat::Status s = q::ParseQuestion(question, [](std::string_view) { return true; }, &out);
  INFO(question << ": " << s.message());
  REQUIRE(s.ok());
  return out;
}

// Writes `text` to a fresh temporary file and loads it.
apparat::Status LoadText(const std::string& text, q::LoadOptions opt = {}) {
  auto path = std::filesystem::temp_directory_path() / "apparat_query_test.json";
  {
    std::ofstream f(path, std::ios::binary);
    f << text;
  }
  q::GraphFile g;
  apparat::Status s = g.Load(path.string(), opt);
  std::filesystem::remove(path);
  return s;
}

const char* kHeader = R"("directed": true, "multigraph": true,
  "graph": {"generator": "apparat", "version": "0.1.0", "rules_digest": "x", "sources": []})";

}  // namespace

TEST_CASE("query: the fixture graph loads and is indexed", "[query]") {
  const auto& g = Fixture();
  REQUIRE(g.node_count() == 21);
  REQUIRE(g.version() == "0.1.0");
  REQUIRE(g.source_count() == 3);
  int64_t lenin = g.FindId("lenin");
  REQUIRE(lenin >= 0);
  REQUIRE(g.out_edges(lenin).size() == 5);
  REQUIRE(g.FindId("nobody") == -1);
}

TEST_CASE("query: grammar reads the question forms", "[query]") {
  auto qa = Parse("who opposed the monopoly");
  CHECK(qa.relation == "opposed");
  CHECK(qa.object == "the monopoly");
  CHECK(qa.subject.empty());

  auto qb = Parse("Who did Lenin write to?");
  CHECK(qb.relation == "wrote-to");
  CHECK(qb.subject == "Lenin");

  CHECK(Parse("who sent letters to Trotsky").object == "Trotsky");
  auto qc = Parse("who received letters from Lenin");
  CHECK(qc.relation == "wrote-to");
  CHECK(qc.subject == "Lenin");
  auto qd = Parse("who did Trotsky receive letters from");
  CHECK(qd.object == "Trotsky");

  CHECK(Parse("who was against Stalin").relation == "opposed");
  CHECK(Parse("who attacked Stalin").relation == "opposed");
  CHECK(Parse("who fought Stalin").relation == "opposed");
  CHECK(Parse("who defended the monopoly").relation == "supported");
  CHECK(Parse("who sided with Trotsky").relation == "allied");
  CHECK(Parse("who formed a bloc with Trotsky").relation == "allied");
  CHECK(Parse("who belonged to the Politburo").relation == "member-of");
  CHECK(Parse("who appointed Stalin").relation == "appointed");

  auto qe = Parse("what posts did Stalin hold");
  CHECK(qe.relation == "held");
  CHECK(qe.subject == "Stalin");
  CHECK(qe.answer_type == "position");
  CHECK(Parse("posts of Stalin").relation == "held");
  CHECK(Parse("who held the post of General Secretary").object == "General Secretary");

  auto qf = Parse("who was a member of the politburo");
  CHECK(qf.relation == "member-of");
  CHECK(qf.object == "the politburo");
  CHECK(Parse("what was Stalin a member of").subject == "Stalin");

  auto qg = Parse("who was opposed by Lenin");
  CHECK(qg.relation == "opposed");
  CHECK(qg.subject == "Lenin");

  auto qp = Parse("how is Krestinsky connected to Stalin");
  CHECK(qp.kind == q::Query::kPath);
  CHECK(qp.subject == "Krestinsky");
  CHECK(qp.object == "Stalin");
  CHECK(Parse("how are Lenin and Trotsky related").kind == q::Query::kPath);
}

TEST_CASE("query: the template that leaves the fewest words to names wins; times, titles and possessives", "[query]") {
  auto f = Parse("who fought against Stalin");
  CHECK(f.relation == "opposed");
  CHECK(f.object == "Stalin");
  auto yn = Parse("did Stalin oppose Trotsky");
  CHECK(yn.yes_no);
  CHECK(yn.subject == "Stalin");
  CHECK(yn.object == "Trotsky");
  auto passive = Parse("was Trotsky attacked by Stalin");
  CHECK(passive.yes_no);
  CHECK(passive.subject == "Stalin");
  CHECK(passive.object == "Trotsky");
  auto t = Parse("who opposed Stalin in 1923");
  CHECK(t.object == "Stalin");
  CHECK(t.since == "1923");
  CHECK(t.until == "1923");
  auto before = Parse("who did Lenin write to before 1923");
  CHECK(before.since.empty());
  CHECK(before.until == "1922");
  auto month = Parse("who wrote to Trotsky in December 1922");
  CHECK(month.since == "1922-12");
  auto range = Parse("who opposed the monopoly from 1921 to 1923");
  CHECK(range.since == "1921");
  CHECK(range.until == "1923");
  auto allies = Parse("Stalin's allies");
  CHECK(allies.relation == "allied");
  CHECK(allies.subject == "Stalin");
  auto critics = Parse("who were Lenin's critics");
  CHECK(critics.relation == "opposed");
  CHECK(critics.object == "Lenin");
  CHECK(Parse("comrade Stalin").kind == q::Query::kAbout);
  CHECK(Parse("comrade Stalin").subject == "Stalin");
  CHECK(Parse("who appointed comrade Stalin").object == "Stalin");
  auto post = Parse("who was General Secretary");
  CHECK(post.relation == "held");
  CHECK(post.object_type == "position");
  // A name with a possessive inside it keeps it.
  CHECK(Parse("who held People's Commissar for Nationalities").object == "People's Commissar for Nationalities");
}

TEST_CASE("query: when-questions list the evidence in date order; yes-or-no says when sources disagree", "[query]") {
  // Evidence is stored by source: here the later letter's source comes first.
  auto path = std::filesystem::temp_directory_path() / "apparat_query_when.json";
  {
    std::ofstream f(path, std::ios::binary);
    f << "{" << kHeader << R"(, "nodes": [
      {"id": "lenin", "label": "Lenin", "type": "person", "aliases": [], "sources": []},
      {"id": "trotsky", "label": "Trotsky", "type": "person", "aliases": [], "sources": []}],
      "links": [{"source": "lenin", "target": "trotsky", "key": "wrote-to", "relation": "wrote-to", "weight": 3,
        "evidence": [
          {"source": "a.txt", "start": 0, "end": 5, "line": 1, "text": "x", "rule": "r", "date": "1923-03-05"},
          {"source": "b.txt", "start": 0, "end": 5, "line": 1, "text": "y", "rule": "r", "date": null},
          {"source": "c.txt", "start": 0, "end": 5, "line": 1, "text": "z", "rule": "r", "date": "1922-12-13"}]}]})";
  }
  q::GraphFile when_graph;
  REQUIRE(when_graph.Load(path.string()).ok());
  std::filesystem::remove(path);
  q::Result r;
  REQUIRE(q::Answer(when_graph, Question("when did Lenin write to Trotsky"), &r).ok());
  REQUIRE(r.items.size() == 1);
  std::vector<std::string> dates;
  for (const auto& h : r.items[0].hits) {
    for (uint32_t e : h.evidence) dates.emplace_back(when_graph.evidence(e).date);
  }
  CHECK(dates == std::vector<std::string>{"1922-12-13", "1923-03-05", ""});  // undated last
  REQUIRE(q::Answer(Fixture(), Question("did Stalin support the monopoly"), &r).ok());
  REQUIRE(r.items.size() == 1);
  CHECK(r.items[0].hits.empty());
  CHECK_FALSE(r.items[0].contrary.empty());
  REQUIRE(q::Answer(Fixture(), Question("did Bukharin support the monopoly"), &r).ok());
  REQUIRE(r.items.size() == 1);
  CHECK_FALSE(r.items[0].hits.empty());
  CHECK_FALSE(r.items[0].contrary.empty());
}

TEST_CASE("query: grammar names the word it did not understand", "[query]") {
  auto s = AskError("who bamboozled Stalin");
  REQUIRE(!s.ok());
  CHECK(s.message().find("\"bamboozled\"") != std::string::npos);
  s = AskError("who opposed Stalinn");
  REQUIRE(!s.ok());
  CHECK(s.message().find("\"stalinn\"") != std::string::npos);
  CHECK(s.message().find("did you mean \"Stalin\"") != std::string::npos);
  s = AskError("opposed who Stalin");
  REQUIRE(!s.ok());
  CHECK(s.message().find("could not read") != std::string::npos);
  CHECK(!AskError("").ok());
}

TEST_CASE("query: names resolve by label, alias, part and possessive", "[query]") {
  q::NameIndex names(Fixture());
  auto one = [&](const std::string& phrase) {
    auto r = names.Resolve(phrase);
    INFO(phrase);
    REQUIRE(r.candidates.size() == 1);
    return std::string(Fixture().node(r.candidates[0]).id);
  };
  CHECK(one("the monopoly") == "foreign-trade-monopoly");
  CHECK(one("monopoly") == "foreign-trade-monopoly");
  CHECK(one("Foreign Trade") == "foreign-trade-monopoly");
  CHECK(one("Georgian CC") == "georgian-cc");
  CHECK(one("georgian committee") == "georgian-cc");
  CHECK(one("Ordzhonikidze's") == "ordzhonikidze");
  CHECK(one("Ordzhonikidze\xE2\x80\x99s") == "ordzhonikidze");
  CHECK(one("LENIN") == "lenin");
  CHECK(one("V. I. Lenin") == "lenin");
  CHECK(one("Krest") == "krestinsky");
  CHECK(one("Kamenev") == "kamenev");  // the exact label wins over S. S. Kamenev
  CHECK(one("the politburo") == "politburo");
  CHECK(q::NameWords("Workers\xE2\x80\x99 Opposition") == std::vector<std::string>{"workers", "opposition"});

  auto amb = names.Resolve("committee");
  CHECK(amb.candidates.size() == 2);
  auto none = names.Resolve("Plekhanovsky");
  CHECK(none.candidates.empty());
  CHECK(none.unknown_word == "plekhanovsky");
  // The slot's type narrows candidates when some fit.
  CHECK(names.Resolve("Sergei", {"person"}).candidates.size() == 1);
}

TEST_CASE("query: ambiguous names list the candidates", "[query]") {
  auto s = AskError("who opposed the committee");
  REQUIRE(!s.ok());
  CHECK(s.message().find("could mean 2 entities") != std::string::npos);
  CHECK(s.message().find("Central Committee (central-committee, body)") != std::string::npos);
  CHECK(s.message().find("Georgian Central Committee (georgian-cc, body)") != std::string::npos);
  CHECK(s.message().find("more precise") != std::string::npos);
}

TEST_CASE("query: fact answers rank by evidence and sources", "[query]") {
  CHECK(Ids(Ask("who opposed the monopoly")) == std::vector<std::string>{"stalin", "bukharin"});
  CHECK(Ids(Ask("who did Lenin write to")) == std::vector<std::string>{"trotsky", "kamenev", "stalin"});
  CHECK(Ids(Ask("who allied with Trotsky")) == std::vector<std::string>{"lenin"});
  CHECK(Ids(Ask("who allied with Zinoviev")) == std::vector<std::string>{"kamenev"});
  CHECK(Ids(Ask("who sided with Kamenev")) == std::vector<std::string>{"zinoviev"});  // stored once, read both ways
  CHECK(Ids(Ask("who appointed Stalin")) == std::vector<std::string>{"central-committee"});
  CHECK(Ids(Ask("what posts did Stalin hold")) ==
        std::vector<std::string>{"general-secretary", "commissar-nationalities"});  // ties: by label
  CHECK(Ids(Ask("who was a member of the politburo")) == std::vector<std::string>{"kamenev", "stalin", "trotsky"});
  CHECK(Ids(Ask("who received letters from Lenin")) == std::vector<std::string>{"trotsky", "kamenev", "stalin"});
  CHECK(Ids(Ask("who did Trotsky receive letters from")) == std::vector<std::string>{"lenin", "krestinsky"});
  CHECK(Ids(Ask("whom did Lenin oppose")) == std::vector<std::string>{"ordzhonikidze"});
  CHECK(Ids(Ask("who opposed Ordzhonikidze's")) == std::vector<std::string>{"lenin"});

  auto r = Ask("who did Lenin write to");
  CHECK(r.items[0].evidence_count == 3);
  CHECK(r.items[0].source_count == 2);
  CHECK(r.total_items == 3);
}

TEST_CASE("query: disagreeing sources are shown side by side", "[query]") {
  auto r = Ask("who supported the monopoly");
  REQUIRE(Ids(r) == std::vector<std::string>{"trotsky", "bukharin"});
  CHECK(r.items[0].contrary.empty());
  REQUIRE(r.items[1].contrary.size() == 1);
  CHECK(Fixture().edge(r.items[1].contrary[0].edge).relation == "opposed");
  std::string text = q::RenderText(Fixture(), Question("who supported the monopoly"), r);
  CHECK(text.find("but other evidence disagrees") != std::string::npos);
}

TEST_CASE("query: empty answers are not errors", "[query]") {
  auto r = Ask("who opposed Marx");
  CHECK(r.items.empty());
  q::Request req;
  req.question = "who opposed Marx";
  CHECK(q::RenderText(Fixture(), req, r).find("No answer") != std::string::npos);
}

TEST_CASE("query: date, source and limit filters", "[query]") {
  q::Request since;
  since.since = "1923";
  auto r = Ask("who did Lenin write to", since);
  CHECK(Ids(r) == std::vector<std::string>{"kamenev", "stalin", "trotsky"});  // one each after 1923
  CHECK(r.items[2].evidence_count == 1);

  q::Request until;
  until.until = "1922-10-01";
  CHECK(Ids(Ask("who opposed the monopoly", until)) == std::vector<std::string>{"stalin"});  // "1922-10" overlaps

  q::Request both;
  both.since = "1922-11";
  both.until = "1922-12";
  CHECK(Ids(Ask("who opposed the monopoly", both)) == std::vector<std::string>{"stalin"});

  q::Request undated;
  undated.since = "1900";
  CHECK(Ids(Ask("who was a member of the politburo", undated)) == std::vector<std::string>{"kamenev"});

  q::Request source;
  source.source = "doc-b";
  auto rb = Ask("who did Lenin write to", source);
  CHECK(Ids(rb) == std::vector<std::string>{"trotsky"});
  CHECK(rb.sources == std::vector<std::string>{"doc-b.txt"});
  source.source = "doc-b.txt";
  CHECK(Ids(Ask("who did Lenin write to", source)) == std::vector<std::string>{"trotsky"});

  q::Request limit;
  limit.limit = 1;
  auto rl = Ask("who did Lenin write to", limit);
  CHECK(rl.items.size() == 1);
  CHECK(rl.total_items == 3);

  q::Request bad;
  bad.since = "1922-13";
  CHECK(!AskError("who opposed the monopoly", bad).ok());
  bad.since = "last year";
  CHECK(!AskError("who opposed the monopoly", bad).ok());
  q::Request inverted;
  inverted.since = "1923";
  inverted.until = "1922";
  CHECK(!AskError("who opposed the monopoly", inverted).ok());
  q::Request nosource;
  nosource.source = "doc-z";
  auto s = AskError("who opposed the monopoly", nosource);
  CHECK(s.message().find("doc-a.txt") != std::string::npos);
  q::Request vague;
  vague.source = "doc";
  CHECK(AskError("who opposed the monopoly", vague).message().find("could mean") != std::string::npos);
}

TEST_CASE("query: structured form", "[query]") {
  q::Request r;
  r.relation = "opposed";
  r.object = "monopoly of foreign trade";
  q::Result out;
  REQUIRE(q::Answer(Fixture(), r, &out).ok());
  CHECK(Ids(out) == std::vector<std::string>{"stalin", "bukharin"});

  q::Request w;
  w.subject = "Lenin";
  w.relation = "wrote-to";
  REQUIRE(q::Answer(Fixture(), w, &out).ok());
  CHECK(out.items.size() == 3);

  q::Request any;
  any.subject = "Lenin";
  REQUIRE(q::Answer(Fixture(), any, &out).ok());
  CHECK(Ids(out).front() == "trotsky");  // wrote-to and allied together
  CHECK(out.items.front().evidence_count == 4);

  q::Request pair;
  pair.subject = "Lenin";
  pair.object = "Trotsky";
  REQUIRE(q::Answer(Fixture(), pair, &out).ok());
  REQUIRE(out.items.size() == 1);
  CHECK(out.items[0].hits.size() == 2);

  q::Request badrel;
  badrel.subject = "Lenin";
  badrel.relation = "admired";
  CHECK(!q::Answer(Fixture(), badrel, &out).ok());
  CHECK(q::CanonicalRelation("member of") == "member-of");
  CHECK(q::CanonicalRelation("wrote to") == "wrote-to");

  q::Request mixed;
  mixed.question = "who opposed Stalin";
  mixed.subject = "Lenin";
  CHECK(!q::Answer(Fixture(), mixed, &out).ok());
}

TEST_CASE("query: shortest paths with evidence on every step", "[query]") {
  auto r = Ask("how is Krestinsky connected to Stalin");
  CHECK(Id(r.subject) == "krestinsky");
  CHECK(r.path_steps == 3);
  CHECK(r.total_paths == 3);
  REQUIRE(r.paths.size() == 3);
  for (const auto& p : r.paths) {
    REQUIRE(p.steps.size() == 3);
    CHECK(Id(p.steps.front().from) == "krestinsky");
    CHECK(Id(p.steps.back().to) == "stalin");
    for (const auto& s : p.steps) {
      REQUIRE(!s.hits.empty());
      CHECK(!s.hits[0].evidence.empty());
    }
  }
  auto direct = Ask("how is Lenin connected to Stalin");
  CHECK(direct.path_steps == 1);
  REQUIRE(direct.paths.size() == 1);

  auto far = Ask("how is Plekhanov connected to Tsereteli");
  CHECK(far.paths.empty());
  CHECK(far.path_steps == 4);
  CHECK(q::RenderText(Fixture(), Question("x"), far).find("within 3 steps") != std::string::npos);

  auto none = Ask("how is Marx connected to Stalin");
  CHECK(none.paths.empty());
  CHECK(none.path_steps == 0);

  q::Request limit;
  limit.limit = 1;
  auto one = Ask("how is Krestinsky connected to Stalin", limit);
  CHECK(one.paths.size() == 1);
  CHECK(one.total_paths == 3);

  // Filters remove edges from the path graph: before 1922-12 only the
  // Politburo route (undated evidence fails date filters) ... is gone too.
  q::Request early;
  early.until = "1922-06";
  auto e = Ask("how is Krestinsky connected to Stalin", early);
  CHECK(e.paths.empty());

  CHECK(!AskError("how is Stalin connected to J. V. Stalin").ok());
}

TEST_CASE("query: JSON output is valid and complete", "[query]") {
  q::Request req;
  req.question = "who did Lenin write to";
  auto r = Ask(req.question);
  std::string json = q::RenderJson(Fixture(), req, r);
  rapidjson::Document d;
  d.Parse(json.c_str());
  REQUIRE(!d.HasParseError());
  CHECK(d["read_as"]["relation"] == "wrote-to");
  CHECK(d["read_as"]["subject"]["id"] == "lenin");
  CHECK(d["answers"].Size() == 3);
  CHECK(d["answers"][0]["edges"][0]["evidence"].Size() == 3);
  CHECK(d["answers"][1]["edges"][0]["evidence"][0]["copy"].GetBool());

  req.question = "how is Krestinsky connected to Stalin";
  std::string pj = q::RenderJson(Fixture(), req, Ask(req.question));
  d.Parse(pj.c_str());
  REQUIRE(!d.HasParseError());
  CHECK(d["paths"].Size() == 3);
  CHECK(d["paths"][0]["nodes"].Size() == 4);
}

TEST_CASE("query: bad graph files give one clear line, never a crash", "[query]") {
  q::GraphFile g;
  auto missing = g.Load("/nonexistent/graph.json");
  REQUIRE(!missing.ok());
  CHECK(missing.message().rfind("/nonexistent/graph.json: ", 0) == 0);
  CHECK(!g.Load(std::filesystem::temp_directory_path().string()).ok());

  auto bad = LoadText("{\"nodes\": [");
  REQUIRE(!bad.ok());
  CHECK(bad.message().find("not valid JSON at byte") != std::string::npos);
  CHECK(bad.message().find("apparat_query_test.json") != std::string::npos);
  CHECK(bad.message().find('\n') == std::string::npos);

  CHECK(LoadText("").message().find("empty") != std::string::npos);
  CHECK(LoadText("<?xml version=\"1.0\"?><graphml/>").message().find("XML") != std::string::npos);
  CHECK(LoadText("[1, 2]").message().find("not a JSON object") != std::string::npos);
  CHECK(LoadText("{\"nodes\": [], \"links\": []}").message().find("no \"graph\" object") != std::string::npos);
  CHECK(LoadText(R"({"directed": true, "multigraph": true, "graph": {"generator": "networkx"}, "nodes": [], "links": []})")
            .message()
            .find("not by apparat") != std::string::npos);
  CHECK(LoadText(R"({"directed": true, "multigraph": true, "graph": {"generator": "apparat", "version": "7.0.0"},
                     "nodes": [], "links": []})")
            .message()
            .find("written by apparat 7.0.0") != std::string::npos);
  CHECK(LoadText(R"({"directed": true, "multigraph": true, "graph": {"generator": "apparat", "version": "new"},
                     "nodes": [], "links": []})")
            .message()
            .find("not understood") != std::string::npos);
  CHECK(LoadText(std::string("{") + kHeader + "}").message().find("no \"nodes\"") != std::string::npos);
  CHECK(LoadText(std::string("{") + kHeader + R"(, "nodes": [{"label": "x"}], "links": []})")
            .message()
            .find("nodes[0]: no \"id\"") != std::string::npos);
  CHECK(LoadText(std::string("{") + kHeader + R"(, "nodes": [{"id": "a"}, {"id": "a"}], "links": []})")
            .message()
            .find("appears twice") != std::string::npos);
  CHECK(LoadText(std::string("{") + kHeader +
                 R"(, "nodes": [{"id": "a"}], "links": [{"source": "a", "target": "b", "relation": "opposed"}]})")
            .message()
            .find("links[0]: refers to node \"b\"") != std::string::npos);
  CHECK(LoadText(std::string("{") + kHeader + R"(, "nodes": [{"id": "a"}], "links": [{"source": "a", "target": "a",
            "relation": "opposed", "evidence": [{"source": "d", "text": "t", "line": "x"}]}]})")
            .message()
            .find("links[0].evidence[0]: \"line\" is not a whole number") != std::string::npos);
  CHECK(LoadText(std::string("{") + kHeader + R"(, "nodes": [{"id": 5}], "links": []})").message().find("\"id\" is not a string") !=
        std::string::npos);

  // A minimal valid graph loads.
  CHECK(LoadText(std::string("{") + kHeader + R"(, "nodes": [{"id": "a"}], "links": []})").ok());

  // The size cap is checked before reading.
  q::LoadOptions small;
  small.max_bytes = 16;
  auto big = LoadText(std::string("{") + kHeader + R"(, "nodes": [], "links": []})", small);
  REQUIRE(!big.ok());
  CHECK(big.message().find("limit for a graph file") != std::string::npos);
}

TEST_CASE("query: the query index gives the graph the JSON gives, and only for those bytes", "[query][index]") {
  apparat::testing::TempDir dir;
  std::ifstream in(kFixture, std::ios::binary);
  std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string path = dir.Write("graph.json", json);
  q::LoadOptions opt;
  opt.index_min_bytes = 0;  // the fixture is small; index it anyway
  q::GraphFile parsed;
  REQUIRE(parsed.Load(path, opt).ok());
  CHECK_FALSE(parsed.loaded_from_index());
  REQUIRE(std::filesystem::exists(q::GraphIndexPath(path)));
  q::GraphFile indexed;
  REQUIRE(indexed.Load(path, opt).ok());
  CHECK(indexed.loaded_from_index());
  // Every node, edge and evidence field the same.
  REQUIRE(indexed.node_count() == parsed.node_count());
  for (size_t i = 0; i < parsed.node_count(); ++i) {
    const auto a = parsed.node(i), b = indexed.node(i);
    CHECK((a.id == b.id && a.label == b.label && a.type == b.type));
  }
  REQUIRE(indexed.edge_count() == parsed.edge_count());
  for (size_t i = 0; i < parsed.edge_count(); ++i) {
    const auto a = parsed.edge(i), b = indexed.edge(i);
    CHECK((a.subject == b.subject && a.object == b.object && a.relation == b.relation &&
           a.evidence_begin == b.evidence_begin && a.evidence_end == b.evidence_end));
  }
  REQUIRE(indexed.evidence_count() == parsed.evidence_count());
  for (uint32_t i = 0; i < parsed.evidence_count(); ++i) {
    const auto a = parsed.evidence(i), b = indexed.evidence(i);
    CHECK((a.source == b.source && a.start == b.start && a.end == b.end && a.line == b.line && a.text == b.text &&
           a.rule == b.rule && a.date == b.date && a.date_end == b.date_end && a.polarity == b.polarity &&
           a.copy == b.copy && a.reported_by == b.reported_by));
  }
  REQUIRE(indexed.source_count() == parsed.source_count());
  for (uint32_t i = 0; i < parsed.source_count(); ++i) CHECK(indexed.source(i) == parsed.source(i));
  REQUIRE(indexed.name_count() == parsed.name_count());
  for (uint32_t i = 0; i < parsed.name_count(); ++i) {
    CHECK((indexed.name(i).node == parsed.name(i).node && indexed.name(i).words == parsed.name(i).words));
  }
  CHECK(indexed.version() == parsed.version());
  CHECK(indexed.FindId("lenin") == parsed.FindId("lenin"));
  // One byte of graph.json changed, same size: the index is not used, the
  // JSON is read, and the index is made again.
  std::string edited = json;
  size_t at = edited.find("Lenin");
  REQUIRE(at != std::string::npos);
  edited[at] = 'X';
  dir.Write("graph.json", edited);
  q::GraphFile after_edit;
  REQUIRE(after_edit.Load(path, opt).ok());
  CHECK_FALSE(after_edit.loaded_from_index());
  CHECK(after_edit.node(after_edit.FindId("lenin")).label != parsed.node(parsed.FindId("lenin")).label);
  q::GraphFile again;
  REQUIRE(again.Load(path, opt).ok());
  CHECK(again.loaded_from_index());
  // A damaged index (cut short) is not used either.
  std::string index_path = q::GraphIndexPath(path);
  std::filesystem::resize_file(index_path, std::filesystem::file_size(index_path) / 2);
  opt.write_index = false;
  q::GraphFile damaged;
  REQUIRE(damaged.Load(path, opt).ok());
  CHECK_FALSE(damaged.loaded_from_index());
  CHECK(damaged.node_count() == parsed.node_count());
}

TEST_CASE("query: every name's words are kept as that name spells them", "[query][index]") {
  // Many long names (past the short-string buffer): each reads as its own
  // words. (The index once kept views of words it had freed; that rarely
  // shows here without ASan: the sanitizer build replays the input that
  // found it, fuzz/regressions/graph_json/.)
  std::string nodes;
  for (int i = 0; i < 300; ++i) {
    std::string id = "n" + std::to_string(i);
    nodes += std::string(i ? "," : "") + R"({"id": ")" + id + R"(", "label": "Commissar Number )" + std::to_string(i) +
             R"( of the Committee", "aliases": ["Long Alias )" + std::to_string(i) + R"( For The Record"]})";
  }
  std::string json = R"({"directed": true, "multigraph": true, "graph": {"generator": "apparat", "version": "0.1.0"},)"
                     R"( "nodes": [)" + nodes + R"(], "links": []})";
  q::GraphFile g;
  REQUIRE(g.Parse(json, "many.json").ok());
  REQUIRE(g.name_count() == 900);
  for (uint32_t i = 0; i < g.name_count(); ++i) {
    q::NameRef name = g.name(i);
    std::string n = std::to_string(std::stoi(std::string(g.node(name.node).id.substr(1))));
    const std::string spelled[] = {"commissar number " + n + " of the committee", "long alias " + n + " for the record",
                                   "n" + n};
    CHECK(std::find(std::begin(spelled), std::end(spelled), name.words) != std::end(spelled));
  }
}

// What IndexImage::Open promises of an index it accepts, whatever its
// bytes: the first promise broken, or "".
std::string Inconsistency(const q::GraphFile& g) {
  for (q::EdgeIndex e = 0; e < g.edge_count(); ++e) {
    q::EdgeRef r = g.edge(e);
    if (r.subject >= g.node_count() || r.object >= g.node_count()) return "edge end out of range";
    if (r.evidence_begin > r.evidence_end || r.evidence_end > g.evidence_count()) return "evidence out of range";
    for (uint32_t i = r.evidence_begin; i < r.evidence_end; ++i) (void)g.evidence(i).text.size();
  }
  for (q::NodeIndex n = 0; n < g.node_count(); ++n) {
    if (g.FindId(g.node(n).id) != n) return "id not found";
    for (q::EdgeIndex e : g.out_edges(n)) {
      if (e >= g.edge_count() || g.edge(e).subject != n) return "out-edge list wrong";
    }
    for (q::EdgeIndex e : g.in_edges(n)) {
      if (e >= g.edge_count() || g.edge(e).object != n) return "in-edge list wrong";
    }
  }
  for (uint32_t i = 0; i < g.name_count(); ++i) {
    if (g.name(i).node >= g.node_count()) return "name of no node";
  }
  for (uint32_t i = 0; i < g.source_count(); ++i) (void)g.source(i).size();
  for (const char* question : {"who opposed Stalin", "tell me about Lenin", "how is Stalin connected to Krupskaya"}) {
    q::Request r;
    r.question = question;
    q::Result out;
    if (q::Answer(g, r, &out).ok()) (void)q::RenderText(g, r, out);
  }
  return "";
}

TEST_CASE("query: a damaged query index is refused or read within its bytes", "[query][index]") {
  // Every byte of the index changed in turn (plus one at even offsets, all
  // ones at odd: a count's low byte off by one, its high byte huge): each
  // time the index is either not used (the JSON is read) or it holds
  // together. The sanitizer build runs this too, where a read outside the
  // mapping fails the test.
  apparat::testing::TempDir dir;
  std::ifstream in(kFixture, std::ios::binary);
  std::string path = dir.Write("graph.json", std::string(std::istreambuf_iterator<char>(in), {}));
  q::LoadOptions opt;
  opt.index_min_bytes = 0;
  q::GraphFile first;
  REQUIRE(first.Load(path, opt).ok());
  std::ifstream index_in(q::GraphIndexPath(path), std::ios::binary);
  const std::string index(std::istreambuf_iterator<char>(index_in), {});
  REQUIRE(index.size() > 1000);
  opt.write_index = false;
  size_t used = 0;
  for (size_t at = 0; at < index.size(); ++at) {
    std::string bytes = index;
    bytes[at] = static_cast<char>(at % 2 == 0 ? bytes[at] + 1 : 0xFF);
    if (bytes == index) continue;
    std::ofstream(q::GraphIndexPath(path), std::ios::binary | std::ios::trunc) << bytes;
    q::GraphFile g;
    INFO("byte " << at << " changed");
    REQUIRE(g.Load(path, opt).ok());
    used += g.loaded_from_index();
    std::string wrong = Inconsistency(g);
    if (!wrong.empty()) FAIL(wrong);
  }
  // Most changes are to strings and evidence, which Open does not check:
  // those indexes are used; most changes to the header or tables are not.
  CHECK(used > index.size() / 3);
  CHECK(used < index.size());

  // Written over in place while mapped (apparat itself replaces the index
  // by a rename; a cp onto it does not): every read stays within the
  // bytes, numbers in range, whatever they hold now.
  std::ofstream(q::GraphIndexPath(path), std::ios::binary | std::ios::trunc) << index;
  q::GraphFile mapped;
  REQUIRE(mapped.Load(path, opt).ok());
  REQUIRE(mapped.loaded_from_index());
  const uint32_t nodes = mapped.node_count(), edges = mapped.edge_count();
  for (char fill : {'\xFF', '\x7F', '\x01'}) {
    std::fstream(q::GraphIndexPath(path), std::ios::binary | std::ios::in | std::ios::out)
        .write(std::string(index.size(), fill).data(), static_cast<std::streamsize>(index.size()));
    for (q::EdgeIndex e = 0; e < edges; ++e) {
      q::EdgeRef r = mapped.edge(e);
      REQUIRE((r.subject < nodes && r.object < nodes && r.evidence_begin <= r.evidence_end &&
               r.evidence_end <= mapped.evidence_count()));
    }
    for (q::NodeIndex n = 0; n < nodes; ++n) {
      for (q::EdgeIndex e : mapped.out_edges(n)) (void)mapped.edge(e);
      for (q::EdgeIndex e : mapped.in_edges(n)) (void)mapped.edge(e);
      int64_t found = mapped.FindId(mapped.node(n).id);
      REQUIRE(found < int64_t{nodes});
    }
    for (uint32_t i = 0; i < mapped.name_count(); ++i) REQUIRE(mapped.name(i).node < nodes);
    CHECK(Inconsistency(mapped) != "");  // it reads, but no longer as the graph
  }
}

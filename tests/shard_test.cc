// Facts shards (src/export/facts_shard.h): a line round-trips every field of
// DocumentFacts, and the merger refuses what a build could never give.
#include <catch2/catch.hpp>

#include "export/facts_shard.h"
#include "export/writers.h"

using namespace apparat;

namespace {

const std::string kDigest(64, 'd');

extract::DocumentFacts Sample(const std::string& name, char sha) {
  extract::DocumentFacts d;
  d.source = name;
  d.path = "/some/machine/" + name;
  d.sha256 = std::string(64, sha);
  d.bytes = 1234;
  d.entities = {{"lenin", rules::EntityType::kPerson, "Lenin", {"Ilyich", "V. I. Lenin"}},
                {"politburo", rules::EntityType::kBody, "Politburo", {}},
                {"monopoly", rules::EntityType::kIssue, "monopoly of foreign trade", {}}};
  extract::Fact f;
  f.subject = "lenin";
  f.relation = "opposed";
  f.object = "monopoly";
  f.evidence = {name, 10, 95, 2, "Lenin \"never\"\nopposed\tit \xE2\x80\x94 caf\xC3\xA9.", "opposed.verb", "1922-12", "1923-01", "negated", true};
  d.facts.push_back(f);
  f.relation = "member-of";
  f.object = "politburo";
  f.evidence = {name, 100, 120, 4, "Lenin sat.", "member.of", "", "", "", false};
  d.facts.push_back(f);
  return d;
}

}  // namespace

TEST_CASE("a shard line is one line and reads back as the same facts", "[shard]") {
  auto d = Sample("vol1/a.txt", 'a');
  std::string line = exporter::WriteShardLine(d, kDigest);
  CHECK(line.find('\n') == std::string::npos);
  CHECK(line.rfind("{\"format\":\"apparat-facts\",\"version\":1,", 0) == 0);
  extract::DocumentFacts back;
  std::string digest;
  REQUIRE(exporter::ParseShardLine(line, &back, &digest).ok());
  CHECK(digest == kDigest);
  CHECK(back.source == d.source);
  CHECK(back.path == d.source);  // the extracting machine's path is not shipped
  CHECK(back.sha256 == d.sha256);
  CHECK(back.bytes == d.bytes);
  REQUIRE(back.entities.size() == 3);
  CHECK(back.entities[0].aliases == d.entities[0].aliases);
  CHECK(back.entities[1].type == rules::EntityType::kBody);
  REQUIRE(back.facts.size() == 2);
  const auto& e = back.facts[0].evidence;
  const auto& want = d.facts[0].evidence;
  CHECK(std::tie(e.source, e.start, e.end, e.line, e.text, e.rule, e.date, e.date_end, e.polarity, e.copy) ==
        std::tie(want.source, want.start, want.end, want.line, want.text, want.rule, want.date, want.date_end, want.polarity,
                 want.copy));
  CHECK(back.facts[1].evidence.date.empty());
  CHECK(back.facts[1].evidence.date_end.empty());
  CHECK_FALSE(back.facts[1].evidence.copy);
  // Written again, the bytes are the same.
  CHECK(exporter::WriteShardLine(back, kDigest) == line);
}

TEST_CASE("a shard line's faults are named by field", "[shard]") {
  std::string line = exporter::WriteShardLine(Sample("a.txt", 'a'), kDigest);
  auto reason = [](const std::string& l) {
    extract::DocumentFacts d;
    std::string digest;
    Status s = exporter::ParseShardLine(l, &d, &digest);
    return s.ok() ? std::string("ok") : s.message();
  };
  auto replace = [&](const std::string& from, const std::string& to) {
    std::string l = line;
    auto at = l.find(from);
    REQUIRE(at != std::string::npos);
    return l.replace(at, from.size(), to);
  };
  CHECK(reason(line) == "ok");
  CHECK(reason(replace("\"version\":1", "\"version\":2")) == "unsupported version 2 (this apparat reads version 1)");
  CHECK(reason(replace("\"version\":1", "\"version\":\"1\"")) == "version: missing or not an integer");
  CHECK(reason(replace("\"type\":\"body\"", "\"type\":\"planet\"")) == "entities[1].type: unknown type \"planet\"");
  CHECK(reason(replace("\"line\":4", "\"line\":0")) == "facts[1].evidence.line: not a line number (>= 1)");
  CHECK(reason(replace("\"start\":100,\"end\":120", "\"start\":100,\"end\":99")) == "facts[1].evidence.end: before start");
  CHECK(reason(replace("\"copy\":true", "\"copy\":false")) == "facts[0].evidence.copy: present but not true");
  CHECK(reason(replace(",\"date\":null", "")) == "facts[1].evidence.date: missing");
  CHECK(reason(replace("\"id\":\"politburo\"", "\"id\":\"lenin\"")) == "entities[1].id: \"lenin\" listed twice");
  CHECK(reason(replace("\"sha256\":\"aaaa", "\"sha256\":\"AAAA")) == "sha256: not 64 lower-case hex digits");
  CHECK(reason(replace("\"rule\":\"member.of\"", "\"rule\":\"member.of\",\"date_end\":\"1923\"")) ==
        "facts[1].evidence.date_end: present without date");
  CHECK(reason(replace("\"rule\":\"member.of\"", "\"rule\":\"member.of\",\"place\":null")) ==
        "facts[1].evidence: unknown field \"place\"");
  CHECK(reason("[]") == "not a JSON object");
  CHECK(reason(line.substr(0, 50)).rfind("not JSON: ", 0) == 0);
}

TEST_CASE("the merger keeps one document per text, under its smallest name, in any order", "[shard]") {
  auto run = [](std::vector<std::pair<std::string, char>> docs) {
    exporter::ShardMerger m;
    size_t n = 0;
    for (const auto& [name, sha] : docs) REQUIRE(m.AddLine("s", ++n, exporter::WriteShardLine(Sample(name, sha), kDigest)).ok());
    REQUIRE(m.AddLine("s", ++n, "").ok());  // an empty line is no document
    graph::KnowledgeGraph g;
    REQUIRE(m.Finish(&g).ok());
    CHECK(m.documents() == 2);
    CHECK(m.duplicates() == 2);
    return exporter::WriteJson(g, {"apparat", "0", m.rules_digest()});
  };
  std::string one = run({{"b.txt", 'b'}, {"c.txt", 'b'}, {"a.txt", 'a'}, {"a.txt", 'a'}});
  std::string two = run({{"a.txt", 'a'}, {"c.txt", 'b'}, {"a.txt", 'a'}, {"b.txt", 'b'}});
  CHECK(one == two);
  CHECK(one.find("\"c.txt\"") == std::string::npos);
  CHECK(one.find("\"b.txt\"") != std::string::npos);
}

TEST_CASE("the merger refuses mixed rules and one name for two texts", "[shard]") {
  exporter::ShardMerger m;
  REQUIRE(m.AddLine("one.jsonl", 1, exporter::WriteShardLine(Sample("a.txt", 'a'), kDigest)).ok());
  Status s = m.AddLine("two.jsonl", 7, exporter::WriteShardLine(Sample("b.txt", 'b'), std::string(64, 'e')));
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().rfind("two.jsonl:7: extracted with other rules", 0) == 0);
  s = m.AddLine("two.jsonl", 8, exporter::WriteShardLine(Sample("a.txt", 'c'), kDigest));
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().rfind("two.jsonl:8: source \"a.txt\" has other bytes than at one.jsonl:1", 0) == 0);
  graph::KnowledgeGraph g;
  exporter::ShardMerger empty;
  CHECK(empty.Finish(&g).message() == "no document in the shards");
}

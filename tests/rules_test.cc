#include <catch2/catch.hpp>

#include "rules/rule_loader.h"
#include "rules/slot_pattern.h"
#include "test_util.h"

using namespace apparat;

namespace {
// Loads a rules dir made of the test entities and `relations`; returns the errors.
std::vector<std::string> LoadErrors(const std::string& entities, const std::string& relations) {
  testing::TempDir dir;
  dir.Write("rules/entities/e.toml", entities);
  if (!relations.empty()) dir.Write("rules/relations/r.toml", relations);
  std::shared_ptr<const rules::RuleSet> rs;
  std::vector<std::string> errors;
  Status s = rules::LoadRuleSet(dir.path() + "/rules", &rs, &errors);
  CHECK(s.ok() == errors.empty());
  CHECK((rs != nullptr) == s.ok());
  return errors;
}
}  // namespace

TEST_CASE("the shipped rules load") {
  std::shared_ptr<const rules::RuleSet> rs;
  std::vector<std::string> errors;
  Status s = rules::LoadRuleSet(APPARAT_RULES_DIR, &rs, &errors);
  INFO(s.message());
  REQUIRE(s.ok());
  CHECK(rs->FindEntity("stalin") != nullptr);
  CHECK(rs->digest().size() == 64);
  // The name patterns' set, built on the loader's second thread.
  REQUIRE(rs->name_pattern_set() != nullptr);
  std::vector<int> hits;
  CHECK(rs->name_pattern_set()->Match("He met Comrade Smirnov.", &hits));
  CHECK_FALSE(rs->name_pattern_set()->Match("no name here", &hits));
}

TEST_CASE("a token rule is compiled when a sentence first needs it, with the groups its text gave") {
  std::shared_ptr<const rules::RuleSet> rs;
  std::vector<std::string> errors;
  REQUIRE(rules::LoadRuleSet(APPARAT_RULES_DIR, &rs, &errors).ok());
  size_t token_rules = 0, needing_words = 0;
  for (const auto& r : rs->relation_rules()) {
    if (!r.tokens) continue;
    ++token_rules;
    INFO(r.id);
    // Loading compiles no token rule; nearly all need some word ("held.
    // title-before-name" reads only entities and tags).
    CHECK_FALSE(r.regex->compiled());
    needing_words += r.needs != rules::WordNeeds::kAlways;
  }
  REQUIRE(token_rules > 50);
  CHECK(needing_words * 10 > token_rules * 9);
  for (const auto& r : rs->relation_rules()) {
    if (!r.tokens) continue;
    INFO(r.id);
    const RE2& re = r.regex->Get();
    REQUIRE(re.ok());
    // The slots' groups, read from the regex's text, are RE2's.
    const auto& groups = re.NamedCapturingGroups();
    auto group = [&](const char* name) {
      auto it = groups.find(name);
      return it == groups.end() ? 0 : it->second;
    };
    CHECK(r.subject_group == group("s"));
    CHECK(r.object_group == group("o"));
    CHECK(r.subject_groups.size() + r.object_groups.size() <= groups.size());
  }
}

TEST_CASE("a token rule RE2 refuses when first compiled is reported with its file and line") {
  // Every part is valid and the repeats stay within RE2's 1000, so the
  // pattern loads; only RE2's compiler finds the program too large for its
  // memory budget (400 words of 8 letters, up to 1000 times), and a rule is
  // compiled when a sentence first needs it.
  std::string words;
  for (int i = 0; i < 400; ++i) {
    words += i ? "|" : "";
    for (int k = 0, n = i * 7919 + 12345; k < 8; ++k, n /= 26) words += static_cast<char>('a' + n % 26);
  }
  testing::TempDir dir;
  dir.Write("rules/entities/e.toml", testing::kTestEntities);
  dir.Write("rules/relations/r.toml",
            "[[rule]]\nid = \"opposed.wide\"\nrelation = \"opposed\"\n"
            "tokens = 's:[ent=person] [word=/(?:" + words + ")/]{1,1000} o:[ent=person]'\n");
  std::shared_ptr<const rules::RuleSet> rs;
  std::vector<std::string> errors;
  REQUIRE(rules::LoadRuleSet(dir.path() + "/rules", &rs, &errors).ok());
  CHECK(rules::RefusedRules(*rs).empty());  // nothing compiled yet
  auto refused = rules::CompileEveryRule(*rs);
  REQUIRE(refused.size() == 1);
  CHECK_THAT(refused[0], Catch::Contains("r.toml:1: rule 'opposed.wide' cannot be compiled by RE2"));
  CHECK(rules::RefusedRules(*rs) == refused);
}

TEST_CASE("a name pattern RE2 cannot compile fails the load with its file and line") {
  // Parsed, it is valid; only RE2's compiler finds it beyond its memory
  // budget (1000 letters of any script).
  auto errors = LoadErrors(std::string(testing::kTestEntities) +
                               "\n[[pattern]]\nid = \"comrade.long\"\nregex = '\\bComrade (\\pL{1000})'\n",
                           "");
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::Contains("e.toml:") && Catch::Contains("comrade.long") &&
                            Catch::Contains("pattern too large"));
}

TEST_CASE("a TOML syntax error names the file and line") {
  auto errors = LoadErrors(testing::kTestEntities, "[[rule]]\nid = \"x\"\nrelation = \"opposed\n");
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::Contains("r.toml:3:"));
}

TEST_CASE("an invalid regex reports file:line and RE2's message") {
  auto errors = LoadErrors(testing::kTestEntities,
                           "\n[[rule]]\nid = \"bad\"\nrelation = \"opposed\"\npattern = '{person:s} (opposed {issue:o}'\n");
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::Contains("r.toml:2:") && Catch::Contains("missing )"));
}

TEST_CASE("every error is reported, not only the first") {
  auto errors = LoadErrors(testing::kTestEntities,
                           "[[rule]]\nid = \"a\"\nrelation = \"hated\"\npattern = '{person:s} hated {person:o}'\n"
                           "[[rule]]\nid = \"b\"\nrelation = \"opposed\"\npattern = '{people:s} x {person:o}'\n"
                           "[[rule]]\nid = \"c\"\nrelation = \"opposed\"\npattern = 'x {person:o}'\nspeed = 3\n");
  CHECK(errors.size() == 4);
  CHECK_THAT(errors[0], Catch::Contains("unknown relation 'hated'"));
  CHECK_THAT(errors[1], Catch::Contains("unknown type 'people'"));
}

TEST_CASE("a rule of no relation takes a token pattern, no slot and no example") {
  auto errors = LoadErrors(testing::kTestEntities, R"TOML(
[[rule]]
id = "none.with-slot"
relation = "none"
tokens = 's:[ent=person] "?"'
[[rule]]
id = "none.with-example"
relation = "none"
tokens = '[lemma=myth] that'
examples = [ { text = "It is a myth that [Kamenev](person) opposed [the monopoly](issue).", s = "Kamenev", o = "the monopoly" } ]
[[rule]]
id = "none.text"
relation = "none"
pattern = 'myth that'
)TOML");
  REQUIRE(errors.size() == 3);
  CHECK_THAT(errors[0], Catch::Contains("none.with-slot") && Catch::Contains("takes no slot"));
  CHECK_THAT(errors[1], Catch::Contains("none.with-example") && Catch::Contains("counter_examples"));
  CHECK_THAT(errors[2], Catch::Contains("none.text") && Catch::Contains("'tokens' pattern"));
}

TEST_CASE("entity files are validated") {
  auto errors = LoadErrors("[[entity]]\nid = \"x\"\ntype = \"place\"\nlabel = \"Moscow\"\n"
                           "[[entity]]\nid = \"x\"\ntype = \"person\"\nlabel = \"X\"\n",
                           "");
  REQUIRE(errors.size() == 2);
  CHECK_THAT(errors[0], Catch::Contains("e.toml:1:") && Catch::Contains("unknown type 'place'"));
  CHECK_THAT(errors[1], Catch::Contains("e.toml:5:") && Catch::Contains("duplicate entity id"));
}

TEST_CASE("slot patterns translate to named groups over markers") {
  std::string re;
  REQUIRE(rules::TranslateSlotPattern("{person:s} opposed {issue|body:o}", &re).ok());
  CHECK_THAT(re, Catch::Contains("(?P<s>") && Catch::Contains("[IB]"));
  // Regex quantifiers in braces are not slots.
  REQUIRE(rules::TranslateSlotPattern("{person:s} (?:\\w+ ){0,2}led {body:o}", &re).ok());
  CHECK_THAT(re, Catch::Contains("{0,2}"));
  // "single" takes one mention, not a list; a slot without a name matches a
  // mention without capturing it.
  REQUIRE(rules::TranslateSlotPattern("{single person:s}, {position}", &re).ok());
  CHECK(re == "(?P<s>\\x01[P]\\d+\\x02), (?:\\x01[T]\\d+\\x02)");
  CHECK_FALSE(rules::TranslateSlotPattern("{person:x} x", &re).ok());
  CHECK_FALSE(rules::TranslateSlotPattern("{person:s} {body:s}", &re).ok());
  CHECK_FALSE(rules::TranslateSlotPattern("{person:s x", &re).ok());
}

TEST_CASE("names resolve through labels and aliases, case-insensitively") {
  testing::TempDir dir;
  auto rs = testing::LoadTestRules(dir, "");
  REQUIRE(rs);
  CHECK(rs->ResolveName("trotski")->id == "trotsky");
  CHECK(rs->ResolveName("Foreign Trade Monopoly")->id == "monopoly");
  CHECK(rs->ResolveName("nobody") == nullptr);
}

TEST_CASE("a value of the wrong type is an error, not a silent default") {
  auto errors = LoadErrors(testing::kTestEntities,
                           "[[rule]]\nid = \"neg\"\nrelation = \"opposed\"\nveto = \"true\"\npriority = \"high\"\n"
                           "pattern = '{person:s} did not oppose {any:o}'\n");
  REQUIRE(errors.size() == 2);
  CHECK_THAT(errors[0], Catch::Contains("r.toml:4:") && Catch::Contains("'veto' must be true or false"));
  CHECK_THAT(errors[1], Catch::Contains("r.toml:5:") && Catch::Contains("'priority' must be a whole number"));
}

TEST_CASE("one name for two entities is an error") {
  auto errors = LoadErrors("[[entity]]\nid = \"a\"\ntype = \"person\"\nlabel = \"Kamenev\"\n"
                           "[[entity]]\nid = \"b\"\ntype = \"person\"\nlabel = \"Lev\"\naliases = [\"Kamenev\"]\n",
                           "");
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::Contains("e.toml:5:") && Catch::Contains("already names 'a'"));
}

TEST_CASE("defines name shared pattern pieces across relation files") {
  testing::TempDir dir;
  dir.Write("rules/entities/test.toml", testing::kTestEntities);
  dir.Write("rules/relations/a.toml", "[define]\nadverb = [\n  'also',\n  'then',\n]\nverb = '(?:{@adverb} )?opposed'\n");
  dir.Write("rules/relations/b.toml",
            "[[rule]]\nid = \"opposed.x\"\nrelation = \"opposed\"\npattern = '{person:s} {@verb} {any:o}'\n");
  std::shared_ptr<const rules::RuleSet> rs;
  std::vector<std::string> errors;
  REQUIRE(rules::LoadRuleSet(dir.path() + "/rules", &rs, &errors).ok());
  CHECK_THAT(rs->relation_rules()[0].regex->pattern(), Catch::Contains("(?:(?:(?:also|then) )?opposed)"));
  // A list of alternatives is joined with '|'.

  rules::Defines d = {{"a", "x{@b}"}, {"b", "{@a}"}};
  std::string out;
  CHECK_THAT(rules::ExpandDefines("{@a}", d, &out).message(), Catch::Contains("cycle"));
  CHECK_THAT(rules::ExpandDefines("{@nope}", d, &out).message(), Catch::Contains("unknown define {@nope}"));
}

TEST_CASE("a define used before it is known, or defined twice, is reported") {
  auto errors = LoadErrors(testing::kTestEntities,
                           "[define]\nverb = 'opposed'\n[[rule]]\nid = \"x\"\nrelation = \"opposed\"\n"
                           "pattern = '{person:s} {@verbs} {any:o}'\n");
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::Contains("r.toml:3:") && Catch::Contains("unknown define {@verbs}"));
}

// Dating: which date of a sentence is the date of each relation (issue 10).
// Every sentence here was written for these tests.
#include <catch2/catch.hpp>

#include <algorithm>

#include "extract/dates.h"
#include "extract/extractor.h"
#include "rules/rule_loader.h"
#include "test_util.h"

using namespace apparat;

namespace {

std::shared_ptr<const rules::RuleSet> ShippedRules() {
  static std::shared_ptr<const rules::RuleSet> rs = [] {
    std::shared_ptr<const rules::RuleSet> out;
    std::vector<std::string> errors;
    rules::LoadRuleSet(APPARAT_RULES_DIR, &out, &errors);
    return out;
  }();
  return rs;
}

// The evidence of the first fact (subject, relation, object), or null.
const extract::Evidence* Find(const extract::DocumentFacts& f, const std::string& s, const std::string& rel,
                              const std::string& o) {
  for (const auto& x : f.facts) {
    if (x.subject == s && x.relation == rel && x.object == o) return &x.evidence;
  }
  return nullptr;
}

extract::DocumentFacts Run(const std::string& text) {
  static const extract::Extractor ex(ShippedRules());
  return testing::ExtractText(ex, text);
}

std::string Range(const std::string& text) {
  auto d = extract::FindDates(text);
  if (d.size() != 1) return "dates: " + std::to_string(d.size());
  std::string end = extract::IsoDateEnd(d[0], 0);
  return extract::IsoDate(d[0], 0) + (end.empty() ? "" : "/" + end);
}

}  // namespace

TEST_CASE("ranges of dates are one date with an end") {
  CHECK(Range("he served from 1919 until 1922 there") == "1919/1922");
  CHECK(Range("from 1919 until the spring of 1922") == "1919/1922");
  CHECK(Range("from 1919 to 1922") == "1919/1922");
  CHECK(Range("in 1920–24") == "1920/1924");
  CHECK(Range("in 1920-1924") == "1920/1924");
  CHECK(Range("between March 1921 and May 1922") == "1921-03/1922-05");
  CHECK(Range("from 5 March to 2 April 1923") == "1923-03-05/1923-04-02");
  CHECK(Range("on 23 and 25 December 1922") == "1922-12-23/1922-12-25");
  CHECK(Range("on 23–25 December 1922") == "1922-12-23/1922-12-25");
  CHECK(Range("January 4 & 6, 1923") == "1923-01-04/1923-01-06");
  // Not ranges: two dates without from/between, a month written after a
  // year, days out of order.
  CHECK(extract::FindDates("in 1919 and in 1922").size() == 2);
  CHECK(Range("in 1922-05") == "1922");
  CHECK(Range("on 25 and 23 December 1922") == "1922-12");
}

TEST_CASE("a relation takes the date of its own clause, not the sentence's first") {
  auto f = Run("In 1918 the party was small, and on 3 April 1922 the Central Committee appointed Stalin General Secretary.");
  auto* e = Find(f, "stalin", "held", "general-secretary");
  REQUIRE(e);
  CHECK(e->date == "1922-04-03");
  CHECK(e->date_end.empty());
  auto after = Run("Stalin became General Secretary in April 1922, long after Kamenev's illness in 1919.");
  e = Find(after, "stalin", "held", "general-secretary");
  REQUIRE(e);
  CHECK(e->date == "1922-04");
}

TEST_CASE("a date in a phrase about another event is not taken") {
  auto f = Run("After Kamenev's illness in 1919, Stalin became General Secretary.");
  auto* e = Find(f, "stalin", "held", "general-secretary");
  REQUIRE(e);
  CHECK(e->date.empty());
  auto relative = Run("Stalin, who had joined the party in 1899, attacked Trotsky.");
  e = Find(relative, "stalin", "opposed", "trotsky");
  REQUIRE(e);
  CHECK(e->date.empty());
  auto both = Run("Stalin, who had joined the party in 1899, attacked Trotsky in 1923.");
  e = Find(both, "stalin", "opposed", "trotsky");
  REQUIRE(e);
  CHECK(e->date == "1923");
}

TEST_CASE("a date after 'and' opens another phrase: 'a Bolshevik since 1903' dates no membership") {
  auto f = Run("Mdivani, a member of the Central Committee and a Bolshevik since 1903, rejected the federation.");
  auto* e = Find(f, "mdivani", "member-of", "central-committee");
  REQUIRE(e);
  CHECK(e->date.empty());
}

TEST_CASE("a bound alone is not the date of the event") {
  auto f = Run("Stalin attacked Trotsky until 1927.");
  auto* e = Find(f, "stalin", "opposed", "trotsky");
  REQUIRE(e);
  CHECK(e->date.empty());
}

TEST_CASE("a range gives the relation a start and an end") {
  auto f = Run("Stalin headed Rabkrin from 1919 until 1922.");
  auto* e = Find(f, "stalin", "held", "head-of-rabkrin");
  REQUIRE(e);
  CHECK(e->date == "1919");
  CHECK(e->date_end == "1922");
  auto span = Run("Stalin headed Rabkrin in 1920–22.");
  e = Find(span, "stalin", "held", "head-of-rabkrin");
  REQUIRE(e);
  CHECK(e->date == "1920");
  CHECK(e->date_end == "1922");
}

TEST_CASE("two days of one month date a relation from the first") {
  auto f = Run("The crisis deepened in 1922.\nOn 23 and 25 December Lenin wrote to Trotsky about the plenum.");
  auto* e = Find(f, "lenin", "wrote-to", "trotsky");
  REQUIRE(e);
  CHECK(e->date == "1922-12-23");
  CHECK(e->date_end == "1922-12-25");
}

TEST_CASE("a footnote number glued to the next sentence does not carry its date back") {
  auto f = Run("A bitter row broke out between Molotov and Trotsky over the plan.4Lenin fell ill in 1921.");
  auto* e = Find(f, "molotov", "opposed", "trotsky");
  REQUIRE(e);
  CHECK(e->date.empty());
}

TEST_CASE("a date after an aside on the object still dates the verb") {
  auto f = Run("Lenin wrote to Kamenev, the deputy chairman, on 5 March 1923.");
  auto* e = Find(f, "lenin", "wrote-to", "kamenev");
  REQUIRE(e);
  CHECK(e->date == "1923-03-05");
}

namespace {

// A trace that keeps nothing: with a trace, each sentence is read on its
// own (a batch of one); without, many at once (RelationMatcher::MatchAll).
class DiscardTrace : public extract::TraceSink {
 public:
  void Note(const std::string&) override {}
};

std::vector<std::string> FactLines(const extract::DocumentFacts& f) {
  std::vector<std::string> out;
  for (const auto& x : f.facts) {
    out.push_back(x.subject + " " + x.relation + " " + x.object + " @" + std::to_string(x.evidence.start) + " " +
                  x.evidence.rule + " " + x.evidence.date + "/" + x.evidence.date_end);
  }
  return out;
}

}  // namespace

TEST_CASE("reading a document in batches gives the facts of reading it sentence by sentence") {
  // Sentence rules, a veto, a letter header and a biographical note, in one
  // document; written for this test.
  const std::string text =
      "Letter to Trotsky\n\n"
      "Moscow, 5 March 1923\n\n"
      "Stalin opposed the monopoly of foreign trade in 1922. Bukharin did not oppose the monopoly. "
      "Kamenev and Zinoviev supported Stalin against Trotsky in 1923, and Bukharin backed them.\n\n"
      "Zinoviev, G. Y. (1883-1936)—joined the Party in 1901; in 1919-26, chairman of the Comintern.\n";
  text::Document doc;
  doc.name = doc.path = "t.txt";
  doc.bytes = text;
  static const extract::Extractor ex(ShippedRules());
  DiscardTrace trace;
  auto batched = FactLines(ex.Extract(doc));
  auto sequential = FactLines(ex.Extract(doc, &trace, 0));
  CHECK(batched.size() >= 4);
  CHECK(batched == sequential);
}

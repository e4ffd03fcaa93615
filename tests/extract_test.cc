#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <stdexcept>

#include "extract/dates.h"
#include "extract/entity_matcher.h"
#include "extract/extractor.h"
#include "extract/large_document.h"
#include "extract/notes.h"
#include "text/segmenter.h"
#include "text/sha256.h"
#include "test_util.h"

using namespace apparat;

namespace {

const char* kRelations = R"(
[[rule]]
id = "opposed.veto"
relation = "opposed"
veto = true
priority = 10
pattern = '{person:s} did not oppose {any:o}'

[[rule]]
id = "supported.reversal"
relation = "supported"
priority = 10
polarity = "reversed"
blocks = ["opposed"]
pattern = '{person:s} opposed (?:the )?(?:proposal|plan|attempt)s? to (?:abandon|weaken|abolish) {issue:o}'

[[rule]]
id = "opposed.verb"
relation = "opposed"
pattern = '{person|body:s} (?:\w+ )?(?:opposed|attacked) {any:o}'

[[rule]]
id = "held.title"
relation = "held"
pattern = '{person:s} (?:became|was made) {position:o}'

[[rule]]
id = "supported.pronoun"
relation = "supported"
pattern = '{pronoun:s} (?:also )?supported {any:o}'

[[rule]]
id = "letter.to"
relation = "wrote-to"
scope = "letter"
pattern = '^Letter to {person|body:o}'

[[rule]]
id = "letter.copy"
relation = "wrote-to"
scope = "letter"
copy = true
pattern = '^Copy to (?:Comrades? )?{person:o}'

[[rule]]
id = "wrote-to.sent"
relation = "wrote-to"
pattern = '{person:s} sent {person:o} (?:a|the following) letter'
)";

struct Fixture {
  testing::TempDir dir;
  std::shared_ptr<const rules::RuleSet> rs = testing::LoadTestRules(dir, kRelations);
  extract::Extractor ex{rs};

  extract::DocumentFacts Run(const std::string& text) const {
    return testing::ExtractText(ex, text);
  }
};

bool Has(const extract::DocumentFacts& f, const std::string& s, const std::string& rel, const std::string& o) {
  return std::any_of(f.facts.begin(), f.facts.end(), [&](const extract::Fact& x) {
    return x.subject == s && x.relation == rel && x.object == o;
  });
}

std::vector<std::string> EntityIds(const extract::DocumentFacts& f) {
  std::vector<std::string> ids;
  for (const auto& e : f.entities) ids.push_back(e.id);
  return ids;
}

}  // namespace

TEST_CASE("aliases, possessives and capitals resolve to one entity") {
  Fixture fx;
  REQUIRE(fx.rs);
  auto f = fx.Run("Staling’s letter reached J.V. Stalin and TROTSKY. Trotski's reply was short.");
  auto ids = EntityIds(f);
  CHECK(ids == std::vector<std::string>{"stalin", "trotsky"});
}

TEST_CASE("names match on word boundaries only") {
  Fixture fx;
  auto f = fx.Run("Stalinism and Leninist thought were discussed.");
  CHECK(f.entities.empty());
}

TEST_CASE("the longest name wins") {
  Fixture fx;
  auto f = fx.Run("The Workers' Opposition met. The Workers’ and Peasants’ Inspection met.");
  CHECK(EntityIds(f) == std::vector<std::string>{"workers-opposition", "rabkrin"});
}

TEST_CASE("name patterns discover people missing from the list") {
  Fixture fx;
  auto f = fx.Run("Comrade Smirnov spoke first. Later Smirnov opposed the monopoly.");
  auto ids = EntityIds(f);
  CHECK(std::find(ids.begin(), ids.end(), "person:smirnov") != ids.end());
  CHECK(Has(f, "person:smirnov", "opposed", "monopoly"));
}

TEST_CASE("a coordinated list in a slot gives one edge per name") {
  Fixture fx;
  auto f = fx.Run("Stalin, Kamenev and Bukharin opposed the monopoly.");
  CHECK(f.facts.size() == 3);
  CHECK(Has(f, "kamenev", "opposed", "monopoly"));
}

TEST_CASE("a veto silences the general rule") {
  Fixture fx;
  auto f = fx.Run("Kamenev did not oppose the monopoly.");
  CHECK(f.facts.empty());
}

TEST_CASE("a reversal gives the opposite edge and blocks the literal one") {
  Fixture fx;
  auto f = fx.Run("Trotsky opposed the proposal to abandon the monopoly.");
  REQUIRE(f.facts.size() == 1);
  CHECK(Has(f, "trotsky", "supported", "monopoly"));
  CHECK(f.facts[0].evidence.polarity == "reversed");
}

TEST_CASE("relation words inside names give no edge") {
  Fixture fx;
  auto f = fx.Run("The Workers' Opposition attacked bureaucracy. Bukharin wrote about the Workers' Opposition.");
  CHECK(f.facts.empty());
}

TEST_CASE("a pronoun takes the previous sentence's only person, where a rule allows") {
  Fixture fx;
  auto one = fx.Run("Kamenev returned to Moscow. He supported the monopoly.");
  CHECK(Has(one, "kamenev", "supported", "monopoly"));
  auto two = fx.Run("Kamenev met Stalin. He supported the monopoly.");
  CHECK(two.facts.empty());
  // After an opening participle clause, "he" is still the subject.
  auto participle = fx.Run("Kamenev returned to Moscow. Sensing the vote was near, he supported the monopoly.");
  CHECK(Has(participle, "kamenev", "supported", "monopoly"));
}

TEST_CASE("a He nobody before it names is the person the document is about") {
  Fixture fx;
  const std::string entry = "KAMENEV, Lev Borisovich\n\nKamenev was born in Moscow. Kamenev met Stalin in 1903. "
                            "Kamenev edited Pravda.\n\nLater years.\n\nHe supported the monopoly.";
  CHECK(Has(fx.Run(entry), "kamenev", "supported", "monopoly"));
  // Among several named just before, the document's person is the one.
  CHECK(Has(fx.Run(entry + " Then Stalin met Kamenev and Trotsky. He supported the monopoly."), "kamenev", "supported",
            "monopoly"));
  // Nobody named half as often again as anyone else: nobody.
  auto even = fx.Run("Kamenev met Stalin. Stalin met Kamenev. Kamenev and Stalin spoke.\n\nHe supported the monopoly.");
  CHECK(even.facts.empty());
}

TEST_CASE("evidence carries the sentence, its offsets, line and rule") {
  Fixture fx;
  std::string text = "Intro line.\n\nIn 1922 Stalin became general secretary.";
  auto f = fx.Run(text);
  REQUIRE(f.facts.size() == 1);
  const auto& e = f.facts[0].evidence;
  CHECK(text.substr(e.start, e.end - e.start) == e.text);
  CHECK(e.line == 3);
  CHECK(e.rule == "held.title");
  CHECK(e.date == "1922");
  CHECK(e.source == "t.txt");
}

TEST_CASE("letters: signatory, recipients, copies and the letter's date") {
  Fixture fx;
  auto f = fx.Run("Letter to L. D. Trotsky\n\nWritten: 15 December, 1922\n\nCopy to Comrades Kamenev and Stalin\n\n"
                  "We must hold firm on this question.\n\nN. Lenin\n");
  REQUIRE(f.facts.size() == 3);
  CHECK(Has(f, "lenin", "wrote-to", "trotsky"));
  CHECK(Has(f, "lenin", "wrote-to", "kamenev"));
  for (const auto& x : f.facts) {
    CHECK(x.evidence.date == "1922-12-15");
    CHECK(x.evidence.copy == (x.object != "trotsky"));
  }
}

TEST_CASE("a letter without a signature takes the document's usual signatory") {
  Fixture fx;
  auto f = fx.Run("Letter to Kamenev\n\nShort note.\n\nLetter to Stalin\n\nAnother note.\n\nLenin\n");
  CHECK(Has(f, "lenin", "wrote-to", "kamenev"));
  CHECK(Has(f, "lenin", "wrote-to", "stalin"));
}

TEST_CASE("a letter introduced by a sentence ending in a colon is written by the one it names") {
  Fixture fx;
  // A signed letter earlier in the document must not lend its signatory.
  auto f = fx.Run("Letter to Kamenev\n\nA short note.\n\nStalin\n\n"
                  "Two months later Lenin sent Kamenev the following letter:\n"
                  "Letter to Trotsky\nWe must act at once.\n");
  CHECK(Has(f, "lenin", "wrote-to", "trotsky"));
  CHECK_FALSE(Has(f, "stalin", "wrote-to", "trotsky"));
}

TEST_CASE("a memo's From: line names the writer") {
  Fixture fx;
  auto f = fx.Run("From: Kamenev\nLetter to Stalin\n\nThe plenum must wait.\n");
  CHECK(Has(f, "kamenev", "wrote-to", "stalin"));
  // A From: line that says more than a name is not a header.
  auto g = fx.Run("From Kamenev we heard nothing\nLetter to Stalin\n\nThe plenum must wait.\n");
  CHECK_FALSE(Has(g, "kamenev", "wrote-to", "stalin"));
}

TEST_CASE("a header line glued to an unwrapped paragraph is still read as a header") {
  Fixture fx;
  // No blank line between the copy line and a body written as one long line.
  std::string body(40, ' ');
  for (int i = 0; i < 8; ++i) body += "We must settle the matter calmly and soon. ";
  auto f = fx.Run("Secret\nLetter to Trotsky\nCopy to Kamenev, member of the Committee, and to the secretaries of the bureau\n" + body + "\n\nLenin\n");
  CHECK(Has(f, "lenin", "wrote-to", "trotsky"));
  CHECK(Has(f, "lenin", "wrote-to", "kamenev"));
}

TEST_CASE("dates are normalised to ISO") {
  auto iso = [](const std::string& s, int ctx = 0) {
    auto d = extract::FindDates(s);
    return d.empty() ? std::string("none") : extract::IsoDate(d[0], ctx);
  };
  CHECK(iso("On 12 December 1922 he wrote") == "1922-12-12");
  CHECK(iso("December 12, 1922") == "1922-12-12");
  CHECK(iso("15 December, 1922") == "1922-12-15");
  CHECK(iso("On 12 December", 1922) == "1922-12-12");
  CHECK(iso("March 5th", 1923) == "1923-03-05");
  CHECK(iso("March 5th") == "");
  CHECK(iso("in 1920") == "1920");
  CHECK(iso("January 4 & 6, 1923") == "1923-01-04");
  CHECK(iso("in December 1922") == "1922-12");
  CHECK(iso("27/11/2018") == "2018-11-27");
  CHECK(iso("nothing here") == "none");
  // References are not events.
  CHECK(iso("as Carr argued (Carr 1954, p. 261), in 1922 Stalin rose") == "1922");
  CHECK(iso("the point is disputed (Lewin and Pipes 1968)") == "none");
  CHECK(iso("the Tenth Congress (1921)") == "1921");
}

TEST_CASE("a date without a year takes the paragraph's last year") {
  Fixture fx;
  auto f = fx.Run("The year was 1923. On 5 March Stalin became general secretary.");
  REQUIRE(f.facts.size() == 1);
  CHECK(f.facts[0].evidence.date == "1923-03-05");
}

TEST_CASE("a rule written with spaces matches a sentence wrapped over lines") {
  Fixture fx;
  auto f = fx.Run("Bukharin\nopposed the\nmonopoly.");
  CHECK(Has(f, "bukharin", "opposed", "monopoly"));
}

TEST_CASE("commentary after the last letter is not dated by it") {
  Fixture fx;
  auto f = fx.Run("Letter to Kamenev\n\nWritten: 3 March 1923\n\nA short note.\n\nLenin\n\n"
                  "Later, Stalin attacked the monopoly.\n");
  REQUIRE(Has(f, "stalin", "opposed", "monopoly"));
  for (const auto& x : f.facts) {
    if (x.relation == "opposed") CHECK(x.evidence.date.empty());
  }
}

TEST_CASE("a short form refers back to the specific name earlier in the paragraph") {
  testing::TempDir dir;
  auto rs = testing::LoadRules(dir, R"(
[[entity]]
id = "cc"
type = "body"
label = "Central Committee"
ignore_case = true
[[entity]]
id = "georgian-cc"
type = "body"
label = "Georgian Central Committee"
aliases = ["Central Committee of the Georgian Communist Party"]
ignore_case = true
[[entity]]
id = "georgian-cp"
type = "body"
label = "Georgian Communist Party"
[[entity]]
id = "sergo"
type = "person"
label = "Ordzhonikidze"
)", R"(
[[rule]]
id = "appointed.verb"
relation = "appointed"
pattern = '{person:s} appointed (?:a new |the )?{body:o}'
)");
  REQUIRE(rs);
  extract::Extractor ex(rs);
  auto run = [&](const std::string& t) {
    return testing::ExtractText(ex, t);
  };
  auto later = run("The Georgian Central Committee resigned. Ordzhonikidze appointed a new central committee.");
  CHECK(Has(later, "sergo", "appointed", "georgian-cc"));
  // In the same sentence, or in another paragraph, the generic name stands.
  auto same = run("The Georgian Central Committee resigned and Ordzhonikidze appointed a new central committee.");
  CHECK(Has(same, "sergo", "appointed", "cc"));
  // "the Central Committee" is the proper name; only "a (new) central
  // committee", "its central committee" and the like refer back.
  auto proper = run("The Georgian Central Committee resigned. Ordzhonikidze appointed the Central Committee.");
  CHECK(Has(proper, "sergo", "appointed", "cc"));
  auto apart = run("The Georgian Central Committee resigned.\n\nOrdzhonikidze appointed a new central committee.");
  CHECK(Has(apart, "sergo", "appointed", "cc"));
  // A name after "of the" is a complement, not a short form of the whole.
  auto complement = run("The Central Committee of the Georgian Communist Party met. Ordzhonikidze appointed a new Georgian Communist Party.");
  CHECK(Has(complement, "sergo", "appointed", "georgian-cp"));
}

TEST_CASE("a position's name mentions the body inside it") {
  testing::TempDir dir;
  auto rs = testing::LoadRules(dir, R"(
[[entity]]
id = "cheka"
type = "body"
label = "Cheka"
[[entity]]
id = "head-of-cheka"
type = "position"
label = "head of the Cheka"
aliases = ["chairman of the Cheka"]
)", "");
  REQUIRE(rs);
  extract::Extractor ex(rs);
  auto f = testing::ExtractText(ex, "He was then chairman of the Cheka.");
  CHECK(EntityIds(f) == std::vector<std::string>{"head-of-cheka", "cheka"});
}

TEST_CASE("a post built from its parts mentions the listed entities inside it") {
  testing::TempDir dir;
  auto rs = testing::LoadRules(dir, R"(
[[entity]]
id = "cheka"
type = "body"
label = "Cheka"
[[entity]]
id = "commissar-education"
type = "position"
label = "People's Commissar of Education"
[parts]
roles = ["head", "People's Commissar"]
role_modifiers = ["deputy"]
)", "");
  REQUIRE(rs);
  extract::Extractor ex(rs);
  // Neither whole post is listed; each names a listed one inside it.
  auto deputy = EntityIds(testing::ExtractText(ex, "Pokrovsky was Deputy People's Commissar of Education."));
  CHECK(std::find(deputy.begin(), deputy.end(), "commissar-education") != deputy.end());
  auto head = EntityIds(testing::ExtractText(ex, "He was then head of the Cheka."));
  CHECK(std::find(head.begin(), head.end(), "cheka") != head.end());
  // A capitalised phrase that no rule reads is still no node of its own.
  CHECK(std::none_of(head.begin(), head.end(), [](const std::string& id) { return id.find("head") == 0; }));
}

TEST_CASE("a sentence over two subtitle cues, or over quoted lines, gives its edge with the file's line") {
  Fixture fx;
  std::string srt = "7\n00:00:28,400 --> 00:00:31,050\nIn the spring Stalin\n\n8\n00:00:32,600 --> 00:00:36,800\nattacked Trotsky.\n";
  auto f = fx.Run(srt);
  REQUIRE(Has(f, "stalin", "opposed", "trotsky"));
  CHECK(f.facts[0].evidence.line == 3);
  // The quoted reply of an e-mail is read as the text it quotes.
  auto mail = fx.Run("Bob wrote:\n> In the same spring, so the minutes say, the chairman Stalin\n> attacked Trotsky.\n");
  CHECK(Has(mail, "stalin", "opposed", "trotsky"));
}

TEST_CASE("a post of a body named after a common noun's possessive is that body's post") {
  testing::TempDir dir;
  auto rs = testing::LoadRules(dir, R"(
[[entity]]
id = "cheka"
type = "body"
label = "Cheka"
[[entity]]
id = "head-of-cheka"
type = "position"
label = "head of the Cheka"
[parts]
roles = ["head"]
)", "");
  REQUIRE(rs);
  extract::Extractor ex(rs);
  auto ids = EntityIds(testing::ExtractText(ex, "He was head of the state's Cheka then."));
  CHECK(std::find(ids.begin(), ids.end(), "head-of-cheka") != ids.end());
}

TEST_CASE("a stand-in after a verb of taking sides takes the previous sentence's one issue") {
  Fixture fx;
  auto yes = fx.Run("Stalin drafted the monopoly of foreign trade in 1918. Bukharin opposed it, and said so.");
  CHECK(Has(yes, "bukharin", "opposed", "monopoly"));
  // A phrase of time may follow it.
  CHECK(Has(fx.Run("Stalin drafted the monopoly of foreign trade. Bukharin attacked it in 1925."), "bukharin",
            "opposed", "monopoly"));
  // Not when the stand-in heads a noun phrase or the clause goes on.
  auto noun = fx.Run("Stalin drafted the monopoly of foreign trade. Bukharin attacked this decision.");
  CHECK_FALSE(Has(noun, "bukharin", "opposed", "monopoly"));
  auto later = fx.Run("Stalin drafted the monopoly of foreign trade. Bukharin attacked this up to the end.");
  CHECK_FALSE(Has(later, "bukharin", "opposed", "monopoly"));
  // Not when the previous sentence names no issue, or sits in another paragraph.
  auto none = fx.Run("Kamenev and Stalin argued about grain. Bukharin attacked it.");
  CHECK(none.facts.empty());
  auto apart = fx.Run("Stalin drafted the monopoly of foreign trade.\n\nBukharin attacked it.");
  CHECK(apart.facts.empty());
}

TEST_CASE("a stand-in takes the one issue named before it in its own sentence") {
  Fixture fx;
  // The first sentence of the text: there is no sentence before it.
  auto f = fx.Run("Kamenev drafted the monopoly of foreign trade, but Bukharin attacked it.");
  CHECK(Has(f, "bukharin", "opposed", "monopoly"));
  // An issue named after the stand-in is not what it stands for.
  CHECK(fx.Run("Bukharin attacked it. Kamenev later drafted the monopoly of foreign trade.").facts.empty());
}

TEST_CASE("a pronoun chain: He after a resolved He keeps the same person") {
  Fixture fx;
  auto f = fx.Run("Kamenev came back. He rested. He supported the monopoly.");
  CHECK(Has(f, "kamenev", "supported", "monopoly"));
}

TEST_CASE("marker bytes in the source text cannot forge mentions") {
  Fixture fx;
  auto f = fx.Run("Lenin met Trotsky and \x01P100000\x02 opposed \x01P1\x02 at once.");
  CHECK(f.facts.empty());
}

TEST_CASE("impossible dates are not dates") {
  CHECK(extract::FindDates("on 31/02/1922").empty() == false);  // the year alone still counts
  CHECK(extract::IsoDate(extract::FindDates("on 31/02/1922")[0], 0) == "1922");
  CHECK(extract::IsoDate(extract::FindDates("29 February 1924")[0], 0) == "1924-02-29");
  CHECK(extract::IsoDate(extract::FindDates("29 February 1923")[0], 0) == "1923-02");  // month and year stand
}

TEST_CASE("a text full of dates reads only the first few") {
  std::string t;
  for (int i = 0; i < 5000; ++i) t += "1922,";
  CHECK(extract::FindDates(t).size() == extract::kMaxDatesPerText);
}

TEST_CASE("he after a short opening phrase of time is the sentence's subject") {
  Fixture fx;
  auto f = fx.Run("Kamenev returned to Moscow. In October 1922 he supported the monopoly.");
  CHECK(Has(f, "kamenev", "supported", "monopoly"));
  // Inside a clause of the opening phrase it is not.
  auto clause = fx.Run("Kamenev returned to Moscow. In the notes that he supported the monopoly, nothing changed.");
  CHECK(clause.facts.empty());
}

TEST_CASE("a yearless date takes the nearest year: before, else after, else the letter's") {
  Fixture fx;
  auto after = fx.Run("On 5 March Stalin became general secretary. The year was 1923.");
  REQUIRE(after.facts.size() == 1);
  CHECK(after.facts[0].evidence.date == "1923-03-05");
  auto specific = fx.Run("In 1922, on 3 April, Stalin became general secretary.");
  REQUIRE(specific.facts.size() == 1);
  CHECK(specific.facts[0].evidence.date == "1922-04-03");
  auto letter = fx.Run("Letter to Kamenev\n\nWritten: 2 March 1923\n\nOn 5 March Stalin became general secretary.\n\nLenin\n");
  bool seen = false;
  for (const auto& x : letter.facts) {
    if (x.relation == "held") seen = x.evidence.date == "1923-03-05";
  }
  CHECK(seen);
}

TEST_CASE("narrative runs forward when a year is borrowed across the new year") {
  Fixture fx;
  auto before = fx.Run("On 30 December 1922 the union was founded. On 4 January Stalin became general secretary.");
  REQUIRE(before.facts.size() == 1);
  CHECK(before.facts[0].evidence.date == "1923-01-04");
  auto after = fx.Run("On 22 December Stalin became general secretary. On 4 January 1923 Lenin wrote again.");
  REQUIRE(after.facts.size() == 1);
  CHECK(after.facts[0].evidence.date == "1922-12-22");
}

TEST_CASE("a salutation naming the addressee is not a signature") {
  Fixture fx;
  auto f = fx.Run("Letter to Kamenev\nCopy to Comrade Trotsky\n\nKamenev,\nThe plan must wait until the congress.\nLenin\n");
  CHECK(Has(f, "lenin", "wrote-to", "trotsky"));
  CHECK_FALSE(Has(f, "kamenev", "wrote-to", "trotsky"));
}

TEST_CASE("in a letter's body, I is the letter's author") {
  Fixture fx;
  auto f = fx.Run("Letter to Kamenev\n\nWritten: 2 March 1923\n\nI also supported the monopoly, as you know.\n\nLenin\n\n"
                  "Afterwards I supported the monopoly too.\n");
  CHECK(Has(f, "lenin", "supported", "monopoly"));
  int from_letter = 0;
  for (const auto& x : f.facts) from_letter += x.relation == "supported";
  CHECK(from_letter == 1);  // the "I" after the signature is nobody's
}

TEST_CASE("so did X: the names after it do what the clause before did") {
  Fixture fx;
  auto f = fx.Run("Kamenev attacked the monopoly, and so did Stalin and Bukharin.");
  CHECK(Has(f, "stalin", "opposed", "monopoly"));
  CHECK(Has(f, "bukharin", "opposed", "monopoly"));
  f = fx.Run("Kamenev attacked the monopoly. So did Stalin, as did Bukharin.");
  CHECK(Has(f, "stalin", "opposed", "monopoly"));
  // Nothing to copy: a negated clause, or no clause before in the paragraph.
  CHECK(fx.Run("Kamenev did not attack the monopoly, and neither did Stalin.").facts.empty());
  CHECK(fx.Run("Kamenev attacked the monopoly.\n\nSo did Stalin.").facts.size() == 1);
  // Only names right after the phrase: "so did his friends in Stalin's circle" names nobody who did it.
  CHECK_FALSE(Has(fx.Run("Kamenev attacked the monopoly, and so did his friends in Stalin's circle."), "stalin",
                  "opposed", "monopoly"));
  // A noun in apposition before the name: "so had his deputy, X".
  CHECK(Has(fx.Run("Kamenev attacked the monopoly, and so had his old friend, Bukharin."), "bukharin", "opposed",
            "monopoly"));
  // "so did" repeats an act, not a post.
  auto act = fx.Run("Kamenev became General Secretary; then Kamenev attacked the monopoly, and so did Bukharin.");
  CHECK(Has(act, "kamenev", "held", "gensec"));
  CHECK(Has(act, "bukharin", "opposed", "monopoly"));
  CHECK_FALSE(Has(act, "bukharin", "held", "gensec"));
}

TEST_CASE("in a letter to one person, you is the addressee") {
  Fixture fx;
  // "supported.pronoun" reads any pronoun subject.
  auto f = fx.Run("Letter to Kamenev\n\nWritten: 2 March 1923\n\nYou supported the monopoly, as I know.\n\nLenin\n\n"
                  "Afterwards you supported the monopoly too.\n");
  CHECK(Has(f, "kamenev", "supported", "monopoly"));
  int from_letter = 0;
  for (const auto& x : f.facts) from_letter += x.relation == "supported";
  CHECK(from_letter == 1);  // the "you" after the signature is nobody's
  // A copy recipient is no addressee: two readers, nobody is "you".
  auto copied = fx.Run("Letter to Kamenev\nLetter to Stalin\n\nYou supported the monopoly.\n\nLenin\n");
  CHECK_FALSE(Has(copied, "kamenev", "supported", "monopoly"));
}

TEST_CASE("a name discovered in capitals is the same person written normally") {
  Fixture fx;
  auto f = fx.Run("MEMOIR OF COMRADE GERASIMOVA\n\nLater Comrade Gerasimova attacked the monopoly.");
  auto ids = EntityIds(f);
  CHECK(std::count(ids.begin(), ids.end(), "person:gerasimova") == 1);
  REQUIRE_FALSE(f.entities.empty());
  for (const auto& e : f.entities) {
    if (e.id == "person:gerasimova") CHECK(e.label == "Gerasimova");
  }
}

TEST_CASE("initials before a listed surname belong to the mention") {
  Fixture fx;
  auto f = fx.Run("A. B. Bukharin, K. Kamenev and Stalin opposed the monopoly.");
  CHECK(Has(f, "bukharin", "opposed", "monopoly"));
  CHECK(Has(f, "kamenev", "opposed", "monopoly"));
  CHECK(Has(f, "stalin", "opposed", "monopoly"));
}

TEST_CASE("a first name before a listed surname belongs to the mention") {
  Fixture fx;
  auto f = fx.Run("Later Lev Kamenev, Filipp Bukharin and Sergo Kavtaradze opposed the monopoly.");
  CHECK(Has(f, "kamenev", "opposed", "monopoly"));
  CHECK(Has(f, "bukharin", "opposed", "monopoly"));
  CHECK(Has(f, "kavtaradze", "opposed", "monopoly"));
  CHECK_FALSE(Has(f, "sergo", "opposed", "monopoly"));  // "Sergo" is a first name here
  // Titles and sentence openers are not first names.
  auto t = fx.Run("Comrade Stalin attacked the monopoly.");
  REQUIRE(t.facts.size() == 1);
  CHECK(t.facts[0].evidence.text.find("Comrade") == 0);
}

TEST_CASE("a month or a word a table's columns away is no first name") {
  testing::TempDir dir;
  auto rs = testing::LoadTestRules(dir, "");
  REQUIRE(rs);
  extract::EntityMatcher em(rs);
  auto first_mention = [&](const std::string& text) {
    auto sentences = text::SplitSentences(text, 0);
    auto ms = em.Match(text, sentences.at(0), nullptr);
    return ms.empty() ? std::string() : text.substr(ms[0].start, ms[0].end - ms[0].start);
  };
  CHECK(first_mention("In 1925 Jan Trotsky resigned.") == "Trotsky");
  CHECK(first_mention("1925 Oct       Lev Kamenev resigned.") == "Lev Kamenev");
  CHECK(first_mention("1925 Oct       Kamenev resigned.") == "Kamenev");
}

TEST_CASE("its leaders: a possessive resolves to the previous sentence's one body") {
  testing::TempDir dir;
  auto rs = testing::LoadTestRules(dir, R"(
[[rule]]
id = "member.body-leaders"
relation = "member-of"
pattern = '{single body:o} leaders?,? {person:s}'
)");
  REQUIRE(rs);
  extract::Extractor ex(rs);
  auto f = testing::ExtractText(ex, "The Politburo met at night. Its leaders, Stalin and Kamenev, spoke first.");
  CHECK(Has(f, "kamenev", "member-of", "politburo"));
  CHECK(testing::ExtractText(ex, "The Politburo and Rabkrin met at night. Its leaders, Stalin and Kamenev, spoke first.").facts.empty());
}

TEST_CASE("after a He nobody could name, the next He stays unnamed") {
  Fixture fx;
  auto f = fx.Run("Kamenev and Stalin quarrelled. He left Moscow. He supported the monopoly.");
  CHECK(f.facts.empty());
}

TEST_CASE("a plus sign joins a list") {
  Fixture fx;
  auto f = fx.Run("Kamenev + Stalin + Bukharin opposed the monopoly.");
  CHECK(f.facts.size() == 3);
}

TEST_CASE("She takes the one woman of the previous sentence, He the one man") {
  testing::TempDir dir;
  auto rs = testing::LoadRules(dir, R"(
[[entity]]
id = "krupskaya"
type = "person"
label = "Krupskaya"
gender = "female"
[[entity]]
id = "stalin"
type = "person"
label = "Stalin"
[[entity]]
id = "kamenev"
type = "person"
label = "Kamenev"
)", R"(
[[rule]]
id = "wrote-to.verb"
relation = "wrote-to"
pattern = '{person|pronoun:s} wrote to {person:o}'
)");
  REQUIRE(rs);
  extract::Extractor ex(rs);
  auto she = testing::ExtractText(ex, "Stalin insulted Krupskaya on the telephone. She wrote to Kamenev the next day.");
  CHECK(Has(she, "krupskaya", "wrote-to", "kamenev"));
  CHECK(Has(testing::ExtractText(ex, "Stalin insulted Krupskaya on the telephone. He wrote to Kamenev the next day."), "stalin", "wrote-to", "kamenev"));
}

TEST_CASE("copy lines printed after the signature still belong to the letter") {
  Fixture fx;
  auto f = fx.Run("Letter to Kamenev\n\nThe congress must hear of this.\n\nLenin\n\nCopy to Comrade Trotsky.\n\nAn editor's note follows.\n");
  CHECK(Has(f, "lenin", "wrote-to", "trotsky"));
}

TEST_CASE("a discovered name never matches a lower-case word") {
  Fixture fx;
  // The test rules discover "Comrade Smirnov"; "smirnov" in lower case is
  // a word, not him.
  auto f = fx.Run("Later Comrade Smirnov arrived. The smirnov attacked the monopoly.");
  CHECK(f.facts.empty());
}

TEST_CASE("'the group', 'the commission' and an opening 'They' stand for the body just named") {
  testing::TempDir dir;
  std::string entities = std::string(testing::kTestEntities) + R"(
[parts]
body_heads = ["commission", "committee", "party"]
faction_words = ["group", "faction", "tendency", "opposition"]

[[entity]]
id = "dc-group"
type = "body"
label = "Democratic Group"

[[entity]]
id = "party-congress"
type = "body"
label = "Tenth Party Congress"
)";
  auto rs = testing::LoadRules(dir, entities, R"(
[[rule]]
id = "member.led-by"
relation = "member-of"
swap = true
pattern = '{body:s} was led by {person:o}'

[[rule]]
id = "opposed.verb"
relation = "opposed"
pattern = '{body:s} attacked {any:o}'
)");
  REQUIRE(rs);
  extract::Extractor ex{rs};
  auto f = testing::ExtractText(ex, "The Workers' Opposition met in the spring. The group was led by Kamenev. "
                                    "They attacked the monopoly.");
  CHECK(Has(f, "kamenev", "member-of", "workers-opposition"));
  CHECK(Has(f, "workers-opposition", "opposed", "monopoly"));
  // Two bodies that fit: unsure, nothing.
  auto two = testing::ExtractText(ex, "The Workers' Opposition and the Democratic Group met. The group was led by Kamenev.");
  CHECK_FALSE(Has(two, "kamenev", "member-of", "workers-opposition"));
  // "the committee" never stands for a body without "committee" in its name.
  auto other = testing::ExtractText(ex, "The Politburo met. The committee was led by Kamenev.");
  CHECK(other.facts.empty());
  // The word must be the name's head: "the party" is no Party Congress.
  auto congress = testing::ExtractText(ex, "The Tenth Party Congress met. The party was led by Kamenev.");
  CHECK_FALSE(Has(congress, "kamenev", "member-of", "party-congress"));
}

TEST_CASE("a pronoun or a bare 'and' inside a sentence takes the subject it stands for") {
  testing::TempDir dir;
  // A token rule, so that the lexicon (verb tags) is loaded.
  auto rs = testing::LoadTestRules(dir, R"(
[[rule]]
id = "supported.pronoun"
relation = "supported"
tokens = 's:[ent=pronoun] ( in [tag=CD] )? [lemma=support] [tag=DT]? o:[ent=issue]'
)");
  REQUIRE(rs);
  extract::Extractor ex{rs};
  auto run = [&](const std::string& t) { return testing::ExtractText(ex, t); };
  // "he" after a subordinator: the one person named before it.
  auto inner = run("Before the plenum opened, Kamenev said that he supported the monopoly.");
  CHECK(Has(inner, "kamenev", "supported", "monopoly"));
  // After a semicolon, with or without a phrase of time.
  CHECK(Has(run("Kamenev edited Pravda; in 1923 he supported the monopoly."), "kamenev", "supported", "monopoly"));
  CHECK(Has(run("Kamenev edited Pravda; he supported the monopoly."), "kamenev", "supported", "monopoly"));
  // Two people before it: unsure, nothing.
  CHECK(run("Kamenev told Stalin that he supported the monopoly.").facts.empty());
  // A clause with no subject of its own: the person the sentence opens with.
  auto bare = run("Kamenev left his alliance with Bukharin and supported the monopoly.");
  CHECK(Has(bare, "kamenev", "supported", "monopoly"));
  CHECK(run("Kamenev met Stalin and supported the monopoly.").facts.empty());
  // A comma and a phrase of time join a clause the same way...
  auto comma = run("In 1921 Kamenev was ill, in 1922 supported the monopoly.");
  CHECK(Has(comma, "kamenev", "supported", "monopoly"));
  // ... but not when the person is not the sentence's subject.
  CHECK(run("The note, taken down by Kamenev, supported the monopoly.").facts.empty());
}

TEST_CASE("an entity a rule builds from its parts is listed with the document's entities") {
  testing::TempDir dir;
  auto rs = testing::LoadTestRules(dir, R"(
[[rule]]
id = "held.headed-by"
relation = "held"
object_as = "head of"
swap = true
tokens = 's:[ent=body] "," headed by o:[ent=person]'
)");
  REQUIRE(rs);
  extract::Extractor ex{rs};
  // "head of the Politburo" is never a mention of its own: only the rule
  // builds it, and without a listing the graph would drop the edge.
  auto f = testing::ExtractText(ex, "The Politburo, headed by Kamenev, met.");
  REQUIRE(f.facts.size() == 1);
  const auto& fact = f.facts[0];
  CHECK(fact.subject == "kamenev");
  auto ids = EntityIds(f);
  CHECK(std::find(ids.begin(), ids.end(), fact.object) != ids.end());
}

// Rules that take a pronoun on either side, over the shared test entities.
// An extractor over the test entities (or `entities`) and the given
// relation rules.
struct RulesFixture {
  testing::TempDir dir;
  std::shared_ptr<const rules::RuleSet> rs;
  std::unique_ptr<extract::Extractor> ex;
  explicit RulesFixture(const std::string& relations, const std::string& entities = testing::kTestEntities)
      : rs(testing::LoadRules(dir, entities, relations)) {
    if (rs) ex = std::make_unique<extract::Extractor>(rs);
  }
  extract::DocumentFacts Run(const std::string& text) const { return testing::ExtractText(*ex, text); }
};

// Rules that take a pronoun on either side, over the shared test entities.
struct PronounFixture : RulesFixture {
  PronounFixture() : RulesFixture(R"(
[[rule]]
id = "opposed.verb"
relation = "opposed"
pattern = '{person|pronoun:s} attacked {person|pronoun|issue:o}'
)") {}
};

TEST_CASE("an opening He joined by a naming phrase is the person it names") {
  PronounFixture fx;
  REQUIRE(fx.rs);
  // Nobody is named before "He", so only the naming phrase can say who he
  // is; the next He then keeps him.
  auto f = fx.Run("The boy left the seminary. He became known as Stalin. He attacked the monopoly.");
  CHECK(Has(f, "stalin", "opposed", "monopoly"));
  auto plain = fx.Run("The boy left the seminary. He met Stalin. He attacked the monopoly.");
  CHECK(plain.facts.empty());
}

TEST_CASE("his secretary is the listed post of the person his names") {
  RulesFixture fx(R"(
[[rule]]
id = "held.apposition"
relation = "held"
tokens = 'o:[ent=position] "," s:[ent=person] ","'

[[rule]]
id = "held.apposition-after"
relation = "held"
tokens = 's:[ent=person] "," o:[ent=position]'
)",
                  std::string(testing::kTestEntities) + R"(
[[entity]]
id = "lenin-secretary"
type = "position"
label = "Lenin's secretary"

[parts]
roles = ["secretary", "head"]
)");
  REQUIRE(fx.rs);
  CHECK(Has(fx.Run("Lenin fell ill. His secretary, Kamenev, wrote at once."), "kamenev", "held", "lenin-secretary"));
  CHECK(Has(fx.Run("Lenin fell ill. His own secretary, Kamenev, wrote at once."), "kamenev", "held", "lenin-secretary"));
  // A post nobody listed ("Stalin's secretary") is no post of its own here.
  CHECK(fx.Run("Stalin fell ill. His secretary, Kamenev, wrote at once.").facts.empty());
  CHECK(fx.Run("Lenin fell ill. His head, Kamenev, wrote at once.").facts.empty());
  // Nobody holds a post named after himself: "Lenin, his secretaries and ..." is a list.
  CHECK_FALSE(Has(fx.Run("Lenin, his secretaries and the clerks met."), "lenin", "held", "lenin-secretary"));
}

TEST_CASE("discovered people are keyed by their full names; a surname two of them share names neither") {
  RulesFixture fx(R"(
[[rule]]
id = "opposed.verb"
relation = "opposed"
tokens = 's:[ent=person] attacked o:[ent=person]'
)", std::string(testing::kTestEntities) + R"(
[[pattern]]
id = "person.initials"
regex = '(?:^|\s)((?:\p{Lu}\.\s?){2,3}\p{Lu}\p{Ll}{2,})\b'
)");
  REQUIRE(fx.rs);
  auto f = fx.Run("A. B. Smirnov attacked Trotsky. C. D. Smirnov attacked Stalin. Later Smirnov attacked Kamenev.");
  CHECK(Has(f, "person:a-b-smirnov", "opposed", "trotsky"));
  CHECK(Has(f, "person:c-d-smirnov", "opposed", "stalin"));
  auto ids = EntityIds(f);  // both are nodes, or the graph would drop their edges
  CHECK(std::find(ids.begin(), ids.end(), "person:c-d-smirnov") != ids.end());
  CHECK(std::none_of(f.facts.begin(), f.facts.end(), [](const extract::Fact& x) { return x.object == "kamenev"; }));
  // One person: the surname alone, before or after the full name, is him.
  auto one = fx.Run("Comrade Smirnov attacked Trotsky. A. B. Smirnov attacked Stalin.");
  CHECK(Has(one, "person:a-b-smirnov", "opposed", "trotsky"));
  CHECK(Has(one, "person:a-b-smirnov", "opposed", "stalin"));
}

TEST_CASE("a relation in the that-clause of a verb of saying is its speaker's claim") {
  RulesFixture fx(R"(
[[rule]]
id = "opposed.verb"
relation = "opposed"
tokens = 's:[ent=person] attacked o:[ent=person]'
)");
  REQUIRE(fx.rs);
  // The test pack has no CLAIM class: nothing is reported.
  auto plain = fx.Run("Kamenev said that Trotsky attacked Stalin.");
  REQUIRE(plain.facts.size() == 1);
  CHECK(plain.facts[0].evidence.reported_by.empty());
  RulesFixture claims(R"(
[classes]
CLAIM = ["say", "tell", "argue"]

[[rule]]
id = "opposed.verb"
relation = "opposed"
tokens = 's:[ent=person] attacked o:[ent=person]'
)");
  REQUIRE(claims.rs);
  auto said = claims.Run("Kamenev said that Trotsky attacked Stalin.");
  REQUIRE(said.facts.size() == 1);
  CHECK(said.facts[0].evidence.reported_by == "kamenev");
  auto told = claims.Run("Kamenev told Bukharin privately that Trotsky attacked Stalin.");
  REQUIRE(told.facts.size() == 1);
  CHECK(told.facts[0].evidence.reported_by == "kamenev");
  // The text's own statement; a passive names no claimant; another clause.
  CHECK(claims.Run("Trotsky attacked Stalin.").facts[0].evidence.reported_by.empty());
  CHECK(claims.Run("It was argued that Trotsky attacked Stalin.").facts[0].evidence.reported_by.empty());
  CHECK(claims.Run("Kamenev spoke; later Trotsky attacked Stalin.").facts[0].evidence.reported_by.empty());
  // Initials are part of the claimant's name, not a clause's end; a
  // possessor is not the one who says it.
  CHECK(claims.Run("L. B. Kamenev said that Trotsky attacked Stalin.").facts[0].evidence.reported_by == "kamenev");
  CHECK(claims.Run("Kamenev's friends said that Trotsky attacked Stalin.").facts[0].evidence.reported_by.empty());
}

TEST_CASE("an index's sub-entries are clauses about the person of their head word") {
  RulesFixture fx(R"(
[[rule]]
id = "note.opposed"
relation = "opposed"
scope = "note"
tokens = '^ attacks o:[ent=person]'
)");
  REQUIRE(fx.rs);
  std::string index =
      "INDEX\n\n"
      "Kamenev, Lev Borisovich (1883-1936), 14, 60-2\n"
      "    attacks Stalin at the congress, 63\n"
      "    on the monopoly, 70; later\n"
      "        attacks Trotsky, 71\n"
      "    attacks Bukharin (1928), 90\n\n"
      "Trotsky, Lev Davidovich (1879-1940), 3\n"
      "    attacks Stalin, 9\n";
  auto f = fx.Run(index);
  CHECK(Has(f, "kamenev", "opposed", "stalin"));
  CHECK(Has(f, "kamenev", "opposed", "bukharin"));
  CHECK(Has(f, "trotsky", "opposed", "stalin"));
  // A continuation line belongs to the sub-entry above, not a new clause.
  CHECK_FALSE(Has(f, "kamenev", "opposed", "trotsky"));
  // One head word with lines under it is no index (an address, a quotation).
  CHECK(fx.Run("Kamenev, Lev Borisovich (1883-1936), 14\n    attacks Stalin, 63\n").facts.empty());
}

TEST_CASE("a name the gazetteer lacks, listed with persons, is a person") {
  RulesFixture fx(R"(
[[rule]]
id = "member.elected"
relation = "member-of"
tokens = 's:( [ent=person] ( ","? and? [ent=person] )* ) were elected to the? o:[ent=body]'
)");
  REQUIRE(fx.rs);
  auto people = [&](const std::string& text) {
    std::set<std::string> labels;
    for (const auto& e : fx.Run(text).entities) {
      if (e.type == rules::EntityType::kPerson) labels.insert(e.label);
    }
    return labels;
  };
  auto f = fx.Run("Stalin, Kamenev, Smilga and A. F. Rudzutak were elected to the Politburo.");
  CHECK(Has(f, "person:a-f-rudzutak", "member-of", "politburo"));  // keyed by the full name
  CHECK(Has(f, "person:smilga", "member-of", "politburo"));
  // Named again alone later, it is the same person.
  CHECK(people("Stalin, Kamenev and Rudzutak came. Rudzutak left.").count("Rudzutak"));
  // Not after a list of two persons, nor a word the lexicon knows as a
  // common noun.
  CHECK_FALSE(people("Stalin met Kamenev and Rudzutak.").count("Rudzutak"));
  CHECK_FALSE(people("Stalin, Kamenev and Secretary came.").count("Secretary"));
}

TEST_CASE("I in a quotation is the person whose words introduce it") {
  RulesFixture fx(R"(
[[rule]]
id = "opposed.verb"
relation = "opposed"
tokens = 's:[ent=person|ent=pronoun] [lemma=attack] o:[ent=person]'
)");
  REQUIRE(fx.rs);
  // A block quotation after "X recalled:".
  CHECK(Has(fx.Run("Kamenev later recalled:\n\nI attacked Stalin at once.\n"), "kamenev", "opposed", "stalin"));
  // Quotation marks: up to the closing one.
  auto f = fx.Run("As Kamenev wrote: \u201CI attacked Stalin. I was right.\u201D Then I attacked Lenin.\n");
  CHECK(Has(f, "kamenev", "opposed", "stalin"));
  CHECK_FALSE(Has(f, "kamenev", "opposed", "lenin"));
  // No verb of saying, or two people: nobody is known to speak.
  CHECK(fx.Run("Kamenev's papers:\n\nI attacked Stalin at once.\n").facts.empty());
  CHECK(fx.Run("Kamenev told Lenin:\n\nI attacked Stalin at once.\n").facts.empty());
}

TEST_CASE("an opening He continues the subject the sentence before opens with, past an apposition or a preposition") {
  PronounFixture fx;
  REQUIRE(fx.rs);
  CHECK(Has(fx.Run("Kamenev, one of Lenin's allies, came back. He attacked Stalin."), "kamenev", "opposed", "stalin"));
  // Someone named after the apposition, a possessor, a list: unsure.
  CHECK(fx.Run("Kamenev, one of Lenin's allies, met Trotsky. He attacked Stalin.").facts.empty());
  CHECK(fx.Run("Kamenev's ally Lenin came back. He attacked Stalin.").facts.empty());
  CHECK(fx.Run("Kamenev, Lenin and Trotsky came back. He attacked Stalin.").facts.empty());
  // Others named only after a preposition leave the subject the topic.
  CHECK(Has(fx.Run("Then Kamenev argued at length with Lenin. He attacked Stalin."), "kamenev", "opposed",
            "stalin"));
  CHECK(fx.Run("Then Kamenev argued at length, and Lenin agreed. He attacked Stalin.").facts.empty());
}

TEST_CASE("him and her stand for the previous sentence's subject unless named again") {
  PronounFixture fx;
  REQUIRE(fx.rs);
  CHECK(Has(fx.Run("Kamenev came back from Tiflis. Trotsky attacked him at once."), "trotsky", "opposed", "kamenev"));
  // The previous subject named before the pronoun: unsure.
  CHECK(fx.Run("Kamenev came back. Kamenev said Trotsky attacked him.").facts.empty());
  // The previous sentence's subject was a "he" nobody could name.
  CHECK(fx.Run("Kamenev said he came back. Trotsky attacked him.").facts.empty());
  // "her" before a noun is a possessive, and "her" is not a man.
  CHECK(fx.Run("Kamenev came back. Trotsky attacked her.").facts.empty());
}

TEST_CASE("him in a clause of its own is the person the sentence opens with, not its clause's subject") {
  PronounFixture fx;
  REQUIRE(fx.rs);
  auto f = fx.Run("Kamenev felt alone once Trotsky and Stalin attacked him.");
  CHECK(Has(f, "trotsky", "opposed", "kamenev"));
  CHECK(Has(f, "stalin", "opposed", "kamenev"));
  // Another person named before the clause: either may be meant.
  auto two = fx.Run("Kamenev told Bukharin that Trotsky attacked him.");
  std::string got;
  for (const auto& x : two.facts) got += x.subject + " " + x.relation + " " + x.object + "; ";
  CHECK(got == "");
  // No subordinating word: "him" is the clause's object, whoever it is.
  CHECK(fx.Run("Kamenev went home and Trotsky attacked him.").facts.empty());
  // "her" needs a woman.
  CHECK(fx.Run("Kamenev learned that Trotsky attacked her.").facts.empty());
}

TEST_CASE("a biographical note: its person, and its clauses after the head") {
  testing::TempDir dir;
  auto rs = testing::LoadTestRules(dir, "");
  REQUIRE(rs);
  extract::EntityMatcher em(rs);
  // "person: clause" for each clause that `find` (FindBioNotes or
  // FindInfoboxes) gives in `text`.
  auto clauses_of = [&](auto find, const std::string& text) {
    auto sentences = text::SplitSentences(text, 0);
    std::vector<std::vector<extract::Mention>> mentions;
    for (const auto& s : sentences) mentions.push_back(em.Match(text, s, nullptr));
    std::vector<std::string> out;
    for (const auto& n : find(text, sentences, mentions)) {
      for (const auto& c : n.clauses) out.push_back(n.person + ": " + text.substr(c.start, c.end - c.start));
    }
    return out;
  };
  auto notes_of = [&](const std::string& text) { return clauses_of(extract::FindBioNotes, text); };
  CHECK(notes_of("Kamenev, L. B. (1883-1936) - joined the Party in 1901; member of the Politburo. Later expelled.") ==
        std::vector<std::string>{"kamenev: joined the Party in 1901", "kamenev: member of the Politburo.",
                                 "kamenev: Later expelled."});
  CHECK(notes_of("12. Bukharin, Nikolai Ivanovich (1888-1938): editor of Pravda.") ==
        std::vector<std::string>{"bukharin: editor of Pravda."});
  // No years after the name, or the name not opening its paragraph: prose.
  CHECK(notes_of("Kamenev, backed by Stalin, spoke; he won.").empty());
  CHECK(notes_of("Then Kamenev, L. B. (1883-1936) spoke.").empty());
  // Endnotes one to a line, no blank line between, "--" after the years:
  // each note runs to the next one.
  CHECK(notes_of("7. Bukharin, N. I. (1888-1938)--editor of Pravda; member of the Politburo.\n"
                 "8. Kamenev, L. B. (1883-1936)--member of the Politburo.") ==
        std::vector<std::string>{"bukharin: editor of Pravda", "bukharin: member of the Politburo.",
                                 "kamenev: member of the Politburo."});
  // An infobox: its person, and its lines that name no one else.
  auto boxes_of = [&](const std::string& text) { return clauses_of(extract::FindInfoboxes, text); };
  CHECK(boxes_of("+------------------+\n| Lev Kamenev      |\n| Editor of Pravda |\n|  In office  1917 |\n"
                 "|  Preceded by  Stalin |\n+------------------+") ==
        std::vector<std::string>{"kamenev: Lev Kamenev", "kamenev: Editor of Pravda", "kamenev: In office  1917"});
  // Without an office line it is no infobox.
  CHECK(boxes_of("| Lev Kamenev      |\n| Editor of Pravda |").empty());
  // A wrapped line of prose that opens with a name is no note.
  CHECK(notes_of("The letter went to the Politburo and to\nKamenev, who read it.").empty());
}

TEST_CASE("a body that opens a sentence is the subject of its 'and' clause too") {
  // A token rule, so the lexicon (which tells a past-tense verb) is loaded.
  RulesFixture fx(R"(
[[rule]]
id = "opposed.verb"
relation = "opposed"
tokens = 's:[ent=any] [lemma=attack] o:[ent=any]'
)");
  REQUIRE(fx.rs);
  CHECK(Has(fx.Run("The Politburo met in May and attacked Kamenev."), "politburo", "opposed", "kamenev"));
  // Another name between them: unsure.
  CHECK(fx.Run("The Politburo told Trotsky that Stalin was ill and attacked Kamenev.").facts.empty());
}

TEST_CASE("a discovered surname may be hyphenated, and a printer's hyphen is no part of it") {
  std::string entities = testing::kTestEntities;
  entities.replace(entities.find("\\p{Ll}{2,})\\b'"), std::string("\\p{Ll}{2,})\\b'").size(),
                   "\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+|-\\p{Ll}{3,})?)\\b'");
  RulesFixture fx(kRelations, entities);
  REQUIRE(fx.rs);
  auto f = fx.Run("Comrade Cher-viakov spoke first. Later Cher-viakov opposed the monopoly.");
  CHECK(Has(f, "person:cherviakov", "opposed", "monopoly"));
  for (const auto& e : f.entities) {
    if (e.id == "person:cherviakov") CHECK(e.label == "Cherviakov");
  }
  CHECK(Has(fx.Run("Comrade Mickevicius-Kapsukas spoke. Mickevicius-Kapsukas opposed the monopoly."),
            "person:mickevicius-kapsukas", "opposed", "monopoly"));
}

TEST_CASE("a longer name of the same entity starting inside a match extends it") {
  testing::TempDir dir;
  auto rs = testing::LoadTestRules(dir, "");
  REQUIRE(rs);
  extract::EntityMatcher em(rs);
  const std::string text = "Stalin attacked the monopoly of foreign trade.";
  auto sentences = text::SplitSentences(text, 0);
  REQUIRE(sentences.size() == 1);
  auto ms = em.Match(text, sentences[0], nullptr);
  REQUIRE(ms.size() == 2);
  CHECK(ms[1].entity_id == "monopoly");
  // "the monopoly" is an alias, but the mention runs to "trade".
  CHECK(text.substr(ms[1].start, ms[1].end - ms[1].start) == "the monopoly of foreign trade");
}

TEST_CASE("a body built from its parts and named by the tail of an earlier body's name is that body") {
  testing::TempDir dir;
  std::string entities = std::string(testing::kTestEntities) + R"(
[parts]
body_heads = ["commission", "committee"]

[[entity]]
id = "north-committee"
type = "body"
label = "Northern Regional Committee"

[[entity]]
id = "south-committee"
type = "body"
label = "Southern Regional Committee"

[[entity]]
id = "north-secretary"
type = "position"
label = "Secretary of the Northern Regional Committee"
)";
  auto rs = testing::LoadRules(dir, entities, R"(
[[rule]]
id = "opposed.verb"
relation = "opposed"
pattern = '{body:s} attacked {any:o}'
)");
  REQUIRE(rs);
  extract::Extractor ex{rs};
  auto f = testing::ExtractText(ex, "Kamenev wrote to the Northern Regional Committee.\n\n"
                                    "The Regional Committee attacked the monopoly.");
  CHECK(Has(f, "north-committee", "opposed", "monopoly"));
  // Two earlier bodies end so: unsure, the short name stays its own body.
  auto two = testing::ExtractText(ex, "The Northern Regional Committee and the Southern Regional Committee met. "
                                      "The Regional Committee attacked the monopoly.");
  CHECK_FALSE(Has(two, "north-committee", "opposed", "monopoly"));
  CHECK_FALSE(Has(two, "south-committee", "opposed", "monopoly"));
  // A post whose name ends in the body's is no second candidate.
  auto post = testing::ExtractText(ex, "Stalin, Secretary of the Northern Regional Committee, wrote to the Northern "
                                       "Regional Committee.\n\nThe Regional Committee attacked the monopoly.");
  CHECK(Has(post, "north-committee", "opposed", "monopoly"));
  // Only an earlier mention counts.
  auto later = testing::ExtractText(ex, "The Regional Committee attacked the monopoly. Kamenev wrote to the Northern "
                                        "Regional Committee.");
  CHECK_FALSE(Has(later, "north-committee", "opposed", "monopoly"));
}

TEST_CASE("a titled document is an issue, and its short title refers back to it") {
  testing::TempDir dir;
  std::string entities = std::string(testing::kTestEntities) + R"(
[parts]
document_heads = ["theses", "platform"]
)";
  auto rs = testing::LoadRules(dir, entities, R"(
[[rule]]
id = "supported.verb"
relation = "supported"
pattern = '{person:s} (?:approved|drafted) (?:the )?{issue:o}'
)");
  REQUIRE(rs);
  extract::Extractor ex{rs};
  auto f = testing::ExtractText(ex, "Kamenev drafted the Theses on Grain Exports. Later Stalin approved the Theses.");
  CHECK(Has(f, "kamenev", "supported", "theses-on-grain-exports"));
  CHECK(Has(f, "stalin", "supported", "theses-on-grain-exports"));
  // With no titled document before it, "the Platform" names nothing.
  auto lone = testing::ExtractText(ex, "Stalin approved the Platform.");
  CHECK(lone.facts.empty());
  // A date is no title: "the Theses on March 4" are the theses named before.
  auto dated = testing::ExtractText(ex, "Kamenev drafted the Theses on Grain Exports. Stalin approved the Theses on "
                                        "March 4, 1922.");
  CHECK(Has(dated, "stalin", "supported", "theses-on-grain-exports"));
}

TEST_CASE("an abbreviation the document defines names its entity wherever it stands") {
  Fixture fx;
  // "X = name" in a key, and "name (X)" in prose.
  auto key = fx.Run("Key: KMV = Kamenev.\n\nKMV opposed the monopoly.");
  CHECK(Has(key, "kamenev", "opposed", "monopoly"));
  auto prose = fx.Run("The Workers' Opposition (WOP) met. WOP opposed the monopoly.");
  CHECK(Has(prose, "workers-opposition", "opposed", "monopoly"));
  // Undefined, it is nothing; given to two entities, it is unsure.
  CHECK(fx.Run("KMV opposed the monopoly.").facts.empty());
  auto two = fx.Run("KMV = Kamenev; KMV = Stalin.\n\nKMV opposed the monopoly.");
  CHECK_FALSE(Has(two, "kamenev", "opposed", "monopoly"));
  CHECK_FALSE(Has(two, "stalin", "opposed", "monopoly"));
}

TEST_CASE("a count before a post is no part of its title, a capitalised rank is") {
  testing::TempDir dir;
  std::string entities = std::string(testing::kTestEntities) + R"(
[parts]
roles = ["chairman"]
role_modifiers = ["deputy", "first", "third"]
)";
  auto rs = testing::LoadRules(dir, entities, R"(
[[rule]]
id = "held.became"
relation = "held"
pattern = '{person:s} became (?:the )?(?:third )?{position:o}'
)");
  REQUIRE(rs);
  extract::Extractor ex{rs};
  auto object_of = [&](const std::string& text) {
    auto f = testing::ExtractText(ex, text);
    return f.facts.empty() ? std::string() : f.facts[0].object;
  };
  REQUIRE(object_of("Kamenev became deputy chairman of the Politburo.").find("deputy-chairman") == 0);
  CHECK(object_of("Kamenev became the third deputy chairman of the Politburo.") ==
        object_of("Kamenev became deputy chairman of the Politburo."));
  CHECK(object_of("Kamenev became First Deputy Chairman of the Politburo.").find("first") == 0);
}

struct PossessiveFixture : RulesFixture {
  PossessiveFixture() : RulesFixture(R"(
[[rule]]
id = "wrote-to.noun"
relation = "wrote-to"
tokens = '''( s:[ent=person] "'s" | s:[word=his|word=her & tag=PRP$] ) [word=letter] to o:[ent=person]'''

[[rule]]
id = "opposed.verb"
relation = "opposed"
tokens = 's:[ent=person] [!ent=any]{0,3} attacked o:[ent=person]'
)") {}
};

TEST_CASE("his and her before a noun name the person the sentence or the one before is about") {
  PossessiveFixture fx;
  REQUIRE(fx.rs);
  // Opening the sentence: the previous sentence's subject.
  CHECK(Has(fx.Run("Kamenev came back. His letter to Trotsky was short."), "kamenev", "wrote-to", "trotsky"));
  // Inside it: the one person named before it.
  CHECK(Has(fx.Run("Kamenev said that his letter to Trotsky was short."), "kamenev", "wrote-to", "trotsky"));
  // Two people before it, in the sentence or the one before: unsure.
  CHECK(fx.Run("Kamenev met Bukharin, and his letter to Trotsky was short.").facts.empty());
  CHECK(fx.Run("Kamenev met Bukharin. His letter to Trotsky was short.").facts.empty());
  // "her" is no man.
  CHECK(fx.Run("Kamenev came back. Her letter to Trotsky was short.").facts.empty());
  // Everywhere else "his" is the word it was: a gap that admits no
  // mention still admits it.
  CHECK(Has(fx.Run("Kamenev and his friends attacked Trotsky."), "kamenev", "opposed", "trotsky"));
}

TEST_CASE("a table's rows give the posts and bodies its headed columns list") {
  RulesFixture fx(R"(
[tables]
held = ["posts"]
member-of = ["bodies"]
)");
  REQUIRE(fx.rs);
  auto f = fx.Run(
      "No. | Name       | Posts held              | Party bodies\n"
      "----+------------+-------------------------+------------------\n"
      "  1 | STALIN,    | General Secretary 1922- | Politburo 1919-\n"
      "    | J. V.      |                         | Rabkrin 1920-22\n"
      "    |            |                         |\n"
      "  2 | KAMENEV    |                         | Politburo 1919-25\n");
  CHECK(Has(f, "stalin", "held", "gensec"));
  CHECK(Has(f, "stalin", "member-of", "politburo"));
  CHECK(Has(f, "stalin", "member-of", "rabkrin"));  // a wrapped line of the same row
  CHECK(Has(f, "kamenev", "member-of", "politburo"));
  CHECK_FALSE(Has(f, "kamenev", "member-of", "rabkrin"));
  for (const auto& x : f.facts) {
    if (x.subject == "stalin" && x.object == "rabkrin") {
      CHECK(x.evidence.date == "1920");
      CHECK(x.evidence.date_end == "1922");
      CHECK(x.evidence.rule == "table.member-of");
      CHECK(x.evidence.line == 3);
    }
  }
  // A Markdown table.
  CHECK(Has(fx.Run("| Name | Posts |\n|---|---|\n| Kamenev | General Secretary |\n"), "kamenev", "held", "gensec"));
  // A box is no table, and a table whose headers name no such column gives nothing.
  CHECK(fx.Run("+------------------------------+\n| Kamenev, General Secretary    |\n| Stalin and the Politburo      |\n"
               "+------------------------------+\n")
            .facts.empty());
  CHECK(fx.Run("| Name | Notes |\n|---|---|\n| Kamenev | General Secretary |\n").facts.empty());
}

TEST_CASE("they is the list that opens the sentence before, or a subject and its partner") {
  RulesFixture fx(R"(
[[rule]]
id = "opposed.verb"
relation = "opposed"
tokens = 's:[ent=person|ent=pronoun] [tag=MD]? [lemma=attack] o:[ent=person]'
)");
  REQUIRE(fx.rs);
  auto f = fx.Run("Kamenev and Lenin came back. They attacked Trotsky.");
  CHECK(Has(f, "kamenev", "opposed", "trotsky"));
  CHECK(Has(f, "lenin", "opposed", "trotsky"));
  // An opening phrase closed by a comma may stand before the list.
  f = fx.Run("In the spring, Kamenev and Lenin came back. They attacked Trotsky.");
  CHECK(Has(f, "lenin", "opposed", "trotsky"));
  // Inside a sentence: the list that opens it, or a subject and the
  // partner it speaks "to".
  CHECK(Has(fx.Run("Kamenev and Lenin said that they attacked Trotsky."), "lenin", "opposed", "trotsky"));
  CHECK(Has(fx.Run("When Kamenev and Lenin came back, they attacked Trotsky."), "lenin", "opposed", "trotsky"));
  CHECK(Has(fx.Run("Kamenev and Lenin came back; only later did they attack Trotsky."), "lenin", "opposed", "trotsky"));
  f = fx.Run("Kamenev suggested to Lenin that they should attack Trotsky.");
  CHECK(Has(f, "kamenev", "opposed", "trotsky"));
  CHECK(Has(f, "lenin", "opposed", "trotsky"));
  // A list after a verb, a possessor, or one person: no group.
  CHECK(fx.Run("Stalin met Kamenev and Lenin. They attacked Trotsky.").facts.empty());
  CHECK(fx.Run("Kamenev and Lenin's friends came back. They attacked Trotsky.").facts.empty());
  CHECK(fx.Run("Kamenev came back. They attacked Trotsky.").facts.empty());
  CHECK(fx.Run("Kamenev told Lenin about Stalin, and they attacked Trotsky.").facts.empty());
  // "both" as a clause's subject: the two last named, or the opening list.
  f = fx.Run("Stalin met Kamenev and Lenin; both attacked Trotsky.");
  CHECK(Has(f, "kamenev", "opposed", "trotsky"));
  CHECK(Has(f, "lenin", "opposed", "trotsky"));
  CHECK_FALSE(Has(f, "stalin", "opposed", "trotsky"));
  CHECK(Has(fx.Run("Kamenev and Lenin came back. Both attacked Trotsky."), "lenin", "opposed", "trotsky"));
}

TEST_CASE("a he after an opening phrase and a comma is the one person named before it, or the last subject") {
  PronounFixture fx;
  REQUIRE(fx.rs);
  CHECK(Has(fx.Run("Kamenev came back. In 1928, when the plan failed, he attacked Trotsky."), "kamenev", "opposed",
            "trotsky"));
  CHECK(Has(fx.Run("In 1928, when Kamenev saw the plan fail, he attacked Trotsky."), "kamenev", "opposed", "trotsky"));
  // A name in an attributive position is no subject: unsure.
  CHECK_FALSE(Has(fx.Run("Bukharin came back. After the fall of the Kamenev faction, he attacked Trotsky."), "kamenev",
                  "opposed", "trotsky"));
  // After a main clause the comma joins no opening phrase.
  CHECK(fx.Run("Kamenev came back. The plan failed, he attacked Trotsky.").facts.empty());
}

// The post "X became ..." names, over the test entities and the given [parts].
struct BecameFixture : RulesFixture {
  explicit BecameFixture(const std::string& parts)
      : RulesFixture(R"(
[[rule]]
id = "held.became"
relation = "held"
pattern = '{person:s} became {position:o}'
)",
                     std::string(testing::kTestEntities) + "\n[parts]\n" + parts) {}
  std::string ObjectOf(const std::string& text) const {
    auto f = Run(text);
    return f.facts.size() == 1 ? f.facts[0].object : std::string();
  }
};

TEST_CASE("a post's body may end in a lower-case head noun: 'of the Moscow party committee'") {
  BecameFixture fx(R"(roles = ["secretary"]
role_modifiers = ["first"]
body_heads = ["committee"])");
  REQUIRE(fx.rs);
  CHECK(fx.ObjectOf("Kamenev became first secretary of the Moscow party committee.") ==
        "first-secretary-of-the-moscow-party-committee");
  CHECK(fx.ObjectOf("Kamenev became secretary of the Tiflis party.") == "secretary-of-the-tiflis-party");
  // A listed post before a name that is no entity is another post; before a
  // listed body it stays the listed one.
  CHECK(fx.ObjectOf("Kamenev became general secretary of the Ukrainian party.") ==
        "general-secretary-of-the-ukrainian-party");
  CHECK(fx.ObjectOf("Kamenev became general secretary of the Politburo.") == "gensec");
  CHECK(fx.ObjectOf("Kamenev became general secretary.") == "gensec");
}

TEST_CASE("a person's post may be a word that is both a modifier and a role: 'Stalin's assistant'") {
  BecameFixture fx(R"(roles = ["secretary", "assistant"]
role_modifiers = ["assistant", "deputy"])");
  REQUIRE(fx.rs);
  CHECK(fx.ObjectOf("Kamenev became Stalin's assistant in 1922.") == "stalin-s-assistant");
  CHECK(fx.ObjectOf("Kamenev became Stalin's assistant secretary in 1922.") == "stalin-s-assistant-secretary");
}

TEST_CASE("a sentence that names no one of the pronoun's gender passes the subject on") {
  PronounFixture fx;
  REQUIRE(fx.rs);
  CHECK(Has(fx.Run("Kamenev came back. The plan was new. He attacked Trotsky."), "kamenev", "opposed", "trotsky"));
  // The nearest sentence that names a man decides.
  CHECK(Has(fx.Run("Kamenev came back. Bukharin spoke. The plan was new. He attacked Trotsky."), "bukharin",
            "opposed", "trotsky"));
  // Not across a paragraph, and not further than two such sentences.
  CHECK(fx.Run("Kamenev came back.\n\nThe plan was new. He attacked Trotsky.").facts.empty());
  CHECK(fx.Run("Kamenev came back. It rained. The plan was new. It was late. He attacked Trotsky.").facts.empty());
}

// A document of at least `size` bytes, big.txt: mostly paragraphs that
// name no one (quick to read), a fact every 20 paragraphs.
text::Document LargeDocument(size_t size) {
  const std::string filler = std::string(4000, 'x') + ".\n\n";
  text::Document doc;
  doc.name = doc.path = "big.txt";
  for (int i = 0; doc.bytes.size() < size; ++i) {
    doc.bytes += i % 20 == 0 ? "Part " + std::to_string(i) + ". Stalin opposed Trotsky.\n\n" : filler;
  }
  return doc;
}

TEST_CASE("a large document is handed on piece by piece, each piece once, with the whole file's hash") {
  testing::TempDir dir;
  auto rs = testing::LoadTestRules(dir, kRelations);
  REQUIRE(rs);
  extract::Extractor ex{rs};
  const text::Document doc = LargeDocument(extract::kSplitBytes + extract::kPieceBytes);
  const std::string sha = text::Sha256Hex(doc.bytes);
  for (int threads : {1, 2}) {
    std::mutex mu;
    std::vector<size_t> seen;
    size_t bytes = 0, facts = 0;
    extract::ExtractDocumentPieces(ex, doc, threads, [&](size_t piece, extract::DocumentFacts f, size_t piece_bytes) {
      std::lock_guard<std::mutex> lock(mu);
      seen.push_back(piece);
      bytes += piece_bytes;
      facts += f.facts.size();
      CHECK(f.sha256 == sha);
      CHECK(f.bytes == doc.bytes.size());
      CHECK(f.source == "big.txt");
      CHECK_FALSE(f.entities.empty());
    });
    std::sort(seen.begin(), seen.end());
    REQUIRE(seen.size() >= 5);
    for (size_t k = 0; k < seen.size(); ++k) CHECK(seen[k] == k);
    CHECK(bytes == doc.bytes.size());
    // The joined form holds the same facts, in one record per entity.
    extract::DocumentFacts joined = extract::ExtractDocument(ex, doc, threads);
    CHECK(joined.facts.size() == facts);
    CHECK(joined.sha256 == sha);
  }
  // A small document is one piece, the document itself.
  text::Document small;
  small.name = small.path = "small.txt";
  small.bytes = "Stalin opposed Trotsky.";
  size_t calls = 0;
  extract::ExtractDocumentPieces(ex, small, 2, [&](size_t piece, extract::DocumentFacts f, size_t piece_bytes) {
    calls++;
    CHECK(piece == 0);
    CHECK(piece_bytes == small.bytes.size());
    CHECK(f.facts.size() == 1);
  });
  CHECK(calls == 1);
}

TEST_CASE("a piece that fails stops the others and the failure reaches the caller") {
  testing::TempDir dir;
  auto rs = testing::LoadTestRules(dir, kRelations);
  REQUIRE(rs);
  extract::Extractor ex{rs};
  const text::Document doc = LargeDocument(2 * extract::kSplitBytes);
  for (int threads : {1, 2}) {
    std::atomic<size_t> calls{0};
    auto fail_on_second = [&](size_t, extract::DocumentFacts, size_t) {
      if (calls++ == 1) throw std::runtime_error("piece refused");
    };
    CHECK_THROWS_WITH(extract::ExtractDocumentPieces(ex, doc, threads, fail_on_second), "piece refused");
    // The others stopped before their next piece: far fewer than the 8.
    CHECK(calls.load() <= 1 + static_cast<size_t>(threads));
  }
}

// The token layer: lexicon, token patterns, the token sentence, token rules
// and entities built from their parts.
#include <catch2/catch.hpp>

#include <re2/re2.h>

#include <functional>
#include <map>
#include <set>

#include "extract/entity_parts.h"
#include "extract/token_layer.h"
#include "rules/rule_loader.h"
#include "rules/token_pattern.h"
#include "test_util.h"
#include "text/lexicon.h"

using namespace apparat;

namespace {

std::shared_ptr<const text::Lexicon> TheLexicon() {
  static std::shared_ptr<const text::Lexicon> lex = [] {
    std::shared_ptr<const text::Lexicon> l;
    Status s = text::Lexicon::Load(text::LexiconPaths::Default(), &l);
    INFO(s.message());
    REQUIRE(s.ok());
    return l;
  }();
  return lex;
}

bool HasTag(const text::LexEntry& e, const std::string& tag) {
  return std::find(e.tags.begin(), e.tags.end(), tag) != e.tags.end();
}

// Compiles `pattern` and tells whether it matches anywhere in the encoded
// form of `tokens` (word, lemma, tags; no entities).
bool MatchesWith(const std::string& pattern, const std::vector<rules::TokenFields>& tokens,
                 const rules::TokenMacros& macros, rules::WordSetCodes* codes) {
  std::string regex;
  rules::RequiredWords needs;
  Status s = rules::CompileTokenPattern(pattern, macros, &regex, codes, nullptr, &needs);
  INFO(s.message());
  REQUIRE(s.ok());
  if (codes) codes->Freeze();
  std::string encoded;
  for (const auto& t : tokens) rules::EncodeToken(t, &encoded, codes);
  RE2::Options opt;
  opt.set_encoding(RE2::Options::EncodingLatin1);
  RE2 re(regex, opt);
  REQUIRE(re.ok());
  bool matched = RE2::PartialMatch(encoded, re);
  // Every pattern of these tests checks the words it says a sentence must
  // hold: where it matches, the tokens' words and lemmas meet them.
  if (matched) {
    std::function<bool(const rules::RequiredWords&)> held = [&](const rules::RequiredWords& n) {
      switch (n.op) {
        case rules::RequiredWords::kWords:
          return std::any_of(tokens.begin(), tokens.end(), [&](const rules::TokenFields& t) {
            return std::count(n.words.begin(), n.words.end(), t.word) + std::count(n.lemmas.begin(), n.lemmas.end(), t.lemma) > 0;
          });
        case rules::RequiredWords::kAll:
          return std::all_of(n.parts.begin(), n.parts.end(), held);
        case rules::RequiredWords::kAny:
          return std::any_of(n.parts.begin(), n.parts.end(), held);
      }
      return true;
    };
    INFO(pattern << " matched, yet the tokens lack words it needs: " << needs.ToString());
    CHECK(held(needs));
  }
  return matched;
}

// The words a pattern needs, written as RequiredWords::ToString does.
std::string NeedsOf(const std::string& pattern, const rules::TokenMacros& macros = {}) {
  std::string regex;
  rules::RequiredWords needs;
  Status s = rules::CompileTokenPattern(pattern, macros, &regex, nullptr, nullptr, &needs);
  INFO(s.message());
  REQUIRE(s.ok());
  return needs.ToString();
}

// Every pattern is tried twice: with excluded word sets spelt out, and with
// each set a byte of the tokens (rules::WordSetCodes); both must agree.
bool Matches(const std::string& pattern, const std::vector<rules::TokenFields>& tokens,
             const rules::TokenMacros& macros = {}) {
  bool spelt = MatchesWith(pattern, tokens, macros, nullptr);
  rules::WordSetCodes codes;
  CHECK(MatchesWith(pattern, tokens, macros, &codes) == spelt);
  return spelt;
}

rules::TokenFields Word(std::string word, std::string lemma, std::vector<std::string> tags) {
  rules::TokenFields t;
  t.word = std::move(word);
  t.lemma = std::move(lemma);
  t.tags = std::move(tags);
  t.shape = "lower";
  return t;
}

rules::TokenFields Entity(std::string type, int index) {
  rules::TokenFields t;
  t.word = t.lemma = "x";
  t.tags = {"NNP"};
  t.shape = "entity";
  t.ent = std::move(type);
  t.mention = index;
  return t;
}

std::string CompileError(const std::string& pattern, const rules::TokenMacros& macros = {}) {
  std::string regex;
  Status s = rules::CompileTokenPattern(pattern, macros, &regex);
  return s.ok() ? "" : s.message();
}

}  // namespace

TEST_CASE("an excluded word set is one byte of the tokens") {
  rules::TokenMacros m;
  m.classes["STOP"] = {"and", "but", "or", "then"};
  const std::string pattern = "[ent=person] [!word=@STOP]{1,3} [ent=issue]";
  std::string spelt, coded;
  rules::WordSetCodes codes;
  REQUIRE(rules::CompileTokenPattern(pattern, m, &spelt).ok());
  REQUIRE(rules::CompileTokenPattern(pattern, m, &coded, &codes).ok());
  REQUIRE(codes.size() == 1);
  CHECK(coded.size() < spelt.size());
  // The same set again is the same byte.
  std::string again;
  REQUIRE(rules::CompileTokenPattern("[!word=@STOP] [ent=person]", m, &again, &codes).ok());
  CHECK(codes.size() == 1);
  codes.Freeze();
  std::string mine;
  rules::EncodeToken(Word("but", "but", {"CC"}), &mine, &codes);
  CHECK(mine.find('\x80') != std::string::npos);
  std::string other;
  rules::EncodeToken(Word("opposed", "oppose", {"VBD"}), &other, &codes);
  CHECK(other.find('\x80') == std::string::npos);
  CHECK(Matches(pattern, {Entity("person", 0), Word("opposed", "oppose", {"VBD"}), Entity("issue", 1)}, m));
  CHECK_FALSE(Matches(pattern, {Entity("person", 0), Word("but", "but", {"CC"}), Entity("issue", 1)}, m));
  CHECK_FALSE(Matches(pattern, {Entity("person", 0), Word("x", "x", {"NN"}), Word("then", "then", {"RB"}), Entity("issue", 1)}, m));
}

TEST_CASE("the lexicon gives WordNet lemmas and tagged parts of speech") {
  auto lex = TheLexicon();
  CHECK(lex->Lemma("opposed") == "oppose");
  CHECK(lex->Lemma("led") == "lead");
  CHECK(lex->Lemma("fought") == "fight");
  CHECK(lex->Lemma("allied") == "ally");  // a verb form the tagged lexicon lacks
  CHECK(lex->Lemma("leaders") == "leader");
  CHECK(lex->Lemma("was") == "be");
  CHECK(HasTag(lex->Lookup("opposed"), "VBD"));
  CHECK(HasTag(lex->Lookup("opposed"), "VBN"));
  // Negations carry NEG alone, so no other tag test lets one through.
  auto never = lex->Lookup("never");
  CHECK(never.tags == std::vector<std::string>{"NEG"});
  CHECK(lex->Lookup("Mdivani").tags == std::vector<std::string>{"NNP"});
  CHECK(lex->Lookup("1922").tags == std::vector<std::string>{"CD"});
  // A hyphened word no resource knows takes its last part's lemma.
  CHECK(lex->Lemma("re-elected") == "re-elect");
  CHECK(lex->Lemma("re-appointed") == "re-appoint");
  CHECK(HasTag(lex->Lookup("re-appointed"), "VBN"));
  CHECK(lex->Lemma("Antonov-Ovseenko") == "antonov-ovseenko");
}

TEST_CASE("a missing lexicon file is an error naming the file and the package") {
  std::shared_ptr<const text::Lexicon> lex;
  Status s = text::Lexicon::Load({"/nonexistent/wordnet", "/nonexistent/poslex"}, &lex);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("/nonexistent/wordnet") != std::string::npos);
  CHECK(s.message().find("wordnet-base") != std::string::npos);
}

TEST_CASE("token patterns test fields, lemmas and tags") {
  std::vector<rules::TokenFields> sent = {Entity("person", 0), Word("strongly", "strongly", {"RB"}),
                                          Word("opposed", "oppose", {"VBD", "VBN"}), Entity("issue", 1)};
  CHECK(Matches("[ent=person] [tag=/RB.*/]* [lemma=oppose] [ent=issue]", sent));
  CHECK(Matches("[ent=any] [] [tag=VBD & lemma=oppose]", sent));
  CHECK_FALSE(Matches("[ent=person] [lemma=oppose]", sent));  // the adverb is a token
  CHECK_FALSE(Matches("[lemma=oppose] [ent=person]", sent));
  CHECK(Matches("opposed", sent));       // a bare word is the word field
  CHECK_FALSE(Matches("oppose", sent));  // ... not the lemma
  CHECK(Matches("[!tag=NEG]{3}", sent));
  CHECK(Matches("[ent=none] [ent=none]", sent));
}

TEST_CASE("each test on a token's codes reads its own kind of code") {
  // Tags, shape, word-set bytes and entity type share one field of the
  // encoded token: a test of one kind must never be met by a code of
  // another, nor a negated test by a code that comes after it.
  rules::TokenMacros m;
  m.classes["STOP"] = {"and", "but", "or", "then"};
  rules::TokenFields cap_noun = Word("party", "party", {"NN", "NNP"});
  cap_noun.shape = "cap";
  std::vector<rules::TokenFields> sent = {cap_noun, Word("but", "but", {"CC"}), Entity("person", 7)};
  CHECK(Matches("[shape=cap & tag=NN]", sent));
  CHECK_FALSE(Matches("[shape=cap & !tag=NNP]", sent));  // NNP follows NN in the codes
  CHECK_FALSE(Matches("[!tag=NNP] [tag=CC]", sent));
  CHECK(Matches("[!tag=VB] [tag=CC]", sent));
  CHECK(Matches("[!tag=NNP & !shape=cap] [ent=person]", sent, m));
  CHECK_FALSE(Matches("[!tag=CC] [ent=person]", sent, m));
  CHECK_FALSE(Matches("[!shape=lower & !word=@STOP] [ent=person]", sent, m));
  CHECK(Matches("[!shape=cap] [ent=person & tag=NNP & shape=entity]", sent, m));
  CHECK_FALSE(Matches("[tag=NNP] [ent=any]", sent));
  CHECK(Matches("[ent=none & !shape=cap] [ent=person]", sent));
  CHECK_FALSE(Matches("[ent=none] [!ent=person & !ent=none]", sent));
  // The mention's index is read back from its token, whatever its codes.
  std::string encoded;
  for (const auto& t : sent) rules::EncodeToken(t, &encoded);
  CHECK(extract::MentionsIn(encoded, {}) == std::vector<int>{7});
}

TEST_CASE("a field regex never runs across tokens") {
  std::vector<rules::TokenFields> sent = {Word("did", "do", {"VBD"}), Word("not", "not", {"NEG"}),
                                          Word("oppose", "oppose", {"VB"})};
  CHECK_FALSE(Matches("[word=/did.*oppose/]", sent));
  CHECK_FALSE(Matches("[word=/d.*/] [lemma=oppose]", sent));  // "not" stands between
  CHECK(Matches("[word=/d.*/] [tag=NEG] [lemma=oppose]", sent));
  // A gap of anything but a negation cannot swallow "not".
  CHECK_FALSE(Matches("[word=did] [!tag=NEG]* [lemma=oppose]", sent));
}

TEST_CASE("classes, macros with arguments and slots") {
  rules::TokenMacros m;
  m.classes["OPPOSE"] = {"oppose", "object to"};
  m.macros["LIST"] = "$x ( \",\" $x )* ( and $x )?";
  m.params["LIST"] = {"x"};
  std::vector<rules::TokenFields> sent = {Entity("person", 0), Word(",", ",", {"PUNC"}), Entity("person", 1),
                                          Word("and", "and", {"CC"}),     Entity("person", 2),
                                          Word("objected", "object", {"VBD"}), Word("to", "to", {"TO"}),
                                          Entity("issue", 3)};
  CHECK(Matches("s:@LIST([ent=person]) @OPPOSE o:[ent=issue]", sent, m));
  m.classes["OBJECT"] = {"object"};
  CHECK(Matches("[lemma=@OBJECT] to", sent, m));
  std::string regex;
  REQUIRE(rules::CompileTokenPattern("s:@LIST([ent=person]) @OPPOSE o:[ent=issue]", m, &regex).ok());
  std::string encoded;
  for (const auto& t : sent) rules::EncodeToken(t, &encoded);
  RE2::Options opt;
  opt.set_encoding(RE2::Options::EncodingLatin1);
  RE2 re(regex, opt);
  std::string s, o;
  REQUIRE(RE2::PartialMatch(encoded, re, &s, &o));
  CHECK(extract::MentionsIn(s, {}) == std::vector<int>{0, 1, 2});
  CHECK(extract::MentionsIn(o, {}) == std::vector<int>{3});
}

TEST_CASE("a slot written in two alternatives is one slot") {
  testing::TempDir dir;
  auto rs = testing::LoadTestRules(dir, R"TOML(
[[rule]]
id = "opposed.either"
relation = "opposed"
tokens = 's:[ent=person] [lemma=attack] o:[ent=any] | o:[ent=any] [lemma=be] [lemma=attack] by s:[ent=person]'
)TOML");
  REQUIRE(rs);
  extract::Extractor ex(rs);
  std::set<std::string> got;
  for (const auto& x : testing::ExtractText(ex, "Lenin attacked Stalin. Rabkrin was attacked by Trotsky.").facts) {
    got.insert(x.subject + " " + x.relation + " " + x.object);
  }
  CHECK(got == std::set<std::string>{"lenin opposed stalin", "trotsky opposed rabkrin"});
}

TEST_CASE("token pattern errors say what is wrong") {
  rules::TokenMacros m;
  m.classes["PHRASES"] = {"object to"};
  m.macros["LOOP"] = "@LOOP";
  CHECK(CompileError("[lemma=oppose") .find("unclosed '['") != std::string::npos);
  CHECK(CompileError("[colour=red]").find("unknown field 'colour'") != std::string::npos);
  CHECK(CompileError("@NOPE").find("unknown macro or class '@NOPE'") != std::string::npos);
  CHECK(CompileError("[lemma=a & lemma=b]").find("two tests on 'lemma'") != std::string::npos);
  CHECK(CompileError("[lemma=@PHRASES]", m).find("use it as a token") != std::string::npos);
  CHECK(CompileError("@LOOP", m).find("nested") != std::string::npos);
  CHECK(CompileError("[word=/(/]").find("invalid regex") != std::string::npos);
  CHECK(CompileError("[!word=/x.*/]").find("only a tag test may negate") != std::string::npos);
}

TEST_CASE("the words a sentence must hold for a pattern") {
  // Each token test every match passes needs its words; optional, negated,
  // regex, tag and entity tests need nothing.
  CHECK(NeedsOf("s:[ent=person] [lemma=oppose|lemma=resist] o:[ent=issue]") == "{l:oppose l:resist}");
  CHECK(NeedsOf("the? [word=plan & tag=NN] of") == "({w:of} & {w:plan})");
  CHECK(NeedsOf("[!lemma=oppose] [word=/pl.*/] [tag=VBD] [ent=person]") == "always");
  CHECK(NeedsOf("(sharply)? [lemma=attack]{0,2} [lemma=criticise]+") == "{l:criticise}");
  // Alternatives: what one needs or what another does.
  CHECK(NeedsOf("( open letter | [lemma=write] )") == "(({w:letter} & {w:open}) | {l:write})");
  CHECK(NeedsOf("( letter | [tag=NN] )") == "always");
  CHECK(NeedsOf("[lemma=back & tag=VBD | word=support]") == "{l:back w:support}");
  // A class in a pattern: each entry's words, the first as a lemma.
  rules::TokenMacros m;
  m.classes["OPPOSE"] = {"oppose", "object to", "stand against"};
  m.macros["VERB"] = "@OPPOSE";
  CHECK(NeedsOf("@VERB o:[ent=issue]", m) == "(({l:object} & {w:to}) | ({l:stand} & {w:against}) | {l:oppose})");
  CHECK(NeedsOf("@VERB? o:[ent=issue]", m) == "always");
}

TEST_CASE("a compiled pattern's capturing groups are read from its text as RE2 numbers them") {
  for (std::string re : {"(?P<s>a)(b)(?:c)(?i:d)(?P<o>e)", "\\((?P<s>x)\\)", "[(](?P<o>y)[)]", "[]()](?P<s>z)",
                         "[^]()](?P<s>z)", "[[:alpha:](](?P<o>q)", "\\Q(a)\\E(?P<s>b)", "(?s:.*?)((?P<s>a)|(?P<s2>b))"}) {
    RE2 compiled(re);
    REQUIRE(compiled.ok());
    auto names = rules::CapturingGroupNames(re);
    INFO(re);
    CHECK(static_cast<int>(names.size()) == compiled.NumberOfCapturingGroups());
    std::map<std::string, int> named;
    for (size_t k = 0; k < names.size(); ++k) {
      if (!names[k].empty()) named[names[k]] = static_cast<int>(k + 1);
    }
    CHECK(named == compiled.NamedCapturingGroups());
  }
}

TEST_CASE("repeats nested past RE2's limit are refused when the rule loads") {
  CHECK(CompileError("([word=a]{1,50}){1,30}").find("more than 1000") != std::string::npos);
  CHECK(CompileError("[word=a]{1001}").find("up to 1000") != std::string::npos);
  std::string regex;
  CHECK(rules::CompileTokenPattern("([word=a]{1,50}){1,20}", {}, &regex).ok());
  CHECK(RE2(regex, RE2::Quiet).ok());
}

namespace {

RE2::Options Bytes() {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingLatin1);
  o.set_log_errors(false);
  return o;
}

}  // namespace

TEST_CASE("a repeat is read as RE2 reads it, or refused when the rule loads") {
  // RE2 takes "{,n}", "{,}" and "{01}" for text, and refuses m > n: none of
  // them may reach a rule's regex, built only when a sentence needs it.
  for (const char* bad : {"[word=a]{,}", "[word=a]{,5}", "[word=a]{3,2}", "[word=a]{01}", "[word=a]{1,x}", "[word=a]{}"}) {
    INFO(bad);
    CHECK(!CompileError(bad).empty());
  }
  for (const char* good : {"[word=a]{0}", "[word=a]{2,}", "[word=a]{0,1000}", "[word=a]{3} [word=b]{1,2}"}) {
    INFO(good);
    std::string regex;
    REQUIRE(rules::CompileTokenPattern(good, {}, &regex).ok());
    CHECK(RE2(regex, Bytes()).ok());
  }
}

TEST_CASE("a field regex's own repeats count with the token repeats around it") {
  // RE2 multiplies x{100} inside the token by the token's {20}.
  CHECK(CompileError("[word=/x{100}/]{20}").find("more than 1000") != std::string::npos);
  CHECK(CompileError("([lemma=/a{2,3}/]{2}){200}").find("more than 1000") != std::string::npos);
  // At the limit, and what RE2 accepts, is accepted.
  for (const char* good : {"[word=/x{100}/]{10}", "([lemma=/a{2,3}/]{2}){166}", "[word=/x\\{9}/]{1000}"}) {
    INFO(good);
    std::string regex;
    REQUIRE(rules::CompileTokenPattern(good, {}, &regex).ok());
    CHECK(RE2(regex, Bytes()).ok());
  }
}

TEST_CASE("a tag regex's repeats do not count: it picks tag letters and never enters the token regex") {
  for (const char* good : {"[tag=/N{2}/]{600}", "[tag=/[A-Z]{1,3}/]{400}"}) {
    INFO(good);
    std::string regex;
    REQUIRE(rules::CompileTokenPattern(good, {}, &regex).ok());
    CHECK(RE2(regex, Bytes()).ok());
  }
  // A tag regex that would swallow the group it is matched in.
  CHECK(CompileError("[tag=/\\QNN/]").find("as a tag test") != std::string::npos);
}

TEST_CASE("a field regex that would swallow the tokens after it is refused when the rule loads") {
  // Valid alone, but an unclosed \Q quotes the rest of the token regex.
  CHECK(CompileError("[word=/a\\Q/] [word=b]").find("inside a token") != std::string::npos);
}

TEST_CASE("macros that expand without limit are refused, not followed") {
  rules::TokenMacros m;
  // Each level doubles the one below: 2^14 copies of a token.
  m.macros["L0"] = "[lemma=a|lemma=b|lemma=c]";
  for (int i = 1; i <= 14; ++i) {
    m.macros["L" + std::to_string(i)] = "( @L" + std::to_string(i - 1) + " | @L" + std::to_string(i - 1) + " )";
  }
  CHECK(CompileError("@L14", m).find("KiB of regex") != std::string::npos);
}

TEST_CASE("the token sentence: a mention is one token, possessives and negations split") {
  auto lex = TheLexicon();
  std::string doc = "J. V. Stalin didn't oppose Lenin's plan.";
  std::vector<extract::Mention> mentions(2);
  mentions[0].start = 0, mentions[0].end = 12, mentions[0].entity_id = "stalin";
  mentions[1].start = 27, mentions[1].end = 32, mentions[1].entity_id = "lenin";
  auto t = extract::BuildTokens(doc, 0, doc.size(), mentions, *lex);
  std::vector<std::string> words;
  for (const auto& k : t.tokens) words.push_back(k.word);
  CHECK(words == std::vector<std::string>{"j. v. stalin", "did", "n't", "oppose", "lenin", "'s", "plan", "."});
  CHECK(t.tokens[0].ent == "person");
  CHECK(t.tokens[2].tags == std::vector<std::string>{"NEG"});
  CHECK(t.tokens[1].lemma == "do");
  CHECK(t.start[4] == 27);
  CHECK(extract::MentionsIn(t.encoded, mentions) == std::vector<int>{0, 1});
  // Without the fields (what rules run on), the encoding is the same.
  auto lean = extract::BuildTokens(doc, 0, doc.size(), mentions, *lex, /*keep_fields=*/false);
  CHECK(lean.tokens.empty());
  CHECK(lean.encoded == t.encoded);
  CHECK(lean.start == t.start);
}

TEST_CASE("a box's borders are no tokens: a list runs on across a boxed line break") {
  auto lex = TheLexicon();
  std::string doc = "+-----------+\n| Kamenev and |\n| Stalin - met. |";
  std::vector<extract::Mention> mentions(2);
  mentions[0].start = doc.find("Kamenev"), mentions[0].end = mentions[0].start + 7, mentions[0].entity_id = "kamenev";
  mentions[1].start = doc.find("Stalin"), mentions[1].end = mentions[1].start + 6, mentions[1].entity_id = "stalin";
  auto t = extract::BuildTokens(doc, 0, doc.size(), mentions, *lex);
  std::vector<std::string> words;
  for (const auto& k : t.tokens) words.push_back(k.word);
  // A single dash is still punctuation; a rule of three or more is layout.
  CHECK(words == std::vector<std::string>{"kamenev", "and", "stalin", "-", "met", "."});
}

TEST_CASE("token rules read lists, stop at negations and keep types") {
  testing::TempDir dir;
  auto rs = testing::LoadTestRules(dir, R"TOML(
[classes]
OPPOSE = ["oppose", "object to"]
[macros]
"LIST(x)" = '$x ( "," $x )* ( ","? and [tag=DT]? $x )?'
[[rule]]
id = "opposed.verb"
relation = "opposed"
tokens = 's:@LIST([ent=any]) [tag=/RB.*/]* @OPPOSE [tag=DT]? o:@LIST([ent=any])'
[[rule]]
id = "member.of"
relation = "member-of"
tokens = 's:@LIST([ent=any]) [lemma=join] o:[ent=any]'
)TOML");
  REQUIRE(rs);
  extract::Extractor ex(rs);
  auto f = testing::ExtractText(ex, "Kamenev, Bukharin and Trotsky strongly objected to the monopoly.");
  std::set<std::string> got;
  for (const auto& x : f.facts) got.insert(x.subject + " " + x.relation + " " + x.object);
  CHECK(got == std::set<std::string>{"kamenev opposed monopoly", "bukharin opposed monopoly", "trotsky opposed monopoly"});
  CHECK(testing::ExtractText(ex, "Lenin did not oppose Trotsky.").facts.empty());
  // member-of joins a person to a body: the Politburo joining nothing, and
  // a person "joining" a person, give nothing.
  f = testing::ExtractText(ex, "Stalin and the Politburo joined Rabkrin. Lenin joined Trotsky.");
  got.clear();
  for (const auto& x : f.facts) got.insert(x.subject + " " + x.relation + " " + x.object);
  CHECK(got == std::set<std::string>{"stalin member-of rabkrin"});
}

TEST_CASE("entities are built from their parts") {
  testing::TempDir dir;
  dir.Write("rules/entities/parts.toml", R"TOML(
[parts]
roles = ["chairman", "people's commissar", "head", "secretary"]
role_modifiers = ["deputy"]
body_heads = ["commission", "committee", "presidium"]
part_heads = ["presidium"]
group_words = ["group"]
)TOML");
  auto rs = testing::LoadRules(dir, std::string(testing::kTestEntities) + R"TOML(
[[entity]]
id = "trade-commissar"
type = "position"
label = "People's Commissar for Foreign Trade"
[[entity]]
id = "comintern"
type = "body"
label = "Comintern"
)TOML",
                               R"TOML(
[[rule]]
id = "held.apposition"
relation = "held"
tokens = 's:[ent=person] "," o:[ent=position]'
[[rule]]
id = "held.title"
relation = "held"
tokens = 'o:[ent=position] s:[ent=person]'
[[rule]]
id = "member"
relation = "member-of"
tokens = 's:[ent=person] [lemma=join] [tag=DT]? o:[ent=body]'
)TOML");
  REQUIRE(rs);
  extract::Extractor ex(rs);
  auto facts = testing::ExtractText(ex,
      "Stalin, Deputy People's Commissar for Foreign Trade, wrote. Comintern chairman Trotsky spoke. "
      "Lenin joined the Supreme Economic Commission. Kamenev joined the Presidium of the Central Executive "
      "Committee.");
  std::map<std::string, std::string> label;
  for (const auto& e : facts.entities) label[e.id] = e.label;
  std::set<std::string> got;
  for (const auto& x : facts.facts) got.insert(x.subject + " " + x.relation + " " + label[x.object]);
  // "Deputy" makes a post of its own, not the listed one.
  CHECK(got.count("stalin held Deputy People's Commissar for Foreign Trade"));
  CHECK_FALSE(got.count("stalin held People's Commissar for Foreign Trade"));
  CHECK(got.count("trotsky held Chairman of the Comintern"));
  CHECK(got.count("lenin member-of Supreme Economic Commission"));
  CHECK(got.count("kamenev member-of Presidium of the Central Executive Committee"));
}

TEST_CASE("a body or post right before a name is that name's title, not an item of a list") {
  auto lex = TheLexicon();
  std::string doc = "Party Secretary Molotov and Rykov";
  auto at = [&](const std::string& text, extract::EntityType type, const std::string& id) {
    extract::Mention m;
    m.start = doc.find(text), m.end = m.start + text.size(), m.entity_id = id, m.type = type;
    return m;
  };
  std::vector<extract::Mention> mentions = {at("Party", extract::EntityType::kBody, "party"),
                                            at("Secretary", extract::EntityType::kPosition, "secretary"),
                                            at("Molotov", extract::EntityType::kPerson, "molotov"),
                                            at("Rykov", extract::EntityType::kPerson, "rykov")};
  auto t = extract::BuildTokens(doc, 0, doc.size(), mentions, *lex);
  CHECK(extract::MentionsIn(t.encoded, mentions) == std::vector<int>{2, 3});
  // Read without types (no mention list), every mention counts.
  CHECK(extract::MentionsIn(t.encoded, {}) == std::vector<int>{0, 1, 2, 3});
}

TEST_CASE("a name inside brackets within a slot is an aside, not an item") {
  auto lex = TheLexicon();
  std::string doc = "Rykov (with Tomsky) and Kalinin";
  auto at = [&](const std::string& text, const std::string& id) {
    extract::Mention m;
    m.start = doc.find(text), m.end = m.start + text.size(), m.entity_id = id;
    return m;
  };
  std::vector<extract::Mention> mentions = {at("Rykov", "rykov"), at("Tomsky", "tomsky"), at("Kalinin", "kalinin")};
  auto t = extract::BuildTokens(doc, 0, doc.size(), mentions, *lex);
  CHECK(extract::MentionsIn(t.encoded, mentions) == std::vector<int>{0, 2});
}

TEST_CASE("a body's sitting acts as the body") {
  testing::TempDir dir;
  dir.Write("rules/entities/parts.toml", R"TOML(
[parts]
roles = ["chairman"]
body_heads = ["committee"]
sitting_words = ["plenum", "plenary session", "session"]
)TOML");
  auto rs = testing::LoadRules(dir, testing::kTestEntities, R"TOML(
[[rule]]
id = "appointed.verb"
relation = "appointed"
tokens = '^ ( [tag=IN] [tag=CD] )? [tag=DT]? s:[ent=body] ( "," [!word=","]+ "," )? [lemma=elect] o:[ent=person]'
)TOML");
  REQUIRE(rs);
  extract::Extractor ex(rs);
  // The rule wants the body first: only a mention spanning "The plenum of
  // the" lets it fire.
  auto got = [&](const std::string& text) {
    std::set<std::string> out;
    for (const auto& x : testing::ExtractText(ex, text).facts) out.insert(x.subject + " " + x.relation + " " + x.object);
    return out;
  };
  const std::set<std::string> want{"politburo appointed stalin"};
  CHECK(got("The plenum of the Politburo elected Stalin.") == want);
  CHECK(got("The July (1922) Plenary Session of the Politburo, on 3 April, elected Stalin.") == want);
  CHECK(got("A Politburo session elected Stalin.") == want);
  CHECK(got("In 1922 the plenum of the Politburo elected Stalin.") == want);
  CHECK(got("The plenum of the new Politburo elected Stalin.") == want);
  CHECK(got("The praise of the Politburo elected Stalin.").empty());
}

TEST_CASE("an adverb may stand inside a phrase of a class, a negation may not") {
  rules::TokenMacros m;
  m.classes["OPPOSE_PHRASE"] = {"come out against"};
  const std::string pattern = "[ent=person] @OPPOSE_PHRASE [ent=issue]";
  auto sentence = [](std::vector<rules::TokenFields> middle) {
    std::vector<rules::TokenFields> t = {Entity("person", 0)};
    t.insert(t.end(), middle.begin(), middle.end());
    t.push_back(Entity("issue", 1));
    return t;
  };
  auto came = Word("came", "come", {"VBD"}), out = Word("out", "out", {"RP", "IN"}),
       against = Word("against", "against", {"IN"});
  CHECK(Matches(pattern, sentence({came, out, against}), m));
  CHECK(Matches(pattern, sentence({came, out, Word("openly", "openly", {"RB"}), against}), m));
  CHECK_FALSE(Matches(pattern, sentence({came, out, Word("not", "not", {"NEG"}), against}), m));
  CHECK_FALSE(Matches(pattern, sentence({came, out, Word("today", "today", {"NN"}), against}), m));
}

TEST_CASE("values of one field joined by | are one test, so an & after them holds for each") {
  rules::TokenMacros m;
  const std::string pattern = "[ent=person] [lemma=head|lemma=lead & tag=VBN] by";
  auto with = [](rules::TokenFields verb) {
    return std::vector<rules::TokenFields>{Entity("person", 0), verb, Word("by", "by", {"IN"})};
  };
  CHECK(Matches(pattern, with(Word("headed", "head", {"VBN"})), m));
  CHECK(Matches(pattern, with(Word("led", "lead", {"VBN", "VBD"})), m));
  // "heads" is no participle: the & holds for "head" too.
  CHECK_FALSE(Matches(pattern, with(Word("heads", "head", {"VBZ"})), m));
  // Tests on two fields joined by | stay alternatives.
  const std::string either = "[ent=person] [lemma=head | tag=VBN] by";
  CHECK(Matches(either, with(Word("heads", "head", {"VBZ"})), m));
  CHECK(Matches(either, with(Word("chosen", "choose", {"VBN"})), m));
}

TEST_CASE("a macro used by many rules compiles to the same regex from its memo") {
  rules::TokenMacros m;
  m.macros["NAMES"] = "[ent=person] ( and [ent=person] )?";
  m.classes["FIGHT"] = {"oppose", "attack", "fight against"};
  std::string first, second;
  REQUIRE(rules::CompileTokenPattern("s:@NAMES @FIGHT o:[ent=issue]", m, &first).ok());
  CHECK(m.expansions.size() == 2);  // @NAMES and @FIGHT, neither holds a slot
  REQUIRE(rules::CompileTokenPattern("s:@NAMES @FIGHT o:[ent=issue]", m, &second).ok());
  CHECK(first == second);
  // A macro that holds a slot is compiled afresh for each rule.
  m.macros["SUBJ"] = "s:[ent=person]";
  m.expansions.clear();
  REQUIRE(rules::CompileTokenPattern("@SUBJ @FIGHT o:[ent=issue]", m, &first).ok());
  CHECK(m.expansions.count("nSUBJ") == 0);
}

TEST_CASE("a word no pattern names is spelt as one stand-in byte, and every test answers for it as for the word") {
  rules::TokenMacros m;
  m.classes["DROP"] = {"abolish", "abandon", "relax"};
  rules::WordSetCodes codes;
  std::string regex;
  REQUIRE(rules::CompileTokenPattern("[ent=person] [lemma=oppose] [!word=not & !lemma=@DROP]* [word=/mono.*/] [ent=issue]", m,
                                     &regex, &codes)
              .ok());
  codes.Freeze();
  using F = rules::WordSetCodes;
  CHECK(codes.Spelt(F::kLemmaSet, "oppose") == "oppose");            // in a list a pattern spells out
  CHECK(codes.Spelt(F::kWordSet, "not") == "not");                   // in a negated list
  CHECK(codes.Spelt(F::kWordSet, "monopoly") == "monopoly");         // matched by a /regex/
  CHECK(codes.Spelt(F::kWordSet, "bitterly") == F::kUnreferenced);   // named nowhere
  CHECK(codes.Spelt(F::kLemmaSet, "monopoly") == F::kUnreferenced);  // the regex tests words, not lemmas
  // The pattern reads the same with and without stand-ins.
  auto entity = [](const char* type, int i) { return Entity(type, i); };
  std::vector<rules::TokenFields> yes = {entity("person", 0), Word("opposed", "oppose", {"VBD"}),
                                         Word("bitterly", "bitterly", {"RB"}), Word("the", "the", {"DT"}),
                                         Word("monopoly", "monopoly", {"NN"}), entity("issue", 1)};
  std::vector<rules::TokenFields> no = yes;
  no[2] = Word("not", "not", {"NEG"});
  CHECK(Matches("[ent=person] [lemma=oppose] [!word=not & !lemma=@DROP]* [word=/mono.*/] [ent=issue]", yes, m));
  CHECK_FALSE(Matches("[ent=person] [lemma=oppose] [!word=not & !lemma=@DROP]* [word=/mono.*/] [ent=issue]", no, m));
}

TEST_CASE("a pattern's first tokens: the tests a match's start (or a token soon after it) passes") {
  rules::TokenMacros m;
  m.classes["FIGHT"] = {"oppose", "fight against"};
  m.macros["NAMES"] = "[ent=person] ( and [ent=person] )?";
  auto first = [&](const std::string& pattern) {
    std::string regex;
    rules::FirstTokens f;
    Status s = rules::CompileTokenPattern(pattern, m, &regex, nullptr, &f);
    INFO(pattern << ": " << s.message());
    REQUIRE(s.ok());
    return f;
  };
  // An entity type; optional items before it add theirs.
  auto f = first("s:@NAMES @FIGHT o:[ent=issue]");
  CHECK(!f.any);
  CHECK(f.entities == 1u);  // person only
  CHECK(f.reach == 0);
  f = first("[tag=DT]? s:[ent=person|ent=body] @FIGHT o:[ent=issue]");
  CHECK(f.entities == 3u);
  CHECK(__builtin_popcountll(f.tags) == 1);  // DT's code letter
  CHECK(f.words.empty());
  // A lemma class in first place gives its entries' first words as lemmas;
  // a bare word and a quoted one are words.
  f = first("@FIGHT o:[ent=issue]");
  CHECK(std::set<std::string>(f.lemmas.begin(), f.lemmas.end()) == std::set<std::string>{"oppose", "fight"});
  f = first("( by | \",\" ) s:[ent=person]");
  CHECK(std::set<std::string>(f.words.begin(), f.words.end()) == std::set<std::string>{"by", ","});
  // Context before the name: any token, then the person within reach.
  f = first("[!word=of] [tag=DT]? s:[ent=person] @FIGHT o:[ent=issue]");
  CHECK(!f.any);
  CHECK(f.entities == 1u);
  CHECK(f.reach == 2);
  f = first("^ [!word=of]{0,3} s:[ent=person] @FIGHT o:[ent=issue]");
  CHECK(f.text_start);
  // Too much context, or context of no bound: a match may start anywhere.
  CHECK(first("[]{0,6} s:[ent=person] @FIGHT o:[ent=issue]").any);
  CHECK(first("[!word=of]* s:[ent=person] @FIGHT o:[ent=issue]").any);
  CHECK(first("[!ent=person] s:[ent=person] o:[ent=issue]").entities == 1u);
  // The memo of a macro keeps its first tokens.
  CHECK(first("s:@NAMES @FIGHT o:[ent=issue]").entities == first("s:@NAMES @FIGHT o:[ent=issue]").entities);
}

TEST_CASE("a rule tried only where a match can start finds what a search of the sentence finds") {
  testing::TempDir dir;
  // Each rule reads a token of context before its subject; one starts with
  // ^, one with a class, one with a word.
  auto rs = testing::LoadTestRules(dir, R"TOML(
[classes]
OPPOSE = ["oppose", "object to"]
[[rule]]
id = "opposed.after-context"
relation = "opposed"
tokens = '[!word=of & !word=with] [tag=DT]? s:[ent=person] [tag=/RB.*/]? @OPPOSE [tag=DT]? o:[ent=issue]'
[[rule]]
id = "opposed.opening"
relation = "opposed"
tokens = '^ [!ent=any]{0,2} s:[ent=person] "," [tag=DT]? [lemma=opponent] of [tag=DT]? o:[ent=issue]'
[[rule]]
id = "wrote-to.to"
relation = "wrote-to"
tokens = 'to o:[ent=person] from s:[ent=person]'
)TOML");
  REQUIRE(rs);
  extract::Extractor ex(rs);
  auto facts = [&](const std::string& text) {
    std::set<std::string> got;
    for (const auto& x : testing::ExtractText(ex, text).facts) got.insert(x.subject + " " + x.relation + " " + x.object);
    return got;
  };
  CHECK(facts("Later Kamenev strongly objected to the monopoly.") == std::set<std::string>{"kamenev opposed monopoly"});
  // The first token of the sentence is the context token.
  CHECK(facts("Kamenev objected to the monopoly.").empty());
  CHECK(facts("Then Kamenev objected to the monopoly.") == std::set<std::string>{"kamenev opposed monopoly"});
  CHECK(facts("In fact Kamenev, an opponent of the monopoly, wrote.") == std::set<std::string>{"kamenev opposed monopoly"});
  CHECK(facts("A letter to Trotsky from Lenin arrived.") == std::set<std::string>{"lenin wrote-to trotsky"});
  // Context the rule refuses: nothing, wherever else a match could start.
  CHECK(facts("Together with Kamenev objected to the monopoly.").empty());
}

TEST_CASE("a rule of no relation mutes the sentence it matches") {
  testing::TempDir dir;
  auto rs = testing::LoadTestRules(dir, R"TOML(
[[rule]]
id = "opposed.verb"
relation = "opposed"
tokens = 's:[ent=person] [lemma=do]? [lemma=oppose] [tag=DT]? o:[ent=any]'
[[rule]]
id = "none.question"
relation = "none"
tokens = '^ [lemma=do|lemma=be] [!word="?"]* "?" $'
)TOML");
  REQUIRE(rs);
  extract::Extractor ex(rs);
  CHECK(testing::ExtractText(ex, "Did Kamenev oppose the monopoly?").facts.empty());
  // A question that takes the fact as given, and a statement, are read.
  CHECK(testing::ExtractText(ex, "Why did Kamenev oppose the monopoly?").facts.size() == 1);
  CHECK(testing::ExtractText(ex, "Kamenev opposed the monopoly.").facts.size() == 1);
  // Only the muted sentence is silent: the next one still gives its fact.
  CHECK(testing::ExtractText(ex, "Did Kamenev oppose the monopoly? Kamenev opposed the monopoly.").facts.size() == 1);

}

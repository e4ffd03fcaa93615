#include "extract/anaphora.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "text/tokens.h"

namespace apparat::extract {

namespace {

// The subject pronoun that opens a sentence: "He ..." or "She ...", or
// "he"/"she" right after a short opening phrase of time or place ("In
// October 1923 he wrote", "After the plenum, she ..."). Sets *at and *len.
bool OpeningPronoun(std::string_view doc, const text::Sentence& s, size_t* at, size_t* len) {
  for (std::string_view p : {"He ", "She "}) {
    if (doc.substr(s.start, p.size()) == p) {
      *at = s.start;
      *len = p.size() - 1;
      return true;
    }
  }
  // An opening phrase of time or place, or an opening participle clause
  // ("Sensing his death was near, he ..."); a longer phrase closed by a
  // comma may quote a title ("In his letter, “The Question of
  // Nationalities”, he censured ...").
  static const RE2 kOpening(
      "^(?:(?:In|On|At|After|Before|During|By|From|Until|Later|Soon|Then|Meanwhile|Next|Early|Late|That|This)"
      "\\b[^.;:!?\"“”]{0,48}?[ ,]|(?:In|On|At|After|Before|During|From)\\b[^.;:!?]{0,100}?, |"
      "[A-Z][a-z]+ing\\b[^.;:!?\"“”]{0,60}?, )(he|she) ");
  re2::StringPiece input(doc.data() + s.start, s.end - s.start);
  re2::StringPiece g[2];
  if (!kOpening.Match(input, 0, input.size(), RE2::ANCHOR_START, g, 2)) return false;
  // "In the notes that he dictated, Lenin ...": a pronoun inside a clause
  // of the opening phrase is not the sentence's subject.
  static const RE2 kClause("\\b(?:that|which|who|whom|whose|when|while|as|if|because|where)\\b");
  if (RE2::PartialMatch(re2::StringPiece(input.data(), g[1].data() - input.data()), kClause)) return false;
  *at = s.start + (g[1].data() - input.data());
  *len = g[1].size();
  return true;
}

// The distinct entities of `type` named in sentence i - 1, when it is in
// the same paragraph as sentence i.
std::set<std::string> PreviousEntities(const std::vector<text::Sentence>& sentences,
                                       const std::vector<std::vector<Mention>>& mentions, size_t i,
                                       EntityType type) {
  std::set<std::string> ids;
  if (i == 0 || sentences[i - 1].paragraph != sentences[i].paragraph) return ids;
  for (const auto& m : mentions[i - 1]) {
    if (m.type != type) continue;
    ids.insert(m.entity_id);  // a resolved He counts too: Lenin ... He ... He
    ids.insert(m.also.begin(), m.also.end());  // and every member of a They
  }
  return ids;
}

// The stand-in must end its clause ("opposed this.", "rejected it, and"):
// "welcomed this victory" or "opposed this up to then" point elsewhere.
bool EndsClause(std::string_view rest) {
  size_t i = 0;
  while (i < rest.size() && rest[i] == ' ') ++i;
  if (i == rest.size()) return true;
  if (std::string_view(".,;:!?)").find(rest[i]) != std::string_view::npos) return true;
  // A phrase of time or place may follow: "attacked it in 1925", "opposed
  // it at the congress".
  for (std::string_view w : {"and ", "but ", "because ", "since ", "as ", "when ", "outright", "strongly", "in 1",
                             "at the ", "from 1", "during "}) {
    if (rest.substr(i, w.size()) == w) return true;
  }
  return false;
}

bool Overlaps(const std::vector<Mention>& ms, size_t a, size_t z) {
  return std::any_of(ms.begin(), ms.end(), [&](const Mention& m) { return a < m.end && m.start < z; });
}

void InsertSorted(std::vector<Mention>* ms, Mention m) {
  auto at = std::lower_bound(ms->begin(), ms->end(), m.start,
                             [](const Mention& x, size_t start) { return x.start < start; });
  ms->insert(at, std::move(m));
}

// Whether `id` is of the pronoun's gender (entities may say gender =
// "female"; unknown people count as men: the period's texts).
bool FitsGender(const rules::RuleSet& rules, const std::string& id, bool she) {
  const rules::EntityDef* e = rules.FindEntity(id);
  return (e && e->female) == she;
}

// Whether the lexicon knows `word` as a noun, adjective or number: "her"
// before it is a possessive ("her letter"), not an object.
bool NounPhraseWord(const rules::RuleSet& rules, std::string_view word) {
  if (!rules.lexicon()) return false;
  const auto& tags = rules.lexicon()->Lookup(text::Lower(word)).tags;
  return std::any_of(tags.begin(), tags.end(), [](const std::string& t) {
    return t.rfind("NN", 0) == 0 || t.rfind("JJ", 0) == 0 || t == "CD";
  });
}

// Whether `lead` ends in a preposition (and perhaps "the"): a name right
// after it is no clause's subject ("his alliance with Bukharin").
bool EndsInPreposition(std::string_view lead) {
  static const RE2 kPrepositionBefore(
      "(?:^|[^\\pL])(?:with|to|by|against|for|of|from|on|about|at|under|between|among|towards|toward|over|"
      "into|than|like|unlike|behind|beside|without)\\s+(?:the\\s+)?$");
  return RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), kPrepositionBefore);
}

// The person the previous sentence (same paragraph) is about: the one its
// opening pronoun was resolved to, else the only person it names.
std::string PreviousSubject(std::string_view doc, const std::vector<text::Sentence>& sentences,
                            const std::vector<std::vector<Mention>>& mentions, size_t i, bool she,
                            const rules::RuleSet& rules) {
  if (i == 0 || sentences[i - 1].paragraph != sentences[i].paragraph) return "";
  auto fits = [&](const std::string& id) { return FitsGender(rules, id, she); };
  // A sentence of the paragraph that names no one of the pronoun's gender
  // ("And they are remarkable.") passes the subject on: up to two such
  // sentences are looked through.
  for (int skipped = 0; skipped < 2 && i >= 2 && sentences[i - 2].paragraph == sentences[i].paragraph; ++skipped) {
    bool any = std::any_of(mentions[i - 1].begin(), mentions[i - 1].end(),
                           [&](const Mention& m) { return m.type == EntityType::kPerson && fits(m.entity_id); });
    if (any) break;
    --i;
  }
  for (const auto& m : mentions[i - 1]) {
    if (m.pronoun && m.also.empty() && m.start - sentences[i - 1].start < 60 && fits(m.entity_id)) {
      return m.entity_id;  // its opening He
    }
    if (m.type == EntityType::kPerson) break;
  }
  // A sentence that opens with one person and an apposition naming others
  // ("Rykov, a friend of Bukharin's, kept silent. He ...") is about the
  // first: the others stand inside the commas. Anyone
  // named after the apposition (an object: "Kamenev met Stalin") makes it
  // unsure again.
  const auto& prev = mentions[i - 1];
  const text::Sentence& ps = sentences[i - 1];
  if (!prev.empty() && prev[0].start == ps.start && prev[0].type == EntityType::kPerson && !prev[0].pronoun &&
      fits(prev[0].entity_id) && prev[0].end < ps.end && doc[prev[0].end] == ',') {
    size_t close = doc.find(',', prev[0].end + 1);
    bool inside = close != std::string_view::npos && close < ps.end;
    for (size_t k = 1; inside && k < prev.size(); ++k) {
      if (prev[k].type == EntityType::kPerson && prev[k].entity_id != prev[0].entity_id && prev[k].start > close) {
        inside = false;
      }
    }
    if (inside) return prev[0].entity_id;
  }
  // A subject near the start whose sentence names the others only after a
  // preposition ("Rykov argued at length with Tomsky. He ..."):
  // the subject. A direct object ("Kamenev met Stalin") stays unsure, and
  // so does a sentence the subject does not open.
  if (!prev.empty() && prev[0].type == EntityType::kPerson && !prev[0].pronoun && !prev[0].possessive &&
      fits(prev[0].entity_id) && prev[0].start - ps.start <= 12 && doc.substr(prev[0].end, 2) != "'s" &&
      doc.substr(prev[0].end, 4) != "\u2019s") {
    bool only_after_prepositions = true;
    for (size_t k = 1; only_after_prepositions && k < prev.size(); ++k) {
      if (prev[k].type != EntityType::kPerson || prev[k].entity_id == prev[0].entity_id) continue;
      // A pronoun for someone else ("Rykov sat beside him") keeps that
      // one the topic.
      only_after_prepositions = !prev[k].pronoun && EndsInPreposition(doc.substr(ps.start, prev[k].start - ps.start));
    }
    bool opening_words = doc.substr(ps.start, prev[0].start - ps.start).find_first_of(",;:") == std::string_view::npos;
    if (only_after_prepositions && opening_words) return prev[0].entity_id;
  }
  std::set<std::string> people;
  for (const auto& id : PreviousEntities(sentences, mentions, i, EntityType::kPerson)) {
    if (fits(id)) people.insert(id);
  }
  return people.size() == 1 ? *people.begin() : "";
}

// The person an opening pronoun ending at `after` names: "He became known
// as Stalin", "He was nicknamed Koba", "He took the name Stalin". Empty
// when no naming phrase joins the pronoun to the next person.
std::string NamedBySentence(std::string_view doc, const std::vector<Mention>& own, size_t after) {
  static const RE2 kNaming(
      "\\s+(?:later\\s+|soon\\s+|then\\s+)?(?:(?:became|was|is|were|grew)\\s+(?:better\\s+|widely\\s+|generally\\s+|"
      "commonly\\s+|also\\s+)?(?:known|called|nicknamed|named|dubbed)(?:\\s+as)?|"
      "(?:took|adopted|assumed|used)\\s+the\\s+(?:name|pseudonym|alias)(?:\\s+of)?)\\s+[\"“']?");
  for (const auto& m : own) {
    if (m.start < after) continue;
    if (m.type != EntityType::kPerson || m.pronoun) return "";
    std::string_view between = doc.substr(after, m.start - after);
    return RE2::FullMatch(re2::StringPiece(between.data(), between.size()), kNaming) ? m.entity_id : "";
  }
  return "";
}

// The person a document is about, for a He no sentence before it names:
// the person it names most often, at least three times and at least half
// as often again as anyone else (an encyclopedia entry, an obituary, a
// biographical chapter). Empty when there is none, or when that person's
// gender is not the pronoun's.
std::string DocumentTopic(const std::vector<std::vector<Mention>>& mentions, bool she, const rules::RuleSet& rules) {
  std::map<std::string, int> count;
  for (const auto& ms : mentions) {
    for (const auto& m : ms) {
      if (m.type == EntityType::kPerson && !m.pronoun) ++count[m.entity_id];
    }
  }
  std::string top;
  int first = 0, second = 0;
  for (const auto& [id, n] : count) {
    if (n > first) {
      second = first;
      first = n;
      top = id;
    } else if (n > second) {
      second = n;
    }
  }
  if (first < 3 || 2 * first < 3 * second) return "";
  return FitsGender(rules, top, she) ? top : "";
}

}  // namespace

void ResolvePronouns(std::string_view doc, const std::vector<text::Sentence>& sentences, const rules::RuleSet& rules,
                     std::vector<std::vector<Mention>>* mentions) {
  bool prev_unresolved = false;  // the previous sentence opened with a He nobody could name
  // The document's person, counted once before any pronoun is added.
  const std::string topic_he = DocumentTopic(*mentions, false, rules);
  const std::string topic_she = DocumentTopic(*mentions, true, rules);
  for (size_t i = 1; i < sentences.size(); ++i) {
    size_t at = 0, len = 0;
    bool opens = OpeningPronoun(doc, sentences[i], &at, &len);
    bool after_unresolved = prev_unresolved && sentences[i - 1].paragraph == sentences[i].paragraph;
    prev_unresolved = false;
    if (!opens) continue;
    // A person named in the opening phrase is a candidate too, and after an
    // unresolved He the thread is lost: unsure, skip.
    const auto& own = (*mentions)[i];
    bool named_before = std::any_of(own.begin(), own.end(), [&](const Mention& m) {
      return m.start < at && m.type == EntityType::kPerson;
    });
    bool she = doc[at] == 'S' || doc[at] == 's';
    std::string who = after_unresolved || named_before ? "" : PreviousSubject(doc, sentences, *mentions, i, she, rules);
    // "He became known as Stalin", "She was called Nadya": the pronoun is
    // the person the sentence names, whoever came before.
    if (who.empty()) who = NamedBySentence(doc, own, at + len);
    // A He after a heading, or after a sentence naming several people one
    // of whom the document is about, is that person.
    // So is a He after an opening phrase that names only others ("After
    // Dzerzhinsky's death he succeeded him").
    if (who.empty()) {
      const std::string& topic = she ? topic_she : topic_he;
      auto before = PreviousEntities(sentences, *mentions, i, EntityType::kPerson);
      bool topic_opens = std::any_of(own.begin(), own.end(), [&](const Mention& m) {
        return m.start < at && m.entity_id == topic;
      });
      if (!topic.empty() && !topic_opens && (named_before || before.empty() || before.count(topic))) who = topic;
    }
    if (who.empty()) {
      prev_unresolved = true;
      continue;
    }
    InsertSorted(&(*mentions)[i], Mention{at, at + len, who, EntityType::kPerson, true, {}});
  }
}

void ResolveIssueAnaphors(std::string_view doc, const std::vector<text::Sentence>& sentences,
                          std::vector<std::vector<Mention>>* mentions) {
  // A verb of taking sides, then the stand-in. Group 1 is the stand-in.
  static const RE2 kStandIn(
      "\\b(?:opposed?|opposes|reject(?:ed|s)?|resist(?:ed|s)?|attack(?:ed|s)?|denounce[ds]?|condemn(?:ed|s)?|"
      "critici[sz]e[ds]?|support(?:ed|s)?|back(?:ed|s)?|defend(?:ed|s)?|favou?r(?:ed|s)?|endorse[ds]?|accept(?:ed|s)?|"
      "approve[ds]?|advocate[ds]?|champion(?:ed|s)?|welcome[ds]?|dislike[ds]?|fought|fights?|push(?:ed|es)|"
      "press(?:ed|es)|turned against|turns against|keeping|retaining|maintaining|preserving|abolish(?:ed|es|ing)?|"
      "abandon(?:ed|s|ing)?|relax(?:ed|es|ing)?|replac(?:e|ed|es|ing)|scrap(?:ped|s|ping)?|dilut(?:e|ed|es|ing))"
      "\\s+((?:this|it|(?:the|this|that|his|her|their)\\s+(?:scheme|plan|proposal|idea|project|policy|measure)))\\b");
  for (size_t i = 0; i < sentences.size(); ++i) {
    // The issue named before the stand-in in its own sentence ("X attacked
    // the monopoly, but Y defended it"), else the one issue of the sentences
    // before.
    std::set<std::string> before;
    bool before_read = false;  // only for a sentence with a stand-in
    const auto& s = sentences[i];
    re2::StringPiece input(doc.data() + s.start, s.end - s.start);
    re2::StringPiece g[2];
    size_t pos = 0;
    while (pos < input.size() && kStandIn.Match(input, pos, input.size(), RE2::UNANCHORED, g, 2)) {
      size_t a = s.start + (g[1].data() - input.data());
      size_t z = a + g[1].size();
      pos = (g[0].data() - input.data()) + g[0].size();
      std::set<std::string> own;
      for (const auto& m : (*mentions)[i]) {
        if (m.type == EntityType::kIssue && m.end <= a) own.insert(m.entity_id);
      }
      if (own.empty() && !before_read) {
        if (i > 0) before = PreviousEntities(sentences, *mentions, i, EntityType::kIssue);
        before_read = true;
      }
      const std::set<std::string>& issues = own.empty() ? before : own;
      if (issues.size() != 1) continue;
      if (EndsClause(doc.substr(z, s.end - z)) && !Overlaps((*mentions)[i], a, z)) {
        InsertSorted(&(*mentions)[i], Mention{a, z, *issues.begin(), EntityType::kIssue, false, {}});
      }
    }
  }
}

void ResolveBodyPossessives(std::string_view doc, const std::vector<text::Sentence>& sentences,
                            std::vector<std::vector<Mention>>* mentions) {
  static const RE2 kPossessive(
      "\\b([Ii]ts|[Tt]heir)\\s+(?:\\w+\\s+)?(?:leaders?|leadership|members?|chairman|chairmen|head|heads|"
      "secretary|secretaries|founders?|presidium)\\b");
  for (size_t i = 1; i < sentences.size(); ++i) {
    auto bodies = PreviousEntities(sentences, *mentions, i, EntityType::kBody);
    if (bodies.size() != 1) continue;
    const auto& s = sentences[i];
    re2::StringPiece input(doc.data() + s.start, s.end - s.start), g[2];
    size_t pos = 0;
    while (pos < input.size() && kPossessive.Match(input, pos, input.size(), RE2::UNANCHORED, g, 2)) {
      size_t a = s.start + (g[1].data() - input.data());
      size_t z = a + g[1].size();
      pos = (g[0].data() - input.data()) + g[0].size();
      const auto& own = (*mentions)[i];
      bool body_before = std::any_of(own.begin(), own.end(), [&](const Mention& m) {
        return m.start < a && m.type == EntityType::kBody;
      });
      if (body_before || Overlaps(own, a, z)) continue;
      InsertSorted(&(*mentions)[i], Mention{a, z, *bodies.begin(), EntityType::kBody, false, {}});
    }
  }
}

namespace {

// A past or present-tense verb: "came out", "denounces". A lexicon may know
// a present form only as a plural noun ("dictates"): then its stem as a
// verb will do.
bool IsFiniteVerb(const text::Lexicon& lexicon, const std::string& word) {
  auto has = [](const std::vector<std::string>& tags, const char* tag) {
    return std::find(tags.begin(), tags.end(), tag) != tags.end();
  };
  const auto& tags = lexicon.Lookup(word).tags;
  if (has(tags, "VBD") || has(tags, "VBZ")) return true;
  if (word.size() < 4 || word.back() != 's') return false;
  for (size_t cut : {1, 2}) {
    const auto& stem = lexicon.Lookup(word.substr(0, word.size() - cut)).tags;
    if (has(stem, "VB") || has(stem, "VBP")) return true;
  }
  return false;
}

// Whether `word` is the head of one of the names in `text` (names joined
// by " | "): the name's last word, or the word before its "of"/"for"/"on"
// ("commission of the C.P.C."). "the party" is the Communist Party, never
// the Fifteenth Party Congress.
bool HasWord(std::string_view text, std::string_view word) {
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
    std::string_view rest = text.substr(at + word.size());
    if (!rest.empty() && rest[0] == 's') rest.remove_prefix(1);  // "the group" after "the Workers' groups"
    bool head = rest.empty() || rest[0] == ',' || rest[0] == ')' || rest.rfind(" |", 0) == 0 ||
                rest.rfind(" of ", 0) == 0 || rest.rfind(" for ", 0) == 0 || rest.rfind(" on ", 0) == 0;
    if (left && head) return true;
  }
  return false;
}

// The lower-case names of a body mention: its text and its listed label.
std::string BodyNames(std::string_view doc, const Mention& m, const rules::RuleSet& rules) {
  std::string names = text::Lower(std::string(doc.substr(m.start, m.end - m.start)));
  if (const rules::EntityDef* e = rules.FindEntity(m.entity_id)) names += " | " + text::Lower(e->label);
  return names;
}

}  // namespace

void ResolveBodyAnaphors(std::string_view doc, const std::vector<text::Sentence>& sentences,
                         const rules::RuleSet& rules, std::vector<std::vector<Mention>>* mentions) {
  const auto& parts = rules.parts();
  std::set<std::string> heads(parts.body_heads.begin(), parts.body_heads.end());
  heads.insert(parts.group_words.begin(), parts.group_words.end());
  heads.insert(parts.faction_words.begin(), parts.faction_words.end());
  std::set<std::string> factions(parts.faction_words.begin(), parts.faction_words.end());
  if (heads.empty()) return;
  auto fits = [&](const std::string& word, const std::string& names) {
    if (HasWord(names, word)) return true;
    if (!factions.count(word)) return false;
    return std::any_of(factions.begin(), factions.end(), [&](const std::string& f) { return HasWord(names, f); });
  };
  // The one body that fits, named last before byte `before` of sentence i,
  // or in the two sentences before it (same paragraph); "" when unsure.
  auto antecedent = [&](size_t i, size_t before, const std::string& word) -> std::string {
    for (size_t back = 0; back <= 2 && back <= i; ++back) {
      size_t k = i - back;
      if (sentences[k].paragraph != sentences[i].paragraph) break;
      std::set<std::string> ids;
      for (const auto& m : (*mentions)[k]) {
        if (m.type != EntityType::kBody || (k == i && m.start >= before)) continue;
        if (fits(word, BodyNames(doc, m, rules))) ids.insert(m.entity_id);
      }
      if (!ids.empty()) return ids.size() == 1 ? *ids.begin() : "";
    }
    return "";
  };
  // "the" and one of the head words only: most "the X" of a text are
  // none, and a regex that names them spares a capture for each.
  // Compiled once a thread for a rule set's head words, not once a document.
  std::string alternation;
  for (const auto& h : heads) {
    if (!h.empty() && h.find(' ') == std::string::npos) alternation += (alternation.empty() ? "" : "|") + RE2::QuoteMeta(h);
  }
  thread_local std::string cached_for;
  thread_local std::unique_ptr<RE2> cached;
  if (!cached || cached_for != alternation) {
    cached = std::make_unique<RE2>("\\b[Tt]he\\s+(" + alternation + ")\\b");
    cached_for = alternation;
  }
  const RE2& kDefinite = *cached;
  static const RE2 kOpening("^(They|It)\\s+[a-z]");
  for (size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    re2::StringPiece input(doc.data() + s.start, s.end - s.start), g[2];
    // "They advocated ...": the previous sentence opens with a body.
    if (i > 0 && sentences[i - 1].paragraph == s.paragraph && kOpening.Match(input, 0, input.size(), RE2::ANCHOR_START, g, 2)) {
      const auto& prev = (*mentions)[i - 1];
      const text::Sentence& p = sentences[i - 1];
      if (!prev.empty() && prev[0].type == EntityType::kBody && prev[0].start - p.start <= 4) {
        size_t a = s.start;
        InsertSorted(&(*mentions)[i], Mention{a, a + g[1].size(), prev[0].entity_id, EntityType::kBody, false, {}});
      }
    }
    size_t pos = 0;
    while (pos < input.size() && kDefinite.Match(input, pos, input.size(), RE2::UNANCHORED, g, 2)) {
      size_t a = s.start + (g[0].data() - input.data());
      size_t z = s.start + (g[1].data() - input.data()) + g[1].size();
      pos = (g[0].data() - input.data()) + g[0].size();
      std::string word(g[1].data(), g[1].size());
      if (!heads.count(word) || Overlaps((*mentions)[i], a, z)) continue;
      // "the commission of inquiry", "the group Workers' Truth": not a
      // stand-in.
      size_t n = z;
      while (n < s.end && doc[n] == ' ') ++n;
      if (n < s.end && (doc.substr(n, 3) == "of " || std::isupper(static_cast<unsigned char>(doc[n])))) continue;
      std::string id = antecedent(i, a, word);
      if (!id.empty()) InsertSorted(&(*mentions)[i], Mention{a, z, id, EntityType::kBody, false, {}});
    }
  }
}

namespace {
bool StartsWith(re2::StringPiece s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::string_view(s.data(), prefix.size()) == prefix;
}

// Only white space between `from` and `to`.
bool StartsWithSpaceTo(std::string_view doc, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if (!std::isspace(static_cast<unsigned char>(doc[i]))) return false;
  }
  return true;
}
}  // namespace

void ResolveClauseSubjects(std::string_view doc, const std::vector<text::Sentence>& sentences,
                           const rules::RuleSet& rules, std::vector<std::vector<Mention>>* mentions) {
  // A conjunction, or a semicolon and perhaps a phrase of time ("...; in
  // 1928-29 he took Stalin's side"), then the pronoun.
  static const RE2 kInnerPronoun(
      "(?:\\b(?:and|but|when|before|after|because|as|although|though|while|whilst|until|since|so|once|that|if|"
      "whereupon|where)|,|;(?:\\s+(?:in|on|by|from|after|until|during)\\s+[\\pL\\pN-]+(?:\\s+\\pN+)?,?)?)\\s+(he|she)\\b");
  // "and", "but", or a comma and a phrase of time ("..., in 1922 assumed
  // the post"), then the verb.
  static const RE2 kBareConjunction(
      "(\\band|\\bbut|&|,)\\s+(?:then\\s+|later\\s+|also\\s+|soon\\s+|promptly\\s+|"
      "((?:in|on|by|from|after|until|during)\\s+[\\pL\\pN]+(?:\\s+[\\pN]+)?,?\\s+))?(\\pL+)(\\s+by\\b)?");
  static const RE2 kSubjectLead(
      "[\\s\\p{P}]*(?:\\[\\d+\\]\\s*)?(?:(?:In|On|At|After|Before|During|By|From|Until|Later|Soon|Then|Meanwhile|Next|Early|Late|"
      "Thereafter|Afterwards|Eventually|Finally|Initially|Meanwhile|However|Moreover|Nonetheless|Nevertheless|"
      "[A-Z]\\pL+ing)\\b[^.;:!?]*,?\\s*)?(?:[Cc]omrade\\s+|[Tt]he\\s+)?");
  const text::Lexicon* lexicon = rules.lexicon();
  for (size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    re2::StringPiece input(doc.data() + s.start, s.end - s.start), g[3];
    auto& own = (*mentions)[i];
    auto persons_before = [&](size_t at) {
      std::set<std::string> ids;
      for (const auto& m : own) {
        if (m.start < at && m.type == EntityType::kPerson) ids.insert(m.entity_id);
      }
      return ids;
    };
    size_t pos = 0;
    std::vector<Mention> added;
    // Most sentences hold no "he"/"she" at all: skip the regex for them.
    std::string_view text(input.data(), input.size());
    if (text.find("he ") == std::string_view::npos && text.find("he,") == std::string_view::npos) pos = input.size();
    while (pos < input.size() && kInnerPronoun.Match(input, pos, input.size(), RE2::UNANCHORED, g, 2)) {
      size_t a = s.start + (g[1].data() - input.data());
      size_t z = a + g[1].size();
      pos = (g[0].data() - input.data()) + g[0].size();
      if (Overlaps(own, a, z)) continue;
      bool she = doc[a] == 's';
      auto before = persons_before(a);
      // After a comma ("Realising it would fail, he ..."), only a name
      // that could be a subject counts: "after the fall of the Kerensky
      // government, he" is not Kerensky.
      // And only after an opening phrase or clause ("In 1928, when ...,
      // he"), not after a main clause ("Stalin spoke, he said").
      static const RE2 kOpeningAdverbial(
          "^(?:In|On|At|After|Before|During|By|From|Until|When|While|Whilst|Once|As|Although|Though|Since|Because|"
          "If|Having|Being|[A-Z][a-z]+(?:ing|ed))\\b");
      if (StartsWith(g[0], ",") && !RE2::PartialMatch(re2::StringPiece(doc.data() + s.start, s.end - s.start),
                                                      kOpeningAdverbial)) {
        continue;
      }
      if (StartsWith(g[0], ",") && before.size() == 1) {
        for (const auto& m : own) {
          if (m.start >= a || m.entity_id != *before.begin() || m.pronoun) continue;
          std::string_view lead = doc.substr(s.start, m.start - s.start);
          if (lead.size() > 40) lead = lead.substr(lead.size() - 40);
          static const RE2 kAttributive("(?:^|[^\\pL])(?:the|a|an|of)\\s+$");
          if (EndsInPreposition(lead) ||
              RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), kAttributive)) {
            before.insert("");  // unsure
          }
        }
      }
      std::string who;
      if (before.size() == 1) {
        if (FitsGender(rules, *before.begin(), she)) who = *before.begin();
      } else if (before.empty() && !StartsWith(g[0], "that") && !StartsWith(g[0], "where")) {
        // With nobody named before it, "the notes that he dictated" is a
        // relative clause, not a clause of the previous subject.
        who = PreviousSubject(doc, sentences, *mentions, i, she, rules);
      }
      if (!who.empty()) added.push_back(Mention{a, z, who, EntityType::kPerson, true, {}});
    }
    for (auto& m : added) InsertSorted(&own, std::move(m));
    // A clause's subject matters only beside a second mention it could be
    // related to: a sentence with one mention is left alone.
    if (!lexicon || own.size() < 2) continue;
    // The person or body the sentence opens with ("The Central Committee
    // relieved Trotsky of his post and named Frunze").
    const Mention& first = own.front();
    if ((first.type != EntityType::kPerson && first.type != EntityType::kBody) || first.pronoun ||
        first.start - s.start > 60) {
      continue;
    }
    // ... and is its subject: nothing before it but an opening phrase
    // ("In 1928, Stalin ..."), not "The letter, taken down by X, ...".
    std::string_view lead = doc.substr(s.start, first.start - s.start);
    if (!RE2::FullMatch(re2::StringPiece(lead.data(), lead.size()), kSubjectLead)) continue;
    added.clear();
    pos = first.end - s.start;
    re2::StringPiece h[5];
    while (pos < input.size() && kBareConjunction.Match(input, pos, input.size(), RE2::UNANCHORED, h, 5)) {
      // Groups: 1 the conjunction, 2 a phrase of time, 3 the verb, 4 "by".
      std::swap(h[2], h[3]);
      std::swap(h[3], h[4]);  // now 2 the verb, 3 "by", 4 the phrase of time
      size_t a = s.start + (h[1].data() - input.data());
      size_t z = a + h[1].size();
      pos = (h[2].data() - input.data());
      if (Overlaps(own, a, z) || Overlaps(own, s.start + pos, s.start + pos + h[2].size())) continue;
      // "Stalin, backed by Zinoviev, ...": a participle, not a clause; and a
      // comma right after the subject opens an aside.
      if (h[3].data() != nullptr && !h[3].empty()) continue;
      // A comma joins a clause only before a phrase of time ("..., in 1922
      // assumed the post"); elsewhere it is too often an aside's end.
      if (doc[a] == ',' && (h[4].data() == nullptr || h[4].empty())) continue;
      if (doc[a] == ',' && StartsWithSpaceTo(doc, first.end, a)) continue;
      re2::StringPiece* g = h;
      std::string verb = text::Lower(std::string(g[2].data(), g[2].size()));
      if (!IsFiniteVerb(*lexicon, verb)) continue;
      // No other person between the subject and here, but after a
      // preposition ("his alliance with Bukharin").
      bool other = false;
      for (const auto& m : own) {
        if (m.start <= first.start || m.start >= a || m.entity_id == first.entity_id) continue;
        if (m.type != EntityType::kPerson && m.type != EntityType::kBody) continue;
        std::string_view lead = doc.substr(s.start, m.start - s.start);
        if (lead.size() > 40) lead = lead.substr(lead.size() - 40);
        if (!EndsInPreposition(lead)) other = true;
      }
      if (other) break;
      added.push_back(Mention{a, z, first.entity_id, first.type, true, {}});
    }
    for (auto& m : added) InsertSorted(&own, std::move(m));
  }
}

namespace {
// A "he"/"she" in the sentence that no mention covers: its subject is
// someone apparat could not name, so the one person it does name need not
// be who it is about.
bool UnresolvedSubjectPronoun(std::string_view doc, const text::Sentence& s, const std::vector<Mention>& ms) {
  static const RE2 kSubject("\\b([Hh]e|[Ss]he)\\b");
  re2::StringPiece input(doc.data() + s.start, s.end - s.start), g[2];
  size_t pos = 0;
  while (pos < input.size() && kSubject.Match(input, pos, input.size(), RE2::UNANCHORED, g, 2)) {
    size_t a = s.start + (g[1].data() - input.data());
    pos = (g[0].data() - input.data()) + g[0].size();
    if (!Overlaps(ms, a, a + g[1].size())) return true;
  }
  return false;
}
}  // namespace

// "Trotsky found himself isolated as Zinoviev and Stalin closed ranks
// against him": an object pronoun is never bound by its own clause's
// subject. When the sentence opens with one person, and the pronoun's clause
// opens with a subordinating word and other persons with no one named
// between, the pronoun is the opening person ("Lenin learned that Stalin
// had insulted her" names no woman: unsure). Else "".
static std::string MainSubjectOutsideClause(std::string_view doc, const text::Sentence& s, const std::vector<Mention>& own,
                                     size_t pronoun, bool she, const rules::RuleSet& rules) {
  static const RE2 kSubordinator(
      "(?:^|[^\\pL])(?:as|when|while|because|after|before|until|since|although|though|once|that|whereas|if)"
      "\\s+(?:the\\s+)?$");
  if (own.empty() || own[0].type != EntityType::kPerson || own[0].start >= pronoun) return "";
  const Mention& main = own[0];
  if (main.start - s.start > 40 || !FitsGender(rules, main.entity_id, she)) return "";
  for (size_t k = 1; k < own.size() && own[k].start < pronoun; ++k) {
    if (own[k].entity_id == main.entity_id) return "";  // named again: it may be the clause's subject
    if (own[k].type != EntityType::kPerson) continue;
    if (own[k].start < own[k - 1].end) return "";
    std::string_view lead = doc.substr(own[k - 1].end, own[k].start - own[k - 1].end);
    if (!RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), kSubordinator)) return "";
    // The clause's subjects: this person and any listed with it.
    for (size_t j = k + 1; j < own.size() && own[j].start < pronoun; ++j) {
      if (own[j].entity_id == main.entity_id) return "";
    }
    return main.entity_id;
  }
  return "";
}

void ResolveObjectPronouns(std::string_view doc, const std::vector<text::Sentence>& sentences,
                           const rules::RuleSet& rules, std::vector<std::vector<Mention>>* mentions) {
  static const RE2 kObject("\\b(him|her)\\b");
  for (size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    std::string_view text = doc.substr(s.start, s.end - s.start);
    if (text.find("him") == std::string_view::npos && text.find("her") == std::string_view::npos) continue;
    auto& own = (*mentions)[i];
    re2::StringPiece input(text.data(), text.size()), g[2];
    size_t pos = 0;
    std::vector<Mention> added;
    while (pos < input.size() && kObject.Match(input, pos, input.size(), RE2::UNANCHORED, g, 2)) {
      size_t a = s.start + (g[1].data() - input.data());
      size_t z = a + g[1].size();
      pos = (g[0].data() - input.data()) + g[0].size();
      if (Overlaps(own, a, z)) continue;
      bool she = doc[a] == 'h' && doc[a + 1] == 'e';
      // "her" before a noun is a possessive ("her letter"), not an object.
      if (she) {
        size_t n = z;
        while (n < s.end && doc[n] == ' ') ++n;
        if (n < s.end && std::isalpha(static_cast<unsigned char>(doc[n]))) {
          size_t e = n;
          while (e < s.end && std::isalpha(static_cast<unsigned char>(doc[e]))) ++e;
          if (NounPhraseWord(rules, doc.substr(n, e - n))) continue;
        }
      }
      std::string who = MainSubjectOutsideClause(doc, s, own, a, she, rules);
      if (!who.empty()) {
        added.push_back(Mention{a, z, who, EntityType::kPerson, true, {}});
        continue;
      }
      who = i == 0 || UnresolvedSubjectPronoun(doc, sentences[i - 1], (*mentions)[i - 1])
                ? ""
                : PreviousSubject(doc, sentences, *mentions, i, she, rules);
      if (who.empty()) break;  // the thread is lost for the rest of the sentence too
      // "Lenin gave him ...": an object pronoun is never its own clause's
      // subject, so the previous subject named again here makes it unsure.
      bool named_here = std::any_of(own.begin(), own.end(), [&](const Mention& m) {
        return m.start < a && m.entity_id == who;
      });
      if (named_here) break;
      added.push_back(Mention{a, z, who, EntityType::kPerson, true, {}});
    }
    for (auto& m : added) InsertSorted(&own, std::move(m));
  }
}

void ResolvePossessives(std::string_view doc, const std::vector<text::Sentence>& sentences,
                        const rules::RuleSet& rules, std::vector<std::vector<Mention>>* mentions) {
  static const RE2 kPossessive("\\b([Hh]is|[Hh]er)\\s+(\\pL+)");
  // The document's person, counted only if some "His" needs it.
  std::string topic[2];
  bool counted[2] = {false, false};
  auto topic_of = [&](bool she) -> const std::string& {
    if (!counted[she]) topic[she] = DocumentTopic(*mentions, she, rules), counted[she] = true;
    return topic[she];
  };
  for (size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    std::string_view text = doc.substr(s.start, s.end - s.start);
    // Most sentences hold no "his"/"her" at all: skip the regex for them.
    bool any = false;
    for (std::string_view w : {"his ", "His ", "her ", "Her "}) any = any || text.find(w) != std::string_view::npos;
    if (!any) continue;
    auto& own = (*mentions)[i];
    re2::StringPiece input(text.data(), text.size()), g[3];
    size_t pos = 0;
    std::vector<Mention> added;
    while (pos < input.size() && kPossessive.Match(input, pos, input.size(), RE2::UNANCHORED, g, 3)) {
      size_t a = s.start + (g[1].data() - input.data());
      size_t z = a + g[1].size();
      pos = (g[1].data() - input.data()) + g[1].size();
      if (Overlaps(own, a, z)) continue;
      bool she = doc[a + 1] == 'e';
      // "her" before a verb or at a clause's end is an object ("gave her
      // the post"), read by ResolveObjectPronouns.
      if (she && rules.lexicon() && !NounPhraseWord(rules, std::string_view(g[2].data(), g[2].size()))) continue;
      std::set<std::string> before;
      // A name inside a post or body before it ("Lenin's secretaries
      // passed his notes") may be whose it is, or the post's holder may be:
      // unsure, so no sentence before answers for it either.
      bool named_within = false;
      for (const auto& m : own) {
        if (m.start < a && m.type == EntityType::kPerson) before.insert(m.entity_id);
        if (m.start < a && m.type != EntityType::kPerson && !m.named_within.empty()) named_within = true;
      }
      std::string who;
      if (before.size() == 1) {
        if (FitsGender(rules, *before.begin(), she)) who = *before.begin();
      } else if (before.empty() && !named_within) {
        who = i > 0 ? PreviousSubject(doc, sentences, *mentions, i, she, rules) : "";
        // An opening "His ..." after a heading or a sentence naming
        // nobody: the document's person.
        if (who.empty() && a - s.start < 60) who = topic_of(she);
      }
      if (!who.empty()) added.push_back(Mention{a, z, who, EntityType::kPerson, true, {}, true});
    }
    for (auto& m : added) InsertSorted(&own, std::move(m));
  }
}

namespace {

// The persons of the list that opens sentence s ("Zinoviev and Kamenev,
// at the head of ..."), perhaps after an opening phrase closed by a comma
// ("Its leaders, A, B and C, did not ...") or a subordinator ("When A and
// B returned, they ..."), in order; empty unless there
// are two or more. A list that is a possessor ("A and B's bloc") is none.
std::vector<std::string> OpeningList(std::string_view doc, const text::Sentence& s, const std::vector<Mention>& ms,
                                     size_t* list_end) {
  static const RE2 kJoin("(?:\\s*,)?\\s+(?:and\\s+)?|\\s*,\\s*");
  static const RE2 kLead(
      "(?:[^,;:.]{1,40},\\s+|(?:When|After|Before|Once|As|Since|Although|Though|While|Because|If|Until)\\s+)?");
  std::vector<std::string> list;
  size_t at = s.start;
  bool first = true;
  for (const auto& m : ms) {
    if (m.end <= s.start) continue;
    if (m.type != EntityType::kPerson || m.possessive || !m.also.empty()) {
      if (first && m.start < s.start + 40) continue;  // "Its" in the opening phrase
      break;
    }
    re2::StringPiece gap(doc.data() + at, m.start - at);
    if (!RE2::FullMatch(gap, first ? kLead : kJoin)) break;
    if (std::find(list.begin(), list.end(), m.entity_id) == list.end()) list.push_back(m.entity_id);
    at = m.end;
    first = false;
  }
  if (doc.substr(at, 2) == "'s" || doc.substr(at, 4) == "\u2019s") list.clear();
  *list_end = at;
  if (list.size() < 2) list.clear();
  return list;
}

}  // namespace

void ResolvePluralPronouns(std::string_view doc, const std::vector<text::Sentence>& sentences,
                           std::vector<std::vector<Mention>>* mentions) {
  static const RE2 kOpeningThey("^(?:What\\s+)?(They|they)\\s+[a-z]");
  // "they" where a clause begins: after "that", a comma, a conjunction, or
  // an auxiliary put first ("only in December did they fall in behind").
  static const RE2 kInnerThey(
      "(?:\\b(?:that|when|as|and|but|because|so|if|until|after|before|since|where|whether|did|had|were|would|could)|,)"
      "\\s+(they)\\s+[a-z]");
  auto add = [&](size_t i, size_t a, const std::vector<std::string>& group) {
    if (group.size() < 2 || Overlaps((*mentions)[i], a, a + 4)) return;
    Mention m{a, a + 4, group[0], EntityType::kPerson, true, {}};
    m.also.assign(group.begin() + 1, group.end());
    InsertSorted(&(*mentions)[i], std::move(m));
  };
  for (size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    re2::StringPiece input(doc.data() + s.start, s.end - s.start), g[2];
    // "Both" as a clause's subject is the two last named: "..., and so did
    // Frumkin and Stomonyakov; both sent Lenin memoranda", or the list the
    // sentence before opens with ("Both protested.").
    if (input.find("oth ") != re2::StringPiece::npos) {
      static const RE2 kBoth("(?:^|[;:,]\\s*|\\band\\s+)([Bb]oth)\\s+(?:[a-z]+)\\b");
      size_t bpos = 0;
      while (bpos < input.size() && kBoth.Match(input, bpos, input.size(), RE2::UNANCHORED, g, 2)) {
        size_t a = s.start + (g[1].data() - input.data());
        bpos = (g[1].data() - input.data()) + g[1].size();
        std::string_view next = doc.substr(a + 5, 3);
        if (next == "of " || next == "the") continue;  // "both of them" is no subject here; "both the X and Y" lists
        std::vector<std::string> group;
        if (a == s.start) {
          size_t end = 0;
          if (i > 0 && sentences[i - 1].paragraph == s.paragraph) {
            group = OpeningList(doc, sentences[i - 1], (*mentions)[i - 1], &end);
          }
        } else {
          for (auto it = (*mentions)[i].rbegin(); it != (*mentions)[i].rend() && group.size() < 2; ++it) {
            if (it->start >= a || it->type != EntityType::kPerson || it->possessive || !it->also.empty()) continue;
            if (std::find(group.begin(), group.end(), it->entity_id) == group.end()) group.insert(group.begin(), it->entity_id);
          }
        }
        if (group.size() == 2) add(i, a, group);
      }
    }
    if (input.find("they") == re2::StringPiece::npos && input.find("They") == re2::StringPiece::npos) continue;
    if (i > 0 && sentences[i - 1].paragraph == s.paragraph &&
        kOpeningThey.Match(input, 0, input.size(), RE2::ANCHOR_START, g, 2)) {
      size_t end = 0;
      add(i, s.start + (g[1].data() - input.data()), OpeningList(doc, sentences[i - 1], (*mentions)[i - 1], &end));
    }
    size_t pos = 0;
    while (pos < input.size() && kInnerThey.Match(input, pos, input.size(), RE2::UNANCHORED, g, 2)) {
      size_t a = s.start + (g[1].data() - input.data());
      pos = (g[1].data() - input.data()) + g[1].size();
      const auto& own = (*mentions)[i];
      size_t end = 0;
      std::vector<std::string> group = OpeningList(doc, s, own, &end);
      if (!group.empty() && end <= a) {
        add(i, a, group);
        continue;
      }
      // Two persons before it: a subject, and the partner it acts "to" or
      // "with" ("wrote to Rykov that they").
      std::vector<const Mention*> before;
      for (const auto& m : own) {
        if (m.start >= a) break;
        if (m.type != EntityType::kPerson || m.possessive || !m.also.empty()) continue;
        if (std::none_of(before.begin(), before.end(), [&](const Mention* b) { return b->entity_id == m.entity_id; })) {
          before.push_back(&m);
        }
      }
      if (before.size() != 2) continue;
      std::string_view lead = doc.substr(s.start, before[1]->start - s.start);
      auto ends = [&](std::string_view w) { return lead.size() > w.size() && lead.substr(lead.size() - w.size()) == w; };
      bool partner = ends(" to ") || ends(" with ");
      if (partner) add(i, a, {before[0]->entity_id, before[1]->entity_id});
    }
  }
}

namespace {

// Whether `body` (a sentence of a quotation) holds its closing mark; in the
// sentence the quotation opens in, its opening mark at `open` is no close.
bool ClosesQuotation(std::string_view body, size_t open) {
  if (body.find("\u201D", open) != std::string_view::npos) return true;
  size_t at = body.find('"', open);
  if (at == open) at = body.find('"', open + 1);
  return at != std::string_view::npos;
}

}  // namespace

std::vector<std::string> QuotationSpeakers(std::string_view doc, const std::vector<text::Sentence>& sentences,
                                           const std::vector<std::vector<Mention>>& mentions,
                                           const rules::RuleSet& rules) {
  std::vector<std::string> speaker(sentences.size());
  if (!rules.lexicon()) return speaker;
  static const std::set<std::string> kSay = {"recall", "write", "say", "remember", "declare", "note", "explain",
                                             "tell", "complain", "state", "observe", "add", "reply", "answer",
                                             "protest", "warn", "insist", "comment", "confess", "admit",
                                             "report", "recount", "reminisce", "announce", "argue", "exclaim"};
  static const RE2 kWord("(\\pL+)");
  // The colon that introduces: at the end, or before an opening mark.
  static const RE2 kColon(":\\s*(?:$|([\"\u201C\u2018]))");
  for (size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    std::string_view text = doc.substr(s.start, s.end - s.start);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    re2::StringPiece input(text.data(), text.size()), g[2];
    if (text.find(':') == std::string_view::npos ||
        !kColon.Match(input, 0, input.size(), RE2::UNANCHORED, g, 2)) {
      continue;
    }
    size_t colon = s.start + (g[0].data() - input.data());
    bool inline_quote = g[1].data() != nullptr;
    if (!inline_quote && i + 1 == sentences.size()) continue;
    // A line kept whole may hold sentences before the one that introduces
    // the quotation: only the last counts.
    size_t from = s.start;
    std::string_view intro = doc.substr(s.start, colon - s.start);
    for (std::string_view stop : {". ", "? ", "! "}) {
      size_t at = intro.rfind(stop);
      if (at != std::string_view::npos) from = std::max(from, s.start + at + 2);
    }
    if (colon - from > 200) continue;
    const Mention* who = nullptr;
    bool one = true;
    for (const auto& m : mentions[i]) {
      if (m.start < from || m.start >= colon) continue;
      if (m.type != EntityType::kPerson || m.possessive || !m.also.empty()) continue;
      if (who && who->entity_id != m.entity_id) one = false;
      if (!who) who = &m;
    }
    if (!who || !one) continue;
    // A verb of saying after the person.
    re2::StringPiece rest(doc.data() + who->end, colon - who->end), w;
    bool says = false;
    while (!says && RE2::FindAndConsume(&rest, kWord, &w)) {
      says = kSay.count(rules.lexicon()->Lookup(text::Lower(std::string_view(w.data(), w.size()))).lemma) > 0;
    }
    if (!says) continue;
    // The quotation: from an opening mark after the colon or at the start
    // of the next sentence, to the closing mark; else the rest of the
    // paragraph, or the next paragraph.
    size_t j = inline_quote ? i : i + 1;
    size_t open = inline_quote ? (g[1].data() - input.data()) : 0;
    std::string_view next = doc.substr(sentences[j].start, 3);
    bool marked = inline_quote || next[0] == '"' || next.rfind("\u201C", 0) == 0 || next.rfind("\u2018", 0) == 0;
    int paragraph = sentences[j].paragraph;
    for (size_t k = j; k < sentences.size() && k < j + 60; ++k) {
      if (!marked && sentences[k].paragraph != paragraph) break;
      speaker[k] = who->entity_id;
      std::string_view body = doc.substr(sentences[k].start, sentences[k].end - sentences[k].start);
      if (marked && ClosesQuotation(body, k == j ? open : 0)) break;
    }
  }
  return speaker;
}

void ResolveFirstPerson(std::string_view doc, const std::vector<text::Sentence>& sentences,
                        const std::vector<std::string>& author_of, const std::vector<std::string>& addressee_of,
                        std::vector<std::vector<Mention>>* mentions) {
  static const RE2 kI("(?:^|[^\\pL])(I)(?:[ ,]|’|')");
  static const RE2 kYou("(?:^|[^\\pL])([Yy]ou(?:r)?)(?:[^\\pL]|$)");
  for (size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    if (s.block_line) continue;
    re2::StringPiece input(doc.data() + s.start, s.end - s.start), g[2];
    // Most sentences hold neither word: a byte search spares the regex.
    if (!author_of[i].empty() && input.find('I') != re2::StringPiece::npos) {
      size_t pos = 0;
      while (pos < input.size() && kI.Match(input, pos, input.size(), RE2::UNANCHORED, g, 2)) {
        size_t a = s.start + (g[1].data() - input.data());
        pos = (g[0].data() - input.data()) + g[0].size();
        if (!Overlaps((*mentions)[i], a, a + 1)) {
          InsertSorted(&(*mentions)[i], Mention{a, a + 1, author_of[i], EntityType::kPerson, true, {}});
        }
      }
    }
    if (i < addressee_of.size() && !addressee_of[i].empty() &&
        (input.find("you") != re2::StringPiece::npos || input.find("You") != re2::StringPiece::npos)) {
      size_t pos = 0;
      while (pos < input.size() && kYou.Match(input, pos, input.size(), RE2::UNANCHORED, g, 2)) {
        size_t a = s.start + (g[1].data() - input.data());
        size_t z = a + g[1].size();
        pos = z - s.start;
        if (Overlaps((*mentions)[i], a, z)) continue;
        Mention m{a, z, addressee_of[i], EntityType::kPerson, true, {}};
        m.possessive = g[1].size() == 4;  // "your"
        InsertSorted(&(*mentions)[i], std::move(m));
      }
    }
  }
}

}  // namespace apparat::extract

#include "extract/entity_matcher.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace apparat::extract {

using text::Lower;
using text::Slug;
using text::Token;

namespace {

bool StartsLower(std::string_view s) { return !s.empty() && std::islower(static_cast<unsigned char>(s[0])); }

std::string Capitalised(std::string_view s) {
  std::string r(s);
  if (!r.empty()) r[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(r[0])));
  return r;
}

// A known surname's last word ("Lenin" in "N. Lenin").
std::string LastWord(std::string_view name) {
  // A hyphenated surname is one word: "Antonov-Ovseenko", "Cher-viakov".
  size_t sp = name.find_last_of(' ');
  std::string_view last = sp == std::string_view::npos ? name : name.substr(sp + 1);
  size_t hyphen = last.find('-');
  if (hyphen != std::string_view::npos && hyphen > 1 && hyphen + 2 < last.size() &&
      std::isalpha(static_cast<unsigned char>(last[0])) && std::isalpha(static_cast<unsigned char>(last.back()))) {
    return std::string(last);
  }
  auto toks = text::TokenNorms(name);
  for (auto it = toks.rbegin(); it != toks.rend(); ++it) {
    if (!it->empty() && std::isalpha(static_cast<unsigned char>((*it)[0])) && it->size() > 1) return *it;
  }
  return toks.empty() ? std::string(name) : toks.back();
}

// A name's words without dots and spaces, lower case: "A.B. Smith" and
// "A. B. SMITH" are one key.
std::string FullKey(std::string_view name) {
  std::string k;
  for (char c : name) {
    if (c == '.' || c == ' ') continue;
    k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return k;
}

// "A. P. GERASIMOVA" -> "A. P. Gerasimova"; a printer's hyphen inside the
// surname ("Cher-viakov") is dropped.
std::string PersonLabel(const std::string& name, const std::string& surname, std::string* whole_surname) {
  std::string whole;
  for (size_t k = 0; k < surname.size(); ++k) {
    bool cut = surname[k] == '-' && k > 0 && k + 1 < surname.size() &&
               std::islower(static_cast<unsigned char>(surname[k + 1]));
    if (!cut) whole += surname[k];
  }
  *whole_surname = whole;
  std::string shown = text::Upper(whole) == whole ? Capitalised(Lower(whole)) : whole;
  return name.substr(0, name.size() - surname.size()) + shown;
}


// The first token of up to three initials ("A. M.") right before token i,
// so that "A. M. Kollontai" is one mention even when only "Kollontai" is
// listed; i itself when there are none. Never reaches into an earlier
// mention.
size_t InitialsBefore(const std::vector<Token>& toks, size_t i, const std::vector<Mention>& found) {
  size_t first = i;
  size_t floor = found.empty() ? 0 : found.back().end;
  for (int n = 0; n < 3 && first >= 2; ++n) {
    const Token& letter = toks[first - 2];
    const Token& dot = toks[first - 1];
    bool initial = letter.word && letter.norm.size() == 1 && std::isupper(static_cast<unsigned char>(letter.norm[0])) &&
                   dot.norm == "." && letter.start >= floor;
    if (!initial) break;
    first -= 2;
  }
  return first;
}

// Capitalised words that are not first names: titles, and words that open
// sentences or clauses.
bool IsNotAFirstName(const std::string& w) {
  static const std::set<std::string> kWords = {
      "The", "A", "An", "In", "On", "At", "But", "And", "Or", "When", "After", "Before", "Later", "Then", "Yet",
      "Both", "Only", "Even", "Meanwhile", "However", "Although", "Though", "While", "Since", "As", "By", "For",
      "With", "Without", "Under", "Like", "Unlike", "Among", "Against", "Also", "Soon", "Now", "Today",
      "Here", "There", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "His", "Her",
      "Their", "Our", "Its", "What", "Why", "How", "Who", "Whom", "Which", "Where", "Dear", "Letter", "Copy",
      "To", "From", "Written", "Dictated", "Comrade", "Comrades", "Commissar", "General", "Chairman",
      "Secretary", "President", "Premier", "Marshal", "Mr", "Mrs", "Madame", "Professor", "Citizen", "Father",
      "Saint", "Tsar", "Lord", "Dr", "Deputy", "Minister", "Leader", "Historian", "Historians", "See", "Cf",
      "Did", "Does", "Do", "Was", "Were", "Is", "Are", "Had", "Has", "Not", "No", "Nor", "If", "So", "Thus",
      "Let", "Neither", "Either", "Of", "Sir", "Colonel", "Captain", "January", "February", "March",
      "April", "May", "June", "July", "August", "September", "October", "November", "December", "Monday",
      "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Spring", "Summer", "Autumn",
      "Winter", "Mid", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};
  return kWords.count(w) > 0;
}

// Where a person's mention starts once a first name before it is taken in
// ("Kote Tsintsadze" when only "Tsintsadze" is listed): up to two
// capitalised words, not titles or months, not the sentence's first word
// (any word is capitalised there: "Alongside Kollontai"), not inside an
// earlier mention, each one space before the next. Returns `first` itself when there is none.
size_t FirstNamesBefore(const std::vector<Token>& toks, size_t first, const std::vector<Mention>& found) {
  size_t floor = found.empty() ? 0 : found.back().end;
  for (int n = 0; n < 2 && first >= 2; ++n) {
    const Token& t = toks[first - 1];
    unsigned char c = t.norm.empty() ? 0 : static_cast<unsigned char>(t.norm[0]);
    if (!t.word || t.norm.size() < 2 || !std::isupper(c) || t.start < floor || IsNotAFirstName(t.norm)) break;
    // A first name stands one space before the name: "1925 Jan     Trotsky"
    // in a table is a date's month and a name.
    if (toks[first].start != t.end + 1) break;
    bool lower_rest = std::all_of(t.norm.begin() + 1, t.norm.end(), [](char ch) {
      return !std::isupper(static_cast<unsigned char>(ch));
    });
    if (!lower_rest) break;
    --first;
  }
  return first;
}

std::vector<std::string> NamesOf(const rules::EntityDef& e) {
  std::vector<std::string> names = e.aliases;
  names.push_back(e.label);
  return names;
}

// Every entity's names, lower-cased and tokenised -> the entity's index
// (the first entity listed keeps a name).
std::map<std::vector<std::string>, size_t> NamesByTokens(const std::vector<rules::EntityDef>& ents) {
  std::map<std::vector<std::string>, size_t> by_tokens;
  for (size_t i = 0; i < ents.size(); ++i) {
    for (const auto& n : NamesOf(ents[i])) by_tokens.emplace(text::TokenNorms(Lower(n)), i);
  }
  return by_tokens;
}

}  // namespace

EntityMatcher::EntityMatcher(std::shared_ptr<const rules::RuleSet> rules) : rules_(std::move(rules)) {
  const auto& ents = rules_->entities();
  for (size_t i = 0; i < ents.size(); ++i) {
    const auto& e = ents[i];
    for (const auto& n : NamesOf(e)) {
      AddName(n, i, e.ignore_case);
      // A name written in lower case also matches capitalised at the start
      // of a sentence; a person's name also matches in capitals
      // ("Letter to L. D. TROTSKY").
      if (StartsLower(n)) AddName(Capitalised(n), i, e.ignore_case);
      if (e.type == rules::EntityType::kPerson) AddName(text::Upper(n), i, false);
    }
  }
  FindShortForms();
  FindNamedWithin();
}

void EntityMatcher::FindNamedWithin() {
  const auto& ents = rules_->entities();
  const auto by_tokens = NamesByTokens(ents);
  for (auto* map : {&exact_, &folded_}) {
    for (auto& [first, names] : *map) {
      for (auto& n : names) {
        if (ents[n.entity].type != rules::EntityType::kPosition) continue;
        std::vector<std::string> toks;
        for (const auto& t : n.tokens) toks.push_back(Lower(t));
        for (size_t a = 0; a < toks.size(); ++a) {
          for (size_t z = a + 1; z <= toks.size(); ++z) {
            if (a == 0 && z == toks.size()) continue;
            auto it = by_tokens.find(std::vector<std::string>(toks.begin() + a, toks.begin() + z));
            if (it == by_tokens.end() || ents[it->second].type == rules::EntityType::kPosition) continue;
            const std::string& id = ents[it->second].id;
            if (std::find(n.named_within.begin(), n.named_within.end(), id) == n.named_within.end()) {
              n.named_within.push_back(id);
            }
          }
        }
      }
    }
  }
}

void EntityMatcher::FindShortForms() {
  const auto& ents = rules_->entities();
  const auto by_tokens = NamesByTokens(ents);
  // Words after which the rest of a name is a complement, not a head
  // ("Central Committee of the Georgian Communist Party").
  static const std::set<std::string> kLinks = {"of", "the", "for", "and", "to", "in", "on", "'", "s", "-"};
  for (size_t i = 0; i < ents.size(); ++i) {
    if (ents[i].type == rules::EntityType::kPerson) continue;
    for (const auto& n : NamesOf(ents[i])) {
      auto toks = text::TokenNorms(Lower(n));
      for (size_t k = 1; k < toks.size(); ++k) {
        if (kLinks.count(toks[k - 1])) continue;
        auto it = by_tokens.find(std::vector<std::string>(toks.begin() + k, toks.end()));
        if (it == by_tokens.end() || it->second == i || ents[it->second].type != ents[i].type) continue;
        auto& v = specifics_[ents[it->second].id];
        if (std::find(v.begin(), v.end(), ents[i].id) == v.end()) v.push_back(ents[i].id);
        generics_[ents[i].id].push_back(ents[it->second].id);
      }
    }
  }
}

namespace {

// The word just before `pos`, lower-cased ("a", "new", "its").
std::string WordBefore(std::string_view doc, size_t pos) {
  size_t end = pos;
  while (end > 0 && std::isspace(static_cast<unsigned char>(doc[end - 1]))) --end;
  size_t start = end;
  while (start > 0 && std::isalpha(static_cast<unsigned char>(doc[start - 1]))) --start;
  return Lower(doc.substr(start, end - start));
}

// Determiners that make a name a common noun phrase: "a new central
// committee" is some committee, not the Central Committee.
bool IsReferringDeterminer(const std::string& w) {
  static const std::set<std::string> kWords = {"a", "an", "new", "its", "their", "this", "that",
                                               "his", "her", "local", "own", "same"};
  return kWords.count(w) > 0;
}

}  // namespace

void EntityMatcher::ResolveShortForms(std::string_view doc, const std::vector<int>& paragraph_of,
                                      std::vector<std::vector<Mention>>* mentions) const {
  if (specifics_.empty()) return;
  std::map<std::string, std::pair<std::string, EntityType>> latest;  // generic id -> last specific
  for (size_t i = 0; i < mentions->size(); ++i) {
    if (i > 0 && paragraph_of[i] != paragraph_of[i - 1]) latest.clear();
    std::vector<std::pair<std::string, Mention>> found;
    for (auto& m : (*mentions)[i]) {
      if (auto g = generics_.find(m.entity_id); g != generics_.end()) {
        for (const auto& generic : g->second) found.emplace_back(generic, m);
      }
      auto it = latest.find(m.entity_id);
      if (it != latest.end() && IsReferringDeterminer(WordBefore(doc, m.start))) {
        m.entity_id = it->second.first;
        m.type = it->second.second;
      }
    }
    // Only earlier sentences count: within one sentence a generic name is
    // usually the other body ("appealed from the Georgian CC to the CC").
    for (const auto& [generic, m] : found) latest[generic] = {m.entity_id, m.type};
  }
}

void EntityMatcher::AddName(std::string_view name, size_t entity, bool fold) {
  Name n;
  n.tokens = text::TokenNorms(fold ? Lower(name) : std::string(name));
  n.entity = entity;
  n.fold = fold;
  if (n.tokens.empty()) return;
  std::string key(1, fold ? 'f' : 'e');
  for (const auto& t : n.tokens) key += '\x1f' + t;  // a separator no token holds
  if (!added_.insert(std::move(key)).second) return;  // first entity listed keeps the name
  (fold ? folded_ : exact_)[n.tokens.front()].push_back(std::move(n));
}

bool EntityMatcher::IsKnownName(std::string_view name) const {
  auto toks = text::TokenNorms(name);
  if (toks.empty()) return false;
  if (auto it = exact_.find(toks.front()); it != exact_.end()) {
    for (const auto& n : it->second) {
      if (n.tokens == toks) return true;
    }
  }
  return rules_->ResolveName(std::string(name)) != nullptr;
}

std::vector<Mention> EntityMatcher::Match(std::string_view doc, const text::Sentence& s,
                                          const DiscoveredNames* discovered) const {
  std::vector<Token> toks = text::Tokenize(doc, s.start, s.end);
  std::vector<std::string> lower(toks.size());
  for (size_t i = 0; i < toks.size(); ++i) lower[i] = Lower(toks[i].norm);
  std::vector<Mention> out;
  const auto& ents = rules_->entities();
  size_t i = 0;
  // The longest listed name that starts at token `at`, and its length.
  auto longest_at = [&](size_t at, size_t* best_len) {
    const Name* best = nullptr;
    *best_len = 0;
    auto consider = [&](const std::unordered_map<std::string, std::vector<Name>>& map, bool fold) {
      auto it = map.find(fold ? lower[at] : toks[at].norm);
      if (it == map.end()) return;
      for (const auto& n : it->second) {
        size_t len = n.tokens.size();
        if (len <= *best_len || at + len > toks.size()) continue;
        bool same = true;
        for (size_t k = 1; k < len && same; ++k) same = (fold ? lower[at + k] : toks[at + k].norm) == n.tokens[k];
        if (same) {
          *best_len = len;
          best = &n;
        }
      }
    };
    if (toks[at].word || toks[at].norm == "\"" || toks[at].norm == "'") {
      consider(exact_, false);
      consider(folded_, true);
    }
    return best;
  };
  while (i < toks.size()) {
    size_t best_len = 0;
    const Name* best = longest_at(i, &best_len);
    // A longer name of the same entity starting inside this one ("The
    // monopoly" + "monopoly of foreign trade"): the mention covers both.
    for (size_t j = i + 1; best && j < i + best_len; ++j) {
      size_t len = 0;
      const Name* inner = longest_at(j, &len);
      if (inner && inner->entity == best->entity && j + len > i + best_len) {
        best_len = j + len - i;
        best = inner;
      }
    }
    if (best) {
      const auto& e = ents[best->entity];
      size_t first = i;
      if (e.type == rules::EntityType::kPerson) {
        // "Sergo Kavtaradze": a one-word name that is a listed alias of
        // someone else ("Sergo") right before a surname is a first name.
        if (!out.empty() && out.back().type == rules::EntityType::kPerson && first >= 1 &&
            toks[first - 1].end == out.back().end && toks[first - 1].start == out.back().start &&
            toks[first - 1].word) {
          out.pop_back();
          --first;
        }
        first = FirstNamesBefore(toks, InitialsBefore(toks, first, out), out);
      }
      out.push_back({toks[first].start, toks[i + best_len - 1].end, e.id, e.type, false, best->named_within});
      i += best_len;
      continue;
    }
    // An abbreviation the document defines, in its exact case.
    if (discovered && !discovered->abbreviations.empty()) {
      if (auto it = discovered->abbreviations.find(toks[i].norm); it != discovered->abbreviations.end()) {
        const DiscoveredNames::Abbreviation* best = nullptr;
        for (const auto& a : it->second) {
          if (i + a.tokens.size() > toks.size() || (best && a.tokens.size() <= best->tokens.size())) continue;
          bool same = true;
          for (size_t k = 1; k < a.tokens.size() && same; ++k) same = toks[i + k].norm == a.tokens[k];
          if (same) best = &a;
        }
        if (best) {
          out.push_back({toks[i].start, toks[i + best->tokens.size() - 1].end, best->id, best->type, false});
          i += best->tokens.size();
          continue;
        }
      }
    }
    // A discovered name matches in any case ("GERASIMOVA", "Gerasimova") but
    // must be capitalised: "secretary" is never the surname "Secretary".
    if (discovered && toks[i].word && std::isupper(static_cast<unsigned char>(toks[i].norm[0]))) {
      // A double or printer-hyphenated surname is three tokens written
      // close: "Antonov-Ovseenko", "Cher-viakov".
      if (i + 2 < toks.size() && toks[i + 1].norm == "-" && toks[i + 2].word && toks[i].end == toks[i + 1].start &&
          toks[i + 1].end == toks[i + 2].start) {
        if (auto it = discovered->by_surname.find(lower[i] + "-" + lower[i + 2]); it != discovered->by_surname.end()) {
          out.push_back({toks[i].start, toks[i + 2].end, it->second.id, it->second.type, false});
          i += 3;
          continue;
        }
      }
      if (auto it = discovered->by_surname.find(lower[i]); it != discovered->by_surname.end()) {
        // The initials before the surname are the name's: "A. F. Rudzutak".
        size_t first = i;
        while (first >= 2 && toks[first - 1].norm == "." && toks[first - 2].word && toks[first - 2].norm.size() == 1 &&
               std::isupper(static_cast<unsigned char>(toks[first - 2].norm[0])) &&
               toks[first - 2].end == toks[first - 1].start && (out.empty() || out.back().end <= toks[first - 2].start)) {
          first -= 2;
        }
        const EntityRecord* who = &it->second;
        if (discovered->ambiguous.count(lower[i])) {
          // Two people of that surname: only their initials tell them apart.
          std::string written(doc.substr(toks[first].start, toks[i].end - toks[first].start));
          auto f = discovered->by_full.find(FullKey(written));
          std::string k = FullKey(written);
          who = f != discovered->by_full.end() ? &f->second
                : (FullKey(it->second.label) == k && first < i) ? &it->second : nullptr;
        }
        if (who) out.push_back({toks[first].start, toks[i].end, who->id, who->type, false});
      }
    }
    ++i;
  }
  return out;
}

bool EntityMatcher::FindAbbreviations(std::string_view doc, const std::vector<text::Sentence>& sentences,
                                      const std::vector<std::vector<Mention>>& mentions,
                                      DiscoveredNames* out) const {
  // An abbreviation: a capital (or dot) then 1-9 letters or dots. The
  // regexes take the whole run of letters and dots, whose length is then
  // checked: the same abbreviations as a {1,9} repeat, as the run is bounded
  // by a space or bracket on both sides, for a tenth of RE2's compile (nine
  // copies of the Unicode letter class). Compiled when first needed.
  auto equals = [] {
    static const RE2 k("(?:^|[\\s(;,])((?:\\p{Lu}|\\.)[\\pL.]+)\\s*=\\s*$");
    return &k;
  };
  auto opens = [] {
    static const RE2 k("(?:^|[\\s(;,])((?:\\p{Lu}|\\.)[\\pL.]+)\\s*\\(\\s*$");
    return &k;
  };
  auto after_re = [] {
    static const RE2 k("^\\s*\\(\\s*(\\p{Lu}[\\pL.]+)\\s*\\)");
    return &k;
  };
  auto close = [] {
    static const RE2 k("^\\s*\\)");
    return &k;
  };
  // 2 to 10 characters.
  auto short_enough = [](const std::string& abbr) {
    size_t chars = 0;
    for (char ch : abbr) chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    return chars <= 10;
  };
  std::map<std::string, std::set<std::pair<std::string, int>>> found;  // abbreviation -> entities
  auto consider = [&](const std::string& abbr, const Mention& m) {
    int capitals = 0;
    for (char ch : abbr) capitals += std::isupper(static_cast<unsigned char>(ch)) ? 1 : 0;
    if (capitals < 2 || IsKnownName(abbr)) return;
    found[abbr].insert({m.entity_id, static_cast<int>(m.type)});
  };
  for (size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    for (const auto& m : mentions[i]) {
      if (m.pronoun) continue;
      // Most mentions have no "=" or "(" beside them: no regex for those.
      size_t b = m.start;
      while (b > s.start && doc[b - 1] == ' ') --b;
      size_t a = m.end;
      while (a < s.end && doc[a] == ' ') ++a;
      bool sign_before = b > s.start && (doc[b - 1] == '=' || doc[b - 1] == '(');
      bool paren_after = a < s.end && doc[a] == '(';
      if (!sign_before && !paren_after) continue;
      std::string abbr;
      re2::StringPiece before(doc.data() + s.start, m.start - s.start);
      re2::StringPiece after(doc.data() + m.end, s.end - m.end);
      // "PB = Political Bureau"; "RKI (Workers' and Peasants' Inspection)".
      if (RE2::PartialMatch(before, *equals(), &abbr) && short_enough(abbr)) consider(abbr, m);
      if (RE2::PartialMatch(before, *opens(), &abbr) && short_enough(abbr) && RE2::PartialMatch(after, *close())) {
        consider(abbr, m);
      }
      // "the Central Control Commission (CCC)".
      if (RE2::PartialMatch(after, *after_re(), &abbr) && short_enough(abbr)) consider(abbr, m);
    }
  }
  bool any = false;
  for (const auto& [abbr, ents] : found) {
    if (ents.size() != 1) continue;  // one abbreviation for two entities: unsure
    DiscoveredNames::Abbreviation a;
    for (const auto& t : text::Tokenize(abbr, 0, abbr.size())) a.tokens.push_back(t.norm);
    if (a.tokens.empty()) continue;
    a.id = ents.begin()->first;
    a.type = static_cast<EntityType>(ents.begin()->second);
    auto& list = out->abbreviations[a.tokens.front()];
    if (std::none_of(list.begin(), list.end(), [&](const auto& x) { return x.tokens == a.tokens; })) {
      list.push_back(std::move(a));
      any = true;
    }
  }
  return any;
}

void EntityMatcher::Discover(std::string_view doc, const text::Sentence& s, DiscoveredNames* out) const {
  std::string_view sentence = doc.substr(s.start, s.end - s.start);
  re2::StringPiece input(sentence.data(), sentence.size());
  const auto& patterns = rules_->name_patterns();
  std::vector<int> hits;
  if (const RE2::Set* pattern_set = rules_->name_pattern_set()) {
    RE2::Set::ErrorInfo error{RE2::Set::kNoError};
    if (!pattern_set->Match(input, &hits, &error)) {
      if (error.kind == RE2::Set::kNoError) return;  // no pattern matches anywhere
      hits.clear();
      for (size_t k = 0; k < patterns.size(); ++k) hits.push_back(static_cast<int>(k));
    }
    std::sort(hits.begin(), hits.end());
  } else {
    for (size_t k = 0; k < patterns.size(); ++k) hits.push_back(static_cast<int>(k));
  }
  for (int k : hits) {
    const auto& p = patterns[k];
    re2::StringPiece g[2];
    size_t pos = 0;
    const RE2& re = p.regex->Get();
    while (pos < sentence.size() && re.Match(input, pos, sentence.size(), RE2::UNANCHORED, g, 2)) {
      size_t end = (g[0].data() - sentence.data()) + g[0].size();
      pos = end > pos ? end : pos + 1;
      std::string name(g[1].data(), g[1].size());
      if (name.empty() || IsKnownName(name)) continue;
      std::string surname = LastWord(name);
      if (IsKnownName(surname)) continue;
      auto excluded = [&](const std::string& w) {
        return std::any_of(p.exclude.begin(), p.exclude.end(),
                           [&](const std::string& x) { return Lower(x) == Lower(w); });
      };
      if (excluded(surname) || excluded(name)) continue;
      Record(name, p.type, out);
    }
  }
}

void EntityMatcher::Record(const std::string& name, EntityType type, DiscoveredNames* out) const {
  std::string surname = LastWord(name);
  std::string key = Lower(surname);
  bool full = name != surname;
  auto fill = [&](EntityRecord* r) {
    std::string whole;
    r->label = PersonLabel(name, surname, &whole);
    r->id = std::string(rules::EntityTypeName(type)) + ":" + Slug(full ? r->label : whole);
    r->type = type;
    r->aliases.clear();
    if (whole != surname && !full) r->aliases.push_back(surname);
    if (full) {
      r->aliases.push_back(text::Upper(whole) == whole ? Capitalised(Lower(whole)) : whole);
      if (r->label != name) r->aliases.push_back(name);
    }
  };
  // Keyed in lower case, so "GERASIMOVA" in a heading and "Gerasimova"
  // in the text are one person, labelled in the ordinary way.
  auto [it, fresh] = out->by_surname.try_emplace(key);
  EntityRecord& r = it->second;
  if (fresh) {
    fill(&r);
    return;
  }
  if (!full) return;
  bool r_full = FullKey(r.label) != FullKey(LastWord(r.label));
  if (!r_full) {
    // The surname came first ("Comrade Smirnov"), the full name now.
    fill(&r);
    return;
  }
  if (FullKey(r.label) == FullKey(name)) {
    if (name != r.label && std::find(r.aliases.begin(), r.aliases.end(), name) == r.aliases.end()) {
      r.aliases.push_back(name);
    }
    return;
  }
  // Another person of that surname.
  out->ambiguous.insert(key);
  auto [f, made] = out->by_full.try_emplace(FullKey(name));
  if (made) fill(&f->second);
}

bool EntityMatcher::DiscoverListMates(std::string_view doc, const std::vector<text::Sentence>& sentences,
                                      const std::vector<std::vector<Mention>>& mentions,
                                      DiscoveredNames* out) const {
  const text::Lexicon* lex = rules_->lexicon();
  if (!lex) return false;
  // A list's separator, then a name: capitalised words, perhaps after
  // initials ("and A. F. Miasnikov").
  static const RE2 kNext(
      "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)((?:\\p{Lu}\\.\\s*){0,3}\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?"
      "(?:\\s+\\p{Lu}\\p{Ll}+){0,2})");
  static const RE2 kSeparator("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
  static const RE2 kWord("(\\p{Lu}\\p{Ll}+)");
  // A word the lexicon knows only as a proper noun, or not at all.
  auto name_like = [&](re2::StringPiece name) {
    re2::StringPiece w;
    int words = 0;
    while (RE2::FindAndConsume(&name, kWord, &w)) {
      ++words;
      for (const auto& t : lex->Lookup(std::string_view(w.data(), w.size())).tags) {
        if (t.rfind("NNP", 0) != 0) return false;
      }
    }
    return words > 0;
  };
  size_t before = out->by_surname.size();
  for (size_t i = 0; i < sentences.size(); ++i) {
    const auto& ms = mentions[i];
    for (size_t k = 1; k < ms.size(); ++k) {
      const Mention& a = ms[k - 1];
      const Mention& b = ms[k];
      auto person = [](const Mention& m) { return m.type == EntityType::kPerson && !m.pronoun && !m.possessive; };
      if (!person(a) || !person(b)) continue;
      if (!RE2::FullMatch(re2::StringPiece(doc.data() + a.end, b.start - a.end), kSeparator)) continue;
      // Two persons in a list: the names that continue it.
      size_t limit = k + 1 < ms.size() ? ms[k + 1].start : sentences[i].end;
      re2::StringPiece rest(doc.data() + b.end, limit - b.end), name;
      // Each name must end at a space, a punctuation mark or the end.
      auto name_ends = [&] { return rest.empty() || std::string_view(" \t\n,.;:)").find(rest[0]) != std::string_view::npos; };
      while (RE2::Consume(&rest, kNext, &name) && name_ends() && name_like(name)) {
        std::string whole(name.data(), name.size());
        if (IsKnownName(whole) || IsKnownName(LastWord(whole))) break;
        Record(whole, EntityType::kPerson, out);
      }
    }
  }
  return out->by_surname.size() > before;
}

}  // namespace apparat::extract

#include "extract/entity_parts.h"

#include <algorithm>
#include <cctype>

#include "text/tokens.h"

namespace apparat::extract {

namespace {

// One token of the sentence, or one whole mention.
struct Item {
  size_t start = 0, end = 0;
  std::string norm;  // lower case
  bool cap = false;  // starts with a capital letter
  bool word = false;
  int mention = -1;  // index into the mentions, or -1
};

bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }

std::vector<Item> Items(std::string_view doc, const text::Sentence& s, const std::vector<Mention>& mentions) {
  std::vector<Item> out;
  size_t m = 0;
  for (const auto& t : text::Tokenize(doc, s.start, s.end)) {
    while (m < mentions.size() && mentions[m].end <= t.start) ++m;
    if (m < mentions.size() && mentions[m].start <= t.start) {
      if (out.empty() || out.back().mention != static_cast<int>(m)) {
        Item it;
        it.start = mentions[m].start;
        it.end = mentions[m].end;
        it.mention = static_cast<int>(m);
        it.cap = true;
        out.push_back(it);
      }
      continue;
    }
    Item it;
    it.start = t.start;
    it.end = t.end;
    it.norm = text::Lower(t.norm);
    it.cap = t.word && IsUpper(t.norm[0]);
    it.word = t.word;
    out.push_back(std::move(it));
  }
  return out;
}

// "secretaries" of "secretary", "heads" of "head", "bosses" of "boss".
bool IsPluralOf(const std::string& w, const std::string& base) {
  if (base.empty()) return false;
  auto ends = [&](const char* suffix, size_t n) { return w.compare(w.size() - n, n, suffix) == 0; };
  if (w.size() == base.size() + 1) return w.compare(0, base.size(), base) == 0 && w.back() == 's';
  if (w.size() == base.size() + 2) {
    if (base.back() == 'y') return w.compare(0, base.size() - 1, base, 0, base.size() - 1) == 0 && ends("ies", 3);
    return w.compare(0, base.size(), base) == 0 && ends("es", 2);
  }
  return false;
}

// Length (in items) of the longest phrase of `list` at item i, or 0.
size_t MatchPhrase(const std::vector<Item>& items, size_t i, const std::vector<std::vector<std::string>>& list) {
  size_t best = 0;
  for (const auto& p : list) {
    if (p.empty() || i + p.size() > items.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < p.size() && ok; ++k) {
      const std::string& w = items[i + k].norm;
      // The last word may be plural: "secretaries", "deputies", "heads".
      bool last = k + 1 == p.size();
      ok = items[i + k].mention < 0 && (w == p[k] || (last && IsPluralOf(w, p[k])));
    }
    if (ok) best = std::max(best, p.size());
  }
  return best;
}

bool IsDeterminer(const std::string& w) { return w == "the" || w == "a" || w == "an" || w == "this" || w == "its" || w == "their" || w == "his"; }

// End (one past) of a run of capitalised words from item i: "Transcaucasian
// Territorial Committee", "Workers' and Peasants' Inspection", "All-Russia
// C.E.C.", "Foreign Trade". Linking words (and, of, for, the) stay inside
// only between capitalised words. i itself when nothing starts there.
size_t CapRun(const std::vector<Item>& items, size_t i) {
  size_t j = i, last = i;
  while (j < items.size() && items[j].mention < 0) {
    const Item& t = items[j];
    if (t.cap) {
      ++j;
      // "C.E.C.", "R.C.P.": a capital letter and its dot.
      if (t.norm.size() == 1 && j < items.size() && items[j].norm == ".") ++j;
      last = j;
      continue;
    }
    bool after_cap = j > i && items[j - 1].cap;
    if ((t.norm == "'" || t.norm == "-") && after_cap) {
      ++j;
      if (t.norm == "'" && j < items.size() && items[j].norm == "s") ++j;
      if (t.norm == "'") last = j;
      continue;
    }
    // "Workers' and Peasants'": "and" joins possessives only; "of (the)"
    // and "for" join a head to its field.
    bool next_cap = j + 1 < items.size() && items[j + 1].cap;
    bool next_the_cap = j + 2 < items.size() && items[j + 1].norm == "the" && items[j + 2].cap;
    bool after_possessive = j > i && (items[j - 1].norm == "'" || (items[j - 1].norm == "s" && j > i + 1 && items[j - 2].norm == "'"));
    if (j > i && ((t.norm == "and" && after_possessive && next_cap) || ((t.norm == "of" || t.norm == "for") && (next_cap || next_the_cap)) ||
                  (t.norm == "the" && (items[j - 1].norm == "of" || items[j - 1].norm == "for") && next_cap))) {
      ++j;
      continue;
    }
    break;
  }
  return last;
}

// The text of doc[a, b) with its white space made single spaces.
std::string Text(std::string_view doc, size_t a, size_t b) {
  std::string out;
  for (size_t i = a; i < b; ++i) {
    char c = doc[i];
    if (static_cast<unsigned char>(c) <= ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Capitalise(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

// A composed entity found at items [first, last).
struct Found {
  size_t first = 0, last = 0;
  rules::EntityType type = rules::EntityType::kBody;
  std::string label;
  std::vector<std::string> aliases;
};

class Composer {
 public:
  Composer(std::string_view doc, const rules::RuleSet& rules, const std::vector<Item>& items,
           const std::vector<Mention>& mentions)
      : doc_(doc), rules_(rules), items_(items), mentions_(mentions) {
    starts_.resize(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
      starts_[i] = items[i].mention < 0 && rules.parts().phrase_first.count(items[i].norm) > 0;
    }
  }

  // The post "<person>'s <role>" that item i (a person or a resolved
  // possessive) and the role words after it name, if any.
  bool PersonRoleAt(size_t i, Found* f) { return PersonRole(i, f); }

  std::vector<Found> Run() {
    std::vector<Found> out;
    for (size_t i = 0; i < items_.size();) {
      // "the third deputy chairman": a lower-case count before another
      // modifier or a listed post is no part of the title ("First Deputy
      // Chairman" is).
      if (IsCount(i) && i + 1 < items_.size() &&
          (Phrase(i + 1, mods_) || (MentionAt(i + 1) && MentionAt(i + 1)->type == rules::EntityType::kPosition))) {
        ++i;
        continue;
      }
      Found f;
      if (Position(i, &f) || BodyRole(i, &f) || PersonRole(i, &f) || ModifiedPosition(i, &f) || Group(i, &f) ||
          Body(i, &f) || Document(i, &f)) {
        out.push_back(f);
        i = f.last;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  const Mention* MentionAt(size_t i) const {
    return i < items_.size() && items_[i].mention >= 0 ? &mentions_[items_[i].mention] : nullptr;
  }
  std::string Span(size_t a, size_t b) const { return Text(doc_, items_[a].start, items_[b - 1].end); }
  // The listed label of a mention, for an alias in canonical words.
  std::string LabelOf(const Mention& m) const {
    const auto* e = rules_.FindEntity(m.entity_id);
    return e ? e->label : Text(doc_, m.start, m.end);
  }
  // "After", "Our", "At": a capitalised word that opens a sentence, not a name.
  bool IsFunctionWord(const std::string& lower) const {
    const text::Lexicon* lex = rules_.lexicon();
    if (!lex) return false;
    for (const auto& t : lex->Lookup(lower).tags) {
      if (t[0] == 'N' || t[0] == 'J' || t == "CD" || t == "VBN" || t == "VBG" || t == "FW") return false;
    }
    return true;
  }
  // MatchPhrase, asked only where a phrase can start: one flag a token.
  size_t Phrase(size_t i, const std::vector<std::vector<std::string>>& list) const {
    return i < starts_.size() && starts_[i] ? MatchPhrase(items_, i, list) : 0;
  }
  bool IsCount(size_t i) const {
    static const std::vector<std::string> kCounts = {"second", "third", "fourth", "fifth", "sixth", "another", "other"};
    return items_[i].mention < 0 && !items_[i].cap &&
           std::find(kCounts.begin(), kCounts.end(), items_[i].norm) != kCounts.end();
  }
  size_t SkipModifiers(size_t k) const {
    while (size_t n = Phrase(k, mods_)) k += n;
    return k;
  }

  // [modifier] role (of|for) [the] body-or-field.
  bool Position(size_t i, Found* f) {
    if (items_[i].mention >= 0) return ListedPostOfUnlisted(i, f);
    size_t k = SkipModifiers(i);
    size_t r = Phrase(k, roles_);
    if (!r) return false;
    k += r;
    if (k >= items_.size() || (items_[k].norm != "of" && items_[k].norm != "for")) return false;
    ++k;
    if (k < items_.size() && items_[k].norm == "the") ++k;
    size_t before_body = k;
    // "head of the party's Transcaucasian Regional Committee": a common
    // noun's possessive before the body is no part of the post's name.
    if (k + 2 < items_.size() && items_[k].word && !items_[k].cap && items_[k].mention < 0) {
      size_t p = k + 1;
      if (items_[p].norm == "'s") {
        ++p;
      } else if (items_[p].norm == "'" && p + 1 < items_.size() && items_[p + 1].norm == "s") {
        p += 2;
      } else {
        p = k;
      }
      const Mention* body = p > k ? MentionAt(p) : nullptr;
      if (body && !body->pronoun && body->type == rules::EntityType::kBody) k = p;
    }
    size_t end = 0;
    std::string canonical;
    if (const Mention* m = MentionAt(k)) {
      if (m->pronoun || (m->type != rules::EntityType::kBody && m->type != rules::EntityType::kPosition)) return false;
      end = k + 1;
      canonical = Span(i, before_body) + " " + LabelOf(*m);
    } else {
      end = CapRun(items_, k);
      if (end == k) return false;
      // "first secretary of the Moscow party committee": a lower-case head
      // noun ends the body's name.
      end = PastHeadNoun(end);
    }
    f->first = i;
    f->last = end;
    f->type = rules::EntityType::kPosition;
    f->label = Capitalise(Span(i, end));
    if (!canonical.empty()) f->aliases.push_back(canonical);
    return true;
  }

  // The end of a body's name that a capitalised run ends at `end`: past a
  // lower-case head noun within the next two words ("the Moscow party
  // committee", "the Ukrainian party"), else `end`.
  size_t PastHeadNoun(size_t end) const {
    size_t head_end = end;
    for (size_t e = end; e < end + 2 && e < items_.size() && items_[e].word && !items_[e].cap && items_[e].mention < 0; ++e) {
      const std::string& w = items_[e].norm;
      if (w == "party" || std::find(heads_.begin(), heads_.end(), w) != heads_.end()) head_end = e + 1;
    }
    return head_end;
  }

  // A listed post followed by "of" and a name that is no entity: "general
  // secretary of the Ukrainian party" is another post than the listed
  // General Secretary. (Before a listed body the listed post stands: "General
  // Secretary of the Party".)
  bool ListedPostOfUnlisted(size_t i, Found* f) {
    const Mention* post = MentionAt(i);
    if (!post || post->pronoun || post->type != rules::EntityType::kPosition) return false;
    size_t k = i + 1;
    if (k >= items_.size() || (items_[k].norm != "of" && items_[k].norm != "for")) return false;
    ++k;
    if (k < items_.size() && items_[k].norm == "the") ++k;
    if (k >= items_.size() || MentionAt(k)) return false;
    size_t end = CapRun(items_, k);
    if (end == k) return false;
    size_t head_end = PastHeadNoun(end);
    f->first = i;
    f->last = head_end;
    f->type = rules::EntityType::kPosition;
    f->label = Capitalise(Span(i, head_end));
    return true;
  }

  // body [(body)] role: "Comintern chairman", "C.P.C. secretary".
  bool BodyRole(size_t i, Found* f) {
    const Mention* m = MentionAt(i);
    if (!m || m->pronoun || m->type != rules::EntityType::kBody) return false;
    size_t k = i + 1;
    if (k + 2 < items_.size() && items_[k].norm == "(" && MentionAt(k + 1) && items_[k + 2].norm == ")") k += 3;
    size_t r = Phrase(k, roles_);
    if (!r) return false;
    std::string role = Text(doc_, items_[k].start, items_[k + r - 1].end);
    std::string body = Text(doc_, m->start, m->end);
    f->first = i;
    f->last = k + r;
    f->type = rules::EntityType::kPosition;
    f->label = Capitalise(text::Lower(role)) + " of the " + body;
    f->aliases = {Span(i, k + r), body + " " + text::Lower(role), text::Lower(role) + " of " + body,
                  text::Lower(role) + " of the " + LabelOf(*m)};
    return true;
  }

  // person 's role: "Lenin's deputy", "one of Lenin's secretaries"; or a
  // possessive pronoun resolved to a person, "his (own) secretaries"
  // (anaphora.h), which names that person's post the same way.
  bool PersonRole(size_t i, Found* f) {
    const Mention* m = MentionAt(i);
    if (!m || (m->pronoun && !m->possessive) || m->type != rules::EntityType::kPerson) return false;
    size_t k = i + 1;
    if (m->possessive) {
      if (k < items_.size() && items_[k].norm == "own") ++k;
    } else {
      if (i + 3 > items_.size() || items_[i + 1].norm != "'" || items_[i + 2].norm != "s") return false;
      k = i + 3;
    }
    size_t mods = SkipModifiers(k);
    size_t r = Phrase(mods, roles_);
    // A word that is a modifier and a role alone: "Stalin's assistant".
    if (!r && mods > k && (r = Phrase(k, roles_)) != 0) mods = k;
    if (!r) return false;
    std::string person = m->possessive ? LabelOf(*m) : Text(doc_, m->start, m->end);
    std::string role = text::Lower(Text(doc_, items_[k].start, items_[mods + r - 1].end));
    // The singular, as a listed post is named ("Lenin's secretary").
    std::string singular = role;
    for (const auto& p : roles_) {
      std::string joined;
      for (const auto& w : p) joined += (joined.empty() || w == "'" || w == "s" ? "" : " ") + w;
      if (role.size() > joined.size() && role.compare(role.size() - joined.size() - 1, std::string::npos, joined + "s") == 0) singular = role.substr(0, role.size() - 1);
      if (role.size() > joined.size() + 1 && joined.back() == 'y' && role.compare(role.size() - joined.size() - 2, std::string::npos, joined.substr(0, joined.size() - 1) + "ies") == 0) singular = role.substr(0, role.size() - 3) + "y";
    }
    f->first = i;
    f->last = mods + r;
    f->type = rules::EntityType::kPosition;
    f->label = LabelOf(*m) + "'s " + singular;
    f->aliases = {person + "'s " + singular, person + "'s " + role, singular + " of " + LabelOf(*m)};
    return true;
  }

  // modifier + a listed position: "Deputy" + "People's Commissar for ...".
  bool ModifiedPosition(size_t i, Found* f) {
    if (items_[i].mention >= 0) return false;
    size_t k = SkipModifiers(i);
    if (k == i) return false;
    const Mention* m = MentionAt(k);
    if (!m || m->type != rules::EntityType::kPosition || m->pronoun) return false;
    f->first = i;
    f->last = k + 1;
    f->type = rules::EntityType::kPosition;
    f->label = Capitalise(Span(i, k + 1));
    f->aliases = {Span(i, k) + " " + LabelOf(*m)};
    return true;
  }

  // [the] Name group: "the P. G. Mdivani group".
  bool Group(size_t i, Found* f) {
    size_t k = i;
    if (items_[k].mention < 0 && items_[k].norm == "the") ++k;
    size_t start = k;
    while (k < items_.size() && (items_[k].cap || items_[k].norm == "." || (MentionAt(k) && MentionAt(k)->type == rules::EntityType::kPerson))) ++k;
    if (k == start || k >= items_.size() || items_[k].mention >= 0) return false;
    if (std::find(groups_.begin(), groups_.end(), items_[k].norm) == groups_.end() || items_[k].cap) return false;
    if (items_[start].mention < 0 && IsDeterminer(items_[start].norm)) return false;
    // "the Georgian opposition to Stalin": opposition to someone is an act,
    // not a group's name.
    if (k + 1 < items_.size() && (items_[k + 1].norm == "to" || items_[k + 1].norm == "against")) return false;
    f->first = i;
    f->last = k + 1;
    f->type = rules::EntityType::kBody;
    f->label = Span(start, k + 1);
    // Without initials: "Mdivani group".
    size_t last_name = k - 1;
    if (last_name > start) f->aliases.push_back(Span(last_name, k + 1));
    return true;
  }

  // [the] Capitalised words ending in a head noun: "the Supreme Economic
  // Commission"; a part of a body keeps its "of the Y".
  bool Body(size_t i, Found* f) {
    if (items_[i].mention >= 0 || !items_[i].cap) return false;
    if (IsDeterminer(items_[i].norm)) return false;
    size_t end = CapRun(items_, i);
    // The run may run on past its head ("Commission of the C.P.C."): cut it
    // at the last head noun.
    size_t head_end = 0;
    for (size_t k = i; k < end; ++k) {
      if (items_[k].cap && std::find(heads_.begin(), heads_.end(), items_[k].norm) != heads_.end()) head_end = k + 1;
    }
    if (!head_end || head_end - i < 2 || IsFunctionWord(items_[i].norm)) return false;
    const std::string& head = items_[head_end - 1].norm;
    bool part = std::find(part_heads_.begin(), part_heads_.end(), head) != part_heads_.end();
    size_t last = head_end;
    if (part && last + 1 < items_.size() && items_[last].norm == "of") {
      size_t k = last + 1;
      if (k < items_.size() && items_[k].norm == "the") ++k;
      if (const Mention* m = MentionAt(k); m && m->type == rules::EntityType::kBody) {
        last = k + 1;
      } else if (size_t e = CapRun(items_, k); e > k) {
        last = e;
      }
    }
    f->first = i;
    f->last = last;
    f->type = rules::EntityType::kBody;
    f->label = Span(i, last);
    return true;
  }

  // A titled document: "the Theses on Foreign Trade", "the Resolution on
  // Party Unity", "the Platform of the Forty-Six": a capitalised head, a
  // preposition and a capitalised name or a listed entity. "the Theses"
  // alone, a capitalised head after "the", is a short title: an issue whose
  // label is the head word, which ResolveComposedTails gives to the one
  // document of that head named before it, or drops.
  bool Document(size_t i, Found* f) {
    if (items_[i].mention >= 0 || !items_[i].cap) return false;
    if (std::find(docs_.begin(), docs_.end(), items_[i].norm) == docs_.end()) return false;
    size_t k = i + 1;
    if (k < items_.size() && items_[k].mention < 0 &&
        (items_[k].norm == "on" || items_[k].norm == "of" || items_[k].norm == "for" || items_[k].norm == "about")) {
      ++k;
      if (k < items_.size() && items_[k].mention < 0 && items_[k].norm == "the") ++k;
      size_t end = 0;
      if (const Mention* m = MentionAt(k)) {
        // "the Treaty of Brest-Litovsk" is the listed issue itself.
        if (m->pronoun || m->type == rules::EntityType::kPerson || m->type == rules::EntityType::kIssue) return false;
        end = k + 1;
      } else {
        end = CapRun(items_, k);
        // "the Theses on March 4": a date, not a title.
        if (end == k || (end < items_.size() && std::isdigit(static_cast<unsigned char>(items_[end].norm[0])))) end = 0;
      }
      if (end > 0) {
        f->first = i;
        f->last = end;
        f->type = rules::EntityType::kIssue;
        f->label = Span(i, end);
        return true;
      }
    }
    if (i == 0 || items_[i - 1].mention >= 0 || items_[i - 1].norm != "the") return false;
    f->first = i;
    f->last = i + 1;
    f->type = rules::EntityType::kIssue;
    f->label = Span(i, i + 1);
    return true;
  }

  std::string_view doc_;
  const rules::RuleSet& rules_;
  const std::vector<Item>& items_;
  const std::vector<Mention>& mentions_;
  std::vector<char> starts_;  // item i is the first word of some role or modifier
  const std::vector<std::vector<std::string>>& roles_ = rules_.parts().role_phrases;
  const std::vector<std::vector<std::string>>& mods_ = rules_.parts().modifier_phrases;
  const std::vector<std::string>& heads_ = rules_.parts().body_heads;
  const std::vector<std::string>& part_heads_ = rules_.parts().part_heads;
  const std::vector<std::string>& groups_ = rules_.parts().group_words;
  const std::vector<std::string>& docs_ = rules_.parts().document_heads;
};

}  // namespace

std::string ComposedId(rules::EntityType type, const std::string& label, const std::vector<std::string>& aliases,
                       const rules::RuleSet& rules, std::vector<EntityRecord>* composed, bool* listed) {
  // A composed name that is a listed name is the listed entity.
  const rules::EntityDef* def = rules.ResolveName(label);
  for (size_t a = 0; (!def || def->type != type) && a < aliases.size(); ++a) def = rules.ResolveName(aliases[a]);
  if (listed) *listed = def && def->type == type;
  if (def && def->type == type) return def->id;
  std::string id = text::Slug(label);
  if (rules.FindEntity(id)) id = "composed-" + id;
  auto it = std::find_if(composed->begin(), composed->end(), [&](const EntityRecord& r) { return r.id == id; });
  if (it == composed->end()) {
    EntityRecord r{id, type, label, {}};
    for (const auto& a : aliases) {
      if (a != label && std::find(r.aliases.begin(), r.aliases.end(), a) == r.aliases.end()) r.aliases.push_back(a);
    }
    composed->push_back(std::move(r));
  }
  return id;
}

std::string PostOfBody(const std::string& role, const Mention& body, std::string_view doc,
                       const rules::RuleSet& rules, std::vector<EntityRecord>* composed) {
  std::string written = Text(doc, body.start, body.end);
  const auto* def = rules.FindEntity(body.entity_id);
  std::string label = def ? def->label : written;
  bool has_the = written.size() > 4 && (written.compare(0, 4, "the ") == 0 || written.compare(0, 4, "The ") == 0);
  std::string bare = has_the ? written.substr(4) : written;
  std::vector<std::string> aliases = {role + " " + bare, role + " the " + label, role + " " + label,
                                      bare + " " + role.substr(0, role.find(' '))};
  return ComposedId(rules::EntityType::kPosition, Capitalise(role + " the " + bare), aliases, rules, composed, nullptr);
}

void ComposeEntities(std::string_view doc, const text::Sentence& s, const rules::RuleSet& rules,
                     std::vector<Mention>* mentions, std::vector<EntityRecord>* composed) {
  // A composed entity matters only in a relation, and a relation needs a
  // second name: a sentence without any mention is left alone.
  if (rules.parts().empty() || mentions->empty()) return;
  // Most sentences hold no role, head or group word, and then nothing is
  // composed: a scan of their bytes, before any tokenising, says so. A word
  // is looked up only when some trigger word has its first letter and
  // length.
  const auto& parts = rules.parts();
  bool any = false;
  std::string word;
  size_t begin = s.start;
  for (size_t i = s.start; i <= s.end && !any; ++i) {
    unsigned char c = i < s.end ? static_cast<unsigned char>(doc[i]) : ' ';
    if (std::isalnum(c)) continue;  // words split as text::Tokenize splits them
    size_t len = i - begin;
    if (len > 0 && len < 32 && parts.trigger_shapes.test((std::tolower(static_cast<unsigned char>(doc[begin])) & 31) * 32 + len)) {
      word.assign(doc.substr(begin, len));
      for (auto& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      any = parts.triggers.count(word) > 0;
    }
    begin = i + 1;
  }
  if (!any) return;
  std::vector<Item> items = Items(doc, s, *mentions);
  std::vector<Found> found = Composer(doc, rules, items, *mentions).Run();
  if (found.empty()) return;
  std::vector<Mention> out;
  size_t next = 0;  // next old mention
  for (const Found& f : found) {
    size_t start = items[f.first].start, end = items[f.last - 1].end;
    Mention m;
    m.start = start;
    m.end = end;
    m.type = f.type;
    bool listed = false;
    m.entity_id = ComposedId(f.type, f.label, f.aliases, rules, composed, &listed);
    for (; next < mentions->size() && (*mentions)[next].start < end; ++next) {
      const Mention& old = (*mentions)[next];
      if (old.end <= start) {
        out.push_back(old);
      } else {
        // The names inside stay mentioned: "Deputy People's Commissar of
        // Enlightenment" names the People's Commissar's post, "head of the
        // GPU" the GPU, as any other listed entity the text names is a node.
        m.named_within.push_back(old.entity_id);
        for (const auto& w : old.named_within) m.named_within.push_back(w);
      }
    }
    out.push_back(std::move(m));
  }
  for (; next < mentions->size(); ++next) out.push_back((*mentions)[next]);
  *mentions = std::move(out);
}

void ComposePossessorRoles(std::string_view doc, const std::vector<text::Sentence>& sentences,
                           const rules::RuleSet& rules, std::vector<std::vector<Mention>>* mentions) {
  if (rules.parts().roles.empty()) return;
  for (size_t i = 0; i < sentences.size(); ++i) {
    auto& ms = (*mentions)[i];
    if (std::none_of(ms.begin(), ms.end(), [](const Mention& m) { return m.possessive; })) continue;
    std::vector<Item> items = Items(doc, sentences[i], ms);
    Composer composer(doc, rules, items, ms);
    for (size_t t = 0; t < items.size(); ++t) {
      int k = items[t].mention;
      if (k < 0 || !ms[k].possessive) continue;
      Found f;
      if (!composer.PersonRoleAt(t, &f)) continue;
      // Only a listed post: "his head", "his representative" are seldom
      // posts of their own.
      bool listed = false;
      std::vector<EntityRecord> unlisted;
      std::string id = ComposedId(rules::EntityType::kPosition, f.label, f.aliases, rules, &unlisted, &listed);
      if (!listed) continue;
      Mention& m = ms[k];
      m.named_within = {m.entity_id};  // the possessor: "his secretary" names him
      m.entity_id = id;
      m.type = rules::EntityType::kPosition;
      m.pronoun = m.possessive = false;
      m.end = items[f.last - 1].end;
    }
  }
}

void AbsorbSittings(std::string_view doc, const text::Sentence& s, const rules::RuleSet& rules,
                    std::vector<Mention>* mentions) {
  const auto& parts = rules.parts();
  if (!parts.sitting_before || mentions->empty()) return;
  for (size_t i = 0; i < mentions->size(); ++i) {
    Mention& m = (*mentions)[i];
    if (m.type != EntityType::kBody || m.pronoun) continue;
    size_t floor = i > 0 ? (*mentions)[i - 1].end : s.start;
    size_t from = std::max(floor, m.start > 100 ? m.start - 100 : size_t{0});
    re2::StringPiece before(doc.data() + from, m.start - from), g;
    if (parts.sitting_before->Match(before, 0, before.size(), RE2::UNANCHORED, &g, 1)) {
      m.start = from + (g.data() - before.data());
    }
    size_t ceiling = i + 1 < mentions->size() ? (*mentions)[i + 1].start : s.end;
    re2::StringPiece after(doc.data() + m.end, ceiling - m.end);
    if (parts.sitting_after->Match(after, 0, after.size(), RE2::ANCHOR_START, &g, 1)) m.end += g.size();
  }
}

void ResolveComposedTails(const std::vector<EntityRecord>& composed, const rules::RuleSet& rules,
                          std::vector<std::vector<Mention>>* mentions) {
  if (composed.empty()) return;
  std::map<std::string, const EntityRecord*> composed_by_id;
  for (const auto& r : composed) {
    if (r.type == rules::EntityType::kBody || r.type == rules::EntityType::kIssue) composed_by_id[r.id] = &r;
  }
  if (composed_by_id.empty()) return;
  // Lower-case names (label and aliases) of each body and issue seen so far.
  std::map<std::string, std::vector<std::string>> seen;
  std::map<std::string, rules::EntityType> type_of;
  auto names_of = [&](const std::string& id) {
    std::vector<std::string> names;
    if (const auto* def = rules.FindEntity(id)) {
      names.push_back(text::Lower(def->label));
      for (const auto& a : def->aliases) names.push_back(text::Lower(a));
    } else if (auto c = composed_by_id.find(id); c != composed_by_id.end()) {
      names.push_back(text::Lower(c->second->label));
      for (const auto& a : c->second->aliases) names.push_back(text::Lower(a));
    }
    return names;
  };
  // "the transcaucasian territorial committee" ends with "territorial
  // committee"; "theses on foreign trade" starts with "theses".
  auto ends_with_words = [](const std::string& name, const std::string& tail) {
    return name.size() > tail.size() + 1 && name.compare(name.size() - tail.size(), tail.size(), tail) == 0 &&
           name[name.size() - tail.size() - 1] == ' ';
  };
  auto starts_with_word = [](const std::string& name, const std::string& head) {
    return name.size() > head.size() + 1 && name.compare(0, head.size(), head) == 0 && name[head.size()] == ' ';
  };
  const auto& heads = rules.parts().document_heads;
  for (auto& sentence : *mentions) {
    std::vector<std::pair<std::string, rules::EntityType>> here;
    std::vector<Mention> kept;
    for (auto& m : sentence) {
      auto c = composed_by_id.find(m.entity_id);
      bool resolvable = !m.pronoun && c != composed_by_id.end() && !seen.count(m.entity_id);
      std::string name = resolvable ? text::Lower(c->second->label) : std::string();
      bool short_title = resolvable && m.type == rules::EntityType::kIssue &&
                         std::find(heads.begin(), heads.end(), name) != heads.end();
      if (resolvable && (m.type == rules::EntityType::kBody || short_title)) {
        std::string match;
        int candidates = 0;
        for (const auto& [id, names] : seen) {
          if (type_of[id] != m.type) continue;  // a post's name may end in its body's
          if (std::any_of(names.begin(), names.end(), [&](const std::string& n) {
                return short_title ? starts_with_word(n, name) : ends_with_words(n, name);
              })) {
            match = id;
            ++candidates;
          }
        }
        if (candidates == 1) {
          m.entity_id = match;
        } else if (short_title) {
          continue;  // "the Theses" with no one document before it: no mention
        }
      }
      here.emplace_back(m.entity_id, m.type);
      kept.push_back(std::move(m));
    }
    sentence = std::move(kept);
    // Only earlier sentences count, as for listed short forms.
    for (const auto& [id, type] : here) {
      if (!seen.count(id)) {
        seen[id] = names_of(id);
        type_of[id] = type;
      }
    }
  }
}

}  // namespace apparat::extract

#include "extract/relation_matcher.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include "extract/entity_parts.h"
#include "rules/slot_pattern.h"

namespace apparat::extract {

namespace {

char MarkerLetter(const Mention& m) {
  if (m.pronoun) return 'H';
  switch (m.type) {
    case EntityType::kPerson: return 'P';
    case EntityType::kBody: return 'B';
    case EntityType::kPosition: return 'T';
    case EntityType::kIssue: return 'I';
  }
  return 'P';
}

struct Marked {
  std::string text;
  std::vector<size_t> doc_offset;  // marked byte -> document byte
};

// Line breaks and tabs inside a wrapped sentence read as spaces, and a run
// of them as one, so a rule written with plain spaces matches across a line
// break, an indented line or a subtitle's blanked timecode. Every other
// control byte becomes a space too, so the text itself can never forge a
// marker. doc_offset keeps each kept byte's place in the document.
void AppendByte(char c, size_t pos, Marked* m) {
  bool space = static_cast<unsigned char>(c) <= 0x20;
  if (space && !m->text.empty() && m->text.back() == ' ') return;
  m->text += space ? ' ' : c;
  m->doc_offset.push_back(pos);
}

Marked MarkSentence(std::string_view doc, size_t start, size_t end, const std::vector<Mention>& mentions) {
  Marked m;
  size_t pos = start;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const Mention& x = mentions[i];
    for (; pos < x.start; ++pos) AppendByte(doc[pos], pos, &m);
    std::string marker = std::string(1, rules::kMarkOpen) + MarkerLetter(x) + std::to_string(i) + rules::kMarkClose;
    m.text += marker;
    m.doc_offset.insert(m.doc_offset.end(), marker.size(), x.start);
    pos = x.end;
  }
  for (; pos < end; ++pos) AppendByte(doc[pos], pos, &m);
  return m;
}

// The distinct entities whose markers lie in `piece`, in order. Only
// MarkSentence writes markers, so every index is in range; the check is a
// second line of defence.
std::vector<std::string> EntitiesIn(std::string_view piece, const std::vector<Mention>& mentions) {
  std::vector<std::string> out;
  for (size_t i = 0; i < piece.size(); ++i) {
    if (piece[i] != rules::kMarkOpen) continue;
    size_t j = i + 2, n = 0;
    while (j < piece.size() && piece[j] >= '0' && piece[j] <= '9' && n < mentions.size()) {
      n = n * 10 + (piece[j++] - '0');
    }
    if (n < mentions.size() && std::find(out.begin(), out.end(), mentions[n].entity_id) == out.end()) {
      out.push_back(mentions[n].entity_id);
    }
    i = j;
  }
  return out;
}

using Claim = std::tuple<std::string, std::string, std::string>;  // subject, object, relation


// The words of the tokens that lie in encoded[from, to), for explain.
std::string ShowMatchedTokens(const SentenceTokens& t, size_t from, size_t to) {
  std::string out;
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    if (t.encoded_at[i] < from || t.encoded_at[i] >= to) continue;
    out += (out.empty() ? "" : " ") + (t.tokens[i].mention >= 0 ? "[" + t.tokens[i].ent + "]" : t.tokens[i].word);
  }
  return "\"" + out + "\"";
}

}  // namespace

RelationMatcher::RelationMatcher(std::shared_ptr<const rules::RuleSet> rules) : rules_(std::move(rules)) {
  for (const auto& r : rules_->relation_rules()) (r.tokens ? has_token_rules_ : has_text_rules_) = true;
  BuildPrefilter(&text_filter_);
  // Which mentions can fill each rule's slots, by type and pronoun, asked
  // for every candidate sentence (Prepare): worked out once a rule.
  for (const auto& rule : rules_->relation_rules()) {
    SlotFits fits;
    for (int t = 0; t < rules::kEntityTypeCount; ++t) {
      for (bool pronoun : {false, true}) {
        auto type = static_cast<EntityType>(t);
        bool as_obj = !rule.object_as.empty() ? (!pronoun && type == EntityType::kBody)
                                              : rules::ObjectTypeFits(rule.relation, type, pronoun) ||
                                                    (!rule.persons_as.empty() && (pronoun || type == EntityType::kPerson));
        bool as_subj = rules::SubjectTypeFits(rule.relation, type, pronoun);
        if (rule.swap) std::swap(as_obj, as_subj);
        fits.subject |= as_subj ? SlotFits::Bit(type, pronoun) : 0;
        fits.object |= as_obj ? SlotFits::Bit(type, pronoun) : 0;
      }
    }
    slot_fits_.push_back(fits);
  }
}

void RelationMatcher::BuildPrefilter(Prefilter* p) {
  const auto& regexes = rules_->relation_regexes();
  p->filter = &regexes.text_filter;
  const auto& all = rules_->relation_rules();
  p->rule_of.assign(p->filter->NumRegexps(), all.size());
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i].tokens) continue;
    int id = all[i].filter_id;
    // Every text rule is in the filter; if not, every rule runs.
    if (id < 0 || id >= static_cast<int>(p->rule_of.size()) || &all[i].regex->Get() != &p->filter->GetRE2(id)) {
      p->usable = false;
      return;
    }
    p->rule_of[id] = i;
  }
  const auto& atoms = regexes.text_atoms;
  if (p->rule_of.empty() || atoms.empty()) return;
  RE2::Options opt;
  opt.set_literal(true);
  opt.set_log_errors(false);
  opt.set_max_mem(64 << 20);
  p->atoms = std::make_unique<RE2::Set>(opt, RE2::UNANCHORED);
  for (const auto& a : atoms) p->atoms->Add(a, nullptr);
  if (!p->atoms->Compile()) p->atoms.reset();  // without the filter every rule runs
}

void RelationMatcher::CandidateRules(const Prefilter& p, const std::string& text,
                                     std::vector<char>* candidate) const {
  const auto& all = rules_->relation_rules();
  auto all_of_kind = [&] {
    for (size_t r = 0; r < all.size(); ++r) {
      if (!all[r].tokens) (*candidate)[r] = 1;
    }
  };
  if (!p.usable || !p.atoms) return all_of_kind();
  std::vector<int> found, potentials;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  if (!p.atoms->Match(text, &found, &error) && error.kind != RE2::Set::kNoError) {
    return all_of_kind();  // the set's DFA gave up: run every rule
  }
  p.filter->AllPotentials(found, &potentials);
  for (int i : potentials) {
    if (p.rule_of[i] < candidate->size()) (*candidate)[p.rule_of[i]] = 1;
  }
}

std::string RelationMatcher::ShowMarked(std::string_view doc, size_t start, size_t end,
                                        const std::vector<Mention>& mentions) {
  std::string out;
  size_t pos = start;
  for (const auto& x : mentions) {
    out.append(doc.substr(pos, x.start - pos));
    out += "[" + std::string(x.pronoun ? "pronoun" : rules::EntityTypeName(x.type)) + ":" + x.entity_id;
    for (const auto& member : x.also) out += "+" + member;
    out += " ";
    out.append(doc.substr(x.start, x.end - x.start));
    out += "]";
    pos = x.end;
  }
  out.append(doc.substr(pos, end - pos));
  return out;
}

namespace {

// The per-sentence state of one Match call: the claims rules have made and
// the hits so far.
class SentenceRun {
 public:
  SentenceRun(TraceSink* trace, const std::vector<Mention>& mentions) : trace_(trace), mentions_(mentions) {}

  // Emits (or vetoes, or finds blocked) every subject x object pair of one
  // match of `rule`.
  void Pairs(const rules::RelationRule& rule, const std::vector<std::string>& subjects,
             const std::vector<std::string>& objects, std::vector<RelationHit>* hits,
             const std::string* relation = nullptr) {
    relation_ = relation ? *relation : rule.relation;
    for (const auto& s0 : subjects) {
      for (const auto& o0 : objects) {
        const std::string& s = rule.swap ? o0 : s0;
        const std::string& o = rule.swap ? s0 : o0;
        if (s != o && !NamedAfter(o, s)) Pair(rule, s, o, hits);
      }
    }
  }

 private:
  // Whether a mention of `o` in the sentence is named after `s` ("Lenin's
  // secretary" after Lenin): no one holds, joins or writes to a post or body
  // named after himself ("Lenin, his deputies and ..." is a list).
  bool NamedAfter(const std::string& o, const std::string& s) const {
    return std::any_of(mentions_.begin(), mentions_.end(), [&](const Mention& m) {
      return m.entity_id == o && std::find(m.named_within.begin(), m.named_within.end(), s) != m.named_within.end();
    });
  }

  void Pair(const rules::RelationRule& rule, const std::string& s, const std::string& o,
            std::vector<RelationHit>* hits) {
    const std::string& rel = relation_;
    if (claimed_.count({s, o, rel})) return Note("  blocked  " + rule.id + ": " + s + " " + rel + " " + o);
    for (const auto& b : rule.blocks) {
      const std::string& blocked = b == rule.relation ? rel : b;
      claimed_.insert({s, o, blocked});
      if (rules::IsSymmetric(blocked)) claimed_.insert({o, s, blocked});
    }
    if (rule.veto) return Note("  vetoed   " + rule.id + ": no " + rel + " " + s + " -> " + o);
    Note("  fired    " + rule.id + ": " + s + " " + rel + " " + o);
    hits->push_back({s, rel, o, &rule});
  }

  void Note(const std::string& line) {
    if (trace_) trace_->Note(line);
  }

  TraceSink* trace_;
  const std::vector<Mention>& mentions_;  // the sentence's, for NamedAfter
  std::string relation_;
  std::set<Claim> claimed_;
};

// A match of one rule: its groups, views into the request's input.
struct RuleMatch {
  size_t rule;
  std::vector<re2::StringPiece> groups;
};

}  // namespace

// What a token offers a rule's StartTest, read from its encoding.
struct TokenLead {
  size_t at;          // offset of its kTokOpen in the encoded sentence
  unsigned entity;    // the bit of its entity type (FirstTokens::entities), or 0
  uint64_t tags;      // rules::TagBit of its tag letters
  int word, lemma;    // RelationRegexes::StartWordId, or -1
};

// What MatchAll keeps of a request between its steps.
struct RelationMatcher::PreparedRequest {
  Marked marked;                  // the text rules' input
  SentenceTokens tokens;          // the token rules' input
  std::vector<TokenLead> leads;   // one a token, when token rules run
  std::vector<size_t> rules;      // the rules to run, in priority order
  std::vector<RuleMatch> matches; // by rule, then by position
};

struct RelationMatcher::PrepareScratch {
  std::vector<char> candidate;  // by rule: its words or atoms are in the sentence
  std::string lower;            // the marked text, lower-cased, for the text rules' atoms
  std::vector<int> present;     // the sentence's words and lemmas as word ids
  std::vector<int8_t> memo;     // WordNeeds' answers for this sentence
};

namespace {

// The tokens of an encoded sentence as StartTests see them.
std::vector<TokenLead> ReadLeads(const SentenceTokens& t, const rules::RelationRegexes& regexes) {
  std::vector<TokenLead> leads;
  leads.reserve(t.encoded_at.size());
  const std::string& e = t.encoded;
  for (size_t k = 0; k < t.encoded_at.size(); ++k) {
    size_t at = t.encoded_at[k];
    size_t stop = k + 1 < t.encoded_at.size() ? t.encoded_at[k + 1] : e.size();
    TokenLead lead{at, 0, 0, -1, -1};
    // \x01 word \x1f lemma \x1f codes \x02 (rules/token_pattern.h)
    size_t word_end = e.find(rules::kTokField, at + 1);
    if (word_end >= stop) continue;
    size_t lemma_end = e.find(rules::kTokField, word_end + 1);
    if (lemma_end >= stop) continue;
    std::string_view view(e);
    lead.word = regexes.StartWordId(0, view.substr(at + 1, word_end - at - 1));
    lead.lemma = regexes.StartWordId(1, view.substr(word_end + 1, lemma_end - word_end - 1));
    for (size_t b = lemma_end + 1; b < stop; ++b) {
      char c = e[b];
      if (c >= rules::kFirstEntity && c <= rules::kFirstEntity + rules::kEntityTypeCount) {
        lead.entity = 1u << (c - rules::kFirstEntity);
      } else {
        lead.tags |= rules::TagBit(c);
      }
    }
    leads.push_back(lead);
  }
  return leads;
}

}  // namespace

void RelationMatcher::Prepare(std::string_view doc, const MatchRequest& q, PrepareScratch* scratch,
                              PreparedRequest* p) const {
  const size_t start = q.start, end = q.end;
  const std::vector<Mention>& mentions = *q.mentions;
  TraceSink* trace = q.trace;
  // A sentence rule needs a subject and an object; a letter rule at least a
  // recipient. Most sentences have fewer mentions and cost nothing here.
  if (mentions.empty() || (q.scope == "sentence" && mentions.size() < 2)) return;
  const auto& all = rules_->relation_rules();
  std::vector<char>& candidate = scratch->candidate;
  candidate.assign(all.size(), 0);
  Marked& marked = p->marked;
  if (has_text_rules_) {
    marked = MarkSentence(doc, start, end, mentions);
    std::string& lower = scratch->lower;
    lower = marked.text;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CandidateRules(text_filter_, lower, &candidate);
  }
  SentenceTokens& tokens = p->tokens;
  if (has_token_rules_ && rules_->lexicon()) {
    tokens = BuildTokens(doc, start, end, mentions, *rules_->lexicon(), /*keep_fields=*/trace != nullptr,
                         &rules_->relation_regexes().word_sets);
    if (trace) trace->Note("  tokens: " + ShowTokens(tokens, mentions));
    // The words and lemmas the sentence holds, as the rules' word ids: a
    // token rule is a candidate when they meet its needs.
    const auto& regexes = rules_->relation_regexes();
    p->leads = ReadLeads(tokens, regexes);
    std::vector<int>& present = scratch->present;
    present.clear();
    for (const auto& lead : p->leads) {
      present.push_back(lead.word);
      present.push_back(lead.lemma);
    }
    regexes.needs.Start(present, &scratch->memo);
    // Whether the words are there is asked last (below): the walk through
    // a rule's needs costs more than the other tests.
    for (size_t r = 0; r < all.size(); ++r) {
      if (all[r].tokens) candidate[r] = 1;
    }
  }
  // A token rule can only fire when the sentence names an entity of a type
  // its relation takes on each side ("held" needs a position): most
  // candidates stop here, before any regex runs.
  auto types_present = [&](const rules::RelationRule& rule, const SlotFits& fits) {
    if (!rule.tokens || rule.mutes) return true;
    bool subject = !rule.subject_group && !rule.pairwise, object = false;
    int fitting = 0;
    // Where the pattern puts every subject slot before every object slot
    // (or after), the sentence must name them in that order too. Capture
    // groups are numbered by position, so the group numbers tell.
    int order = 0;  // 1: subjects first, -1: objects first, 0: either
    if (rule.subject_group && !rule.pairwise && !rule.subject_groups.empty() && !rule.object_groups.empty()) {
      auto [smin, smax] = std::minmax_element(rule.subject_groups.begin(), rule.subject_groups.end());
      auto [omin, omax] = std::minmax_element(rule.object_groups.begin(), rule.object_groups.end());
      order = *smax < *omin ? 1 : *omax < *smin ? -1 : 0;
    }
    size_t first_subj = mentions.size(), first_obj = mentions.size(), last_subj = 0, last_obj = 0;
    bool any_subj = false, any_obj = false;
    for (size_t i = 0; i < mentions.size(); ++i) {
      const auto& m = mentions[i];
      bool as_obj = fits.object & SlotFits::Bit(m.type, m.pronoun);
      bool as_subj = fits.subject & SlotFits::Bit(m.type, m.pronoun);
      subject = subject || as_subj;
      object = object || as_obj;
      fitting += as_subj && as_obj;
      if (as_subj) first_subj = std::min(first_subj, i), last_subj = i, any_subj = true;
      if (as_obj) first_obj = std::min(first_obj, i), last_obj = i, any_obj = true;
    }
    if (rule.pairwise) return fitting >= 2;
    if (!(subject && object)) return false;
    if (order == 1 && any_subj && any_obj) return first_subj < last_obj;
    if (order == -1 && any_subj && any_obj) return first_obj < last_subj;
    return true;
  };
  for (size_t r = 0; r < all.size(); ++r) {
    const auto& rule = all[r];
    if (rule.scope != q.scope || !candidate[r] || !types_present(rule, slot_fits_[r])) continue;
    if (!rule.subject_group && !rule.pairwise && !rule.mutes && q.default_subject.empty()) continue;
    if (rule.tokens && !rules_->relation_regexes().needs.Held(rule.needs, &scratch->memo)) continue;
    p->rules.push_back(r);
  }
}

void RelationMatcher::RunRule(size_t r, PreparedRequest* p) const {
  const auto& rule = rules_->relation_rules()[r];
  const SentenceTokens& tokens = p->tokens;
  const Marked& marked = p->marked;
  const std::string& input_text = rule.tokens ? tokens.encoded : marked.text;
  re2::StringPiece input(input_text);
  if (!rule.starts.anywhere) return RunRuleAtStarts(r, p);
  const RE2& re = rule.regex->Get();
  // Most candidate sentences hold no match. Asked for no groups, RE2 answers
  // with its DFA alone; asked for groups on a short text it would go
  // straight to its backtracker, which is many times slower on a text
  // where nothing matches. (And nothing is allocated for them.) A regex
  // RE2 refused matches nothing.
  if (!re.Match(input, 0, input_text.size(), RE2::ANCHOR_START, nullptr, 0)) return;
  int ngroups = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> g(ngroups);
  size_t pos = 0;
  while (pos < input_text.size() && re.Match(input, pos, input_text.size(), RE2::ANCHOR_START, g.data(), ngroups)) {
    g[0] = g[1];  // the rule's own match, without the "any bytes" before it (rule_loader)
    size_t next = NextStart(rule, input_text, g);
    pos = next > pos ? next : pos + 1;
    p->matches.push_back({r, g});
  }
}

// The next match may start at this one's last slot: the object of "A
// elected B" is the subject of ", which in turn appointed C"; and two tokens
// back, for the words a subject pattern reads before its name ("a new [B],
// which ..."), but never back to this one's start.
size_t RelationMatcher::NextStart(const rules::RelationRule& rule, const std::string& input,
                                  const std::vector<re2::StringPiece>& g) const {
  size_t mstart = g[0].data() - input.data();
  size_t mend = mstart + g[0].size();
  size_t next = mend;
  if (!rule.tokens) return next;
  for (int group : rule.object_groups) {
    if (group < static_cast<int>(g.size()) && g[group].data() != nullptr) {
      size_t at = g[group].data() - input.data();
      if (at > mstart && at < next) next = at;
    }
  }
  for (int back = 0; back < 3 && next > mstart + 1 && next < mend; ++back) {
    size_t open = input.rfind(rules::kTokOpen, next - 1);
    if (open == std::string::npos || open <= mstart) break;
    next = open;
  }
  return next;
}

void RelationMatcher::RunRuleAtStarts(size_t r, PreparedRequest* p) const {
  const auto& rule = rules_->relation_rules()[r];
  const rules::StartTest& starts = rule.starts;
  const std::string& input_text = p->tokens.encoded;
  re2::StringPiece input(input_text);
  const std::vector<TokenLead>& leads = p->leads;
  auto passes = [&](const TokenLead& t) {
    return (starts.entities & t.entity) || (starts.tags & t.tags) || starts.HasWord(t.word) || starts.HasWord(t.lemma);
  };
  // A match may start up to `reach` tokens before a token that passes.
  const size_t n = leads.size();
  size_t passing = 0;  // the nearest passing token at or after k, or n
  std::vector<re2::StringPiece> g;
  size_t pos = 0;
  for (size_t k = 0; k < n; ++k) {
    const TokenLead& t = leads[k];
    if (passing < k) passing = k;
    while (passing < n && !passes(leads[passing])) ++passing;
    bool admitted = (passing < n && passing - k <= static_cast<size_t>(starts.reach)) || (starts.text_start && k == 0);
    if (t.at < pos) continue;
    // Asked for no groups, RE2 answers with its automaton alone; only a
    // match is read again for its groups.
    if (!admitted) continue;
    const RE2& re = rule.regex->Get();
    if (!re.Match(input, t.at, input_text.size(), RE2::ANCHOR_START, nullptr, 0)) continue;
    if (g.empty()) g.resize(re.NumberOfCapturingGroups() + 1);
    if (!re.Match(input, t.at, input_text.size(), RE2::ANCHOR_START, g.data(), static_cast<int>(g.size()))) {
      continue;
    }
    size_t next = NextStart(rule, input_text, g);
    pos = next > t.at ? next : t.at + 1;
    p->matches.push_back({r, g});
  }
}

void RelationMatcher::Interpret(std::string_view doc, const MatchRequest& q, const PreparedRequest& p,
                                std::vector<RelationHit>* out) const {
  const size_t start = q.start, end = q.end;
  const std::vector<Mention>& mentions = *q.mentions;
  const std::string& default_subject = q.default_subject;
  TraceSink* trace = q.trace;
  const SentenceTokens& tokens = p.tokens;
  const Marked& marked = p.marked;
  std::vector<RelationHit>& hits = *out;
  const auto& all = rules_->relation_rules();
  SentenceRun run(trace, mentions);
  // A question, a quiz item, a denied claim: nothing it says is a fact.
  for (const auto& found : p.matches) {
    if (all[found.rule].mutes) {
      if (trace) trace->Note("  muted    " + all[found.rule].id + ": the sentence states no relation");
      return;
    }
  }
  for (const auto& found : p.matches) {
    const auto& rule = all[found.rule];
    const std::string& input_text = rule.tokens ? tokens.encoded : marked.text;
    const std::vector<re2::StringPiece>& g = found.groups;
    size_t mstart = g[0].data() - input_text.data();
    size_t mend = mstart + g[0].size();
    // The match as a byte span of the document, for dating.
    size_t span_start = start, span_end = end;
    if (rule.tokens) {
      const auto& at = tokens.encoded_at;
      size_t first = std::lower_bound(at.begin(), at.end(), mstart) - at.begin();
      size_t last = std::lower_bound(at.begin(), at.end(), mend) - at.begin();
      if (first < last && last <= tokens.start.size()) span_start = tokens.start[first], span_end = tokens.end[last - 1];
    } else if (mstart < marked.doc_offset.size()) {
      span_start = marked.doc_offset[mstart];
      if (mend < marked.doc_offset.size()) span_end = marked.doc_offset[mend];
    }
    size_t hits_before = hits.size();
    auto set_spans = [&] {
      for (size_t h = hits_before; h < hits.size(); ++h) hits[h].start = span_start, hits[h].end = span_end;
    };
    auto piece = [&](int group) { return std::string_view(g[group].data(), g[group].size()); };
    // The entities of a slot that fit the relation's types, in order.
    auto entities = [&](const std::vector<int>& groups, bool subject, const std::string& relation) {
      std::vector<int> idx;
      if (rule.tokens) {
        for (int group : groups) {
          for (int m : MentionsIn(piece(group), mentions)) idx.push_back(m);
        }
      } else if (!groups.empty()) {
        for (const auto& id : EntitiesIn(piece(groups.front()), mentions)) {
          for (size_t m = 0; m < mentions.size(); ++m) {
            if (mentions[m].entity_id == id) {
              idx.push_back(static_cast<int>(m));
              break;
            }
          }
        }
      }
      std::vector<std::string> out;
      for (int m : idx) {
        if (m < 0 || m >= static_cast<int>(mentions.size())) continue;
        const Mention& x = mentions[m];
        bool as_subject = subject != rule.swap;
        bool fits = rule.tokens ? (as_subject ? rules::SubjectTypeFits(relation, x.type, x.pronoun)
                                              : rules::ObjectTypeFits(relation, x.type, x.pronoun))
                                : true;
        if (!as_subject && !rule.object_as.empty()) fits = !x.pronoun && x.type == EntityType::kBody;
        if (!as_subject && relation != rule.relation) fits = fits && (x.pronoun || x.type == EntityType::kPerson);
        const auto& narrow = as_subject ? rule.subject_types : rule.object_types;
        if (fits && !narrow.empty() && !x.pronoun) fits = std::find(narrow.begin(), narrow.end(), x.type) != narrow.end();
        if (!fits) continue;
        if (std::find(out.begin(), out.end(), x.entity_id) == out.end()) out.push_back(x.entity_id);
        for (const auto& member : x.also) {  // "they": every member of the group
          if (std::find(out.begin(), out.end(), member) == out.end()) out.push_back(member);
        }
      }
      return out;
    };
    const std::string& rel = rule.relation;
    std::vector<std::string> subjects =
        rule.subject_group ? entities(rule.subject_groups, true, rel) : std::vector<std::string>{default_subject};
    std::vector<std::string> objects = entities(rule.object_groups, false, rel);
    if (rule.pairwise) {
      // "a triumvirate of A, B and C": each with each.
      subjects = entities(rule.object_groups, true, rel);
      if (subjects.size() * subjects.size() > kMaxPairsPerMatch) continue;
      // A relation with a direction ("a row between A and B") holds both
      // ways.
      bool both_ways = !rules::IsSymmetric(rel);
      for (size_t a = 0; a < subjects.size(); ++a) {
        for (size_t b = a + 1; b < subjects.size(); ++b) {
          run.Pairs(rule, {subjects[a]}, {subjects[b]}, &hits);
          if (both_ways) run.Pairs(rule, {subjects[b]}, {subjects[a]}, &hits);
        }
      }
      set_spans();
      continue;
    }
    if (trace && rule.tokens) trace->Note("  matched  " + rule.id + ": " + ShowMatchedTokens(tokens, g[0].data() - input_text.data(), mend));
    // A list is a handful of names; a "list" of hundreds is not prose and
    // would only multiply evidence.
    if (subjects.size() * objects.size() > kMaxPairsPerMatch) continue;
    std::vector<EntityRecord> derived;
    if (!rule.object_as.empty()) {
      // "He headed the Red Army": the post built from the body.
      for (auto& o : rule.swap ? subjects : objects) {
        auto body = std::find_if(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.entity_id == o; });
        if (body != mentions.end()) o = PostOfBody(rule.object_as, *body, doc, *rules_, &derived);
      }
    }
    size_t before = hits.size();
    run.Pairs(rule, subjects, objects, &hits);
    for (size_t h = before; h < hits.size(); ++h) hits[h].derived = derived;
    if (!rule.persons_as.empty() && !rule.swap) {
      // "Bukharin backed Stalin": support of a person is an alliance.
      run.Pairs(rule, subjects, entities(rule.object_groups, false, rule.persons_as), &hits, &rule.persons_as);
    }
    set_spans();
  }
}

std::vector<std::vector<RelationHit>> RelationMatcher::MatchAll(std::string_view doc,
                                                               const std::vector<MatchRequest>& requests) const {
  std::vector<std::vector<RelationHit>> out(requests.size());
  bool traced = std::any_of(requests.begin(), requests.end(), [](const MatchRequest& q) { return q.trace; });
  if (traced && requests.size() > 1) {
    // Explain's notes come request by request, in order.
    for (size_t k = 0; k < requests.size(); ++k) out[k] = std::move(MatchAll(doc, {requests[k]})[0]);
    return out;
  }
  std::vector<PreparedRequest> prepared(requests.size());
  PrepareScratch scratch;
  for (size_t k = 0; k < requests.size(); ++k) Prepare(doc, requests[k], &scratch, &prepared[k]);
  // Rule by rule over every request, not request by request: one rule's
  // automaton stays in the cache while it reads many sentences, several
  // times faster than a hundred automata taking turns on each sentence.
  const auto& all = rules_->relation_rules();
  std::vector<std::vector<size_t>> takers(all.size());
  for (size_t k = 0; k < prepared.size(); ++k) {
    for (size_t r : prepared[k].rules) takers[r].push_back(k);
  }
  for (size_t r = 0; r < all.size(); ++r) {
    for (size_t k : takers[r]) RunRule(r, &prepared[k]);
  }
  for (size_t k = 0; k < requests.size(); ++k) Interpret(doc, requests[k], prepared[k], &out[k]);
  return out;
}

std::vector<RelationHit> RelationMatcher::Match(std::string_view doc, size_t start, size_t end,
                                                const std::vector<Mention>& mentions, const std::string& scope,
                                                const std::string& default_subject, TraceSink* trace) const {
  MatchRequest q;
  q.start = start;
  q.end = end;
  q.mentions = &mentions;
  q.scope = scope;
  q.default_subject = default_subject;
  q.trace = trace;
  return std::move(MatchAll(doc, {q})[0]);
}

}  // namespace apparat::extract

#include "extract/relation_matcher.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

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

// Line breaks and tabs inside a wrapped sentence read as spaces, so a rule
// written with plain spaces matches across a line break; offsets stay 1:1.
void AppendByte(char c, size_t pos, Marked* m) {
  m->text += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
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

// Indices of the mentions whose markers lie in `piece`.
std::vector<size_t> MentionsIn(std::string_view piece) {
  std::vector<size_t> out;
  for (size_t i = 0; i < piece.size(); ++i) {
    if (piece[i] != rules::kMarkOpen) continue;
    size_t j = i + 2, n = 0;
    while (j < piece.size() && piece[j] != rules::kMarkClose) n = n * 10 + (piece[j++] - '0');
    out.push_back(n);
    i = j;
  }
  return out;
}

using Claim = std::tuple<std::string, std::string, std::string>;  // subject, object, relation

}  // namespace

RelationMatcher::RelationMatcher(std::shared_ptr<const rules::RuleSet> rules)
    : rules_(std::move(rules)), prefilter_(/*min_atom_len=*/3) {
  for (const auto& rule : rules_->relation_rules()) {
    int id = 0;
    prefilter_.Add(rule.regex->pattern(), rule.regex->options(), &id);
  }
  if (rules_->relation_rules().empty()) return;
  std::vector<std::string> atoms;
  prefilter_.Compile(&atoms);
  if (atoms.empty()) return;
  RE2::Options opt;
  opt.set_literal(true);
  opt.set_log_errors(false);
  opt.set_max_mem(64 << 20);
  atoms_ = std::make_unique<RE2::Set>(opt, RE2::UNANCHORED);
  for (const auto& a : atoms) atoms_->Add(a, nullptr);
  if (!atoms_->Compile()) atoms_.reset();  // without the filter every rule runs
}

void RelationMatcher::CandidateRules(const std::string& marked, std::vector<char>* candidate) const {
  size_t n = rules_->relation_rules().size();
  if (!atoms_) {
    candidate->assign(n, 1);
    return;
  }
  std::string lower = marked;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::vector<int> found, potentials;
  atoms_->Match(lower, &found);
  prefilter_.AllPotentials(found, &potentials);
  candidate->assign(n, 0);
  for (int i : potentials) (*candidate)[i] = 1;
}

std::string RelationMatcher::ShowMarked(std::string_view doc, size_t start, size_t end,
                                        const std::vector<Mention>& mentions) {
  std::string out;
  size_t pos = start;
  for (const auto& x : mentions) {
    out.append(doc.substr(pos, x.start - pos));
    out += "[" + std::string(x.pronoun ? "pronoun" : rules::EntityTypeName(x.type)) + ":" + x.entity_id + " ";
    out.append(doc.substr(x.start, x.end - x.start));
    out += "]";
    pos = x.end;
  }
  out.append(doc.substr(pos, end - pos));
  return out;
}

std::vector<RelationHit> RelationMatcher::Match(std::string_view doc, size_t start, size_t end,
                                                const std::vector<Mention>& mentions, const std::string& scope,
                                                const std::string& default_subject, TraceSink* trace) const {
  std::vector<RelationHit> hits;
  // A sentence rule needs a subject and an object; a letter rule at least a
  // recipient. Most sentences have fewer mentions and cost nothing here.
  if (mentions.empty() || (scope == "sentence" && mentions.size() < 2)) return hits;
  Marked marked = MarkSentence(doc, start, end, mentions);
  re2::StringPiece input(marked.text);
  std::set<Claim> claimed;
  std::vector<char> candidate;
  CandidateRules(marked.text, &candidate);
  const auto& all = rules_->relation_rules();
  for (size_t r = 0; r < all.size(); ++r) {
    const auto& rule = all[r];
    if (rule.scope != scope || !candidate[r]) continue;
    if (!rule.subject_group && default_subject.empty()) continue;
    int ngroups = rule.regex->NumberOfCapturingGroups() + 1;
    std::vector<re2::StringPiece> g(ngroups);
    size_t pos = 0;
    while (pos < marked.text.size() &&
           rule.regex->Match(input, pos, marked.text.size(), RE2::UNANCHORED, g.data(), ngroups)) {
      size_t mstart = g[0].data() - marked.text.data();
      size_t mend = mstart + g[0].size();
      pos = mend > pos ? mend : pos + 1;
      std::vector<std::string> subjects, objects;
      if (rule.subject_group) {
        for (size_t i : MentionsIn(std::string_view(g[rule.subject_group].data(), g[rule.subject_group].size())))
          subjects.push_back(mentions[i].entity_id);
      } else {
        subjects.push_back(default_subject);
      }
      for (size_t i : MentionsIn(std::string_view(g[rule.object_group].data(), g[rule.object_group].size())))
        objects.push_back(mentions[i].entity_id);
      for (const auto& s0 : subjects) {
        for (const auto& o0 : objects) {
          const std::string& s = rule.swap ? o0 : s0;
          const std::string& o = rule.swap ? s0 : o0;
          if (s == o) continue;
          if (claimed.count({s, o, rule.relation})) {
            if (trace) trace->Note("  blocked  " + rule.id + ": " + s + " " + rule.relation + " " + o);
            continue;
          }
          for (const auto& b : rule.blocks) {
            claimed.insert({s, o, b});
            if (rules::IsSymmetric(b)) claimed.insert({o, s, b});
          }
          if (rule.veto) {
            if (trace) trace->Note("  vetoed   " + rule.id + ": no " + rule.relation + " " + s + " -> " + o);
            continue;
          }
          if (trace) trace->Note("  fired    " + rule.id + ": " + s + " " + rule.relation + " " + o);
          hits.push_back({s, rule.relation, o, &rule, marked.doc_offset[std::min(mstart, marked.doc_offset.size() - 1)]});
        }
      }
    }
  }
  return hits;
}

}  // namespace apparat::extract

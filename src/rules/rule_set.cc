#include "rules/rule_set.h"

#include <algorithm>
#include <cstdint>

#include "text/tokens.h"

namespace apparat::rules {

const char* EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "person";
    case EntityType::kBody: return "body";
    case EntityType::kPosition: return "position";
    case EntityType::kIssue: return "issue";
  }
  return "person";
}

bool ParseEntityType(const std::string& name, EntityType* out) {
  static const std::pair<const char*, EntityType> kTypes[] = {
      {"person", EntityType::kPerson}, {"body", EntityType::kBody},
      {"position", EntityType::kPosition}, {"issue", EntityType::kIssue}};
  for (const auto& [n, t] : kTypes) {
    if (name == n) {
      *out = t;
      return true;
    }
  }
  return false;
}

const std::vector<std::string>& RelationNames() {
  static const std::vector<std::string> kNames = {"opposed", "supported", "allied", "appointed",
                                                  "held", "member-of", "wrote-to"};
  return kNames;
}

bool IsRelation(const std::string& name) {
  const auto& n = RelationNames();
  return std::find(n.begin(), n.end(), name) != n.end();
}

bool IsSymmetric(const std::string& relation) { return relation == "allied"; }

void EntityParts::Prepare() {
  role_phrases.clear();
  modifier_phrases.clear();
  triggers.clear();
  auto plural = [&](const std::string& w) {
    triggers.insert(w);
    triggers.insert(w + "s");
    triggers.insert(w + "es");
    if (!w.empty() && w.back() == 'y') triggers.insert(w.substr(0, w.size() - 1) + "ies");
  };
  phrase_first.clear();
  for (const auto& r : roles) {
    role_phrases.push_back(text::TokenNorms(r));
    const auto& p = role_phrases.back();
    if (p.empty()) continue;
    plural(p.back());
    phrase_first.insert(p.front());
    if (p.size() == 1) {  // a one-word role may stand in the plural
      phrase_first.insert(p.front() + "s");
      phrase_first.insert(p.front() + "es");
      if (p.front().back() == 'y') phrase_first.insert(p.front().substr(0, p.front().size() - 1) + "ies");
    }
  }
  for (const auto& m : role_modifiers) {
    modifier_phrases.push_back(text::TokenNorms(m));
    if (!modifier_phrases.back().empty()) {
      triggers.insert(modifier_phrases.back().front());
      phrase_first.insert(modifier_phrases.back().front());
    }
  }
  for (const auto& h : body_heads) triggers.insert(h);
  for (const auto& g : group_words) plural(g);
  for (const auto& d : document_heads) triggers.insert(d);
  sitting_before.reset();
  sitting_after.reset();
  if (!sitting_words.empty()) {
    std::string alt;
    for (const auto& w : sitting_words) {
      std::string words;
      for (const auto& part : text::TokenNorms(w)) words += (words.empty() ? "" : "\\s+") + RE2::QuoteMeta(part);
      if (!words.empty()) alt += (alt.empty() ? "" : "|") + words;
    }
    RE2::Options opt;
    opt.set_log_errors(false);
    // Between the article and the sitting word, up to three capitalised
    // words or years: "the July (1926) Joint Plenum of the". Lower-case
    // words are left out, so "in 1922 the" never joins the name. One
    // lower-case word may stand before the body: "the plenum of the new
    // Central Committee".
    sitting_before = std::make_shared<const RE2>(
        "(?:\\b(?i:the|a|an|its|their)\\s+)?(?:(?:\\p{Lu}[\\pL.’'-]*|\\(?\\d{4}\\)?)\\s+){0,3}\\b(?i:" + alt +
            ")\\s+of\\s+(?:(?:the|its|their)\\s+)?(?:\\p{Ll}+\\s+)?$",
        opt);
    sitting_after = std::make_shared<const RE2>("^\\s+(?i:" + alt + ")\\b", opt);
  }
  trigger_shapes.reset();
  for (const auto& t : triggers) {
    if (!t.empty() && t.size() < 32) trigger_shapes.set((static_cast<unsigned char>(t[0]) & 31) * 32 + t.size());
  }
}

bool SubjectTypeFits(const std::string& relation, EntityType t, bool pronoun) {
  if (pronoun) return true;
  if (relation == "held" || relation == "member-of") return t == EntityType::kPerson;
  return t == EntityType::kPerson || t == EntityType::kBody;
}

bool ObjectTypeFits(const std::string& relation, EntityType t, bool pronoun) {
  if (relation == "held") return !pronoun && t == EntityType::kPosition;
  if (relation == "member-of") return !pronoun && t == EntityType::kBody;
  if (relation == "supported") return !pronoun && (t == EntityType::kIssue || t == EntityType::kBody);
  // One opposes a person, a body or a policy, not an office: "the post of
  // General Secretary was opposed" is opposition to its creation or its
  // holder, and a position next to an opposing verb is almost always a
  // title in apposition ("Petrov, Deputy Commissar, ... was opposed").
  if (relation == "opposed") return pronoun || t != EntityType::kPosition;
  if (pronoun) return true;
  return t == EntityType::kPerson || t == EntityType::kBody;  // allied, appointed, wrote-to
}

StartTest RelationRegexes::StartsOf(const FirstTokens& first) {
  StartTest t;
  if (first.any) return t;
  t.anywhere = false;
  t.text_start = first.text_start;
  t.reach = first.reach;
  t.entities = first.entities;
  t.tags = first.tags;
  for (int field = 0; field < 2; ++field) {
    for (const auto& w : field == 0 ? first.words : first.lemmas) {
      int id = WordId(field, w);
      if (t.words.size() <= static_cast<size_t>(id / 64)) t.words.resize(id / 64 + 1);
      t.words[id / 64] |= uint64_t{1} << (id % 64);
    }
  }
  return t;
}

int RelationRegexes::WordId(int field, const std::string& w) {
  int id = StartWordId(field, w);
  if (id < 0) {
    id = next_start_word_++;
    start_words[field].emplace(start_word_text_.emplace_back(w), id);
  }
  return id;
}

int RelationRegexes::NeedsOf(const RequiredWords& required) {
  return needs.Add(required, [this](int field, const std::string& w) { return WordId(field, w); });
}

int WordNeeds::Node(RequiredWords::Op op, std::vector<int> items) {
  std::sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end()), items.end());
  if (op != RequiredWords::kWords) {
    if (items.empty()) return kAlways;  // all of nothing
    if (items.size() == 1) return items.front();
  }
  auto key = std::make_pair(static_cast<int>(op), items);
  if (auto it = index_.find(key); it != index_.end()) return it->second;
  int n = static_cast<int>(nodes_.size());
  if (op == RequiredWords::kWords) {
    for (int id : items) {
      if (lists_of_word_.size() <= static_cast<size_t>(id)) lists_of_word_.resize(id + 1);
      lists_of_word_[id].push_back(n);
    }
  }
  unknown_.push_back(op == RequiredWords::kWords ? 0 : -1);
  nodes_.push_back({op, std::move(items)});
  index_.emplace(std::move(key), n);
  return n;
}

void WordNeeds::Start(const std::vector<int>& present, std::vector<int8_t>* memo) const {
  *memo = unknown_;
  for (int id : present) {
    if (id < 0 || static_cast<size_t>(id) >= lists_of_word_.size()) continue;
    for (int n : lists_of_word_[id]) (*memo)[n] = 1;
  }
}

bool WordNeeds::Held(int n, std::vector<int8_t>* memo) const {
  if (n == kAlways) return true;
  if ((*memo)[n] >= 0) return (*memo)[n];  // every word list is known from Start
  const Entry& e = nodes_[n];
  bool held = e.op == RequiredWords::kAll
                  ? std::all_of(e.items.begin(), e.items.end(), [&](int k) { return Held(k, memo); })
                  : std::any_of(e.items.begin(), e.items.end(), [&](int k) { return Held(k, memo); });
  (*memo)[n] = held ? 1 : 0;
  return held;
}

void RelationRegexes::Compile() {
  word_sets.Freeze();
  text_atoms.clear();
  // FilteredRE2::Compile complains when given no regex; without text rules
  // there is no filter.
  if (text_filter.NumRegexps() > 0) text_filter.Compile(&text_atoms);
}

const RE2& LazyRegex::Compile() const {
  std::call_once(once_, [this] {
    owned_ = std::make_unique<RE2>(pattern_, options_);
    ready_.store(owned_.get(), std::memory_order_release);
  });
  return *ready_.load(std::memory_order_acquire);
}

RuleSet::RuleSet(std::vector<EntityDef> entities, std::vector<NamePattern> patterns,
                 std::vector<RelationRule> relations, std::string digest,
                 std::shared_ptr<const text::Lexicon> lexicon, EntityParts parts,
                 std::unique_ptr<RelationRegexes> regexes, std::unique_ptr<RE2::Set> name_pattern_set)
    : entities_(std::move(entities)),
      patterns_(std::move(patterns)),
      relations_(std::move(relations)),
      digest_(std::move(digest)),
      lexicon_(std::move(lexicon)),
      parts_(std::move(parts)),
      regexes_(regexes ? std::move(regexes) : std::make_unique<RelationRegexes>()),
      name_pattern_set_(std::move(name_pattern_set)) {
  std::stable_sort(relations_.begin(), relations_.end(),
                   [](const RelationRule& a, const RelationRule& b) { return a.priority > b.priority; });
  for (size_t i = 0; i < entities_.size(); ++i) {
    const auto& e = entities_[i];
    by_id_.emplace(e.id, i);
    by_name_.emplace(text::Lower(e.id), i);
    by_name_.emplace(text::Lower(e.label), i);
    for (const auto& a : e.aliases) by_name_.emplace(text::Lower(a), i);
  }
}

const EntityDef* RuleSet::FindEntity(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &entities_[it->second];
}

const EntityDef* RuleSet::ResolveName(const std::string& name) const {
  if (const EntityDef* e = FindEntity(name)) return e;
  auto it = by_name_.find(text::Lower(name));
  return it == by_name_.end() ? nullptr : &entities_[it->second];
}

}  // namespace apparat::rules

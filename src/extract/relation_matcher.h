// RelationMatcher: an entity-marked sentence -> relation facts.
//
// Built once from a RuleSet; immutable and safe to share across threads.
// Each sentence is rewritten with its mentions replaced by markers (see
// rules/slot_pattern.h); every rule of the given scope then runs over that
// marked text, in priority order. A rule that fires claims each (subject,
// object) pair for the relations in its `blocks` list, so a more specific
// rule (a veto for "did not support", a reversal for "opposed the proposal
// to abandon X") silences the general rules below it for that pair.
//
// Token rules read the sentence's token layer (extract/token_layer.h),
// built once per sentence and only when a token rule may fire; text rules
// read the marked text.
//
// Speed: most rules name a lemma or a word ("oppose", "letter"). A token
// rule lists the words a sentence must hold for it (RelationRule::needs);
// the sentence's words and lemmas are looked up once, and only the rules
// whose needs they meet are run (and compiled, the first time: LazyRegex).
// For text rules RE2's FilteredRE2 extracts literal atoms from every rule
// once; per sentence one RE2::Set pass finds which atoms occur.
#pragma once

#include <re2/filtered_re2.h>
#include <re2/set.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/facts.h"
#include "extract/token_layer.h"
#include "rules/rule_set.h"

namespace apparat::extract {

// A relation found in one sentence, before evidence is attached.
struct RelationHit {
  std::string subject, relation, object;
  const rules::RelationRule* rule = nullptr;
  // Byte span in the document of the text the rule matched: where the
  // relation is stated, so that its clause's date can be told from other
  // dates of the sentence (extract/dates.h, GoverningDate).
  size_t start = 0, end = 0;
  // Posts built by the rule from a body ("headed the Red Army": head of the
  // Red Army), which the document must record as entities.
  std::vector<EntityRecord> derived = {};
};

// Most subject x object pairs one match may give; more is not a list of
// names in prose, and is skipped.
constexpr size_t kMaxPairsPerMatch = 256;

// Receives a line of explanation per rule decision (see `apparat explain`).
class TraceSink {
 public:
  virtual ~TraceSink() = default;
  virtual void Note(const std::string& line) = 0;
};

// One sentence (or clause) to read, for MatchAll. The mentions are the
// caller's and must outlive the call.
struct MatchRequest {
  size_t start = 0, end = 0;  // byte span in the document
  const std::vector<Mention>* mentions = nullptr;
  std::string scope = "sentence";  // "sentence", "letter" or "note"
  std::string default_subject;     // see Match
  TraceSink* trace = nullptr;
};

class RelationMatcher {
 public:
  explicit RelationMatcher(std::shared_ptr<const rules::RuleSet> rules);

  // Match for each request, all at once: the same hits, in the same order,
  // as a Match call per request. Faster over many requests (a document's
  // sentences): each rule runs over every sentence that may hold it before
  // the next rule runs, so its automaton stays in the cache.
  std::vector<std::vector<RelationHit>> MatchAll(std::string_view doc,
                                                 const std::vector<MatchRequest>& requests) const;

  // Runs the rules of `scope` ("sentence" or "letter") over the sentence
  // doc[start, end) with its mentions. `default_subject`, when not empty,
  // fills rules without a subject slot (a letter's author).
  std::vector<RelationHit> Match(std::string_view doc, size_t start, size_t end,
                                 const std::vector<Mention>& mentions, const std::string& scope,
                                 const std::string& default_subject, TraceSink* trace) const;

  // The marked form of a sentence, with markers shown readably, for explain.
  static std::string ShowMarked(std::string_view doc, size_t start, size_t end,
                                const std::vector<Mention>& mentions);

 private:
  // The text rules' filter (the RuleSet's, rules::RelationRegexes) and a
  // set that finds its atoms in a sentence in one pass.
  struct Prefilter {
    const re2::FilteredRE2* filter = nullptr;
    std::unique_ptr<RE2::Set> atoms;  // null: no atoms, every rule runs
    std::vector<size_t> rule_of;      // filter id -> index into relation_rules()
    bool usable = true;
  };
  void BuildPrefilter(Prefilter* p);
  // MatchAll's three steps for a request: pick the rules worth running
  // (Prepare), find each rule's matches (RunRule), turn the matches into
  // hits in rule order (Interpret).
  struct PreparedRequest;
  // Buffers Prepare uses for each request and MatchAll keeps for the next
  // one of its batch, so a sentence allocates none of them.
  struct PrepareScratch;
  void Prepare(std::string_view doc, const MatchRequest& q, PrepareScratch* scratch, PreparedRequest* p) const;
  void RunRule(size_t rule, PreparedRequest* p) const;
  // RunRule for a rule with a StartTest: tried, anchored, at each token
  // that passes it.
  void RunRuleAtStarts(size_t rule, PreparedRequest* p) const;
  // Where to look for a rule's next match after match `g` in `input`.
  size_t NextStart(const rules::RelationRule& rule, const std::string& input,
                   const std::vector<re2::StringPiece>& g) const;
  void Interpret(std::string_view doc, const MatchRequest& q, const PreparedRequest& p,
                 std::vector<RelationHit>* out) const;
  // Sets (*candidate)[r] for the rules of `p` whose atoms all occur in
  // `text`, which must be lower-case.
  void CandidateRules(const Prefilter& p, const std::string& text, std::vector<char>* candidate) const;

  // The mentions that may fill a rule's subject and object slots: a bit
  // for each entity type, as a name and as a pronoun.
  struct SlotFits {
    static uint32_t Bit(rules::EntityType t, bool pronoun) { return 1u << (static_cast<int>(t) * 2 + pronoun); }
    uint32_t subject = 0, object = 0;
  };

  std::shared_ptr<const rules::RuleSet> rules_;
  std::vector<SlotFits> slot_fits_;  // by rule
  Prefilter text_filter_;
  bool has_token_rules_ = false, has_text_rules_ = false;
};

}  // namespace apparat::extract

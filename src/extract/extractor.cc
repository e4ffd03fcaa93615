#include "extract/extractor.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>

#include "extract/anaphora.h"
#include "extract/dates.h"
#include "extract/entity_parts.h"
#include "extract/letters.h"
#include "extract/notes.h"
#include "extract/tables.h"
#include "text/layout.h"
#include "text/segmenter.h"
#include "text/sha256.h"

namespace apparat::extract {

namespace {

// The date a sentence gives: its first date with a month ("In 1922, on 5
// March, ..." is 5 March 1922), else its first date.
struct SentenceDate {
  bool found = false;
  DateMention date;
};

SentenceDate PickDate(const std::vector<DateMention>& dates) {
  SentenceDate out;
  for (const auto& d : dates) {
    if (!out.found || (d.month && !out.date.month)) out = {true, d};
    if (out.date.month) break;
  }
  return out;
}

// The year for a yearless date of `month` in sentence i, from the paragraph.
int YearFromContext(const std::vector<text::Sentence>& sentences, const std::vector<SentenceDate>& first,
                    const std::vector<SentenceDate>& last, size_t i, int month) {
  auto same = [&](size_t k) { return sentences[k].paragraph == sentences[i].paragraph; };
  if (first[i].found) return first[i].date.year;
  for (size_t k = i; k-- > 0 && same(k);) {
    if (!last[k].found) continue;
    const DateMention& c = last[k].date;
    return c.year + (month && c.month && c.month - month >= 6 ? 1 : 0);
  }
  for (size_t k = i + 1; k < sentences.size() && same(k); ++k) {
    if (!first[k].found) continue;
    const DateMention& c = first[k].date;
    return c.year - (month && c.month && month - c.month >= 6 ? 1 : 0);
  }
  return 0;
}

// ISO date of each sentence, the date letters take (see FindLetters). A
// date without a year takes the nearest explicit year in its paragraph: the
// latest one before it, else the first one after it. Across a new year the
// narrative is taken to run forward: "30 December 1922 ... On 4 January" is
// 1923 and "On 22 December ... On 4 January 1923" is 1922 (a gap of six
// months or more; "15 September 1922 ... on 28 August" stays 1922).
// Dates still without a year are left in *yearless for the letter stage.
// *mentions receives each sentence's dates, yearless ones given the year of
// an earlier date of the sentence or of the paragraph where there is one:
// each relation picks its own among them (GoverningDate).
// A date the source marks itself (TEI <date when="1922-12-13">) is the date
// its words say, whatever they are ("the next day"): it replaces the date
// read there, or is added.
void ApplyMarkedDates(const std::vector<text::MarkedDate>& marked, const text::Sentence& s,
                      std::vector<DateMention>* dates) {
  for (const auto& md : marked) {
    if (md.start < s.start || md.end > s.end) continue;
    DateMention d;
    d.start = md.start - s.start;
    d.end = md.end - s.start;
    if (std::sscanf(md.when.c_str(), "%4d-%2d-%2d", &d.year, &d.month, &d.day) < 1 || d.year <= 0) continue;
    if (!md.until.empty()) std::sscanf(md.until.c_str(), "%4d-%2d-%2d", &d.end_year, &d.end_month, &d.end_day);
    auto overlaps = [&](const DateMention& o) { return o.start < d.end && d.start < o.end; };
    dates->erase(std::remove_if(dates->begin(), dates->end(), overlaps), dates->end());
    auto at = std::find_if(dates->begin(), dates->end(), [&](const DateMention& o) { return o.start > d.start; });
    dates->insert(at, d);
  }
}

std::vector<std::string> SentenceDates(std::string_view doc, const std::vector<text::Sentence>& sentences,
                                       const std::vector<text::MarkedDate>& marked,
                                       std::vector<SentenceDate>* yearless,
                                       std::vector<std::vector<DateMention>>* mentions) {
  size_t n = sentences.size();
  std::vector<std::string> out(n);
  yearless->assign(n, {});
  mentions->assign(n, {});
  std::vector<SentenceDate> picked(n), first(n), last(n);  // first/last dates with a year
  for (size_t i = 0; i < n; ++i) {
    auto dates = FindDates(doc.substr(sentences[i].start, sentences[i].end - sentences[i].start));
    if (!marked.empty()) ApplyMarkedDates(marked, sentences[i], &dates);
    picked[i] = PickDate(dates);
    for (const auto& d : dates) {
      if (!d.year) continue;
      if (!first[i].found) first[i] = {true, d};
      last[i] = {true, d};
    }
    (*mentions)[i] = std::move(dates);
  }
  for (size_t i = 0; i < n; ++i) {
    const DateMention* earlier = nullptr;
    for (auto& d : (*mentions)[i]) {
      if (d.year) {
        earlier = &d;
        continue;
      }
      if (earlier) {
        d.year = earlier->year + (d.month && earlier->month && earlier->month - d.month >= 6 ? 1 : 0);
      } else {
        d.year = YearFromContext(sentences, first, last, i, d.month);
      }
    }
    if (!picked[i].found) continue;
    DateMention d = picked[i].date;
    if (!d.year) d.year = YearFromContext(sentences, first, last, i, d.month);
    out[i] = IsoDate(d, 0);
    if (out[i].empty()) (*yearless)[i] = picked[i];
  }
  return out;
}

class DocumentRun {
 public:
  DocumentRun(const text::Document& doc, const EntityMatcher& em, const RelationMatcher& rm,
              TraceSink* trace, int only_line, const std::vector<GivenMention>* given = nullptr)
      : doc_(doc), bytes_(doc.bytes), em_(em), rm_(rm), trace_(trace), only_line_(only_line), given_(given) {}

  DocumentFacts Run() {
    // Quotation marks and subtitle timecodes read as space: every stage
    // below reads the reading copy, whose offsets are the file's.
    if (text::ReadingView(doc_.bytes, doc_.body_start, &reading_)) bytes_ = reading_;
    sentences_ = text::SplitSentences(bytes_, doc_.body_start);
    if (!reading_.empty()) text::NumberLines(doc_.bytes, &sentences_);
    if (given_) {
      for (const auto& s : sentences_) mentions_.push_back(GivenIn(s));
    } else {
      for (const auto& s : sentences_) em_.Discover(bytes_, s, &discovered_);
      for (const auto& s : sentences_) mentions_.push_back(em_.Match(bytes_, s, &discovered_));
      // Abbreviations the document defines ("PB = Political Bureau") name
      // their entities wherever they stand: the sentences that hold one are
      // matched again.
      // So do names the gazetteer lacks beside persons in a list.
      std::set<std::string> known_before;
      for (const auto& [k, r] : discovered_.by_surname) known_before.insert(k);
      bool abbreviations = em_.FindAbbreviations(bytes_, sentences_, mentions_, &discovered_);
      std::vector<std::string> mates;  // the new names, as written
      if (em_.DiscoverListMates(bytes_, sentences_, mentions_, &discovered_)) {
        for (const auto& [k, r] : discovered_.by_surname) {
          if (known_before.count(k)) continue;
          mates.push_back(r.label);
          mates.insert(mates.end(), r.aliases.begin(), r.aliases.end());
        }
      }
      if (abbreviations || !mates.empty()) {
        for (size_t i = 0; i < sentences_.size(); ++i) {
          std::string_view text = bytes_.substr(sentences_[i].start, sentences_[i].end - sentences_[i].start);
          bool holds = std::any_of(discovered_.abbreviations.begin(), discovered_.abbreviations.end(),
                                   [&](const auto& a) { return text.find(a.first) != std::string_view::npos; }) ||
                       std::any_of(mates.begin(), mates.end(),
                                   [&](const std::string& n) { return text.find(n) != std::string_view::npos; });
          if (holds) mentions_[i] = em_.Match(bytes_, sentences_[i], &discovered_);
        }
      }
      ApplyMarkedNames();
      for (size_t i = 0; i < sentences_.size(); ++i) {
        ComposeEntities(bytes_, sentences_[i], em_.rules(), &mentions_[i], &composed_);
        AbsorbSittings(bytes_, sentences_[i], em_.rules(), &mentions_[i]);
      }
      ResolveComposedTails(composed_, em_.rules(), &mentions_);
    }
    std::vector<int> paragraph_of;
    for (const auto& s : sentences_) paragraph_of.push_back(s.paragraph);
    em_.ResolveShortForms(bytes_, paragraph_of, &mentions_);
    ResolvePronouns(bytes_, sentences_, em_.rules(), &mentions_);
    ResolveIssueAnaphors(bytes_, sentences_, &mentions_);
    ResolveBodyPossessives(bytes_, sentences_, &mentions_);
    ResolveBodyAnaphors(bytes_, sentences_, em_.rules(), &mentions_);
    ResolvePluralPronouns(bytes_, sentences_, &mentions_);
    ResolveClauseSubjects(bytes_, sentences_, em_.rules(), &mentions_);
    ResolveObjectPronouns(bytes_, sentences_, em_.rules(), &mentions_);
    ResolvePossessives(bytes_, sentences_, em_.rules(), &mentions_);
    if (!given_) ComposePossessorRoles(bytes_, sentences_, em_.rules(), &mentions_);
    dates_ = SentenceDates(bytes_, sentences_, doc_.marked_dates, &yearless_, &date_mentions_);
    letters_ = FindLetters(bytes_, sentences_, mentions_, dates_, rm_);
    // "I" is a letter's author, or the speaker of a quotation.
    std::vector<std::string> first_person = LetterBodyAuthors();
    std::vector<std::string> speakers = QuotationSpeakers(bytes_, sentences_, mentions_, em_.rules());
    for (size_t i = 0; i < first_person.size(); ++i) {
      if (first_person[i].empty()) first_person[i] = speakers[i];
    }
    std::vector<std::string> addressee(sentences_.size());
    for (const auto& l : letters_) {
      for (size_t i = l.header_end; i < l.end; ++i) addressee[i] = l.addressee;
    }
    ResolveFirstPerson(bytes_, sentences_, first_person, addressee, &mentions_);
    ApplyLetterDates();
    ReadMarkedLetters();
    ReadAll();
    CopyToEllipses();
    ReadTableRows();
    return Finish();
  }

 private:
  // Names the source marks itself (TEI <persName ref=...>): a mark over a
  // name the gazetteer knows gives that entity its authority id; a mark
  // over none is an entity of its own, keyed by its authority id within
  // the document.
  void ApplyMarkedNames() {
    std::map<std::string, std::string> id_of_ref;
    for (const auto& mark : doc_.marked_names) {
      size_t i = SentenceAt(mark.start);
      if (i == sentences_.size() || mark.end > sentences_[i].end) continue;
      auto& ms = mentions_[i];
      bool known = false;
      for (const auto& m : ms) {
        if (m.pronoun || m.end <= mark.start || m.start >= mark.end) continue;
        known = true;
        if (!mark.ref.empty()) marked_authority_.emplace(m.entity_id, mark.ref);
      }
      if (known) continue;
      EntityType type = mark.kind == text::MarkedKind::kPerson ? EntityType::kPerson
                        : mark.kind == text::MarkedKind::kBody ? EntityType::kBody
                                                              : EntityType::kPosition;
      std::string label(bytes_.substr(mark.start, mark.end - mark.start));
      std::replace(label.begin(), label.end(), '\n', ' ');
      std::string id = std::string(rules::EntityTypeName(type)) + ":" + text::Slug(label);
      if (!mark.ref.empty()) {
        auto [it, fresh] = id_of_ref.emplace(mark.ref, id);
        id = it->second;  // the same authority, however the text spells it
        (void)fresh;
      }
      if (text::Slug(label).empty()) continue;
      marked_entities_.emplace(id, EntityRecord{id, type, label, {}, mark.ref});
      Mention m;
      m.start = mark.start;
      m.end = mark.end;
      m.entity_id = id;
      m.type = type;
      auto at = std::find_if(ms.begin(), ms.end(), [&](const Mention& o) { return o.start > m.start; });
      ms.insert(at, std::move(m));
    }
  }

  // The sentence holding byte `at`, or sentences_.size().
  size_t SentenceAt(size_t at) const {
    auto it = std::upper_bound(sentences_.begin(), sentences_.end(), at,
                               [](size_t v, const text::Sentence& s) { return v < s.start; });
    if (it == sentences_.begin()) return sentences_.size();
    --it;
    return at < it->end ? static_cast<size_t>(it - sentences_.begin()) : sentences_.size();
  }

  // A letter's catalogue entry (TEI <correspDesc>): each sender wrote to
  // each recipient, read from the entry's own sentence.
  void ReadMarkedLetters() {
    for (const auto& l : doc_.marked_letters) {
      size_t i = SentenceAt(l.start);
      if (i == sentences_.size()) continue;
      auto party = [&](const std::vector<std::pair<size_t, size_t>>& spans) {
        std::vector<std::string> ids;
        for (const auto& m : mentions_[i]) {
          bool in = std::any_of(spans.begin(), spans.end(),
                                [&](const auto& sp) { return m.start < sp.second && sp.first < m.end; });
          if (in && !m.pronoun && (m.type == EntityType::kPerson || m.type == EntityType::kBody) &&
              std::find(ids.begin(), ids.end(), m.entity_id) == ids.end()) {
            ids.push_back(m.entity_id);
          }
        }
        return ids;
      };
      for (const auto& from : party(l.senders)) {
        for (const auto& to : party(l.recipients)) {
          if (from == to || !emitted_.insert({from, "wrote-to", to, sentences_[i].start}).second) continue;
          Fact f;
          f.subject = from;
          f.relation = "wrote-to";
          f.object = to;
          Evidence& e = f.evidence;
          e.source = doc_.name;
          e.start = sentences_[i].start;
          e.end = sentences_[i].end;
          e.line = sentences_[i].line;
          e.text = std::string(bytes_.substr(e.start, e.end - e.start));
          e.rule = "tei.correspDesc";
          e.date = l.date;
          facts_.push_back(std::move(f));
          fact_sentence_.push_back(i);
          fact_at_.push_back(sentences_[i].start);
        }
      }
    }
  }

  std::vector<Mention> GivenIn(const text::Sentence& s) {
    std::vector<Mention> out;
    for (const auto& g : *given_) {
      if (g.start < s.start || g.end > s.end) continue;
      Mention m;
      m.start = g.start;
      m.end = g.end;
      m.entity_id = g.entity_id;
      m.type = g.type;
      m.pronoun = g.pronoun;
      m.possessive = g.possessive;
      out.push_back(std::move(m));
      given_entities_[g.entity_id] = {g.entity_id, g.type, std::string(bytes_.substr(g.start, g.end - g.start)), {}};
    }
    return out;
  }

  // The author of the letter whose body holds each sentence, or empty.
  std::vector<std::string> LetterBodyAuthors() const {
    std::vector<std::string> author(sentences_.size());
    for (const auto& l : letters_) {
      for (size_t i = l.header_end; i < l.end; ++i) author[i] = l.author;
    }
    return author;
  }

  void ApplyLetterDates() {
    letter_of_.assign(sentences_.size(), -1);
    letter_year_.assign(sentences_.size(), 0);
    for (size_t k = 0; k < letters_.size(); ++k) {
      for (size_t i = letters_[k].first; i < letters_[k].end; ++i) {
        letter_of_[i] = static_cast<int>(k);
        letter_year_[i] = std::atoi(letters_[k].date.c_str());
        if (!dates_[i].empty() || letters_[k].date.empty()) continue;
        // "On 5 March" inside a letter of 1923 is 1923-03-05; an undated
        // sentence takes the letter's date.
        int year = std::atoi(letters_[k].date.c_str());
        dates_[i] = yearless_[i].found ? IsoDate(yearless_[i].date, year) : letters_[k].date;
      }
    }
  }

  TraceSink* TraceFor(const text::Sentence& s) {
    if (!trace_) return nullptr;
    if (only_line_ > 0) {
      // Lines of the file: a TEI file's text has lines of its own.
      int first = doc_.FileLine(s.start, s.line);
      int last = doc_.origin.empty() || doc_.offsets_in_file
                     ? s.line + static_cast<int>(std::count(doc_.bytes.begin() + s.start, doc_.bytes.begin() + s.end, '\n'))
                     : doc_.FileLine(s.end > s.start ? s.end - 1 : s.start, s.line);
      if (only_line_ < first || only_line_ > last) return nullptr;
    }
    return trace_;
  }

  // Every sentence with the sentence rules (on a letter's header lines the
  // letter rules too, with its author as the subject), then each clause of
  // a biographical note with the note rules, its person standing for the
  // subject the clause leaves out. The relation stage takes them in batches
  // (RelationMatcher::MatchAll): the larger a batch, the longer each rule's
  // automaton stays in the cache (measured: batches of 1,000 rule runs gain
  // nothing, of 16,000 a factor of three); a bound on the sentences that
  // can hold a relation keeps memory flat (a few MB) on a huge document.
  // A sentence being explained is read on its own, so that its notes come
  // in reading order.
  void ReadAll() {
    constexpr size_t kSentencesPerBatch = 8192;
    std::vector<MatchRequest> requests;
    std::vector<size_t> sentence_of;
    size_t readable = 0;  // requests with mentions enough for a rule
    auto flush = [&] {
      auto hits = rm_.MatchAll(bytes_, requests);
      for (size_t k = 0; k < hits.size(); ++k) {
        for (const auto& h : hits[k]) Emit(sentence_of[k], h);
      }
      requests.clear();
      sentence_of.clear();
      readable = 0;
    };
    auto add = [&](size_t i, size_t start, size_t end, const std::vector<Mention>* m, const char* scope,
                   const std::string& subject, TraceSink* trace) {
      MatchRequest q;
      q.start = start;
      q.end = end;
      q.mentions = m;
      q.scope = scope;
      q.default_subject = subject;
      q.trace = trace;
      readable += m->size() >= (q.scope == "sentence" ? 2 : 1);
      requests.push_back(std::move(q));
      sentence_of.push_back(i);
      if (trace || readable >= kSentencesPerBatch) flush();
    };
    for (size_t i = 0; i < sentences_.size(); ++i) {
      const auto& s = sentences_[i];
      TraceSink* trace = TraceFor(s);
      if (trace) {
        flush();
        trace->Note(doc_.name + ":" + std::to_string(doc_.FileLine(s.start, s.line)) + (s.block_line ? " [block line]" : "") +
                    (dates_[i].empty() ? "" : " date " + dates_[i]));
        trace->Note("  " + RelationMatcher::ShowMarked(bytes_, s.start, s.end, mentions_[i]));
      }
      add(i, s.start, s.end, &mentions_[i], "sentence", "", trace);
      if (const Letter* l = HeaderOf(i)) {
        if (trace) trace->Note("  letter header; author " + (l->author.empty() ? "unknown" : l->author));
        if (!l->author.empty()) add(i, s.start, s.end, &mentions_[i], "letter", l->author, trace);
      }
    }
    flush();
    // The notes' clauses own their mentions while their batch runs.
    std::vector<std::vector<Mention>> inside;
    auto notes = FindBioNotes(bytes_, sentences_, mentions_);
    for (auto& box : FindInfoboxes(bytes_, sentences_, mentions_)) notes.push_back(std::move(box));
    // Indentation is the file's own: a quoted e-mail line ("> ...", blanked
    // in the reading copy) is no indented sub-entry.
    for (auto& entry : FindIndexEntries(doc_.bytes, sentences_, mentions_)) notes.push_back(std::move(entry));
    for (const auto& note : notes) {
      for (const auto& c : note.clauses) inside.push_back(InsideClause(c));
    }
    size_t k = 0;
    for (const auto& note : notes) {
      for (const auto& c : note.clauses) {
        TraceSink* trace = TraceFor(sentences_[c.sentence]);
        if (trace) {
          flush();
          trace->Note("  note clause about " + note.person + ": " + std::string(bytes_.substr(c.start, c.end - c.start)));
        }
        add(c.sentence, c.start, c.end, &inside[k++], "note", note.person, trace);
      }
    }
    flush();
  }

  // The letter whose header or trailer holds sentence i, or null.
  const Letter* HeaderOf(size_t i) const {
    int k = letter_of_.empty() ? -1 : letter_of_[i];
    if (k < 0) return nullptr;
    const Letter& l = letters_[k];
    bool header = i < l.header_end || std::find(l.trailer.begin(), l.trailer.end(), i) != l.trailer.end();
    return header ? &l : nullptr;
  }

  std::vector<Mention> InsideClause(const NoteClause& c) const {
    std::vector<Mention> inside;
    for (const auto& m : mentions_[c.sentence]) {
      if (m.start >= c.start && m.end <= c.end) inside.push_back(m);
    }
    return inside;
  }

  // "Cook said that the owners had betrayed the miners": a relation read in
  // the that-clause (or after the colon) of a verb of the grammar's CLAIM
  // class is the claim of the one named before that verb, not the text's
  // own statement. The verb stands at most five words before "that"
  // ("told Kamenev privately that"), with no clause's end between; the
  // claimant is the last person or body named before the verb. Empty when
  // the relation is read before any such clause, or nobody is named.
  std::string ReportedBy(size_t i, size_t at) const {
    const auto& verbs = em_.rules().parts().claim_verbs;
    const text::Lexicon* lexicon = em_.rules().lexicon();
    const auto& s = sentences_[i];
    if (verbs.empty() || !lexicon || at < s.start || at > s.end) return "";
    // A rule's match may open with a word of context before its first name
    // ("that Baldwin attacked ..."): the clause is judged at that name.
    for (const auto& m : mentions_[i]) {
      if (m.start >= at) {
        at = m.start;
        break;
      }
    }
    if (at <= s.start) return "";
    struct Word {
      size_t start, end;
    };
    std::vector<Word> words;
    size_t next_mention = 0;
    const auto& own = mentions_[i];
    for (size_t k = s.start; k < at;) {
      // A mention is one word: its dots ("A. P. Smirnov") end no clause.
      while (next_mention < own.size() && own[next_mention].end <= k) ++next_mention;
      if (next_mention < own.size() && own[next_mention].start <= k) {
        words.push_back({own[next_mention].start, std::min(own[next_mention].end, at)});
        k = own[next_mention].end;
        continue;
      }
      unsigned char c = static_cast<unsigned char>(bytes_[k]);
      if (std::isalpha(c)) {
        size_t e = k;
        while (e < at && (std::isalpha(static_cast<unsigned char>(bytes_[e])) || bytes_[e] == '\'')) ++e;
        words.push_back({k, e});
        k = e;
      } else {
        if (c == ':' || c == '.' || c == ';') words.push_back({k, k + 1});
        ++k;
      }
    }
    auto text = [&](const Word& w) { return bytes_.substr(w.start, w.end - w.start); };
    for (size_t t = words.size(); t-- > 0;) {
      std::string_view w = text(words[t]);
      if (w == "." || w == ";") return "";  // a clause ended: the relation is not inside a claim
      if (w != "that" && w != ":") continue;
      for (size_t v = t; v-- > 0 && t - v <= 5;) {
        std::string_view word = text(words[v]);
        if (word == "." || word == ";" || word == ":") break;
        if (!verbs.count(lexicon->Lookup(text::Lower(word)).lemma)) continue;
        // "it has been argued that": a passive names no one who claims it.
        if (v > 0) {
          std::string before = text::Lower(text(words[v - 1]));
          if (before == "been" || before == "is" || before == "was" || before == "are" || before == "were" ||
              before == "be" || before == "being") {
            return "";
          }
        }
        // The claimant: named in the verb's own clause, before it.
        size_t clause = s.start;
        for (size_t c = v; c-- > 0;) {
          std::string_view p = text(words[c]);
          if (p == "." || p == ";" || p == ":") {
            clause = words[c].end;
            break;
          }
        }
        const Mention* who = nullptr;
        for (const auto& m : mentions_[i]) {
          if (m.end > words[v].start) break;
          // Not a possessor: "Trotsky's supporters claimed" is their claim.
          bool possessor = m.possessive || bytes_.substr(m.end, 2) == "'s" || bytes_.substr(m.end, 4) == "\xe2\x80\x99s";
          if (m.start >= clause && !possessor && (m.type == EntityType::kPerson || m.type == EntityType::kBody)) who = &m;
        }
        return who ? who->entity_id : "";
      }
    }
    return "";
  }

  void Emit(size_t i, const RelationHit& h) {
    const auto& s = sentences_[i];
    for (const auto& r : h.derived) {
      if (std::none_of(composed_.begin(), composed_.end(), [&](const EntityRecord& c) { return c.id == r.id; })) {
        composed_.push_back(r);
      }
    }
    Fact f;
    f.subject = h.subject;
    f.relation = h.relation;
    f.object = h.object;
    if (rules::IsSymmetric(f.relation) && f.object < f.subject) std::swap(f.subject, f.object);
    // One sentence is one piece of evidence for an edge, however many
    // passes (sentence, letter header, note clause) read it.
    if (!emitted_.insert({f.subject, f.relation, f.object, s.start}).second) return;
    Evidence& e = f.evidence;
    e.source = doc_.name;
    e.start = s.start;
    e.end = s.end;
    e.line = s.line;
    e.text = std::string(bytes_.substr(s.start, s.end - s.start));
    e.rule = h.rule->id;
    DateOf(i, h, &e);
    e.polarity = h.rule->polarity;
    e.copy = h.rule->copy;
    e.reported_by = ReportedBy(i, h.start);
    facts_.push_back(std::move(f));
    fact_sentence_.push_back(i);
    fact_at_.push_back(h.start);
  }

  // The rows of tables whose headers say what their columns hold
  // (extract/tables.h): one fact per post or body in a row's cells, the row
  // as its evidence.
  void ReadTableRows() {
    if (given_ || bytes_.find('|', doc_.body_start) == std::string_view::npos) return;  // no table
    std::vector<Mention> all;
    for (const auto& ms : mentions_) all.insert(all.end(), ms.begin(), ms.end());
    for (auto& t : ReadTables(bytes_, doc_.body_start, all, em_.rules().parts())) {
      Fact f;
      f.subject = t.subject;
      f.relation = t.relation;
      f.object = t.object;
      if (!emitted_.insert({f.subject, f.relation, f.object, t.row_start}).second) continue;
      Evidence& e = f.evidence;
      e.source = doc_.name;
      e.start = t.row_start;
      e.end = t.row_end;
      e.line = t.line;
      e.text = std::string(bytes_.substr(t.row_start, t.row_end - t.row_start));
      e.rule = "table." + t.relation;
      e.date = t.date;
      e.date_end = t.date_end;
      if (trace_) {
        int last = t.line + static_cast<int>(std::count(e.text.begin(), e.text.end(), '\n'));
        if (only_line_ <= 0 || (only_line_ >= t.line && only_line_ <= last)) {
          trace_->Note(doc_.name + ":" + std::to_string(t.line) + " table row, column \"" + t.column + "\"");
          trace_->Note("  fired    " + e.rule + ": " + f.subject + " " + f.relation + " " + f.object +
                       (e.date.empty() ? "" : " (" + e.date + (e.date_end.empty() ? "" : " to " + e.date_end) + ")"));
        }
      }
      facts_.push_back(std::move(f));
      // The sentence that holds the row's start.
      auto holder = std::upper_bound(sentences_.begin(), sentences_.end(), t.row_start,
                                     [](size_t at, const text::Sentence& x) { return at < x.start; });
      fact_sentence_.push_back(holder == sentences_.begin() ? 0 : (holder - sentences_.begin()) - 1);
      fact_at_.push_back(t.row_start);
    }
  }

  // Ellipsis: "Krasin opposed it, and so did Frumkin and Stomonyakov", "So
  // did the Regional Committee.": the names after "so did" / "as did" do
  // what the clause before did. Each fact read before the phrase (in its
  // sentence, or in the sentence before when the phrase opens one) is
  // copied to each of them, with the same rule and this sentence as
  // evidence. A negated clause has no fact to copy ("nor did" copies none).
  // "so did" / "so had" repeat an act; a post or a membership is a state,
  // copied only by "so was" / "so were" ("Krasin, the Commissar, defended
  // it, and so had his deputy" makes the deputy no Commissar).
  void CopyToEllipses() {
    static const RE2 kSoDid("(?:^|[\\s,;(])(?:[Ss]o|[Aa]s)\\s+(?:did|had|was|were|does|do|has|would)\\s+");
    // What may stand before the first name: an article or a title, or a
    // noun in apposition ("and so had his deputy, Frumkin").
    static const RE2 kLead("\\s*(?:(?:his|her|their|its)\\s+(?:[a-z]+\\s+)?[a-z]+,\\s*|the\\s+|[A-Z][a-z]+\\s+){0,2}");
    size_t known = facts_.size();
    if (known == 0) return;
    // Only a sentence with a fact, or the one after it, can copy one: most
    // sentences are not searched at all.
    std::vector<char> near_fact(sentences_.size() + 1, 0);
    for (size_t k = 0; k < known; ++k) {
      if (fact_sentence_[k] < sentences_.size()) near_fact[fact_sentence_[k]] = near_fact[fact_sentence_[k] + 1] = 1;
    }
    for (size_t i = 0; i < sentences_.size(); ++i) {
      if (!near_fact[i]) continue;
      const auto& s = sentences_[i];
      re2::StringPiece input(bytes_.data() + s.start, s.end - s.start), g;
      size_t pos = 0;
      while (pos < input.size() && kSoDid.Match(input, pos, input.size(), RE2::UNANCHORED, &g, 1)) {
        size_t at = s.start + (g.data() - input.data());
        size_t after = at + g.size();
        pos = after - s.start;
        // The names that follow it, up to the clause's end; appositions
        // between them ("Frumkin, his deputy, and Stomonyakov") are skipped.
        std::vector<std::string> doers;
        for (const auto& m : mentions_[i]) {
          if (m.start < after) continue;
          std::string_view gap = bytes_.substr(after, m.start - after);
          if (gap.find_first_of(";.:!?") != std::string_view::npos) break;
          if (doers.empty() && gap.find_first_not_of(" \t\n") != std::string_view::npos &&
              !RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), kLead)) {
            break;  // "so did the Georgian CC": only an article or a title before the first name
          }
          if (m.pronoun || m.possessive || (m.type != EntityType::kPerson && m.type != EntityType::kBody)) continue;
          if (std::find(doers.begin(), doers.end(), m.entity_id) == doers.end()) doers.push_back(m.entity_id);
        }
        if (doers.empty()) continue;
        // The clause it stands for: this sentence before the phrase, or the
        // sentence before when the phrase opens this one.
        bool opens = bytes_.substr(s.start, at - s.start).find_first_not_of(" \t\n") == std::string_view::npos;
        std::string_view phrase = bytes_.substr(at, after - at);
        bool state = phrase.find("was") != std::string_view::npos || phrase.find("were") != std::string_view::npos;
        if (opens && (i == 0 || sentences_[i - 1].paragraph != s.paragraph)) continue;  // no clause before it
        size_t from = opens ? i - 1 : i;
        for (size_t k = 0; k < known; ++k) {
          if (fact_sentence_[k] != from || (!opens && fact_at_[k] >= at)) continue;
          for (const auto& doer : doers) {
            Fact copy = facts_[k];
            // A symmetric fact is stored in name order, so which side was
            // the clause's subject is lost: it is not copied.
            if (rules::IsSymmetric(copy.relation) || copy.subject == doer || copy.object == doer) continue;
            if (!state && (copy.relation == "held" || copy.relation == "member-of")) continue;
            copy.subject = doer;
            if (!emitted_.insert({copy.subject, copy.relation, copy.object, s.start}).second) continue;
            Evidence& e = copy.evidence;
            e.start = s.start;
            e.end = s.end;
            e.line = s.line;
            e.text = std::string(bytes_.substr(s.start, s.end - s.start));
            facts_.push_back(std::move(copy));
            fact_sentence_.push_back(i);
            fact_at_.push_back(at);
          }
        }
      }
    }
  }

  // The date of the relation's own clause (GoverningDate); a sentence with
  // no date of its own has its letter's (dates_). A sentence whose dates
  // are all about other events gives none.
  void DateOf(size_t i, const RelationHit& h, Evidence* e) const {
    const auto& s = sentences_[i];
    const auto& dates = date_mentions_[i];
    if (dates.empty()) {
      e->date = dates_[i];
      return;
    }
    RelationSpan at;
    at.start = 0;
    at.end = s.end - s.start;
    if (h.end > h.start && h.start >= s.start && h.end <= s.end) at.start = h.start - s.start, at.end = h.end - s.start;
    for (const auto& m : mentions_[i]) {
      auto span = std::make_pair(m.start - s.start, m.end - s.start);
      at.mentions.push_back(span);
      if (m.entity_id == h.subject || m.entity_id == h.object) at.slots.push_back(span);
    }
    bool use_end = false;
    int k = GoverningDate(bytes_.substr(s.start, s.end - s.start), dates, at, &use_end);
    if (k < 0) return;  // its dates are about other events: none is sure
    int letter_year = letter_year_.empty() ? 0 : letter_year_[i];
    const DateMention& d = dates[k];
    if (use_end) {
      e->date = IsoDateEnd(d, letter_year);
      return;
    }
    e->date = IsoDate(d, letter_year);
    if (!e->date.empty()) e->date_end = IsoDateEnd(d, letter_year);
  }

  DocumentFacts Finish() {
    DocumentFacts out;
    out.source = doc_.name;
    out.path = doc_.path;
    out.sha256 = doc_.file_sha256.empty() ? text::Sha256Hex(doc_.bytes) : doc_.file_sha256;
    out.bytes = doc_.file_sha256.empty() ? doc_.bytes.size() : doc_.file_size;
    // Evidence of a decoded file points at the file's bytes; of a TEI
    // file, at the XML file's lines.
    if (!doc_.origin.empty()) {
      for (auto& f : facts_) {
        f.evidence.line = doc_.FileLine(f.evidence.start, f.evidence.line);
        f.evidence.start = doc_.FileOffset(f.evidence.start);
        f.evidence.end = doc_.FileOffset(f.evidence.end);
      }
    }
    std::map<std::string, const EntityRecord*> discovered_by_id;
    for (const auto& [k, r] : discovered_.by_surname) discovered_by_id[r.id] = &r;
    for (const auto& [k, r] : discovered_.by_full) discovered_by_id[r.id] = &r;
    std::set<std::string> seen, in_facts;
    for (const auto& f : facts_) in_facts.insert({f.subject, f.object, f.evidence.reported_by});
    auto add = [&](const std::string& id) {
      if (!seen.insert(id).second) return;
      if (const auto* def = em_.rules().FindEntity(id)) {
        out.entities.push_back({def->id, def->type, def->label, def->aliases, def->authority});
      } else if (auto it = discovered_by_id.find(id); it != discovered_by_id.end()) {
        out.entities.push_back(*it->second);
      } else if (auto mk = marked_entities_.find(id); mk != marked_entities_.end()) {
        out.entities.push_back(mk->second);
      } else if (auto g = given_entities_.find(id); g != given_entities_.end()) {
        out.entities.push_back(g->second);
      } else if (in_facts.count(id)) {
        // A composed entity is a node only where it takes part in a relation:
        // a capitalised phrase that no rule reads is left out of the graph.
        for (const auto& r : composed_) {
          if (r.id == id) out.entities.push_back(r);
        }
      }
      // An authority id the source gives, where the rules give none.
      if (auto a = marked_authority_.find(id); a != marked_authority_.end() && !out.entities.empty() &&
                                               out.entities.back().id == id && out.entities.back().authority.empty()) {
        out.entities.back().authority = a->second;
      }
    };
    for (const auto& ms : mentions_) {
      for (const auto& m : ms) {
        add(m.entity_id);
        for (const auto& inner : m.named_within) add(inner);
      }
    }
    // A relation's end may be an entity built from its parts by the rule
    // that read it ("head of the Orgburo"), never a mention of its own: it
    // is listed here too, or the graph would have no node for the edge.
    for (const auto& f : facts_) {
      add(f.subject);
      add(f.object);
      if (!f.evidence.reported_by.empty()) add(f.evidence.reported_by);  // the claimant is a node too
    }
    out.facts = std::move(facts_);
    return out;
  }

  const text::Document& doc_;
  std::string reading_;    // the reading copy, when the file has marks of layout
  std::string_view bytes_;  // what the stages read: reading_ or the file's bytes
  const EntityMatcher& em_;
  const RelationMatcher& rm_;
  TraceSink* trace_;
  int only_line_;
  const std::vector<GivenMention>* given_;
  std::map<std::string, EntityRecord> given_entities_;
  std::map<std::string, EntityRecord> marked_entities_;   // named by a mark only (ApplyMarkedNames)
  std::map<std::string, std::string> marked_authority_;   // entity id -> the authority id a mark gives
  std::vector<EntityRecord> composed_;  // entities built from their parts
  std::set<std::tuple<std::string, std::string, std::string, size_t>> emitted_;  // (s, relation, o, sentence start)
  std::vector<text::Sentence> sentences_;
  DiscoveredNames discovered_;
  std::vector<std::vector<Mention>> mentions_;
  std::vector<std::string> dates_;
  std::vector<SentenceDate> yearless_;
  std::vector<std::vector<DateMention>> date_mentions_;  // each sentence's dates, years filled where known
  std::vector<int> letter_year_;                         // the year of the letter holding a sentence, or 0
  std::vector<Letter> letters_;
  std::vector<int> letter_of_;
  std::vector<Fact> facts_;
  std::vector<size_t> fact_sentence_, fact_at_;  // each fact's sentence, and where its rule matched
};

}  // namespace

Extractor::Extractor(std::shared_ptr<const rules::RuleSet> rules)
    : rules_(rules), entities_(rules), relations_(rules) {}

DocumentFacts Extractor::Extract(const text::Document& doc, TraceSink* trace, int only_line) const {
  return DocumentRun(doc, entities_, relations_, trace, only_line).Run();
}

DocumentFacts Extractor::ExtractWithMentions(const text::Document& doc, const std::vector<GivenMention>& given,
                                             TraceSink* trace) const {
  return DocumentRun(doc, entities_, relations_, trace, 0, &given).Run();
}

}  // namespace apparat::extract

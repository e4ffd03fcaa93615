#include "extract/token_layer.h"

#include <cctype>
#include <cstdint>
#include <deque>
#include <unordered_map>

#include "text/tokens.h"
#include "text/utf8.h"

namespace apparat::extract {

namespace {

bool IsAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Code points outside ASCII that are punctuation, not letters.
bool IsPunctCp(uint32_t cp) {
  return (cp >= 0x2010 && cp <= 0x206F) || cp == 0x00AB || cp == 0x00BB || cp == 0x00B7 || cp == 0x3000 ||
         cp == 0x00A0;
}

bool IsLetterAt(std::string_view b, size_t i, size_t end, size_t* len) {
  *len = 1;
  if (i >= end) return false;
  unsigned char c = static_cast<unsigned char>(b[i]);
  if (c < 0x80) return IsAsciiAlnum(static_cast<char>(c));
  uint32_t cp = text::DecodeAt(b, i, len);
  return !IsPunctCp(cp);
}

std::string ShapeOf(std::string_view w) {
  bool upper = false, lower = false, digit = false;
  for (char c : w) {
    if (std::isupper(static_cast<unsigned char>(c))) upper = true;
    else if (std::islower(static_cast<unsigned char>(c))) lower = true;
    else if (std::isdigit(static_cast<unsigned char>(c))) digit = true;
  }
  if (digit && !upper && !lower) return "number";
  if (upper && !lower) return "upper";
  if (upper && std::isupper(static_cast<unsigned char>(w[0]))) return "cap";
  if (lower && !upper) return "lower";
  if (!upper && !lower && !digit) return "cap";  // a word in a script without case
  return "mixed";
}

// Punctuation, normalised so rules need not spell every quote and dash.
std::string NormalisePunct(uint32_t cp, std::string_view raw) {
  if (cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) return "'";
  if (cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x00AB || cp == 0x00BB) return "\"";
  if (cp == '-' || (cp >= 0x2010 && cp <= 0x2015)) return "-";
  if (cp == 0x2026) return "...";
  return std::string(raw);
}

class Builder {
 public:
  Builder(std::string_view doc, const text::Lexicon& lex, bool keep, const rules::WordSetCodes* sets,
          SentenceTokens* out)
      : b_(doc), lex_(lex), keep_(keep), sets_(sets), out_(out) {}

  void Word(size_t s, size_t e, std::string_view text) {
    if (!keep_) {
      // The common case: only the encoding is needed. A word's encoding
      // depends on nothing but the word as written (its lexicon entry, its
      // shape, the word sets), and words recur: each thread keeps the
      // encodings it made, for this lexicon and these word sets.
      Mark(s, e);
      out_->encoded += EncodedWord(text);
      return;
    }
    const text::LexEntry& entry = lex_.Lookup(text);
    std::string word = text::Lower(text);
    std::string shape = ShapeOf(text);
    rules::TokenFields t;
    t.word = std::move(word);
    t.lemma = entry.lemma;
    t.tags = entry.tags;
    t.shape = std::move(shape);
    Push(std::move(t), s, e);
  }

  const std::string& EncodedWord(std::string_view text) {
    struct Cache {
      const text::Lexicon* lex = nullptr;
      uint64_t sets = 0;  // WordSetCodes::serial(), or 0 for none
      std::unordered_map<std::string_view, std::string> encoded;
      std::deque<std::string> words;  // what the keys view
    };
    thread_local Cache cache;
    uint64_t sets = sets_ ? sets_->serial() : 0;
    if (cache.lex != &lex_ || cache.sets != sets || cache.encoded.size() >= text::kThreadCacheWords) {
      cache.encoded.clear();
      cache.words.clear();
      cache.lex = &lex_;
      cache.sets = sets;
    }
    if (auto it = cache.encoded.find(text); it != cache.encoded.end()) return it->second;
    const text::LexEntry& entry = lex_.Lookup(text);
    std::string out;
    rules::EncodeToken(text::Lower(text), entry.lemma, entry.tags, ShapeOf(text), std::string(), -1, &out, sets_);
    return cache.encoded.emplace(cache.words.emplace_back(text), std::move(out)).first->second;
  }

  void Fixed(size_t s, size_t e, std::string word, std::string lemma, std::vector<std::string> tags,
             std::string shape) {
    rules::TokenFields t;
    t.word = std::move(word);
    t.lemma = std::move(lemma);
    t.tags = std::move(tags);
    t.shape = std::move(shape);
    Push(std::move(t), s, e);
  }

  void Entity(const Mention& m, int index) {
    if (m.possessive) {
      // "his" stays the word it is, for every gap and determiner a rule
      // has; only a slot that captures it ("s:[word=his]") finds whom it
      // names, through the mention index.
      rules::TokenFields t;
      t.word = t.lemma = text::Lower(b_.substr(m.start, m.end - m.start));
      t.tags = {"PRP$"};
      t.shape = ShapeOf(b_.substr(m.start, m.end - m.start));
      t.mention = index;
      Push(std::move(t), m.start, m.end);
      return;
    }
    rules::TokenFields t;
    t.tags = {m.pronoun ? "PRP" : "NNP"};
    t.shape = "entity";
    t.ent = m.pronoun ? "pronoun" : rules::EntityTypeName(m.type);
    t.mention = index;
    // A mention's word and lemma in the encoding are its last word, its
    // head ("troika" in "the ruling troika"): what a rule may test beside
    // the type, in few bytes. The whole name is kept for explain only.
    size_t head_end = m.end, head = m.start;
    while (head_end > m.start && !std::isalnum(static_cast<unsigned char>(b_[head_end - 1])) &&
           static_cast<unsigned char>(b_[head_end - 1]) < 0x80) {
      --head_end;
    }
    for (size_t i = m.start; i < head_end; ++i) {
      unsigned char c = static_cast<unsigned char>(b_[i]);
      if (c <= ' ' || c == '.' || c == '-') head = i + 1;
    }
    std::string word = text::Lower(b_.substr(head, head_end - head));
    Mark(m.start, m.end);
    rules::EncodeToken(word, word, t.tags, t.shape, t.ent, t.mention, &out_->encoded, sets_);
    if (!keep_) return;
    for (size_t i = m.start; i < m.end; ++i) {
      char c = b_[i];
      if (static_cast<unsigned char>(c) < 0x20 || c == ' ') {
        if (!t.word.empty() && t.word.back() != ' ') t.word += ' ';
      } else {
        t.word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
    }
    t.lemma = t.word;
    out_->tokens.push_back(std::move(t));
  }


 private:
  void Mark(size_t s, size_t e) {
    out_->encoded_at.push_back(out_->encoded.size());
    out_->start.push_back(s);
    out_->end.push_back(e);
  }
  void Push(rules::TokenFields t, size_t s, size_t e) {
    Mark(s, e);
    rules::EncodeToken(t, &out_->encoded, sets_);
    if (keep_) out_->tokens.push_back(std::move(t));
  }

  std::string_view b_;
  const text::Lexicon& lex_;
  bool keep_;  // keep each token's fields (for explain), not only the encoding
  const rules::WordSetCodes* sets_;
  SentenceTokens* out_;
};

}  // namespace

SentenceTokens BuildTokens(std::string_view b, size_t start, size_t end, const std::vector<Mention>& mentions,
                           const text::Lexicon& lexicon, bool keep_fields, const rules::WordSetCodes* word_sets) {
  SentenceTokens out;
  Builder build(b, lexicon, keep_fields, word_sets, &out);
  size_t next = 0;  // next mention
  size_t i = start;
  while (i < end) {
    while (next < mentions.size() && mentions[next].end <= i) ++next;
    if (next < mentions.size() && mentions[next].start <= i) {
      build.Entity(mentions[next], static_cast<int>(next));
      i = mentions[next].end;
      ++next;
      continue;
    }
    size_t limit = next < mentions.size() ? std::min(end, mentions[next].start) : end;
    unsigned char c = static_cast<unsigned char>(b[i]);
    if (c <= ' ') {
      ++i;
      continue;
    }
    // A box's or a table's borders are layout, not words: "|" and rules of
    // three or more "-", "=", "+" read as space, so "Kamenev and | | Stalin"
    // across a boxed line break is still a list.
    if (c == '|') {
      ++i;
      continue;
    }
    if (c == '-' || c == '=' || c == '+') {
      size_t j = i;
      while (j < limit && (b[j] == '-' || b[j] == '=' || b[j] == '+')) ++j;
      if (j - i >= 3) {
        i = j;
        continue;
      }
    }
    size_t len = 1;
    if (IsLetterAt(b, i, limit, &len)) {
      // Dotted initials and acronyms: "J.", "C.C.", "R.C.P." are one token.
      size_t j = i;
      int letters = 0;
      while (j + 1 < limit && std::isalpha(static_cast<unsigned char>(b[j])) && b[j + 1] == '.') {
        j += 2;
        ++letters;
        if (!(j < limit && std::isalpha(static_cast<unsigned char>(b[j])) && j + 1 < limit && b[j + 1] == '.')) break;
      }
      if (letters >= 1 && (j >= limit || !IsLetterAt(b, j, limit, &len))) {
        std::string text(b.substr(i, j - i));
        bool single_cap = letters == 1 && std::isupper(static_cast<unsigned char>(b[i]));
        if (single_cap) {
          build.Fixed(i, j, text::Lower(text), text::Lower(text), {"NNP"}, "initial");
          i = j;
          continue;
        }
        if (letters >= 2) {
          build.Fixed(i, j, text::Lower(text), text::Lower(text), {"NNP"}, "upper");
          i = j;
          continue;
        }
      }
      // A word: letters and digits, with inner hyphens ("so-called").
      j = i;
      while (j < limit) {
        if (IsLetterAt(b, j, limit, &len)) {
          j += len;
        } else if (b[j] == '-' && j + 1 < limit && IsLetterAt(b, j + 1, limit, &len)) {
          j += 1;
        } else {
          break;
        }
      }
      std::string_view word = b.substr(i, j - i);
      // "didn't": the n't is a negation of its own.
      bool nt = word.size() > 1 && (word.back() == 'n' || word.back() == 'N') && j + 1 < limit && b[j] == '\'' &&
                (b[j + 1] == 't' || b[j + 1] == 'T');
      if (nt) {
        build.Word(i, j - 1, word.substr(0, word.size() - 1));
        build.Fixed(j - 1, j + 2, "n't", "not", {"NEG"}, "lower");
        i = j + 2;
        continue;
      }
      build.Word(i, j, word);
      i = j;
      continue;
    }
    uint32_t cp = text::DecodeAt(b, i, &len);
    std::string punct = NormalisePunct(cp, b.substr(i, len));
    // "'s" after a word or a name: the possessive.
    if (punct == "'" && i + len < limit && (b[i + len] == 's' || b[i + len] == 'S') &&
        (i + len + 1 >= limit || !IsAsciiAlnum(b[i + len + 1])) && !out.end.empty() &&
        out.end.back() == i) {
      build.Fixed(i, i + len + 1, "'s", "'s", {"POS"}, "punct");
      i += len + 1;
      continue;
    }
    build.Fixed(i, i + len, punct, punct, {"PUNC"}, "punct");
    i += len;
  }
  return out;
}

std::vector<int> MentionsIn(std::string_view piece, const std::vector<Mention>& mentions) {
  // One entry per token: its mention index, or -1. A mention inside
  // brackets is an aside ("the Left Opposition (led by Trotsky)", "(Lewin
  // 1968)"), not an item of the slot.
  std::vector<int> tokens;
  int depth = 0;
  for (size_t i = 0; i < piece.size(); ++i) {
    if (piece[i] == rules::kTokOpen && i + 2 < piece.size() && piece[i + 2] == rules::kTokField) {
      if (piece[i + 1] == '(') ++depth;
      if (piece[i + 1] == ')' && depth > 0) --depth;
    }
    if (piece[i] != rules::kTokClose) continue;
    if (depth > 0) {
      tokens.push_back(-1);
      continue;
    }
    // The index is the digits right before the token's close (no other
    // code is a digit, and the word ends at kTokField before the codes).
    size_t k = i;
    while (k > 0 && piece[k - 1] >= '0' && piece[k - 1] <= '9') --k;
    int n = -1;
    if (k < i && k > 0 && piece[k - 1] != rules::kTokOpen) {
      n = 0;
      for (size_t d = k; d < i && n < 1000000; ++d) n = n * 10 + (piece[d] - '0');
    }
    tokens.push_back(n);
  }
  // A named (not pronoun) mention of `type` at token t.
  auto is = [&](size_t t, EntityType type) {
    int m = t < tokens.size() ? tokens[t] : -1;
    return m >= 0 && m < static_cast<int>(mentions.size()) && !mentions[m].pronoun && mentions[m].type == type;
  };
  std::vector<int> out;
  for (size_t t = 0; t < tokens.size(); ++t) {
    if (tokens[t] < 0) continue;
    bool title = (is(t, EntityType::kBody) || is(t, EntityType::kPosition)) &&
                 (is(t + 1, EntityType::kPosition) || is(t + 1, EntityType::kPerson));
    if (!title) out.push_back(tokens[t]);
  }
  return out;
}

std::string ShowTokens(const SentenceTokens& t, const std::vector<Mention>& mentions) {
  std::string out;
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    const auto& k = t.tokens[i];
    out += i ? "  " : "";
    if (k.mention >= 0 && k.mention < static_cast<int>(mentions.size())) {
      out += "[" + k.ent + ":" + mentions[k.mention].entity_id;
      for (const auto& member : mentions[k.mention].also) out += "+" + member;
      out += "]";
      continue;
    }
    out += k.word;
    if (k.lemma != k.word) out += "/" + k.lemma;
    out += "/";
    for (size_t j = 0; j < k.tags.size(); ++j) out += (j ? "|" : "") + k.tags[j];
  }
  return out;
}

}  // namespace apparat::extract

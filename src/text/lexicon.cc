#include "text/lexicon.h"

#include <algorithm>
#include <charconv>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "text/tokens.h"

namespace apparat::text {

namespace {

bool StartsUpper(std::string_view w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

bool AllDigits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != ',' && c != '.') return false;
  }
  return true;
}

// Closed-class words: a part of speech no lexicon gets right on its own
// ("that" is DT, WDT and IN; "her" PRP and PRP$), and the auxiliaries whose
// lemma rules read ("was" -> be). Each line: word, lemma, tags.
struct ClosedWord {
  const char* word;
  const char* lemma;
  const char* tags;
};
constexpr ClosedWord kClosedClass[] = {
    // Negations: NEG alone, so no other test on the token can let one through.
    {"not", "not", "NEG"}, {"n't", "not", "NEG"}, {"never", "never", "NEG"}, {"no", "no", "NEG"},
    {"neither", "neither", "NEG"}, {"nor", "nor", "NEG"}, {"hardly", "hardly", "NEG"},
    {"scarcely", "scarcely", "NEG"}, {"barely", "barely", "NEG"}, {"cannot", "cannot", "NEG"},
    // be, have, do.
    {"be", "be", "VB"}, {"am", "be", "VBP"}, {"is", "be", "VBZ"}, {"are", "be", "VBP"},
    {"was", "be", "VBD"}, {"were", "be", "VBD"}, {"been", "be", "VBN"}, {"being", "be", "VBG"},
    {"have", "have", "VB VBP"}, {"has", "have", "VBZ"}, {"had", "have", "VBD VBN"}, {"having", "have", "VBG"},
    {"do", "do", "VB VBP"}, {"does", "do", "VBZ"}, {"did", "do", "VBD"}, {"done", "do", "VBN"},
    {"doing", "do", "VBG"},
    // Modals.
    {"will", "will", "MD"}, {"would", "would", "MD"}, {"shall", "shall", "MD"}, {"should", "should", "MD"},
    {"can", "can", "MD"}, {"could", "could", "MD"}, {"may", "may", "MD"}, {"might", "might", "MD"},
    {"must", "must", "MD"},
    // Determiners and pronouns.
    {"the", "the", "DT"}, {"a", "a", "DT"}, {"an", "a", "DT"}, {"this", "this", "DT"}, {"that", "that", "DT WDT IN"},
    {"these", "this", "DT"}, {"those", "that", "DT"}, {"each", "each", "DT"}, {"every", "every", "DT"},
    {"some", "some", "DT"}, {"any", "any", "DT"}, {"all", "all", "DT PDT"}, {"both", "both", "DT CC"},
    {"either", "either", "DT CC"}, {"another", "another", "DT"}, {"such", "such", "JJ PDT"},
    {"i", "i", "PRP"}, {"me", "i", "PRP"}, {"you", "you", "PRP"}, {"he", "he", "PRP"}, {"him", "he", "PRP"},
    {"she", "she", "PRP"}, {"her", "she", "PRP PRP$"}, {"it", "it", "PRP"}, {"we", "we", "PRP"}, {"us", "we", "PRP"},
    {"they", "they", "PRP"}, {"them", "they", "PRP"}, {"himself", "himself", "PRP"},
    {"herself", "herself", "PRP"}, {"itself", "itself", "PRP"}, {"themselves", "themselves", "PRP"},
    {"his", "his", "PRP$"}, {"its", "its", "PRP$"}, {"their", "their", "PRP$"}, {"our", "our", "PRP$"},
    {"my", "my", "PRP$"}, {"your", "your", "PRP$"},
    {"who", "who", "WP"}, {"whom", "who", "WP"}, {"whose", "whose", "WP$"}, {"which", "which", "WDT"},
    {"what", "what", "WP"}, {"when", "when", "WRB"}, {"where", "where", "WRB"}, {"while", "while", "IN"},
    {"there", "there", "EX RB"},
    // Prepositions and conjunctions.
    {"of", "of", "IN"}, {"in", "in", "IN RP"}, {"on", "on", "IN RP"}, {"at", "at", "IN"}, {"by", "by", "IN"},
    {"for", "for", "IN"}, {"with", "with", "IN"}, {"from", "from", "IN"}, {"to", "to", "TO"},
    {"into", "into", "IN"}, {"upon", "upon", "IN"}, {"about", "about", "IN"}, {"against", "against", "IN"},
    {"among", "among", "IN"}, {"between", "between", "IN"}, {"through", "through", "IN"},
    {"during", "during", "IN"}, {"before", "before", "IN"}, {"after", "after", "IN"}, {"over", "over", "IN RP"},
    {"under", "under", "IN"}, {"without", "without", "IN"}, {"within", "within", "IN"},
    {"since", "since", "IN"}, {"until", "until", "IN"}, {"towards", "toward", "IN"}, {"toward", "toward", "IN"},
    {"via", "via", "IN"}, {"as", "as", "IN"}, {"than", "than", "IN"}, {"despite", "despite", "IN"},
    {"because", "because", "IN"}, {"although", "although", "IN"}, {"though", "though", "IN"},
    {"whereas", "whereas", "IN"}, {"if", "if", "IN"}, {"unless", "unless", "IN"}, {"whether", "whether", "IN"},
    {"per", "per", "IN"}, {"out", "out", "RP IN"}, {"up", "up", "RP IN"}, {"off", "off", "RP IN"},
    {"and", "and", "CC"}, {"or", "or", "CC"}, {"but", "but", "CC"}, {"plus", "plus", "CC"}, {"&", "and", "CC"},
    // Adverbs that lexicons tag many ways.
    {"also", "also", "RB"}, {"too", "too", "RB"}, {"then", "then", "RB"}, {"later", "later", "RB"},
    {"still", "still", "RB"}, {"always", "always", "RB"}, {"even", "even", "RB"}, {"soon", "soon", "RB"},
    {"again", "again", "RB"}, {"once", "once", "RB"}, {"thus", "thus", "RB"}, {"however", "however", "RB"},
    {"now", "now", "RB"}, {"already", "already", "RB"}, {"together", "together", "RB"},
    {"first", "first", "RB JJ"}, {"only", "only", "RB JJ"},
};

// Penn Treebank tags, plus NEG (negations) and PUNC (punctuation).
const std::vector<std::string> kTags = {
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT",
    "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP",
    "VBZ", "WDT", "WP", "WP$", "WRB", "NEG", "PUNC"};

std::vector<std::string> SplitSpaces(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    size_t b = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i > b) out.emplace_back(s.substr(b, i - b));
  }
  return out;
}

// WordNet's detachment rules (morph.c): suffix -> replacement, by part of
// speech. They are WordNet's own, applied only where the result is a lemma
// in WordNet's index.
struct Detach {
  const char* suffix;
  const char* ending;
};
const std::vector<Detach> kDetach[4] = {
    {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
     {"ies", "y"}},                                                                                    // noun
    {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},  // verb
    {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},                                               // adj
    {},                                                                                                 // adv
};
const char* kPosName[4] = {"noun", "verb", "adj", "adv"};

// The lemma that starts at byte `at` of an index file: up to its space.
std::string_view LemmaAt(std::string_view text, uint32_t at) {
  size_t sp = text.find(' ', at);
  return text.substr(at, (sp == std::string_view::npos ? text.size() : sp) - at);
}

Status ReadExceptions(const std::string& path, std::unordered_map<std::string, std::vector<std::string>>* out) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot read WordNet exceptions (install Debian's wordnet-base)");
  std::string line;
  while (std::getline(in, line)) {
    auto words = SplitSpaces(line);
    if (words.size() < 2) continue;
    auto& bases = (*out)[words[0]];
    for (size_t i = 1; i < words.size(); ++i) bases.push_back(words[i]);
  }
  return Status();
}

// One line of poslexR: ("word" ((tag logprob) (tag logprob) ) () )
// The two space-separated parts of `s`, as SplitSpaces would give them;
// false unless there are exactly two.
bool TwoParts(std::string_view s, std::string_view* a, std::string_view* b) {
  std::string_view parts[2];
  int n = 0;
  for (size_t i = 0; i < s.size();) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i >= s.size()) break;
    size_t j = i;
    while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    if (n == 2) return false;
    parts[n++] = s.substr(i, j - i);
    i = j;
  }
  if (n != 2) return false;
  *a = parts[0];
  *b = parts[1];
  return true;
}

bool ParsePoslexLine(std::string_view line, std::string_view* word,
                     std::vector<std::pair<double, std::string_view>>* tags) {
  if (line.size() < 4 || line[0] != '(' || line[1] != '"') return false;
  size_t q = line.find('"', 2);
  if (q == std::string::npos) return false;
  *word = line.substr(2, q - 2);
  tags->clear();
  size_t pos = line.find("((", q);
  if (pos == std::string::npos) return false;
  pos += 1;
  while (true) {
    size_t open = line.find('(', pos);
    size_t close = open == std::string::npos ? open : line.find(')', open);
    if (open == std::string::npos || close == std::string::npos) break;
    std::string_view tag, logprob;
    if (!TwoParts(line.substr(open + 1, close - open - 1), &tag, &logprob)) break;
    // As atof reads it: a number as far as it goes, else 0.
    double p = 0;
    std::from_chars(logprob.data(), logprob.data() + logprob.size(), p);
    tags->push_back({p, tag});
    pos = close + 1;
    if (pos < line.size() && line[pos] == ' ' && pos + 1 < line.size() && line[pos + 1] == ')') break;
  }
  return !tags->empty();
}

Status ReadPoslex(const std::string& path, std::unordered_map<std::string, std::string>* out) {
  MappedFile file;
  if (Status s = MappedFile::OpenOrRead(path, &file); !s.ok()) {
    return Status::Error(s.message() + ": cannot read the part-of-speech lexicon (install Debian's festlex-poslex)");
  }
  // Tag (upper case) -> its index in kTags.
  static const std::unordered_map<std::string_view, char> kCode = [] {
    std::unordered_map<std::string_view, char> m;
    for (size_t i = 0; i < kTags.size(); ++i) m.emplace(kTags[i], static_cast<char>(i));
    return m;
  }();
  const char punc = kCode.at("PUNC");
  std::string_view rest = file.view(), word;
  std::vector<std::pair<double, std::string_view>> tags;
  std::string upper;
  out->reserve(40000);
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (!ParsePoslexLine(line, &word, &tags)) continue;
    std::sort(tags.begin(), tags.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::string codes;
    for (const auto& [p, t] : tags) {
      upper.assign(t);
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      auto it = kCode.find(upper);
      char code = it == kCode.end() ? punc : it->second;  // -lrb-, punc, ...
      if (codes.find(code) == std::string::npos) codes += code;
    }
    (*out)[std::string(word)] = std::move(codes);
  }
  if (out->empty()) return Status::Error(path + ": no entries read (not a Festival poslexR file?)");
  return Status();
}

bool HasTagPrefix(const std::vector<std::string>& tags, std::string_view prefix) {
  for (const auto& t : tags) {
    if (t.compare(0, prefix.size(), prefix) == 0) return true;
  }
  return false;
}

}  // namespace

LexiconPaths LexiconPaths::Default() {
  LexiconPaths p{"/usr/share/wordnet", "/usr/share/festival/dicts/wsj.wp39.poslexR"};
  if (const char* d = std::getenv("APPARAT_WORDNET_DIR"); d && *d) p.wordnet_dir = d;
  if (const char* f = std::getenv("APPARAT_POSLEX"); f && *f) p.poslex_file = f;
  return p;
}

const std::vector<std::string>& Lexicon::TagSet() { return kTags; }

Status Lexicon::Load(const LexiconPaths& paths, std::shared_ptr<const Lexicon>* out) {
  auto lex = std::make_shared<Lexicon>();
  for (int p = 0; p < kPosCount; ++p) {
    std::string path = paths.wordnet_dir + "/index." + kPosName[p];
    LemmaIndex& index = lex->index_[p];
    if (Status s = MappedFile::OpenOrRead(path, &index.file); !s.ok()) {
      return Status::Error(s.message() + ": cannot read WordNet index (install Debian's wordnet-base)");
    }
    index.text = index.file.view();
    index.starts.reserve(index.text.size() / 40);
    for (size_t at = 0; at < index.text.size();) {
      size_t end = index.text.find('\n', at);
      if (end == std::string_view::npos) end = index.text.size();
      // The licence header's lines open with a space.
      if (end > at && index.text[at] != ' ') index.starts.push_back(static_cast<uint32_t>(at));
      at = end + 1;
    }
    auto by_lemma = [&text = index.text](uint32_t a, uint32_t b) { return LemmaAt(text, a) < LemmaAt(text, b); };
    // Sorted already in WordNet's own files; another's is sorted here.
    if (!std::is_sorted(index.starts.begin(), index.starts.end(), by_lemma)) {
      std::stable_sort(index.starts.begin(), index.starts.end(), by_lemma);
    }
    Status s = ReadExceptions(paths.wordnet_dir + "/" + kPosName[p] + ".exc", &lex->exceptions_[p]);
    if (!s.ok()) return s;
  }
  Status s = ReadPoslex(paths.poslex_file, &lex->poslex_);
  if (!s.ok()) return s;
  for (const auto& w : kClosedClass) lex->closed_[w.word] = {w.lemma, SplitSpaces(w.tags)};
  *out = std::move(lex);
  return Status();
}

bool Lexicon::LemmaIndex::Contains(std::string_view lemma) const {
  auto find = [this](std::string_view key) {
    auto it = std::lower_bound(starts.begin(), starts.end(), key,
                               [this](uint32_t at, std::string_view k) { return LemmaAt(text, at) < k; });
    return it != starts.end() && LemmaAt(text, *it) == key;
  };
  // WordNet joins the words of a phrase with "_".
  if (lemma.find(' ') == std::string_view::npos) return find(lemma);
  std::string key(lemma);
  std::replace(key.begin(), key.end(), ' ', '_');
  return find(key);
}

std::vector<std::string> Lexicon::PoslexTags(std::string_view word) const {
  std::vector<std::string> tags;
  auto it = poslex_.find(std::string(word));
  if (it == poslex_.end()) return tags;
  for (char code : it->second) tags.push_back(kTags[static_cast<unsigned char>(code)]);
  return tags;
}

std::vector<std::string> Lexicon::BaseForms(const std::string& word, Pos pos) const {
  std::vector<std::string> out;
  auto add = [&](const std::string& b) {
    if (std::find(out.begin(), out.end(), b) == out.end()) out.push_back(b);
  };
  if (auto it = exceptions_[pos].find(word); it != exceptions_[pos].end()) {
    for (const auto& b : it->second) add(b);
  }
  if (index_[pos].Contains(word)) add(word);
  for (const auto& d : kDetach[pos]) {
    size_t n = std::char_traits<char>::length(d.suffix);
    if (word.size() <= n || word.compare(word.size() - n, n, d.suffix) != 0) continue;
    std::string base = word.substr(0, word.size() - n) + d.ending;
    if (index_[pos].Contains(base)) add(base);
  }
  return out;
}

const LexEntry& Lexicon::Lookup(std::string_view word) const {
  // Keyed by the word as written: "Party" (NNP NN) is not "party" (NN).
  // Words recur within a corpus: each thread keeps the entries it
  // computed (closed-class words too). The cache is the thread's own, so
  // the lexicon itself stays immutable and shared.
  thread_local const Lexicon* owner = nullptr;
  thread_local std::unordered_map<std::string, LexEntry> computed;
  if (owner != this || computed.size() > kThreadCacheWords) {
    computed.clear();
    owner = this;
  }
  std::string key(word);
  if (auto it = computed.find(key); it != computed.end()) return it->second;
  return computed.emplace(std::move(key), Compute(word)).first->second;
}

LexEntry Lexicon::Compute(std::string_view word) const {
  std::string lower = Lower(word);
  if (auto it = closed_.find(lower); it != closed_.end()) return it->second;
  LexEntry e;
  if (AllDigits(word)) return {lower, {"CD"}};
  auto verb = BaseForms(lower, kVerb);
  auto noun = BaseForms(lower, kNoun);
  e.tags = PoslexTags(word);
  if (e.tags.empty()) e.tags = PoslexTags(lower);
  if (e.tags.empty()) {
    // Not in the tagged lexicon: tags from WordNet and the form.
    auto ends = [&](const char* s) {
      size_t n = std::char_traits<char>::length(s);
      return lower.size() > n && lower.compare(lower.size() - n, n, s) == 0;
    };
    if (StartsUpper(word) && verb.empty() && noun.empty()) e.tags.push_back("NNP");
    for (const auto& b : verb) {
      if (b == lower) e.tags.insert(e.tags.end(), {"VB", "VBP"});
      else if (ends("ing")) e.tags.push_back("VBG");
      else if (ends("s")) e.tags.push_back("VBZ");
      else e.tags.insert(e.tags.end(), {"VBD", "VBN"});
    }
    for (const auto& b : noun) e.tags.push_back(b == lower ? "NN" : "NNS");
    if (!BaseForms(lower, kAdj).empty()) e.tags.push_back("JJ");
    if (!BaseForms(lower, kAdv).empty()) e.tags.push_back("RB");
    if (e.tags.empty()) e.tags.push_back(StartsUpper(word) ? "NNP" : "NN");
    std::vector<std::string> unique;
    for (auto& t : e.tags) {
      if (std::find(unique.begin(), unique.end(), t) == unique.end()) unique.push_back(t);
    }
    e.tags = std::move(unique);
  }
  // The tagged lexicon misses some verb forms ("allied" is only NNP and JJ
  // there): an inflected form WordNet derives from a verb is a verb too.
  if (!HasTagPrefix(e.tags, "VB")) {
    auto ends = [&](const char* s) {
      size_t n = std::char_traits<char>::length(s);
      return lower.size() > n && lower.compare(lower.size() - n, n, s) == 0;
    };
    for (const auto& b : verb) {
      if (b == lower) continue;
      if (ends("ed")) e.tags.insert(e.tags.end(), {"VBD", "VBN"});
      else if (ends("ing")) e.tags.push_back("VBG");
      else continue;
      break;
    }
  }
  // The lemma follows the word's verbal reading first (rules name verbs),
  // then its nominal, adjectival and adverbial ones.
  const std::vector<std::string>* bases = nullptr;
  std::vector<std::string> adj, adv;
  if (HasTagPrefix(e.tags, "VB") && !verb.empty()) {
    bases = &verb;
  } else if (HasTagPrefix(e.tags, "NN") && !noun.empty()) {
    bases = &noun;
  } else if (HasTagPrefix(e.tags, "JJ") && !(adj = BaseForms(lower, kAdj)).empty()) {
    bases = &adj;
  } else if (HasTagPrefix(e.tags, "RB") && !(adv = BaseForms(lower, kAdv)).empty()) {
    bases = &adv;
  } else if (!verb.empty()) {
    bases = &verb;
  } else if (!noun.empty()) {
    bases = &noun;
  }
  // Of several bases prefer the one that is not the word itself ("led" ->
  // lead, not the metal), else the first.
  e.lemma = lower;
  if (bases) {
    e.lemma = bases->front();
    for (const auto& b : *bases) {
      if (b != lower) {
        e.lemma = b;
        break;
      }
    }
  } else if (size_t h = lower.rfind('-'); h != std::string::npos && h > 0 && h + 1 < lower.size()) {
    // A word no resource knows, made with a hyphen: its last part gives the
    // lemma and the verb forms ("re-elected" -> re-elect, "re-appointed"
    // -> re-appoint).
    LexEntry tail = Compute(word.substr(h + 1));
    if (tail.lemma != lower.substr(h + 1)) {
      e.lemma = lower.substr(0, h + 1) + tail.lemma;
      if (!HasTagPrefix(e.tags, "VB")) {
        for (const auto& t : tail.tags) {
          if (t.rfind("VB", 0) == 0) e.tags.push_back(t);
        }
      }
    }
  }
  return e;
}

}  // namespace apparat::text

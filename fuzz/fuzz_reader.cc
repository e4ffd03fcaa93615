// libFuzzer target: bytes as a source document, through the checks of the
// reader, the sentence splitter and the extractor with the shipped rules.
//
// Whatever the bytes, the reader accepts or refuses them with one line, and
// on acceptance every sentence lies inside the document, in order, within
// kMaxSentenceBytes (twice that when there is no white space to cut at);
// a reading copy (text/layout.h) has the document's length and changes no
// byte but to white space.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "rules/rule_loader.h"
#include "text/layout.h"
#include "text/segmenter.h"
#include "text/source.h"

namespace {
std::unique_ptr<apparat::extract::Extractor> extractor;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::shared_ptr<const apparat::rules::RuleSet> rules;
  std::vector<std::string> errors;
  if (!apparat::rules::LoadRuleSet(APPARAT_RULES_DIR, &rules, &errors).ok()) std::abort();
  extractor = std::make_unique<apparat::extract::Extractor>(rules);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  apparat::text::Document doc;
  doc.path = doc.name = "fuzz.txt";
  doc.bytes.assign(reinterpret_cast<const char*>(data), size);
  apparat::Status s = apparat::text::CheckDocumentBytes(&doc);
  if (!s.ok()) {
    if (s.message().find('\n') != std::string::npos) __builtin_trap();
    return 0;
  }
  size_t last_end = 0;
  for (const auto& sentence : apparat::text::SplitSentences(doc.bytes, doc.body_start)) {
    if (sentence.start < last_end || sentence.end < sentence.start || sentence.end > doc.bytes.size()) __builtin_trap();
    if (sentence.end - sentence.start > 2 * apparat::text::kMaxSentenceBytes + 4) __builtin_trap();
    last_end = sentence.end;
  }
  std::string view;
  if (apparat::text::ReadingView(doc.bytes, doc.body_start, &view)) {
    if (view.size() != doc.bytes.size()) __builtin_trap();
    for (size_t i = 0; i < view.size(); ++i) {
      if (view[i] != doc.bytes[i] && view[i] != ' ') __builtin_trap();
    }
  }
  apparat::extract::DocumentFacts facts = extractor->Extract(doc);
  (void)facts;
  return 0;
}

// libFuzzer target: bytes as a source that must be decoded before it is
// read — a TEI file (text/tei.h), or plain text in another encoding
// (text/decode.h; the first byte picks UTF-16LE, cp1252 or Shift_JIS) — then
// through the extractor with the shipped rules.
//
// Whatever the bytes, the reader accepts or refuses them with one line; on
// acceptance the text is valid UTF-8, the origin anchors are sorted and
// start at 0, every mark lies inside the text, and every piece of evidence
// maps to a span inside the file and a line >= 1.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "rules/rule_loader.h"
#include "text/decode.h"
#include "text/source.h"
#include "text/tei.h"
#include "text/utf8.h"

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
  if (size < 1) return 0;
  std::string_view file(reinterpret_cast<const char*>(data) + 1, size - 1);
  apparat::text::Document doc;
  doc.path = doc.name = "fuzz.xml";
  apparat::Status s;
  if (data[0] < 128) {
    s = apparat::text::ReadTei(file, doc.name, &doc);
  } else {
    static const char* kEncodings[] = {"UTF-16LE", "CP1252", "SHIFT_JIS"};
    s = apparat::text::DecodeToUtf8(file, kEncodings[data[0] % 3], doc.name, &doc.bytes, &doc.origin);
    doc.offsets_in_file = true;
  }
  if (s.ok()) s = apparat::text::CheckDocumentBytes(&doc);
  if (!s.ok()) {
    if (s.message().find('\n') != std::string::npos) __builtin_trap();
    return 0;
  }
  if (apparat::text::FindInvalidUtf8(doc.bytes) != std::string::npos) __builtin_trap();
  if (doc.origin.empty() || doc.origin.front().text != 0) __builtin_trap();
  for (size_t i = 1; i < doc.origin.size(); ++i) {
    if (doc.origin[i].text < doc.origin[i - 1].text) __builtin_trap();
  }
  for (const auto& m : doc.marked_names) {
    if (m.start > m.end || m.end > doc.bytes.size()) __builtin_trap();
  }
  for (const auto& m : doc.marked_dates) {
    if (m.start > m.end || m.end > doc.bytes.size()) __builtin_trap();
  }
  size_t limit = doc.offsets_in_file ? file.size() : doc.bytes.size();
  for (const auto& f : extractor->Extract(doc).facts) {
    const auto& e = f.evidence;
    if (e.start > e.end || e.end > limit || e.line < 1) __builtin_trap();
  }
  return 0;
}

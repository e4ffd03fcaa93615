#include "text/source.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>

#include "text/utf8.h"

namespace fs = std::filesystem;

namespace apparat::text {

namespace {
bool IsTextFile(const fs::path& p) {
  auto ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".txt" || ext == ".md";
}

Status CollectDirectory(const std::string& dir, std::vector<SourcePath>* out) {
  std::error_code ec;
  size_t before = out->size();
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) return Status::Error(dir + ": cannot read directory: " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) return Status::Error(dir + ": cannot read directory: " + ec.message());
    if (it->is_regular_file(ec) && IsTextFile(it->path())) {
      out->push_back({it->path().string(), it->path().lexically_relative(dir).generic_string()});
    }
  }
  if (out->size() == before) return Status::Error(dir + ": directory holds no .txt or .md file");
  return Status();
}
}  // namespace

Status CollectSources(const std::vector<std::string>& args, std::vector<SourcePath>* sources) {
  std::vector<SourcePath> found;
  for (const auto& arg : args) {
    if (arg == "-") {
      found.push_back({arg, "stdin"});
      continue;
    }
    std::error_code ec;
    auto st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) return Status::Error(arg + ": no such file or directory");
    if (fs::is_directory(st)) {
      Status s = CollectDirectory(arg, &found);
      if (!s.ok()) return s;
    } else {
      found.push_back({arg, fs::path(arg).filename().string()});
    }
  }
  auto by_path = [](const SourcePath& a, const SourcePath& b) { return a.path < b.path; };
  std::sort(found.begin(), found.end(), by_path);
  found.erase(std::unique(found.begin(), found.end(),
                          [](const SourcePath& a, const SourcePath& b) { return a.path == b.path; }),
              found.end());
  std::map<std::string, int> uses;
  for (const auto& f : found) uses[f.name]++;
  for (auto& f : found) {
    if (uses[f.name] > 1) f.name = f.path;
  }
  *sources = std::move(found);
  return Status();
}

Status CheckDocumentBytes(Document* doc) {
  const std::string& b = doc->bytes;
  if (b.empty()) return Status::Error(doc->path + ": empty file");
  if (LooksBinary(b)) return Status::Error(doc->path + ": binary file (NUL byte), not text");
  size_t bad = FindInvalidUtf8(b);
  if (bad != std::string::npos) {
    return Status::Error(doc->path + ": invalid UTF-8 at byte " + std::to_string(bad));
  }
  doc->body_start = b.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  if (b.find_first_not_of(" \t\r\n", doc->body_start) == std::string::npos) {
    return Status::Error(doc->path + ": empty file (only white space)");
  }
  return Status();
}

Status ReadDocument(const std::string& path, Document* doc, const std::string& name) {
  doc->path = path;
  if (path == "-") {
    doc->name = "stdin";
    doc->bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return CheckDocumentBytes(doc);
  }
  doc->name = name.empty() ? fs::path(path).filename().string() : name;
  std::error_code ec;
  auto st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return Status::Error(path + ": no such file or directory");
  if (fs::is_directory(st)) return Status::Error(path + ": is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open file");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::Error(path + ": read error");
  doc->bytes = std::move(buf).str();
  return CheckDocumentBytes(doc);
}

}  // namespace apparat::text

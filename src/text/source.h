// Sources: finding input files and reading one document.
//
// Takes paths given by the user (files, directories searched recursively for
// .txt and .md, or "-" for standard input); gives Documents whose bytes are
// the file's bytes exactly, so every offset computed later is an offset into
// the original file.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace apparat::text {

// A source to read: where it is, and the name its evidence will carry.
struct SourcePath {
  std::string path;  // as given or found
  std::string name;  // relative to the directory given, or the file name
};

struct Document {
  std::string name;   // see SourcePath::name ("stdin" for "-")
  std::string path;   // as given or found
  std::string bytes;  // the whole file, untouched
  size_t body_start = 0;  // 3 when the file opens with a UTF-8 BOM, else 0
};

// Expands `args` into a list of sources sorted by path, without duplicates.
// A file found in a directory is named by its path relative to that
// directory ("vol2/ch1.txt"), a file given directly by its file name; when
// two sources would share a name, both are named by their full path.
// Fails on a missing path or a directory that holds no .txt or .md file.
Status CollectSources(const std::vector<std::string>& args, std::vector<SourcePath>* sources);

// Reads one document; `name` defaults to the file name. Fails (naming the
// file, and the byte for bad UTF-8) on a missing, unreadable, empty, binary
// or non-UTF-8 file; *doc is then unspecified.
Status ReadDocument(const std::string& path, Document* doc, const std::string& name = "");

// Checks bytes already in memory the way ReadDocument does.
Status CheckDocumentBytes(Document* doc);

}  // namespace apparat::text

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

struct Document {
  std::string name;   // file name without directories ("stdin" for "-")
  std::string path;   // as given or found
  std::string bytes;  // the whole file, untouched
  size_t body_start = 0;  // 3 when the file opens with a UTF-8 BOM, else 0
};

// Expands `args` into a sorted, de-duplicated list of source paths. Fails on
// a missing path or a directory that holds no .txt or .md file.
Status CollectSources(const std::vector<std::string>& args, std::vector<std::string>* paths);

// Reads one document. Fails (naming the file, and the byte for bad UTF-8) on
// an unreadable, empty, binary or non-UTF-8 file; *doc is then unspecified.
Status ReadDocument(const std::string& path, Document* doc);

// Checks bytes already in memory the way ReadDocument does.
Status CheckDocumentBytes(Document* doc);

}  // namespace apparat::text

// Sources: finding input files and reading one document.
//
// Takes paths given by the user (files, directories searched recursively for
// .txt and .md, or "-" for standard input); gives Documents whose bytes are
// the file's bytes exactly, so every offset computed later is an offset into
// the original file.
//
// Nothing is dropped without a word: every path that cannot be used is
// reported with the reason the OS gave (docs/robustness.md lists the cases).
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace apparat::text {

// A source to read: where it is, and the name its evidence will carry.
struct SourcePath {
  std::string path;  // as given or found (for opening, and for messages)
  std::string name;  // canonical name: see CollectSources; always valid UTF-8
};

struct Document {
  std::string name;   // see SourcePath::name ("stdin" for "-")
  std::string path;   // as given or found
  std::string bytes;  // the whole file, untouched
  size_t body_start = 0;  // 3 when the file opens with a UTF-8 BOM, else 0
};

// What collecting found besides the sources themselves.
struct CollectReport {
  // One line per path that is not a usable source, naming it and the reason
  // ("a/b: cannot read directory: Permission denied", "x.txt: is a FIFO, not
  // a regular file", "l.txt: symbolic link loop"). A build with any of these
  // is a build with skips.
  std::vector<std::string> skipped;
  // Sources kept, with a note (a file name that is not valid UTF-8).
  std::vector<std::string> warnings;
  // Paths dropped because another path reaches the same file (the same
  // path spelled twice, a symbolic or hard link) or a file with the same
  // bytes. Each file's bytes are read into the graph once.
  size_t duplicates = 0;
};

// Expands `args` into a list of sources sorted by name, each file once.
//
// Naming: every source is named by its path relative to the deepest
// directory holding all the roots given (a directory given is a root, a file
// given has its directory as root), so the names do not depend on the order
// of the arguments or on how a path was spelled (relative, absolute, with
// "./"). One directory given: names relative to it ("vol2/ch1.txt"); one file
// given: its file name. Invalid UTF-8 and control characters in a name are
// escaped as DisplayPath does ("\xHH") and noted in report->warnings.
//
// Identity: a file reached by several paths, or several files holding the
// same bytes, give one source, the one with the smallest name; the others
// are counted in report->duplicates. Symbolic links to directories are
// followed once; a link back to a directory being walked is reported as a
// loop.
//
// Fails on a path given that does not exist or cannot be used (with the OS's
// reason), or a directory given that holds no .txt or .md file. Problems
// inside a directory go to report->skipped and do not fail the call.
Status CollectSources(const std::vector<std::string>& args, std::vector<SourcePath>* sources,
                      CollectReport* report);
Status CollectSources(const std::vector<std::string>& args, std::vector<SourcePath>* sources);

// Reads one document; `name` defaults to the file name. Fails (naming the
// file, the byte for bad UTF-8 or a NUL, and the OS's reason for a file that
// cannot be opened or read) on a missing, unreadable, empty, binary or
// non-UTF-8 file. Anything but a regular file (a FIFO, a device, a socket) is
// refused by its type before it is opened, so reading never blocks. *doc is
// unspecified on failure.
Status ReadDocument(const std::string& path, Document* doc, const std::string& name = "");

// Checks bytes already in memory the way ReadDocument does.
Status CheckDocumentBytes(Document* doc);

// A path as it may be shown in a message or an output: invalid UTF-8 and
// control characters escaped.
std::string DisplayPath(const std::string& path);

}  // namespace apparat::text

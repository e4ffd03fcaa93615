// Sources: finding input files and reading one document.
//
// Takes paths given by the user (files, directories searched recursively for
// .txt, .md and .xml, or "-" for standard input); gives Documents whose bytes
// are the file's bytes exactly, so every offset computed later is an offset
// into the original file — except for files that must be decoded first (a
// TEI file, a file in another encoding), whose Document says how its text
// maps back to the file.
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

// A point where the text read and the file it came from line up: `text` is
// a byte offset of Document::bytes, `file` the byte offset and `line` the
// line (1-based) of the file there. Up to the next anchor, offsets run on
// byte for byte from `file` (a decoded file), or the text stays on `line`
// (a TEI file, whose reader sets an anchor wherever the line changes).
struct OriginAnchor {
  size_t text = 0;
  size_t file = 0;
  int line = 0;
};

// Names, dates and letters the source marks itself (a TEI file's
// <persName ref=...>, <date when=...>, <correspDesc>); spans are offsets
// into Document::bytes.
enum class MarkedKind { kPerson, kBody, kPost };
struct MarkedName {
  size_t start = 0, end = 0;
  MarkedKind kind = MarkedKind::kPerson;
  std::string ref;  // an authority URI (the @ref, or the idno it points at), or empty
};
struct MarkedDate {
  size_t start = 0, end = 0;
  std::string when;   // ISO 8601 as the file gives it: YYYY, YYYY-MM or YYYY-MM-DD
  std::string until;  // a range's end (@to), or empty
};
// One letter's sender and recipients, as a catalogue entry states them:
// `start`/`end` span the sentence written for it, and each party is the
// span of its name inside that sentence.
struct MarkedLetter {
  size_t start = 0, end = 0;
  std::vector<std::pair<size_t, size_t>> senders, recipients;
  std::string date;  // ISO, or empty
};

inline constexpr char kFileSha256Later[] = "(the file's hash, made beside its pieces)";

struct Document {
  std::string name;   // see SourcePath::name ("stdin" for "-")
  std::string path;   // as given or found
  // The text read, UTF-8. For a plain UTF-8 file, the whole file untouched,
  // and every offset computed later is an offset into the file; otherwise
  // see `origin`.
  std::string bytes;
  size_t body_start = 0;  // 3 when the file opens with a UTF-8 BOM, else 0

  // Set only when `bytes` is not the file itself (a file decoded from
  // another encoding, the text of a TEI file). `origin` maps text offsets
  // back, sorted by `text`: `offsets_in_file` says whether its `file`
  // offsets hold (decoded text: evidence offsets point at the file's
  // bytes) or only its lines (TEI: evidence keeps the XML file's line and
  // an offset into the text). `file_sha256` and `file_size` describe the
  // file as it is on disk.
  std::vector<OriginAnchor> origin;
  bool offsets_in_file = false;
  // When empty, the file is `bytes` itself and extraction hashes it. A piece
  // of a large file (extract/large_document.h) carries the file's size and
  // kFileSha256Later: the file's hash, made beside the pieces, replaces it
  // in the piece's facts.
  std::string file_sha256;
  size_t file_size = 0;
  int line_base = 0;  // lines of the file before `bytes` (a piece of a large file)
  std::vector<MarkedName> marked_names;
  std::vector<MarkedDate> marked_dates;
  std::vector<MarkedLetter> marked_letters;

  // The file offset and line of text offset `at`, by `origin`; `at` itself
  // and `line` unchanged when there is no origin.
  size_t FileOffset(size_t at) const;
  int FileLine(size_t at, int line) const;
};

// How to read sources that are not plain UTF-8 text.
struct ReadOptions {
  // The encoding of plain text files ("latin1", "cp1252", any name iconv
  // knows); empty: UTF-8, and a file that is not is refused.
  std::string encoding;
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
// reason), or a directory given that holds no .txt, .md or .xml file. Problems
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
//
// With `options.encoding`, a plain text file is converted from that
// encoding (iconv) and its evidence still points at the file's bytes. A
// `.xml` file is read as TEI P5 (text/tei.h) whatever the options.
Status ReadDocument(const std::string& path, Document* doc, const std::string& name = "",
                    const ReadOptions& options = {});

// Checks bytes already in memory the way ReadDocument does.
Status CheckDocumentBytes(Document* doc);

// A path as it may be shown in a message or an output: invalid UTF-8 and
// control characters escaped.
std::string DisplayPath(const std::string& path);

}  // namespace apparat::text

#include "text/source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <map>
#include <set>

#include "text/decode.h"
#include "text/sha256.h"
#include "text/tei.h"
#include "text/utf8.h"

namespace fs = std::filesystem;

namespace apparat::text {

namespace {

bool IsTextName(const std::string& name) {
  auto ext = fs::path(name).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".txt" || ext == ".md" || ext == ".xml";
}

// What a file of this type is, for "x: is a FIFO, not a regular file".
const char* TypeName(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

std::string NotRegular(const std::string& shown, mode_t mode) {
  if (S_ISDIR(mode)) return shown + ": is a directory, not a file";
  std::string what = TypeName(mode);
  return shown + ": " + (what == "not a regular file" ? what : "is " + what + ", not a regular file");
}

// The message for stat() failing with `err`: a loop and a dangling link are
// named as such, anything else with the OS's reason.
std::string StatFailure(const std::string& path, int err) {
  std::string shown = DisplayPath(path);
  struct stat lst;
  bool is_link = ::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode);
  if (err == ELOOP) return shown + ": symbolic link loop (" + std::strerror(err) + ")";
  if (err == ENOENT && is_link) return shown + ": dangling symbolic link (" + std::strerror(err) + ")";
  if (err == ENOENT) return shown + ": no such file or directory";
  return shown + ": cannot open: " + std::strerror(err);
}

// Reads a whole regular file with its OS errors; refuses other file types
// before opening them (opening a FIFO for reading blocks until a writer
// comes).
Status ReadRegularFile(const std::string& path, std::string* bytes) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return Status::Error(StatFailure(path, errno));
  if (!S_ISREG(st.st_mode)) return Status::Error(NotRegular(DisplayPath(path), st.st_mode));
  // O_NONBLOCK: should the path turn into a FIFO between stat and open, the
  // open still returns at once (and fstat below refuses it).
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) return Status::Error(DisplayPath(path) + ": cannot open: " + std::strerror(errno));
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status::Error(NotRegular(DisplayPath(path), st.st_mode));
  }
  bytes->clear();
  bytes->resize(static_cast<size_t>(st.st_size));
  size_t got = 0;
  // Once the size stat gave is read, a small buffer asks whether the file
  // grew meanwhile: a file that did not is never copied into a larger
  // string (growing the string here made it 2.5 times the file at peak).
  char more[64 * 1024];
  for (;;) {
    bool probing = got == bytes->size();
    ssize_t n = probing ? ::read(fd, more, sizeof more) : ::read(fd, bytes->data() + got, bytes->size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      return Status::Error(DisplayPath(path) + ": read error: " + std::strerror(err));
    }
    if (n == 0) break;
    if (probing) bytes->append(more, static_cast<size_t>(n));
    got += static_cast<size_t>(n);
  }
  ::close(fd);
  bytes->resize(got);
  return Status();
}

// A file found, before naming and de-duplication.
struct Found {
  std::string path;  // as given or found
  fs::path abs;      // absolute, lexically normal: what the name is made from
  dev_t dev = 0;
  ino_t ino = 0;
  off_t size = 0;
  bool is_stdin = false;
};

fs::path AbsoluteNormal(const std::string& p) {
  std::error_code ec;
  fs::path a = fs::absolute(p, ec);
  if (ec) a = p;
  a = a.lexically_normal();
  if (!a.has_filename() && a.has_parent_path() && a != a.root_path()) a = a.parent_path();  // "dir/" -> "dir"
  return a;
}

class DirectoryWalker {
 public:
  DirectoryWalker(std::vector<Found>* out, CollectReport* report) : out_(out), report_(report) {}

  void Walk(const std::string& dir, const fs::path& abs, const struct stat& st) {
    auto id = std::make_pair(st.st_dev, st.st_ino);
    visited_.insert(id);
    walking_.push_back(id);
    std::vector<std::string> names;
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) names.push_back(it->path().filename().string());
    if (ec) report_->skipped.push_back(DisplayPath(dir) + ": cannot read directory: " + ec.message());
    std::sort(names.begin(), names.end());
    for (const auto& name : names) Entry((fs::path(dir) / name).string(), abs / name, name);
    walking_.pop_back();
  }

 private:
  void Entry(const std::string& path, const fs::path& abs, const std::string& name) {
    struct stat lst, st;
    if (::lstat(path.c_str(), &lst) != 0) {
      report_->skipped.push_back(DisplayPath(path) + ": cannot open: " + std::strerror(errno));
      return;
    }
    bool is_link = S_ISLNK(lst.st_mode);
    if (::stat(path.c_str(), &st) != 0) {
      // Only a would-be source or a link (which may have led to a
      // directory) is worth a word; other unusable names are not sources.
      if (is_link || IsTextName(name)) report_->skipped.push_back(StatFailure(path, errno));
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      auto id = std::make_pair(st.st_dev, st.st_ino);
      if (std::find(walking_.begin(), walking_.end(), id) != walking_.end()) {
        report_->skipped.push_back(DisplayPath(path) + ": symbolic link loop (leads back to a directory being read)");
      } else if (visited_.count(id)) {
        report_->duplicates++;  // a second link to a directory already read
      } else {
        Walk(path, abs, st);
      }
      return;
    }
    if (!IsTextName(name)) return;
    if (!S_ISREG(st.st_mode)) {
      report_->skipped.push_back(NotRegular(DisplayPath(path), st.st_mode));
      return;
    }
    out_->push_back({path, abs, st.st_dev, st.st_ino, st.st_size, false});
  }

  std::vector<Found>* out_;
  CollectReport* report_;
  std::set<std::pair<dev_t, ino_t>> visited_;
  std::vector<std::pair<dev_t, ino_t>> walking_;
};

// The deepest directory that holds every root.
fs::path CommonRoot(const std::vector<fs::path>& roots) {
  if (roots.empty()) return {};
  std::vector<fs::path> common(roots[0].begin(), roots[0].end());
  for (size_t r = 1; r < roots.size(); ++r) {
    std::vector<fs::path> parts(roots[r].begin(), roots[r].end());
    size_t k = 0;
    while (k < common.size() && k < parts.size() && common[k] == parts[k]) ++k;
    common.resize(k);
  }
  fs::path out;
  for (const auto& p : common) out /= p;
  return out;
}

// Keeps, of the files holding the same bytes, the one listed first (the
// smallest name). Only files whose size another file shares are hashed.
void DropSameContent(std::vector<SourcePath>* sources, const std::vector<off_t>& sizes, CollectReport* report) {
  std::map<off_t, int> per_size;
  for (size_t i = 0; i < sources->size(); ++i) {
    if ((*sources)[i].path != "-") per_size[sizes[i]]++;
  }
  std::set<std::string> seen;
  std::vector<SourcePath> kept;
  std::vector<bool> drop(sources->size(), false);
  for (size_t i = 0; i < sources->size(); ++i) {
    const auto& s = (*sources)[i];
    if (s.path == "-" || per_size[sizes[i]] < 2) continue;
    std::string bytes;
    // An unreadable file is left for ReadDocument to report.
    if (!ReadRegularFile(s.path, &bytes).ok()) continue;
    if (!seen.insert(Sha256Hex(bytes)).second) drop[i] = true;
  }
  for (size_t i = 0; i < sources->size(); ++i) {
    if (drop[i]) report->duplicates++;
    else kept.push_back(std::move((*sources)[i]));
  }
  *sources = std::move(kept);
}

}  // namespace

std::string DisplayPath(const std::string& path) { return EscapeForTerminal(path, false); }

Status CollectSources(const std::vector<std::string>& args, std::vector<SourcePath>* sources) {
  CollectReport report;
  return CollectSources(args, sources, &report);
}

Status CollectSources(const std::vector<std::string>& args, std::vector<SourcePath>* sources,
                      CollectReport* report) {
  std::vector<Found> found;
  std::vector<fs::path> roots;
  DirectoryWalker walker(&found, report);
  bool has_stdin = false;
  for (const auto& arg : args) {
    if (arg == "-") {
      has_stdin = true;
      continue;
    }
    struct stat st;
    if (::stat(arg.c_str(), &st) != 0) return Status::Error(StatFailure(arg, errno));
    fs::path abs = AbsoluteNormal(arg);
    if (S_ISDIR(st.st_mode)) {
      // A directory given that cannot be listed fails the build with the
      // reason (inside a walk it would be one skip among others).
      std::error_code ec;
      fs::directory_iterator probe(arg, ec);
      if (ec) return Status::Error(DisplayPath(arg) + ": cannot read directory: " + ec.message());
      size_t before = found.size();
      walker.Walk(arg, abs, st);
      if (found.size() == before) {
        return Status::Error(DisplayPath(arg) + ": directory holds no .txt, .md or .xml file");
      }
      roots.push_back(abs);
    } else if (S_ISREG(st.st_mode)) {
      found.push_back({arg, abs, st.st_dev, st.st_ino, st.st_size, false});
      roots.push_back(abs.parent_path());
    } else {
      return Status::Error(NotRegular(DisplayPath(arg), st.st_mode));
    }
  }
  fs::path root = CommonRoot(roots);
  std::vector<std::pair<SourcePath, Found>> named;
  for (auto& f : found) {
    std::string name = f.abs.lexically_relative(root).generic_string();
    if (name.empty() || name == ".") name = f.abs.filename().generic_string();
    named.push_back({{f.path, name}, f});
  }
  std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) { return a.first.name < b.first.name; });
  // One file, one source: the same inode reached by several paths.
  std::set<std::pair<dev_t, ino_t>> files;
  std::vector<SourcePath> out;
  std::vector<off_t> sizes;
  for (auto& [sp, f] : named) {
    if (!files.insert({f.dev, f.ino}).second) {
      report->duplicates++;
      continue;
    }
    out.push_back(std::move(sp));
    sizes.push_back(f.size);
  }
  DropSameContent(&out, sizes, report);
  // Names go into every output: escaped, they are valid UTF-8 there, and
  // the same in all three (XML cannot hold most control characters).
  for (auto& s : out) {
    std::string escaped = DisplayPath(s.name);
    if (escaped == s.name) continue;
    bool utf8 = FindInvalidUtf8(s.name) == std::string::npos;
    s.name = std::move(escaped);
    report->warnings.push_back(DisplayPath(s.path) + ": file name " +
                               (utf8 ? "holds control characters" : "is not valid UTF-8") + "; the graph names it '" +
                               s.name + "'");
  }
  if (has_stdin) out.insert(out.begin(), SourcePath{"-", "stdin"});
  *sources = std::move(out);
  return Status();
}

Status CheckDocumentBytes(Document* doc) {
  const std::string& b = doc->bytes;
  std::string shown = DisplayPath(doc->path);
  if (b.empty()) return Status::Error(shown + ": empty file");
  if (size_t nul = FirstNulByte(b); nul != std::string::npos) {
    return Status::Error(shown + ": binary file (NUL byte at byte " + std::to_string(nul) + "), not text");
  }
  size_t bad = FindInvalidUtf8(b);
  if (bad != std::string::npos) {
    return Status::Error(shown + ": invalid UTF-8 at byte " + std::to_string(bad) +
                         " (a file in another encoding is read with --encoding, e.g. --encoding latin1)");
  }
  doc->body_start = b.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  if (b.find_first_not_of(" \t\r\n", doc->body_start) == std::string::npos) {
    return Status::Error(shown + ": empty file (only white space)");
  }
  return Status();
}

namespace {

// The file's bytes in *file are not the text: decode them into doc->bytes.
Status Decode(std::string file, const ReadOptions& options, Document* doc) {
  std::string shown = DisplayPath(doc->path);
  if (file.empty()) return Status::Error(shown + ": empty file");
  doc->file_sha256 = Sha256Hex(file);
  doc->file_size = file.size();
  Status s = IsTeiName(doc->path) ? ReadTei(file, shown, doc)
                                  : DecodeToUtf8(file, options.encoding, shown, &doc->bytes, &doc->origin);
  if (!s.ok()) return s;
  doc->offsets_in_file = !IsTeiName(doc->path);
  return CheckDocumentBytes(doc);
}

}  // namespace

Status ReadDocument(const std::string& path, Document* doc, const std::string& name, const ReadOptions& options) {
  doc->path = path;
  std::string file;
  Status s;
  if (path == "-") {
    doc->name = "stdin";
    file.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    doc->name = name.empty() ? EscapeInvalidUtf8(fs::path(path).filename().string()) : name;
    s = ReadRegularFile(path, &file);
    if (!s.ok()) return s;
  }
  if (IsTeiName(path) || !options.encoding.empty()) return Decode(std::move(file), options, doc);
  doc->bytes = std::move(file);
  return CheckDocumentBytes(doc);
}

size_t Document::FileOffset(size_t at) const {
  if (origin.empty() || !offsets_in_file) return at;
  auto it = std::upper_bound(origin.begin(), origin.end(), at,
                             [](size_t v, const OriginAnchor& a) { return v < a.text; });
  const OriginAnchor& a = *(it - 1);  // origin starts at text offset 0
  return a.file + (at - a.text);
}

int Document::FileLine(size_t at, int line) const {
  if (origin.empty() || offsets_in_file) return line + line_base;
  auto it = std::upper_bound(origin.begin(), origin.end(), at,
                             [](size_t v, const OriginAnchor& a) { return v < a.text; });
  return (it - 1)->line;  // the reader puts an anchor at every line of the file that gives text
}

}  // namespace apparat::text

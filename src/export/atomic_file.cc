#include "export/atomic_file.h"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace apparat::exporter {

namespace {

std::string TempName(const std::string& path) { return path + ".tmp." + std::to_string(::getpid()); }

// True when no process has this id (kill(pid, 0) fails with ESRCH). A live
// process, or one we may not signal, keeps its file.
bool ProcessIsGone(long pid) { return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH; }

Status WriteTempInPieces(const std::string& path, const std::string& tmp,
                         const std::function<Status(const std::function<void(std::string_view)>&)>& produce) {
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return Status::Error(path + ": cannot write: " + std::strerror(errno));
  bool ok = true;
  int err = 0;
  Status made;
  try {
    made = produce([&](std::string_view piece) {
      if (ok && std::fwrite(piece.data(), 1, piece.size(), f) != piece.size()) {
        ok = false;
        err = errno;
      }
    });
  } catch (...) {
    // A writer that throws (out of memory) leaves no temporary behind.
    std::fclose(f);
    std::remove(tmp.c_str());
    throw;
  }
  if (!made.ok()) {
    std::fclose(f);
    std::remove(tmp.c_str());
    return made;
  }
  if (ok && std::fflush(f) != 0) ok = false, err = errno;
  if (ok && ::fsync(::fileno(f)) != 0) ok = false, err = errno;
  if (std::fclose(f) != 0 && ok) ok = false, err = errno;
  if (!ok) {
    std::remove(tmp.c_str());
    return Status::Error(path + ": write failed: " + std::strerror(err));
  }
  return Status();
}

Status WriteTemp(const std::string& path, const std::string& tmp, std::string_view contents) {
  return WriteTempInPieces(path, tmp, [contents](const std::function<void(std::string_view)>& put) {
    put(contents);
    return Status();
  });
}

Status Rename(const std::string& path, const std::string& tmp) {
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    std::remove(tmp.c_str());
    return Status::Error(path + ": cannot replace: " + std::strerror(err));
  }
  return Status();
}

}  // namespace

size_t RemoveStaleTemporaries(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string prefix = target.filename().string() + ".tmp.";
  size_t removed = 0;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    std::string digits = name.substr(prefix.size());
    if (digits.empty() || digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) continue;
    if (!ProcessIsGone(std::stol(digits))) continue;
    std::error_code rm;
    if (fs::remove(it->path(), rm)) ++removed;
  }
  return removed;
}

Status WriteFileAtomically(const std::string& path, std::string_view contents) {
  std::string tmp = TempName(path);
  Status s = WriteTemp(path, tmp, contents);
  return s.ok() ? Rename(path, tmp) : s;
}

Status WriteFilesAtomically(const std::vector<std::pair<std::string, std::string>>& files) {
  AtomicFileSet set;
  for (const auto& [path, contents] : files) {
    Status s = set.Add(path, contents);
    if (!s.ok()) return s;
  }
  return set.Commit();
}

AtomicFileSet::~AtomicFileSet() { Discard(); }

void AtomicFileSet::Discard() {
  for (const auto& p : paths_) std::remove(TempName(p).c_str());
  paths_.clear();
}

Status AtomicFileSet::Add(const std::string& path, std::string_view contents) {
  return AddStreamed(path, [contents](const std::function<void(std::string_view)>& put) {
    put(contents);
    return Status();
  });
}

Status AtomicFileSet::AddStreamed(
    const std::string& path, const std::function<Status(const std::function<void(std::string_view)>&)>& produce) {
  RemoveStaleTemporaries(path);
  Status s = WriteTempInPieces(path, TempName(path), produce);
  if (!s.ok()) {
    Discard();
    return s;
  }
  paths_.push_back(path);
  return Status();
}

Status AtomicFileSet::Commit() {
  for (size_t i = 0; i < paths_.size(); ++i) {
    Status s = Rename(paths_[i], TempName(paths_[i]));
    if (!s.ok()) {
      for (size_t k = i + 1; k < paths_.size(); ++k) std::remove(TempName(paths_[k]).c_str());
      paths_.clear();
      return s;
    }
  }
  paths_.clear();
  return Status();
}

}  // namespace apparat::exporter

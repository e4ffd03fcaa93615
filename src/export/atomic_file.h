// Atomic file output: write to a temporary file beside the target, then
// rename over it, so a reader never sees a half-written graph and a failed
// run leaves the previous file untouched.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace apparat::exporter {

Status WriteFileAtomically(const std::string& path, std::string_view contents);

// Removes "PATH.tmp.PID" files that a writer killed before its rename left
// beside PATH (kill -9, a power cut), when no process PID is alive; returns
// how many were removed. WriteFilesAtomically calls it for each target.
size_t RemoveStaleTemporaries(const std::string& path);

// Writes several files as one step: every temporary file is written first,
// and only when all succeeded are they renamed into place. A failure while
// writing touches no target; a rename that fails part-way (the target is a
// directory, say) leaves the earlier files replaced. Either way no
// temporary file is left behind.
Status WriteFilesAtomically(const std::vector<std::pair<std::string, std::string>>& files);

// The same, one file at a time: Add writes a file's temporary at once, so
// its bytes may be freed before the next file is made (a build holds one
// export in memory, not all of them); Commit renames every temporary into
// place. A failed Add removes the temporaries written so far, as does the
// destructor of a set never committed. Not thread-safe.
class AtomicFileSet {
 public:
  AtomicFileSet() = default;
  AtomicFileSet(const AtomicFileSet&) = delete;
  AtomicFileSet& operator=(const AtomicFileSet&) = delete;
  ~AtomicFileSet();

  Status Add(const std::string& path, std::string_view contents);
  // The same for a file made in pieces: `produce` is called once and hands
  // each piece, in order, to the function it is given; a producer that
  // fails fails the Add with its status.
  Status AddStreamed(const std::string& path,
                     const std::function<Status(const std::function<void(std::string_view)>&)>& produce);
  Status Commit();

 private:
  void Discard();
  std::vector<std::string> paths_;  // temporaries written, not yet renamed
};

}  // namespace apparat::exporter

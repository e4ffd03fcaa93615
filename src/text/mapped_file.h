// MappedFile: a regular file's bytes, mapped read-only into memory.
//
// Takes a path; gives a view of the whole file that lives as long as the
// object. With `populate`, the pages are mapped at once (MAP_POPULATE) from
// the page cache: no buffer zeroed and filled, no fault per page when they
// are first read, which on a virtual machine is most of what reading a
// dictionary costs. Without, pages are mapped as they are read (a query
// reads a small part of its index). Movable, not copyable; once open,
// const use is safe from any thread. Used by the lexicon and the query
// index.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/status.h"

namespace apparat::text {

class MappedFile {
 public:
  MappedFile() = default;
  ~MappedFile();
  MappedFile(MappedFile&& o) noexcept;
  MappedFile& operator=(MappedFile&& o) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  // Maps `path` (an empty file gives an empty view); on failure, or for a
  // file that is not a regular one (a pipe is never waited on), the
  // message names the file and the reason.
  static Status Open(const std::string& path, MappedFile* out, bool populate = true);

  std::string_view view() const { return {static_cast<const char*>(map_), size_}; }

 private:
  void Release();

  void* map_ = nullptr;  // null: nothing mapped (an empty file)
  size_t size_ = 0;
};

}  // namespace apparat::text

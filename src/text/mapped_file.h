// MappedFile: a regular file's bytes, mapped read-only into memory.
//
// Takes a path; gives a view of the whole file that lives as long as the
// object (and moves with it). OpenOrRead also takes a file that cannot be
// mapped (a pipe, `<(zcat ...)`) and reads it whole. With `populate`, the pages are mapped at once (MAP_POPULATE) from
// the page cache: no buffer zeroed and filled, no fault per page when they
// are first read, which on a virtual machine is most of what reading a
// dictionary costs. Without, pages are mapped as they are read (a query
// reads a small part of its index). Movable, not copyable; once open,
// const use is safe from any thread. Used by the lexicon and the query
// index.
#pragma once

#include <cstddef>
#include <memory>
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
  // Open, populated; a file that is not a regular one is read to its end
  // instead (waiting for a pipe's writer as any read does).
  static Status OpenOrRead(const std::string& path, MappedFile* out);

  std::string_view view() const {
    return read_ ? std::string_view(*read_) : std::string_view(static_cast<const char*>(map_), size_);
  }

 private:
  void Release();

  void* map_ = nullptr;  // null: nothing mapped (an empty file, or read_)
  size_t size_ = 0;
  std::unique_ptr<std::string> read_;  // the bytes of a file read, not mapped
};

}  // namespace apparat::text

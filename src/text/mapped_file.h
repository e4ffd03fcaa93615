// MappedFile: a file's bytes, mapped read-only into memory.
//
// Takes a path; gives a view of the whole file that lives as long as the
// object. The pages are mapped at once (MAP_POPULATE) from the page cache:
// no buffer zeroed and filled, no fault per page when they are first read,
// which on a virtual machine is most of what reading a dictionary costs.
// Movable, not copyable; once open, const use is safe from any thread. A
// file that cannot be mapped (a pipe, /proc) is read into memory instead.
#pragma once

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

  // Maps `path`; on failure the message names the file and the reason.
  static Status Open(const std::string& path, MappedFile* out);

  std::string_view view() const { return map_ ? std::string_view(static_cast<const char*>(map_), size_) : read_; }

 private:
  void Release();

  void* map_ = nullptr;  // null: empty file, or read into read_
  size_t size_ = 0;
  std::string read_;
};

}  // namespace apparat::text
